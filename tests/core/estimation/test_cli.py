"""The ``tipnet estimate`` command."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from tipnet.cli.estimate import register
from tipnet.core.estimation import estimate_population, read_capture_histories


def make_app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def root() -> None:
        """Test application."""

    return app


def test_json_output_has_the_documented_keys(reference_dir: Path) -> None:
    table = reference_dir / "mse" / "uk2013_6lists.csv"
    result = CliRunner().invoke(
        make_app(), ["estimate", str(table), "--method", "stepwise", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    for key in (
        "estimate",
        "lower",
        "upper",
        "level",
        "method",
        "model",
        "n_observed",
        "warnings",
        "assumptions",
    ):
        assert key in payload
    assert round(payload["estimate"]) == 11418  # CSV21 stepwise (PUBLISHED.md §1)


def test_bootstrap_with_a_seed_is_reproducible_from_the_command_line(reference_dir: Path) -> None:
    table = str(reference_dir / "mse" / "kosovo_4lists.csv")
    arguments = [
        "estimate",
        table,
        "--method",
        "stepwise",
        "--nboot",
        "60",
        "--seed",
        "8",
        "--json",
        "--workers",
        "1",
    ]
    first = json.loads(CliRunner().invoke(make_app(), arguments).stdout)
    second = json.loads(CliRunner().invoke(make_app(), arguments).stdout)
    assert (first["lower"], first["upper"]) == (second["lower"], second["upper"])
    assert first["bootstrap"]["resamples"] == 60


def test_r_compatible_resampling_from_the_command_line_matches_the_core_call(
    reference_dir: Path,
) -> None:
    table = reference_dir / "mse" / "kosovo_4lists.csv"
    arguments = ["estimate", str(table), "--method", "stepwise", "--nboot", "40", "--seed"]
    arguments += ["1234", "--resampling", "r-compatible", "--json", "--workers", "1"]
    payload = json.loads(CliRunner().invoke(make_app(), arguments).stdout)
    expected = estimate_population(
        read_capture_histories(table),
        method="stepwise",
        resamples=40,
        seed=1234,
        workers=1,
        resampling="r-compatible",
    )
    assert (payload["lower"], payload["upper"]) == (expected.lower, expected.upper)


def test_an_unknown_resampling_on_the_command_line_is_a_clear_error(reference_dir: Path) -> None:
    table = str(reference_dir / "mse" / "kosovo_4lists.csv")
    arguments = ["estimate", table, "--nboot", "10", "--resampling", "sas", "--json"]
    result = CliRunner().invoke(make_app(), arguments)
    assert result.exit_code == 2
    assert "resampling" in result.stderr


def test_the_text_report_prints_assumptions_beside_the_numbers(reference_dir: Path) -> None:
    table = str(reference_dir / "mse" / "kosovo_4lists.csv")
    result = CliRunner().invoke(make_app(), ["estimate", table])
    assert result.exit_code == 0
    assert "Assumptions:" in result.stdout
    assert "Closed population" in result.stdout


def test_bad_input_gives_one_clear_error_naming_row_and_column(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text("A,B,count\n1,0,4\n1,7,2\n", encoding="utf-8")
    result = CliRunner().invoke(make_app(), ["estimate", str(table)])
    assert result.exit_code == 2
    assert "row 2" in result.output
    assert "field B" in result.output
    assert "Traceback" not in result.output
