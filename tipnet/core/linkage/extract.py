"""The ``.enc`` extract file: what an organisation hands to the linkage step.

Format (UTF-8, one JSON object per line, ``\\n`` line ends):

* line 1, the header: ``{"format": "tipnet-linkage-extract", "layout_version": 1,
  "source_label": "...", "record_count": N, "is_hardened": true, "key_check": "<16 hex>"}``;
* lines 2 to N+1, one record each: ``{"record_id": "...", "fields": {"given_names":
  "<base64>", ...}, "blocking_tokens": ["fy0:...", ...]}``; missing fields are absent.

The key check value (:func:`~tipnet.core.linkage.keys.key_check_value`) lets the linkage
step refuse two extracts made with different secrets, which would otherwise compare as
noise. Nothing in the file is a name, date or other plaintext identifier; ``record_id`` is
the organisation's pseudonymous id.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from tipnet.core.errors import LinkageError
from tipnet.core.linkage.encoder import EncodedRecord
from tipnet.core.linkage.identifier_csv import read_identifiers_csv
from tipnet.core.linkage.layout import DEFAULT_LAYOUT, LinkageLayout, layout_for_version

# read_identifiers_csv (the input side) lives in identifier_csv and is re-exported here.
__all__ = ["EXTRACT_FORMAT", "Extract", "read_extract", "read_identifiers_csv", "write_extract"]

EXTRACT_FORMAT = "tipnet-linkage-extract"


@dataclass(frozen=True)
class Extract:
    """A parsed extract.

    Attributes:
        layout_version: the layout that made the encodings.
        source_label: the organisation's label (free text chosen by it).
        is_hardened: whether the encodings are hardened.
        key_check: public fingerprint of the secret; equal for extracts of one network.
        records: the encoded records in file order.
    """

    layout_version: int
    source_label: str
    is_hardened: bool
    key_check: str
    records: tuple[EncodedRecord, ...]


def write_extract(
    path: Path,
    records: Sequence[EncodedRecord],
    *,
    layout: LinkageLayout = DEFAULT_LAYOUT,
    source_label: str,
    key_check: str,
    is_hardened: bool = True,
) -> None:
    """Write an extract atomically: a temporary file in the same folder, then a rename.

    Args:
        path: destination; replaced only when the whole file has been written.
        records: encoded records (from
            :func:`~tipnet.core.linkage.encoder.encode_identifier_batch`).
        layout: the layout that made them.
        source_label: the organisation's label.
        key_check: :func:`~tipnet.core.linkage.keys.key_check_value` of the secret.
        is_hardened: whether the encodings are hardened.
    """
    header = {
        "format": EXTRACT_FORMAT,
        "layout_version": layout.version,
        "source_label": source_label,
        "record_count": len(records),
        "is_hardened": is_hardened,
        "key_check": key_check,
    }
    lines = [json.dumps(header, ensure_ascii=False)]
    lines.extend(json.dumps(_record_to_json(record), ensure_ascii=False) for record in records)
    _write_atomically(path, "\n".join(lines) + "\n")


def _record_to_json(record: EncodedRecord) -> dict[str, Any]:
    return {
        "record_id": record.record_id,
        "fields": {
            name: base64.b64encode(bits).decode("ascii") for name, bits in record.fields.items()
        },
        "blocking_tokens": list(record.blocking_tokens),
    }


def _write_atomically(path: Path, text: str) -> None:
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_extract(path: Path, *, layout: LinkageLayout | None = None) -> Extract:
    """Read and check an extract.

    Args:
        path: the ``.enc`` file.
        layout: the layout this installation compares with; default the layout named in
            the header (any layout this installation knows: v1 extracts stay readable).

    Raises:
        LinkageError: the file is missing or not UTF-8, has no valid header, was made with
            another layout version, has a malformed record line (the message names the line
            number), or holds a different number of records than its header says.
    """
    lines = _read_lines(path)
    header = _parse_header(path, lines[0] if lines else "")
    layout = _check_header(header, layout)
    records = tuple(
        _parse_record(line, line_number=index + 2, layout=layout)
        for index, line in enumerate(lines[1:])
    )
    if len(records) != header["record_count"]:
        raise LinkageError(
            f"{path.name}: the header announces {header['record_count']} records but the "
            f"file holds {len(records)}; the file is truncated or altered."
        )
    return Extract(
        layout_version=header["layout_version"],
        source_label=str(header.get("source_label", "")),
        is_hardened=bool(header["is_hardened"]),
        key_check=str(header["key_check"]),
        records=records,
    )


def _read_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LinkageError(f"Cannot read extract {path}: {error.strerror}.") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_number = data.count(b"\n", 0, error.start) + 1
        message = f"{path.name} is not a UTF-8 linkage extract (line {line_number})."
        raise LinkageError(message) from error
    return [line for line in text.split("\n") if line.strip()]


def _parse_header(path: Path, line: str) -> dict[str, Any]:
    try:
        header = json.loads(line) if line else None
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("format") != EXTRACT_FORMAT:
        raise LinkageError(f"{path.name} has no tipnet linkage extract header on line 1.")
    return header


def _check_header(header: Mapping[str, Any], layout: LinkageLayout | None) -> LinkageLayout:
    required = ("layout_version", "record_count", "is_hardened", "key_check")
    missing = [name for name in required if name not in header]
    if missing:
        raise LinkageError(f"The extract header lacks {', '.join(missing)}.")
    if layout is None:
        if not isinstance(header["layout_version"], int):
            raise LinkageError("The extract header's layout_version is not a whole number.")
        layout = layout_for_version(header["layout_version"])
    if header["layout_version"] != layout.version:
        raise LinkageError(
            f"The extract was made with linkage layout version {header['layout_version']}; "
            f"this installation compares version {layout.version}. Re-encode the records "
            "with the same tipnet layout on both sides."
        )
    if not isinstance(header["record_count"], int):
        raise LinkageError("The extract header's record_count is not a whole number.")
    return layout


def _parse_record(line: str, *, line_number: int, layout: LinkageLayout) -> EncodedRecord:
    try:
        raw = json.loads(line)
        record_id = raw["record_id"]
        fields = {
            name: _decode_filter(name, value, layout) for name, value in raw["fields"].items()
        }
        tokens = tuple(str(token) for token in raw["blocking_tokens"])
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError) as error:
        raise LinkageError(
            f"Line {line_number} of the extract is not a valid record: {error}"
        ) from error
    if not isinstance(record_id, str) or not record_id:
        raise LinkageError(f"Line {line_number} of the extract has no record_id.")
    return EncodedRecord(record_id, MappingProxyType(fields), tokens)


def _decode_filter(name: str, value: str, layout: LinkageLayout) -> bytes:
    if name not in layout.field_names:
        raise ValueError(f"unknown field {name!r}")
    try:
        bits = base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise ValueError(f"field {name} is not base64") from error
    expected = layout.field(name).length_bytes
    if len(bits) != expected:
        raise ValueError(f"field {name} has {len(bits)} bytes, layout says {expected}")
    return bits
