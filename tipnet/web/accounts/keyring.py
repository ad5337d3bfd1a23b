"""Organisation data keys: unwrapped on first use with the deployment key, kept in memory.

The deployment key comes from the environment (``TIPNET_DEPLOYMENT_KEY``); a missing or
wrong key stops the application at start-up (see ``AccountsConfig.ready``), never falls
back to plaintext.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from django.conf import settings

from tipnet.core.privacy.blind_index import BlindIndexer
from tipnet.core.privacy.fields import FieldCipher
from tipnet.core.privacy.keys import (
    DeploymentKey,
    derive_subkey,
    generate_data_key,
    load_deployment_key,
    unwrap_data_key,
    wrap_data_key,
)


@dataclass(frozen=True)
class OrganisationKeys:
    """The instruments made from one organisation's data key.

    ``duplicate_secret`` keys the organisation's own linkage encodings for duplicate
    warnings; it is unrelated to the network linkage secret.
    """

    cipher: FieldCipher
    indexer: BlindIndexer
    duplicate_secret: bytes = field(repr=False)


@cache
def deployment_key() -> DeploymentKey:
    """The deployment key from settings; raises ConfigurationError when missing or malformed."""
    return load_deployment_key(settings.TIPNET_DEPLOYMENT_KEY)


def new_wrapped_data_key(*, organisation_id: int) -> bytes:
    """A fresh data key for a new organisation, wrapped by the deployment key."""
    return wrap_data_key(deployment_key(), generate_data_key(), organisation_id=organisation_id)


_cache: dict[int, OrganisationKeys] = {}


def organisation_keys(*, organisation_id: int, wrapped_data_key: bytes) -> OrganisationKeys:
    """Cipher and blind indexer of one organisation (unwrapped once per process)."""
    keys = _cache.get(organisation_id)
    if keys is None:
        data_key = unwrap_data_key(
            deployment_key(), bytes(wrapped_data_key), organisation_id=organisation_id
        )
        keys = OrganisationKeys(
            cipher=FieldCipher(data_key),
            indexer=BlindIndexer(data_key),
            duplicate_secret=derive_subkey(data_key, purpose="duplicate-encoding-v1"),
        )
        _cache[organisation_id] = keys
    return keys


def forget_organisation_keys() -> None:
    """Drop cached keys (tests, key rotation)."""
    _cache.clear()
    deployment_key.cache_clear()
