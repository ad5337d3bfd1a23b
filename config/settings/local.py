"""Settings for the embedded default: one machine, SQLite, the synthetic demo network.

Keys come from the environment; ``scripts/demo`` writes them to ``var/demo.env`` once and
loads that file, so a demo is stable across runs without ever committing a key.
"""

from __future__ import annotations

from .base import *

DEBUG = env.bool("DJANGO_DEBUG", default=False)
if not SECRET_KEY:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (scripts/demo writes one to var/demo.env).")
