"""Deployment key loading, data key wrapping and subkey derivation."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tipnet.core.errors import ConfigurationError, CryptoError
from tipnet.core.privacy import (
    DATA_KEY_BYTES,
    DeploymentKey,
    derive_subkey,
    encode_deployment_key,
    generate_data_key,
    load_deployment_key,
    unwrap_data_key,
    wrap_data_key,
)


@pytest.fixture
def deployment_key() -> DeploymentKey:
    return DeploymentKey(key_bytes=os.urandom(32))


def test_encoded_key_loads_back_to_the_same_bytes() -> None:
    raw = os.urandom(32)
    assert load_deployment_key(encode_deployment_key(raw)).key_bytes == raw


def test_urlsafe_and_unpadded_base64_are_accepted() -> None:
    raw = bytes([0xFB, 0xFF] * 16)  # encodes with + and / in the standard alphabet
    urlsafe = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    assert "-" in urlsafe or "_" in urlsafe
    assert load_deployment_key(urlsafe).key_bytes == raw


def test_surrounding_whitespace_from_env_files_is_ignored() -> None:
    raw = os.urandom(32)
    assert load_deployment_key(f"  {encode_deployment_key(raw)}\n").key_bytes == raw


@pytest.mark.parametrize("missing", ["", "   ", None])
def test_missing_key_names_the_setting_and_how_to_generate_one(missing: str | None) -> None:
    with pytest.raises(ConfigurationError) as raised:
        load_deployment_key(missing, setting_name="MY_KEY_SETTING")
    message = str(raised.value)
    assert "MY_KEY_SETTING" in message
    assert "base64.b64encode(os.urandom(32))" in message


def test_default_setting_name_is_tipnet_deployment_key() -> None:
    with pytest.raises(ConfigurationError, match="TIPNET_DEPLOYMENT_KEY"):
        load_deployment_key("")


def test_non_base64_key_is_refused_without_echoing_the_value() -> None:
    secret_looking = "not*base64*at*all!!"
    with pytest.raises(ConfigurationError) as raised:
        load_deployment_key(secret_looking, setting_name="MY_KEY_SETTING")
    assert "MY_KEY_SETTING" in str(raised.value)
    assert secret_looking not in str(raised.value)


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_key_of_the_wrong_length_is_refused(length: int) -> None:
    encoded = base64.b64encode(b"k" * length).decode() or "===="
    with pytest.raises(ConfigurationError, match="MY_KEY_SETTING"):
        load_deployment_key(encoded, setting_name="MY_KEY_SETTING")


def test_key_bytes_never_appear_in_repr(deployment_key: DeploymentKey) -> None:
    text = repr(deployment_key)
    assert repr(deployment_key.key_bytes) not in text
    assert deployment_key.key_bytes.hex() not in text


def test_fingerprint_is_stable_distinct_and_not_a_prefix_of_the_key() -> None:
    raw = os.urandom(32)
    first = DeploymentKey(key_bytes=raw).fingerprint()
    assert first == DeploymentKey(key_bytes=raw).fingerprint()
    assert first != DeploymentKey(key_bytes=os.urandom(32)).fingerprint()
    assert first not in raw.hex()
    assert len(first) == 16
    int(first, 16)


def test_generated_data_keys_are_random_32_byte_strings() -> None:
    keys = {generate_data_key() for _ in range(100)}
    assert len(keys) == 100
    assert all(len(key) == DATA_KEY_BYTES for key in keys)


def test_wrapped_data_key_unwraps_for_its_organisation(deployment_key: DeploymentKey) -> None:
    data_key = generate_data_key()
    wrapped = wrap_data_key(deployment_key, data_key, organisation_id=7)
    assert data_key not in wrapped
    assert unwrap_data_key(deployment_key, wrapped, organisation_id=7) == data_key


def test_wrapping_twice_gives_different_bytes(deployment_key: DeploymentKey) -> None:
    data_key = generate_data_key()
    first = wrap_data_key(deployment_key, data_key, organisation_id=7)
    assert first != wrap_data_key(deployment_key, data_key, organisation_id=7)


def test_wrapped_key_is_bound_to_its_organisation(deployment_key: DeploymentKey) -> None:
    wrapped = wrap_data_key(deployment_key, generate_data_key(), organisation_id=7)
    with pytest.raises(CryptoError, match="could not be unwrapped"):
        unwrap_data_key(deployment_key, wrapped, organisation_id=8)


def test_wrong_deployment_key_says_so(deployment_key: DeploymentKey) -> None:
    wrapped = wrap_data_key(deployment_key, generate_data_key(), organisation_id=7)
    other = DeploymentKey(key_bytes=os.urandom(32))
    with pytest.raises(CryptoError, match="TIPNET_DEPLOYMENT_KEY"):
        unwrap_data_key(other, wrapped, organisation_id=7)


def test_every_tampered_byte_of_a_wrapped_key_is_detected(
    deployment_key: DeploymentKey,
) -> None:
    wrapped = wrap_data_key(deployment_key, generate_data_key(), organisation_id=7)
    for position in range(len(wrapped)):
        tampered = bytearray(wrapped)
        tampered[position] ^= 0x01
        with pytest.raises(CryptoError):
            unwrap_data_key(deployment_key, bytes(tampered), organisation_id=7)


def test_truncated_wrapped_key_is_refused(deployment_key: DeploymentKey) -> None:
    wrapped = wrap_data_key(deployment_key, generate_data_key(), organisation_id=7)
    with pytest.raises(CryptoError):
        unwrap_data_key(deployment_key, wrapped[:-1], organisation_id=7)


def test_memoryview_from_a_database_driver_unwraps(deployment_key: DeploymentKey) -> None:
    data_key = generate_data_key()
    wrapped = memoryview(wrap_data_key(deployment_key, data_key, organisation_id=3))
    assert unwrap_data_key(deployment_key, wrapped, organisation_id=3) == data_key  # type: ignore[arg-type]


def test_wrapping_refuses_a_data_key_of_the_wrong_length(deployment_key: DeploymentKey) -> None:
    with pytest.raises(CryptoError):
        wrap_data_key(deployment_key, b"short", organisation_id=1)


def _hkdf_sha256_by_hand(key: bytes, *, info: bytes, length: int) -> bytes:
    """RFC 5869 written out from the RFC's formulas, independent of ``cryptography``."""
    pseudorandom_key = hmac.new(b"\x00" * 32, key, hashlib.sha256).digest()
    output, block = b"", b""
    for counter in range(1, -(-length // 32) + 1):
        block = hmac.new(pseudorandom_key, block + info + bytes([counter]), hashlib.sha256).digest()
        output += block
    return output[:length]


def test_hand_written_hkdf_reproduces_rfc_5869_test_case_3() -> None:
    okm = _hkdf_sha256_by_hand(b"\x0b" * 22, info=b"", length=42)
    assert okm.hex() == (
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
    )


def test_derive_subkey_is_hkdf_sha256_with_a_tipnet_purpose_label() -> None:
    key = os.urandom(32)
    expected = _hkdf_sha256_by_hand(key, info=b"tipnet:blind-index-v1", length=32)
    assert derive_subkey(key, purpose="blind-index-v1") == expected


def test_subkeys_differ_by_purpose_and_by_input_key() -> None:
    key = os.urandom(32)
    encryption = derive_subkey(key, purpose="field-encryption-v1")
    index = derive_subkey(key, purpose="blind-index-v1")
    assert len(encryption) == 32
    assert encryption != index
    assert encryption == derive_subkey(key, purpose="field-encryption-v1")
    assert encryption != derive_subkey(os.urandom(32), purpose="field-encryption-v1")
    assert key not in (encryption, index)


def test_subkey_is_usable_as_an_aes_key() -> None:
    aead = AESGCM(derive_subkey(os.urandom(32), purpose="any"))
    nonce = os.urandom(12)
    assert aead.decrypt(nonce, aead.encrypt(nonce, b"x", None), None) == b"x"


def test_empty_purpose_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="purpose"):
        derive_subkey(os.urandom(32), purpose="")
