"""Writing audit rows. Called by other apps' services inside their own transaction."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from tipnet.core.privacy.audit_chain import GENESIS_HASH, compute_entry_hash
from tipnet.web.audit.keys import audit_key
from tipnet.web.audit.models import AuditEvent, AuditHead


def audit_record(
    *,
    actor_id: int | None,
    organisation_id: int | None,
    action: str,
    object_type: str,
    object_ids: Iterable[object] = (),
    reason: str = "",
) -> AuditEvent:
    """Append one row to the audit chain.

    Must run inside the caller's transaction so the audit row commits or rolls back with the
    change it describes. The head row is locked, which serialises appends: the chain has
    exactly one successor per row.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must be called inside the audited transaction")
    head = _locked_head()
    sequence = head.last_sequence + 1
    occurred_at = timezone.now()
    ids = tuple(str(object_id) for object_id in object_ids)
    entry_hash = compute_entry_hash(
        key=audit_key(),
        previous_hash=head.last_hash,
        sequence=sequence,
        occurred_at=occurred_at,
        actor_id=actor_id,
        organisation_id=organisation_id,
        action=action,
        object_type=object_type,
        object_ids=ids,
        reason=reason,
    )
    event = AuditEvent.objects.create(
        sequence=sequence,
        occurred_at=occurred_at,
        actor_id=actor_id,
        organisation_id=organisation_id,
        action=action,
        object_type=object_type,
        object_ids=list(ids),
        reason=reason,
        previous_hash=head.last_hash,
        entry_hash=entry_hash,
    )
    AuditHead.objects.filter(pk=head.pk).update(last_sequence=sequence, last_hash=entry_hash)
    return event


def _locked_head() -> AuditHead:
    head = AuditHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        head, _ = AuditHead.objects.get_or_create(
            pk=1, defaults={"last_sequence": 0, "last_hash": GENESIS_HASH}
        )
        head = AuditHead.objects.select_for_update().get(pk=1)
    return head
