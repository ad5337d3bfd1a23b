"""Estimates by stratum: separate and pooled with stratum covariates."""

from __future__ import annotations

import pytest

from tipnet.core.errors import EstimationInputError
from tipnet.core.estimation import (
    estimate_each_stratum,
    estimate_pooled_strata,
    estimate_population,
    stratify_table,
)

HEADER = ["A", "B", "C", "sex", "count"]
# Two strata with the same capture pattern, one twice the size of the other.
PATTERN = {"100": 60, "010": 50, "001": 40, "110": 20, "101": 15, "011": 12, "111": 5}


def rows(sex: str, scale: int) -> list[list[str]]:
    return [[*history, sex, str(count * scale)] for history, count in PATTERN.items()]


def test_pooled_strata_with_identical_patterns_scale_with_stratum_size() -> None:
    table = stratify_table(HEADER, rows("f", 1) + rows("m", 2), ["sex"])
    result = estimate_pooled_strata(table, "[12,13]")
    female, male = result.rows
    assert male.estimate == pytest.approx(2 * female.estimate, rel=1e-8)
    assert result.total == pytest.approx(female.estimate + male.estimate)


def test_pooled_total_equals_the_single_table_fit_without_list_effects() -> None:
    table = stratify_table(HEADER, rows("f", 1) + rows("m", 3), ["sex"])
    pooled = estimate_pooled_strata(table, "[12,13]", stratum_list_effects=False)
    single = estimate_population(table.pooled(), method="fixed", model="[12,13]")
    assert pooled.total == pytest.approx(single.estimate, rel=1e-8)


def test_separate_strata_add_up() -> None:
    table = stratify_table(HEADER, rows("f", 1) + rows("m", 2), ["sex"])
    result = estimate_each_stratum(table, {"method": "fixed", "model": "[1,2,3]"})
    assert result.total == pytest.approx(sum(row.estimate for row in result.rows))
    assert [row.stratum for row in result.rows] == [("f",), ("m",)]


def test_a_bad_row_in_a_stratum_is_reported_with_its_original_row_number() -> None:
    data = rows("f", 1) + rows("m", 1)
    data[9][4] = "-3"
    with pytest.raises(EstimationInputError) as error:
        stratify_table(HEADER, data, ["sex"])
    assert error.value.problems[0].row == 10
