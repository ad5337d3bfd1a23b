"""Tamper-evident hashing of the append-only audit log.

Each audit entry carries ``entry_hash`` = HMAC-SHA256, under a key derived from the
deployment key, of a canonical serialisation of the entry *including the previous
entry's hash*. The entries thus form a keyed hash chain:

* changing any field of a row changes its recomputed hash (``altered``);
* deleting a row leaves a gap in the sequence numbers and breaks the link of the row
  after it (``missing`` / ``broken_link``);
* deleting rows from the end is invisible in the chain itself, so the caller keeps the
  last sequence and hash in a separate head record, updated in the same transaction,
  and passes them to :func:`verify_chain` (``truncated``);
* because the HMAC is keyed, someone who can write to the database but does not hold
  the deployment key cannot rebuild a valid chain after editing it.

References:
    Schneier & Kelsey, "Secure Audit Logs to Support Computer Forensics", ACM TISSEC 2(2),
    1999 (hash-chained, keyed audit logs).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from tipnet.core.errors import AuditIntegrityError, FieldProblem, ValidationError
from tipnet.core.privacy.keys import DeploymentKey, derive_subkey

GENESIS_HASH = "0" * 64
FIRST_SEQUENCE = 1

_AUDIT_PURPOSE = "audit-chain-v1"
_CANONICAL_FORMAT_VERSION = 1


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log, as the chain sees it.

    Attributes:
        sequence: position in the chain, starting at 1, without gaps.
        occurred_at: when the audited action happened (timezone-aware).
        actor_id: the acting user, or ``None`` for the system.
        organisation_id: the organisation whose data was touched, if any.
        action: what was done, for example ``"case.read"``.
        object_type: the kind of object, for example ``"cases.case"``.
        object_ids: identifiers of the objects touched (database ids, never names).
        reason: why, as entered by the user or set by the service.
        previous_hash: ``entry_hash`` of the entry before, :data:`GENESIS_HASH` for the first.
        entry_hash: :func:`compute_entry_hash` of this entry.
    """

    sequence: int
    occurred_at: datetime
    actor_id: int | None
    organisation_id: int | None
    action: str
    object_type: str
    object_ids: tuple[str, ...]
    reason: str
    previous_hash: str
    entry_hash: str


@dataclass(frozen=True)
class ChainProblem:
    """One integrity problem found in the chain.

    Attributes:
        sequence: where the problem is: the altered or misplaced entry, the first missing
            sequence number, or the first sequence number cut from the end.
        kind: ``"altered"``, ``"missing"``, ``"broken_link"`` or ``"truncated"``.
        detail: an English sentence for the operator (contains no audited content).
    """

    sequence: int
    kind: str
    detail: str


@dataclass(frozen=True)
class ChainVerification:
    """The outcome of :func:`verify_chain`.

    Attributes:
        checked_count: how many entries were read.
        problems: every problem found, in chain order; empty when the chain is intact.
    """

    checked_count: int
    problems: tuple[ChainProblem, ...]

    @property
    def is_intact(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def raise_if_broken(self) -> None:
        """Raise :class:`AuditIntegrityError` describing the first problems, if any."""
        if self.problems:
            shown = "; ".join(
                f"{problem.kind} at {problem.sequence}: {problem.detail}"
                for problem in self.problems[:5]
            )
            more = len(self.problems) - 5
            suffix = f" (and {more} more)" if more > 0 else ""
            raise AuditIntegrityError(f"The audit chain does not verify: {shown}{suffix}")


def derive_audit_key(deployment_key: DeploymentKey) -> bytes:
    """Derive the audit-chain HMAC key from the deployment key.

    Args:
        deployment_key: the deployment's key (kept outside the database).

    Returns:
        32 bytes, HKDF-derived with purpose ``"audit-chain-v1"``.
    """
    return derive_subkey(deployment_key.key_bytes, purpose=_AUDIT_PURPOSE)


def compute_entry_hash(
    *,
    key: bytes,
    previous_hash: str,
    sequence: int,
    occurred_at: datetime,
    actor_id: int | None,
    organisation_id: int | None,
    action: str,
    object_type: str,
    object_ids: tuple[str, ...],
    reason: str,
) -> str:
    """Compute the keyed hash of one audit entry.

    The entry is serialised as JSON with sorted keys, no whitespace and ASCII escapes,
    ``occurred_at`` as UTC ISO-8601 with microseconds, so the same entry always gives the
    same bytes whatever the database or time zone returned.

    Args:
        key: from :func:`derive_audit_key`.
        previous_hash: the previous entry's ``entry_hash`` (or :data:`GENESIS_HASH`).
        sequence: the entry's sequence number.
        occurred_at: timezone-aware time of the action.
        actor_id: acting user id or ``None``.
        organisation_id: organisation id or ``None``.
        action: audited action.
        object_type: kind of object.
        object_ids: identifiers of the objects touched, in stored order.
        reason: why the action was taken.

    Returns:
        64 lowercase hex characters (HMAC-SHA256).

    Raises:
        ValidationError: ``occurred_at`` is naive (field ``occurred_at``).
    """
    if occurred_at.tzinfo is None or occurred_at.utcoffset() is None:
        raise ValidationError(
            FieldProblem(
                field="occurred_at",
                message="must be timezone-aware",
                code="naive_datetime",
            )
        )
    canonical = {
        "action": action,
        "actor_id": actor_id,
        "format": _CANONICAL_FORMAT_VERSION,
        "object_ids": list(object_ids),
        "object_type": object_type,
        "occurred_at": occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "organisation_id": organisation_id,
        "previous_hash": previous_hash,
        "reason": reason,
        "sequence": sequence,
    }
    serialised = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, serialised.encode("ascii"), hashlib.sha256).hexdigest()


def _recompute_hash(entry: AuditEntry, *, key: bytes) -> str:
    return compute_entry_hash(
        key=key,
        previous_hash=entry.previous_hash,
        sequence=entry.sequence,
        occurred_at=entry.occurred_at,
        actor_id=entry.actor_id,
        organisation_id=entry.organisation_id,
        action=entry.action,
        object_type=entry.object_type,
        object_ids=entry.object_ids,
        reason=entry.reason,
    )


class _ChainWalker:
    """Checks entries one at a time, keeping only the previous link (O(1) memory)."""

    def __init__(self, *, key: bytes, expected_last_sequence: int | None) -> None:
        self.key = key
        self.expected_last_sequence = expected_last_sequence
        self.next_sequence = FIRST_SEQUENCE
        self.previous_hash = GENESIS_HASH
        self.checked_count = 0
        # Sequence 0 is the genesis: a head record of an empty chain names GENESIS_HASH.
        self.hash_at_expected_last: str | None = (
            GENESIS_HASH if expected_last_sequence == 0 else None
        )
        self.problems: list[ChainProblem] = []

    def check(self, entry: AuditEntry) -> None:
        self.checked_count += 1
        if not hmac.compare_digest(_recompute_hash(entry, key=self.key), entry.entry_hash):
            self._report(entry.sequence, "altered", "the entry does not match its hash")
        if entry.sequence < self.next_sequence:
            self._report_out_of_order(entry)
            return
        self._check_link(entry)
        self.next_sequence = entry.sequence + 1
        self.previous_hash = entry.entry_hash
        if entry.sequence == self.expected_last_sequence:
            self.hash_at_expected_last = entry.entry_hash

    def _report_out_of_order(self, entry: AuditEntry) -> None:
        # Not adopted as the new chain head: the entries after it are then judged
        # against the chain as it was, so one misplaced row gives one problem.
        self._report(
            entry.sequence,
            "broken_link",
            f"the entry appears after sequence {self.next_sequence - 1} (out of order "
            f"or duplicated)",
        )

    def _check_link(self, entry: AuditEntry) -> None:
        if entry.sequence > self.next_sequence:
            last_missing = entry.sequence - 1
            span = (
                f"entry {last_missing} is"
                if last_missing == self.next_sequence
                else f"entries {self.next_sequence} to {last_missing} are"
            )
            self._report(self.next_sequence, "missing", f"{span} missing")
        elif not hmac.compare_digest(entry.previous_hash, self.previous_hash):
            self._report(
                entry.sequence,
                "broken_link",
                "the entry's previous_hash does not match the entry before it",
            )

    def check_head(self, expected_last_hash: str | None) -> None:
        last_sequence = self.next_sequence - 1
        expected = self.expected_last_sequence
        if expected is not None and last_sequence < expected:
            self._report(
                last_sequence + 1,
                "truncated",
                f"the chain ends at {last_sequence} but the head record says {expected}",
            )
            return
        if expected_last_hash is None:
            return
        actual_hash = self.previous_hash if expected is None else self.hash_at_expected_last
        if actual_hash is None or not hmac.compare_digest(actual_hash, expected_last_hash):
            self._report(
                expected if expected is not None else last_sequence,
                "truncated",
                "the chain's last entry is not the one the head record names",
            )

    def _report(self, sequence: int, kind: str, detail: str) -> None:
        self.problems.append(ChainProblem(sequence=sequence, kind=kind, detail=detail))


def verify_chain(
    entries: Iterable[AuditEntry],
    *,
    key: bytes,
    expected_last_sequence: int | None = None,
    expected_last_hash: str | None = None,
) -> ChainVerification:
    """Verify an audit chain, streaming: memory does not grow with the chain's length.

    Args:
        entries: every entry, in ascending ``sequence`` order (an iterator over a
            database cursor is fine; it is read once).
        key: from :func:`derive_audit_key`.
        expected_last_sequence: the last sequence number according to the head record
            kept by the caller; entries after it (appended since the head was read) are
            checked but do not count as a problem.
        expected_last_hash: the ``entry_hash`` the head record stores for that entry
            (for the last entry read, when no sequence is given).

    Returns:
        The number of entries read and every problem found. An empty chain is intact
        unless the head record says otherwise.
    """
    walker = _ChainWalker(key=key, expected_last_sequence=expected_last_sequence)
    for entry in entries:
        walker.check(entry)
    walker.check_head(expected_last_hash)
    return ChainVerification(checked_count=walker.checked_count, problems=tuple(walker.problems))
