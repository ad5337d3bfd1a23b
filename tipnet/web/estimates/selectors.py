"""Reads of estimate runs: results for anyone allowed aggregates, inputs for coordinators."""

from __future__ import annotations

from django.db.models import QuerySet

from tipnet.core.errors import NotFoundError
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.estimates.models import EstimateRun


def estimate_run_list(*, viewer: Viewer) -> QuerySet[EstimateRun]:
    """Every run of the network, newest first."""
    viewer.require(Action.VIEW_ESTIMATES)
    return EstimateRun.objects.select_related("created_by").order_by("-created_at")


def estimate_run_get(*, viewer: Viewer, run_id: int) -> EstimateRun:
    """One run (its input table is shown only to those who may run estimates)."""
    viewer.require(Action.VIEW_ESTIMATES)
    run = EstimateRun.objects.filter(pk=run_id).first()
    if run is None:
        raise NotFoundError("no such estimate")
    return run
