"""Searches over many hierarchical models: exhaustive BIC/AIC and greedy downhill BIC."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import numpy as np

from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.fitting import (
    ModelFit,
    ModelSolution,
    confirm_existence,
    solve_model,
    solve_model_deferred,
)
from tipnet.core.estimation.models import (
    HierarchicalModel,
    enumerate_hierarchical_models,
    highest_allowed_order,
    main_effects_model,
    neighbour_models,
)
from tipnet.core.estimation.selection import Selection, SelectionStep

DOWNHILL_MAX_ITERATIONS = 20


class Criterion(StrEnum):
    """Information criterion used to rank models."""

    BIC = "BIC"
    AIC = "AIC"

    def of(self, fit: ModelFit) -> float:
        """The criterion's value for one fit (NaN when the fit failed)."""
        return fit.bic if self is Criterion.BIC else fit.aic


def default_bic_max_order(list_count: int) -> int:
    """MultipleSystemsEstimation's defaults: 1, 2, 3, 3, 2 for 2..6 lists; 2 beyond."""
    return {2: 1, 3: 2, 4: 3, 5: 3}.get(list_count, 2)


def select_exhaustive(
    counts: FloatArray,
    list_count: int,
    max_order: int | None = None,
    criterion: Criterion = Criterion.BIC,
    fit_models: Callable[[tuple[HierarchicalModel, ...]], list[ModelFit]] | None = None,
) -> Selection:
    """Fit every admissible hierarchical model up to ``max_order`` and rank by the criterion.

    Models whose extended MLE does not exist or is not identifiable are fitted, kept in
    ``considered`` with their status, and left out of the ranking.

    Args:
        counts: observable-cell counts.
        list_count: number of lists.
        max_order: highest interaction order (default as in MultipleSystemsEstimation).
        criterion: BIC (penalty ``log(n_observed)`` per parameter) or AIC.
        fit_models: optional (for example parallel) fitter of a tuple of models.

    References:
        Silverman, B. W., Chan, L. & Vincent, K. (2024). Bootstrapping multiple systems
        estimates to account for model selection. Statistics and Computing 34, 44.
    """
    order = highest_allowed_order(list_count, max_order or default_bic_max_order(list_count))
    models = enumerate_hierarchical_models(list_count, order)
    fits = fit_models(models) if fit_models else fit_all_models(models, counts)
    ranking = rank_fits(fits, criterion)
    if not ranking:
        return Selection(solve_model(main_effects_model(list_count), counts), tuple(fits), ())
    best = solve_model(ranking[0].model, counts)
    step = SelectionStep(
        best.fit.model, None, criterion.value, criterion.of(best.fit), best.fit.population
    )
    return Selection(best, tuple(fits), (step,), ranking)


def fit_all_models(models: tuple[HierarchicalModel, ...], counts: FloatArray) -> list[ModelFit]:
    """Fit each model, warm-starting from the main-effects coefficients."""
    if not models:
        return []
    start = solve_model(main_effects_model(models[0].list_count), counts)
    warm = start.start_for(start.fit.model) if start.fit.is_ok else None
    return [solve_model(model, counts, warm).fit for model in models]


def rank_fits(fits: list[ModelFit], criterion: Criterion) -> tuple[ModelFit, ...]:
    """Admissible fits in increasing order of the criterion (stable for ties)."""
    admissible = [fit for fit in fits if fit.is_ok and np.isfinite(criterion.of(fit))]
    return tuple(sorted(admissible, key=criterion.of))


def select_downhill(
    counts: FloatArray,
    list_count: int,
    max_order: int | None = None,
    max_iterations: int = DOWNHILL_MAX_ITERATIONS,
) -> Selection:
    """Greedy downhill BIC search from main effects (for many lists).

    At each step every neighbouring hierarchical model not yet considered (one maximal
    interaction removed, or one boundary term added) is fitted; the search moves to the best
    one while the BIC falls.

    References:
        Silverman, Chan & Vincent (2024), §4 ("downhill search").
    """
    order = highest_allowed_order(list_count, max_order)
    current = solve_model(main_effects_model(list_count), counts)
    considered: list[ModelFit] = [current.fit]
    seen = {current.fit.model}
    path = [SelectionStep(current.fit.model, None, "BIC", current.fit.bic, current.fit.population)]
    for _ in range(max_iterations):
        moved = _downhill_move(counts, current, order, seen, considered)
        if moved is None:
            break
        current = moved
        path.append(
            SelectionStep(current.fit.model, None, "BIC", current.fit.bic, current.fit.population)
        )
    return Selection(current, tuple(considered), tuple(path))


def _downhill_move(
    counts: FloatArray,
    current: ModelSolution,
    max_order: int,
    seen: set[HierarchicalModel],
    considered: list[ModelFit],
) -> ModelSolution | None:
    fresh = [model for model in neighbour_models(current.fit.model, max_order) if model not in seen]
    seen.update(fresh)
    warm = current.start_for(current.fit.model)
    trials = [solve_model(model, counts, warm) for model in fresh]
    considered.extend(trial.fit for trial in trials)
    scores = np.array([trial.fit.bic if trial.fit.is_ok else np.inf for trial in trials])
    if not trials or not scores.min() < current.fit.bic:
        return None
    return trials[int(np.argmin(scores))]


def downhill_population(counts: FloatArray, list_count: int, max_order: int | None) -> float:
    """Population estimate of :func:`select_downhill` (for resampling).

    The same path, but a fit's existence linear programme runs only when that fit is the
    best remaining candidate for the move: with many sparse lists almost every fit has
    near-zero fitted values, and checking all of them dominated the bootstrap's time.
    """
    order = highest_allowed_order(list_count, max_order)
    current = solve_model(main_effects_model(list_count), counts)
    seen = {current.fit.model}
    for _ in range(DOWNHILL_MAX_ITERATIONS):
        moved = _deferred_downhill_move(counts, current, order, seen)
        if moved is None:
            break
        current = moved
    return current.fit.population


def _deferred_downhill_move(
    counts: FloatArray,
    current: ModelSolution,
    max_order: int,
    seen: set[HierarchicalModel],
) -> ModelSolution | None:
    fresh = [model for model in neighbour_models(current.fit.model, max_order) if model not in seen]
    seen.update(fresh)
    warm = current.start_for(current.fit.model)
    trials = [solve_model_deferred(model, counts, warm) for model in fresh]
    scores = [
        trial.fit.bic if trial.fit.is_ok and np.isfinite(trial.fit.bic) else np.inf
        for trial, _ in trials
    ]
    # Best first, ties to the earlier neighbour (as argmin); the first one that beats the
    # current model and passes the existence check is the move select_downhill makes.
    for index in sorted(range(len(trials)), key=lambda j: (scores[j], j)):
        if not scores[index] < current.fit.bic:
            return None
        solution, proven = trials[index]
        if proven:
            return solution
        confirmed = confirm_existence(solution, counts)
        if confirmed.fit.is_ok:
            return confirmed
    return None
