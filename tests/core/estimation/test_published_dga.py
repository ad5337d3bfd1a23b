"""dga (Madigan-York model averaging) on the UK 2013 five-list table.

PUBLISHED.md §2: "dga (delta = 2^-5, prior 1/N): median 22,990, 95% 10,387-33,509" (dga
2.0.2 ``bma.cr`` with ``posteriorQuantiles``). dga takes the grid of dark figures from the
caller; every integer from 0 to 60,000 (N up to 62,744) reproduces all three numbers.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from tipnet.core.estimation import CaptureHistories
from tipnet.core.estimation.madigan_york import madigan_york_total_posterior


@pytest.mark.slow
def test_uk5_dga_median_22990_and_interval_10387_to_33509(
    mse_table: Callable[[str], CaptureHistories],
) -> None:
    posterior = madigan_york_total_posterior(
        mse_table("uk2013_5lists.csv"),
        prior_count=2.0**-5,
        missing=np.arange(0.0, 60_001.0),
    )
    assert len(posterior.model_probabilities) == 822  # decomposable graphs on 5 vertices
    assert posterior.median() == pytest.approx(22990, abs=0.5)
    assert posterior.quantile(0.025) == pytest.approx(10387, rel=0.03)
    assert posterior.quantile(0.975) == pytest.approx(33509, rel=0.03)
