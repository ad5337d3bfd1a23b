"""The ``tipnet`` command: core jobs (generate, encode, link, estimate).

Each sub-module defines ``register(app)``; this package wires them together so a module
can be added without touching the others. Nothing here imports Django.
"""

from __future__ import annotations

import typer

from tipnet.cli import encode, estimate, generate, link


def build_app() -> typer.Typer:
    """The ``tipnet`` application with every sub-command registered."""
    application = typer.Typer(
        name="tipnet",
        help="tipnet core jobs: synthetic data, linkage encodings, population estimates.",
        no_args_is_help=True,
    )
    for module in (generate, encode, link, estimate):
        module.register(application)
    return application


app = build_app()
