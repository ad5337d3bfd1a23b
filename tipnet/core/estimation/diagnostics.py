"""Warnings a reader of an estimate must see."""

from __future__ import annotations

import math

from tipnet.core.estimation.existence import ModelStatus
from tipnet.core.estimation.fitting import ModelFit
from tipnet.core.estimation.histories import CaptureHistories
from tipnet.core.estimation.lists import DroppedList
from tipnet.core.estimation.results import RATIO_WARNING_THRESHOLD, BootstrapSummary


def non_overlapping_pairs(histories: CaptureHistories) -> tuple[tuple[str, str], ...]:
    """Pairs of lists that share nobody."""
    names = histories.list_names
    pairs = []
    for first in range(len(names)):
        for second in range(first + 1, len(names)):
            pair = (1 << first) | (1 << second)
            shared = sum(
                count for mask, count in enumerate(histories.counts, start=1) if mask & pair == pair
            )
            if shared == 0:
                pairs.append((names[first], names[second]))
    return tuple(pairs)


def overlap_warning(histories: CaptureHistories) -> list[str]:
    """A warning naming the non-overlapping pairs, if any."""
    pairs = non_overlapping_pairs(histories)
    if not pairs:
        return []
    total = len(histories.list_names) * (len(histories.list_names) - 1) // 2
    named = ", ".join(f"{a}-{b}" for a, b in pairs)
    return [
        (
            f"{len(pairs)} of {total} pairs of lists never overlap ({named}); their "
            "interactions are estimated at minus infinity where a model includes them"
        )
    ]


def status_warnings(fits: tuple[ModelFit, ...]) -> list[str]:
    """Warnings when some fitted models have no MLE or are not identifiable."""
    missing = sum(
        fit.status in {ModelStatus.MLE_DOES_NOT_EXIST, ModelStatus.NEITHER_EXISTS_NOR_IDENTIFIABLE}
        for fit in fits
    )
    unidentifiable = sum(
        fit.status in {ModelStatus.NOT_IDENTIFIABLE, ModelStatus.NEITHER_EXISTS_NOR_IDENTIFIABLE}
        for fit in fits
    )
    warnings = []
    if missing:
        warnings.append(
            f"the extended MLE does not exist for {missing} of {len(fits)} models fitted; "
            "they were excluded"
        )
    if unidentifiable:
        warnings.append(
            f"{unidentifiable} of {len(fits)} models fitted are not identifiable; "
            "they were excluded"
        )
    return warnings


def ratio_warning(estimate: float, observed: int) -> list[str]:
    """Warn when the estimate is more than ten times the number observed."""
    if math.isfinite(estimate) and observed and estimate / observed > RATIO_WARNING_THRESHOLD:
        return [
            (
                f"the estimate is {estimate / observed:.1f} times the number observed: the "
                "lists overlap too little for a reliable estimate"
            )
        ]
    if not math.isfinite(estimate):
        return ["no admissible model could be fitted: there is no estimate"]
    return []


def bootstrap_warnings(bootstrap: BootstrapSummary | None) -> list[str]:
    """Warn about resamples where no model could be fitted."""
    if bootstrap is None or not bootstrap.failed_resamples:
        return []
    failed = f"{bootstrap.failed_resamples} of {bootstrap.resamples} resamples"
    return [f"{failed} gave no estimate and were ignored"]


def dropped_list_warnings(dropped: tuple[DroppedList, ...]) -> list[str]:
    """One warning per non-informative list removed."""
    return [item.sentence() for item in dropped]
