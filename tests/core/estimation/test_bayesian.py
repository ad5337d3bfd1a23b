"""Madigan-York model averaging (exact) and Bayesian thresholding (Monte Carlo)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from scipy.special import gammaln

from tipnet.core.estimation import CaptureHistories, estimate_population, madigan_york_posterior

Tables = Callable[[str], CaptureHistories]


def negative_binomial_log_prior(totals: np.ndarray, a: float, b: float) -> np.ndarray:
    """The prior on N of the dga test 'against Madigan and York'."""
    values: np.ndarray = (
        totals * np.log(b)
        - (totals + a) * np.log(1 + b)
        + gammaln(totals + a)
        - gammaln(totals + 1)
        - gammaln(a)
    )
    return values


def test_madigan_york_three_list_example_is_reproduced_exactly(mse_table: Tables) -> None:
    # dga tests/testthat/test-BMAfunctions.R "against Madigan and York" (PUBLISHED.md §10):
    # delta = 1, negative-binomial prior a = 13.14, b = 55.17, N missing 1..300.
    table = mse_table("madigan_york_3lists.csv")
    missing = np.arange(1, 301, dtype=float)
    prior = negative_binomial_log_prior(missing + table.observed_total, 13.14, 55.17)
    posterior = madigan_york_posterior(
        table, prior_count=1.0, missing=missing, log_prior_total=prior
    )
    probabilities = posterior.model_probabilities()
    top = int(np.argmax(probabilities))
    assert round(float(probabilities[top]), 2) == 0.37
    assert round(posterior.bayes_estimate(top)) == 731
    assert posterior.mode(top) == 729
    assert round(posterior.bayes_estimate()) == 731
    assert posterior.mode() == 728


def test_madigan_york_posterior_sums_to_one(mse_table: Tables) -> None:
    posterior = madigan_york_posterior(mse_table("madigan_york_5lists.csv"), prior_count=0.5)
    assert float(np.sum(posterior.weights)) == pytest.approx(1.0)
    assert len(posterior.graphs) == 822


def test_madigan_york_on_uk_five_lists_is_close_to_dga(mse_table: Tables) -> None:
    # PUBLISHED.md §2 (reproduced with dga, delta = 2^-5, prior 1/N): median 22,990,
    # 95% 10,387-33,509. Our grid is 0..30n in about 1,000 steps, so allow 1%.
    result = estimate_population(mse_table("uk2013_5lists.csv"), method="madigan-york")
    assert result.estimate == pytest.approx(22990, rel=0.01)
    assert (result.lower, result.upper) == pytest.approx((10387, 33509), rel=0.01)


@pytest.mark.parametrize(
    ("file", "retained", "published"),
    [
        # S20 §6 via MultipleSystemsEstimation::estimate_population_bayesthresh (PUBLISHED.md §1).
        (
            "uk2013_6lists.csv",
            {"LA:NG", "LA:PF", "NG:GP", "PF:GP", "GO:GP", "PF:NCA"},
            (12346, 10891, 14408),
        ),
        # PUBLISHED.md §2: 12,400 (11,061-14,240).
        (
            "uk2013_5lists.csv",
            {"LA:NG", "LA:PFNCA", "NG:GP", "PFNCA:GP", "GO:GP"},
            (12400, 11061, 14240),
        ),
    ],
)
def test_bayesian_thresholding_keeps_the_published_interactions(
    mse_table: Tables, file: str, retained: set[str], published: tuple[float, float, float]
) -> None:
    result = estimate_population(mse_table(file), method="bayesthresh", seed=2020)
    assert set(result.model_terms) == retained
    # Monte Carlo (MCMCpack random walk versus our independence sampler): within 3%.
    assert (result.estimate, result.lower, result.upper) == pytest.approx(published, rel=0.03)


def test_bayesian_thresholding_is_reproducible_from_its_seed(mse_table: Tables) -> None:
    first = estimate_population(mse_table("uk2013_5lists.csv"), method="bayesthresh", seed=5)
    second = estimate_population(mse_table("uk2013_5lists.csv"), method="bayesthresh", seed=5)
    assert (first.estimate, first.lower, first.upper) == (
        second.estimate,
        second.lower,
        second.upper,
    )
