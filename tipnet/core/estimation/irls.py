"""Poisson log-linear regression by iteratively reweighted least squares (IRLS).

Plain numpy: one small dense solve per iteration, with step-halving when the deviance
fails to decrease. This is the fitting engine of every model in the package.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import xlogy

from tipnet.core.estimation.cells import FloatArray

_RELATIVE_TOLERANCE = 1e-11
_MAX_ITERATIONS = 100
_MAX_HALVINGS = 30


@dataclass(frozen=True, eq=False)
class PoissonFit:
    """Result of one Poisson IRLS fit.

    Attributes:
        coefficients: estimated log-linear parameters, one per design column.
        fitted: fitted means, one per row of the design.
        deviance: Poisson deviance of the fit.
        converged: whether the relative change in deviance fell below tolerance.
        iterations: number of IRLS iterations used.
    """

    coefficients: FloatArray
    fitted: FloatArray
    deviance: float
    converged: bool
    iterations: int


def poisson_deviance(counts: FloatArray, fitted: FloatArray) -> float:
    """Twice the log-likelihood ratio of the saturated model to the fit."""
    return float(
        2.0 * np.sum(xlogy(counts, counts / np.maximum(fitted, 1e-300)) - (counts - fitted))
    )


def fit_poisson(
    design: FloatArray, counts: FloatArray, start: FloatArray | None = None
) -> PoissonFit:
    """Fit ``log E[counts] = design @ beta`` by IRLS with step-halving.

    Args:
        design: full-column-rank design matrix (rows are cells).
        counts: observed counts (non-negative, need not be integers).
        start: optional starting coefficients (warm start); otherwise the fit starts from
            ``log(counts + 0.1)`` as R's ``glm`` does for the Poisson family.

    Returns:
        The converged (or last) iterate.
    """
    if start is None:
        eta = np.log(counts + 0.1)
        previous: FloatArray | None = None
    else:
        previous = start
        eta = design @ start
    fitted = np.exp(np.minimum(eta, 700.0))
    deviance = poisson_deviance(counts, fitted) if previous is not None else np.inf
    beta = start if start is not None else np.zeros(design.shape[1])
    for iteration in range(1, _MAX_ITERATIONS + 1):
        try:
            proposal = _newton_step(design, counts, eta, fitted)
        except np.linalg.LinAlgError:
            # Fitted values underflowed towards a boundary: the MLE does not exist here and
            # the caller's existence check decides what to report.
            return PoissonFit(beta, fitted, deviance, False, iteration)
        beta_new, fitted, new_deviance = _halve_until_better(
            design, counts, previous, proposal, deviance
        )
        eta = design @ beta_new
        change = abs(new_deviance - deviance) / (abs(new_deviance) + 0.1)
        beta, previous, deviance = beta_new, beta_new, new_deviance
        if change < _RELATIVE_TOLERANCE:
            return PoissonFit(beta, fitted, deviance, True, iteration)
    return PoissonFit(beta, fitted, deviance, False, _MAX_ITERATIONS)


def _newton_step(
    design: FloatArray, counts: FloatArray, eta: FloatArray, fitted: FloatArray
) -> FloatArray:
    working = eta + (counts - fitted) / fitted
    weighted = design.T * fitted
    return np.asarray(np.linalg.solve(weighted @ design, weighted @ working), dtype=np.float64)


def _halve_until_better(
    design: FloatArray,
    counts: FloatArray,
    previous: FloatArray | None,
    proposal: FloatArray,
    deviance: float,
) -> tuple[FloatArray, FloatArray, float]:
    beta = proposal
    for _ in range(_MAX_HALVINGS):
        fitted = np.exp(np.minimum(design @ beta, 700.0))
        new_deviance = poisson_deviance(counts, fitted)
        acceptable = np.isfinite(new_deviance) and new_deviance <= deviance * (1 + 1e-12) + 1e-9
        if previous is None or acceptable:
            return beta, fitted, new_deviance
        beta = (beta + previous) / 2.0
    return beta, fitted, new_deviance


def fisher_covariance(design: FloatArray, fitted: FloatArray) -> FloatArray:
    """Inverse Fisher information ``(X' diag(mu) X)^-1`` of a Poisson log-linear fit."""
    information = (design.T * fitted) @ design
    return np.asarray(np.linalg.inv(information), dtype=np.float64)
