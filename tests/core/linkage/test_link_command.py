"""``tipnet link``: round trip from extract files to clusters, and refusal of bad input."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tipnet.cli.link import register
from tipnet.core.linkage import layout_for_version, write_extract

from .test_scoring import encoded_network

SOURCES = 5


def link_app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def root() -> None:
        """Keep ``link`` a sub-command, as in the ``tipnet`` application."""

    return app


@pytest.fixture(scope="module")
def extract_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("extracts")
    paths = []
    for extract in encoded_network().extracts[:SOURCES]:
        path = folder / f"{extract.source_label}.enc"
        write_extract(
            path,
            extract.records,
            layout=layout_for_version(extract.layout_version),
            source_label=extract.source_label,
            key_check=extract.key_check,
        )
        paths.append(path)
    return paths


def run_link(*arguments: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(link_app(), ["link", *(str(argument) for argument in arguments)])
    return result.exit_code, result.output


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_link_writes_one_row_per_record_and_the_capture_histories(
    extract_files: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "clusters.csv"
    histories = tmp_path / "histories.csv"
    exit_code, output = run_link(*extract_files, "--out", out, "--histories", histories)
    assert exit_code == 0, output
    rows = read_rows(out)
    expected = {
        (extract.source_label, record.record_id)
        for extract in encoded_network().extracts[:SOURCES]
        for record in extract.records
    }
    assert list(rows[0]) == ["source", "record_id", "cluster_id", "match_probability"]
    assert {(row["source"], row["record_id"]) for row in rows} == expected
    assert len(rows) == len(expected)
    assert all(0.0 <= float(row["match_probability"]) <= 1.0 for row in rows)
    table = read_rows(histories)
    assert list(table[0]) == [
        *(e.source_label for e in encoded_network().extracts[:SOURCES]),
        "count",
    ]
    assert sum(int(row["count"]) for row in table) == len({row["cluster_id"] for row in rows})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["clusters.csv", "histories.csv"]


def test_an_extract_of_another_layout_version_is_refused_and_nothing_written(
    extract_files: list[Path], tmp_path: Path
) -> None:
    other = tmp_path / "other.enc"
    lines = extract_files[1].read_text(encoding="utf-8").split("\n")
    header = lines[0].replace('"layout_version": 1,', '"layout_version": 99,')
    lines[0] = header.replace('"layout_version": 2,', '"layout_version": 99,')
    other.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "clusters.csv"
    exit_code, output = run_link(extract_files[0], other, "--out", out)
    assert exit_code == 1
    assert "other.enc" in output
    assert "layout version 99" in output
    assert not out.exists()


def test_an_undecodable_extract_is_refused_and_nothing_written(
    extract_files: list[Path], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.enc"
    broken.write_bytes(b"\xff\xfe not an extract\n")
    out = tmp_path / "clusters.csv"
    exit_code, output = run_link(extract_files[0], broken, "--out", out)
    assert exit_code == 1
    assert "broken.enc" in output
    assert "UTF-8" in output
    assert sorted(tmp_path.iterdir()) == [broken]


def test_a_missing_extract_is_refused_and_nothing_written(
    extract_files: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "clusters.csv"
    exit_code, output = run_link(extract_files[0], tmp_path / "absent.enc", "--out", out)
    assert exit_code == 1
    assert "absent.enc" in output
    assert not out.exists()


def test_a_single_extract_is_refused(extract_files: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "clusters.csv"
    exit_code, output = run_link(extract_files[0], "--out", out)
    assert exit_code == 1
    assert "at least two" in output
    assert not out.exists()


def test_an_unwritable_output_folder_is_reported(extract_files: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "clusters.csv"
    exit_code, output = run_link(*extract_files[:2], "--out", out)
    assert exit_code == 1
    assert "cannot write" in output
