"""Closed-population models for frequencies of capture (Rcapture ``closedp.0``, ``closedpCI.0``).

The data are ``f_k``, the number of units captured exactly ``k`` times, with no list
identities: police apprehension counts, site-occupancy detections, species richness. The cells
are ``k = 1 .. t0``; with ``t`` occasions the offset is ``log(choose(t, k))``, with captures
in continuous time (``t`` infinite) it is ``-log(k!)``. Models: M0 and Mh with Chao's lower
bound, Poisson, Darroch or Gamma heterogeneity.

References:
    Baillargeon, S. & Rivest, L.-P. (2007). Rcapture. Journal of Statistical Software 19(5).
    Rivest, L.-P. & Baillargeon, S. (2007). Applications and extensions of Chao's moment
    estimator for the size of a closed population. Biometrics 63, 999-1006. Chao, A. (1987).
    Estimating the population size for capture-recapture data with unequal catchability.
    Biometrics 43, 783-791.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.special import gammaln

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.closed_population import (
    CaptureModel,
    ClosedPopulationFit,
    DesignProblem,
    Heterogeneity,
    default_theta,
    heterogeneity_columns,
    heterogeneity_name,
    parse_capture_model,
    parse_heterogeneity,
    solve_design_problem,
)

CAPTURES_COLUMN = "nbcap"
COUNT_COLUMN = "count"


@dataclass(frozen=True)
class CaptureFrequencies:
    """How many units were captured exactly ``k`` times, ``k = 1, 2, ...``.

    Attributes:
        counts: ``counts[k - 1]`` is the number of units captured ``k`` times.
        occasions: number of capture occasions ``t``, or ``None`` for continuous time
            (Rcapture's ``t = Inf``).
    """

    counts: tuple[int, ...]
    occasions: int | None = None

    @property
    def observed_total(self) -> int:
        """Units captured at least once."""
        return sum(self.counts)

    @property
    def most_captures(self) -> int:
        """Largest ``k`` with a non-zero count."""
        return max(k for k, count in enumerate(self.counts, start=1) if count)


def read_capture_frequencies(path: Path, occasions: int | None = None) -> CaptureFrequencies:
    """Read a CSV with columns ``nbcap`` (captures) and ``count`` (units).

    Raises:
        EstimationInputError: missing columns, non-integer or negative values, ``nbcap`` out
            of ``1 .. occasions``.
    """
    with path.open(newline="", encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    if not table:
        raise EstimationInputError(FieldProblem(field="file", message="the file is empty"))
    return capture_frequencies_from_table(table[0], table[1:], occasions)


def capture_frequencies_from_table(
    header: Sequence[str], rows: Iterable[Sequence[object]], occasions: int | None = None
) -> CaptureFrequencies:
    """Validate ``nbcap``/``count`` rows (rows numbered from 1, header 0); repeats are summed."""
    names = [str(name).strip().lower() for name in header]
    if CAPTURES_COLUMN not in names or COUNT_COLUMN not in names:
        raise EstimationInputError(
            FieldProblem(field="header", message="expected columns 'nbcap' and 'count'", row=0)
        )
    captures_at, count_at = names.index(CAPTURES_COLUMN), names.index(COUNT_COLUMN)
    totals: dict[int, int] = {}
    problems: list[FieldProblem] = []
    for number, row in enumerate(rows, start=1):
        captures = _whole(row[captures_at], CAPTURES_COLUMN, number, problems, minimum=1)
        count = _whole(row[count_at], COUNT_COLUMN, number, problems, minimum=0)
        if captures is not None and count is not None:
            totals[captures] = totals.get(captures, 0) + count
    _check_occasions(totals, occasions, problems)
    if problems:
        raise EstimationInputError(problems)
    largest = max(totals, default=0)
    return CaptureFrequencies(tuple(totals.get(k, 0) for k in range(1, largest + 1)), occasions)


def _whole(
    value: object, field: str, row: int, problems: list[FieldProblem], minimum: int
) -> int | None:
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        number = float("nan")
    if not np.isfinite(number) or number != int(number) or number < minimum:
        problems.append(
            FieldProblem(
                field=field,
                message=f"expected a whole number >= {minimum}, got {text!r}",
                code="not_integer",
                row=row,
            )
        )
        return None
    return int(number)


def _check_occasions(
    totals: dict[int, int], occasions: int | None, problems: list[FieldProblem]
) -> None:
    if occasions is not None and occasions < 2:
        problems.append(FieldProblem(field="occasions", message="at least 2 occasions"))
    if occasions is not None and any(k > occasions and n for k, n in totals.items()):
        problems.append(
            FieldProblem(field=CAPTURES_COLUMN, message=f"nbcap above the {occasions} occasions")
        )
    if not any(totals.values()):
        problems.append(FieldProblem(field=COUNT_COLUMN, message="no unit was captured"))


def fit_frequency_model(
    frequencies: CaptureFrequencies,
    model: CaptureModel | str = CaptureModel.MH,
    heterogeneity: Heterogeneity | str | None = None,
    *,
    theta: float | None = None,
    occasions_fitted: int | None = None,
    levels: tuple[float, ...] = (0.95,),
    with_profile: bool = True,
) -> ClosedPopulationFit:
    """Fit M0 or Mh to frequencies of capture, as Rcapture's ``closedpCI.0``.

    Args:
        frequencies: the ``f_k`` and the number of occasions (``None`` = continuous time).
        model: ``"M0"`` or ``"Mh"``.
        heterogeneity: for Mh: ``"LB"``/``"Chao"`` (default), ``"Poisson"``, ``"Darroch"``,
            ``"Gamma"``.
        theta: parameter of the Poisson (2) or Gamma (3.5) form.
        occasions_fitted: Rcapture's ``t0``: only ``k <= t0`` are fitted (``n`` still counts
            everyone); default all ``k`` up to ``t`` (or the largest observed with ``t``
            infinite).
        levels: levels of the profile-likelihood intervals.
        with_profile: also compute the multinomial profile estimate and intervals.

    Returns:
        The frozen fit (Poisson estimate, s.e., deviance, AIC, BIC, profile interval).

    Raises:
        EstimationInputError: an unknown name, a model with occasion effects, or ``t0``
            out of range.

    Assumptions:
        Closed population; units independent; every occasion alike (no time effects can be
        seen in frequencies); heterogeneity of the stated form. Chao's lower bound gives a
        lower bound for N under arbitrary heterogeneity.

    References:
        Baillargeon & Rivest (2007), J. Stat. Softw. 19(5); Rivest & Baillargeon (2007),
        Biometrics 63, 999-1006; Chao (1987), Biometrics 43, 783-791.
    """
    parsed = parse_capture_model(model)
    if parsed not in {CaptureModel.M0, CaptureModel.MH}:
        raise EstimationInputError(
            FieldProblem(field="model", message="frequencies of capture allow only M0 and Mh")
        )
    form = parse_heterogeneity(heterogeneity)
    form = (form or Heterogeneity.CHAO) if parsed is CaptureModel.MH else None
    if parsed is CaptureModel.M0 and heterogeneity is not None:
        raise EstimationInputError(
            FieldProblem(field="heterogeneity", message="M0 has no heterogeneity; use Mh")
        )
    cells = _fitted_cells(frequencies, occasions_fitted)
    problem = _frequency_problem(frequencies, cells, form, default_theta(form, theta))
    return solve_design_problem(problem, levels, with_profile)


def fit_frequency_models(
    frequencies: CaptureFrequencies,
    *,
    occasions_fitted: int | None = None,
    levels: tuple[float, ...] = (0.95,),
    with_profile: bool = False,
) -> tuple[ClosedPopulationFit, ...]:
    """Rcapture's ``closedp.0`` table: M0, then Mh with Chao (LB), Poisson2, Darroch, Gamma3.5."""
    forms: list[Heterogeneity | None] = [
        None,
        Heterogeneity.CHAO,
        Heterogeneity.POISSON,
        Heterogeneity.DARROCH,
        Heterogeneity.GAMMA,
    ]
    return tuple(
        fit_frequency_model(
            frequencies,
            CaptureModel.M0 if form is None else CaptureModel.MH,
            form,
            occasions_fitted=occasions_fitted,
            levels=levels,
            with_profile=with_profile,
        )
        for form in forms
    )


def _fitted_cells(frequencies: CaptureFrequencies, occasions_fitted: int | None) -> int:
    ceiling = frequencies.occasions or frequencies.most_captures
    cells = ceiling if occasions_fitted is None else occasions_fitted
    if not 2 <= cells <= ceiling:
        raise EstimationInputError(
            FieldProblem(field="occasions_fitted", message=f"t0 must be between 2 and {ceiling}")
        )
    return cells


def _frequency_problem(
    frequencies: CaptureFrequencies,
    cells: int,
    form: Heterogeneity | None,
    theta: float | None,
) -> DesignProblem:
    captures = np.arange(1, cells + 1, dtype=np.float64)
    padded = list(frequencies.counts) + [0] * max(0, cells - len(frequencies.counts))
    counts = np.asarray(padded[:cells], dtype=np.float64)
    columns = [np.ones((cells, 1)), captures[:, None]]
    names: tuple[str, ...] = ("intercept", "beta")
    first_eta = None
    if form is not None:
        extra, extra_names = heterogeneity_columns(captures, form, theta, cells)
        first_eta = 2 if form is Heterogeneity.CHAO else None
        columns.append(extra)
        names += extra_names
    label = "M0" if form is None else f"Mh {heterogeneity_name(form, theta)}"
    return DesignProblem(
        label,
        counts,
        np.hstack(columns),
        _offset(captures, frequencies.occasions),
        names,
        first_eta,
        float(frequencies.observed_total),
    )


def _offset(captures: FloatArray, occasions: int | None) -> FloatArray:
    # Binomial coefficients count the histories with k captures among t occasions; in
    # continuous time the Poisson number of captures brings 1 / k! instead.
    if occasions is None:
        offset: FloatArray = -gammaln(captures + 1)
        return offset
    binomial: FloatArray = (
        gammaln(occasions + 1) - gammaln(captures + 1) - gammaln(occasions - captures + 1)
    )
    return binomial
