"""Duplicate warnings within one organisation compare encodings, not names."""

from __future__ import annotations

import pytest

from tipnet.core.linkage import EncodedRecord, LinkageIdentifiers, encode_identifiers
from tipnet.core.linkage.duplicates import (
    find_possible_duplicates,
    record_similarity,
    warning_similarity,
)
from tipnet.core.linkage.layout import DEFAULT_LAYOUT, LAYOUT_V1, LinkageLayout

KEY = bytes(range(100, 140))
LAYOUTS = pytest.mark.parametrize("layout", [DEFAULT_LAYOUT, LAYOUT_V1], ids=["default", "v1"])


def _encode(
    record_id: str,
    given: str,
    family: str,
    born: str,
    sex: str = "M",
    layout: LinkageLayout = DEFAULT_LAYOUT,
) -> EncodedRecord:
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
        layout=layout,
    )


@LAYOUTS
def test_a_spelling_variant_of_an_existing_person_is_flagged(layout: LinkageLayout) -> None:
    new = _encode("new", "Somchay", "Srisuk", "1990-04-02", layout=layout)
    existing = [
        _encode("p1", "Somchai", "Srisuk", "1990-04-02", layout=layout),
        _encode("p2", "Nattapong", "Wongsa", "1985-01-09", layout=layout),
    ]
    found = find_possible_duplicates(new, existing, layout=layout)
    assert [candidate.record_id for candidate in found] == ["p1"]
    assert found[0].similarity > warning_similarity(layout) + 0.1


@LAYOUTS
def test_the_same_name_in_thai_script_is_flagged(layout: LinkageLayout) -> None:
    new = _encode("new", "สมชาย", "ศรีสุข", "1990", layout=layout)
    existing = [_encode("p1", "Somchai", "Srisuk", "1990", layout=layout)]
    assert find_possible_duplicates(new, existing, layout=layout)


@LAYOUTS
def test_a_different_person_with_the_same_name_but_another_sex_is_not_flagged(
    layout: LinkageLayout,
) -> None:
    new = _encode("new", "Somchai", "Srisuk", "1990-04-02", sex="F", layout=layout)
    existing = [_encode("p1", "Somchai", "Srisuk", "1990-04-02", sex="M", layout=layout)]
    assert find_possible_duplicates(new, existing, layout=layout) == ()


@LAYOUTS
def test_another_family_name_with_the_same_birth_date_is_not_flagged(
    layout: LinkageLayout,
) -> None:
    new = _encode("new", "Maria", "Santos", "1990-01-01", layout=layout)
    existing = [_encode("p1", "Maria", "Reyes", "1990-01-01", layout=layout)]
    assert find_possible_duplicates(new, existing, layout=layout) == ()


def test_records_with_too_little_to_compare_score_zero() -> None:
    new = _encode("new", "Somchai", "", "", layout=LAYOUT_V1)
    similarity, compared = record_similarity(
        new, _encode("p1", "Somchai", "", "", layout=LAYOUT_V1), layout=LAYOUT_V1
    )
    assert similarity == 0.0
    assert compared == ("given_names",)


def test_a_birth_date_alone_is_too_little_to_compare_in_the_default_layout() -> None:
    similarity, compared = record_similarity(
        _encode("new", "", "", "1990-04-02"), _encode("p1", "", "", "1990-04-02")
    )
    assert similarity == 0.0
    assert compared == ("birth_date",)


def test_the_default_names_filter_counts_for_both_names_it_holds() -> None:
    new = _encode("new", "Somchai", "Srisuk", "")
    similarity, compared = record_similarity(new, _encode("p1", "Somchai", "Srisuk", ""))
    assert compared == ("names",)
    assert similarity > warning_similarity(DEFAULT_LAYOUT)
