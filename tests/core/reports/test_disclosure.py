"""Small cells never leave in the clear, nor can they be worked out from the total."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tipnet.core.reports.disclosure import suppress_small_cells


def test_cells_below_the_threshold_are_hidden_and_the_total_kept() -> None:
    table = suppress_small_cells({"Feminine": 40, "Masculine": 25, "NonConforming": 3, "A": 4})
    shown = {cell.category: cell.count for cell in table.cells}
    assert shown == {"Feminine": 40, "Masculine": 25, "NonConforming": None, "A": None}
    assert table.total == 72


def test_a_single_hidden_cell_gets_a_complementary_companion() -> None:
    table = suppress_small_cells({"Feminine": 40, "Masculine": 25, "NonConforming": 3})
    hidden = {cell.category for cell in table.cells if cell.is_suppressed}
    assert hidden == {"NonConforming", "Masculine"}
    assert "cannot be worked out" in table.note


def test_zero_cells_are_left_out() -> None:
    assert [cell.category for cell in suppress_small_cells({"x": 0, "y": 12}).cells] == ["y"]


def test_a_threshold_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        suppress_small_cells({"x": 3}, threshold=0)


@given(
    st.dictionaries(st.text(min_size=1, max_size=4), st.integers(0, 40), max_size=8),
    st.integers(1, 15),
)
def test_no_hidden_cell_can_be_recovered_by_subtraction(counts: dict[str, int], k: int) -> None:
    table = suppress_small_cells(counts, threshold=k)
    hidden = [cell for cell in table.cells if cell.is_suppressed]
    assert len(hidden) != 1 or table.total is None
    assert all(cell.count is None or cell.count >= k for cell in table.cells)


def test_a_table_smaller_than_the_threshold_shows_nothing() -> None:
    table = suppress_small_cells({"Feminine": 4, "Masculine": 3})
    assert table.total is None
    assert all(cell.is_suppressed for cell in table.cells)
