"""The ``generate`` command writes the network's files and its truth."""

from __future__ import annotations

import csv
from pathlib import Path

import typer
from typer.testing import CliRunner

from tipnet.cli.generate import register
from tipnet.core.synthetic import DEFAULT_ORGANISATIONS, generate_network


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def placeholder() -> None:
        """Keeps typer from collapsing a one-command app into a bare command."""

    return app


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_generate_writes_cases_events_truth_and_histories(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        _app(), ["generate", "--seed", "4", "--people", "300", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    for organisation in DEFAULT_ORGANISATIONS:
        assert (tmp_path / f"{organisation.key}_cases.csv").is_file()
        assert (tmp_path / f"{organisation.key}_events.csv").is_file()
    truth = _read(tmp_path / "truth.csv")
    histories = _read(tmp_path / "capture_histories.csv")
    assert sum(int(row["count"]) for row in histories) == len({row["person_id"] for row in truth})
    assert list(histories[0]) == [*(o.key for o in DEFAULT_ORGANISATIONS), "count"]


def test_generated_files_match_the_network_of_the_same_seed(tmp_path: Path) -> None:
    CliRunner().invoke(
        _app(), ["generate", "--seed", "4", "--people", "300", "--out", str(tmp_path)]
    )
    network = generate_network(seed=4, people=300)
    written = _read(tmp_path / "bkk-shelter_cases.csv")
    assert written == [dict(row) for row in network.case_rows["bkk-shelter"]]
    truth = {
        (row["organisation_key"], row["case_id"]): row["person_id"]
        for row in _read(tmp_path / "truth.csv")
    }
    assert truth == dict(network.truth)


def test_generate_refuses_a_list_dependence_above_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        _app(),
        ["generate", "--seed", "1", "--out", str(tmp_path), "--list-dependence", "2"],
    )
    assert result.exit_code != 0
