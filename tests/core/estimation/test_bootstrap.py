"""Bootstrap re-running selection, jackknife acceleration and BCa limits."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from tipnet.core.estimation import CaptureHistories, estimate_population
from tipnet.core.estimation.bootstrap import (
    ResampledProcedure,
    ResampleEstimator,
    jackknife_tables,
    nested_selection,
)
from tipnet.core.estimation.intervals import bca_limits, jackknife_acceleration
from tipnet.core.estimation.search import downhill_population, select_downhill

Tables = Callable[[str], CaptureHistories]


def test_jackknife_acceleration_of_uk_stepwise_matches_the_published_value(
    mse_table: Tables,
) -> None:
    # PUBLISHED.md §1: a-hat = -0.0129 (SparseMSE and MultipleSystemsEstimation); deterministic.
    counts = mse_table("uk2013_6lists.csv").count_vector()
    estimator = ResampleEstimator(ResampledProcedure.STEPWISE, 6, 0.02, 2)
    tables, _ = jackknife_tables(counts)
    values, _ = estimator.evaluate(tables)
    full = np.zeros(counts.shape)
    full[counts > 0] = values[0]
    assert round(jackknife_acceleration(full, counts), 4) == -0.0129


def test_bca_without_bias_or_acceleration_is_the_percentile_interval() -> None:
    # Half the replicates below the estimate: no bias correction; a = 0: no acceleration.
    replicates = np.arange(1.0, 1001.0)
    limits = bca_limits(replicates, 500.5, 0.0, np.array([0.025, 0.975]))
    expected = np.quantile(replicates, [0.025, 0.975], method="median_unbiased")
    np.testing.assert_allclose(limits, expected, rtol=1e-12)


def test_nested_selection_takes_the_best_score_among_the_first_k_models() -> None:
    populations = np.array([[10.0, 10.0], [20.0, 20.0], [30.0, 30.0]])
    scores = np.array([[5.0, np.nan], [4.0, 6.0], [6.0, 1.0]])
    chosen = nested_selection(populations, scores)
    np.testing.assert_array_equal(chosen[:, 0], [10.0, 20.0, 20.0])
    np.testing.assert_array_equal(chosen[:, 1], [np.nan, 20.0, 30.0])


def test_a_seed_gives_bit_for_bit_the_same_result_with_any_number_of_workers(
    mse_table: Tables,
) -> None:
    table = mse_table("uk2013_5lists.csv")
    one = estimate_population(table, method="stepwise", resamples=120, seed=99, workers=1)
    two = estimate_population(table, method="stepwise", resamples=120, seed=99, workers=2)
    assert one.bootstrap is not None
    assert two.bootstrap is not None
    assert one.bootstrap.replicates == two.bootstrap.replicates
    assert (one.lower, one.upper) == (two.lower, two.upper)


def test_ranked_bootstrap_rows_are_nested_in_k(mse_table: Tables) -> None:
    result = estimate_population(
        mse_table("kosovo_4lists.csv"), method="bic", resamples=100, seed=3, top_models=5
    )
    assert [row.top_k for row in result.nested_intervals] == [1, 2, 3, 4, 5]
    assert result.interval_kind == "bca"
    assert result.nested_intervals[-1].intervals[0].lower == result.lower


def test_progress_reports_every_resample(mse_table: Tables) -> None:
    seen: list[tuple[int, int]] = []
    estimate_population(
        mse_table("kosovo_4lists.csv"),
        method="stepwise",
        resamples=75,
        seed=1,
        workers=1,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (75, 75)


def test_stepwise_at_threshold_zero_bootstraps_the_main_effects_model(
    mse_table: Tables,
) -> None:
    # SparseMSE's stepwisefit and MultipleSystemsEstimation's stepwise helper return main
    # effects outright when pthresh = 0, so a bootstrap at threshold zero never re-selects
    # (the reproduce-2021 vignette's recipe for the New Orleans main-effects row). Ours
    # never adds a term with p < 0, so it must draw and refit exactly the same resamples
    # as the fixed main-effects model.
    table = mse_table("new_orleans_8lists.csv")
    stepwise = estimate_population(
        table, method="stepwise", p_threshold=0.0, resamples=100, seed=11, workers=1
    )
    fixed = estimate_population(
        table, method="fixed", model="[1,2,3,4,5,6,7,8]", resamples=100, seed=11, workers=1
    )
    assert stepwise.bootstrap is not None
    assert fixed.bootstrap is not None
    assert stepwise.bootstrap.replicates == fixed.bootstrap.replicates
    assert (stepwise.lower, stepwise.upper) == (fixed.lower, fixed.upper)


@pytest.mark.slow
def test_uk_stepwise_bca_limits_are_within_three_percent_of_the_published_ones(
    mse_table: Tables,
) -> None:
    # CSV21 via SparseMSE/MultipleSystemsEstimation (PUBLISHED.md §1): 95% 9,267-14,307,
    # 80% 9,682-12,577 from 1,000 resamples of R's stream, which cannot be reproduced;
    # 5,000 resamples keep our own Monte Carlo error small.
    result = estimate_population(
        mse_table("uk2013_6lists.csv"), method="stepwise", resamples=5000, seed=1234
    )
    wide, narrow = result.interval("bca", 0.95), result.interval("bca", 0.80)
    assert wide is not None
    assert narrow is not None
    assert wide.upper == pytest.approx(14307, rel=0.03)
    assert (narrow.lower, narrow.upper) == pytest.approx((9682, 12577), rel=0.03)


@pytest.mark.slow
def test_uk_stepwise_lower_bca_limit_is_within_the_spread_of_independent_bootstraps(
    mse_table: Tables,
) -> None:
    # The bias correction (z0 = -0.5) puts the 95% lower limit at the 0.1% point of the
    # resampled estimates, i.e. the first or second of R's 1,000: its Monte Carlo spread is
    # far above 3%. The published 9,267 (PUBLISHED.md §1) must fall inside the range of
    # five independent 1,000-resample runs (widened by 3%).
    table = mse_table("uk2013_6lists.csv")
    lowers = [
        estimate_population(table, method="stepwise", resamples=1000, seed=seed).lower
        for seed in range(5)
    ]
    assert min(lowers) * 0.97 <= 9267 <= max(lowers) * 1.03


@pytest.mark.slow
def test_uk_five_list_bic_bootstrap_over_the_top_models_matches_silverman_chan_vincent(
    mse_table: Tables,
) -> None:
    # SCV24 via MultipleSystemsEstimation (PUBLISHED.md §2): BIC maxorder 3, 1,000 resamples,
    # top-1 only [19,198, 33,810]; top 100 [11,227, 55,831]. We use 4,000 resamples.
    result = estimate_population(
        mse_table("uk2013_5lists.csv"),
        method="bic",
        max_order=3,
        resamples=4000,
        seed=1234,
        top_models=100,
        levels=(0.95,),
    )
    top_one = result.nested_intervals[0].intervals[0]
    top_hundred = result.nested_intervals[99].intervals[0]
    assert (top_one.lower, top_one.upper) == pytest.approx((19198, 33810), rel=0.03)
    assert top_hundred.lower == pytest.approx(11227, rel=0.03)
    # The 97.5% limit sits at about the 98.5% bootstrap quantile of a long right tail: with
    # R's 1,000 resamples its Monte Carlo error is several percent (our 1,000-resample runs
    # range 48.6k-57.4k; 4,000-resample runs 51.3k-52.8k). Checked to 10%, not 3%.
    assert top_hundred.upper == pytest.approx(55831, rel=0.10)


@pytest.mark.slow
def test_new_orleans_bca_limits_lie_within_the_spread_of_independent_bootstraps(
    mse_table: Tables,
) -> None:
    # CSV21 §4.1 five lists: 1,034 (589, 1,703) from 1,000 resamples (PUBLISHED.md §4). The
    # bias correction is so strong that the lower BCa limit is the smallest of the 1,000
    # resampled estimates, so it cannot be matched to 3% from a different random stream;
    # instead the published limits must fall inside the range of five independent runs.
    table = mse_table("new_orleans_5lists.csv")
    runs = [
        estimate_population(table, method="stepwise", resamples=1000, seed=seed, levels=(0.95,))
        for seed in range(5)
    ]
    lowers = [run.lower for run in runs]
    uppers = [run.upper for run in runs]
    assert min(lowers) * 0.97 <= 589 <= max(lowers) * 1.03
    assert min(uppers) * 0.97 <= 1703 <= max(uppers) * 1.03
    assert runs[0].estimate == pytest.approx(1034.2, abs=0.5)


@pytest.mark.slow
def test_uk_five_list_downhill_bootstrap_matches_the_published_limits(mse_table: Tables) -> None:
    # SCV24 Table 6 (PUBLISHED.md §2): downhill, all models, 12,262 [9,330, 32,115].
    result = estimate_population(
        mse_table("uk2013_5lists.csv"),
        method="downhill",
        max_order=4,
        resamples=2000,
        seed=7,
        levels=(0.95,),
    )
    assert result.estimate == pytest.approx(12262, abs=0.5)
    assert (result.lower, result.upper) == pytest.approx((9330, 32115), rel=0.03)


def test_resampled_downhill_checks_existence_lazily_but_takes_the_same_path(
    mse_table: Tables,
) -> None:
    # New Orleans eight lists: most fits have near-zero fitted values, so the existence LP
    # is deferred to the candidate a move would take; the estimate must not change at all.
    counts = mse_table("new_orleans_8lists_v2024.csv").count_vector()
    rng = np.random.default_rng(8)
    tables = rng.multinomial(int(counts.sum()), counts / counts.sum(), size=3).astype(float)
    for table in tables:
        full = select_downhill(table, 8, None).solution.fit.population
        assert downhill_population(table, 8, None) == full
