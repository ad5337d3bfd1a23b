"""Benchmark of the MSE engine against MultipleSystemsEstimation (R) on 2 cores.

Run ``python benchmarks/estimation.py``. Each case runs in a fresh process so the peak
memory is its own. Reference data come from ``$TIPNET_REFERENCE_DIR`` (default
``../shared/reference`` next to the repository). Reference wall times are those quoted for
MultipleSystemsEstimation on 2 cores; the target is at least 30 times faster.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
WORKERS = 2
TARGET_SPEED_UP = 30.0


@dataclass(frozen=True)
class Case:
    """One benchmark case and its reference figures."""

    key: str
    title: str
    file: str
    options: dict[str, object]
    reference_seconds: float
    reference_estimate: float


CASES = (
    Case(
        "uk6-stepwise",
        "UK 6 lists, stepwise + 1,000-resample BCa",
        "uk2013_6lists.csv",
        {"method": "stepwise", "resamples": 1000, "seed": 1234},
        342.0,
        11418.0,
    ),
    Case(
        "uk5-bic",
        "UK 5 lists, BIC all models (maxorder 3) + 1,000 resamples over top 100",
        "uk2013_5lists.csv",
        {"method": "bic", "max_order": 3, "resamples": 1000, "seed": 1234, "top_models": 100},
        350.0,
        25311.0,
    ),
    Case(
        "kosovo-bic",
        "Kosovo 4 lists, BIC + 1,000 resamples",
        "kosovo_4lists.csv",
        {"method": "bic", "resamples": 1000, "seed": 1234},
        41.0,
        float("nan"),
    ),
)


def reference_directory() -> Path:
    """``$TIPNET_REFERENCE_DIR`` or ``../shared/reference``."""
    configured = os.environ.get("TIPNET_REFERENCE_DIR")
    return Path(configured) if configured else REPOSITORY.parent / "shared" / "reference"


def run_case(key: str) -> dict[str, object]:
    """Run one case in this process and report time, memory and the numbers."""
    sys.path.insert(0, str(REPOSITORY))
    from tipnet.core.estimation import estimate_population, read_capture_histories

    case = next(item for item in CASES if item.key == key)
    histories = read_capture_histories(reference_directory() / "mse" / case.file)
    started = time.perf_counter()
    result = estimate_population(histories, workers=WORKERS, **case.options)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    peak_kib = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return {
        "seconds": seconds,
        "peak_mib": peak_kib / 1024,
        "estimate": result.estimate,
        "model": result.model,
        "lower": result.lower,
        "upper": result.upper,
    }


def main() -> None:
    """Run every case in its own process and print a table with the ratios."""
    print(f"MSE benchmark, {WORKERS} workers; reference = MultipleSystemsEstimation on 2 cores")
    print(
        f"{'case':<72} {'ours s':>8} {'ref s':>7} {'ratio':>7} {'peak MiB':>9}  estimate (BCa 95%)"
    )
    for case in CASES:
        completed = subprocess.run(  # noqa: S603  # our own script with fixed arguments
            [sys.executable, __file__, "--case", case.key],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(completed.stdout)
        ratio = case.reference_seconds / figures["seconds"]
        verdict = "ok" if ratio >= TARGET_SPEED_UP else "BELOW TARGET"
        reference = (
            ""
            if case.reference_estimate != case.reference_estimate
            else f" ref {case.reference_estimate:,.0f}"
        )
        timing = f"{figures['seconds']:>8.2f} {case.reference_seconds:>7.0f} {ratio:>6.0f}x"
        numbers = f"{figures['estimate']:,.1f}{reference} {figures['model']}"
        limits = f"({figures['lower']:,.0f}-{figures['upper']:,.0f})"
        print(
            f"{case.title:<72} {timing} {figures['peak_mib']:>9.0f}  {numbers} {limits} {verdict}"
        )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2])))
    else:
        main()
