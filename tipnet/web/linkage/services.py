"""Opening a round, submitting an organisation's extract, running and estimating a round.

The network linkage secret is read from the submitting supervisor's upload, used in memory
to encode, and dropped: it is never stored, logged, or given to the linkage task.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext

from tipnet.core.errors import FieldProblem, LinkageError, NotFoundError, ValidationError
from tipnet.core.estimation import histories_from_counts
from tipnet.core.linkage import (
    LinkageIdentifiers,
    LinkageLayout,
    encode_identifier_batch,
    key_check_value,
    layout_for_version,
    write_extract,
)
from tipnet.core.linkage.persons import identifiers_from_person
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.audit.services import audit_record
from tipnet.web.cases.selectors import cases_for_linkage
from tipnet.web.estimates.models import EstimateRun
from tipnet.web.estimates.services import EstimateSettings, estimate_run_create
from tipnet.web.linkage.models import LinkagePseudonym, LinkageRound, LinkageSubmission
from tipnet.web.linkage.tasks import run_linkage_round

MINIMUM_SECRET_BYTES = 32


def _audit(viewer: Viewer, action: str, round_id: int, reason: str = "") -> None:
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action=action,
        object_type="linkage_round",
        object_ids=[round_id],
        reason=reason,
    )


@transaction.atomic(durable=True)
def linkage_round_open(*, viewer: Viewer, title: str, threshold: float = 0.5) -> LinkageRound:
    """Open a round that organisations can submit extracts to."""
    viewer.require(Action.RUN_LINKAGE)
    if not 0.0 < threshold <= 1.0:
        raise ValidationError(FieldProblem(field="threshold", message="must be in (0, 1]"))
    linkage_round = LinkageRound.objects.create(
        title=title, opened_by_id=viewer.user_id, threshold=threshold
    )
    _audit(viewer, "linkage_round_open", linkage_round.pk)
    return linkage_round


def _extract_bytes(
    identifiers: list[LinkageIdentifiers], secret: bytes, label: str, layout: LinkageLayout
) -> bytes:
    encoded = encode_identifier_batch(identifiers, secret=secret, layout=layout)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "extract.enc"
        write_extract(
            path,
            encoded,
            source_label=label,
            layout=layout,
            key_check=key_check_value(secret, version=layout.version),
        )
        return path.read_bytes()


def round_layout(linkage_round: LinkageRound) -> LinkageLayout:
    """The layout every extract of this round is encoded with.

    Raises:
        ValidationError: this installation cannot encode the round's layout version (a
            round kept from an installation with other layouts); its extracts would not be
            comparable with the ones already submitted.
    """
    try:
        return layout_for_version(linkage_round.layout_version)
    except LinkageError as error:
        message = gettext(
            "This round expects extracts in linkage layout version %(version)d, which this "
            "installation cannot make. Open a new round for your network."
        ) % {"version": linkage_round.layout_version}
        raise ValidationError(
            FieldProblem(field="round", message=message, code="layout_version")
        ) from error


@transaction.atomic(durable=True)
def linkage_submission_create(
    *, viewer: Viewer, round_id: int, secret: bytes, source_label: str
) -> LinkageSubmission:
    """Encode the organisation's consented cases with the network secret and submit them."""
    viewer.require(Action.SUBMIT_LINKAGE)
    if len(secret) < MINIMUM_SECRET_BYTES:
        raise ValidationError(
            FieldProblem(field="secret_file", message="the secret must be at least 32 bytes")
        )
    linkage_round = LinkageRound.objects.select_for_update().filter(pk=round_id).first()
    if linkage_round is None:
        raise NotFoundError("no such round")
    if linkage_round.status != LinkageRound.Status.OPEN:
        raise ValidationError(FieldProblem(field="round", message="this round is closed"))
    layout = round_layout(linkage_round)
    cases = cases_for_linkage(viewer=viewer, reason=f"linkage round {round_id}")
    pseudonyms = [secrets.token_hex(16) for _case in cases]
    identifiers = [
        identifiers_from_person(pseudonym, case.person, place_of_origin=case.place_of_origin)
        for case, pseudonym in zip(cases, pseudonyms, strict=True)
    ]
    LinkageSubmission.objects.filter(
        round=linkage_round, organisation_id=viewer.organisation_id
    ).delete()
    submission = LinkageSubmission.objects.create(
        round=linkage_round,
        organisation_id=viewer.organisation_id,
        submitted_by_id=viewer.user_id,
        record_count=len(cases),
        extract=_extract_bytes(identifiers, secret, source_label, layout),
        key_check=key_check_value(secret, version=layout.version),
    )
    LinkagePseudonym.objects.bulk_create(
        LinkagePseudonym(submission=submission, pseudonym=pseudonym, case_id=case.case_id)
        for case, pseudonym in zip(cases, pseudonyms, strict=True)
    )
    _audit(viewer, "linkage_submission_create", round_id, reason=f"{len(cases)} records")
    return submission


@transaction.atomic(durable=True)
def linkage_round_run(*, viewer: Viewer, round_id: int) -> LinkageRound:
    """Close the round to new extracts and queue the linkage task."""
    viewer.require(Action.RUN_LINKAGE)
    linkage_round = LinkageRound.objects.select_for_update().filter(pk=round_id).first()
    if linkage_round is None:
        raise NotFoundError("no such round")
    if linkage_round.submissions.count() < 2:
        raise ValidationError(
            FieldProblem(field="round", message="at least two organisations must submit")
        )
    linkage_round.status = LinkageRound.Status.RUNNING
    linkage_round.save(update_fields=["status"])
    _audit(viewer, "linkage_round_run", round_id)
    transaction.on_commit(lambda: run_linkage_round.enqueue(round_id))
    return linkage_round


def linkage_round_estimate(*, viewer: Viewer, round_id: int) -> EstimateRun:
    """Start a population estimate on a finished round's capture-history table."""
    linkage_round = LinkageRound.objects.filter(
        pk=round_id, status=LinkageRound.Status.DONE
    ).first()
    if linkage_round is None:
        raise NotFoundError("no finished round")
    return estimate_run_create(
        viewer=viewer,
        title=linkage_round.title,
        source=f"linkage round {round_id}",
        histories=histories_from_counts(linkage_round.list_names, linkage_round.cell_counts),
        settings=EstimateSettings(),
    )
