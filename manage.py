#!/usr/bin/env python
"""Django's command-line utility for tipnet."""

from __future__ import annotations

import os
import sys

from django.core.management import execute_from_command_line


def main() -> None:
    """Run a Django management command with the local settings by default."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
