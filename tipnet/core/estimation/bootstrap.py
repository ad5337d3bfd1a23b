"""Multinomial bootstrap that re-runs the whole model selection, with BCa limits.

Resamples are drawn in fixed-size chunks, each from its own child of one
``numpy.random.SeedSequence``; chunks run in parallel processes. Because a chunk's draws
depend only on its own seed, results are bit-for-bit identical whatever the number of
workers. With ``Resampling.R_COMPATIBLE`` every table is instead drawn up front, in the main
process, from R's own random stream in R's order, so that a bootstrap run in R with
``set.seed(seed)`` (SparseMSE, MultipleSystemsEstimation) is reproduced table for table.

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

from tipnet.core.estimation.cells import FloatArray, IntArray, cell_masks
from tipnet.core.estimation.fitting import solve_model
from tipnet.core.estimation.models import HierarchicalModel
from tipnet.core.estimation.r_stream import RStream
from tipnet.core.estimation.ranked import rank_on_tables
from tipnet.core.estimation.search import Criterion, downhill_population
from tipnet.core.estimation.selection import select_home_office, stepwise_population

CHUNK_SIZE = 50
ProgressCallback = Callable[[int, int], None]


class Resampling(StrEnum):
    """Which random stream draws the multinomial resamples.

    ``NUMPY``: numpy's generator, chunked and parallel (the default). ``R_COMPATIBLE``: R's
    Mersenne-Twister and ``rmultinom`` after ``set.seed(seed)``, over the histories in the
    order the reference R packages keep them, so R's published bootstrap runs are redrawn
    exactly.
    """

    NUMPY = "numpy"
    R_COMPATIBLE = "r-compatible"


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
        """Populations and criteria, one row per model (one row unless ``RANKED``).

        For ``RANKED``, an entry is NaN unless the model is admissible and beats every
        earlier model on that table (see :mod:`~tipnet.core.estimation.ranked`).
        """
        if self.procedure is ResampledProcedure.RANKED:
            observed = tables.sum(axis=1)
            bic = self.criterion is Criterion.BIC
            penalty = np.log(observed) if bic else np.full(observed.shape, 2.0)
            return rank_on_tables(self.models, tables, penalty)
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
    tables: FloatArray | None = None  # drawn up front (R-compatible); else from ``seed``


def _run_chunk(job: _ChunkJob) -> tuple[FloatArray, FloatArray]:
    tables = job.tables
    if tables is None:
        rng = np.random.default_rng(job.seed)
        total = int(job.counts.sum())
        tables = rng.multinomial(total, job.counts / total, size=job.size).astype(np.float64)
    return job.estimator.evaluate(tables)


def r_history_order(list_count: int) -> IntArray:
    """Cell indices in the row order of SparseMSE's ``tidylists`` (and the packages' data).

    Histories come by number of lists, then with list 1 as the most significant digit,
    ones first: for three lists A, B, C, AB, AC, BC, ABC. R's bootstraps draw ``rmultinom``
    over the rows in this order (BIC and downhill always; stepwise over the rows of the data
    as given, which for the packages' data sets is this order).
    """
    masks = cell_masks(list_count).tolist()

    def row_key(mask: int) -> tuple[int, tuple[int, ...]]:
        return mask.bit_count(), tuple(1 - (mask >> index & 1) for index in range(list_count))

    ordered = sorted(masks, key=row_key)
    return np.array([mask - 1 for mask in ordered], dtype=np.int64)


def draw_r_compatible_tables(counts: FloatArray, resamples: int, seed: int) -> FloatArray:
    """R's ``set.seed(seed); rmultinom(resamples, sum(counts), counts)``, in cell order.

    One row per resample, in R's order; histories with a zero count get zero and consume no
    random numbers, exactly as in R.
    """
    list_count = int(np.log2(counts.size + 1))
    order = r_history_order(list_count)
    stream = RStream(seed)
    total = int(counts.sum())
    tables = np.zeros((resamples, counts.size))
    for row in range(resamples):
        tables[row, order] = stream.rmultinom(total, counts[order])
    return tables


def _fresh_r_seed() -> int:
    """A random seed in R's integer range, reported back so that the run can be repeated."""
    entropy = np.random.SeedSequence().generate_state(1)[0]
    return int(entropy) % (2**31 - 1)


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
    resampling: Resampling = Resampling.NUMPY,
) -> ResampleRun:
    """Draw ``resamples`` multinomial tables of the observed size and apply the estimator.

    Args:
        counts: observed counts of the observable cells.
        estimator: what to compute on each resample.
        resamples: number of bootstrap resamples.
        seed: root seed (R-compatible: R's ``set.seed`` value); ``None`` draws fresh
            entropy (reported back as ``seed_entropy``).
        workers: processes to use (default: all cores).
        progress: called with ``(done, total)`` resamples after each chunk.
        resampling: numpy's chunked streams, or R's stream drawn up front.
    """
    root = np.random.SeedSequence(seed if resampling is Resampling.NUMPY else 0)
    starts = list(range(0, resamples, CHUNK_SIZE))
    sizes = [min(CHUNK_SIZE, resamples - start) for start in starts]
    chunk_tables: list[FloatArray | None] = [None] * len(sizes)
    entropy = int(root.entropy)  # type: ignore[arg-type]  # entropy is an int when built from a seed
    if resampling is Resampling.R_COMPATIBLE:
        entropy = seed if seed is not None else _fresh_r_seed()
        tables = draw_r_compatible_tables(counts, resamples, entropy)
        chunk_tables = [
            tables[start : start + size] for start, size in zip(starts, sizes, strict=True)
        ]
    jobs = [
        _ChunkJob(counts, child, size, estimator, drawn)
        for child, size, drawn in zip(root.spawn(len(sizes)), sizes, chunk_tables, strict=True)
    ]
    results = _map_jobs(jobs, workers or default_workers(), progress)
    populations = np.hstack([result[0] for result in results])
    criteria = np.hstack([result[1] for result in results])
    return ResampleRun(populations, criteria, entropy)


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
