"""Poisson log-linear fits on an arbitrary design with an offset, as Rcapture runs them.

Rcapture (Baillargeon & Rivest 2007) fits every closed-population model with
``glm(family = poisson)`` on the observable cells: an intercept (the log of the expected
number never seen), the model's columns, and for data given as frequencies of capture an
offset. Columns that are linear combinations of earlier ones are aliased and dropped, as R's
pivoted QR does. ``N-hat = n + exp(intercept)`` with standard error
``sqrt(exp(b0) + exp(2 b0) var(b0))``; the multinomial profile likelihood of N with Cormack's
(1992) correction gives the interval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln, xlogy
from scipy.stats import chi2

from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.intervals import Interval, cormack_correction

_RANK_TOLERANCE = 1e-7
# R's glm.control(epsilon = 1e-8): on saturated designs with empty cells the MLE sits on the
# boundary and IRLS would otherwise chase fitted values towards zero until the weights underflow.
_RELATIVE_TOLERANCE = 1e-8
_MAX_ITERATIONS = 100
_MAX_HALVINGS = 40
_PROFILE_TOLERANCE = 1e-4
PROFILE_UPPER_FACTOR = 3.0  # Rcapture's fmaxSupCL


@dataclass(frozen=True, eq=False)
class DesignFit:
    """One Poisson GLM fit of ``log E[y] = offset + X b`` (``X`` starts with the intercept).

    Attributes:
        columns: indices of the design columns actually estimated (aliased ones dropped).
        coefficients: estimates of those columns, in the same order.
        covariance: their inverse Fisher information.
        fitted: fitted means of every cell.
        deviance: Poisson deviance.
        log_likelihood: Poisson log-likelihood including ``-log(y!)``.
        converged: whether IRLS met its tolerance.
        removed: columns deliberately left out (Chao's negative ``eta``).
    """

    columns: tuple[int, ...]
    coefficients: FloatArray
    covariance: FloatArray
    fitted: FloatArray
    deviance: float
    log_likelihood: float
    converged: bool
    removed: tuple[int, ...] = ()

    @property
    def rank(self) -> int:
        """Number of estimated parameters (R's ``glm`` rank)."""
        return len(self.columns)

    def coefficient(self, column: int) -> float:
        """Estimate of one design column (NaN when aliased or removed)."""
        if column not in self.columns:
            return float("nan")
        return float(self.coefficients[self.columns.index(column)])


DesignFitter = Callable[[FloatArray, FloatArray, FloatArray], DesignFit]


def independent_columns(design: FloatArray) -> tuple[int, ...]:
    """Columns kept in order, skipping each one that is a combination of those before it."""
    scale = max(1.0, float(np.abs(design).max()))
    kept: list[int] = []
    for column in range(design.shape[1]):
        trial = [*kept, column]
        if np.linalg.matrix_rank(design[:, trial], tol=_RANK_TOLERANCE * scale) == len(trial):
            kept.append(column)
    return tuple(kept)


def fit_design(
    design: FloatArray,
    counts: FloatArray,
    offset: FloatArray,
    removed: tuple[int, ...] = (),
) -> DesignFit:
    """Fit a Poisson log-linear model by IRLS with step-halving (R ``glm`` conventions).

    Args:
        design: cells by columns; column 0 is the intercept.
        counts: observed counts of the cells.
        offset: known log-scale offset of each cell (zeros for capture histories).
        removed: columns left out of the fit (Chao's negative ``eta``).

    Returns:
        The fit; aliased columns are dropped and reported through ``columns``.
    """
    candidates = [column for column in range(design.shape[1]) if column not in removed]
    columns = tuple(candidates[i] for i in independent_columns(design[:, candidates]))
    reduced = design[:, list(columns)]
    beta, fitted, deviance, converged = _irls(reduced, counts, offset)
    covariance = np.asarray(np.linalg.inv((reduced.T * fitted) @ reduced), dtype=np.float64)
    log_likelihood = float(np.sum(xlogy(counts, fitted) - fitted - gammaln(counts + 1)))
    return DesignFit(
        columns, beta, covariance, fitted, deviance, log_likelihood, converged, removed
    )


def _irls(
    design: FloatArray, counts: FloatArray, offset: FloatArray
) -> tuple[FloatArray, FloatArray, float, bool]:
    fitted = counts + 0.1  # R's poisson()$initialize
    eta = np.log(fitted)
    beta = np.zeros(design.shape[1])
    deviance = np.inf
    for _ in range(_MAX_ITERATIONS):
        working = eta - offset + (counts - fitted) / fitted
        weighted = design.T * fitted
        try:
            proposal = np.asarray(
                np.linalg.solve(weighted @ design, weighted @ working), dtype=np.float64
            )
        except np.linalg.LinAlgError:
            return beta, fitted, deviance, False
        beta_new, fitted, new_deviance = _halve(design, counts, offset, beta, proposal, deviance)
        eta = design @ beta_new + offset
        change = abs(new_deviance - deviance) / (abs(new_deviance) + 0.1)
        beta, deviance = beta_new, new_deviance
        if change < _RELATIVE_TOLERANCE:
            return beta, fitted, deviance, True
    return beta, fitted, deviance, False


def _halve(
    design: FloatArray,
    counts: FloatArray,
    offset: FloatArray,
    previous: FloatArray,
    proposal: FloatArray,
    deviance: float,
) -> tuple[FloatArray, FloatArray, float]:
    beta = proposal
    for _ in range(_MAX_HALVINGS):
        fitted = np.exp(np.minimum(design @ beta + offset, 700.0))
        new_deviance = poisson_deviance(counts, fitted)
        if np.isfinite(new_deviance) and (
            not np.isfinite(deviance) or new_deviance <= deviance * (1 + 1e-12) + 1e-9
        ):
            break
        beta = (beta + previous) / 2.0
    return beta, fitted, new_deviance


def poisson_deviance(counts: FloatArray, fitted: FloatArray) -> float:
    """Twice the log-likelihood ratio of the saturated model to the fit."""
    ratio = counts / np.maximum(fitted, 1e-300)
    return float(2.0 * np.sum(xlogy(counts, ratio) - (counts - fitted)))


def fit_without_negative_etas(first_eta: int) -> DesignFitter:
    """A fitter that drops Chao's ``eta`` columns with negative estimates, one at a time.

    Rcapture (``Chao.neg``) refits after removing the first negative ``eta`` (in column
    order) until none is negative; the lower-bound model is the one kept. The removed
    columns are reported in :attr:`DesignFit.removed`.

    Args:
        first_eta: index of the first ``eta`` column in the design.
    """

    def fit(design: FloatArray, counts: FloatArray, offset: FloatArray) -> DesignFit:
        removed: tuple[int, ...] = ()
        result = fit_design(design, counts, offset)
        negative = _first_negative_eta(result, first_eta)
        while negative is not None:
            removed = (*removed, negative)
            result = fit_design(design, counts, offset, removed)
            negative = _first_negative_eta(result, first_eta)
        return result

    return fit


def _first_negative_eta(result: DesignFit, first_eta: int) -> int | None:
    for position, column in enumerate(result.columns):
        if column >= first_eta and result.coefficients[position] < 0:
            return column
    return None


def population_and_error(observed: float, result: DesignFit) -> tuple[float, float]:
    """``n + exp(b0)`` and Rcapture's standard error ``sqrt(e^b0 + e^2b0 var(b0))``."""
    dark = float(np.exp(result.coefficient(0)))
    variance = float(result.covariance[0, 0]) if 0 in result.columns else float("nan")
    return observed + dark, float(np.sqrt(dark + dark**2 * variance))


@dataclass(frozen=True)
class ProfileResult:
    """The multinomial profile-likelihood maximiser of N and intervals at several levels."""

    maximiser: float
    intervals: tuple[Interval, ...]


def profile_design_likelihood(
    design: FloatArray,
    counts: FloatArray,
    offset: FloatArray,
    fitter: DesignFitter,
    levels: tuple[float, ...],
    observed: float | None = None,
) -> ProfileResult:
    """Profile the multinomial likelihood of N (Rcapture ``closedpCI``).

    For each N the unseen cell (count ``N - n``; a row of zeros but the intercept, offset 0)
    is appended and the model refitted; the log-likelihood is ``-deviance / 2`` plus
    Cormack's correction. The maximum is searched on ``(n, 3 N-hat)`` and each limit is
    where the curve drops ``chi2_1(level) / 2`` below it. ``observed`` is ``n`` when cells
    with many captures are left out of the fit (Rcapture's ``t0``); the unseen count is then
    ``N - n`` and Cormack's correction uses the fitted cells' total.

    Assumptions:
        The model is treated as known (no model-selection uncertainty).

    References:
        Cormack, R. M. (1992). Biometrics 48, 567-576. Baillargeon, S. & Rivest, L.-P.
        (2007). Rcapture: loglinear models for capture-recapture in R. Journal of
        Statistical Software 19(5).
    """
    fitted_total = float(counts.sum())
    observed = fitted_total if observed is None else observed
    poisson_total, _ = population_and_error(observed, fitter(design, counts, offset))
    unseen_row = np.zeros((1, design.shape[1]))
    unseen_row[0, 0] = 1.0
    augmented = np.vstack([design, unseen_row])
    augmented_offset = np.append(offset, 0.0)

    def curve(total: float) -> float:
        dark = max(total - observed, 0.0)
        result = fitter(augmented, np.append(counts, dark), augmented_offset)
        return -result.deviance / 2 + cormack_correction(dark, fitted_total + dark)

    upper_end = PROFILE_UPPER_FACTOR * poisson_total
    best = minimize_scalar(
        lambda total: -curve(total),
        bounds=(observed, upper_end),
        method="bounded",
        options={"xatol": _PROFILE_TOLERANCE},
    )
    maximiser, top = float(best.x), -float(best.fun)
    intervals = tuple(
        _profile_interval(curve, level, (observed, maximiser, upper_end), top) for level in levels
    )
    return ProfileResult(maximiser, intervals)


def _profile_interval(
    curve: Callable[[float], float],
    level: float,
    points: tuple[float, float, float],
    top: float,
) -> Interval:
    observed, maximiser, upper_end = points
    cutoff = top - chi2.ppf(level, 1) / 2

    def excess(total: float) -> float:
        """Profile log-likelihood above the cutoff."""
        return curve(total) - cutoff

    lower = observed
    if excess(observed) < 0:
        lower = brentq(excess, observed, maximiser, xtol=_PROFILE_TOLERANCE)
    upper = np.inf
    if excess(upper_end) < 0:
        upper = brentq(excess, maximiser, upper_end, xtol=_PROFILE_TOLERANCE)
    return Interval(level, float(lower), float(upper), "profile")
