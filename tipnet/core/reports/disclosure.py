"""Small-cell suppression for counts that leave an organisation or a linkage round.

A count below ``k`` could single out a person (one Nepali boy in forced begging in one
town), so it is shown as "fewer than k". When exactly one cell of a table is hidden and the
total is shown, that cell could be recovered by subtraction, so the next-smallest cell is
hidden too (complementary suppression).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_THRESHOLD = 10


@dataclass(frozen=True)
class SuppressedCount:
    """One cell of a published table.

    Attributes:
        category: the cell's label (a code such as ``"Feminine"`` or ``"18--20"``).
        count: the true count when shown, ``None`` when suppressed.
        is_suppressed: whether the count is hidden.
    """

    category: str
    count: int | None
    is_suppressed: bool


@dataclass(frozen=True)
class SuppressedTable:
    """A one-way table of counts with small cells hidden.

    Attributes:
        cells: the cells, largest first.
        total: the table's total, ``None`` when the total itself is below the threshold.
        threshold: cells below this are hidden.
        note: a sentence saying what was done, for the reader.
    """

    cells: tuple[SuppressedCount, ...]
    total: int | None
    threshold: int
    note: str


def suppress_small_cells(
    counts: Mapping[str, int], *, threshold: int = DEFAULT_THRESHOLD
) -> SuppressedTable:
    """Hide cells below ``threshold``, plus one more when a single hidden cell is recoverable.

    Args:
        counts: category -> number of people; zero cells are left out.
        threshold: the smallest count that may be shown (k).

    Returns:
        The table with hidden cells marked.

    Assumptions:
        The table's categories are disjoint and the total is published; other published
        tables over the same people could still allow differencing attacks.

    References:
        Hundepool et al. (2012), Statistical Disclosure Control, §5.2 (threshold rule and
        secondary suppression).
    """
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    ordered = sorted(
        ((category, count) for category, count in counts.items() if count > 0),
        key=lambda item: (-item[1], item[0]),
    )
    hidden = {category for category, count in ordered if count < threshold}
    is_complemented = len(hidden) == 1 and len(ordered) > 1
    if is_complemented:
        shown = [category for category, _count in ordered if category not in hidden]
        hidden.add(shown[-1])
    cells = tuple(
        SuppressedCount(category, None if category in hidden else count, category in hidden)
        for category, count in ordered
    )
    note = f"Counts below {threshold} are hidden."
    if is_complemented:
        note += (
            " One more cell is hidden so that the hidden one cannot be worked out from the total."
        )
    total = sum(count for _category, count in ordered)
    if total < threshold:
        # A small table shows nothing at all: even its total could single someone out.
        return SuppressedTable(
            tuple(SuppressedCount(category, None, True) for category, _count in ordered),
            None,
            threshold,
            f"Fewer than {threshold} people in all: nothing is shown.",
        )
    return SuppressedTable(cells, total, threshold, note)
