"""Audit rows and the chain head.

Rows are never updated or deleted (a PostgreSQL trigger refuses it); even so, each row
carries a keyed hash over its content and its predecessor's hash, and the head row keeps
the last sequence and hash, so ``verify_audit`` detects altered, deleted or truncated rows.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models

from tipnet.core.privacy.audit_chain import AuditEntry


class AuditEvent(models.Model):
    """One audited action on case data: who, what, when, why."""

    sequence = models.BigIntegerField(unique=True)
    occurred_at = models.DateTimeField()
    actor_id = models.BigIntegerField(null=True)
    organisation_id = models.BigIntegerField(null=True)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64)
    object_ids = models.JSONField(default=list)
    reason = models.CharField(max_length=200, blank=True)
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)

    class Meta:
        ordering: ClassVar[list[str]] = ["sequence"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["organisation_id", "occurred_at"], name="audit_org_time"),
        ]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.object_type}"

    def to_entry(self) -> AuditEntry:
        """Map this row to the core's chain entry."""
        return AuditEntry(
            sequence=self.sequence,
            occurred_at=self.occurred_at,
            actor_id=self.actor_id,
            organisation_id=self.organisation_id,
            action=self.action,
            object_type=self.object_type,
            object_ids=tuple(str(object_id) for object_id in self.object_ids),
            reason=self.reason,
            previous_hash=self.previous_hash,
            entry_hash=self.entry_hash,
        )


class AuditHead(models.Model):
    """The single row holding the chain's last sequence and hash (locked on append)."""

    last_sequence = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"audit head at #{self.last_sequence}"
