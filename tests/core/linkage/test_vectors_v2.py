"""Published test vectors of linkage layout v2: a compatibility contract.

Every installation that encodes with layout v2 must reproduce these bytes exactly; the
layout v1 vectors stay in ``test_vectors.py``, untouched. If a change to the code breaks
this test, the change breaks comparability with every v2 extract already made: it needs a
new layout version, never an edit of these vectors.

The vectors were generated once from the reviewed implementation (the batch encoder).
``test_hardened_names_filter_follows_the_documented_algorithm`` recomputes one hardened
filter from ``docs/linkage.md`` alone (HKDF-SHA256, keyed BLAKE2b double hashing, the
HMAC-SHA256 diffusion taps, SHAKE-256 noise), without the encoder.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tipnet.core.linkage import LinkageIdentifiers, encode_identifiers, key_check_value
from tipnet.core.linkage.layout import LAYOUT_V2

SECRET = bytes(range(32))  # 000102...1f, as printed in docs/linkage.md
KEY_CHECK_VALUE_V2 = "e8248989d2ff14c7"
SOMCHAI = LinkageIdentifiers("tv-1", "Somchai", "Jaidee", "1990-04-12", "M", "TH", "Udon Thani")
MARGARITA = LinkageIdentifiers("tv-2", "Маргарита", "Сидорова", "1985", "F", "RU", "")
KATAKANA = LinkageIdentifiers("tv-3", "ソムチャイ", "", "", "", "", "")
SOMCHAI_TOKENS = (
    "nw0:465f3dd961db07ac1f014f692d38696f",
    "nw0:212ebdf890f1e8012e2975c92331c399",
    "np0:5ecd4d0b5a6ec019b9238cf879bd9f0f",
    "np1:4e05e4ed5c7d19a69ba6fb8d1aafd62b",
)
MARGARITA_TOKENS = (
    "nw0:2a9a468762328b2c0fc9470772edfafa",
    "nw0:b6358a9bcf2fdf483118690c2d403582",
    "np0:82088b10798ce362830202a4700ee203",
    "np1:4b9f532a685a2f4fd87da32c5349533f",
)


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
        SOMCHAI,
        is_hardened=True,
        fields={
            "names": (
                "ot+xUiog4EWbGCqAgNw0DEgdJSPKW4vGtHPC4ZPrUouadEBdb0ihYNRdwBQQ0o6KRQj8DC/E"
                "aTuNK8h1JICcEhVFURT3zsqcwqKmEOwYLIskYskZz+UMyIlMUhUqhljAullWKSFMFikHgFOJ"
                "MbrI5oPHXApA0DE1maHCCH9hgXk="
            ),
            "birth_date": "13kgDQREEBSik4KwXuCstg8RMjMSUBsEE2lQUX4KKhE=",
            "sex": "IQyEwB4MhZE=",
            "nationality": "AhlDilguBCI=",
            "place_of_origin": (
                "KzGEZMJpWBlBWGyOX01GUFKL+tnejjcVBbAwsEUmVIA4pPAINT3oAkRE5yJMFUQT9nHFKAyc"
                "0dl0iVXvYSEmPg=="
            ),
        },
        blocking_tokens=SOMCHAI_TOKENS,
    ),
    TestVector(
        SOMCHAI,
        is_hardened=False,
        fields={
            "names": (
                "BQSgEJJAEACgBAVAAggwQoCgQCMpQBgAAQQEEJAgAIFcYQgCAgBAAcIUAKEAjQiCIiAADABB"
                "JRcIIEECAAAAgBAQAEAABEIIIcAAACAwUAAMAcyaWzWWBwCIABhSGCQAFZGGKCBBAoQBwABA"
                "SAaIAgIhAgCQABAAAKEUqAQCFBA="
            ),
            "birth_date": "AFAAhASgICEAWAAKIIqMAAAECAEAAlAAESElQQ2QwAI=",
            "sex": "D/AAAAAAAAA=",
            "nationality": "AAiARAAiABE=",
            "place_of_origin": (
                "AAKJACQAAEEViEkJAOEEjKAwAABGBTEEwEEQEGBgAkSAAocQACAWABA4AIAAskkm4IACGJAL"
                "AmJEggKYDCEACQ=="
            ),
        },
        blocking_tokens=SOMCHAI_TOKENS,
    ),
    TestVector(
        MARGARITA,
        is_hardened=True,
        fields={
            "names": (
                "whsXvOUjkshZQm6p4mRaCjgx26tkBTYYFzYDF90pmX8GTJNvofLQq3CUGuXC/pd6vOu8hyoX"
                "sCxCMMWlN60Qky1A7IKcy9WapcDdlRYHbhFqTx6jFH7MbbHYf2IhvqHzPsHj8rMqOBNGbaEJ"
                "HglGOAL9lrw4sscgEeZRE0Ef9UQ="
            ),
            "birth_date": "KaQAJJAQACQgAImRAUbYigHmYhBNAEioJxgAwcIpDRA=",
            "sex": "gR+GxgCAgbA=",
            "nationality": "1gIMAcooF6o=",
        },
        blocking_tokens=MARGARITA_TOKENS,
    ),
    TestVector(
        MARGARITA,
        is_hardened=False,
        fields={
            "names": (
                "IVYAWoZkRhggMJUJqIuACMTNCQjyCFIgAIIAVggEEEJbYyhgksIAgYKGGAgBBWyBIjEHilhA"
                "c0EBMYEDSgyKpJBQIotAAFCwCZCkBABm4AYNGGQMEqBAoLbMoZlAMAgQRAHOQBQgAaRFFhBC"
                "jgIBDAsFJAiRCAMxADgRiCBCqAE="
            ),
            "birth_date": "AAIAQAAAQgEAAhAAABCAAAiAAIAEAAQAIEAABQAAACg=",
            "sex": "IQgAQgAQhAA=",
            "nationality": "CQIAgCBAEAQ=",
        },
        blocking_tokens=MARGARITA_TOKENS,
    ),
    TestVector(
        KATAKANA,
        is_hardened=True,
        fields={
            "names": (
                "DMOWmACjMCgVeQolHzjfIFDCmJgKEE11Uwg+RoUqYOwgVCAjIRFUFo0YxgKZopzGl4cMQJFx"
                "AoWAQFxlQpxmJLw8g1kAApE4A0ZmYnkARkacFpTitIELMoMcBHFkKB2iBQXQMERSEQwQWBEF"
                "Qg4MmoSotjAcULRyDFMF5lKAySU="
            ),
        },
        blocking_tokens=("nw0:465f3dd961db07ac1f014f692d38696f",),
    ),
    TestVector(
        KATAKANA,
        is_hardened=False,
        fields={
            "names": (
                "BQSAEJAAAAAgBAQAAAggQoCgQCMJQAgAAQQEAJAAAAFYYAACAgBAAUIQACEADAiCICAABABA"
                "JBIAIEAAAAAAgBAQAEAAAAIIIcAAACAQUAAIAMgAAgEABwCAABACGAQAFRGCKAAAAoABwABA"
                "SAQIAgIhAgCQABAAAIEUqAQAFAA="
            ),
        },
        blocking_tokens=("nw0:465f3dd961db07ac1f014f692d38696f",),
    ),
)


@pytest.mark.parametrize(
    "vector", VECTORS, ids=[f"{v.identifiers.record_id}-{v.is_hardened}" for v in VECTORS]
)
def test_encoding_reproduces_the_published_v2_vector(vector: TestVector) -> None:
    encoded = encode_identifiers(
        vector.identifiers, secret=SECRET, layout=LAYOUT_V2, is_hardened=vector.is_hardened
    )
    actual = {name: base64.b64encode(bits).decode() for name, bits in encoded.fields.items()}
    assert actual == vector.fields
    assert encoded.blocking_tokens == vector.blocking_tokens


def test_key_check_value_of_v2_reproduces_the_published_value() -> None:
    assert key_check_value(SECRET, version=2) == KEY_CHECK_VALUE_V2


def test_katakana_and_latin_spellings_meet_in_the_unhardened_names_filter() -> None:
    # ソムチャイ alone and "Somchai Jaidee" share every bit of "sumcai"; the Latin record
    # only adds the bits of "caida".
    katakana = base64.b64decode(VECTORS[5].fields["names"])
    latin = base64.b64decode(VECTORS[1].fields["names"])
    assert all(kana & ~roman == 0 for kana, roman in zip(katakana, latin, strict=True))


def _key(purpose: str, field: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"tipnet linkage secret",
        info=f"tipnet/linkage/v2/{purpose}/{field}".encode(),
    ).derive(SECRET)


def _documented_positions(features: list[str], salt: bytes) -> set[int]:
    key = _key("bloom", "names")
    positions: set[int] = set()
    for feature in features:
        digest = hashlib.blake2b(salt + b"\x1f" + feature.encode(), key=key, digest_size=16)
        first = int.from_bytes(digest.digest()[:8], "big")
        step = int.from_bytes(digest.digest()[8:], "big") | 1
        positions.update((first + index * step) % 1024 for index in range(12))  # k=12, m=1024
    return positions


def _documented_taps() -> list[list[int]]:
    key = _key("diffusion", "names")
    stream = b"".join(
        hmac.digest(key, b"\x1f" + counter.to_bytes(4, "big"), "sha256") for counter in range(256)
    )
    words = [int.from_bytes(stream[2 * i : 2 * i + 2], "big") % 1024 for i in range(4 * 1024)]
    return [[words[tap * 1024 + bit] for tap in range(4)] for bit in range(1024)]


def test_hardened_names_filter_follows_the_documented_algorithm() -> None:
    # "Somchai" folds to "sumcai" and "Jaidee" to "caida"; each word is padded alone.
    features = ["_s", "su", "um", "mc", "ca", "ai", "i_", "#_s", "#sm", "#mc", "#c_"]
    features += ["_c", "ca", "ai", "id", "da", "a_", "#_c", "#cd", "#d_"]
    set_bits = _documented_positions(features, salt=b"M")  # names are salted with sex
    diffused = [sum(tap in set_bits for tap in taps) % 2 for taps in _documented_taps()]
    noise_key = _key("noise", "names")
    noise = hashlib.shake_256(noise_key + b"\x1f" + b"tv-1").digest(1024)
    bits = [bit ^ (noise[index] < 16) for index, bit in enumerate(diffused)]
    expected = sum(bit << (1023 - index) for index, bit in enumerate(bits)).to_bytes(128, "big")
    encoded = encode_identifiers(SOMCHAI, secret=SECRET, layout=LAYOUT_V2)
    assert encoded.fields["names"] == expected
