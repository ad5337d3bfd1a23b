"""Spotting a possible duplicate within one organisation's own records, from encodings.

When a caseworker registers a person, the new record is encoded and compared with the
encodings of the organisation's existing people that share a blocking token. Names are never
searched in plaintext and the organisation's own key is used, not the network secret.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tipnet.core.linkage.bloom import dice_similarity
from tipnet.core.linkage.encoder import EncodedRecord

# Fields that identify a person; sex and nationality only confirm.
IDENTIFYING_FIELDS = ("given_names", "family_names", "birth_date")
CONFIRMING_FIELDS = ("sex", "nationality", "place_of_origin")
DEFAULT_WARNING_SIMILARITY = 0.8


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing record that may be the same person.

    Attributes:
        record_id: the existing record's id (for the web layer, a person id).
        similarity: mean Dice similarity over the identifying fields both records have.
        compared_fields: the fields that entered the mean.
    """

    record_id: str
    similarity: float
    compared_fields: tuple[str, ...]


def record_similarity(new: EncodedRecord, existing: EncodedRecord) -> tuple[float, tuple[str, ...]]:
    """Mean Dice over identifying fields present in both; 0 when a confirming field differs.

    Returns:
        The similarity and the identifying fields compared (empty: nothing to compare).
    """
    compared = tuple(
        name for name in IDENTIFYING_FIELDS if name in new.fields and name in existing.fields
    )
    if len(compared) < 2:
        return 0.0, compared
    if any(
        name in new.fields
        and name in existing.fields
        and dice_similarity(new.fields[name], existing.fields[name]) < 0.5
        for name in CONFIRMING_FIELDS
    ):
        return 0.0, compared
    total = sum(dice_similarity(new.fields[name], existing.fields[name]) for name in compared)
    return total / len(compared), compared


def find_possible_duplicates(
    new: EncodedRecord,
    existing: Iterable[EncodedRecord],
    *,
    minimum_similarity: float = DEFAULT_WARNING_SIMILARITY,
    limit: int = 5,
) -> tuple[DuplicateCandidate, ...]:
    """Existing records similar enough to warn about, most similar first.

    Args:
        new: the encoding of the person being registered.
        existing: encodings of candidates (normally those sharing a blocking token).
        minimum_similarity: warn at or above this mean Dice similarity.
        limit: at most this many candidates.

    Assumptions:
        Both sides were encoded with the same key and layout; at least two of given names,
        family names and birth date are present on both sides.
    """
    found = []
    for record in existing:
        if record.record_id == new.record_id:
            continue
        similarity, compared = record_similarity(new, record)
        if similarity >= minimum_similarity:
            found.append(DuplicateCandidate(record.record_id, similarity, compared))
    found.sort(key=lambda candidate: (-candidate.similarity, candidate.record_id))
    return tuple(found[:limit])
