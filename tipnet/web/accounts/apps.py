"""Accounts: organisations, users, memberships and roles."""

from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Django app configuration for accounts."""

    name = "tipnet.web.accounts"
    label = "accounts"
    verbose_name = "Accounts"
