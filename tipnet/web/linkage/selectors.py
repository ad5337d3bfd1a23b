"""Reads of linkage rounds: results for the network, cluster ids for each organisation's own."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from tipnet.core.errors import NotFoundError
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.linkage.models import LinkagePseudonym, LinkageRound, LinkageSubmission


def linkage_round_list(*, viewer: Viewer) -> QuerySet[LinkageRound]:
    """Every round, newest first (rounds hold network aggregates only)."""
    viewer.require(Action.VIEW_AGGREGATES)
    return LinkageRound.objects.order_by("-opened_at")


def linkage_round_get(*, viewer: Viewer, round_id: int) -> LinkageRound:
    """One round."""
    viewer.require(Action.VIEW_AGGREGATES)
    linkage_round = LinkageRound.objects.filter(pk=round_id).first()
    if linkage_round is None:
        raise NotFoundError("no such round")
    return linkage_round


def submitted_organisations(*, round_id: int) -> list[tuple[str, int]]:
    """(organisation name, record count) of each extract received."""
    return list(
        LinkageSubmission.objects.filter(round_id=round_id)
        .order_by("organisation__name")
        .values_list("organisation__name", "record_count")
    )


@dataclass(frozen=True)
class OwnAssignment:
    """One of the viewer's cases and the cluster it was put in."""

    case_id: int | None
    case_reference: str
    cluster_id: int | None
    match_probability: float | None


def own_assignments(*, viewer: Viewer, round_id: int) -> list[OwnAssignment]:
    """Cluster ids of the viewer's organisation's records only."""
    viewer.require(Action.SUBMIT_LINKAGE)
    rows = (
        LinkagePseudonym.objects.filter(
            submission__round_id=round_id, submission__organisation_id=viewer.organisation_id
        )
        .select_related("case")
        .order_by("cluster_id", "pk")
    )
    return [
        OwnAssignment(
            case_id=row.case_id,
            case_reference=row.case.reference if row.case else "",
            cluster_id=row.cluster_id,
            match_probability=row.match_probability,
        )
        for row in rows
    ]
