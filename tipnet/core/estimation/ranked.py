"""Many models re-fitted to many tables, keeping only what can change a nested selection.

SCV24's exhaustive bootstrap (``n_top`` = every admissible model) refits thousands of
models in every resample, then takes, for each ``k``, the best-scoring model among the
first ``k`` of the original ranking (:func:`~tipnet.core.estimation.bootstrap.nested_selection`).
Two exact shortcuts make that affordable:

* **A lower bound on the criterion.** No model's log-likelihood exceeds the saturated one
  (fitted value = count in every cell), so a model with ``p`` parameters scores at least
  ``p * penalty - 2 * saturated``. Once the first few models have set a running best in a
  resample, models whose bound is already worse are never fitted there: they cannot be
  strictly better, so no nested row changes.
* **Existence checked only when it matters.** The Fienberg-Rinaldo linear programme runs
  only for a fit that is not certified by strictly positive fitted values *and* would
  beat the running best.

All remaining (model, table) pairs are fitted together by one stacked IRLS (one small
Newton system per pair), so the cost no longer grows with a Python call per model.
Only entries that improve on the earlier models are returned; the rest are NaN, which the
nested selection ignores.

References:
    Silverman, B. W., Chan, L. & Vincent, K. (2024). Bootstrapping multiple systems
    estimates to account for model selection. Statistics and Computing 34, 44.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy.special import gammaln, xlogy

from tipnet.core.estimation.cells import BoolArray, FloatArray, IntArray
from tipnet.core.estimation.existence import ModelStatus, check_model_status, is_identifiable
from tipnet.core.estimation.models import HierarchicalModel

# IRLS rules of every batched fit (as R's glm start, with a tighter tolerance).
_TOLERANCE = 1e-11
_MAX_ITERATIONS = 60
_MAX_HALVINGS = 20
_POSITIVE_CERTIFICATE = 1e-7
# Models fitted on every table before the bound is used (they set the running best).
_LEADING_MODELS = 8
# Pairs per stacked block: bounds memory (pairs x cells x parameters doubles).
_BLOCK_PAIRS = 8192
# Rounding allowance when comparing a computed criterion with its analytic lower bound.
_BOUND_SLACK = 1e-8


@dataclass(frozen=True, eq=False)
class PairFits:
    """Stacked fits of (model, table) pairs.

    Attributes:
        population: ``n + exp(intercept)`` per pair.
        score: the criterion per pair (NaN where IRLS diverged or the model is not
            identifiable on that table).
        log_likelihood: Poisson log-likelihood including ``-log(y!)`` per pair.
        certified: converged with strictly positive fitted values (the MLE exists).
        identifiable: full column rank on the kept cells.
    """

    population: FloatArray
    score: FloatArray
    log_likelihood: FloatArray
    certified: BoolArray
    identifiable: BoolArray


def rank_on_tables(
    models: tuple[HierarchicalModel, ...], tables: FloatArray, penalty_per_parameter: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Populations and criteria of every model (rows) on every table (columns).

    ``penalty_per_parameter`` is ``log(n)`` per table for BIC, 2 for AIC. An entry holds
    the model's fit only where it is admissible and strictly better than every earlier
    model on that table, the only entries a nested selection over the rows ever takes;
    elsewhere it is NaN. So the nested selection is exactly that of fitting everything.
    """
    count = len(models)
    populations = np.full((count, tables.shape[0]), np.nan)
    scores = np.full((count, tables.shape[0]), np.nan)
    best = np.full(tables.shape[0], np.inf)
    leading = min(count, _LEADING_MODELS)
    everywhere = np.ones((leading, tables.shape[0]), dtype=np.bool_)
    _fit_and_select(models, tables, penalty_per_parameter, 0, everywhere, best, populations, scores)
    bounds = _criterion_bounds(models[leading:], tables, penalty_per_parameter)
    worth_fitting = bounds <= best[None, :]
    _fit_and_select(
        models, tables, penalty_per_parameter, leading, worth_fitting, best, populations, scores
    )
    return populations, scores


def _criterion_bounds(
    models: tuple[HierarchicalModel, ...], tables: FloatArray, penalty: FloatArray
) -> FloatArray:
    saturated = np.sum(xlogy(tables, tables) - tables - gammaln(tables + 1), axis=1)
    parameters = np.array([model.parameter_count for model in models], dtype=np.float64)
    bounds: FloatArray = parameters[:, None] * penalty[None, :] - 2 * saturated[None, :]
    slack: FloatArray = _BOUND_SLACK * (np.abs(bounds) + 2 * np.abs(saturated)[None, :] + 1.0)
    lowered: FloatArray = bounds - slack
    return lowered


def _fit_and_select(
    models: tuple[HierarchicalModel, ...],
    tables: FloatArray,
    penalty: FloatArray,
    first: int,
    wanted: BoolArray,
    best: FloatArray,
    populations: FloatArray,
    scores: FloatArray,
) -> None:
    """Fit the wanted pairs of the models from ``first`` on, then walk them in ranking order.

    The walk updates ``best`` (the running best score per table) in place and records a
    pair only if it is admissible and strictly better than every earlier model there.
    """
    model_rows, table_columns = np.nonzero(wanted)
    model_rows = model_rows + first
    fits = fit_pairs(models, model_rows, tables, table_columns, penalty)
    last = first + wanted.shape[0]
    starts = np.searchsorted(model_rows, np.arange(first, last + 1))
    for index in range(first, last):
        chosen = slice(starts[index - first], starts[index - first + 1])
        columns = table_columns[chosen]
        score = fits.score[chosen]
        beats = fits.identifiable[chosen] & (score < best[columns])
        unproven = beats & ~fits.certified[chosen]
        if unproven.any():
            beats[unproven] = _exists(models[index], tables[columns[unproven]])
        columns, kept = columns[beats], np.flatnonzero(beats) + chosen.start
        populations[index, columns] = fits.population[kept]
        scores[index, columns] = fits.score[kept]
        best[columns] = fits.score[kept]


def _exists(model: HierarchicalModel, tables: FloatArray) -> BoolArray:
    return np.array(
        [
            check_model_status(model.list_count, model.terms, table) is ModelStatus.OK
            for table in tables
        ],
        dtype=np.bool_,
    )


def fit_pairs(
    models: tuple[HierarchicalModel, ...],
    model_rows: IntArray,
    tables: FloatArray,
    table_rows: IntArray,
    penalty: FloatArray,
) -> PairFits:
    """Fit ``models[model_rows[i]]`` to ``tables[table_rows[i]]`` for every ``i``.

    Each pair runs its own IRLS: start ``log(y + 0.1)``, Newton steps halved while the
    deviance rises, stop once the relative deviance change is below 1e-11 (at most 60
    iterations); terms with zero sufficient statistic sit at minus infinity and their cells
    drop out. Pairs are grouped by parameter count into stacked blocks.
    """
    size = model_rows.size
    fits = PairFits(
        population=np.full(size, np.nan),
        score=np.full(size, np.nan),
        log_likelihood=np.full(size, np.nan),
        certified=np.zeros(size, dtype=np.bool_),
        identifiable=np.zeros(size, dtype=np.bool_),
    )
    parameter_counts = np.array([model.parameter_count for model in models], dtype=np.int64)
    for pairs in _blocks(parameter_counts[model_rows]):
        rows = table_rows[pairs]
        _fit_block(models, model_rows[pairs], tables[rows], penalty[rows], pairs, fits)
    return fits


def _blocks(parameter_counts: IntArray) -> Iterator[IntArray]:
    for count in np.unique(parameter_counts):
        members = np.flatnonzero(parameter_counts == count)
        for start in range(0, members.size, _BLOCK_PAIRS):
            yield members[start : start + _BLOCK_PAIRS]


@dataclass(frozen=True, eq=False)
class _Lattice:
    """Pairs of one block written over all ``2**t`` histories (index 0 is the unseen one).

    With 0/1 designs every product reduces to sums over the subset lattice: a cell's linear
    predictor sums the coefficients of the terms it contains, and the information entry of
    terms ``j`` and ``k`` is the fitted total of the cells containing ``j | k``.
    """

    list_count: int
    terms: IntArray
    unions: IntArray
    counts: FloatArray
    mask: FloatArray
    active: BoolArray
    constant: FloatArray

    def take(self, rows: IntArray) -> _Lattice:
        """The pairs in ``rows`` only."""
        return _Lattice(
            self.list_count,
            self.terms[rows],
            self.unions[rows],
            self.counts[rows],
            self.mask[rows],
            self.active[rows],
            self.constant[rows],
        )

    @cached_property
    def flat_terms(self) -> IntArray:
        """Positions of each pair's terms in the flattened ``pairs x 2**t`` array."""
        return self._flat(self.terms)

    @cached_property
    def flat_unions(self) -> IntArray:
        """Positions of each pair's ``term_j | term_k`` in the flattened array."""
        return self._flat(self.unions)

    def _flat(self, indices: IntArray) -> IntArray:
        offsets = np.arange(indices.shape[0], dtype=np.int64)[:, None] * self.counts.shape[1]
        flat: IntArray = (indices + offsets).ravel()
        return flat

    def predictor(self, coefficients: FloatArray) -> FloatArray:
        """Linear predictor of every history (sum of the coefficients of its terms)."""
        spread = np.zeros(self.counts.shape)
        spread.ravel()[self.flat_terms] = coefficients.ravel()
        return _subset_sums(spread, self.list_count)


def _subset_sums(values: FloatArray, list_count: int) -> FloatArray:
    """``out[h] = sum of values[s] over every s contained in h``."""
    out = values.copy()
    for bit in range(list_count):
        view = out.reshape(out.shape[0], out.shape[1] >> (bit + 1), 2, 1 << bit)
        view[:, :, 1, :] += view[:, :, 0, :]
    return out


def _superset_sums(values: FloatArray, list_count: int) -> FloatArray:
    """``out[s] = sum of values[h] over every h containing s``."""
    out = values.copy()
    for bit in range(list_count):
        view = out.reshape(out.shape[0], out.shape[1] >> (bit + 1), 2, 1 << bit)
        view[:, :, 0, :] += view[:, :, 1, :]
    return out


def _lattice_block(
    models: tuple[HierarchicalModel, ...], model_rows: IntArray, tables: FloatArray
) -> _Lattice:
    distinct, local = np.unique(model_rows, return_inverse=True)
    term_table = np.array([models[row].terms for row in distinct], dtype=np.int64)
    union_table = (term_table[:, :, None] | term_table[:, None, :]).reshape(distinct.size, -1)
    list_count = models[int(distinct[0])].list_count
    terms, unions = term_table[local.ravel()], union_table[local.ravel()]
    counts = np.hstack([np.zeros((tables.shape[0], 1)), tables])
    totals = np.take_along_axis(_superset_sums(counts, list_count), terms, axis=1)
    active = totals > 0
    blocked = np.zeros(counts.shape)
    np.put_along_axis(blocked, terms, (~active).astype(np.float64), axis=1)
    mask = (_subset_sums(blocked, list_count) == 0).astype(np.float64)
    mask[:, 0] = 0.0
    constant = np.sum((xlogy(counts, counts) - counts) * mask, axis=1)
    return _Lattice(list_count, terms, unions, counts, mask, active, constant)


def _fit_block(
    models: tuple[HierarchicalModel, ...],
    model_rows: IntArray,
    tables: FloatArray,
    penalty: FloatArray,
    pairs: IntArray,
    fits: PairFits,
) -> None:
    lattice = _lattice_block(models, model_rows, tables)
    identifiable = _identifiable_pairs(models, model_rows, lattice)
    fits.identifiable[pairs] = identifiable
    usable = np.flatnonzero(identifiable)
    if usable.size == 0:
        return
    lattice, penalty = lattice.take(usable), penalty[usable]
    coefficients, fitted, converged = _stacked_irls(lattice)
    keep, counts = lattice.mask[:, 1:] > 0, lattice.counts[:, 1:]
    fitted = fitted[:, 1:]
    smallest = np.where(keep, fitted, np.inf).min(axis=1)
    log_terms = xlogy(counts, np.maximum(fitted, 1e-300)) - fitted - gammaln(counts + 1)
    log_likelihood = np.where(keep, log_terms, 0.0).sum(axis=1)
    target = pairs[usable]
    fits.certified[target] = converged & (smallest > _POSITIVE_CERTIFICATE)
    fits.log_likelihood[target] = log_likelihood
    fits.score[target] = lattice.terms.shape[1] * penalty - 2 * log_likelihood
    # Diverged coefficients are clipped before exponentiating (the pair then fails anyway).
    fits.population[target] = counts.sum(axis=1) + np.exp(np.clip(coefficients[:, 0], -700, 700))


def _identifiable_pairs(
    models: tuple[HierarchicalModel, ...], model_rows: IntArray, lattice: _Lattice
) -> BoolArray:
    # Identifiability depends only on the model and which of its terms are finite.
    keys = np.hstack([model_rows[:, None].astype(np.int64), lattice.active.astype(np.int64)])
    patterns, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    verdicts = np.zeros(patterns.shape[0], dtype=np.bool_)
    for index, row in enumerate(first):
        model = models[int(model_rows[row])]
        active = lattice.active[row]
        finite = tuple(term for term, on in zip(model.terms, active, strict=True) if on)
        verdicts[index] = is_identifiable(model.list_count, finite, lattice.mask[row, 1:] > 0)
    result: BoolArray = verdicts[inverse.ravel()]
    return result


def _stacked_irls(lattice: _Lattice) -> tuple[FloatArray, FloatArray, BoolArray]:
    size = lattice.counts.shape[0]
    coefficients = np.zeros(lattice.terms.shape)
    eta = np.log(lattice.counts + 0.1)
    fitted = np.exp(eta) * lattice.mask
    deviance = np.full(size, np.inf)
    converged = np.zeros(size, dtype=np.bool_)
    running = np.arange(size)
    part = lattice
    with np.errstate(all="ignore"):
        for iteration in range(_MAX_ITERATIONS):
            proposal = _newton(part, eta, fitted[running])
            step = _Step(part, proposal)
            if iteration:
                step = _halve(part, coefficients[running], step, deviance[running])
            change = np.abs(step.deviance - deviance[running]) / (np.abs(step.deviance) + 0.1)
            done = change < _TOLERANCE
            coefficients[running], fitted[running] = step.coefficients, step.fitted
            deviance[running], converged[running] = step.deviance, done
            # A pair stops once converged, or once diverged to NaN (it never recovers).
            going = ~done & np.isfinite(step.coefficients).all(axis=1)
            eta = step.predictor
            if not going.any():
                break
            if not going.all():
                running, eta, part = running[going], eta[going], part.take(np.flatnonzero(going))
    return coefficients, fitted, converged


class _Step:
    """Coefficients of one IRLS step with their linear predictor, fitted values, deviance."""

    def __init__(self, lattice: _Lattice, coefficients: FloatArray) -> None:
        self.coefficients = coefficients
        self.predictor = lattice.predictor(coefficients)
        self.fitted = np.exp(np.minimum(self.predictor, 700.0)) * lattice.mask
        self.deviance = _deviance(lattice, self.fitted)

    def replace(self, rows: IntArray, other: _Step) -> None:
        """Take ``other``'s values (computed for ``rows`` only) in those rows."""
        self.coefficients[rows] = other.coefficients
        self.predictor[rows] = other.predictor
        self.fitted[rows] = other.fitted
        self.deviance[rows] = other.deviance


def _newton(lattice: _Lattice, eta: FloatArray, fitted: FloatArray) -> FloatArray:
    # The weighted working response mu * (eta + (y - mu) / mu), written without dividing.
    working = np.where(fitted > 0, fitted * eta + (lattice.counts - fitted), 0.0)
    size, parameters = lattice.terms.shape
    marginal = _superset_sums(fitted, lattice.list_count)
    information = marginal.ravel()[lattice.flat_unions].reshape(size, parameters, parameters)
    gradient = _superset_sums(working, lattice.list_count).ravel()[lattice.flat_terms]
    gradient = gradient.reshape(size, parameters)
    partial = np.flatnonzero(~lattice.active.all(axis=1))
    if partial.size:
        # Terms at minus infinity keep a zero coefficient: identity rows, zero gradient.
        active = lattice.active[partial]
        both = active[:, :, None] & active[:, None, :]
        information[partial] = (
            np.where(both, information[partial], 0.0)
            + np.eye(parameters)[None, :, :] * (~active)[:, :, None]
        )
        gradient[partial] = np.where(active, gradient[partial], 0.0)
    return _solve_each(information, gradient)


def _solve_each(information: FloatArray, gradient: FloatArray) -> FloatArray:
    try:
        return np.asarray(np.linalg.solve(information, gradient[:, :, None])[:, :, 0])
    except np.linalg.LinAlgError:
        pass
    # Some systems are singular (fitted values underflowed): those use the pseudo-inverse,
    # non-finite ones stay NaN, the rest are solved as usual.
    solution = np.full(gradient.shape, np.nan)
    finite = np.asarray(
        np.isfinite(information).all(axis=(1, 2)) & np.isfinite(gradient).all(axis=1),
        dtype=np.bool_,
    )
    sign, _ = np.linalg.slogdet(np.where(finite[:, None, None], information, 1.0))
    invertible: BoolArray = np.asarray(sign != 0, dtype=np.bool_)
    regular, singular = finite & invertible, finite & ~invertible
    if regular.any():
        solved = np.linalg.solve(information[regular], gradient[regular][:, :, None])
        solution[regular] = solved[:, :, 0]
    if singular.any():
        inverse = np.linalg.pinv(information[singular])
        solution[singular] = np.einsum("bij,bj->bi", inverse, gradient[singular])
    return solution


def _halve(lattice: _Lattice, previous: FloatArray, step: _Step, deviance: FloatArray) -> _Step:
    for _ in range(_MAX_HALVINGS):
        worse = np.flatnonzero(~(step.deviance <= deviance * (1 + 1e-12) + 1e-9))
        if worse.size == 0:
            break
        halved = (step.coefficients[worse] + previous[worse]) / 2
        step.replace(worse, _Step(lattice.take(worse), halved))
    return step


def _deviance(lattice: _Lattice, fitted: FloatArray) -> FloatArray:
    # 2 * sum(y log(y / mu) - (y - mu)) over the kept cells, with the y log y part fixed.
    inside = lattice.mask > 0
    log_fitted = np.log(np.maximum(fitted, 1e-300))
    terms = np.where(inside, fitted - lattice.counts * log_fitted, 0.0)
    deviance: FloatArray = 2 * (lattice.constant + terms.sum(axis=1))
    return deviance
