"""Field-level keyed Bloom filters and the Dice similarity that compares them.

Each feature of a field value (see :mod:`tipnet.core.linkage.features`) sets ``k`` bits of
an ``m``-bit filter. The positions are the first ``k`` big-endian 16-bit words of
``HMAC-SHA256(field_key, salt || 0x1F || feature)``, each reduced modulo ``m`` (``m`` is a
power of two, so the reduction has no bias). Without the key the positions of a q-gram
cannot be computed, which rules out dictionary attacks that need only the layout.

References:
    Schnell, R., Bachteler, T. and Reiher, J. (2009), Privacy-preserving record linkage
    using Bloom filters, *BMC Medical Informatics and Decision Making* 9:41.
    Vatsalan, D. et al. (2014), field-level Bloom filters, in Christen, Ranbaduge and
    Schnell (2020), *Linking Sensitive Data*, Springer, ch. 8.
"""

from __future__ import annotations

import hashlib
import hmac

import numpy as np
import numpy.typing as npt

from tipnet.core.errors import LinkageError
from tipnet.core.linkage.layout import LAYOUT_V1, FieldLayout, LinkageLayout

__all__ = [
    "LAYOUT_V1",
    "LinkageLayout",
    "bit_positions",
    "bits_to_bytes",
    "bytes_to_bits",
    "dice_similarity",
    "double_hash_positions",
    "set_feature_bits",
]

BitArray = npt.NDArray[np.uint8]
_SEPARATOR = b"\x1f"


def bit_positions(key: bytes, feature: str, *, salt: str, field: FieldLayout) -> list[int]:
    """The ``k`` bit positions one feature sets in one field's filter.

    Args:
        key: the field's Bloom key (HKDF purpose ``bloom``).
        feature: a q-gram or token.
        salt: the hardening salt (birth year) or ``""``.
        field: the field's layout (gives ``m`` and ``k``).
    """
    message = salt.encode() + _SEPARATOR + feature.encode()
    digest = hmac.digest(key, message, "sha256")
    words = np.frombuffer(digest, dtype=">u2")[: field.hash_count]
    return [int(word) % field.length_bits for word in words]


def double_hash_positions(key: bytes, feature: str, *, salt: str, field: FieldLayout) -> list[int]:
    """Layout v2: the ``k`` positions of a feature from one keyed BLAKE2b digest.

    ``d = BLAKE2b(salt || 0x1F || feature, key=key, digest_size=16)``; ``h1`` is
    ``d[0:8]`` and ``h2`` is ``d[8:16] | 1`` (big-endian; odd, so for a power-of-two ``m``
    the ``k`` positions are distinct); position ``i`` is ``(h1 + i * h2) mod m``.

    References:
        Kirsch, A. and Mitzenmacher, M. (2006), Less hashing, same performance: building
        a better Bloom filter, *ESA 2006*, LNCS 4168.
    """
    message = salt.encode() + _SEPARATOR + feature.encode()
    digest = hashlib.blake2b(message, key=key, digest_size=16).digest()
    first = int.from_bytes(digest[:8], "big")
    step = int.from_bytes(digest[8:], "big") | 1
    return [(first + index * step) % field.length_bits for index in range(field.hash_count)]


def set_feature_bits(
    key: bytes, features: tuple[str, ...], *, salt: str, field: FieldLayout
) -> BitArray:
    """The unhardened Bloom filter of a field value, one ``uint8`` 0/1 per bit."""
    bits = np.zeros(field.length_bits, dtype=np.uint8)
    for feature in features:
        bits[bit_positions(key, feature, salt=salt, field=field)] = 1
    return bits


def bits_to_bytes(bits: BitArray) -> bytes:
    """Pack bits, bit ``j`` into byte ``j // 8`` at weight ``2 ** (7 - j % 8)``."""
    return np.packbits(bits, bitorder="big").tobytes()


def bytes_to_bits(packed: bytes) -> BitArray:
    """Unpack bytes made by :func:`bits_to_bytes`."""
    return np.unpackbits(np.frombuffer(packed, dtype=np.uint8), bitorder="big")


def dice_similarity(a: bytes, b: bytes) -> float:
    """Dice coefficient ``2|A∩B| / (|A| + |B|)`` of two packed filters.

    Args:
        a: a filter as stored in an :class:`~tipnet.core.linkage.encoder.EncodedRecord`.
        b: a filter of the same field and layout.

    Returns:
        A value in ``[0, 1]``; ``0.0`` when both filters are empty (no evidence).

    Raises:
        LinkageError: the filters have different lengths (different fields or layouts).

    References:
        Dice, L. R. (1945), Measures of the amount of ecologic association between
        species, *Ecology* 26(3).
    """
    if len(a) != len(b):
        raise LinkageError(f"Cannot compare filters of {len(a)} and {len(b)} bytes.")
    left, right = int.from_bytes(a, "big"), int.from_bytes(b, "big")
    total = left.bit_count() + right.bit_count()
    return 0.0 if total == 0 else 2 * (left & right).bit_count() / total
