"""Name pools and the way organisations write names."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from typing import get_args

import numpy as np
import pytest

from tipnet.core.synthetic import SyntheticNetwork
from tipnet.core.synthetic.name_model import Role, draw_person_names, role_forms
from tipnet.core.synthetic.name_pool import NameEntry
from tipnet.core.synthetic.names import NAME_POOLS
from tipnet.core.synthetic.spelling import add_typo

ROLES: tuple[Role, ...] = get_args(Role)
Names = tuple[NameEntry, NameEntry, NameEntry]


def _script_of(text: str) -> str:
    """The Unicode script word of the first letter (LATIN, THAI, CJK, KATAKANA...)."""
    letter = next(character for character in text if character.isalpha())
    return unicodedata.name(letter).split()[0]


def _all_entries() -> list[NameEntry]:
    """Every head name and every piece of every built form, in every pool."""
    entries: list[NameEntry] = []
    for pool in NAME_POOLS.values():
        for role in ROLES:
            for form in role_forms(pool.country, role).forms:
                for part in form.parts:
                    entries.extend(part.entries)
    return entries


def _drawn(country: str, *, is_feminine: bool, count: int = 1000, seed: int = 0) -> list[Names]:
    rng = np.random.default_rng(seed)
    return [draw_person_names(rng, country, is_feminine) for _ in range(count)]


def _share_sharing_full_name(drawn: list[Names]) -> float:
    """Share of people whose native full name someone else in the sample also bears."""
    counts = Counter(f"{given[0]} {middle[0]} {family[0]}" for given, family, middle in drawn)
    return sum(count for count in counts.values() if count > 1) / len(drawn)


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


@pytest.mark.parametrize("country", sorted(NAME_POOLS))
def test_drawn_names_are_native_with_distinct_latin_spellings(country: str) -> None:
    for is_feminine in (True, False):
        for given, family, middle in _drawn(country, is_feminine=is_feminine, count=300):
            for native, variants, katakana in (given, family):
                assert native
                assert variants
                assert len(set(variants)) == len(variants), variants
                assert all(_script_of(variant) == "LATIN" for variant in variants)
                assert all(";" not in text for text in (native, *variants, katakana))
                assert not katakana or _script_of(katakana) == "KATAKANA"
            assert bool(middle[0]) == bool(middle[1])


def test_a_built_thai_name_spells_each_morpheme_the_same_way() -> None:
    # ทอง (Thong, Tong) + สุข (Suk, Sook): every spelling of ทองสุข joins spellings of its parts.
    thong_suk = next(
        family
        for _given, family, _middle in _drawn("TH", is_feminine=True, count=20_000)
        if family[0] == "ทองสุข"
    )
    assert thong_suk[1][0] == "Thongsuk"
    assert set(thong_suk[1]) <= {"Thongsuk", "Thongsook", "Tongsuk", "Tongsook"}
    assert len(thong_suk[1]) > 1
    assert thong_suk[2] == "トンスック"


def test_thai_family_names_are_nearly_unique_to_a_lineage() -> None:
    # Thai Surname Act 1913 and Person Name Act B.E. 2505: a new family name may not repeat
    # a registered one, so unrelated Thais rarely share a family name.
    drawn = _drawn("TH", is_feminine=True)
    families = Counter(family[0] for _given, family, _middle in drawn)
    assert families.most_common(1)[0][1] <= 30
    assert len(families) >= 850
    assert _share_sharing_full_name(drawn) < 0.03


def test_vietnamese_family_names_follow_the_published_shares() -> None:
    # Nguyễn about 38 %, Trần 11 %, Lê 9.5 % of the population.
    drawn = _drawn("VN", is_feminine=False, count=4000)
    families = Counter(family[0] for _given, family, _middle in drawn)
    assert 0.34 < families["Nguyễn"] / 4000 < 0.42
    assert 0.08 < families["Trần"] / 4000 < 0.14
    assert 0.07 < families["Lê"] / 4000 < 0.12


def test_chinese_family_names_are_concentrated_and_given_names_diverse() -> None:
    # Ministry of Public Security 2007: Wang 7.25 %, Li 7.19 %, Zhang 6.83 %.
    drawn = _drawn("CN", is_feminine=True, count=4000)
    families = Counter(family[0] for _given, family, _middle in drawn)
    for surname in ("王", "李", "张"):
        assert 0.05 < families[surname] / 4000 < 0.10
    givens = Counter(given[0] for given, _family, _middle in drawn)
    assert givens.most_common(1)[0][1] / 4000 < 0.06
    assert len(givens) > 800


def test_most_vietnamese_women_but_not_all_carry_thi() -> None:
    drawn = _drawn("VN", is_feminine=True)
    thi = sum(middle[0] == "Thị" for _given, _family, middle in drawn) / len(drawn)
    assert 0.45 < thi < 0.65


def test_an_ethiopian_second_name_is_drawn_like_a_mans_given_name() -> None:
    fathers = {family[0] for _given, family, _middle in _drawn("ET", is_feminine=True)}
    men = {given[0] for given, _family, _middle in _drawn("ET", is_feminine=False, count=5000)}
    assert len(fathers - men) <= 0.05 * len(fathers)


@pytest.mark.parametrize("country", ["MX", "GT", "HN"])
def test_spanish_speaking_people_carry_a_maternal_surname(country: str) -> None:
    drawn = _drawn(country, is_feminine=True)
    assert all(middle[0] for _given, _family, middle in drawn)
    assert any(middle[0] == family[0] for _given, family, middle in drawn)


def test_full_names_recur_where_family_names_are_few_not_where_they_are_many() -> None:
    concentrated = _share_sharing_full_name(_drawn("VN", is_feminine=True))
    diverse = [
        _share_sharing_full_name(_drawn(country, is_feminine=True))
        for country in ("TH", "MX", "PH", "CN")
    ]
    assert concentrated > 0.25
    assert max(diverse) < 0.12
