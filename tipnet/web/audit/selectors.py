"""Reading and verifying the audit chain."""

from __future__ import annotations

from collections.abc import Iterator

from tipnet.core.privacy.audit_chain import AuditEntry, ChainVerification, verify_chain
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.audit.keys import audit_key
from tipnet.web.audit.models import AuditEvent, AuditHead

_BATCH_SIZE = 5000


def audit_entries() -> Iterator[AuditEntry]:
    """Stream every audit row in sequence order, in batches, without loading them all."""
    last_sequence = 0
    while True:
        batch = list(
            AuditEvent.objects.filter(sequence__gt=last_sequence).order_by("sequence")[:_BATCH_SIZE]
        )
        if not batch:
            return
        for event in batch:
            yield event.to_entry()
        last_sequence = batch[-1].sequence


def audit_verify() -> ChainVerification:
    """Check the whole chain against its keyed hashes and the head row."""
    head = AuditHead.objects.filter(pk=1).first()
    return verify_chain(
        audit_entries(),
        key=audit_key(),
        expected_last_sequence=head.last_sequence if head else 0,
        expected_last_hash=head.last_hash if head else None,
    )


def audit_events_for_organisation(*, viewer: Viewer, limit: int = 200) -> list[AuditEvent]:
    """The latest audit rows of the viewer's organisation (supervisors and administrators)."""
    viewer.require(Action.VIEW_AUDIT)
    return list(
        AuditEvent.objects.filter(organisation_id=viewer.organisation_id).order_by("-sequence")[
            :limit
        ]
    )
