"""Turning uploaded HTCDS files into an atomic import: parse everything, then write all."""

from __future__ import annotations

from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from tipnet.core.standard.exchange import decode_csv, parse_case_rows, read_xlsx
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.cases.services import cases_import

XLSX_MAGIC = b"PK\x03\x04"


def _rows_of(
    upload: UploadedFile, *, label: str
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    data = upload.read()
    if data.startswith(XLSX_MAGIC):
        return read_xlsx(data)
    return decode_csv(data, file_label=label), []


def import_uploaded_files(
    *, viewer: Viewer, cases_file: UploadedFile, events_file: UploadedFile | None
) -> int:
    """Parse and validate both files completely, then import every case or none.

    Raises:
        ImportRowsError: listing every problem by row and field; nothing was written.
    """
    case_rows, sheet_events = _rows_of(cases_file, label="cases")
    event_rows = sheet_events
    if events_file is not None:
        event_rows = event_rows + _rows_of(events_file, label="events")[0]
    bundles = parse_case_rows(case_rows, today=timezone.localdate(), event_rows=event_rows)
    return len(
        cases_import(viewer=viewer, bundles=bundles, source_label=cases_file.name or "upload")
    )
