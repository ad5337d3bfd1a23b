"""Audit: the append-only, hash-chained record of every read and write of case data."""

from __future__ import annotations

from django.apps import AppConfig


class AuditConfig(AppConfig):
    """Django app configuration for audit."""

    name = "tipnet.web.audit"
    label = "audit"
    verbose_name = "Audit"
