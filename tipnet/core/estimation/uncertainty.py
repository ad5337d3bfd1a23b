"""Intervals that include model-selection uncertainty: bootstrap plus jackknife BCa."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipnet.core.estimation.bootstrap import (
    ProgressCallback,
    ResampledProcedure,
    ResampleEstimator,
    ResampleRun,
    Resampling,
    jackknife_tables,
    nested_selection,
    run_resamples,
)
from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.fitting import ModelFit
from tipnet.core.estimation.intervals import Interval, bca_intervals, jackknife_acceleration
from tipnet.core.estimation.results import BootstrapSummary, NestedInterval
from tipnet.core.estimation.search import Criterion


@dataclass(frozen=True)
class ResamplingRequest:
    """How to resample.

    Attributes:
        resamples: number of multinomial resamples (0 for none).
        seed: root seed for bit-for-bit reproducible results.
        workers: processes (default all cores).
        levels: interval coverages, e.g. ``(0.95, 0.80)``.
        resampling: numpy's streams, or R's (to redraw R's published resamples exactly).
    """

    resamples: int
    seed: int | None
    workers: int | None
    levels: tuple[float, ...]
    resampling: Resampling = Resampling.NUMPY


@dataclass(frozen=True)
class BootstrapOutcome:
    """BCa intervals with the bootstrap details and, for ranked models, nested rows."""

    intervals: tuple[Interval, ...]
    summary: BootstrapSummary
    nested: tuple[NestedInterval, ...] = ()


def _expand_jackknife(values: FloatArray, counts: FloatArray) -> FloatArray:
    full = np.zeros(counts.shape)
    full[counts > 0] = values
    return full


def bootstrap_selection(
    counts: FloatArray,
    estimator: ResampleEstimator,
    estimate: float,
    request: ResamplingRequest,
    progress: ProgressCallback | None = None,
) -> BootstrapOutcome:
    """Re-run a selection procedure on every resample; BCa limits with jackknife acceleration.

    References:
        Chan, Silverman & Vincent (2021), §3.3; Efron, B. (1987). Better bootstrap
        confidence intervals. JASA 82, 171-185.
    """
    run = _run_requested_resamples(counts, estimator, request, progress)
    tables, _ = jackknife_tables(counts)
    jackknife, _ = estimator.evaluate(tables)
    acceleration = jackknife_acceleration(_expand_jackknife(jackknife[0], counts), counts)
    replicates = run.populations[0]
    summary = BootstrapSummary(
        resamples=request.resamples,
        seed=request.seed,
        seed_entropy=run.seed_entropy,
        acceleration=acceleration,
        failed_resamples=int(np.sum(~np.isfinite(replicates))),
        replicates=tuple(float(value) for value in replicates),
    )
    return BootstrapOutcome(
        bca_intervals(replicates, estimate, acceleration, request.levels), summary
    )


def bootstrap_ranked_models(
    counts: FloatArray,
    ranking: tuple[ModelFit, ...],
    criterion: Criterion,
    request: ResamplingRequest,
    progress: ProgressCallback | None = None,
) -> BootstrapOutcome:
    """Bootstrap BIC (or AIC) selection restricted to the best ``len(ranking)`` models.

    Every resample refits each retained model and takes the best by the criterion; rows
    for every ``k`` (selection among the first ``k`` models only) come from the same
    resamples, so they are nested.

    References:
        Silverman, B. W., Chan, L. & Vincent, K. (2024). Bootstrapping multiple systems
        estimates to account for model selection. Statistics and Computing 34, 44.
    """
    models = tuple(fit.model for fit in ranking)
    estimator = ResampleEstimator(
        ResampledProcedure.RANKED, models[0].list_count, models=models, criterion=criterion
    )
    run = _run_requested_resamples(counts, estimator, request, progress)
    boot = nested_selection(run.populations, run.criteria)
    tables, _ = jackknife_tables(counts)
    jack_populations, jack_scores = estimator.evaluate(tables)
    jack = nested_selection(jack_populations, jack_scores)
    estimate = ranking[0].population
    nested = tuple(
        NestedInterval(
            top_k=row + 1,
            intervals=bca_intervals(
                boot[row],
                estimate,
                jackknife_acceleration(_expand_jackknife(jack[row], counts), counts),
                request.levels,
            ),
        )
        for row in range(len(models))
    )
    replicates = boot[-1]
    summary = BootstrapSummary(
        resamples=request.resamples,
        seed=request.seed,
        seed_entropy=run.seed_entropy,
        acceleration=jackknife_acceleration(_expand_jackknife(jack[-1], counts), counts),
        failed_resamples=int(np.sum(~np.isfinite(replicates))),
        replicates=tuple(float(value) for value in replicates),
    )
    return BootstrapOutcome(nested[-1].intervals, summary, nested)


def default_top_models(list_count: int) -> int | None:
    """MultipleSystemsEstimation's defaults: all for <= 3 lists, 20 for 4, 100 beyond."""
    if list_count <= 3:
        return None
    return 20 if list_count == 4 else 100


def is_unstable_across_top_k(nested: tuple[NestedInterval, ...], tolerance: float = 0.10) -> bool:
    """Whether the widest-k interval moves by more than ``tolerance`` from the half-k one."""
    if len(nested) < 4:
        return False
    last = nested[-1].intervals[0]
    middle = nested[len(nested) // 2 - 1].intervals[0]
    pairs = ((last.lower, middle.lower), (last.upper, middle.upper))
    return any(
        np.isfinite(a) and np.isfinite(b) and abs(a - b) > tolerance * abs(a) for a, b in pairs
    )


def _run_requested_resamples(
    counts: FloatArray,
    estimator: ResampleEstimator,
    request: ResamplingRequest,
    progress: ProgressCallback | None,
) -> ResampleRun:
    return run_resamples(
        counts,
        estimator,
        request.resamples,
        request.seed,
        request.workers,
        progress,
        request.resampling,
    )
