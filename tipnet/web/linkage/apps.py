"""Linkage: rounds in which organisations find shared people without sharing names."""

from __future__ import annotations

from django.apps import AppConfig


class LinkageConfig(AppConfig):
    """Django app configuration for linkage."""

    name = "tipnet.web.linkage"
    label = "linkage"
    verbose_name = "Linkage"
