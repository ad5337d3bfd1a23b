"""Reshaping the lists of a capture-history table: non-informative lists, merging, omitting.

A list that is empty, that contains everyone observed, or that duplicates another list
carries no information about the dark figure and breaks the log-linear fit, so estimation
drops it and says so. Merging and omitting lists supports sensitivity analyses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation.cells import cell_count, cell_masks
from tipnet.core.estimation.histories import CaptureHistories


class ListProblem(StrEnum):
    """Why a list was dropped."""

    EMPTY = "empty"
    CONTAINS_EVERYONE = "contains everyone observed"
    DUPLICATE = "duplicates another list"


@dataclass(frozen=True)
class DroppedList:
    """A list removed before estimation and the reason."""

    name: str
    problem: ListProblem
    duplicate_of: str | None = None

    def sentence(self) -> str:
        """An English sentence for warnings."""
        suffix = f" ({self.duplicate_of})" if self.duplicate_of else ""
        return f"list {self.name} dropped: {self.problem.value}{suffix}"


def find_noninformative_lists(histories: CaptureHistories) -> tuple[DroppedList, ...]:
    """Lists that are empty, contain everyone observed, or repeat an earlier list."""
    columns = _membership_columns(histories)
    totals = histories.list_totals()
    dropped: list[DroppedList] = []
    for index, name in enumerate(histories.list_names):
        earlier = [j for j in range(index) if np.array_equal(columns[j], columns[index])]
        if totals[index] == 0:
            dropped.append(DroppedList(name, ListProblem.EMPTY))
        elif totals[index] == histories.observed_total:
            dropped.append(DroppedList(name, ListProblem.CONTAINS_EVERYONE))
        elif earlier:
            dropped.append(
                DroppedList(name, ListProblem.DUPLICATE, histories.list_names[earlier[0]])
            )
    return tuple(dropped)


def _membership_columns(histories: CaptureHistories) -> list[np.ndarray]:
    masks = cell_masks(histories.list_count)
    positive = np.asarray(histories.counts) > 0
    return [(masks[positive] >> index) & 1 for index in range(histories.list_count)]


def drop_noninformative_lists(
    histories: CaptureHistories,
) -> tuple[CaptureHistories, tuple[DroppedList, ...]]:
    """Remove non-informative lists; return the cleaned table and what was dropped."""
    dropped = find_noninformative_lists(histories)
    if not dropped:
        return histories, ()
    return omit_lists(histories, [item.name for item in dropped]), dropped


def omit_lists(histories: CaptureHistories, names: Sequence[str]) -> CaptureHistories:
    """Remove lists; people seen only on them become unobserved.

    Raises:
        EstimationInputError: an unknown list name, or fewer than two lists would remain.
    """
    _check_known(histories, names)
    keep = [index for index, name in enumerate(histories.list_names) if name not in names]
    return _project(histories, [[index] for index in keep], [histories.list_names[i] for i in keep])


def merge_lists(
    histories: CaptureHistories, names: Sequence[str], merged_name: str
) -> CaptureHistories:
    """Replace several lists by one list holding everyone on any of them.

    The merged list takes the position of the first merged list.

    Raises:
        EstimationInputError: unknown names, fewer than two names, or fewer than two lists left.
    """
    _check_known(histories, names)
    if len(set(names)) < 2:
        raise EstimationInputError(FieldProblem(field="lists", message="merge at least two lists"))
    merged = sorted(histories.list_names.index(name) for name in names)
    groups: list[list[int]] = []
    new_names: list[str] = []
    for index, name in enumerate(histories.list_names):
        if index == merged[0]:
            groups.append(merged)
            new_names.append(merged_name)
        elif index not in merged:
            groups.append([index])
            new_names.append(name)
    return _project(histories, groups, new_names)


def _check_known(histories: CaptureHistories, names: Sequence[str]) -> None:
    unknown = [name for name in names if name not in histories.list_names]
    if unknown:
        raise EstimationInputError(
            FieldProblem(field="lists", message=f"unknown list {unknown[0]!r}", code="unknown_list")
        )


def _project(
    histories: CaptureHistories, groups: list[list[int]], names: list[str]
) -> CaptureHistories:
    if len(names) < 2:
        raise EstimationInputError(
            FieldProblem(
                field="lists", message="at least two lists must remain", code="too_few_lists"
            )
        )
    counts = [0] * cell_count(len(names))
    for mask, count in zip(
        cell_masks(histories.list_count).tolist(), histories.counts, strict=True
    ):
        new_mask = sum(
            1 << position
            for position, group in enumerate(groups)
            if any(mask >> i & 1 for i in group)
        )
        if new_mask and count:
            counts[new_mask - 1] += count
    return CaptureHistories(tuple(names), tuple(counts))
