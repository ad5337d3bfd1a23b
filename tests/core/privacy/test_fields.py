"""Authenticated field encryption."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from tipnet.core.errors import CryptoError
from tipnet.core.privacy import FieldCipher, derive_subkey, generate_data_key

CONTEXT = "cases.person.given_name:org=7:row=42"
PLAINTEXT = "Maria Santos Oliveira"


@pytest.fixture(scope="module")
def cipher() -> FieldCipher:
    return FieldCipher(generate_data_key())


def _every_decrypt_failure(cipher: FieldCipher, token: bytes) -> list[CryptoError]:
    """Provoke every kind of decryption failure for one token and collect the errors."""
    attempts: list[tuple[FieldCipher, bytes, str]] = [
        (FieldCipher(generate_data_key()), token, CONTEXT),
        (cipher, token, CONTEXT + "x"),
        (cipher, token[:-1], CONTEXT),
        (cipher, token[:10], CONTEXT),
        (cipher, b"\x02" + token[1:], CONTEXT),
        (cipher, token[:-1] + bytes([token[-1] ^ 1]), CONTEXT),
    ]
    errors = []
    for attempt_cipher, attempt_token, attempt_context in attempts:
        with pytest.raises(CryptoError) as raised:
            attempt_cipher.decrypt_text(attempt_token, context=attempt_context)
        errors.append(raised.value)
    return errors


def test_text_round_trips(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    assert cipher.decrypt_text(token, context=CONTEXT) == PLAINTEXT


def test_empty_string_round_trips(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text("", context=CONTEXT)
    assert cipher.decrypt_text(token, context=CONTEXT) == ""


def test_token_layout_is_version_nonce_ciphertext_and_tag(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    assert token[0] == 1
    assert len(token) == 1 + 12 + len(PLAINTEXT.encode()) + 16
    assert PLAINTEXT.encode() not in token


def test_token_is_aes_gcm_under_the_field_subkey_with_context_as_associated_data() -> None:
    data_key = generate_data_key()
    token = FieldCipher(data_key).encrypt_text(PLAINTEXT, context=CONTEXT)
    independent = AESGCM(derive_subkey(data_key, purpose="field-encryption-v1"))
    assert independent.decrypt(token[1:13], token[13:], CONTEXT.encode()) == PLAINTEXT.encode()


def test_same_plaintext_encrypts_differently_each_time(cipher: FieldCipher) -> None:
    tokens = {cipher.encrypt_text(PLAINTEXT, context=CONTEXT) for _ in range(50)}
    assert len(tokens) == 50


def test_another_data_key_cannot_decrypt(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    with pytest.raises(CryptoError):
        FieldCipher(generate_data_key()).decrypt_text(token, context=CONTEXT)


@pytest.mark.parametrize(
    "wrong_context",
    [
        "cases.person.family_name:org=7:row=42",
        "cases.person.given_name:org=8:row=42",
        "cases.person.given_name:org=7:row=43",
        "",
    ],
)
def test_token_does_not_decrypt_in_another_field_row_or_organisation(
    cipher: FieldCipher, wrong_context: str
) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    with pytest.raises(CryptoError):
        cipher.decrypt_text(token, context=wrong_context)


def test_every_tampered_byte_is_detected(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    for position in range(len(token)):
        for flip in (0x01, 0x80):
            tampered = bytearray(token)
            tampered[position] ^= flip
            with pytest.raises(CryptoError):
                cipher.decrypt_text(bytes(tampered), context=CONTEXT)


@pytest.mark.parametrize("length", [0, 1, 12, 13, 28])
def test_truncated_tokens_are_refused(cipher: FieldCipher, length: int) -> None:
    token = cipher.encrypt_text("", context=CONTEXT)
    with pytest.raises(CryptoError):
        cipher.decrypt_text(token[:length], context=CONTEXT)


def test_unknown_format_version_is_refused(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    with pytest.raises(CryptoError):
        cipher.decrypt_text(b"\x02" + token[1:], context=CONTEXT)


def test_no_decrypt_error_reveals_the_plaintext(cipher: FieldCipher) -> None:
    token = cipher.encrypt_text(PLAINTEXT, context=CONTEXT)
    for error in _every_decrypt_failure(cipher, token):
        rendered = f"{error!s} {error!r} {error.args!r}"
        assert PLAINTEXT not in rendered
        assert "Maria" not in rendered
        assert error.__cause__ is None
        # A chained low-level error could quote decrypted bytes in a traceback.
        assert error.__context__ is None or error.__suppress_context__


def test_unencodable_text_error_does_not_quote_the_text(cipher: FieldCipher) -> None:
    with pytest.raises(CryptoError) as raised:
        cipher.encrypt_text("Maria\ud800", context=CONTEXT)
    assert "Maria" not in str(raised.value)
    assert raised.value.__suppress_context__


def test_optional_values_keep_none_as_none(cipher: FieldCipher) -> None:
    assert cipher.encrypt_optional(None, context=CONTEXT) is None
    assert cipher.decrypt_optional(None, context=CONTEXT) is None
    token = cipher.encrypt_optional(PLAINTEXT, context=CONTEXT)
    assert token is not None
    assert cipher.decrypt_optional(token, context=CONTEXT) == PLAINTEXT


def test_memoryview_tokens_from_a_database_driver_decrypt(cipher: FieldCipher) -> None:
    token = memoryview(cipher.encrypt_text(PLAINTEXT, context=CONTEXT))
    assert cipher.decrypt_text(token, context=CONTEXT) == PLAINTEXT  # type: ignore[arg-type]


def test_data_key_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(CryptoError):
        FieldCipher(os.urandom(16))


def test_repr_hides_the_key() -> None:
    data_key = generate_data_key()
    assert data_key.hex() not in repr(FieldCipher(data_key))


@settings(max_examples=300, deadline=None)
@given(plaintext=st.text(), context=st.text())
def test_any_text_round_trips_under_any_context(
    cipher: FieldCipher, plaintext: str, context: str
) -> None:
    token = cipher.encrypt_text(plaintext, context=context)
    assert cipher.decrypt_text(token, context=context) == plaintext
