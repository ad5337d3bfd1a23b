"""Read the identifying fields an organisation encodes, from a CSV file.

Columns (header row required, any order; only ``record_id`` is mandatory):

=================  =========================================================
``record_id``      the organisation's pseudonymous id, unique, non-empty
``given_names``    given names, any script
``family_names``   family names, any script
``birth_date``     ``YYYY-MM-DD``, ``YYYY`` (year only) or empty
``sex``            ``F``, ``M``, ``X`` or empty (case-insensitive)
``nationality``    ISO 3166-1 alpha-2 code or empty (case-insensitive)
``place_of_origin`` town or district of origin, any script
=================  =========================================================

The file must be UTF-8 (a byte-order mark is allowed). The import is all or nothing: every
problem found is reported together in one :class:`~tipnet.core.errors.ImportRowsError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pycountry

from tipnet.core.errors import FieldProblem, ImportRowsError, LinkageError
from tipnet.core.linkage.encoder import LinkageIdentifiers
from tipnet.core.linkage.layout import FIELD_NAMES

__all__ = ["IDENTIFIER_COLUMNS", "read_identifiers_csv"]

IDENTIFIER_COLUMNS = ("record_id", *FIELD_NAMES)
_YEAR = re.compile(r"^\d{4}$")
_SEXES = frozenset({"F", "M", "X", ""})


def read_identifiers_csv(path: Path) -> tuple[LinkageIdentifiers, ...]:
    """Read and validate the records of an identifier CSV file.

    Args:
        path: the CSV file (columns documented in this module).

    Returns:
        One :class:`LinkageIdentifiers` per data row, in file order.

    Raises:
        LinkageError: the file cannot be read.
        ImportRowsError: the file is not UTF-8 (names the row), has an unknown, duplicate
            or missing required column (names it), or rows with bad values (names every
            row and field).
    """
    rows = list(csv.reader(io.StringIO(_decode(path), newline="")))
    if not rows:
        raise ImportRowsError(FieldProblem("record_id", "The file is empty.", "empty_file"))
    columns = [column.strip() for column in rows[0]]
    _check_columns(columns)
    problems: list[FieldProblem] = []
    records = [
        _parse_row(dict(zip(columns, row, strict=False)), row_number, problems)
        for row_number, row in enumerate(rows[1:], start=1)
        if any(cell.strip() for cell in row)
    ]
    problems.extend(_duplicate_id_problems(records))
    if problems:
        raise ImportRowsError(problems)
    return tuple(records)


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LinkageError(f"Cannot read {path}: {error.strerror}.") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        row = data.count(b"\n", 0, error.start)
        problem = FieldProblem(
            "file", f"Row {row} is not valid UTF-8; save the file as UTF-8.", "not_utf8", row
        )
        raise ImportRowsError(problem) from error


def _check_columns(columns: list[str]) -> None:
    problems = [
        FieldProblem(column, f"Unknown column {column!r}.", "unknown_column", 0)
        for column in columns
        if column not in IDENTIFIER_COLUMNS
    ]
    problems += [
        FieldProblem(column, f"Column {column!r} appears twice.", "duplicate_column", 0)
        for column in sorted({column for column in columns if columns.count(column) > 1})
    ]
    if "record_id" not in columns:
        problems.append(
            FieldProblem("record_id", "The record_id column is required.", "missing_column", 0)
        )
    if problems:
        raise ImportRowsError(problems)


def _parse_row(cells: dict[str, str], row: int, problems: list[FieldProblem]) -> LinkageIdentifiers:
    values = {column: cells.get(column, "").strip() for column in IDENTIFIER_COLUMNS}
    values["sex"] = values["sex"].upper()
    values["nationality"] = values["nationality"].upper()
    if not values["record_id"]:
        problems.append(FieldProblem("record_id", "The record id is empty.", "required", row))
    if not _is_valid_birth_date(values["birth_date"]):
        message = "Use YYYY-MM-DD, YYYY for the year only, or leave it empty."
        problems.append(FieldProblem("birth_date", message, "invalid_date", row))
    if values["sex"] not in _SEXES:
        problems.append(FieldProblem("sex", "Use F, M, X or leave it empty.", "invalid_sex", row))
    if values["nationality"] and pycountry.countries.get(alpha_2=values["nationality"]) is None:
        message = "Use an ISO 3166-1 alpha-2 country code."
        problems.append(FieldProblem("nationality", message, "invalid_country", row))
    return LinkageIdentifiers(**values)


def _is_valid_birth_date(value: str) -> bool:
    if not value or _YEAR.match(value):
        return True
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return parsed.isoformat() == value


def _duplicate_id_problems(records: list[LinkageIdentifiers]) -> list[FieldProblem]:
    seen: set[str] = set()
    problems: list[FieldProblem] = []
    for row, record in enumerate(records, start=1):
        if record.record_id in seen:
            message = f"The record id {record.record_id!r} appears more than once."
            problems.append(FieldProblem("record_id", message, "duplicate_id", row))
        seen.add(record.record_id)
    return problems
