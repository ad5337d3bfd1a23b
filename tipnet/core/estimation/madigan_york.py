"""Madigan-York Bayesian model averaging over decomposable graphical models.

Each decomposable graph on the lists is a log-linear model; with a hyper-Dirichlet prior
(``delta`` prior counts per cell) its marginal likelihood for a given number missing is a
ratio of Gamma functions over cliques and separators. Averaging over graphs and a grid of
possible dark figures gives the posterior of the total N.

References:
    Madigan, D. & York, J. C. (1997). Bayesian methods for estimation of the size of a
    closed population. Biometrika 84, 19-31. Johndrow, J., Lum, K. & Ball, P. (2015). dga:
    capture-recapture estimation using Bayesian model averaging (R package).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import gammaln

from tipnet.core.estimation.cells import FloatArray, bit_count, cell_masks
from tipnet.core.estimation.graphs import DecomposableGraph, decomposable_graphs
from tipnet.core.estimation.histories import CaptureHistories

GRID_MULTIPLE = 30
GRID_POINTS = 1000


@dataclass(frozen=True)
class MadiganYorkPosterior:
    """Posterior over graphs and N on a grid.

    Attributes:
        totals: the grid of total population values N (observed plus missing).
        graphs: the decomposable graphs, in enumeration order.
        weights: posterior probability of each (graph, N) pair; rows are graphs.
    """

    totals: tuple[float, ...]
    graphs: tuple[DecomposableGraph, ...]
    weights: tuple[tuple[float, ...], ...]

    def model_probabilities(self) -> FloatArray:
        """Posterior probability of each graph."""
        probabilities: FloatArray = np.asarray(self.weights, dtype=np.float64).sum(axis=1)
        return probabilities

    def averaged(self) -> FloatArray:
        """Model-averaged posterior of N on the grid."""
        averaged: FloatArray = np.asarray(self.weights, dtype=np.float64).sum(axis=0)
        return averaged

    def bayes_estimate(self, graph_index: int | None = None) -> float:
        """Bayes estimate under squared relative error loss, ``E[1/N] / E[1/N^2]``."""
        weights = self._row(graph_index)
        totals = np.asarray(self.totals)
        return float(np.sum(weights / totals) / np.sum(weights / totals**2))

    def mode(self, graph_index: int | None = None) -> float:
        """Posterior mode of N (for one graph, or averaged)."""
        return float(self.totals[int(np.argmax(self._row(graph_index)))])

    def quantile(self, probability: float, graph_index: int | None = None) -> float:
        """Smallest grid value whose posterior distribution function reaches ``probability``."""
        weights = self._row(graph_index)
        cumulative = np.cumsum(weights) / np.sum(weights)
        return float(self.totals[int(np.searchsorted(cumulative, probability))])

    def _row(self, graph_index: int | None) -> FloatArray:
        matrix = np.asarray(self.weights, dtype=np.float64)
        row: FloatArray = matrix.sum(axis=0) if graph_index is None else matrix[graph_index]
        return row


def default_missing_grid(observed: int) -> FloatArray:
    """Integer dark figures from 0 to 30 times the number observed (about 1,000 points)."""
    grid: FloatArray = np.unique(np.round(np.linspace(0, GRID_MULTIPLE * observed, GRID_POINTS)))
    return grid


def madigan_york_posterior(
    histories: CaptureHistories,
    *,
    prior_count: float = 1.0,
    missing: FloatArray | None = None,
    log_prior_total: FloatArray | None = None,
) -> MadiganYorkPosterior:
    """Posterior over decomposable graphs and the dark figure.

    Args:
        histories: the capture-history table (3 to 6 lists is practical).
        prior_count: hyper-Dirichlet prior count ``delta`` per cell of the full table.
        missing: grid of dark-figure values (default 0 .. 30 n).
        log_prior_total: log prior of N on the grid (default ``-log N``, i.e. prior 1/N).

    Assumptions:
        Closed population; a decomposable graphical model with a hyper-Dirichlet prior; all
        graphs equally likely a priori.

    References:
        Madigan & York (1997), Biometrika 84, 19-31; dga ``bma.cr``.
    """
    grid = (
        default_missing_grid(histories.observed_total)
        if missing is None
        else np.asarray(missing, dtype=np.float64)
    )
    counts = np.concatenate([[0.0], histories.count_vector()])
    observed = float(counts.sum())
    totals = observed + grid
    components = _component_log_likelihoods(histories.list_count, counts, grid, prior_count)
    graphs = decomposable_graphs(histories.list_count)
    alpha_total = prior_count * counts.size
    shared = gammaln(alpha_total) - gammaln(totals + alpha_total)
    multinomial = gammaln(totals + 1) - np.sum(gammaln(counts[1:] + 1)) - gammaln(grid + 1)
    prior = -np.log(totals) if log_prior_total is None else np.asarray(log_prior_total)
    log_weights = np.vstack([_graph_log_likelihood(graph, components, shared) for graph in graphs])
    log_weights += multinomial + prior
    weights = np.exp(log_weights - log_weights.max())
    weights /= weights.sum()
    return MadiganYorkPosterior(
        tuple(totals.tolist()), graphs, tuple(tuple(row) for row in weights.tolist())
    )


def _component_log_likelihoods(
    list_count: int, counts: FloatArray, grid: FloatArray, prior_count: float
) -> dict[int, FloatArray]:
    masks = np.concatenate([[0], cell_masks(list_count)])
    components = {}
    for subset in range(1, 1 << list_count):
        margin = np.bincount(
            _compress(masks & subset, subset), weights=counts, minlength=1 << bit_count(subset)
        )
        tables = np.repeat(margin[None, :], grid.size, axis=0).astype(np.float64)
        tables[:, 0] += grid
        alpha = prior_count * 2.0 ** (list_count - bit_count(subset))
        components[subset] = np.sum(gammaln(tables + alpha), axis=1) - margin.size * gammaln(alpha)
    return components


def _compress(values: np.ndarray, subset: int) -> np.ndarray:
    # Map each cell to its position in the marginal table of ``subset`` (bits packed).
    packed = np.zeros(values.shape, dtype=np.int64)
    position = 0
    for bit in range(subset.bit_length()):
        if subset >> bit & 1:
            packed |= ((values >> bit) & 1) << position
            position += 1
    return packed


def _graph_log_likelihood(
    graph: DecomposableGraph, components: dict[int, FloatArray], shared: FloatArray
) -> FloatArray:
    total: FloatArray = sum(
        (components[clique] for clique in graph.cliques), start=np.zeros_like(shared)
    )
    for separator in graph.separators:
        total = total - components[separator]
    return total + graph.component_count * shared


@dataclass(frozen=True)
class TotalPosterior:
    """Model-averaged posterior of the total N on a (possibly long) grid.

    Attributes:
        totals: grid of N values (observed plus missing).
        probabilities: posterior probability of each grid value (sums to one).
        model_probabilities: posterior probability of each decomposable graph.
    """

    totals: tuple[float, ...]
    probabilities: tuple[float, ...]
    model_probabilities: tuple[float, ...]

    def quantile(self, probability: float) -> float:
        """dga's ``posteriorQuantiles``: the first grid value whose cumulative sum exceeds it."""
        cumulative = np.cumsum(self.probabilities)
        return float(self.totals[int(np.argmax(cumulative > probability))])

    def median(self) -> float:
        """Posterior median of N (dga convention)."""
        return self.quantile(0.5)

    def bayes_estimate(self) -> float:
        """Bayes estimate under squared relative error loss, ``E[1/N] / E[1/N^2]``."""
        weights, totals = np.asarray(self.probabilities), np.asarray(self.totals)
        return float(np.sum(weights / totals) / np.sum(weights / totals**2))


def madigan_york_total_posterior(
    histories: CaptureHistories,
    *,
    prior_count: float,
    missing: FloatArray,
    log_prior_total: FloatArray | None = None,
    chunk_size: int = 5000,
) -> TotalPosterior:
    """Model-averaged posterior of N, computed in chunks of the grid (dga ``bma.cr``).

    Same model as :func:`madigan_york_posterior`, but only the averaged posterior of N and
    the graph probabilities are kept, so a grid of every integer dark figure up to tens of
    thousands (as dga users pass ``Nmissing = 0:M``) fits in memory.

    Args:
        histories: the capture-history table (3 to 6 lists).
        prior_count: hyper-Dirichlet prior count ``delta`` per cell (dga's ``delta``).
        missing: grid of dark-figure values (dga's ``Nmissing``).
        log_prior_total: log prior of N on the grid (default ``-log N``, dga's default).
        chunk_size: grid values handled at once.

    Assumptions:
        Closed population; a decomposable graphical model with a hyper-Dirichlet prior; all
        graphs equally likely a priori; N restricted to the grid.

    References:
        Madigan & York (1997), Biometrika 84, 19-31; Johndrow, Lum & Ball, dga ``bma.cr``
        and ``posteriorQuantiles``.
    """
    grid = np.asarray(missing, dtype=np.float64)
    prior = None if log_prior_total is None else np.asarray(log_prior_total, dtype=np.float64)
    pieces = [
        _chunk_log_weights(
            histories,
            prior_count,
            grid[start : start + chunk_size],
            None if prior is None else prior[start : start + chunk_size],
        )
        for start in range(0, grid.size, chunk_size)
    ]
    log_weights = np.hstack(pieces)
    weights = np.exp(log_weights - log_weights.max())
    weights /= weights.sum()
    totals = histories.observed_total + grid
    return TotalPosterior(
        tuple(totals.tolist()),
        tuple(weights.sum(axis=0).tolist()),
        tuple(weights.sum(axis=1).tolist()),
    )


def _chunk_log_weights(
    histories: CaptureHistories,
    prior_count: float,
    grid: FloatArray,
    log_prior: FloatArray | None,
) -> FloatArray:
    counts = np.concatenate([[0.0], histories.count_vector()])
    totals = float(counts.sum()) + grid
    components = _component_log_likelihoods(histories.list_count, counts, grid, prior_count)
    alpha_total = prior_count * counts.size
    shared = gammaln(alpha_total) - gammaln(totals + alpha_total)
    multinomial = gammaln(totals + 1) - np.sum(gammaln(counts[1:] + 1)) - gammaln(grid + 1)
    prior = -np.log(totals) if log_prior is None else log_prior
    rows = [
        _graph_log_likelihood(graph, components, shared)
        for graph in decomposable_graphs(histories.list_count)
    ]
    log_weights: FloatArray = np.vstack(rows) + multinomial + prior
    return log_weights
