"""Published test vectors of linkage layout v1: a compatibility contract.

Every installation that encodes with layout v1 must reproduce these bytes exactly; the same
vectors are printed in ``docs/linkage.md``. If a change to the code breaks this test, the
change breaks comparability with every extract already made: it needs a new layout version,
never an edit of these vectors.

The vectors were generated once from the reviewed implementation. The independent check in
``test_unhardened_bits_follow_the_documented_algorithm`` recomputes one filter from the
documented algorithm (HKDF-SHA256, HMAC-SHA256, 16-bit words) without the encoder.
"""

from __future__ import annotations

import base64
import hmac
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tipnet.core.linkage import (
    LAYOUT_V1,
    LinkageIdentifiers,
    encode_identifiers,
    key_check_value,
)

SECRET = bytes(range(32))  # 000102...1f, as printed in docs/linkage.md
KEY_CHECK_VALUE = "7f92cde450d9c4b3"


@dataclass(frozen=True)
class TestVector:
    """One input record and its expected encoding."""

    __test__ = False  # a data holder, not a pytest class

    identifiers: LinkageIdentifiers
    is_hardened: bool
    fields: dict[str, str]
    blocking_tokens: tuple[str, ...]


VECTORS = (
    TestVector(
        identifiers=LinkageIdentifiers(
            "tv-1", "Somchai", "Jaidee", "1990-04-12", "M", "TH", "Udon Thani"
        ),
        is_hardened=True,
        fields={
            "given_names": (
                "5qhoRZ1YArzAWDgCxC5RSw2tGuRqcgTwAEx4YQ/HQQhwwgAgyMa11N2J/E05"
                "ayLKJylYAmW9jJCygnIj4z1ALg=="
            ),
            "family_names": (
                "kQiVn0JKykESQCBsGUjUaUmO4aCPvE0cNEsafZYsxTwkMQhFYAHLQjbqDIOw"
                "2FYlsyEiwYIhEVTYIwAvT8dMBQ=="
            ),
            "birth_date": "MhbPesCYs3RqCworVFAQcJONa/Z1ohlUMqfILu8I3DE=",
            "sex": "WAgeJz0h4XI=",
            "nationality": "CbBlXQGyQyQ=",
            "place_of_origin": (
                "nAI+WzzKFlKDzk2BHAJoBERfs1XxPIKhQx2FMJ02IRPBt2AUfoNgNqKAca30"
                "h2LQTydBEWNKtMHJEz0A3xS0WA=="
            ),
        },
        blocking_tokens=(
            "fy0:08d7e726f1bca0275bf9c350a748e060",
            "gs0:54b799b5b720e8094962642a97144696",
            "fy1:0d5ca09d71930b2305af2406cccbb502",
            "gs1:76cd18e459ed6ca7c2b0d96a67ac2936",
            "fy2:2db44b9202b7a566f6abcc311659cc20",
            "gs2:36476a97a36ac8f57c14261def4036c4",
        ),
    ),
    TestVector(
        identifiers=LinkageIdentifiers(
            "tv-1", "Somchai", "Jaidee", "1990-04-12", "M", "TH", "Udon Thani"
        ),
        is_hardened=False,
        fields={
            "given_names": (
                "aAIYCQIUINSSBBABAIgCAKAAwAAoAYACAIIAQQQIAQAoCAeAACAAANCrGIcR"
                "EAgAAHBBgAJEBUABAAAAAAQCAA=="
            ),
            "family_names": (
                "BgEAQoMEUCAMQBAQASSAAIAEFBBAEAAAEAAAAACAAQgAAQGBEQEIgAiQIoCg"
                "ADBIAAgTAAICAACgAQFAgACBAg=="
            ),
            "birth_date": "BQQgwEBCAFAAkABkABAEKCAiZJICIAEKYIAaBQAQEQY=",
            "sex": "ADCAEAgAQAI=",
            "nationality": "AgAAECgCQAg=",
            "place_of_origin": (
                "UaFIQBAisJQgZABCRAQeggAIDoylYCAAACDA7AAIYAMAQAQhJFBIkAIBEgAG"
                "FIgQOQgAxAAFCAGQmSQAUEAAAQ=="
            ),
        },
        blocking_tokens=(
            "fy0:08d7e726f1bca0275bf9c350a748e060",
            "gs0:54b799b5b720e8094962642a97144696",
            "fy1:0d5ca09d71930b2305af2406cccbb502",
            "gs1:76cd18e459ed6ca7c2b0d96a67ac2936",
            "fy2:2db44b9202b7a566f6abcc311659cc20",
            "gs2:36476a97a36ac8f57c14261def4036c4",
        ),
    ),
    TestVector(
        identifiers=LinkageIdentifiers("tv-2", "Маргарита", "Сидорова", "1985", "F", "RU", ""),
        is_hardened=True,
        fields={
            "given_names": (
                "qEwz4UOlUMMQf+CDZJNDhI9JCvAEs8bcxYYO3I1BHWSFdBN0BcaEVwketnA5"
                "0uDKXPGj6QggQ7Vu4LTDZYA5RA=="
            ),
            "family_names": (
                "F8RdB19EFfYHR1hVFxvIH4O2InCVS/sQW2IkiVql3CE15KOJ6AmCYKCMTtgV"
                "dP2JEODqKzIBPml4UihnK6RRBQ=="
            ),
            "birth_date": "CQAHCFHmJwEACUgwEomgpEC6KKMwAQ4AhJAICICIADw=",
            "sex": "RCYwDA9KEks=",
            "nationality": "AMAgRDiEscg=",
        },
        blocking_tokens=(
            "fy0:744192a8cdfc14523bc1894b862771e7",
            "gs0:c7157eb43d8b0715bd162e0bfa25dc28",
            "fy1:dcfb66f1c748683244a7f961f139b0d9",
            "gs1:fb29f9ccc270ff20b0c020b549852c0d",
            "fy2:c5b9744d72c7d8fbc090616a5dbf91b0",
            "gs2:a59eefbb2f319c234b65ed6b877e0c5e",
        ),
    ),
    TestVector(
        identifiers=LinkageIdentifiers("tv-2", "Маргарита", "Сидорова", "1985", "F", "RU", ""),
        is_hardened=False,
        fields={
            "given_names": (
                "gUIEUCIgIESSxAAJFpAAQwAgwBAgMBgFAkCJYwAAhgQgo4IYoEQgAgKCMBAE"
                "AGRABgAAIIABAIQBAIgIIUAKCg=="
            ),
            "family_names": (
                "DoEKAkAAABRAhAAGSqCBgBAAcFAEKAAGCIgAgVGAQDgQAATAISIIMBQAMACk"
                "lBEIFIDQkNJDQYQTUGAEBBIIIA=="
            ),
            "birth_date": "AAIEAAAAKAgAAAAcACUAACAgAAiAAIAAIAAAEAAAwAA=",
            "sex": "AABBSEADgAA=",
            "nationality": "ASAgAQgEAEE=",
        },
        blocking_tokens=(
            "fy0:744192a8cdfc14523bc1894b862771e7",
            "gs0:c7157eb43d8b0715bd162e0bfa25dc28",
            "fy1:dcfb66f1c748683244a7f961f139b0d9",
            "gs1:fb29f9ccc270ff20b0c020b549852c0d",
            "fy2:c5b9744d72c7d8fbc090616a5dbf91b0",
            "gs2:a59eefbb2f319c234b65ed6b877e0c5e",
        ),
    ),
    TestVector(
        identifiers=LinkageIdentifiers("tv-3", "ソムチャイ", "", "", "", "", ""),
        is_hardened=True,
        fields={
            "given_names": (
                "GK+i0VJGM01HE2oUgwQkMWZpbghWajSc8yVCKADZiClqweEJqFEsCUhgabMm"
                "EhpWQHACw4CFYygvazqsQEYuJg=="
            ),
        },
        blocking_tokens=(
            "gs0:8642cd352fefc1ad283126523b83fae7",
            "gs1:a18b879f34b137f1aa26bc0a0d7c8abc",
            "gs2:5236c155594297c2e69255ed5109c5e5",
        ),
    ),
    TestVector(
        identifiers=LinkageIdentifiers("tv-3", "ソムチャイ", "", "", "", "", ""),
        is_hardened=False,
        fields={
            "given_names": (
                "aAIYCQIUINSSBBABAIgCAKAAwAAoAYACAIIAQQQIAQAoCAeAACAAANCrGIcR"
                "EAgAAHBBgAJEBUABAAAAAAQCAA=="
            ),
        },
        blocking_tokens=(
            "gs0:8642cd352fefc1ad283126523b83fae7",
            "gs1:a18b879f34b137f1aa26bc0a0d7c8abc",
            "gs2:5236c155594297c2e69255ed5109c5e5",
        ),
    ),
)


@pytest.mark.parametrize(
    "vector", VECTORS, ids=[f"{v.identifiers.record_id}-{v.is_hardened}" for v in VECTORS]
)
def test_encoding_reproduces_the_published_vector(vector: TestVector) -> None:
    encoded = encode_identifiers(
        vector.identifiers, secret=SECRET, layout=LAYOUT_V1, is_hardened=vector.is_hardened
    )
    actual = {name: base64.b64encode(bits).decode() for name, bits in encoded.fields.items()}
    assert actual == vector.fields
    assert encoded.blocking_tokens == vector.blocking_tokens


def test_key_check_value_reproduces_the_published_value() -> None:
    assert key_check_value(SECRET, version=1) == KEY_CHECK_VALUE


def test_unhardened_bits_follow_the_documented_algorithm() -> None:
    # Somchai folds to "sumcai"; its features are listed in docs/linkage.md.
    features = ["_s", "su", "um", "mc", "ca", "ai", "i_", "#_s", "#sm", "#mc", "#c_"]
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"tipnet linkage secret",
        info=b"tipnet/linkage/v1/bloom/given_names",
    ).derive(SECRET)
    expected = 0
    for feature in features:
        digest = hmac.digest(key, b"\x1f" + feature.encode(), "sha256")
        for index in range(8):  # k = 8 words of 16 bits, modulo m = 512
            position = int.from_bytes(digest[2 * index : 2 * index + 2], "big") % 512
            expected |= 1 << (511 - position)  # bit j is the (7 - j % 8)-th bit of byte j // 8
    record = LinkageIdentifiers("any", given_names="Somchai")
    encoded = encode_identifiers(record, secret=SECRET, layout=LAYOUT_V1, is_hardened=False)
    assert encoded.fields["given_names"] == expected.to_bytes(64, "big")
