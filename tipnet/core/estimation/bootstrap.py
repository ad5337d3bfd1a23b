"""Multinomial bootstrap that re-runs the whole model selection, with BCa limits.

Resamples are drawn in fixed-size chunks, each from its own child of one
``numpy.random.SeedSequence``; chunks run in parallel processes. Because a chunk's draws
depend only on its own seed, results are bit-for-bit identical whatever the number of
workers.

References:
    Chan, Silverman & Vincent (2021), §3.3 (bootstrap re-running stepwise selection, BCa
    with jackknife acceleration); Silverman, Chan & Vincent (2024) (BIC restricted to the
    top-k models, nested in k).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from tipnet.core.estimation.batch import fit_model_batch
from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.fitting import solve_model
from tipnet.core.estimation.models import HierarchicalModel
from tipnet.core.estimation.search import Criterion, downhill_population
from tipnet.core.estimation.selection import select_home_office, stepwise_population

CHUNK_SIZE = 50
ProgressCallback = Callable[[int, int], None]


class ResampledProcedure(StrEnum):
    """Which selection procedure each resample re-runs."""

    STEPWISE = "stepwise"
    DOWNHILL = "downhill"
    HOME_OFFICE = "homeoffice"
    FIXED = "fixed"
    RANKED = "ranked"


@dataclass(frozen=True)
class ResampleEstimator:
    """A picklable description of the estimator applied to every resample.

    Attributes:
        procedure: the selection procedure.
        list_count: number of lists.
        p_threshold: stepwise or Home Office p-value threshold.
        max_order: highest interaction order searched.
        models: the fixed model, or the top-k models in ranking order (``RANKED``).
        criterion: ranking criterion for ``RANKED``.
    """

    procedure: ResampledProcedure
    list_count: int
    p_threshold: float = 0.02
    max_order: int | None = None
    models: tuple[HierarchicalModel, ...] = ()
    criterion: Criterion = Criterion.BIC

    def evaluate(self, tables: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Populations and criteria, one row per model (one row unless ``RANKED``)."""
        if self.procedure is ResampledProcedure.RANKED:
            fits = [fit_model_batch(model, tables) for model in self.models]
            scores = [fit.bic if self.criterion is Criterion.BIC else fit.aic for fit in fits]
            return np.vstack([fit.population for fit in fits]), np.vstack(scores)
        values = np.array([self._one(row) for row in tables])
        return values[None, :], np.zeros((1, tables.shape[0]))

    def _one(self, counts: FloatArray) -> float:
        if self.procedure is ResampledProcedure.STEPWISE:
            return stepwise_population(
                counts, self.list_count, self.p_threshold, self.max_order or 2
            )
        if self.procedure is ResampledProcedure.DOWNHILL:
            return downhill_population(counts, self.list_count, self.max_order)
        if self.procedure is ResampledProcedure.HOME_OFFICE:
            return select_home_office(
                counts, self.list_count, self.p_threshold
            ).solution.fit.population
        return solve_model(self.models[0], counts).fit.population


@dataclass(frozen=True, eq=False)
class _ChunkJob:
    counts: FloatArray
    seed: np.random.SeedSequence
    size: int
    estimator: ResampleEstimator


def _run_chunk(job: _ChunkJob) -> tuple[FloatArray, FloatArray]:
    rng = np.random.default_rng(job.seed)
    total = int(job.counts.sum())
    tables = rng.multinomial(total, job.counts / total, size=job.size).astype(np.float64)
    return job.estimator.evaluate(tables)


@dataclass(frozen=True, eq=False)
class ResampleRun:
    """Estimates from every resample.

    Attributes:
        populations: one row per model (one row for selection procedures), one column per
            resample.
        criteria: matching criterion values (``RANKED`` only).
        seed_entropy: entropy of the root seed sequence (reproduces the run).
    """

    populations: FloatArray
    criteria: FloatArray
    seed_entropy: int = field(default=0)


def default_workers() -> int:
    """All cores the process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_resamples(
    counts: FloatArray,
    estimator: ResampleEstimator,
    resamples: int,
    seed: int | None,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
) -> ResampleRun:
    """Draw ``resamples`` multinomial tables of the observed size and apply the estimator.

    Args:
        counts: observed counts of the observable cells.
        estimator: what to compute on each resample.
        resamples: number of bootstrap resamples.
        seed: root seed; ``None`` draws fresh entropy (reported back).
        workers: processes to use (default: all cores).
        progress: called with ``(done, total)`` resamples after each chunk.
    """
    root = np.random.SeedSequence(seed)
    sizes = [min(CHUNK_SIZE, resamples - start) for start in range(0, resamples, CHUNK_SIZE)]
    jobs = [
        _ChunkJob(counts, child, size, estimator)
        for child, size in zip(root.spawn(len(sizes)), sizes, strict=True)
    ]
    results = _map_jobs(jobs, workers or default_workers(), progress)
    populations = np.hstack([result[0] for result in results])
    criteria = np.hstack([result[1] for result in results])
    return ResampleRun(populations, criteria, int(root.entropy))  # type: ignore[arg-type]  # entropy is an int when built from a seed


def _map_jobs(
    jobs: list[_ChunkJob], workers: int, progress: ProgressCallback | None
) -> list[tuple[FloatArray, FloatArray]]:
    total = sum(job.size for job in jobs)
    results: list[tuple[FloatArray, FloatArray] | None] = [None] * len(jobs)
    done = 0
    if workers <= 1 or len(jobs) <= 1:
        for index, job in enumerate(jobs):
            results[index] = _run_chunk(job)
            done += job.size
            if progress:
                progress(done, total)
        return [result for result in results if result is not None]
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        futures = {pool.submit(_run_chunk, job): index for index, job in enumerate(jobs)}
        for future in as_completed(futures):
            index = futures[future]
            results[index] = future.result()
            done += jobs[index].size
            if progress:
                progress(done, total)
    return [result for result in results if result is not None]


def jackknife_tables(counts: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Delete-one tables (one person removed from each non-empty history) and their weights."""
    positive = np.flatnonzero(counts > 0)
    tables = np.repeat(counts[None, :], positive.size, axis=0)
    tables[np.arange(positive.size), positive] -= 1
    return tables, counts[positive]


def nested_selection(populations: FloatArray, criteria: FloatArray) -> FloatArray:
    """Row ``i``: each column's estimate from the best-scoring model among the first ``i+1``.

    Rows of the inputs are models in their original-data ranking; NaN scores are skipped
    (as R's ``which.min``), and ties go to the better-ranked model.
    """
    scores = np.where(np.isfinite(criteria), criteria, np.inf)
    chosen = np.full(populations.shape, np.nan)
    best_score = np.full(populations.shape[1], np.inf)
    best_value = np.full(populations.shape[1], np.nan)
    for row in range(populations.shape[0]):
        better = scores[row] < best_score
        best_score = np.where(better, scores[row], best_score)
        best_value = np.where(better, populations[row], best_value)
        chosen[row] = best_value
    return chosen
