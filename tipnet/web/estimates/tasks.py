"""The background task that runs the estimation engine and reports progress."""

from __future__ import annotations

import logging
import time

from django_tasks import task

from tipnet.core.errors import TipnetError
from tipnet.core.estimation import estimate_population, histories_from_counts
from tipnet.web.estimates.models import EstimateRun

logger = logging.getLogger(__name__)

# Progress is written at most this often, so a 1,000-resample bootstrap costs a few updates.
PROGRESS_INTERVAL_SECONDS = 0.5


class _ProgressWriter:
    """Writes bootstrap progress to the run's row, throttled."""

    def __init__(self, run_id: int) -> None:
        self.run_id = run_id
        self.last_written = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last_written < PROGRESS_INTERVAL_SECONDS:
            return
        self.last_written = now
        EstimateRun.objects.filter(pk=self.run_id).update(
            progress_done=min(done, total), progress_total=total
        )


@task()
def run_estimate(run_id: int) -> None:
    """Run one queued estimate; store the result, or the error in words."""
    run = EstimateRun.objects.get(pk=run_id)
    EstimateRun.objects.filter(pk=run_id).update(status=EstimateRun.Status.RUNNING)
    try:
        result = estimate_population(
            histories_from_counts(run.list_names, run.cell_counts),
            method=run.method,
            model=run.model or None,
            max_order=run.max_order,
            resamples=run.resamples,
            seed=run.seed,
            progress=_ProgressWriter(run_id),
        )
    except TipnetError as error:
        _mark_failed(run_id, str(error))
        return
    except Exception:
        # Never leave a run "running" for ever; the worker keeps the traceback.
        _mark_failed(run_id, "The estimate stopped on an unexpected error; see the task log.")
        raise
    EstimateRun.objects.filter(pk=run_id).update(
        status=EstimateRun.Status.DONE,
        result=result.to_dict(),
        summary_text=result.summary(),
        progress_done=run.resamples,
    )


def _mark_failed(run_id: int, message: str) -> None:
    logger.warning("estimate run %s failed", run_id)
    EstimateRun.objects.filter(pk=run_id).update(
        status=EstimateRun.Status.FAILED, error_message=message
    )
