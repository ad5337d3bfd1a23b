"""Model-conditional intervals (Wald, profile likelihood) and BCa limits from resamples."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln
from scipy.stats import chi2, norm

from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.fitting import ModelSolution
from tipnet.core.estimation.irls import fit_poisson

_PROFILE_TOLERANCE = 1e-4
_PROFILE_UPPER_FACTOR = 3.0  # Rcapture's fmaxSupCL


@dataclass(frozen=True)
class Interval:
    """A two-sided interval for the total population.

    Attributes:
        level: nominal coverage, e.g. 0.95.
        lower: lower limit (NaN when it could not be computed).
        upper: upper limit (``inf`` when the likelihood never drops far enough).
        kind: ``"bca"``, ``"wald"``, ``"profile"`` or ``"posterior"``.
    """

    level: float
    lower: float
    upper: float
    kind: str


def tail_probabilities(level: float) -> tuple[float, float]:
    """Lower and upper tail points of a central interval."""
    return (1 - level) / 2, (1 + level) / 2


def wald_interval(solution: ModelSolution, level: float) -> Interval:
    """Normal interval on the log dark figure, mapped back (CSV21 ``estimatepopulation.0``).

    Assumptions:
        The selected model is treated as known: model-selection uncertainty is ignored.
    """
    fit = solution.fit
    if not fit.is_ok:
        return Interval(level, float("nan"), float("nan"), "wald")
    observed = fit.population - fit.dark_figure
    spread = norm.ppf(tail_probabilities(level)[1]) * solution.log_dark_standard_error()
    log_dark = np.log(fit.dark_figure)
    return Interval(
        level,
        observed + float(np.exp(log_dark - spread)),
        observed + float(np.exp(log_dark + spread)),
        "wald",
    )


@dataclass(frozen=True)
class ProfileLikelihood:
    """Multinomial profile likelihood of N for one model (Rcapture ``closedpCI.t``).

    Attributes:
        maximiser: the N maximising the profile likelihood.
        intervals: intervals at the requested levels.
    """

    maximiser: float
    intervals: tuple[Interval, ...]


def profile_likelihood(
    solution: ModelSolution, counts: FloatArray, levels: tuple[float, ...]
) -> ProfileLikelihood:
    """Profile the multinomial likelihood over N, with Cormack's (1992) correction.

    For each N the dark cell is appended with count ``N - n`` and the log-linear model
    refitted; the interval holds the N whose profile log-likelihood is within
    ``chi2_1(level) / 2`` of the maximum, searched on ``(n, 3 N-hat)`` as Rcapture does.

    References:
        Cormack, R. M. (1992). Interval estimation for mark-recapture studies of closed
        populations. Biometrics 48, 567-576. Baillargeon, S. & Rivest, L.-P. (2007).
        Rcapture. Journal of Statistical Software 19(5).
    """
    fit = solution.fit
    if not fit.is_ok:
        nan = float("nan")
        return ProfileLikelihood(
            nan, tuple(Interval(level, nan, nan, "profile") for level in levels)
        )
    curve = _ProfileCurve(solution, counts)
    observed = float(counts.sum())
    upper_end = _PROFILE_UPPER_FACTOR * fit.population
    best = minimize_scalar(
        lambda n_total: -curve(n_total),
        bounds=(observed, upper_end),
        method="bounded",
        options={"xatol": _PROFILE_TOLERANCE},
    )
    maximiser, top = float(best.x), -float(best.fun)
    return ProfileLikelihood(
        maximiser,
        tuple(curve.interval(level, observed, maximiser, top, upper_end) for level in levels),
    )


class _ProfileCurve:
    """Profile log-likelihood as a function of N, warm-starting each refit."""

    def __init__(self, solution: ModelSolution, counts: FloatArray) -> None:
        reduced = solution.reduced_design()
        dark_row = np.zeros((1, reduced.shape[1]))
        dark_row[0, 0] = 1.0
        self._design = np.vstack([reduced, dark_row])
        self._counts = counts[solution.keep]
        self._observed = float(counts.sum())
        self._start = solution.coefficients

    def __call__(self, total: float) -> float:
        dark = max(total - self._observed, 0.0)
        fit = fit_poisson(self._design, np.append(self._counts, dark), self._start)
        return -fit.deviance / 2 + cormack_correction(dark, total)

    def interval(
        self, level: float, observed: float, maximiser: float, top: float, upper_end: float
    ) -> Interval:
        """The N where the profile drops ``chi2_1(level) / 2`` below its maximum."""
        cutoff = top - chi2.ppf(level, 1) / 2

        def excess(total: float) -> float:
            """Profile log-likelihood above the cutoff."""
            return self(total) - cutoff

        lower = (
            brentq(excess, observed, maximiser, xtol=_PROFILE_TOLERANCE)
            if excess(observed) < 0
            else observed
        )
        upper = (
            brentq(excess, maximiser, upper_end, xtol=_PROFILE_TOLERANCE)
            if excess(upper_end) < 0
            else np.inf
        )
        return Interval(level, float(lower), float(upper), "profile")


def cormack_correction(dark: float, total: float) -> float:
    """Log of ``n0^n0 N! / (N^N n0!)``, with Rcapture's Stirling form above N = 100.

    References:
        Cormack, R. M. (1992). Interval estimation for mark-recapture studies of closed
        populations. Biometrics 48, 567-576.
    """
    if total > 100:
        if dark in (0.0, 1.0):
            return float(-total + 0.5 * np.log(2 * np.pi * total))
        return float(dark - total - 0.5 * np.log(dark / total))
    dark_term = dark * np.log(dark) if dark > 0 else 0.0
    return float(dark_term + gammaln(total + 1) - total * np.log(total) - gammaln(dark + 1))


def jackknife_acceleration(jackknife_estimates: FloatArray, counts: FloatArray) -> float:
    """BCa acceleration from delete-one estimates, each weighted by its history's count.

    References:
        Chan, Silverman & Vincent (2021), §3.3; DiCiccio, T. J. & Efron, B. (1996).
        Bootstrap confidence intervals. Statistical Science 11, 189-228.
    """
    weights = np.where(counts > 0, counts, 0.0)
    values = np.where(counts > 0, jackknife_estimates, 0.0)
    centre = float(np.sum(weights * values) / np.sum(weights))
    residuals = centre - values
    spread = float(np.sum(weights * residuals**2))
    if not np.isfinite(spread) or spread <= 0:
        return 0.0
    return float(np.sum(weights * residuals**3) / (6 * spread**1.5))


def bca_limits(
    replicates: FloatArray, estimate: float, acceleration: float, probabilities: FloatArray
) -> FloatArray:
    """BCa limits at cumulative ``probabilities`` (R ``quantile`` type 8, NaNs ignored)."""
    usable = replicates[np.isfinite(replicates)]
    if usable.size == 0 or not np.isfinite(estimate):
        return np.full(probabilities.shape, np.nan)
    bias = norm.ppf(np.mean(usable < estimate))
    z_alpha = norm.ppf(probabilities)
    shifted = z_alpha + bias
    adjusted = norm.cdf(bias + shifted / (1 - acceleration * shifted))
    limits: FloatArray = np.quantile(
        usable, np.nan_to_num(adjusted, nan=0.5), method="median_unbiased"
    )
    return limits


def bca_intervals(
    replicates: FloatArray, estimate: float, acceleration: float, levels: tuple[float, ...]
) -> tuple[Interval, ...]:
    """Central BCa intervals at each level."""
    probabilities = np.array([p for level in levels for p in tail_probabilities(level)])
    limits = bca_limits(replicates, estimate, acceleration, probabilities)
    return tuple(
        Interval(level, float(limits[2 * i]), float(limits[2 * i + 1]), "bca")
        for i, level in enumerate(levels)
    )
