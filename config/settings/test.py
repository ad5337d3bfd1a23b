"""Settings for the test suite: real PostgreSQL, fixed non-secret keys."""

from __future__ import annotations

from .base import *

SECRET_KEY = "test-only-secret-key-not-for-any-deployment"  # noqa: S105
# A fixed, publicly known key: test data is synthetic and never worth protecting.
TIPNET_DEPLOYMENT_KEY = "dGVzdC1vbmx5LWRlcGxveW1lbnQta2V5LTMyYnl0ZXM="
DATABASES = {
    "default": env.db("TEST_DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/tipnet"),
}
# Argon2 is proven in a dedicated test; the rest of the suite hashes quickly.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
