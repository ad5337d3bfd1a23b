"""Field-level encodings, hardening and blocking tokens.

The first tests pin layout v1's behaviour (separate name filters, a year-and-sex salt, the
``fy``/``gs`` tokens), so they ask for v1 explicitly; the default layout is v2, tested below
them and in ``test_vectors_v2.py``.
"""

from __future__ import annotations

import dataclasses

import pytest

from tipnet.core.errors import ConfigurationError, LinkageError
from tipnet.core.linkage.bloom import bytes_to_bits, dice_similarity
from tipnet.core.linkage.encoder import (
    LinkageIdentifiers,
    encode_identifier_batch,
    encode_identifiers,
)
from tipnet.core.linkage.layout import DEFAULT_LAYOUT, FIELD_NAMES, LAYOUT_V1, LAYOUT_V2

SECRET = b"test vectors are not a real secret"
OTHER_SECRET = b"another network, another secret!!"

PERSON = LinkageIdentifiers(
    record_id="a-1",
    given_names="Somchai",
    family_names="Jaidee",
    birth_date="1990-04-12",
    sex="M",
    nationality="TH",
    place_of_origin="Udon Thani",
)


def encode(record: LinkageIdentifiers, **options: object) -> dict[str, bytes]:
    """Layout v1 fields of the record."""
    options = {"layout": LAYOUT_V1, **options}
    return dict(encode_identifiers(record, secret=SECRET, **options).fields)  # type: ignore[arg-type]  # options are keyword flags


def test_new_encodings_use_layout_v2_by_default() -> None:
    assert DEFAULT_LAYOUT is LAYOUT_V2
    fields = encode_identifiers(PERSON, secret=SECRET).fields
    assert set(fields) == set(LAYOUT_V2.field_names)


def test_every_present_field_has_a_filter_of_its_layout_length() -> None:
    fields = encode(PERSON)
    assert set(fields) == set(FIELD_NAMES)
    for name, bits in fields.items():
        assert len(bits) * 8 == LAYOUT_V1.field(name).length_bits


def test_missing_fields_are_absent() -> None:
    fields = encode(LinkageIdentifiers("a-2", given_names="Maria"))
    assert set(fields) == {"given_names"}


def test_encoding_is_deterministic_for_one_record() -> None:
    assert encode(PERSON) == encode(PERSON)


def test_another_secret_gives_unrelated_filters() -> None:
    ours = encode_identifiers(PERSON, secret=SECRET, layout=LAYOUT_V1).fields["family_names"]
    theirs = encode_identifiers(PERSON, secret=OTHER_SECRET, layout=LAYOUT_V1).fields[
        "family_names"
    ]
    assert dice_similarity(ours, theirs) < 0.7


def test_short_secret_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        encode_identifiers(PERSON, secret=b"too short")


def test_same_person_in_another_organisation_scores_high_on_every_field() -> None:
    other = dataclasses.replace(
        PERSON, record_id="b-77", given_names="สมชาย", family_names="Chaidee"
    )
    ours, theirs = encode(PERSON), encode(other)
    for name in FIELD_NAMES:
        assert dice_similarity(ours[name], theirs[name]) >= 0.75, name


def test_different_people_score_low_on_names() -> None:
    other = dataclasses.replace(PERSON, record_id="b-9", given_names="Olga", family_names="Petrova")
    ours, theirs = encode(PERSON), encode(other)
    assert dice_similarity(ours["given_names"], theirs["given_names"]) < 0.6
    assert dice_similarity(ours["family_names"], theirs["family_names"]) < 0.6


def test_year_only_birth_date_is_closer_to_the_same_year_than_to_another() -> None:
    full = encode(PERSON, is_hardened=False)["birth_date"]
    same_year = encode(dataclasses.replace(PERSON, birth_date="1990"), is_hardened=False)
    other_year = encode(dataclasses.replace(PERSON, birth_date="1971"), is_hardened=False)
    assert dice_similarity(full, same_year["birth_date"]) > 0.4
    assert dice_similarity(full, other_year["birth_date"]) < 0.2


def test_year_only_birth_date_still_salts_the_names() -> None:
    year_only = dataclasses.replace(PERSON, record_id="b-1", birth_date="1990")
    assert dice_similarity(encode(PERSON)["family_names"], encode(year_only)["family_names"]) > 0.8


def test_hardening_changes_the_bits() -> None:
    plain, hardened = encode(PERSON, is_hardened=False), encode(PERSON)
    for name in FIELD_NAMES:
        assert plain[name] != hardened[name]


def test_hardening_brings_the_fill_near_one_half() -> None:
    bits = bytes_to_bits(encode(PERSON)["place_of_origin"])
    assert 0.3 < bits.mean() < 0.7


def test_hardening_preserves_the_similarity_order() -> None:
    variants = ["Somchai", "Somchay", "Somsak", "Sompong", "Maria"]

    def ranking(is_hardened: bool) -> list[str]:
        reference = encode(PERSON, is_hardened=is_hardened)["given_names"]
        scores = {
            name: dice_similarity(
                reference,
                encode(
                    dataclasses.replace(PERSON, record_id=f"x-{name}", given_names=name),
                    is_hardened=is_hardened,
                )["given_names"],
            )
            for name in variants
        }
        return sorted(variants, key=lambda name: -scores[name])

    assert ranking(is_hardened=True)[::4] == ranking(is_hardened=False)[::4]
    assert ranking(is_hardened=True)[-1] == "Maria"


def test_equal_names_of_different_records_do_not_give_equal_hardened_filters() -> None:
    twin = dataclasses.replace(PERSON, record_id="a-2")
    assert encode(PERSON)["given_names"] != encode(twin)["given_names"]
    assert encode(PERSON, is_hardened=False) == encode(twin, is_hardened=False)


def test_a_birth_year_typo_breaks_the_salted_name_comparison() -> None:
    # The documented price of salting: the same name with another year looks unrelated.
    typo = dataclasses.replace(PERSON, record_id="b-2", birth_date="1991-04-12")
    assert dice_similarity(encode(PERSON)["given_names"], encode(typo)["given_names"]) < 0.7


def test_dice_similarity_refuses_filters_of_different_lengths() -> None:
    with pytest.raises(LinkageError):
        dice_similarity(b"\x00" * 8, b"\x00" * 64)


def test_dice_similarity_of_independently_computed_sets() -> None:
    # {0, 1, 2} and {1, 2, 3}: 2 * 2 / (3 + 3).
    assert dice_similarity(bytes([0b11100000]), bytes([0b01110000])) == pytest.approx(2 / 3)
    assert dice_similarity(b"\x00", b"\x00") == 0.0


def test_blocking_tokens_never_contain_plaintext() -> None:
    tokens = encode_identifiers(PERSON, secret=SECRET, layout=LAYOUT_V1).blocking_tokens
    assert tokens
    plaintext = ["somchai", "jaidee", "1990", "udon", "s52", "j3"]
    for token in tokens:
        assert not any(text in token.lower() for text in plaintext)


def test_spelling_variants_share_a_fine_blocking_token() -> None:
    ours = set(encode_identifiers(PERSON, secret=SECRET, layout=LAYOUT_V1).blocking_tokens)
    theirs = set(
        encode_identifiers(
            dataclasses.replace(PERSON, given_names="สมชาย", family_names="Chaidee"),
            secret=SECRET,
            layout=LAYOUT_V1,
        ).blocking_tokens
    )
    assert {token.split(":")[0] for token in ours & theirs} >= {"gs0", "fy1"}


def test_small_blocks_are_not_revealed() -> None:
    crowd = [dataclasses.replace(PERSON, record_id=f"c-{index}") for index in range(5)]
    loner = LinkageIdentifiers("l-1", given_names="Zygmunt", family_names="Quackenbush")
    encoded = encode_identifier_batch([*crowd, loner], secret=SECRET, layout=LAYOUT_V1)
    assert all(record.blocking_tokens for record in encoded[:5])
    assert encoded[5].blocking_tokens == ()


def test_batch_reports_progress_for_every_record() -> None:
    seen: list[tuple[int, int]] = []
    records = [dataclasses.replace(PERSON, record_id=f"p-{index}") for index in range(3)]
    encode_identifier_batch(
        records, secret=SECRET, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def encode_v2(record: LinkageIdentifiers, *, is_hardened: bool = True) -> dict[str, bytes]:
    return dict(
        encode_identifiers(record, secret=SECRET, layout=LAYOUT_V2, is_hardened=is_hardened).fields
    )


def test_layout_v2_fields_have_their_layout_lengths() -> None:
    fields = encode_v2(PERSON)
    assert set(fields) == set(LAYOUT_V2.field_names)
    for name, bits in fields.items():
        assert len(bits) * 8 == LAYOUT_V2.field(name).length_bits


def test_layout_v2_names_filter_ignores_a_given_family_swap() -> None:
    swapped = dataclasses.replace(PERSON, given_names="Jaidee", family_names="Somchai")
    assert (
        encode_v2(PERSON, is_hardened=False)["names"]
        == encode_v2(swapped, is_hardened=False)["names"]
    )
    assert dice_similarity(encode_v2(PERSON)["names"], encode_v2(swapped)["names"]) > 0.8


def test_layout_v2_a_birth_year_typo_keeps_the_names_agreement() -> None:
    # The point of v2: the year is no longer part of the salt.
    typo = dataclasses.replace(PERSON, record_id="b-2", birth_date="1991-04-12")
    assert dice_similarity(encode_v2(PERSON)["names"], encode_v2(typo)["names"]) > 0.8


def test_layout_v2_other_names_score_low() -> None:
    other = dataclasses.replace(PERSON, record_id="b-9", given_names="Olga", family_names="Petrova")
    assert dice_similarity(encode_v2(PERSON)["names"], encode_v2(other)["names"]) < 0.6


def test_layout_v2_batch_equals_one_record_at_a_time() -> None:
    records = [
        PERSON,
        dataclasses.replace(PERSON, record_id="a-2", family_names="Srisuk", sex=""),
        dataclasses.replace(PERSON, record_id="a-3", given_names="สมชาย", nationality="JP"),
        LinkageIdentifiers("a-4", given_names="Ana Ana", family_names="Ana"),
        LinkageIdentifiers("a-5", birth_date="1985"),
    ]
    batch = encode_identifier_batch(records, secret=SECRET, layout=LAYOUT_V2)
    for record, encoded in zip(records, batch, strict=True):
        alone = encode_identifiers(record, secret=SECRET, layout=LAYOUT_V2)
        assert dict(encoded.fields) == dict(alone.fields), record.record_id


def test_layout_v2_blocking_tokens_ignore_a_swap_and_the_birth_year() -> None:
    swapped = dataclasses.replace(
        PERSON, given_names="Jaidee", family_names="Somchai", birth_date=""
    )
    ours = encode_identifiers(PERSON, secret=SECRET, layout=LAYOUT_V2).blocking_tokens
    theirs = encode_identifiers(swapped, secret=SECRET, layout=LAYOUT_V2).blocking_tokens
    assert set(ours) == set(theirs)


def test_layout_v2_batch_reports_progress_for_every_record() -> None:
    seen: list[tuple[int, int]] = []
    records = [dataclasses.replace(PERSON, record_id=f"p-{index}") for index in range(3)]
    encode_identifier_batch(
        records,
        secret=SECRET,
        layout=LAYOUT_V2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
