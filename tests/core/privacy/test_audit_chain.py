"""Keyed hash chain of the audit log."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import hmac
import json
import os
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tipnet.core.errors import AuditIntegrityError, ValidationError
from tipnet.core.privacy import (
    GENESIS_HASH,
    AuditEntry,
    ChainVerification,
    DeploymentKey,
    compute_entry_hash,
    derive_audit_key,
    derive_subkey,
    verify_chain,
)

START_AT = datetime(2025, 3, 1, 9, 30, 0, 123456, tzinfo=UTC)


@pytest.fixture(scope="module")
def key() -> bytes:
    return derive_audit_key(DeploymentKey(key_bytes=os.urandom(32)))


def _entry(
    *, key: bytes, sequence: int, previous_hash: str, reason: str = "case review"
) -> AuditEntry:
    unsigned = AuditEntry(
        sequence=sequence,
        occurred_at=START_AT + timedelta(seconds=sequence),
        actor_id=10 + sequence % 3,
        organisation_id=7,
        action="case.read" if sequence % 2 else "case.update",
        object_type="cases.case",
        object_ids=(str(100 + sequence), str(200 + sequence)),
        reason=reason,
        previous_hash=previous_hash,
        entry_hash="",
    )
    return dataclasses.replace(unsigned, entry_hash=_sign(unsigned, key=key))


def _sign(entry: AuditEntry, *, key: bytes) -> str:
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


def _stream_chain(*, key: bytes, length: int) -> Iterator[AuditEntry]:
    previous_hash = GENESIS_HASH
    for sequence in range(1, length + 1):
        entry = _entry(key=key, sequence=sequence, previous_hash=previous_hash)
        previous_hash = entry.entry_hash
        yield entry


def _build_chain(*, key: bytes, length: int) -> list[AuditEntry]:
    return list(_stream_chain(key=key, length=length))


def _kinds_at(result: ChainVerification) -> set[tuple[str, int]]:
    return {(problem.kind, problem.sequence) for problem in result.problems}


def test_entry_hash_is_hmac_of_canonical_sorted_json(key: bytes) -> None:
    occurred_at = datetime(2025, 3, 1, 11, 0, tzinfo=timezone(timedelta(hours=2)))
    canonical = (
        '{"action":"case.read","actor_id":5,"format":1,"object_ids":["1","2"],'
        '"object_type":"cases.case","occurred_at":"2025-03-01T09:00:00.000000+00:00",'
        '"organisation_id":null,"previous_hash":"' + GENESIS_HASH + '",'
        '"reason":"r\\u00e9view","sequence":1}'
    )
    assert json.loads(canonical)  # the expectation itself is valid JSON
    expected = hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()
    actual = compute_entry_hash(
        key=key,
        previous_hash=GENESIS_HASH,
        sequence=1,
        occurred_at=occurred_at,
        actor_id=5,
        organisation_id=None,
        action="case.read",
        object_type="cases.case",
        object_ids=("1", "2"),
        reason="réview",
    )
    assert actual == expected


def test_same_instant_in_another_time_zone_hashes_the_same(key: bytes) -> None:
    entry = _entry(key=key, sequence=1, previous_hash=GENESIS_HASH)
    shifted = entry.occurred_at.astimezone(timezone(timedelta(hours=-5)))
    assert verify_chain([dataclasses.replace(entry, occurred_at=shifted)], key=key).is_intact


def test_naive_timestamp_is_refused(key: bytes) -> None:
    with pytest.raises(ValidationError, match="occurred_at"):
        compute_entry_hash(
            key=key,
            previous_hash=GENESIS_HASH,
            sequence=1,
            occurred_at=datetime(2025, 1, 1),  # noqa: DTZ001 - the point of the test
            actor_id=None,
            organisation_id=None,
            action="a",
            object_type="o",
            object_ids=(),
            reason="",
        )


def test_audit_key_is_derived_and_differs_from_the_deployment_key() -> None:
    deployment_key = DeploymentKey(key_bytes=os.urandom(32))
    audit_key = derive_audit_key(deployment_key)
    assert audit_key == derive_subkey(deployment_key.key_bytes, purpose="audit-chain-v1")
    assert audit_key != deployment_key.key_bytes


def test_intact_chain_verifies(key: bytes) -> None:
    chain = _build_chain(key=key, length=50)
    result = verify_chain(
        chain,
        key=key,
        expected_last_sequence=50,
        expected_last_hash=chain[-1].entry_hash,
    )
    assert result.is_intact
    assert result.checked_count == 50
    result.raise_if_broken()


def test_empty_chain_is_intact_and_matches_a_genesis_head(key: bytes) -> None:
    assert verify_chain([], key=key).is_intact
    assert verify_chain(
        [], key=key, expected_last_sequence=0, expected_last_hash=GENESIS_HASH
    ).is_intact


@pytest.mark.parametrize(
    ("field_name", "new_value"),
    [
        ("sequence", 99),
        ("occurred_at", START_AT + timedelta(days=1)),
        ("occurred_at", START_AT + timedelta(seconds=5, microseconds=1)),
        ("actor_id", None),
        ("actor_id", 999),
        ("organisation_id", 8),
        ("organisation_id", None),
        ("action", "case.delete"),
        ("object_type", "cases.person"),
        ("object_ids", ("105",)),
        ("object_ids", ("205", "105")),
        ("reason", "case review "),
        ("previous_hash", "f" * 64),
        ("entry_hash", "e" * 64),
    ],
)
def test_altering_any_field_of_one_entry_is_reported_at_that_entry(
    key: bytes, field_name: str, new_value: Any
) -> None:
    chain = _build_chain(key=key, length=10)
    chain[4] = dataclasses.replace(chain[4], **{field_name: new_value})
    result = verify_chain(chain, key=key)
    assert not result.is_intact
    assert ("altered", 5) in _kinds_at(result) or (
        field_name == "sequence" and ("altered", 99) in _kinds_at(result)
    )
    with pytest.raises(AuditIntegrityError):
        result.raise_if_broken()


def test_deleting_a_middle_entry_reports_it_missing(key: bytes) -> None:
    chain = _build_chain(key=key, length=10)
    del chain[4]
    result = verify_chain(chain, key=key)
    assert _kinds_at(result) == {("missing", 5)}
    assert result.checked_count == 9


def test_deleting_several_entries_reports_one_gap(key: bytes) -> None:
    chain = _build_chain(key=key, length=10)
    del chain[3:7]
    result = verify_chain(chain, key=key)
    assert _kinds_at(result) == {("missing", 4)}
    assert "4 to 7" in result.problems[0].detail


def test_deleting_the_first_entry_is_detected(key: bytes) -> None:
    chain = _build_chain(key=key, length=5)
    assert _kinds_at(verify_chain(chain[1:], key=key)) == {("missing", 1)}


def test_deleting_an_entry_and_renumbering_the_rest_is_detected(key: bytes) -> None:
    chain = _build_chain(key=key, length=6)
    renumbered = chain[:2] + [
        dataclasses.replace(entry, sequence=entry.sequence - 1) for entry in chain[3:]
    ]
    result = verify_chain(renumbered, key=key)
    assert ("altered", 3) in _kinds_at(result)
    assert ("broken_link", 3) in _kinds_at(result)


def test_deleting_the_last_entry_is_detected_through_the_head_record(key: bytes) -> None:
    chain = _build_chain(key=key, length=10)
    head_sequence, head_hash = chain[-1].sequence, chain[-1].entry_hash
    assert verify_chain(chain[:-1], key=key).is_intact  # invisible without the head
    result = verify_chain(
        chain[:-1], key=key, expected_last_sequence=head_sequence, expected_last_hash=head_hash
    )
    assert _kinds_at(result) == {("truncated", 10)}


def test_head_hash_alone_detects_a_truncated_chain(key: bytes) -> None:
    chain = _build_chain(key=key, length=10)
    result = verify_chain(chain[:-2], key=key, expected_last_hash=chain[-1].entry_hash)
    assert [problem.kind for problem in result.problems] == ["truncated"]


def test_entries_appended_after_the_head_was_read_are_not_a_problem(key: bytes) -> None:
    chain = _build_chain(key=key, length=10)
    result = verify_chain(
        chain, key=key, expected_last_sequence=8, expected_last_hash=chain[7].entry_hash
    )
    assert result.is_intact


def test_head_hash_that_does_not_match_its_entry_is_reported(key: bytes) -> None:
    chain = _build_chain(key=key, length=10)
    result = verify_chain(
        chain, key=key, expected_last_sequence=10, expected_last_hash=chain[8].entry_hash
    )
    assert _kinds_at(result) == {("truncated", 10)}


def test_swapping_two_entries_is_detected(key: bytes) -> None:
    chain = _build_chain(key=key, length=6)
    chain[2], chain[3] = chain[3], chain[2]
    result = verify_chain(chain, key=key)
    assert not result.is_intact
    assert ("broken_link", 3) in _kinds_at(result)


def test_a_duplicated_entry_is_detected(key: bytes) -> None:
    chain = _build_chain(key=key, length=6)
    chain.insert(3, chain[2])
    assert _kinds_at(verify_chain(chain, key=key)) == {("broken_link", 3)}


def test_a_chain_built_with_another_key_fails_everywhere(key: bytes) -> None:
    other_key = derive_audit_key(DeploymentKey(key_bytes=os.urandom(32)))
    chain = _build_chain(key=other_key, length=5)
    result = verify_chain(chain, key=key)
    assert _kinds_at(result) == {("altered", sequence) for sequence in range(1, 6)}


def test_rewriting_the_chain_from_an_edit_onwards_without_the_key_fails(key: bytes) -> None:
    # An attacker with database access recomputes the chain from row 3 on with a key
    # of their own: every forged row is reported.
    forger_key = os.urandom(32)
    chain = _build_chain(key=key, length=6)
    previous_hash = chain[1].entry_hash
    for index in range(2, 6):
        forged = _entry(
            key=forger_key, sequence=index + 1, previous_hash=previous_hash, reason="edited"
        )
        chain[index] = forged
        previous_hash = forged.entry_hash
    altered = {p.sequence for p in verify_chain(chain, key=key).problems if p.kind == "altered"}
    assert altered == {3, 4, 5, 6}


def test_problem_details_do_not_quote_audited_content(key: bytes) -> None:
    chain = _build_chain(key=key, length=6)
    chain[1] = dataclasses.replace(chain[1], reason="secret reason")
    del chain[3]
    result = verify_chain(chain, key=key)
    assert all("secret" not in problem.detail for problem in result.problems)


def test_verification_streams_without_keeping_earlier_entries(key: bytes) -> None:
    yielded: list[weakref.ref[AuditEntry]] = []
    most_alive = 0

    def watched_chain() -> Iterator[AuditEntry]:
        nonlocal most_alive
        for entry in _stream_chain(key=key, length=2_000):
            gc.collect(0)
            most_alive = max(most_alive, sum(ref() is not None for ref in yielded[-50:]))
            yielded.append(weakref.ref(entry))
            yield entry

    result = verify_chain(watched_chain(), key=key, expected_last_sequence=2_000)
    assert result.is_intact
    assert result.checked_count == 2_000
    assert most_alive <= 2


@pytest.mark.slow
def test_a_million_entries_verify_in_one_pass(key: bytes) -> None:
    result = verify_chain(_stream_chain(key=key, length=1_000_000), key=key)
    assert result.is_intact
    assert result.checked_count == 1_000_000
