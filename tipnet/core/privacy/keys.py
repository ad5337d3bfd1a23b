"""Deployment key, per-organisation data keys and key derivation.

Every organisation's identifying fields are encrypted with its own random *data key*.
Data keys are stored in the database only in wrapped (encrypted) form; the *deployment
key* that wraps them lives outside the database (an environment setting), so a stolen
database dump alone decrypts nothing.

Wrapped data key layout (version 1)::

    0x01 | nonce (12 bytes) | AES-256-GCM ciphertext of the data key || tag (16 bytes)

The associated data binds the wrapped key to its organisation, so a wrapped key copied
into another organisation's row does not unwrap.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tipnet.core.errors import ConfigurationError, CryptoError

DATA_KEY_BYTES = 32
DEPLOYMENT_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
FINGERPRINT_HEX_CHARS = 16

_WRAP_FORMAT_VERSION = b"\x01"
_WRAPPED_KEY_BYTES = len(_WRAP_FORMAT_VERSION) + NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES
_GENERATE_COMMAND = 'python -c "import base64,os;print(base64.b64encode(os.urandom(32)).decode())"'
# Fixed label: the fingerprint is an HMAC *keyed by* the deployment key, so it identifies
# the key without revealing anything about it (unlike, say, its first bytes).
_FINGERPRINT_LABEL = b"tipnet:deployment-key-fingerprint:v1"
_WRAPPING_PURPOSE = "data-key-wrapping-v1"
_SUBKEY_INFO_PREFIX = b"tipnet:"


@dataclass(frozen=True)
class DeploymentKey:
    """The secret that wraps every organisation's data key.

    Attributes:
        key_bytes: exactly 32 random bytes; hidden from ``repr`` so it never lands in logs
            or tracebacks.
    """

    key_bytes: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.key_bytes) != DEPLOYMENT_KEY_BYTES:
            raise ConfigurationError(
                f"A deployment key must be exactly {DEPLOYMENT_KEY_BYTES} bytes, "
                f"got {len(self.key_bytes)}."
            )

    def fingerprint(self) -> str:
        """Return a short hex identifier of this key, safe to log and display.

        Stored next to wrapped keys, it tells an operator "this database was set up
        with a different TIPNET_DEPLOYMENT_KEY" before any decryption is attempted.

        Returns:
            16 lowercase hex characters (an HMAC-SHA256 of a fixed label, truncated).
        """
        digest = hmac.new(self.key_bytes, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()
        return digest[:FINGERPRINT_HEX_CHARS]


def load_deployment_key(
    encoded: str | None, *, setting_name: str = "TIPNET_DEPLOYMENT_KEY"
) -> DeploymentKey:
    """Parse the deployment key from its base64 setting.

    There is deliberately no fallback: without a valid key the deployment must not start,
    because the alternative would be storing victims' data unencrypted.

    Args:
        encoded: standard or URL-safe base64 of exactly 32 bytes (padding optional).
        setting_name: the setting the value came from, named in every error message.

    Returns:
        The parsed key.

    Raises:
        ConfigurationError: the value is empty, not base64, or not 32 bytes long. The
            message names the setting but never repeats the (secret) value.
    """
    text = (encoded or "").strip()
    if not text:
        raise ConfigurationError(
            f"{setting_name} is not set. Generate a key with: {_GENERATE_COMMAND} "
            f"and keep it outside the database (and out of version control)."
        )
    key_bytes = _decode_base64(text, setting_name=setting_name)
    if len(key_bytes) != DEPLOYMENT_KEY_BYTES:
        raise ConfigurationError(
            f"{setting_name} must encode exactly {DEPLOYMENT_KEY_BYTES} bytes, "
            f"but it encodes {len(key_bytes)}. Generate a key with: {_GENERATE_COMMAND}"
        )
    return DeploymentKey(key_bytes=key_bytes)


def _decode_base64(text: str, *, setting_name: str) -> bytes:
    standard_alphabet = text.replace("-", "+").replace("_", "/")
    padded = standard_alphabet + "=" * (-len(standard_alphabet) % 4)
    try:
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        # ``from None``: the underlying error may quote the secret value.
        raise ConfigurationError(
            f"{setting_name} is not valid base64. Generate a key with: {_GENERATE_COMMAND}"
        ) from None


def generate_data_key() -> bytes:
    """Return a fresh random data key (32 bytes from the operating system's CSPRNG)."""
    return os.urandom(DATA_KEY_BYTES)


def encode_deployment_key(key: bytes) -> str:
    """Encode raw key bytes as standard base64, the format ``load_deployment_key`` reads.

    Args:
        key: the raw key, normally ``os.urandom(32)``.

    Returns:
        Standard base64 text with padding.
    """
    return base64.b64encode(key).decode("ascii")


def derive_subkey(key: bytes, *, purpose: str) -> bytes:
    """Derive an independent 32-byte key for one purpose (HKDF-SHA256, RFC 5869).

    One secret is never used directly for two jobs: encryption, blind indexing, key
    wrapping and audit hashing each get their own derived key.

    Args:
        key: the input keying material (a data key or a deployment key).
        purpose: a stable label such as ``"blind-index-v1"``; changing it changes the key.

    Returns:
        32 bytes of derived key.

    Raises:
        ValueError: ``purpose`` is empty (a programming error).

    References:
        Krawczyk & Eronen, RFC 5869, HMAC-based Extract-and-Expand Key Derivation Function.
    """
    if not purpose:
        raise ValueError("derive_subkey needs a non-empty purpose")
    derivation = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=_SUBKEY_INFO_PREFIX + purpose.encode("utf-8"),
    )
    return derivation.derive(key)


def _organisation_binding(organisation_id: int) -> bytes:
    return f"tipnet:data-key:v1:organisation={organisation_id}".encode("ascii")


def _wrapping_cipher(deployment_key: DeploymentKey) -> AESGCM:
    return AESGCM(derive_subkey(deployment_key.key_bytes, purpose=_WRAPPING_PURPOSE))


def wrap_data_key(deployment_key: DeploymentKey, data_key: bytes, *, organisation_id: int) -> bytes:
    """Encrypt an organisation's data key under the deployment key.

    Args:
        deployment_key: the deployment's key.
        data_key: the organisation's 32-byte data key.
        organisation_id: the organisation the key belongs to; bound as associated data.

    Returns:
        The versioned wrapped key (61 bytes), safe to store in the database.

    Raises:
        CryptoError: ``data_key`` is not 32 bytes long.
    """
    if len(data_key) != DATA_KEY_BYTES:
        raise CryptoError(f"A data key must be {DATA_KEY_BYTES} bytes, got {len(data_key)}.")
    nonce = os.urandom(NONCE_BYTES)
    sealed = _wrapping_cipher(deployment_key).encrypt(
        nonce, data_key, _organisation_binding(organisation_id)
    )
    return _WRAP_FORMAT_VERSION + nonce + sealed


def unwrap_data_key(
    deployment_key: DeploymentKey, wrapped: bytes, *, organisation_id: int
) -> bytes:
    """Decrypt an organisation's data key.

    Args:
        deployment_key: the deployment's key.
        wrapped: bytes produced by :func:`wrap_data_key` (``memoryview`` also accepted).
        organisation_id: the organisation the key must belong to.

    Returns:
        The 32-byte data key.

    Raises:
        CryptoError: the deployment key is wrong, the wrapped key was altered or belongs
            to another organisation, or the format is unknown.
    """
    wrapped = bytes(wrapped)
    failure = CryptoError(
        f"The data key of organisation {organisation_id} could not be unwrapped "
        f"(wrong TIPNET_DEPLOYMENT_KEY? this key's fingerprint is "
        f"{deployment_key.fingerprint()})."
    )
    if len(wrapped) != _WRAPPED_KEY_BYTES or wrapped[:1] != _WRAP_FORMAT_VERSION:
        raise failure
    nonce = wrapped[1 : 1 + NONCE_BYTES]
    try:
        return _wrapping_cipher(deployment_key).decrypt(
            nonce, wrapped[1 + NONCE_BYTES :], _organisation_binding(organisation_id)
        )
    except InvalidTag:
        raise failure from None
