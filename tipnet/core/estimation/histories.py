"""Capture-history tables: reading, validating and reshaping the input of estimation.

A table has one 0/1 column per list and a ``count`` column; histories that are absent have
count zero, and the all-zero history (people on no list) can never be observed. Tables can
also be built from per-person list memberships.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation.cells import FloatArray, cell_count, cell_masks

COUNT_COLUMN = "count"
_MAX_LISTS = 16
_MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True)
class CaptureHistories:
    """Counts of every observable capture history over named lists.

    Attributes:
        list_names: names of the lists, in column order.
        counts: count of each observable history, indexed by bit mask minus one (bit ``i``
            set means "on list ``i``").
    """

    list_names: tuple[str, ...]
    counts: tuple[int, ...]

    @property
    def list_count(self) -> int:
        """Number of lists ``t``."""
        return len(self.list_names)

    @property
    def observed_total(self) -> int:
        """Number of distinct people observed on at least one list."""
        return sum(self.counts)

    def count_vector(self) -> FloatArray:
        """Counts as a float array in cell (mask) order."""
        return np.asarray(self.counts, dtype=np.float64)

    def list_totals(self) -> tuple[int, ...]:
        """People on each list."""
        masks = cell_masks(self.list_count)
        vector = np.asarray(self.counts, dtype=np.int64)
        return tuple(
            int(vector[(masks >> index & 1) == 1].sum()) for index in range(self.list_count)
        )

    def rows(self) -> list[tuple[tuple[int, ...], int]]:
        """Non-zero histories as ``(0/1 tuple, count)`` pairs, in mask order."""
        return [
            (tuple(mask >> index & 1 for index in range(self.list_count)), count)
            for mask, count in zip(cell_masks(self.list_count).tolist(), self.counts, strict=True)
            if count
        ]


def histories_from_counts(list_names: Sequence[str], counts: Sequence[int]) -> CaptureHistories:
    """Build a table from names and a full vector of ``2**t - 1`` cell counts."""
    if len(counts) != cell_count(len(list_names)):
        raise EstimationInputError(
            FieldProblem(field=COUNT_COLUMN, message="expected one count per observable history")
        )
    return CaptureHistories(tuple(list_names), tuple(int(value) for value in counts))


def read_capture_histories(path: Path) -> CaptureHistories:
    """Read a CSV capture-history table (list columns then ``count``).

    Raises:
        EstimationInputError: naming every bad row and column.
    """
    with path.open(newline="", encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    if not table:
        raise EstimationInputError(FieldProblem(field="file", message="the file is empty"))
    return capture_histories_from_table(table[0], table[1:])


def capture_histories_from_table(
    header: Sequence[str], rows: Iterable[Sequence[object]]
) -> CaptureHistories:
    """Validate a table given as header and rows; duplicate histories are summed.

    Rows are numbered from 1 (the header is row 0) in every error.

    Raises:
        EstimationInputError: a list column that is not 0/1, a negative or non-integer count,
            an all-zero history, fewer than two lists, or a missing ``count`` column.
    """
    names = [str(name).strip() for name in header]
    list_names = _list_columns(names)
    count_at = [name.lower() for name in names].index(COUNT_COLUMN)
    counts = [0] * cell_count(len(list_names))
    problems: list[FieldProblem] = []
    for number, row in enumerate(rows, start=1):
        mask, count = _read_row(names, count_at, number, row, problems)
        if mask is not None and count is not None:
            counts[mask - 1] += count
    if problems:
        raise EstimationInputError(problems[:_MAX_REPORTED_PROBLEMS])
    return CaptureHistories(tuple(list_names), tuple(counts))


def _list_columns(names: list[str]) -> list[str]:
    lowered = [name.lower() for name in names]
    if lowered.count(COUNT_COLUMN) != 1:
        raise EstimationInputError(
            FieldProblem(
                field=COUNT_COLUMN, message="the table needs exactly one 'count' column", row=0
            )
        )
    list_names = [name for name in names if name.lower() != COUNT_COLUMN]
    _check_list_names(list_names)
    return list_names


def _check_list_names(list_names: Sequence[str]) -> None:
    if len(list_names) < 2:
        raise EstimationInputError(
            FieldProblem(
                field="lists", message="at least two lists are needed", code="too_few_lists", row=0
            )
        )
    if len(list_names) > _MAX_LISTS:
        raise EstimationInputError(
            FieldProblem(field="lists", message=f"at most {_MAX_LISTS} lists are supported", row=0)
        )
    duplicates = sorted({name for name in list_names if list_names.count(name) > 1})
    if duplicates or any(not name for name in list_names):
        raise EstimationInputError(
            FieldProblem(field="lists", message="list names must be unique and non-empty", row=0)
        )


def _read_row(
    names: list[str],
    count_at: int,
    number: int,
    row: Sequence[object],
    problems: list[FieldProblem],
) -> tuple[int | None, int | None]:
    if len(row) != len(names):
        problems.append(
            FieldProblem(
                field="row", message=f"expected {len(names)} values, got {len(row)}", row=number
            )
        )
        return None, None
    problems_before = len(problems)
    count = _read_count(row[count_at], names[count_at], number, problems)
    mask = 0
    list_position = 0
    for column, (name, value) in enumerate(zip(names, row, strict=True)):
        if column == count_at:
            continue
        bit = _read_bit(value, name, number, problems)
        mask |= (bit or 0) << list_position
        list_position += 1
    if mask == 0 and len(problems) == problems_before:
        problems.append(_all_zero_problem(number, names, count_at))
    return (mask or None), count


def _all_zero_problem(number: int, names: list[str], count_at: int) -> FieldProblem:
    lists = ",".join(name for column, name in enumerate(names) if column != count_at)
    return FieldProblem(
        field=lists,
        message="the all-zero history (on no list) cannot be observed; remove this row",
        code="all_zero_history",
        row=number,
    )


def _read_bit(value: object, name: str, number: int, problems: list[FieldProblem]) -> int | None:
    text = str(value).strip()
    if text in {"0", "1", "0.0", "1.0"}:
        return int(float(text))
    problems.append(
        FieldProblem(
            field=name,
            message=f"list membership must be 0 or 1, got {text!r}",
            code="not_binary",
            row=number,
        )
    )
    return None


def _read_count(value: object, name: str, number: int, problems: list[FieldProblem]) -> int | None:
    text = str(value).strip()
    try:
        number_value = float(text)
    except ValueError:
        number_value = float("nan")
    if not np.isfinite(number_value) or number_value != int(number_value):
        problems.append(
            FieldProblem(
                field=name,
                message=f"count must be a whole number, got {text!r}",
                code="not_integer",
                row=number,
            )
        )
        return None
    if number_value < 0:
        problems.append(
            FieldProblem(
                field=name,
                message=f"count must not be negative, got {text!r}",
                code="negative_count",
                row=number,
            )
        )
        return None
    return int(number_value)


def capture_histories_from_memberships(
    memberships: Iterable[Collection[str]], list_names: Sequence[str]
) -> CaptureHistories:
    """Count histories from per-person list memberships (one collection of list names each).

    Raises:
        EstimationInputError: a person on no list or on an unknown list (row = person number).
    """
    _check_list_names(list_names)
    position = {name: index for index, name in enumerate(list_names)}
    counts = [0] * cell_count(len(list_names))
    problems: list[FieldProblem] = []
    for number, lists in enumerate(memberships, start=1):
        unknown = sorted(set(lists) - position.keys())
        if unknown or not lists:
            message = f"unknown list {unknown[0]!r}" if unknown else "person is on no list"
            problems.append(
                FieldProblem(field="lists", message=message, code="bad_membership", row=number)
            )
            continue
        counts[sum(1 << position[name] for name in set(lists)) - 1] += 1
    if problems:
        raise EstimationInputError(problems[:_MAX_REPORTED_PROBLEMS])
    return CaptureHistories(tuple(list_names), tuple(counts))
