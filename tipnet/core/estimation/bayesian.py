"""Bayesian estimates wrapped as :class:`PopulationEstimate` results."""

from __future__ import annotations

import numpy as np

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation import diagnostics
from tipnet.core.estimation.bayes_threshold import threshold_interactions
from tipnet.core.estimation.histories import CaptureHistories
from tipnet.core.estimation.intervals import Interval, tail_probabilities
from tipnet.core.estimation.lists import DroppedList
from tipnet.core.estimation.madigan_york import madigan_york_posterior
from tipnet.core.estimation.results import (
    ASSUMPTIONS,
    PopulationEstimate,
    TopModel,
    posterior_estimate,
)

MADIGAN_YORK_MAX_LISTS = 6
BAYES_THRESHOLD_ASSUMPTION = (
    "Bayesian thresholding: N(0, 1) priors on two-list interactions, near-flat priors on the "
    "intercept and main effects; interactions within 2 posterior sd of zero are dropped."
)
MADIGAN_YORK_ASSUMPTION = (
    "Madigan-York: decomposable graphical models, equally likely a priori, hyper-Dirichlet "
    "prior on cell probabilities and prior 1/N on the total."
)


def estimate_bayesian(
    histories: CaptureHistories,
    method: str,
    *,
    levels: tuple[float, ...] = (0.95, 0.80),
    seed: int | None = None,
    dropped: tuple[DroppedList, ...] = (),
    prior_count: float | None = None,
) -> PopulationEstimate:
    """Bayesian thresholding (``"bayesthresh"``) or Madigan-York averaging (``"madigan-york"``).

    The estimate is the posterior median; intervals are equal-tailed credible intervals.

    Raises:
        EstimationInputError: Madigan-York with more than six lists.

    References:
        Silverman (2020) JRSS-A 183, 691-736, §6; Madigan & York (1997) Biometrika 84, 19-31.
    """
    warnings = diagnostics.dropped_list_warnings(dropped) + diagnostics.overlap_warning(histories)
    if method == "bayesthresh":
        return _threshold_estimate(histories, levels, seed, warnings)
    return _madigan_york_estimate(histories, levels, prior_count, warnings)


def _threshold_estimate(
    histories: CaptureHistories, levels: tuple[float, ...], seed: int | None, warnings: list[str]
) -> PopulationEstimate:
    result = threshold_interactions(
        histories.count_vector(), histories.list_count, np.random.default_rng(seed)
    )
    totals = np.asarray(result.totals)
    intervals = tuple(_posterior_interval(totals, level) for level in levels)
    median = float(np.median(totals))
    names = histories.list_names
    return posterior_estimate(
        histories_list_names=names,
        n_observed=histories.observed_total,
        median=median,
        intervals=intervals,
        method="bayesthresh",
        model=result.model.name,
        model_terms=tuple(result.model.term_names(term, names) for term in result.retained),
        warnings=tuple(warnings + diagnostics.ratio_warning(median, histories.observed_total)),
        assumptions=(*ASSUMPTIONS, BAYES_THRESHOLD_ASSUMPTION),
    )


def _posterior_interval(totals: np.ndarray, level: float) -> Interval:
    lower, upper = np.quantile(totals, tail_probabilities(level))
    return Interval(level, float(lower), float(upper), "posterior")


def _madigan_york_estimate(
    histories: CaptureHistories,
    levels: tuple[float, ...],
    prior_count: float | None,
    warnings: list[str],
) -> PopulationEstimate:
    if histories.list_count > MADIGAN_YORK_MAX_LISTS:
        raise EstimationInputError(
            FieldProblem(
                field="method",
                message="Madigan-York averaging supports at most six lists",
                code="too_many_lists",
            )
        )
    delta = prior_count if prior_count is not None else 2.0**-histories.list_count
    posterior = madigan_york_posterior(histories, prior_count=delta)
    intervals = tuple(
        Interval(level, posterior.quantile(low), posterior.quantile(high), "posterior")
        for level in levels
        for low, high in [tail_probabilities(level)]
    )
    median = posterior.quantile(0.5)
    probabilities = posterior.model_probabilities()
    best = np.argsort(-probabilities)[:10]
    top = tuple(
        TopModel(
            rank,
            _graph_name(posterior.graphs[index].cliques, histories.list_count),
            posterior.bayes_estimate(int(index)),
            "posterior probability",
            float(probabilities[index]),
        )
        for rank, index in enumerate(best.tolist(), start=1)
    )
    return posterior_estimate(
        histories_list_names=histories.list_names,
        n_observed=histories.observed_total,
        median=median,
        intervals=intervals,
        method="madigan-york",
        top_models=top,
        warnings=tuple(warnings + diagnostics.ratio_warning(median, histories.observed_total)),
        assumptions=(*ASSUMPTIONS, MADIGAN_YORK_ASSUMPTION),
    )


def _graph_name(cliques: tuple[int, ...], list_count: int) -> str:
    labels = [
        "".join(str(i + 1) for i in range(list_count) if clique >> i & 1) for clique in cliques
    ]
    return "[" + ",".join(sorted(labels, key=lambda label: (-len(label), label))) + "]"
