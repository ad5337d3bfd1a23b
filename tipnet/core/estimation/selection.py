"""Forward model selection: the Poisson-p-value stepwise rule and the Home Office AIC rule.

Both start from main effects and add one interaction at a time; every model fitted on the
way is kept, and so is the path.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import pdtr, pdtrc
from scipy.stats import norm

from tipnet.core.estimation.cells import FloatArray, bit_count, inclusion_matrix
from tipnet.core.estimation.fitting import ModelFit, ModelSolution, solve_model
from tipnet.core.estimation.irls import fisher_covariance
from tipnet.core.estimation.models import (
    HierarchicalModel,
    boundary_terms,
    highest_allowed_order,
    main_effects_model,
)

STEPWISE_P_THRESHOLD = 0.02
HOME_OFFICE_P_THRESHOLD = 0.05


@dataclass(frozen=True)
class SelectionStep:
    """One accepted step of a selection procedure.

    Attributes:
        model: the model after this step.
        added_term: bit mask of the term added (``None`` for the starting model).
        criterion: what decided the step (``"p-value"``, ``"AIC"``, ``"BIC"`` ...).
        value: the criterion's value for the accepted model or term.
        population: the model's population estimate.
    """

    model: HierarchicalModel
    added_term: int | None
    criterion: str
    value: float
    population: float


@dataclass(frozen=True, eq=False)
class Selection:
    """Outcome of a model search.

    Attributes:
        solution: fit of the selected model.
        considered: every model fitted during the search, in the order fitted.
        path: accepted steps from the starting model to the selected one.
        ranking: admissible models ordered by the criterion (exhaustive searches only).
    """

    solution: ModelSolution
    considered: tuple[ModelFit, ...]
    path: tuple[SelectionStep, ...]
    ranking: tuple[ModelFit, ...] = ()


def poisson_tail_p_values(observed: FloatArray, expected: FloatArray) -> FloatArray:
    """``min(P(X <= n), P(X >= n))`` for ``X ~ Poisson(expected)``, elementwise.

    References:
        Chan, Silverman & Vincent (2021), §3.2: the one-sided Poisson p-value of the
        overlap count of a candidate pair given the current model.
    """
    lower = pdtr(observed, expected)
    upper = np.where(observed >= 1, pdtrc(observed - 1, expected), 1.0)
    p_values: FloatArray = np.minimum(lower, upper)
    return p_values


def select_stepwise(
    counts: FloatArray,
    list_count: int,
    p_threshold: float = STEPWISE_P_THRESHOLD,
    max_order: int = 2,
) -> Selection:
    """Stepwise selection by Poisson p-values with existence and identifiability checks.

    From main effects, repeatedly add the interaction (whose lower-order terms are all in
    the model, up to ``max_order``) with the smallest Poisson tail p-value of its observed
    overlap, provided the p-value is below ``p_threshold`` and the enlarged model passes
    both the Fienberg-Rinaldo and the rank check.

    Assumptions:
        Closed population; list dependence only through the selected interactions.

    References:
        Chan, L., Silverman, B. W. & Vincent, K. (2021). Multiple systems estimation for
        sparse capture data: inferential challenges when there are nonoverlapping lists.
        JASA 116, 1297-1306 (threshold 0.02).
    """
    model = main_effects_model(list_count)
    solution = solve_model(model, counts)
    considered = [solution.fit]
    path = [SelectionStep(model, None, "p-value", float("nan"), solution.fit.population)]
    order = highest_allowed_order(list_count, max_order)
    while solution.fit.is_ok:
        step = _stepwise_step(counts, solution, order, p_threshold, considered)
        if step is None:
            break
        solution, added, p_value = step
        path.append(
            SelectionStep(solution.fit.model, added, "p-value", p_value, solution.fit.population)
        )
    return Selection(solution, tuple(considered), tuple(path))


def _stepwise_step(
    counts: FloatArray,
    current: ModelSolution,
    max_order: int,
    p_threshold: float,
    considered: list[ModelFit],
) -> tuple[ModelSolution, int, float] | None:
    model = current.fit.model
    candidates = boundary_terms(model, max_order)
    if not candidates:
        return None
    design = inclusion_matrix(model.list_count, candidates)
    p_values = poisson_tail_p_values(design.T @ counts, design.T @ current.fitted_cells)
    # Trying candidates in order of p-value and taking the first admissible one equals the
    # published rule (failing candidates get p = 1, ties go to the first candidate).
    for index in sorted(range(len(candidates)), key=lambda j: (p_values[j], j)):
        if p_values[index] >= p_threshold:
            return None
        trial = solve_model(model.with_term(candidates[index]), counts, current.start_for(model))
        considered.append(trial.fit)
        if trial.fit.is_ok:
            return trial, candidates[index], float(p_values[index])
    return None


def stepwise_population(
    counts: FloatArray, list_count: int, p_threshold: float, max_order: int
) -> float:
    """Population estimate of :func:`select_stepwise` (for resampling)."""
    return select_stepwise(counts, list_count, p_threshold, max_order).solution.fit.population


def select_home_office(
    counts: FloatArray, list_count: int, p_threshold: float = HOME_OFFICE_P_THRESHOLD
) -> Selection:
    """The Bales-Hesketh-Silverman (Home Office 2014) forward AIC rule.

    From main effects, add the two-list interaction giving the largest AIC drop; stop when
    no interaction lowers the AIC or when the new term's Wald p-value exceeds
    ``p_threshold``.

    Assumptions:
        As for every log-linear MSE; no existence check (the published rule has none), so
        non-overlapping pairs are never added because they cannot lower the AIC.

    References:
        Bales, K., Hesketh, O. & Silverman, B. (2015). Modern slavery in the UK: how many
        victims? Significance 12(3), 16-21. Silverman, B. W. (2014). Modern slavery: an
        application of multiple systems estimation. Home Office. Implemented as
        ``modslavmse::MSEfit``.
    """
    model = main_effects_model(list_count)
    solution = solve_model(model, counts)
    considered = [solution.fit]
    path = [SelectionStep(model, None, "AIC", solution.fit.aic, solution.fit.population)]
    while solution.fit.is_ok:
        step = _home_office_step(counts, solution, p_threshold, considered)
        if step is None:
            break
        solution, added = step
        path.append(
            SelectionStep(
                solution.fit.model, added, "AIC", solution.fit.aic, solution.fit.population
            )
        )
    return Selection(solution, tuple(considered), tuple(path))


def _home_office_step(
    counts: FloatArray, current: ModelSolution, p_threshold: float, considered: list[ModelFit]
) -> tuple[ModelSolution, int] | None:
    model = current.fit.model
    pairs = _pairs_in_published_order(model)
    trials = [
        solve_model(model.with_term(pair), counts, current.start_for(model)) for pair in pairs
    ]
    considered.extend(trial.fit for trial in trials)
    aics = np.array([trial.fit.aic if trial.fit.is_ok else np.inf for trial in trials])
    if not pairs or aics.min() >= current.fit.aic:
        return None
    best = int(np.argmin(aics))
    if wald_p_value(trials[best], pairs[best]) > p_threshold:
        return None
    return trials[best], pairs[best]


def _pairs_in_published_order(model: HierarchicalModel) -> list[int]:
    present = set(model.terms)
    t = model.list_count
    pairs = [(1 << i) | (1 << j) for i in range(t - 1) for j in range(i + 1, t)]
    return [pair for pair in pairs if pair not in present]


def wald_p_value(solution: ModelSolution, term: int) -> float:
    """Two-sided Wald p-value of one coefficient (1 when it is at minus infinity)."""
    if term not in solution.finite_terms or not solution.fit.is_ok:
        return 1.0
    position = solution.finite_terms.index(term)
    covariance = fisher_covariance(solution.reduced_design(), solution.fitted_cells[solution.keep])
    z = solution.coefficients[position] / np.sqrt(covariance[position, position])
    return float(2 * norm.sf(abs(z)))


def fixed_selection(counts: FloatArray, model: HierarchicalModel) -> Selection:
    """A user-chosen model: no search, one fit."""
    solution = solve_model(model, counts)
    step = SelectionStep(model, None, "fixed", float("nan"), solution.fit.population)
    return Selection(solution, (solution.fit,), (step,))


def interaction_order(term: int) -> int:
    """Order of a term (2 for a pair)."""
    return bit_count(term)
