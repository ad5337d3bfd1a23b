"""Estimates: multiple systems estimation runs on capture-history tables."""

from __future__ import annotations

from django.apps import AppConfig


class EstimatesConfig(AppConfig):
    """Django app configuration for estimates."""

    name = "tipnet.web.estimates"
    label = "estimates"
    verbose_name = "Estimates"
