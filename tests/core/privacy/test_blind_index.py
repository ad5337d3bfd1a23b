"""Normalisation, name tokens and keyed blind indexes."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipnet.core.privacy import (
    BlindIndexer,
    derive_subkey,
    generate_data_key,
    name_tokens,
    normalize_for_index,
)


@pytest.fixture(scope="module")
def data_key() -> bytes:
    return generate_data_key()


@pytest.fixture(scope="module")
def indexer(data_key: bytes) -> BlindIndexer:
    return BlindIndexer(data_key)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  MARIA  Santos ", "maria santos"),
        ("maria\tsantos\n", "maria santos"),
        ("Ｍａｒｉａ", "maria"),  # full-width forms, NFKC
        ("STRAẞE", "strasse"),  # capital sharp s casefolds to "ss"
        ("José", "josé"),  # NFC and NFD spellings agree
        ("Jose\u0301", "josé"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalisation_folds_width_case_and_whitespace(raw: str, expected: str) -> None:
    assert normalize_for_index(raw) == expected


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_normalisation_is_idempotent(value: str) -> None:
    once = normalize_for_index(value)
    assert normalize_for_index(once) == once


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Müller", ("müller", "muller")),
        ("María José", ("maría", "maria", "josé", "jose")),
        ("Jean-Luc O'Brien", ("jean", "luc", "o", "brien")),
        ("SANTOS, Maria. santos", ("santos", "maria")),
        (
            "Øyvind Łukasz Đorđević",
            ("øyvind", "oyvind", "łukasz", "lukasz", "đorđević", "dordevic"),
        ),
        ("Ngô Bảo Châu", ("ngô", "ngo", "bảo", "bao", "châu", "chau")),
        ("  -- ,, ", ()),
        ("", ()),
    ],
)
def test_name_tokens_split_deduplicate_and_add_diacritic_free_forms(
    name: str, expected: tuple[str, ...]
) -> None:
    assert name_tokens(name) == expected


def test_thai_names_keep_their_combining_vowels_and_tone_marks() -> None:
    # "Somsak Jaidee": the vowel sign U+0E31 and marks U+0E34, U+0E4C are combining
    # characters that a naive \w split would treat as separators.
    assert name_tokens("สมศักดิ์ ใจดี") == ("สมศักดิ์", "ใจดี")


def test_japanese_names_split_on_the_middle_dot_and_are_not_transliterated() -> None:
    assert name_tokens("ジョン・スミス") == ("ジョン", "スミス")
    assert name_tokens("山田 太郎") == ("山田", "太郎")


def test_arabic_and_cyrillic_tokens_are_kept_without_latin_folding() -> None:
    assert name_tokens("محمد علي") == ("محمد", "علي")
    assert name_tokens("Йовановић") == ("йовановић",)


def test_index_is_hmac_sha256_of_field_and_normalised_value_under_the_derived_key(
    data_key: bytes, indexer: BlindIndexer
) -> None:
    subkey = derive_subkey(data_key, purpose="blind-index-v1")
    expected = hmac.new(subkey, b"document_number\x00ab 123", hashlib.sha256).hexdigest()[:32]
    assert indexer.index_exact("  AB   123 ", field="document_number") == expected


def test_equal_values_after_normalisation_share_an_index(indexer: BlindIndexer) -> None:
    assert indexer.index_exact("  MARIA  Santos", field="name") == indexer.index_exact(
        "maria santos", field="name"
    )


def test_different_values_get_different_indexes(indexer: BlindIndexer) -> None:
    assert indexer.index_exact("maria", field="name") != indexer.index_exact("mario", field="name")


def test_same_value_in_different_fields_gets_different_indexes(indexer: BlindIndexer) -> None:
    assert indexer.index_exact("123", field="phone") != indexer.index_exact("123", field="document")


def test_different_data_keys_give_different_indexes(indexer: BlindIndexer) -> None:
    other = BlindIndexer(generate_data_key())
    assert indexer.index_exact("maria", field="name") != other.index_exact("maria", field="name")


def test_field_label_with_separator_is_refused(indexer: BlindIndexer) -> None:
    with pytest.raises(ValueError, match="NUL"):
        indexer.index_exact("x", field="name\x00evil")


def test_stored_name_indexes_cover_every_token_and_folded_form(indexer: BlindIndexer) -> None:
    stored = indexer.index_name_tokens("Müller-Anna")
    assert stored == {
        indexer.index_exact(token, field="name_token") for token in ("müller", "muller", "anna")
    }


def test_search_for_both_names_matches_the_stored_person(indexer: BlindIndexer) -> None:
    stored = indexer.index_name_tokens("SANTOS, Maria da Conceição")
    terms = indexer.index_search_terms("maria santos")
    assert len(terms) == 2
    assert set(terms) <= stored


def test_search_without_diacritics_finds_a_name_with_them(indexer: BlindIndexer) -> None:
    assert set(indexer.index_search_terms("Muller")) <= indexer.index_name_tokens("Müller")
    assert set(indexer.index_search_terms("conceicao")) <= indexer.index_name_tokens("Conceição")


def test_search_with_diacritics_finds_the_same_spelling(indexer: BlindIndexer) -> None:
    assert set(indexer.index_search_terms("MÜLLER")) <= indexer.index_name_tokens("Müller")


def test_search_term_uses_only_the_primary_form(indexer: BlindIndexer) -> None:
    terms = indexer.index_search_terms("Müller Müller")
    assert terms == (indexer.index_exact("müller", field="name_token"),)


def test_search_does_not_match_a_different_person(indexer: BlindIndexer) -> None:
    stored = indexer.index_name_tokens("Maria Santos")
    assert not set(indexer.index_search_terms("maria silva")) <= stored


def test_thai_search_matches_a_thai_name(indexer: BlindIndexer) -> None:
    stored = indexer.index_name_tokens("สมศักดิ์ ใจดี")
    assert set(indexer.index_search_terms("ใจดี")) <= stored


def test_blank_inputs_index_to_nothing(indexer: BlindIndexer) -> None:
    assert indexer.index_name_tokens("  ") == frozenset()
    assert indexer.index_search_terms("") == ()


def test_repr_hides_the_key(data_key: bytes) -> None:
    assert data_key.hex() not in repr(BlindIndexer(data_key))
