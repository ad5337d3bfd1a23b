"""Closed-population models with heterogeneous catchability on capture-history tables.

The models of Rcapture's ``closedp.t``, ``closedpCI.t`` and ``closedpMS.t``: M0, Mt, Mh and
Mth with a heterogeneity form (Chao's lower bound, Poisson, Darroch, Gamma), the behavioural
models Mb and Mbh, hierarchical list-dependence models with a heterogeneity column, and any
model with some capture histories left out (an indicator column per history, which is the
same as removing its cell, e.g. Rcapture's "Mt without 111111").

References:
    Baillargeon, S. & Rivest, L.-P. (2007). Rcapture: loglinear models for capture-recapture
    in R. Journal of Statistical Software 19(5). Rivest, L.-P. & Baillargeon, S. (2007).
    Biometrics 63, 999-1006. Darroch, J. N., Fienberg, S. E., Glonek, G. F. V. & Junker,
    B. W. (1993). JASA 88, 1137-1148. Rivest, L.-P. & Levesque, T. (2001). Canadian Journal
    of Statistics 29, 555-572. Otis, D. L., Burnham, K. P., White, G. C. & Anderson, D. R.
    (1978). Wildlife Monographs 62.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation.behaviour import behaviour_columns, estimate_mb, estimate_mbh
from tipnet.core.estimation.cells import FloatArray, cell_masks, inclusion_matrix
from tipnet.core.estimation.closed_population import (
    CaptureModel,
    ClosedPopulationFit,
    DesignProblem,
    Heterogeneity,
    PopulationEstimator,
    default_theta,
    heterogeneity_columns,
    heterogeneity_name,
    parse_capture_model,
    parse_heterogeneity,
    solve_design_problem,
)
from tipnet.core.estimation.histories import CaptureHistories
from tipnet.core.estimation.loglinear_design import DesignFit
from tipnet.core.estimation.models import HierarchicalModel, enumerate_hierarchical_models

_HETEROGENEOUS = (CaptureModel.MH, CaptureModel.MTH)
_CLOSEDP_HETEROGENEITY = (
    Heterogeneity.CHAO,
    Heterogeneity.POISSON,
    Heterogeneity.DARROCH,
    Heterogeneity.GAMMA,
)


def occasion_matrix(list_count: int) -> FloatArray:
    """Cells by occasions: 1 where the cell's history includes the occasion."""
    masks = cell_masks(list_count)
    matrix: FloatArray = ((masks[:, None] >> np.arange(list_count)) & 1).astype(np.float64)
    return matrix


def fit_closed_population_model(
    histories: CaptureHistories,
    model: CaptureModel | str = CaptureModel.MTH,
    heterogeneity: Heterogeneity | str | None = None,
    *,
    theta: float | None = None,
    excluded_histories: Sequence[Sequence[int]] = (),
    levels: tuple[float, ...] = (0.95,),
    with_profile: bool = True,
) -> ClosedPopulationFit:
    """Fit one Rcapture closed-population model to a capture-history table.

    Args:
        histories: the table (lists play the role of capture occasions).
        model: ``"M0"``, ``"Mt"``, ``"Mh"``, ``"Mth"``, ``"Mb"`` or ``"Mbh"``.
        heterogeneity: for Mh and Mth: ``"Chao"`` (or ``"LB"``), ``"Poisson"``, ``"Darroch"``
            or ``"Gamma"`` (default Chao, as Rcapture).
        theta: parameter of the Poisson (default 2) or Gamma (default 3.5) form.
        excluded_histories: 0/1 histories whose cells are fitted exactly (left out of the
            model), e.g. ``[(1, 1, 1, 1, 1, 1)]`` for "Mt without 111111".
        levels: levels of the profile-likelihood intervals.
        with_profile: also compute the multinomial profile estimate and intervals
            (not available for Mb and Mbh).

    Returns:
        The frozen fit (Poisson estimate, s.e., deviance, AIC, BIC, profile interval).

    Raises:
        EstimationInputError: unknown names, heterogeneity on a homogeneous model, fewer
            than three occasions for Mh/Mth, or a bad excluded history.

    Assumptions:
        Closed population; heterogeneity of the stated form; occasion effects as the model
        allows (Mt, Mth); behavioural response only in Mb, Mbh.

    References:
        Baillargeon & Rivest (2007), J. Stat. Softw. 19(5); Rivest & Baillargeon (2007),
        Biometrics 63; Darroch et al. (1993), JASA 88; Rivest & Levesque (2001), Can. J.
        Stat. 29.
    """
    parsed = parse_capture_model(model)
    form = _heterogeneity_for(parsed, parse_heterogeneity(heterogeneity), histories.list_count)
    problem = _problem(histories, parsed, form, default_theta(form, theta))
    if excluded_histories:
        problem = _exclude(problem, histories.list_count, excluded_histories)
    return solve_design_problem(problem, levels, with_profile)


def fit_closed_population_models(
    histories: CaptureHistories,
    *,
    levels: tuple[float, ...] = (0.95,),
    with_profile: bool = False,
) -> tuple[ClosedPopulationFit, ...]:
    """Every model of Rcapture's ``closedp.t`` table, in its order.

    M0, Mt, Mh (Chao, Poisson2, Darroch, Gamma3.5), Mth (same four), Mb and Mbh; with two
    lists only M0, Mt and Mb. Pick one with :func:`~.closed_population.best_fit`.

    References:
        Baillargeon & Rivest (2007), J. Stat. Softw. 19(5), ``closedp``.
    """
    specifications: list[tuple[CaptureModel, Heterogeneity | None]] = [
        (CaptureModel.M0, None),
        (CaptureModel.MT, None),
    ]
    if histories.list_count >= 3:
        specifications += [
            (model, form) for model in _HETEROGENEOUS for form in _CLOSEDP_HETEROGENEITY
        ]
    specifications.append((CaptureModel.MB, None))
    if histories.list_count >= 3:
        specifications.append((CaptureModel.MBH, None))
    return tuple(
        fit_closed_population_model(
            histories, model, form, levels=levels, with_profile=with_profile
        )
        for model, form in specifications
    )


def fit_hierarchical_heterogeneity_models(
    histories: CaptureHistories,
    heterogeneity: Heterogeneity | str | None = Heterogeneity.DARROCH,
    *,
    theta: float | None = None,
    max_order: int | None = None,
) -> tuple[ClosedPopulationFit, ...]:
    """All hierarchical models plus a heterogeneity column, best BIC first (``closedpMS.t``).

    Args:
        histories: the table.
        heterogeneity: form added to every model, or ``None`` for none.
        theta: parameter of the Poisson or Gamma form.
        max_order: highest interaction order (default ``t - 1``, as Rcapture).

    Returns:
        One fit per model, sorted by BIC; names like ``"[12,13,14] Darroch"``.

    References:
        Baillargeon & Rivest (2007); Rcapture ``closedpMS.t`` (main effects forced).
    """
    form = parse_heterogeneity(heterogeneity)
    value = default_theta(form, theta)
    order = histories.list_count - 1 if max_order is None else max_order
    fits = [
        solve_design_problem(_hierarchical_problem(histories, terms, form, value), (), False)
        for terms in enumerate_hierarchical_models(histories.list_count, order)
    ]
    return tuple(sorted(fits, key=lambda fit: fit.bic))


def _heterogeneity_for(
    model: CaptureModel, form: Heterogeneity | None, list_count: int
) -> Heterogeneity | None:
    if model not in _HETEROGENEOUS:
        if form is not None:
            raise EstimationInputError(
                FieldProblem(
                    field="heterogeneity",
                    message=f"model {model.value} has no heterogeneity; use Mh or Mth",
                )
            )
        return None
    if list_count < 3:
        raise EstimationInputError(
            FieldProblem(field="model", message="heterogeneous models need at least 3 lists")
        )
    return form or Heterogeneity.CHAO


def _problem(
    histories: CaptureHistories,
    model: CaptureModel,
    form: Heterogeneity | None,
    theta: float | None,
) -> DesignProblem:
    t = histories.list_count
    occasions = occasion_matrix(t)
    base, names, estimator = _base_columns(model, occasions)
    name = f"{model.value} {heterogeneity_name(form, theta)}".strip()
    counts = histories.count_vector()
    columns = [np.ones((counts.size, 1)), base]
    first_eta = None
    if form is not None:
        extra, extra_names = heterogeneity_columns(occasions.sum(axis=1), form, theta, t)
        first_eta = 1 + base.shape[1] if form is Heterogeneity.CHAO else None
        columns.append(extra)
        names += extra_names
    design = np.hstack(columns)
    return DesignProblem(
        name,
        counts,
        design,
        np.zeros(counts.size),
        ("intercept", *names),
        first_eta,
        float(counts.sum()),
        estimator,
    )


def _base_columns(
    model: CaptureModel, occasions: FloatArray
) -> tuple[FloatArray, tuple[str, ...], PopulationEstimator | None]:
    t = occasions.shape[1]
    captures = occasions.sum(axis=1)[:, None]
    if model in {CaptureModel.M0, CaptureModel.MH}:
        return captures, ("beta",), None
    if model in {CaptureModel.MT, CaptureModel.MTH}:
        return occasions, tuple(f"beta{i}" for i in range(1, t + 1)), None
    before, after = behaviour_columns(occasions)
    if model is CaptureModel.MB:
        return np.column_stack([before, after]), ("beta1", "beta2"), _observed_free(estimate_mb, t)
    not_first = 1.0 - occasions[:, 0]
    return (
        np.column_stack([not_first, before, after]),
        ("eta", "beta1", "beta2"),
        _observed_free(estimate_mbh, t),
    )


def _observed_free(
    estimator: Callable[[int, DesignFit], tuple[float, float]], t: int
) -> PopulationEstimator:
    # The behavioural estimators do not use n: N-hat comes from all the coefficients.
    def estimate(observed: float, result: DesignFit) -> tuple[float, float]:
        del observed
        return estimator(t, result)

    return estimate


def _exclude(
    problem: DesignProblem, list_count: int, excluded: Sequence[Sequence[int]]
) -> DesignProblem:
    indicators = []
    labels = []
    for history in excluded:
        mask = _history_mask(history, list_count)
        indicator = np.zeros(problem.counts.size)
        indicator[mask - 1] = 1.0
        indicators.append(indicator)
        labels.append("".join(str(int(bit)) for bit in history))
    return DesignProblem(
        f"{problem.name} without {', '.join(labels)}",
        problem.counts,
        np.column_stack([problem.design, *indicators]),
        problem.offset,
        (*problem.column_names, *(f"without {label}" for label in labels)),
        problem.first_eta,
        problem.observed,
        problem.estimator,
    )


def _history_mask(history: Sequence[int], list_count: int) -> int:
    if len(history) != list_count or any(bit not in (0, 1) for bit in history) or not any(history):
        raise EstimationInputError(
            FieldProblem(
                field="excluded_histories",
                message=f"expected a non-zero 0/1 history of length {list_count}, got {history}",
            )
        )
    return sum(int(bit) << index for index, bit in enumerate(history))


def _hierarchical_problem(
    histories: CaptureHistories,
    model: HierarchicalModel,
    form: Heterogeneity | None,
    theta: float | None,
) -> DesignProblem:
    t = histories.list_count
    counts = histories.count_vector()
    design = inclusion_matrix(t, model.terms)
    names = tuple(model.term_label(term) or "intercept" for term in model.terms)
    first_eta = None
    label = model.name
    if form is not None:
        extra, extra_names = heterogeneity_columns(occasion_matrix(t).sum(axis=1), form, theta, t)
        first_eta = design.shape[1] if form is Heterogeneity.CHAO else None
        design = np.hstack([design, extra])
        names += extra_names
        label = f"{label} {heterogeneity_name(form, theta)}"
    return DesignProblem(
        label, counts, design, np.zeros(counts.size), names, first_eta, float(counts.sum())
    )
