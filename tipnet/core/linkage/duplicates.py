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
from tipnet.core.linkage.layout import DEFAULT_LAYOUT, LinkageLayout

# Identifier attributes that identify a person; the fields holding them are averaged.
# Sex, nationality and place of origin only confirm: a clear disagreement vetoes.
IDENTIFYING_ATTRIBUTES = ("given_names", "family_names", "birth_date")
CONFIRMING_ATTRIBUTES = ("sex", "nationality", "place_of_origin")
# Warning thresholds per layout version. Layout v2 flips twice as many bits as noise
# (1/16 against 1/32), so the same person scores lower: identical records average about
# 0.87 under v2 against 0.93 under v1 (docs/linkage.md section 10b, measured on 60 noise
# draws per case). 0.72 keeps a Thai-script spelling and a year-only date of the same
# person mostly above, and one different name word with the same birth date below.
WARNING_SIMILARITY_BY_VERSION = {1: 0.8, 2: 0.72}
DEFAULT_WARNING_SIMILARITY = WARNING_SIMILARITY_BY_VERSION[DEFAULT_LAYOUT.version]
# At least this many identifier attributes must be compared, so that one shared given
# name alone never raises a warning.
MINIMUM_COMPARED_ATTRIBUTES = 2


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


def record_similarity(
    new: EncodedRecord, existing: EncodedRecord, *, layout: LinkageLayout = DEFAULT_LAYOUT
) -> tuple[float, tuple[str, ...]]:
    """Mean Dice over identifying fields present in both; 0 when a confirming field differs.

    The mean is over identifier attributes: a field that holds several of them (layout v2's
    ``names`` holds given and family names) counts once for each.

    Returns:
        The similarity and the identifying fields compared (empty: nothing to compare).
    """
    weights = _field_weights(layout, IDENTIFYING_ATTRIBUTES)
    compared = tuple(name for name in weights if name in new.fields and name in existing.fields)
    if sum(weights[name] for name in compared) < MINIMUM_COMPARED_ATTRIBUTES:
        return 0.0, compared
    if any(
        name in new.fields
        and name in existing.fields
        and dice_similarity(new.fields[name], existing.fields[name]) < 0.5
        for name in _field_weights(layout, CONFIRMING_ATTRIBUTES)
    ):
        return 0.0, compared
    total = sum(
        weights[name] * dice_similarity(new.fields[name], existing.fields[name])
        for name in compared
    )
    return total / sum(weights[name] for name in compared), compared


def warning_similarity(layout: LinkageLayout) -> float:
    """The similarity at which encodings of this layout warn of a possible duplicate."""
    return WARNING_SIMILARITY_BY_VERSION[layout.version]


def _field_weights(layout: LinkageLayout, attributes: tuple[str, ...]) -> dict[str, int]:
    """Each field of the layout holding any of these attributes, and how many it holds."""
    weights = {
        field.name: sum(source in attributes for source in field.source_attributes)
        for field in layout.fields
    }
    return {name: weight for name, weight in weights.items() if weight}


def find_possible_duplicates(
    new: EncodedRecord,
    existing: Iterable[EncodedRecord],
    *,
    layout: LinkageLayout = DEFAULT_LAYOUT,
    minimum_similarity: float | None = None,
    limit: int = 5,
) -> tuple[DuplicateCandidate, ...]:
    """Existing records similar enough to warn about, most similar first.

    Args:
        new: the encoding of the person being registered.
        existing: encodings of candidates (normally those sharing a blocking token).
        layout: the layout that made every encoding here.
        minimum_similarity: warn at or above this mean Dice similarity (default: the
            layout's :func:`warning_similarity`).
        limit: at most this many candidates.

    Assumptions:
        Both sides were encoded with the same key and ``layout`` (encodings of different
        layouts are noise to each other); at least two identifier attributes (given names,
        family names, birth date) are encoded on both sides.
    """
    threshold = warning_similarity(layout) if minimum_similarity is None else minimum_similarity
    found = []
    for record in existing:
        if record.record_id == new.record_id:
            continue
        similarity, compared = record_similarity(new, record, layout=layout)
        if similarity >= threshold:
            found.append(DuplicateCandidate(record.record_id, similarity, compared))
    found.sort(key=lambda candidate: (-candidate.similarity, candidate.record_id))
    return tuple(found[:limit])
