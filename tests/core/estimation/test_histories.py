"""Input validation and list reshaping."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tipnet.core.errors import EstimationInputError
from tipnet.core.estimation import (
    CaptureHistories,
    capture_histories_from_memberships,
    capture_histories_from_table,
    drop_noninformative_lists,
    merge_lists,
    omit_lists,
)

HEADER = ["A", "B", "C", "count"]


def only_problem(error: pytest.ExceptionInfo[EstimationInputError]) -> tuple[int | None, str, str]:
    problem = error.value.problems[0]
    return problem.row, problem.field, problem.code


def test_a_non_binary_list_value_names_its_row_and_column() -> None:
    rows = [["1", "0", "0", "5"], ["0", "2", "0", "3"]]
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_table(HEADER, rows)
    assert only_problem(error) == (2, "B", "not_binary")
    assert "row 2" in str(error.value)
    assert "field B" in str(error.value)


def test_a_negative_count_names_its_row_and_the_count_column() -> None:
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_table(HEADER, [["1", "0", "0", "-1"]])
    assert only_problem(error) == (1, "count", "negative_count")


def test_a_fractional_count_is_refused() -> None:
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_table(HEADER, [["1", "0", "0", "2.5"]])
    assert only_problem(error) == (1, "count", "not_integer")


def test_the_all_zero_history_is_refused() -> None:
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_table(HEADER, [["1", "0", "0", "4"], ["0", "0", "0", "9"]])
    assert only_problem(error)[0] == 2
    assert only_problem(error)[2] == "all_zero_history"


def test_fewer_than_two_lists_is_refused() -> None:
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_table(["A", "count"], [["1", "3"]])
    assert only_problem(error) == (0, "lists", "too_few_lists")


def test_every_bad_row_is_reported_in_one_error() -> None:
    rows = [["1", "x", "0", "1"], ["1", "0", "0", "-2"]]
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_table(HEADER, rows)
    assert [(p.row, p.field) for p in error.value.problems] == [(1, "B"), (2, "count")]


def test_absent_histories_are_zero_and_duplicates_add_up() -> None:
    table = capture_histories_from_table(
        HEADER, [["1", "0", "0", "2"], ["1", "0", "0", "3"], ["1", "1", "1", "1"]]
    )
    assert table.counts == (5, 0, 0, 0, 0, 0, 1)
    assert table.observed_total == 6


def test_memberships_count_each_person_once_per_history() -> None:
    people = [{"A"}, {"A", "B"}, {"B", "A"}, {"C"}]
    table = capture_histories_from_memberships(people, ["A", "B", "C"])
    assert table.counts == (1, 0, 2, 1, 0, 0, 0)


def test_a_person_on_no_list_is_refused_with_their_row() -> None:
    with pytest.raises(EstimationInputError) as error:
        capture_histories_from_memberships([{"A"}, set()], ["A", "B"])
    assert error.value.problems[0].row == 2


def test_empty_everyone_and_duplicate_lists_are_dropped_and_reported() -> None:
    rows = [
        ["1", "1", "0", "1", "0", "4"],
        ["1", "0", "0", "0", "1", "3"],
        ["1", "1", "0", "1", "1", "2"],
    ]
    table = capture_histories_from_table(["A", "B", "C", "D", "E", "count"], rows)
    cleaned, dropped = drop_noninformative_lists(table)
    assert [(item.name, item.problem.value) for item in dropped] == [
        ("A", "contains everyone observed"),
        ("C", "empty"),
        ("D", "duplicates another list"),
    ]
    assert cleaned.list_names == ("B", "E")
    assert cleaned.counts == (4, 3, 2)


def test_merging_lists_keeps_everyone(mse_table: Callable[[str], CaptureHistories]) -> None:
    six = mse_table("uk2013_6lists.csv")
    merged = merge_lists(six, ["PF", "NCA"], "PFNCA")
    five = mse_table("uk2013_5lists.csv")
    # UK 2013: the published five-list table is the six-list table with PF and NCA merged.
    assert merged.list_names == five.list_names
    assert merged.counts == five.counts


def test_omitting_a_list_loses_people_seen_only_there(
    mse_table: Callable[[str], CaptureHistories],
) -> None:
    five = mse_table("uk2013_5lists.csv")
    four = mse_table("uk2013_4lists.csv")
    omitted = omit_lists(five, ["GP"])
    # modslavmse's UKdat_4 is UKdat_5 without GP (2,428 cases).
    assert omitted.counts == four.counts
    assert omitted.observed_total == 2428
