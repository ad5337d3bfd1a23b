"""Excel workbooks of the flat HTCDS exchange format: sheet ``cases`` and optional ``events``.

Each sheet has the same header and columns as the CSV file of the same name. Cells are turned
into the strings the CSV reader would have produced, so one parser serves both formats.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from tipnet.core.errors import FieldProblem, ImportRowsError
from tipnet.core.standard.columns import CASE_COLUMNS, EVENT_COLUMNS
from tipnet.core.standard.flat_rows import HEADER_ROW, write_case_rows, write_event_rows
from tipnet.core.standard.records import CaseBundle

CASES_SHEET = "cases"
EVENTS_SHEET = "events"

CellValue = object


def read_xlsx(data: bytes) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Read the ``cases`` sheet and the optional ``events`` sheet of a workbook.

    Args:
        data: the ``.xlsx`` file's bytes.

    Returns:
        ``(case_rows, event_rows)``, each a list of dictionaries keyed by header; cell values
        become strings (whole numbers without ``.0``, dates ``YYYY-MM-DD``, booleans
        ``true``/``false``, empty cells ``""``). ``event_rows`` is empty without the sheet.

    Raises:
        ImportRowsError: the bytes are not a workbook or the ``cases`` sheet is missing.
    """
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        problem = FieldProblem(
            "workbook", f"not an Excel workbook: {error}", "unreadable_file", HEADER_ROW
        )
        raise ImportRowsError(problem) from None
    try:
        if CASES_SHEET not in workbook.sheetnames:
            message = f"the workbook has no sheet named {CASES_SHEET!r}"
            raise ImportRowsError(FieldProblem("workbook", message, "missing_sheet", HEADER_ROW))
        cases = _sheet_rows(workbook[CASES_SHEET])
        events = _sheet_rows(workbook[EVENTS_SHEET]) if EVENTS_SHEET in workbook.sheetnames else []
    finally:
        workbook.close()
    return cases, events


def _sheet_rows(sheet: object) -> list[dict[str, str]]:
    assert isinstance(sheet, ReadOnlyWorksheet)  # noqa: S101  # read_only=True guarantees it
    # openpyxl's stubs declare ReadOnlyWorksheet.iter_rows with a Worksheet self.
    values = sheet.iter_rows(values_only=True)  # type: ignore[misc]
    header = [cell_to_text(cell).strip() for cell in next(values, ())]
    while header and not header[-1]:
        header.pop()  # Excel often reports formatted but empty trailing columns
    rows = [
        {name: cell_to_text(cell) for name, cell in zip(header, cells, strict=False)}
        for cells in values
    ]
    for row in rows:
        for name in header:
            row.setdefault(name, "")
    while rows and not any(value.strip() for value in rows[-1].values()):
        rows.pop()
    return rows


def cell_to_text(value: CellValue) -> str:
    """The text a spreadsheet cell stands for in the flat format.

    Whole-valued floats lose the ``.0`` Excel adds; dates and midnight datetimes become
    ``YYYY-MM-DD``; other datetimes ISO 8601; booleans ``true``/``false``; ``None`` "".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def cases_to_xlsx(bundles: Iterable[CaseBundle]) -> bytes:
    """A workbook with the ``cases`` and ``events`` sheets (all cells as text)."""
    cached = tuple(bundles)
    workbook = Workbook(write_only=True)
    _append_sheet(workbook, CASES_SHEET, CASE_COLUMNS, write_case_rows(cached))
    _append_sheet(workbook, EVENTS_SHEET, EVENT_COLUMNS, write_event_rows(cached))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _append_sheet(
    workbook: Workbook, title: str, columns: Sequence[str], rows: Iterator[dict[str, str]]
) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(list(columns))
    for row in rows:
        sheet.append([_text_cell(sheet, row[column]) for column in columns])


def _text_cell(sheet: object, text: str) -> Cell | None:
    if not text:
        return None
    cell = WriteOnlyCell(sheet, value=text)  # type: ignore[arg-type]  # write-only sheet
    # Always a text cell: codes such as "0" keep their form, and free text that starts with
    # "=" is never turned into a formula (spreadsheet formula injection).
    cell.data_type = "s"
    return cell
