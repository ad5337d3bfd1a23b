"""CSV files of the flat HTCDS exchange format: bytes <-> rows.

Files are UTF-8 (a byte-order mark is tolerated on reading and not written), comma-separated,
with a header row. Reading reports every undecodable or malformed row by its data-row number
(header = row 0), counting records, not physical lines, so quoted multi-line cells do not
shift the numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence

from tipnet.core.errors import FieldProblem, ImportRowsError
from tipnet.core.standard.columns import CASE_COLUMNS, EVENT_COLUMNS
from tipnet.core.standard.flat_rows import HEADER_ROW, write_case_rows, write_event_rows
from tipnet.core.standard.records import CaseBundle

_UTF8_BOM = b"\xef\xbb\xbf"


def decode_csv(data: bytes, *, file_label: str) -> list[dict[str, str]]:
    """Read a UTF-8 CSV file with a header into one dictionary per data row.

    Args:
        data: the file's bytes.
        file_label: how the user knows the file (``"cases file"``); used as the field of
            problems that concern the file rather than a column.

    Returns:
        The rows, keyed by the (stripped) header names; a short row's missing cells are "".

    Raises:
        ImportRowsError: the file has no header, repeats a header name, holds bytes that are
            not UTF-8 (each such row is named), or has rows with more cells than the header.
    """
    text, bad_lines = _decode(data.removeprefix(_UTF8_BOM))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip() for name in next(reader, [])]
    except csv.Error as error:
        raise ImportRowsError(_file_problem(file_label, f"unreadable header: {error}")) from None
    problems = _header_problems(header, file_label)
    if HEADER_ROW + 1 in bad_lines:
        problems.append(_encoding_problem(file_label, HEADER_ROW))
    rows, row_problems = _read_records(
        reader, lambda: reader.line_num, header, bad_lines, file_label
    )
    problems += row_problems
    if problems:
        raise ImportRowsError(problems)
    return rows


def _decode(data: bytes) -> tuple[str, frozenset[int]]:
    """The text, and the 1-based physical line numbers that are not valid UTF-8."""
    try:
        return data.decode("utf-8"), frozenset()
    except UnicodeDecodeError:
        pass
    bad_lines = set()
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad_lines.add(number)
    return data.decode("utf-8", errors="replace"), frozenset(bad_lines)


def _header_problems(header: Sequence[str], file_label: str) -> list[FieldProblem]:
    if not any(header):
        return [_file_problem(file_label, "the file has no header row")]
    seen: set[str] = set()
    problems = []
    for name in header:
        if not name:
            problems.append(
                FieldProblem(file_label, "a header cell is empty", "empty_column", HEADER_ROW)
            )
        elif name in seen:
            problems.append(
                FieldProblem(name, "the column appears twice", "duplicate_column", HEADER_ROW)
            )
        seen.add(name)
    return problems


def _read_records(
    reader: Iterator[list[str]],
    line_number: Callable[[], int],
    header: Sequence[str],
    bad_lines: frozenset[int],
    file_label: str,
) -> tuple[list[dict[str, str]], list[FieldProblem]]:
    rows: list[dict[str, str]] = []
    problems: list[FieldProblem] = []
    first_line = line_number() + 1  # physical line on which the next record starts
    try:
        for row_number, cells in enumerate(reader, start=1):
            last_line = line_number()
            if not bad_lines.isdisjoint(range(first_line, last_line + 1)):
                problems.append(_encoding_problem(file_label, row_number))
            first_line = last_line + 1
            if len(cells) > len(header):
                problems.append(_width_problem(file_label, row_number, len(cells), len(header)))
            rows.append(dict(zip(header, _padded(cells, len(header)), strict=False)))
    except csv.Error as error:
        message = f"malformed CSV: {error}"
        problems.append(FieldProblem(file_label, message, "malformed_csv", len(rows) + 1))
    return _without_trailing_blank_rows(rows), problems


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _without_trailing_blank_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    # Blank lines at the end are an editor artefact. Blank rows inside the file are kept so
    # that row numbers in error messages match what the user sees.
    while rows and not any(value.strip() for value in rows[-1].values()):
        rows.pop()
    return rows


def _file_problem(file_label: str, message: str) -> FieldProblem:
    return FieldProblem(file_label, message, "unreadable_file", HEADER_ROW)


def _encoding_problem(file_label: str, row_number: int) -> FieldProblem:
    message = "the row holds bytes that are not UTF-8; save the file as UTF-8"
    return FieldProblem(file_label, message, "encoding", row_number)


def _width_problem(file_label: str, row_number: int, cells: int, columns: int) -> FieldProblem:
    message = f"the row has {cells} cells but the header has {columns} columns"
    return FieldProblem(file_label, message, "too_many_cells", row_number)


def cases_to_csv(bundles: Iterable[CaseBundle]) -> str:
    """The cases file (header and one row per case) as CSV text; encode it as UTF-8."""
    return _to_csv(CASE_COLUMNS, write_case_rows(bundles))


def events_to_csv(bundles: Iterable[CaseBundle]) -> str:
    """The events file (header and one row per route event) as CSV text."""
    return _to_csv(EVENT_COLUMNS, write_event_rows(bundles))


def _to_csv(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
