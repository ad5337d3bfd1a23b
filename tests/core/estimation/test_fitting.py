"""Poisson IRLS, extended MLE and the existence/identifiability checks."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from tipnet.core.estimation import (
    CaptureHistories,
    ModelStatus,
    check_model_status,
    fit_model,
    histories_from_counts,
    main_effects_model,
    parse_model,
)
from tipnet.core.estimation.batch import fit_model_batch


def test_two_lists_give_the_lincoln_petersen_estimate() -> None:
    # Independent closed form: N = n1 * n2 / m.
    table = histories_from_counts(("A", "B"), (60, 40, 20))
    fit = fit_model(main_effects_model(2), table.count_vector())
    assert fit.population == pytest.approx(80 * 60 / 20, rel=1e-9)


def test_the_saturated_three_list_model_is_not_identifiable() -> None:
    table = histories_from_counts(("A", "B", "C"), (10, 10, 5, 10, 5, 5, 2))
    assert check_model_status(table, "[12,13,23]") is ModelStatus.OK
    fit = fit_model(parse_model("[12,13,23]", 3), table.count_vector())
    # With 7 cells and 7 parameters the fit reproduces the data exactly.
    assert fit.deviance == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize(
    ("model", "status"),
    [
        ("[12,13,23]", ModelStatus.NOT_IDENTIFIABLE),
        ("[12,3]", ModelStatus.MLE_DOES_NOT_EXIST),
        ("[12,13]", ModelStatus.MLE_DOES_NOT_EXIST),
        ("[12,23]", ModelStatus.MLE_DOES_NOT_EXIST),
        ("[13,23]", ModelStatus.OK),
        ("[1,2,3]", ModelStatus.OK),
    ],
)
def test_artificial_three_list_statuses_match_the_published_table(
    mse_table: Callable[[str], CaptureHistories], model: str, status: ModelStatus
) -> None:
    # Source: CSV21 Table 3 / MultipleSystemsEstimation Artificial_3 (PUBLISHED.md §8).
    assert check_model_status(mse_table("artificial_3lists.csv"), model) is status


def test_a_failed_model_has_no_estimate(mse_table: Callable[[str], CaptureHistories]) -> None:
    fit = fit_model(parse_model("[12,3]", 3), mse_table("artificial_3lists.csv").count_vector())
    assert np.isnan(fit.population)
    assert fit.status is ModelStatus.MLE_DOES_NOT_EXIST


def test_non_overlapping_terms_go_to_minus_infinity(
    mse_table: Callable[[str], CaptureHistories],
) -> None:
    fit = fit_model(parse_model("[13,23]", 3), mse_table("artificial_3lists.csv").count_vector())
    assert fit.minus_infinity_terms == (5, 6)
    # BIC and AIC count the parameters at minus infinity too (SCV24 convention).
    assert fit.aic == pytest.approx(2 * 6 - 2 * fit.log_likelihood)


def test_batched_fits_equal_one_at_a_time_fits(
    mse_table: Callable[[str], CaptureHistories],
) -> None:
    counts = mse_table("uk2013_5lists.csv").count_vector()
    rng = np.random.default_rng(7)
    tables = rng.multinomial(int(counts.sum()), counts / counts.sum(), size=40).astype(float)
    for text in ("[123,25,34]", "[12,13,23,25,34]", "[1,2,3,4,5]"):
        model = parse_model(text, 5)
        batch = fit_model_batch(model, tables)
        single = np.array([fit_model(model, row).population for row in tables])
        np.testing.assert_allclose(batch.population, single, rtol=1e-7, equal_nan=True)
