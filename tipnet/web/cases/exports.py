"""Streaming CSV exports: HTCDS flat and CTDC-style; both audited, access re-checked per record."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator

from tipnet.core.standard.exchange import CASE_COLUMNS, CTDC_COLUMNS, ctdc_rows, write_case_rows
from tipnet.core.standard.records import CaseBundle
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.cases.selectors import case_bundles_for_export

_FORMATS: dict[
    str, tuple[tuple[str, ...], Callable[[Iterable[CaseBundle]], Iterator[dict[str, str]]]]
] = {
    "htcds": (CASE_COLUMNS, write_case_rows),
    "ctdc": (CTDC_COLUMNS, ctdc_rows),
}


def export_lines(*, viewer: Viewer, export_format: str) -> Iterator[str]:
    """CSV text lines of every case the viewer may export, header first.

    Raises:
        KeyError: unknown format.
        PermissionDeniedError: the viewer's role may not export.
    """
    columns, to_rows = _FORMATS[export_format]
    bundles = case_bundles_for_export(viewer=viewer, reason=f"export:{export_format}")
    first = next(bundles, None)  # runs the permission check before the response starts
    return _lines(columns, to_rows, first, bundles)


def _lines(
    columns: tuple[str, ...],
    to_rows: Callable[[Iterable[CaseBundle]], Iterator[dict[str, str]]],
    first: CaseBundle | None,
    rest: Iterator[CaseBundle],
) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="raise")
    writer.writeheader()
    yield _drain(buffer)
    if first is None:
        return
    for row in to_rows(_chain(first, rest)):
        writer.writerow({column: neutralise_formula(value) for column, value in row.items()})
        yield _drain(buffer)


def _chain(first: CaseBundle, rest: Iterator[CaseBundle]) -> Iterator[CaseBundle]:
    yield first
    yield from rest


_FORMULA_TRIGGERS = ("=", "+", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula (CSV injection) with a quote.

    A leading minus is kept when a number follows, so negative coordinates stay numbers.
    """
    is_formula = cell.startswith(_FORMULA_TRIGGERS) or (
        cell.startswith("-") and not cell[1:2].isdigit()
    )
    return f"'{cell}" if is_formula else cell


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
