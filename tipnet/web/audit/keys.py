"""The audit chain's HMAC key, derived from the deployment key and never stored."""

from __future__ import annotations

from functools import cache

from django.conf import settings

from tipnet.core.privacy.audit_chain import derive_audit_key
from tipnet.core.privacy.keys import load_deployment_key


@cache
def audit_key() -> bytes:
    """The HMAC key of the chain, derived from the deployment key (never stored)."""
    return derive_audit_key(load_deployment_key(settings.TIPNET_DEPLOYMENT_KEY))
