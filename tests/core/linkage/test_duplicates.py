"""Duplicate warnings within one organisation compare encodings, not names."""

from __future__ import annotations

from tipnet.core.linkage import EncodedRecord, LinkageIdentifiers, encode_identifiers
from tipnet.core.linkage.duplicates import find_possible_duplicates, record_similarity

KEY = bytes(range(100, 140))


def _encode(record_id: str, given: str, family: str, born: str, sex: str = "M") -> EncodedRecord:
    return encode_identifiers(
        LinkageIdentifiers(
            record_id=record_id,
            given_names=given,
            family_names=family,
            birth_date=born,
            sex=sex,
            nationality="TH",
            place_of_origin="",
        ),
        secret=KEY,
    )


def test_a_spelling_variant_of_an_existing_person_is_flagged() -> None:
    new = _encode("new", "Somchay", "Srisuk", "1990-04-02")
    existing = [
        _encode("p1", "Somchai", "Srisuk", "1990-04-02"),
        _encode("p2", "Nattapong", "Wongsa", "1985-01-09"),
    ]
    found = find_possible_duplicates(new, existing)
    assert [candidate.record_id for candidate in found] == ["p1"]
    assert found[0].similarity > 0.85


def test_the_same_name_in_thai_script_is_flagged() -> None:
    new = _encode("new", "สมชาย", "ศรีสุข", "1990")
    existing = [_encode("p1", "Somchai", "Srisuk", "1990")]
    assert find_possible_duplicates(new, existing)


def test_a_different_person_with_the_same_name_but_another_sex_is_not_flagged() -> None:
    new = _encode("new", "Somchai", "Srisuk", "1990-04-02", sex="F")
    existing = [_encode("p1", "Somchai", "Srisuk", "1990-04-02", sex="M")]
    assert find_possible_duplicates(new, existing) == ()


def test_records_with_too_little_to_compare_score_zero() -> None:
    new = _encode("new", "Somchai", "", "")
    similarity, compared = record_similarity(new, _encode("p1", "Somchai", "", ""))
    assert similarity == 0.0
    assert compared == ("given_names",)
