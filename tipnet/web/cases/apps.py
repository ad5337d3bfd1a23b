"""Cases: HTCDS case records, encrypted at rest, scoped to their organisation."""

from __future__ import annotations

from django.apps import AppConfig


class CasesConfig(AppConfig):
    """Django app configuration for cases."""

    name = "tipnet.web.cases"
    label = "cases"
    verbose_name = "Cases"

    def ready(self) -> None:
        """Refuse to start without a valid deployment key (never a plaintext fallback)."""
        from django.core.exceptions import ImproperlyConfigured

        from tipnet.core.errors import ConfigurationError
        from tipnet.web.accounts.keyring import deployment_key

        try:
            deployment_key()
        except ConfigurationError as error:
            raise ImproperlyConfigured(str(error)) from error
