"""Keys derived from the network linkage secret.

Every organisation of a network holds the same linkage secret; nobody else does, and the
linkage step never needs it. From it HKDF-SHA256 derives one independent key per purpose
and field, so that a key leaked from one use (for example blocking) says nothing about
another (for example the bits of a name filter).

References:
    Krawczyk, H. and Eronen, P. (2010), RFC 5869, *HMAC-based Extract-and-Expand Key
    Derivation Function (HKDF)*.
"""

from __future__ import annotations

import hmac
from enum import Enum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tipnet.core.errors import ConfigurationError

__all__ = [
    "MINIMUM_SECRET_BYTES",
    "KeyPurpose",
    "derive_key",
    "key_check_value",
    "validate_secret",
]

MINIMUM_SECRET_BYTES = 32
_HKDF_SALT = b"tipnet linkage secret"
_KEY_CHECK_MESSAGE = b"tipnet linkage key check"


class KeyPurpose(Enum):
    """What a derived key is used for; part of the HKDF ``info``."""

    BLOOM = "bloom"
    DIFFUSION = "diffusion"
    NOISE = "noise"
    BLOCKING = "blocking"
    KEY_CHECK = "key-check"


def validate_secret(secret: bytes) -> None:
    """Refuse a linkage secret too short to resist guessing.

    Raises:
        ConfigurationError: the secret has fewer than 32 bytes.
    """
    if len(secret) < MINIMUM_SECRET_BYTES:
        raise ConfigurationError(
            f"The linkage secret must have at least {MINIMUM_SECRET_BYTES} bytes "
            f"(it has {len(secret)}); generate it with a cryptographic random generator."
        )


def derive_key(secret: bytes, *, version: int, purpose: KeyPurpose, field: str = "") -> bytes:
    """Derive the 32-byte key of one purpose and field with HKDF-SHA256.

    The HKDF ``info`` is ``"tipnet/linkage/v{version}/{purpose}/{field}"`` (UTF-8) and the
    salt is ``b"tipnet linkage secret"``.

    Args:
        secret: the network linkage secret (at least 32 bytes).
        version: layout version; keys of different versions are unrelated.
        purpose: what the key is for.
        field: field name, or ``""`` for keys that serve all fields.

    References:
        RFC 5869.
    """
    validate_secret(secret)
    info = f"tipnet/linkage/v{version}/{purpose.value}/{field}".encode()
    derivation = HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=info)
    return derivation.derive(secret)


def key_check_value(secret: bytes, *, version: int) -> str:
    """A short public fingerprint that tells whether two extracts used the same secret.

    It is the first 8 bytes (hex) of HMAC-SHA256 under a key derived for this purpose only.
    It reveals nothing about the secret that the encodings themselves do not already
    reveal: anyone able to test guesses of the secret against it could test them against
    the filter bits as well, which is why the secret must be random and long.
    """
    key = derive_key(secret, version=version, purpose=KeyPurpose.KEY_CHECK)
    return hmac.digest(key, _KEY_CHECK_MESSAGE, "sha256")[:8].hex()
