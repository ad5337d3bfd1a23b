"""Reading an uploaded capture-history CSV into the core's validated table."""

from __future__ import annotations

import csv
import io

from django.core.files.uploadedfile import UploadedFile

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation import CaptureHistories, capture_histories_from_table

MAX_TABLE_BYTES = 1_000_000


def histories_from_upload(upload: UploadedFile) -> CaptureHistories:
    """The validated table; every problem names its row and column.

    Raises:
        EstimationInputError: not UTF-8, empty, too large, or a bad row or column.
    """
    data = upload.read(MAX_TABLE_BYTES + 1)
    if len(data) > MAX_TABLE_BYTES:
        raise EstimationInputError(FieldProblem(field="file", message="the table is too large"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n")
        raise EstimationInputError(
            FieldProblem(field="file", row=line, message="not UTF-8 text", code="encoding")
        ) from error
    table = [row for row in csv.reader(io.StringIO(text)) if row]
    if not table:
        raise EstimationInputError(FieldProblem(field="file", message="the file is empty"))
    return capture_histories_from_table(table[0], table[1:])
