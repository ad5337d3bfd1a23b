"""``estimate_population``: one entry point for every frequentist method."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation import diagnostics
from tipnet.core.estimation.bayesian import estimate_bayesian
from tipnet.core.estimation.bootstrap import (
    ProgressCallback,
    ResampledProcedure,
    ResampleEstimator,
    Resampling,
)
from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.histories import CaptureHistories
from tipnet.core.estimation.intervals import Interval, profile_likelihood, wald_interval
from tipnet.core.estimation.latent_class import estimate_latent_class
from tipnet.core.estimation.lists import DroppedList, drop_noninformative_lists
from tipnet.core.estimation.models import HierarchicalModel, parse_model
from tipnet.core.estimation.results import PopulationEstimate, TopModel
from tipnet.core.estimation.search import Criterion, rank_fits, select_downhill, select_exhaustive
from tipnet.core.estimation.selection import (
    HOME_OFFICE_P_THRESHOLD,
    STEPWISE_P_THRESHOLD,
    Selection,
    fixed_selection,
    select_home_office,
    select_stepwise,
)
from tipnet.core.estimation.uncertainty import (
    BootstrapOutcome,
    ResamplingRequest,
    bootstrap_ranked_models,
    bootstrap_selection,
    default_top_models,
    is_unstable_across_top_k,
)

SHOWN_TOP_MODELS = 10
EXHAUSTIVE_LIST_LIMIT = 6


_Choice = TypeVar("_Choice", bound=StrEnum)


class EstimationMethod(StrEnum):
    """Model-selection methods."""

    AUTO = "auto"
    STEPWISE = "stepwise"
    BIC = "bic"
    AIC = "aic"
    HOME_OFFICE = "homeoffice"
    FIXED = "fixed"
    DOWNHILL = "downhill"
    BAYES_THRESHOLD = "bayesthresh"
    MADIGAN_YORK = "madigan-york"
    LATENT_CLASS = "lcmcr"


@dataclass(frozen=True)
class _Plan:
    method: EstimationMethod
    histories: CaptureHistories
    counts: FloatArray
    model: HierarchicalModel | None
    max_order: int | None
    p_threshold: float
    request: ResamplingRequest
    top_models: int | None
    notes: tuple[str, ...]


def resolve_method(method: EstimationMethod, list_count: int) -> tuple[EstimationMethod, list[str]]:
    """Turn ``auto`` (and BIC with 7 or more lists) into the method actually run."""
    if method is EstimationMethod.AUTO:
        return (EstimationMethod.BIC if list_count <= 5 else EstimationMethod.STEPWISE), []
    if (
        method in {EstimationMethod.BIC, EstimationMethod.AIC}
        and list_count > EXHAUSTIVE_LIST_LIMIT
    ):
        note = f"{list_count} lists are too many for an exhaustive search: greedy downhill BIC used"
        return EstimationMethod.DOWNHILL, [note]
    return method, []


def estimate_population(
    histories: CaptureHistories,
    *,
    method: EstimationMethod | str = EstimationMethod.AUTO,
    model: str | None = None,
    max_order: int | None = None,
    p_threshold: float | None = None,
    resamples: int = 0,
    seed: int | None = None,
    levels: tuple[float, ...] = (0.95, 0.80),
    top_models: int | None = None,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    resampling: Resampling | str = Resampling.NUMPY,
) -> PopulationEstimate:
    """Estimate the total population (observed plus dark figure) from overlapping lists.

    Args:
        histories: the capture-history table.
        method: ``auto`` (BIC for 2-5 lists, stepwise for 6 or more), ``stepwise``, ``bic``,
            ``aic``, ``homeoffice``, ``fixed``, ``downhill``, ``bayesthresh``,
            ``madigan-york`` or ``lcmcr`` (latent classes, Manrique-Vallier 2016).
        model: the model for ``fixed``, e.g. ``"[12,23]"``.
        max_order: highest interaction order searched.
        p_threshold: stepwise (default 0.02) or Home Office (default 0.05) threshold.
        resamples: bootstrap resamples re-running the whole selection (0: none).
        seed: seed for bit-for-bit reproducible resampling or MCMC.
        levels: interval coverages; the first is the primary interval.
        top_models: for BIC/AIC bootstraps, re-select among this many best models.
        workers: processes for resampling (default all cores).
        progress: called with ``(done, total)`` resamples (``lcmcr``: Gibbs iterations).
        resampling: ``numpy`` (default) or ``r-compatible``: draw the resamples from R's
            random stream after ``set.seed(seed)``, in the reference packages' order, so
            that their published bootstrap limits are reproduced exactly.

    Returns:
        The estimate with intervals, every fitted model, the selection path, the best models
        side by side, warnings and assumptions.

    Raises:
        EstimationInputError: unknown method or resampling, a missing or malformed fixed
            model, an R-compatible seed outside R's integer range, or fewer than two
            informative lists.

    Assumptions:
        Closed population; homogeneous capture except as modelled; list dependence only as
        modelled; no linkage errors.

    References:
        Chan, Silverman & Vincent (2021) JASA 116:1297; Silverman, Chan & Vincent (2024)
        Stat. Comput. 34:44; Silverman (2020) JRSS-A 183:691; Bales, Hesketh & Silverman
        (2015) Significance 12(3); Manrique-Vallier (2016) Biometrics 72:1246.
    """
    cleaned, dropped = drop_noninformative_lists(histories)
    chosen = _as_method(method)
    if chosen in {EstimationMethod.BAYES_THRESHOLD, EstimationMethod.MADIGAN_YORK}:
        return estimate_bayesian(cleaned, chosen.value, levels=levels, seed=seed, dropped=dropped)
    if chosen is EstimationMethod.LATENT_CLASS:
        return estimate_latent_class(
            cleaned, levels=levels, seed=seed, dropped=dropped, progress=progress
        )
    resolved, notes = resolve_method(chosen, cleaned.list_count)
    plan = _Plan(
        method=resolved,
        histories=cleaned,
        counts=cleaned.count_vector(),
        model=_fixed_model(resolved, model, cleaned),
        max_order=max_order,
        p_threshold=p_threshold if p_threshold is not None else _default_threshold(resolved),
        request=ResamplingRequest(
            resamples, seed, workers, levels, _as_resampling(resampling, seed)
        ),
        top_models=top_models,
        notes=tuple(notes),
    )
    return _estimate(plan, dropped, progress)


def _as_method(method: EstimationMethod | str) -> EstimationMethod:
    return _as_choice(EstimationMethod, method, "method")


def _as_choice(kind: type[_Choice], value: _Choice | str, field: str) -> _Choice:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(item.value for item in kind)
        raise EstimationInputError(
            FieldProblem(
                field=field,
                message=f"unknown {field} {value!r}; use one of {choices}",
                code=f"bad_{field}",
            )
        ) from None


def _as_resampling(resampling: Resampling | str, seed: int | None) -> Resampling:
    chosen = _as_choice(Resampling, resampling, "resampling")
    r_integer_limit = 2**31 - 1
    if chosen is Resampling.R_COMPATIBLE and seed is not None and abs(seed) > r_integer_limit:
        raise EstimationInputError(
            FieldProblem(
                field="seed",
                message="R-compatible resampling needs a seed R accepts (|seed| < 2^31)",
                code="bad_seed",
            )
        )
    return chosen


def _default_threshold(method: EstimationMethod) -> float:
    return (
        HOME_OFFICE_P_THRESHOLD if method is EstimationMethod.HOME_OFFICE else STEPWISE_P_THRESHOLD
    )


def _fixed_model(
    method: EstimationMethod, text: str | None, histories: CaptureHistories
) -> HierarchicalModel | None:
    if method is not EstimationMethod.FIXED:
        return None
    if not text:
        raise EstimationInputError(
            FieldProblem(
                field="model",
                message="the fixed method needs a model, e.g. [12,23]",
                code="missing_model",
            )
        )
    return parse_model(text, histories.list_count, histories.list_names)


def _select(plan: _Plan) -> Selection:
    counts, t = plan.counts, plan.histories.list_count
    if plan.method is EstimationMethod.STEPWISE:
        return select_stepwise(counts, t, plan.p_threshold, plan.max_order or 2)
    if plan.method is EstimationMethod.HOME_OFFICE:
        return select_home_office(counts, t, plan.p_threshold)
    if plan.method is EstimationMethod.DOWNHILL:
        return select_downhill(counts, t, plan.max_order)
    if plan.method is EstimationMethod.FIXED and plan.model is not None:
        return fixed_selection(counts, plan.model)
    criterion = Criterion.AIC if plan.method is EstimationMethod.AIC else Criterion.BIC
    return select_exhaustive(counts, t, plan.max_order, criterion)


def _estimate(
    plan: _Plan, dropped: tuple[DroppedList, ...], progress: ProgressCallback | None
) -> PopulationEstimate:
    selection = _select(plan)
    solution = selection.solution
    profile = profile_likelihood(solution, plan.counts, plan.request.levels)
    point = (
        profile.maximiser
        if plan.method is EstimationMethod.HOME_OFFICE
        else solution.fit.population
    )
    intervals: list[Interval] = [wald_interval(solution, level) for level in plan.request.levels]
    intervals += list(profile.intervals)
    outcome = _bootstrap(plan, selection, point, progress) if plan.request.resamples > 0 else None
    if outcome is not None:
        intervals = list(outcome.intervals) + intervals
    primary = _primary_interval(plan, intervals)
    histories = plan.histories
    warnings = _warnings(plan, selection, point, outcome, dropped)
    return PopulationEstimate(
        estimate=point,
        lower=primary.lower,
        upper=primary.upper,
        level=primary.level,
        interval_kind=primary.kind,
        method=plan.method.value,
        model=solution.fit.model.name,
        model_terms=tuple(
            solution.fit.model.term_names(term, histories.list_names)
            for term in solution.fit.model.interactions
        ),
        n_observed=histories.observed_total,
        list_names=histories.list_names,
        intervals=tuple(intervals),
        fitted_models=selection.considered,
        selection_path=selection.path,
        top_models=_top_models(plan, selection),
        nested_intervals=outcome.nested if outcome else (),
        bootstrap=outcome.summary if outcome else None,
        warnings=warnings,
    )


def _primary_interval(plan: _Plan, intervals: list[Interval]) -> Interval:
    preferred = "profile" if plan.method is EstimationMethod.HOME_OFFICE else "wald"
    level = plan.request.levels[0]
    for kind in ("bca", preferred):
        for interval in intervals:
            if interval.kind == kind and interval.level == level:
                return interval
    return intervals[0]


def _bootstrap(
    plan: _Plan, selection: Selection, point: float, progress: ProgressCallback | None
) -> BootstrapOutcome:
    t = plan.histories.list_count
    if plan.method in {EstimationMethod.BIC, EstimationMethod.AIC} and selection.ranking:
        criterion = Criterion.AIC if plan.method is EstimationMethod.AIC else Criterion.BIC
        limit = plan.top_models or default_top_models(t) or len(selection.ranking)
        return bootstrap_ranked_models(
            plan.counts, selection.ranking[:limit], criterion, plan.request, progress
        )
    procedure = {
        EstimationMethod.STEPWISE: ResampledProcedure.STEPWISE,
        EstimationMethod.DOWNHILL: ResampledProcedure.DOWNHILL,
        EstimationMethod.HOME_OFFICE: ResampledProcedure.HOME_OFFICE,
    }.get(plan.method, ResampledProcedure.FIXED)
    estimator = ResampleEstimator(
        procedure, t, plan.p_threshold, plan.max_order, models=(selection.solution.fit.model,)
    )
    return bootstrap_selection(
        plan.counts, estimator, selection.solution.fit.population, plan.request, progress
    )


def _top_models(plan: _Plan, selection: Selection) -> tuple[TopModel, ...]:
    criterion = (
        Criterion.AIC
        if plan.method in {EstimationMethod.AIC, EstimationMethod.HOME_OFFICE}
        else Criterion.BIC
    )
    ranking = selection.ranking or rank_fits(
        list({fit.model: fit for fit in selection.considered}.values()), criterion
    )
    return tuple(
        TopModel(rank, fit.model.name, fit.population, criterion.value, criterion.of(fit))
        for rank, fit in enumerate(ranking[:SHOWN_TOP_MODELS], start=1)
    )


def _warnings(
    plan: _Plan,
    selection: Selection,
    point: float,
    outcome: BootstrapOutcome | None,
    dropped: tuple[DroppedList, ...],
) -> tuple[str, ...]:
    warnings = list(plan.notes)
    warnings += diagnostics.dropped_list_warnings(dropped)
    warnings += diagnostics.overlap_warning(plan.histories)
    warnings += diagnostics.status_warnings(selection.considered)
    warnings += diagnostics.ratio_warning(point, plan.histories.observed_total)
    warnings += diagnostics.bootstrap_warnings(outcome.summary if outcome else None)
    if outcome is not None and is_unstable_across_top_k(outcome.nested):
        warnings.append(
            "BCa limits change by more than 10% between the top-k/2 and top-k models: "
            "the intervals are unstable"
        )
    return tuple(warnings)
