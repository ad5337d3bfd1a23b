"""Reading and writing rows of the flat HTCDS exchange files (cases file, events file).

Reading is atomic: :func:`parse_case_rows` checks every cell of every row, then the domain
rules of :mod:`tipnet.core.standard.rules`, and either returns every case or raises
:class:`~tipnet.core.errors.ImportRowsError` listing every problem (row numbers are 1-based
data rows; the header is row 0). Writing is its inverse: ``parse_case_rows(write_case_rows(x))
== x`` for cases the flat format can hold (at most one referral per direction).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tipnet.core.errors import FieldProblem, ImportRowsError
from tipnet.core.standard.cells import CellError
from tipnet.core.standard.columns import (
    CASE_COLUMN_SPECS,
    CASE_ID_COLUMN,
    EVENT_COLUMN_SPECS,
    REQUIRED_CASE_COLUMNS,
    REQUIRED_EVENT_COLUMNS,
    ColumnSpec,
)
from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    ConsentRecord,
    PersonRecord,
    ReferralRecord,
    TraffickingEventRecord,
    VictimContextRecord,
)
from tipnet.core.standard.rules import validate_case, validate_event
from tipnet.core.standard.vocabulary import ReferralDirection

Row = Mapping[str, str]
HEADER_ROW = 0
_CASE_SPECS_BY_COLUMN = {spec.column: spec for spec in CASE_COLUMN_SPECS}
_EVENT_SPECS_BY_COLUMN = {spec.column: spec for spec in EVENT_COLUMN_SPECS}
_RECORD_TYPES: dict[str, type[Any]] = {
    "person": PersonRecord,
    "victim": VictimContextRecord,
    "consent": ConsentRecord,
}


@dataclass(slots=True)
class _RowValues:
    """The typed values read from one row, grouped by the record they fill."""

    by_section: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[FieldProblem] = field(default_factory=list)

    def section(self, name: str) -> dict[str, Any]:
        return self.by_section.get(name, {})


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


def parse_case_rows(
    rows: Sequence[Row], *, today: date, event_rows: Sequence[Row] = ()
) -> tuple[CaseBundle, ...]:
    """Read a cases file (and optionally its events file) into case bundles, all or nothing.

    Args:
        rows: the cases file as dictionaries keyed by header (as from ``decode_csv``).
        today: the date "now" means, for the rules on future dates.
        event_rows: the events file's rows, if there is one.

    Returns:
        One bundle per case row, in file order, each with its events in file order.

    Raises:
        ImportRowsError: any problem in any row: unknown or missing column, missing required
            value, unreadable cell, unknown picklist value, duplicate ``case_id``, a broken
            domain rule, or an event for a ``case_id`` the cases file lacks. Every problem is
            listed; nothing is returned.
    """
    header = header_of(rows)
    problems = check_header(header, _CASE_SPECS_BY_COLUMN, REQUIRED_CASE_COLUMNS) if rows else []
    bundles: list[CaseBundle] = []
    first_row_of_case: dict[str, int] = {}
    specs = _specs_for(header, _CASE_SPECS_BY_COLUMN)
    for row_number, row in enumerate(rows, start=1):
        bundle, row_problems = _read_case_row(row, specs, row_number=row_number, today=today)
        problems += row_problems
        problems += _check_unique(bundle.case.reference, row_number, first_row_of_case)
        bundles.append(bundle)
    events, event_problems = _read_event_rows(event_rows, first_row_of_case, today=today)
    problems += event_problems
    if problems:
        raise ImportRowsError(problems)
    return tuple(_with_events(bundle, events.get(bundle.case.reference, ())) for bundle in bundles)


def check_header(
    header: Sequence[str], known: Mapping[str, ColumnSpec], required: frozenset[str]
) -> list[FieldProblem]:
    """Unknown and missing required columns, reported on the header (row 0)."""
    problems = [
        FieldProblem(column, "is not a column of this file", "unknown_column", HEADER_ROW)
        for column in header
        if column not in known
    ]
    problems += [
        FieldProblem(column, "required column is missing", "missing_column", HEADER_ROW)
        for column in sorted(required - set(header))
    ]
    return problems


def header_of(rows: Sequence[Row]) -> tuple[str, ...]:
    """Every column any row has, in order of first appearance (rows from a file share one)."""
    if not rows:
        return ()
    first_keys = rows[0].keys()
    columns = dict.fromkeys(first_keys)
    for row in rows:
        if row.keys() != first_keys:
            columns.update(dict.fromkeys(row))
    return tuple(columns)


def _specs_for(header: Sequence[str], known: Mapping[str, ColumnSpec]) -> dict[str, ColumnSpec]:
    # Only columns present in the header are read; absent optional columns keep defaults.
    return {column: known[column] for column in header if column in known}


def _read_cells(row: Row, specs: Mapping[str, ColumnSpec], *, row_number: int) -> _RowValues:
    values = _RowValues()
    by_section = values.by_section
    # A comprehension skips the many empty cells far faster than a loop body would.
    filled = [(column, text) for column, text in row.items() if text and column in specs]
    for column, raw_text in filled:
        text = raw_text.strip()
        if not text:
            continue  # empty = unknown: the record's default stays
        spec = specs[column]
        try:
            value = spec.codec.read(text)
        except CellError as error:
            values.problems.append(FieldProblem(column, error.message, error.code, row_number))
            continue
        section = by_section.get(spec.section)
        if section is None:
            section = by_section[spec.section] = {}
        section[spec.attribute] = value
    return values


def _read_case_row(
    row: Row, specs: Mapping[str, ColumnSpec], *, row_number: int, today: date
) -> tuple[CaseBundle, list[FieldProblem]]:
    values = _read_cells(row, specs, row_number=row_number)
    problems = values.problems
    problems += _missing_values(
        row, sorted(REQUIRED_CASE_COLUMNS & specs.keys()), row_number=row_number
    )
    case_values = values.section("case")
    bundle = CaseBundle(
        case=CaseRecord(**{"reference": "", **case_values}),
        person=PersonRecord(**values.section("person")),
        victim=VictimContextRecord(**values.section("victim")),
        consent=ConsentRecord(**values.section("consent")),
        referrals=_referrals(values),
    )
    problems += validate_case(bundle, row=row_number, today=today)
    return bundle, problems


def _missing_values(row: Row, required: Iterable[str], *, row_number: int) -> list[FieldProblem]:
    return [
        FieldProblem(column, "a value is required", "missing_value", row_number)
        for column in required
        if not (row.get(column) or "").strip()
    ]


def _referrals(values: _RowValues) -> tuple[ReferralRecord, ...]:
    referrals = []
    for section, direction in (
        ("incoming", ReferralDirection.INCOMING),
        ("outgoing", ReferralDirection.OUTGOING),
    ):
        if section in values.by_section:
            referrals.append(ReferralRecord(direction=direction, **values.by_section[section]))
    return tuple(referrals)


def _check_unique(reference: str, row_number: int, first_row: dict[str, int]) -> list[FieldProblem]:
    if not reference:
        return []
    if reference in first_row:
        message = f"case_id {reference!r} already appears in row {first_row[reference]}"
        return [FieldProblem(CASE_ID_COLUMN, message, "duplicate_case_id", row_number)]
    first_row[reference] = row_number
    return []


def _read_event_rows(
    rows: Sequence[Row], case_rows: Mapping[str, int], *, today: date
) -> tuple[dict[str, tuple[TraffickingEventRecord, ...]], list[FieldProblem]]:
    header = header_of(rows)
    problems = check_header(header, _EVENT_SPECS_BY_COLUMN, REQUIRED_EVENT_COLUMNS) if rows else []
    specs = _specs_for(header, _EVENT_SPECS_BY_COLUMN)
    events: dict[str, list[TraffickingEventRecord]] = {}
    for row_number, row in enumerate(rows, start=1):
        reference, event, row_problems = _read_event_row(
            row, specs, row_number=row_number, today=today
        )
        problems += row_problems
        if reference and reference not in case_rows:
            message = f"the events file names case_id {reference!r}, which the cases file lacks"
            problems.append(FieldProblem(CASE_ID_COLUMN, message, "unknown_case", row_number))
        if event is not None:
            events.setdefault(reference, []).append(event)
    return {reference: tuple(found) for reference, found in events.items()}, problems


def _read_event_row(
    row: Row, specs: Mapping[str, ColumnSpec], *, row_number: int, today: date
) -> tuple[str, TraffickingEventRecord | None, list[FieldProblem]]:
    values = _read_cells(row, specs, row_number=row_number)
    required = sorted(REQUIRED_EVENT_COLUMNS & specs.keys())
    problems = values.problems + _missing_values(row, required, row_number=row_number)
    reference = str(values.section("case").get("reference", ""))
    event_values = values.section("event")
    if "event_type" not in event_values:
        return reference, None, problems
    event = TraffickingEventRecord(**event_values)
    return reference, event, problems + validate_event(event, row=row_number, today=today)


def _with_events(bundle: CaseBundle, events: tuple[TraffickingEventRecord, ...]) -> CaseBundle:
    if not events:
        return bundle
    return CaseBundle(
        bundle.case, bundle.person, bundle.victim, bundle.consent, bundle.referrals, events
    )


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def write_case_rows(bundles: Iterable[CaseBundle]) -> Iterator[dict[str, str]]:
    """One cases-file row per bundle, every column present, in :data:`CASE_COLUMNS` order.

    The cases file holds one referral per direction: when a bundle has several, the latest
    (by ``referred_on``; undated ones count as oldest, then the last listed wins) is written.

    Args:
        bundles: the cases to write.

    Yields:
        Dictionaries keyed by column name; unknown values are empty strings.
    """
    for bundle in bundles:
        records: dict[str, object] = {
            "case": bundle.case,
            "person": bundle.person,
            "victim": bundle.victim,
            "consent": bundle.consent,
            "incoming": _latest_referral(bundle.referrals, ReferralDirection.INCOMING),
            "outgoing": _latest_referral(bundle.referrals, ReferralDirection.OUTGOING),
        }
        yield {spec.column: _write_cell(spec, records[spec.section]) for spec in CASE_COLUMN_SPECS}


def write_event_rows(bundles: Iterable[CaseBundle]) -> Iterator[dict[str, str]]:
    """One events-file row per route event of every bundle, in :data:`EVENT_COLUMNS` order."""
    for bundle in bundles:
        for event in bundle.events:
            records: dict[str, object] = {"case": bundle.case, "event": event}
            yield {
                spec.column: _write_cell(spec, records[spec.section]) for spec in EVENT_COLUMN_SPECS
            }


def _latest_referral(
    referrals: Iterable[ReferralRecord], direction: ReferralDirection
) -> ReferralRecord | None:
    matching = [referral for referral in referrals if referral.direction is direction]
    if not matching:
        return None
    return max(reversed(matching), key=lambda referral: referral.referred_on or date.min)


def _write_cell(spec: ColumnSpec, record: object) -> str:
    if record is None:
        return ""
    value = getattr(record, spec.attribute)
    if value is None or value in ("", ()):
        return ""
    return str(spec.codec.write(value))
