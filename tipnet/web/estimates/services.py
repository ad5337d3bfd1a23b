"""Starting, running and keeping population-estimate runs."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from tipnet.core.errors import NotFoundError
from tipnet.core.estimation import CaptureHistories
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.audit.services import audit_record
from tipnet.web.estimates.models import EstimateRun
from tipnet.web.estimates.tasks import run_estimate


@dataclass(frozen=True)
class EstimateSettings:
    """What the coordinator asked for."""

    method: str = "auto"
    model: str = ""
    max_order: int | None = None
    resamples: int = 1000
    seed: int | None = None


@transaction.atomic(durable=True)
def estimate_run_create(
    *,
    viewer: Viewer,
    title: str,
    source: str,
    histories: CaptureHistories,
    settings: EstimateSettings,
) -> EstimateRun:
    """Record a run and queue it for the task worker (after the transaction commits)."""
    viewer.require(Action.RUN_ESTIMATES)
    run = EstimateRun.objects.create(
        title=title,
        created_by_id=viewer.user_id,
        source=source,
        list_names=list(histories.list_names),
        cell_counts=list(histories.count_vector().tolist()),
        method=settings.method,
        model=settings.model,
        max_order=settings.max_order,
        resamples=settings.resamples,
        seed=settings.seed,
        progress_total=settings.resamples,
    )
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action="estimate_run_create",
        object_type="estimate",
        object_ids=[run.pk],
    )
    transaction.on_commit(lambda: _enqueue(run.pk))
    return run


def _enqueue(run_id: int) -> None:
    run_estimate.enqueue(run_id)


@transaction.atomic(durable=True)
def estimate_run_keep(*, viewer: Viewer, run_id: int, is_kept: bool) -> EstimateRun:
    """Mark a finished run as kept (or no longer kept) for the network report."""
    viewer.require(Action.RUN_ESTIMATES)
    run = EstimateRun.objects.select_for_update().filter(pk=run_id).first()
    if run is None:
        raise NotFoundError("no such estimate")
    run.is_kept_for_report = is_kept
    run.save(update_fields=["is_kept_for_report"])
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action="estimate_run_keep",
        object_type="estimate",
        object_ids=[run.pk],
        reason=f"kept={is_kept}",
    )
    return run
