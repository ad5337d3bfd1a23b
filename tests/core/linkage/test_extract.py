"""The .enc extract file, the identifier CSV and the encode command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tipnet.cli.encode import register
from tipnet.core.errors import ImportRowsError, LinkageError
from tipnet.core.linkage.encoder import LinkageIdentifiers, encode_identifier_batch
from tipnet.core.linkage.extract import read_extract, read_identifiers_csv, write_extract
from tipnet.core.linkage.keys import key_check_value
from tipnet.core.linkage.layout import DEFAULT_LAYOUT, LAYOUT_V1

SECRET = b"test vectors are not a real secret"
HEADER = "record_id,given_names,family_names,birth_date,sex,nationality,place_of_origin\n"
ROWS = (
    "a-1,Somchai,Jaidee,1990-04-12,M,TH,Udon Thani\n"
    "a-2,Маргарита,Сидорова,1985,f,ru,Тверь\n"
    "a-3,Nguyễn Thị,Lan,,F,VN,Hải Phòng\n"
)
NAMES = ("Somchai", "Jaidee", "Маргарита", "Сидорова", "Nguyễn", "Udon", "Тверь", "1990-04-12")


def write_csv(tmp_path: Path, text: str, name: str = "records.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def make_extract(tmp_path: Path) -> Path:
    records = read_identifiers_csv(write_csv(tmp_path, HEADER + ROWS))
    path = tmp_path / "org.enc"
    write_extract(
        path,
        encode_identifier_batch(records, secret=SECRET),
        source_label="org-a",
        key_check=key_check_value(SECRET, version=DEFAULT_LAYOUT.version),
    )
    return path


def test_identifier_csv_is_read_and_normalised(tmp_path: Path) -> None:
    records = read_identifiers_csv(write_csv(tmp_path, HEADER + ROWS))
    assert records[1] == LinkageIdentifiers(
        "a-2", "Маргарита", "Сидорова", "1985", "F", "RU", "Тверь"
    )


def test_unknown_column_is_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "record_id,given_names,passport_number\na-1,Ana,X123\n")
    with pytest.raises(ImportRowsError) as raised:
        read_identifiers_csv(path)
    assert raised.value.problems[0].field == "passport_number"


def test_missing_record_id_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRowsError, match="record_id"):
        read_identifiers_csv(write_csv(tmp_path, "given_names\nAna\n"))


def test_bad_values_are_all_reported_with_row_and_field(tmp_path: Path) -> None:
    rows = "a-1,Ana,Silva,1990-02-30,F,BR,\na-2,Rui,Costa,90,Q,ZZ,\na-1,Eva,Lima,1990,F,,\n"
    with pytest.raises(ImportRowsError) as raised:
        read_identifiers_csv(write_csv(tmp_path, HEADER + rows))
    found = {(problem.row, problem.field) for problem in raised.value.problems}
    assert found == {
        (1, "birth_date"),
        (2, "birth_date"),
        (2, "sex"),
        (2, "nationality"),
        (3, "record_id"),
    }


def test_non_utf8_file_is_refused_naming_the_row(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "a-1,José,Núñez,,M,ES,\n").encode("latin-1"))
    with pytest.raises(ImportRowsError) as raised:
        read_identifiers_csv(path)
    assert raised.value.problems[0].row == 1
    assert raised.value.problems[0].code == "not_utf8"


def test_extract_round_trip(tmp_path: Path) -> None:
    records = encode_identifier_batch(
        read_identifiers_csv(write_csv(tmp_path, HEADER + ROWS)), secret=SECRET
    )
    path = tmp_path / "org.enc"
    write_extract(path, records, source_label="org-a", key_check="00ff")
    extract = read_extract(path)
    assert extract.records == records
    assert (extract.source_label, extract.key_check) == ("org-a", "00ff")
    assert extract.layout_version == DEFAULT_LAYOUT.version == 2
    assert extract.is_hardened


def test_extract_holds_no_plaintext_identifier(tmp_path: Path) -> None:
    data = make_extract(tmp_path).read_bytes()
    for name in NAMES:
        assert name.encode() not in data
        assert name.lower().encode() not in data


def test_extract_written_atomically_leaves_no_temporary_file(tmp_path: Path) -> None:
    make_extract(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["org.enc", "records.csv"]


def test_extract_of_an_unknown_layout_version_is_refused(tmp_path: Path) -> None:
    path = make_extract(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0]) | {"layout_version": 99}
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(LinkageError, match="version 99"):
        read_extract(path)


def test_extract_of_another_layout_than_requested_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LinkageError, match="version 2"):
        read_extract(make_extract(tmp_path), layout=LAYOUT_V1)


def test_layout_v1_extract_round_trips_beside_the_default_v2(tmp_path: Path) -> None:
    records = read_identifiers_csv(write_csv(tmp_path, HEADER + ROWS))
    encoded = encode_identifier_batch(records, secret=SECRET, layout=LAYOUT_V1)
    path = tmp_path / "org-v1.enc"
    write_extract(
        path,
        encoded,
        layout=LAYOUT_V1,
        source_label="org-b",
        key_check=key_check_value(SECRET, version=1),
    )
    extract = read_extract(path)
    assert extract.layout_version == 1
    assert extract.records == encoded
    assert read_extract(make_extract(tmp_path)).layout_version == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no tipnet linkage extract header"),
        (b"record_id,given_names\n", "no tipnet linkage extract header"),
        (b'{"format": "tipnet-linkage-extract"}\n', "lacks"),
        (b"\xff\xfe\x00garbage", "not a UTF-8"),
    ],
)
def test_undecodable_or_headerless_extract_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.enc"
    path.write_bytes(content)
    with pytest.raises(LinkageError, match=message):
        read_extract(path)


@pytest.mark.parametrize(
    "bad_line",
    [
        "not json",
        '{"record_id": "x", "fields": {"passport": "AAAA"}, "blocking_tokens": []}',
        '{"record_id": "x", "fields": {"sex": "AAAA"}, "blocking_tokens": []}',
        '{"record_id": "x", "fields": {"sex": "***"}, "blocking_tokens": []}',
        '{"fields": {}, "blocking_tokens": []}',
    ],
)
def test_bad_record_line_is_named(tmp_path: Path, bad_line: str) -> None:
    path = make_extract(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = bad_line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LinkageError, match="Line 3"):
        read_extract(path)


def test_truncated_extract_is_refused(tmp_path: Path) -> None:
    path = make_extract(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(LinkageError, match="truncated"):
        read_extract(path)


def cli_app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Keep encode a sub-command, as in the real tipnet app."""

    return app


def test_encode_command_writes_an_extract(tmp_path: Path) -> None:
    secret_file = tmp_path / "network.secret"
    secret_file.write_bytes(SECRET + b"\n")
    out = tmp_path / "org.enc"
    arguments = ["encode", "--secret-file", str(secret_file), "--input"]
    arguments += [str(write_csv(tmp_path, HEADER + ROWS)), "--out", str(out)]
    result = CliRunner().invoke(cli_app(), [*arguments, "--source-label", "org-a"])
    assert result.exit_code == 0, result.output
    extract = read_extract(out)
    assert len(extract.records) == 3
    assert extract.layout_version == DEFAULT_LAYOUT.version
    assert extract.key_check == key_check_value(SECRET, version=DEFAULT_LAYOUT.version)


def test_encode_command_writes_a_layout_v1_extract_on_request(tmp_path: Path) -> None:
    secret_file = tmp_path / "network.secret"
    secret_file.write_bytes(SECRET)
    out = tmp_path / "org.enc"
    arguments = ["encode", "--secret-file", str(secret_file), "--input"]
    arguments += [str(write_csv(tmp_path, HEADER + ROWS)), "--out", str(out), "--layout", "1"]
    result = CliRunner().invoke(cli_app(), arguments)
    assert result.exit_code == 0, result.output
    extract = read_extract(out)
    assert extract.layout_version == 1
    assert extract.key_check == key_check_value(SECRET, version=1)
    assert set(extract.records[0].fields) == set(LAYOUT_V1.field_names)


def test_encode_command_reports_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    secret_file = tmp_path / "network.secret"
    secret_file.write_bytes(SECRET)
    out = tmp_path / "org.enc"
    bad_csv = write_csv(tmp_path, "record_id,nickname\na-1,Bee\n")
    arguments = ["encode", "--secret-file", str(secret_file), "--input", str(bad_csv)]
    result = CliRunner().invoke(cli_app(), [*arguments, "--out", str(out)])
    assert result.exit_code == 1
    assert "nickname" in result.output
    assert not out.exists()


def test_encode_command_refuses_a_short_secret(tmp_path: Path) -> None:
    secret_file = tmp_path / "network.secret"
    secret_file.write_bytes(b"password")
    out = tmp_path / "org.enc"
    arguments = ["encode", "--secret-file", str(secret_file), "--input"]
    arguments += [str(write_csv(tmp_path, HEADER + ROWS)), "--out", str(out)]
    result = CliRunner().invoke(cli_app(), arguments)
    assert result.exit_code == 1
    assert "32 bytes" in result.output
    assert not out.exists()
