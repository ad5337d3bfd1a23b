"""Rcapture closed-population heterogeneity models on capture-history tables.

Expected values are those of PUBLISHED.md §9 (the Rcapture help pages, Baillargeon & Rivest
2007, cran/Rcapture ``man/lesbian.Rd`` and ``man/hare.Rd``), to the precision printed there.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tipnet.core.errors import EstimationInputError
from tipnet.core.estimation import CaptureHistories
from tipnet.core.estimation.closed_population import best_fit
from tipnet.core.estimation.heterogeneity import (
    fit_closed_population_model,
    fit_closed_population_models,
    fit_hierarchical_heterogeneity_models,
)

Tables = Callable[[str], CaptureHistories]
LESBIAN = "rcapture_lesbian_allegheny_4lists.csv"
HARE = "rcapture_hare_6occasions.csv"


def test_lesbian_closedp_best_bic_is_mth_darroch_6964_se_650(mse_table: Tables) -> None:
    # PUBLISHED.md §9, lesbian.Rd: closedp best BIC "Mth Darroch" 6,964 (s.e. 650).
    best = best_fit(fit_closed_population_models(mse_table(LESBIAN)), "bic")
    assert best.name == "Mth Darroch"
    assert best.estimate == pytest.approx(6964, abs=0.5)
    assert best.standard_error == pytest.approx(650, abs=0.5)


def test_lesbian_closedpms_darroch_best_bic_is_12_13_14_at_7031_se_687(mse_table: Tables) -> None:
    # PUBLISHED.md §9, lesbian.Rd: closedpMS.t(h = "Darroch") best [12,13,14] 7,031 (687).
    fits = fit_hierarchical_heterogeneity_models(mse_table(LESBIAN), "Darroch")
    assert fits[0].name == "[12,13,14] Darroch"
    assert fits[0].estimate == pytest.approx(7031, abs=0.5)
    assert fits[0].standard_error == pytest.approx(687, abs=0.5)
    assert [fit.bic for fit in fits] == sorted(fit.bic for fit in fits)


def test_hare_mth_poisson2_is_81_1_se_5_7_aic_146(mse_table: Tables) -> None:
    # PUBLISHED.md §9, hare.Rd: "Mth Poisson2 N = 81.1 (s.e. 5.7), AIC 146"; reproduced
    # there as 81.08 (5.57), AIC 146.3 (printed s.e. 5.6 in closedpCI output).
    fit = fit_closed_population_model(mse_table(HARE), "Mth", "Poisson", with_profile=False)
    assert fit.name == "Mth Poisson2"
    assert round(fit.estimate, 1) == pytest.approx(81.1)
    assert fit.standard_error == pytest.approx(5.57, abs=0.005)
    assert round(fit.aic, 1) == pytest.approx(146.3)


def test_hare_mth_poisson2_has_the_smallest_aic_of_the_closedp_table(mse_table: Tables) -> None:
    # hare.Rd: "The best fitting model Mth Poisson2 ... has an AIC of 146" (PUBLISHED.md §9).
    fits = fit_closed_population_models(mse_table(HARE))
    assert len(fits) == 12
    assert best_fit(fits, "aic").name == "Mth Poisson2"


def test_hare_mt_without_111111_is_76_8_se_3_9(mse_table: Tables) -> None:
    # PUBLISHED.md §9, hare.Rd: "Mt without 111111" 76.8 (s.e. 3.9), reproduced exactly.
    fit = fit_closed_population_model(
        mse_table(HARE), "Mt", excluded_histories=[(1, 1, 1, 1, 1, 1)], with_profile=False
    )
    assert fit.name == "Mt without 111111"
    assert round(fit.estimate, 1) == pytest.approx(76.8)
    assert round(fit.standard_error, 1) == pytest.approx(3.9)


def test_leaving_a_history_out_equals_fitting_without_its_cell(mse_table: Tables) -> None:
    # Independent check: the indicator column makes the cell's fitted value equal its count,
    # so deviance and df are those of Mt on the other 62 cells (df 55 = 62 - 7).
    fit = fit_closed_population_model(
        mse_table(HARE), "Mt", excluded_histories=[(1,) * 6], with_profile=False
    )
    assert fit.residual_df == 63 - 8


def test_profile_interval_contains_the_profile_maximiser(mse_table: Tables) -> None:
    fit = fit_closed_population_model(mse_table(HARE), "Mth", "Darroch", levels=(0.8, 0.95))
    narrow, wide = fit.intervals
    assert wide.lower < narrow.lower < fit.profile_estimate < narrow.upper < wide.upper
    assert fit.observed == 68
    assert "Assumptions:" in fit.summary()


def test_heterogeneity_on_a_homogeneous_model_is_refused(mse_table: Tables) -> None:
    with pytest.raises(EstimationInputError):
        fit_closed_population_model(mse_table(HARE), "Mt", "Darroch")


def test_a_bad_excluded_history_is_refused(mse_table: Tables) -> None:
    with pytest.raises(EstimationInputError):
        fit_closed_population_model(mse_table(HARE), "Mt", excluded_histories=[(1, 1)])
