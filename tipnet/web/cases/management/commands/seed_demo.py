"""``manage.py seed_demo``: load the synthetic demo network and print its logins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from tipnet.web.cases.demo import seed_demo_network


class Command(BaseCommand):
    """Create demo organisations, one login per role each, and their synthetic cases."""

    help = "Load the synthetic demo network (safe to run twice) and print the demo logins."

    def add_arguments(self, parser: CommandParser) -> None:
        """Seed and size of the synthetic network."""
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--people", type=int, default=5000)

    def handle(self, *args: Any, **options: Any) -> None:
        """Seed (once) and print the logins table."""
        logins = seed_demo_network(
            logins_path=Path(settings.BASE_DIR) / "var" / "demo-logins.json",
            seed=options["seed"],
            people=options["people"],
            report=self.stdout.write,
        )
        self.stdout.write(
            "\nDemo logins (synthetic data only; TOTP secret for any authenticator app):"
        )
        self.stdout.write(f"{'username':<40} {'password':<18} {'TOTP secret':<34} organisation")
        for login in logins:
            self.stdout.write(
                f"{login.username:<40} {login.password:<18} {login.totp_secret:<34} "
                f"{login.organisation}"
            )
