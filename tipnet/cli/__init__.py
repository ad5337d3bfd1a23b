"""The ``tipnet`` command: core jobs (generate, encode, link, estimate).

Each sub-module defines ``register(app)``; this package wires them together so a module
can be added without touching the others.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="tipnet",
    help="tipnet core jobs: synthetic data, linkage encodings, population estimates.",
    no_args_is_help=True,
)
