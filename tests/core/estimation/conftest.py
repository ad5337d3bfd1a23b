"""Fixtures for the estimation tests: the MSE reference tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tipnet.core.estimation import CaptureHistories, read_capture_histories


@pytest.fixture(scope="session")
def mse_table(reference_dir: Path) -> Callable[[str], CaptureHistories]:
    """Load one table from ``reference/mse`` by file name."""
    cache: dict[str, CaptureHistories] = {}

    def load(name: str) -> CaptureHistories:
        if name not in cache:
            cache[name] = read_capture_histories(reference_dir / "mse" / name)
        return cache[name]

    return load
