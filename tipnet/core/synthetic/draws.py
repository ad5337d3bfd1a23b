"""Small random choices shared by the case-row builders."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def chance(rng: np.random.Generator, probability: float) -> bool:
    """True with the given probability."""
    return bool(rng.random() < probability)


def pick(rng: np.random.Generator, values: Sequence[str]) -> str:
    """One value, uniformly."""
    return values[int(rng.integers(len(values)))]


def pick_several(rng: np.random.Generator, values: Sequence[str], most: int) -> str:
    """One to ``most`` distinct values joined by ";" (a multi-select cell)."""
    count = 1 + int(rng.integers(min(most, len(values))))
    chosen = rng.choice(len(values), size=count, replace=False)
    return ";".join(values[int(index)] for index in sorted(chosen))


def as_boolean_cell(value: bool) -> str:
    """The flat format's boolean spelling."""
    return "true" if value else "false"
