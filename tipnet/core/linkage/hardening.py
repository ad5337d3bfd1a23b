"""Hardening of field-level Bloom filters against cryptanalysis.

A plain field-level Bloom filter is a deterministic function of one name: equal names give
equal filters (a frequency attack aligns the commonest filters with the commonest names),
and every q-gram always sets the same bits (a pattern-mining attack finds bits that are
always set together and aligns them with frequent q-grams). Hardening, on by default,
applies three layers, each keyed so that only holders of the network secret can compute it:

1. **Salting** (before hashing): every field except the birth date is hashed with the
   birth year and sex as salt, so the same name born in different years, or of people of
   different sex, sets unrelated bits. Tradeoff: records whose year or sex disagree (typo)
   or where one of them is missing cannot be matched on those fields; records missing the
   same part share the salt with an empty part.
2. **Diffusion** (after hashing): output bit ``j`` is the XOR of ``t`` input bits at keyed
   positions, so no output bit belongs to one q-gram and the fill is near one half.
3. **Keyed noise** (randomised response): each output bit is flipped with probability
   ``noise_threshold / 256``, drawn from ``HMAC-SHA256(noise_key, record_id ...)`` so it is
   reproducible for a record (re-submitting an extract cannot be averaged away) but equal
   names of different records no longer give equal filters.

References:
    Armknecht, F., Heng, Y.-C. and Schnell, R. (2023), Strengthening privacy-preserving
    record linkage using diffusion, *Proceedings on Privacy Enhancing Technologies* 2023(2).
    Schnell, R. and Borgs, C. (2016), Randomized response and balanced Bloom filters for
    privacy preserving record linkage, *IEEE ICDM Workshops*.
    Ranbaduge, T. and Schnell, R. (2020), Securing Bloom filters for privacy-preserving
    record linkage, *CIKM '20* (salting).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from tipnet.core.linkage.bloom import BitArray
from tipnet.core.linkage.keys import KeyPurpose, derive_key
from tipnet.core.linkage.layout import FieldLayout, LinkageLayout, SaltPart

__all__ = [
    "FieldKeys",
    "apply_diffusion",
    "apply_noise",
    "diffuse_rows",
    "field_keys",
    "noise_rows",
    "salt_for",
]

_SEPARATOR = b"\x1f"


@dataclass(frozen=True, eq=False)
class FieldKeys:
    """Keys and keyed tables of one field, derived once per secret and layout.

    Attributes:
        field: the field's layout.
        bloom_key: HMAC key of the bit positions.
        noise_key: HMAC key of the noise bytes.
        diffusion_taps: ``t x m`` array; output bit ``j`` is the XOR of input bits
            ``diffusion_taps[:, j]``.
        blocking_key: HMAC key of blocking tokens derived from this field.
    """

    field: FieldLayout
    bloom_key: bytes
    noise_key: bytes
    diffusion_taps: np.ndarray[tuple[int, int], np.dtype[np.intp]]
    blocking_key: bytes


@lru_cache(maxsize=8)
def field_keys(secret: bytes, layout: LinkageLayout) -> dict[str, FieldKeys]:
    """Derive every field's keys and diffusion table (cached: derivation is slow)."""
    return {field.name: _derive_field_keys(secret, layout, field) for field in layout.fields}


def _derive_field_keys(secret: bytes, layout: LinkageLayout, field: FieldLayout) -> FieldKeys:
    def key(purpose: KeyPurpose) -> bytes:
        return derive_key(secret, version=layout.version, purpose=purpose, field=field.name)

    return FieldKeys(
        field=field,
        bloom_key=key(KeyPurpose.BLOOM),
        noise_key=key(KeyPurpose.NOISE),
        diffusion_taps=_diffusion_taps(key(KeyPurpose.DIFFUSION), layout, field),
        blocking_key=key(KeyPurpose.BLOCKING),
    )


def _diffusion_taps(
    key: bytes, layout: LinkageLayout, field: FieldLayout
) -> np.ndarray[tuple[int, int], np.dtype[np.intp]]:
    # Word i of the HMAC counter stream (16-bit big-endian, modulo m) is tap i // m of
    # output bit i % m.
    words = _keyed_stream(key, b"", layout.diffusion_taps * field.length_bits * 2, ">u2")
    taps = words.astype(np.intp) % field.length_bits
    return taps.reshape(layout.diffusion_taps, field.length_bits)


def _keyed_stream(key: bytes, label: bytes, length_bytes: int, dtype: str) -> npt.NDArray[Any]:
    """HMAC-SHA256 in counter mode: digest of ``label || 0x1F || counter (4 bytes BE)``."""
    blocks = (length_bytes + 31) // 32
    stream = b"".join(
        hmac.digest(key, label + _SEPARATOR + counter.to_bytes(4, "big"), "sha256")
        for counter in range(blocks)
    )
    return np.frombuffer(stream[:length_bytes], dtype=dtype)


def salt_for(
    field: FieldLayout,
    *,
    birth_year: str,
    sex: str,
    is_hardened: bool,
    parts: Sequence[SaltPart] = (SaltPart.BIRTH_YEAR, SaltPart.SEX),
) -> str:
    """The salt of a field: its ``parts`` joined by ``|`` when salted and hardened, else ``""``.

    Layout v1 salts with ``"<year>|<sex>"``; missing parts stay empty (``"|F"``,
    ``"1985|"``, ``"|"``). Layout v2 salts only ``place_of_origin``, with ``"<sex>"``.
    """
    if not (is_hardened and field.is_salted):
        return ""
    values = {SaltPart.BIRTH_YEAR: birth_year, SaltPart.SEX: sex}
    return "|".join(values[part] for part in parts)


def apply_diffusion(bits: BitArray, keys: FieldKeys) -> BitArray:
    """XOR ``t`` keyed input bits into each output bit (linear diffusion layer).

    References:
        Armknecht, Heng and Schnell (2023), PoPETs 2023(2).
    """
    diffused = np.zeros_like(bits)
    for taps in keys.diffusion_taps:
        diffused ^= bits[taps]
    return diffused


def apply_noise(bits: BitArray, keys: FieldKeys, *, record_id: str, threshold: int) -> BitArray:
    """Flip each bit whose keyed noise byte is below ``threshold`` (randomised response).

    The noise bytes are the HMAC-SHA256 counter stream of ``record_id`` (UTF-8) under the
    field's noise key; byte ``j`` decides bit ``j``.

    References:
        Schnell and Borgs (2016), ICDM Workshops.
    """
    noise = _keyed_stream(keys.noise_key, record_id.encode(), len(bits), "u1")
    return bits ^ (noise < threshold).astype(np.uint8)


def diffuse_rows(bits: npt.NDArray[np.uint8], keys: FieldKeys) -> npt.NDArray[np.uint8]:
    """:func:`apply_diffusion` on every row of a ``records x m`` bit matrix at once."""
    diffused = np.zeros_like(bits)
    for taps in keys.diffusion_taps:
        diffused ^= bits[:, taps]
    return diffused


def noise_rows(
    keys: FieldKeys, record_ids: Sequence[str], *, threshold: int
) -> npt.NDArray[np.uint8]:
    """Layout v2 keyed noise: a ``records x m`` matrix of bit flips (1 = flip).

    Byte ``j`` of ``SHAKE-256(noise_key || 0x1F || record_id)`` (UTF-8; the key has a
    fixed 32 bytes, so the message is unambiguous) flips bit ``j`` when below
    ``threshold``. SHAKE-256 gives all ``m`` bytes in one call where HMAC-SHA256 in counter
    mode (layout v1) needs ``m / 32``.

    References:
        NIST FIPS 202 (2015), SHA-3 standard: permutation-based hash and extendable-output
        functions; Schnell and Borgs (2016), ICDM Workshops.
    """
    length = keys.field.length_bits
    prefix = keys.noise_key + _SEPARATOR
    stream = b"".join(
        hashlib.shake_256(prefix + record_id.encode()).digest(length) for record_id in record_ids
    )
    noise = np.frombuffer(stream, dtype=np.uint8).reshape(len(record_ids), length)
    return (noise < threshold).astype(np.uint8)
