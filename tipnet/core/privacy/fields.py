"""Authenticated encryption of identifying fields (names, birth dates, notes ...).

Token layout (version 1)::

    0x01 | nonce (12 random bytes) | AES-256-GCM ciphertext || tag (16 bytes)

The caller's ``context`` string (for example ``"cases.person.given_name:org=7:row=42"``)
is the associated data: it is not stored, but a token only decrypts under the exact
context it was sealed with. So a ciphertext moved to another field, row or organisation
fails authentication instead of showing up in the wrong place.

Random 96-bit nonces are safe for up to about 2**32 encryptions under one key (NIST SP
800-38D, section 8.3); each organisation has its own key, far below that limit.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tipnet.core.errors import CryptoError
from tipnet.core.privacy.keys import DATA_KEY_BYTES, NONCE_BYTES, TAG_BYTES, derive_subkey

_FORMAT_VERSION = b"\x01"
_HEADER_BYTES = len(_FORMAT_VERSION) + NONCE_BYTES
_MINIMUM_TOKEN_BYTES = _HEADER_BYTES + TAG_BYTES
_FIELD_ENCRYPTION_PURPOSE = "field-encryption-v1"


class FieldCipher:
    """Encrypts and decrypts text fields with one organisation's data key.

    Build one per data key and reuse it: the AES key schedule is set up once, which is
    what makes a million encryptions take seconds rather than minutes.

    Error messages name the context only, never the plaintext.
    """

    __slots__ = ("_aead",)

    def __init__(self, data_key: bytes) -> None:
        """Prepare the cipher.

        Args:
            data_key: the organisation's 32-byte data key (see ``unwrap_data_key``). The
                actual AES key is derived from it, so the data key can also feed the
                blind index without reusing key material.

        Raises:
            CryptoError: the data key is not 32 bytes long.
        """
        if len(data_key) != DATA_KEY_BYTES:
            raise CryptoError(f"A data key must be {DATA_KEY_BYTES} bytes, got {len(data_key)}.")
        self._aead = AESGCM(derive_subkey(data_key, purpose=_FIELD_ENCRYPTION_PURPOSE))

    def __repr__(self) -> str:
        return "FieldCipher(<key hidden>)"

    def encrypt_text(self, plaintext: str, *, context: str) -> bytes:
        """Encrypt one text value.

        Args:
            plaintext: any text, including the empty string.
            context: where the value lives (field, organisation, row); must be given
                again, identically, to decrypt.

        Returns:
            The versioned token (29 bytes plus the UTF-8 length of ``plaintext``).

        Raises:
            CryptoError: the text cannot be encoded as UTF-8 (a lone surrogate).
        """
        try:
            data = plaintext.encode("utf-8")
        except UnicodeEncodeError:
            # ``from None``: the codec error quotes the offending text.
            raise CryptoError(
                f"A value for context {context!r} is not valid Unicode text."
            ) from None
        nonce = os.urandom(NONCE_BYTES)
        return _FORMAT_VERSION + nonce + self._aead.encrypt(nonce, data, context.encode("utf-8"))

    def decrypt_text(self, token: bytes, *, context: str) -> str:
        """Decrypt and authenticate one token.

        Args:
            token: bytes from :meth:`encrypt_text` (``memoryview``/``bytearray`` from a
                database driver are accepted).
            context: the same context string used to encrypt.

        Returns:
            The original text.

        Raises:
            CryptoError: wrong key, wrong context, truncated, altered or unknown-format
                token.
        """
        token = bytes(token)
        if len(token) < _MINIMUM_TOKEN_BYTES or token[:1] != _FORMAT_VERSION:
            raise CryptoError(f"An encrypted value for context {context!r} is malformed.")
        try:
            data = self._aead.decrypt(
                token[1:_HEADER_BYTES], token[_HEADER_BYTES:], context.encode("utf-8")
            )
        except InvalidTag:
            raise CryptoError(
                f"An encrypted value for context {context!r} could not be authenticated "
                f"(wrong key, wrong context or altered data)."
            ) from None
        return data.decode("utf-8")

    def encrypt_optional(self, plaintext: str | None, *, context: str) -> bytes | None:
        """Encrypt a value that may be absent; ``None`` stays ``None``.

        Args:
            plaintext: the text, or ``None`` for "not recorded".
            context: as for :meth:`encrypt_text`.

        Returns:
            A token, or ``None``.
        """
        if plaintext is None:
            return None
        return self.encrypt_text(plaintext, context=context)

    def decrypt_optional(self, token: bytes | None, *, context: str) -> str | None:
        """Decrypt a value that may be absent; ``None`` stays ``None``.

        Args:
            token: a token, or ``None``.
            context: as for :meth:`decrypt_text`.

        Returns:
            The text, or ``None``.

        Raises:
            CryptoError: as for :meth:`decrypt_text`.
        """
        if token is None:
            return None
        return self.decrypt_text(token, context=context)
