"""Simulation studies with known truth: bias, RMSE and 95% coverage (slow)."""

from __future__ import annotations

import numpy as np
import pytest

from tipnet.core.estimation import CaptureHistories, PopulationEstimate, estimate_population
from tipnet.core.estimation.simulation import PopulationScenario, run_simulation, simulate_histories

REPLICATES = 60
RESAMPLES = 300

SCENARIOS = (
    # Four lists, moderate capture, one positive dependence (lists 1 and 2).
    PopulationScenario(
        "4 lists, N=2000, L1:L2 dependent", 2000, (0.12, 0.15, 0.2, 0.1), {(0, 1): 1.0}
    ),
    # Five sparse lists as in trafficking data, two dependences, some pairs rarely overlap.
    PopulationScenario(
        "5 sparse lists, N=5000", 5000, (0.05, 0.08, 0.1, 0.04, 0.06), {(0, 1): 1.2, (2, 3): 0.8}
    ),
)


def stepwise_bca(table: CaptureHistories, seed: int) -> PopulationEstimate:
    return estimate_population(
        table, method="stepwise", resamples=RESAMPLES, seed=seed, levels=(0.95,)
    )


def bic_bca(table: CaptureHistories, seed: int) -> PopulationEstimate:
    return estimate_population(
        table,
        method="bic",
        max_order=2,
        resamples=RESAMPLES,
        seed=seed,
        levels=(0.95,),
        top_models=20,
    )


def test_simulated_populations_have_the_intended_size() -> None:
    scenario = SCENARIOS[0]
    assert scenario.history_probabilities().sum() == pytest.approx(1.0)
    table = simulate_histories(scenario, np.random.default_rng(1))
    assert 0 < table.observed_total < scenario.size


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
@pytest.mark.parametrize(
    ("label", "estimator"), [("stepwise+BCa", stepwise_bca), ("BIC+BCa", bic_bca)]
)
def test_estimators_recover_known_populations_with_honest_intervals(
    scenario: PopulationScenario, label: str, estimator: object
) -> None:
    summary = run_simulation(scenario, estimator, label, REPLICATES, seed=2024)  # type: ignore[arg-type]  # a test callable
    print(  # noqa: T201  # the study's numbers are the point of this test (recorded in docs)
        f"\n{summary.scenario} | {summary.estimator}: n={summary.replicates} "
        f"bias={summary.bias:.1f} ({summary.relative_bias:.1%}) rmse={summary.rmse:.1f} "
        f"coverage95={summary.coverage:.2f}"
    )
    assert abs(summary.relative_bias) < 0.10
    assert summary.coverage >= 0.80
