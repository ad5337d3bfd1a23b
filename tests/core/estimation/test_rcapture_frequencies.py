"""Rcapture ``closedp.0`` / ``closedpCI.0`` on frequencies of capture (``*_nbcap.csv``).

Expected values are those of PUBLISHED.md §9 (cran/Rcapture ``man/ill.Rd``, ``man/cbird.Rd``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tipnet.core.errors import EstimationInputError
from tipnet.core.estimation.frequencies import (
    capture_frequencies_from_table,
    fit_frequency_model,
    fit_frequency_models,
    read_capture_frequencies,
)

SITES = 50  # cbird.Rd: 50 sites surveyed


def test_illegal_immigrants_lower_bound_is_9267_with_profile_8088_to_10704(
    reference_dir: Path,
) -> None:
    # PUBLISHED.md §9, ill.Rd: closedpCI.0(ill, t = Inf, m = "Mh", h = "LB"):
    # 9,267 (8,088-10,704), the multinomial profile estimate and interval.
    frequencies = read_capture_frequencies(
        reference_dir / "mse" / "rcapture_ill_nl_immigrants_nbcap.csv"
    )
    fit = fit_frequency_model(frequencies, "Mh", "LB")
    assert fit.profile_estimate == pytest.approx(9267, abs=0.5)
    (interval,) = fit.intervals
    assert interval.lower == pytest.approx(8088, abs=0.5)
    assert interval.upper == pytest.approx(10704, abs=0.5)
    # ill.Rd: "there should be at least 8 000 illegal immigrants".
    assert interval.lower > 8000


def test_catbird_occupancy_ranges_from_40_6_percent_m0_to_49_4_percent_gamma(
    reference_dir: Path,
) -> None:
    # PUBLISHED.md §9, cbird.Rd: occupancy (N / 50 sites, N as printed to 0.1) from 40.6%
    # for M0 to 49.4% for Mh Gamma, t = 11 occasions.
    frequencies = read_capture_frequencies(
        reference_dir / "mse" / "rcapture_cbird_nbcap.csv", occasions=11
    )
    fits = {fit.name: fit for fit in fit_frequency_models(frequencies)}
    occupancy = {name: round(fit.estimate, 1) / SITES for name, fit in fits.items()}
    assert occupancy["M0"] == pytest.approx(0.406, abs=5e-4)
    assert occupancy["Mh Gamma3.5"] == pytest.approx(0.494, abs=5e-4)
    assert min(occupancy.values()) == occupancy["M0"]
    assert max(occupancy.values()) == occupancy["Mh Gamma3.5"]


def test_frequencies_table_rejects_bad_rows() -> None:
    with pytest.raises(EstimationInputError) as raised:
        capture_frequencies_from_table(["nbcap", "count"], [["0", "3"], ["2", "-1"]])
    assert {1, 2} <= {problem.row for problem in raised.value.problems}


def test_m0_with_heterogeneity_is_refused() -> None:
    frequencies = capture_frequencies_from_table(["nbcap", "count"], [[1, 10], [2, 3], [3, 1]])
    with pytest.raises(EstimationInputError):
        fit_frequency_model(frequencies, "M0", "Darroch")
