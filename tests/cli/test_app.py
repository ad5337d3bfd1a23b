"""The ``tipnet`` command wires every sub-command and runs without Django."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tipnet.cli import app


def test_every_core_job_is_a_sub_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("generate", "encode", "link", "estimate"):
        assert command in result.output


def test_the_command_line_estimate_matches_the_published_uk_figure(reference_dir: Path) -> None:
    # Chan, Silverman & Vincent (2021) stepwise on the UK 2013 six lists: 11,418 (PUBLISHED.md §1).
    result = CliRunner().invoke(
        app,
        [
            "estimate",
            str(reference_dir / "mse" / "uk2013_6lists.csv"),
            "--method",
            "stepwise",
            "--json",
        ],
    )
    assert result.exit_code == 0
    assert '"estimate": 1141' in result.output


def test_the_command_line_does_not_load_django() -> None:
    probe = "import sys, tipnet.cli; print(any(m.startswith('django') for m in sys.modules))"
    root = Path(__file__).resolve().parents[2]
    output = subprocess.run(  # noqa: S603  # fixed interpreter and probe
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={"PATH": "", "PYTHONPATH": str(root)},
    ).stdout
    assert output.strip() == "False"
