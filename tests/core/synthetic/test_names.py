"""Name pools and the way organisations write names."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import numpy as np
import pytest

from tipnet.core.synthetic import SyntheticNetwork
from tipnet.core.synthetic.names import NAME_POOLS
from tipnet.core.synthetic.spelling import add_typo


def _script_of(text: str) -> str:
    """The Unicode script word of the first letter (LATIN, THAI, CJK, KATAKANA...)."""
    letter = next(character for character in text if character.isalpha())
    return unicodedata.name(letter).split()[0]


def _all_entries() -> list[tuple[str, tuple[str, ...], str]]:
    return [
        entry
        for pool in NAME_POOLS.values()
        for entries in (
            pool.given_feminine,
            pool.given_masculine,
            pool.family,
            pool.middle_feminine,
            pool.middle_masculine,
        )
        for entry in entries
    ]


def test_pools_cover_the_origin_countries_of_the_corridors() -> None:
    assert {"TH", "NP", "VN", "PH", "NG", "MM", "KH", "BD", "ET", "UA", "MX", "CN"} <= set(
        NAME_POOLS
    )


@pytest.mark.parametrize(
    ("country", "script"),
    [
        ("TH", "THAI"),
        ("NP", "DEVANAGARI"),
        ("MM", "MYANMAR"),
        ("KH", "KHMER"),
        ("BD", "BENGALI"),
        ("ET", "ETHIOPIC"),
        ("UA", "CYRILLIC"),
        ("CN", "CJK"),
        ("VN", "LATIN"),
        ("PH", "LATIN"),
    ],
)
def test_native_names_are_in_the_countrys_script(country: str, script: str) -> None:
    pool = NAME_POOLS[country]
    for native, _variants, _katakana in (*pool.given_feminine, *pool.family):
        assert _script_of(native) == script


def test_every_entry_has_distinct_latin_variants_without_separators() -> None:
    for native, variants, katakana in _all_entries():
        assert native
        assert variants
        assert len(set(variants)) == len(variants), variants
        for name in (native, *variants, katakana):
            assert ";" not in name
        assert all(_script_of(variant) == "LATIN" for variant in variants)


def test_katakana_renderings_are_katakana() -> None:
    renderings = [katakana for _native, _variants, katakana in _all_entries() if katakana]
    assert len(renderings) > 50
    for rendering in renderings:
        assert _script_of(rendering) == "KATAKANA"


def test_vietnamese_names_exist_with_and_without_diacritics() -> None:
    family = {variant for _n, variants, _k in NAME_POOLS["VN"].family for variant in variants}
    assert {"Nguyen", "Nguyễn"} <= family


def test_case_rows_carry_names_in_several_scripts(network: SyntheticNetwork) -> None:
    scripts = {
        _script_of(row["prs_FirstName"])
        for rows in network.case_rows.values()
        for row in rows
        if row["prs_FirstName"]
    }
    assert {"LATIN", "THAI", "DEVANAGARI", "KATAKANA", "MYANMAR", "KHMER"} <= scripts


def test_the_same_person_is_written_differently_by_different_organisations(
    network: SyntheticNetwork,
) -> None:
    names_by_person: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (key, case_id), person_id in network.truth.items():
        row = next(row for row in network.case_rows[key] if row["case_id"] == case_id)
        names_by_person[person_id].add((row["prs_FirstName"], row["prs_SecondName"]))
    twice = _people_with_two_cases(network)
    differently_written = [person_id for person_id in twice if len(names_by_person[person_id]) > 1]
    assert len(differently_written) >= 0.3 * len(twice)
    assert len(differently_written) >= 30


def _people_with_two_cases(network: SyntheticNetwork) -> set[str]:
    seen: set[str] = set()
    twice: set[str] = set()
    for person_id in network.truth.values():
        (twice if person_id in seen else seen).add(person_id)
    return twice


def test_latin_spelling_variants_and_swapped_order_occur(network: SyntheticNetwork) -> None:
    people = {person.person_id: person for person in network.people}
    variant_count = swapped_count = 0
    for (key, case_id), person_id in network.truth.items():
        person = people[person_id]
        row = next(row for row in network.case_rows[key] if row["case_id"] == case_id)
        if row["prs_FirstName"] in person.given_name_variants[1:]:
            variant_count += 1
        if row["prs_FirstName"] and row["prs_FirstName"] in person.family_name_variants:
            swapped_count += 1
    assert variant_count >= 20
    assert swapped_count >= 5


@pytest.mark.parametrize("seed", range(20))
def test_a_typo_is_one_small_edit(seed: int) -> None:
    rng = np.random.default_rng(seed)
    original = "Somchai"
    changed = add_typo(rng, original)
    assert abs(len(changed) - len(original)) <= 1
    assert sum(a != b for a, b in zip(changed, original, strict=False)) <= len(original)
    assert changed[0] == original[0]


def test_very_short_names_are_left_alone() -> None:
    assert add_typo(np.random.default_rng(0), "Le") == "Le"
