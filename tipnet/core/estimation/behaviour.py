"""Behavioural-response models Mb and Mbh (Rcapture ``closedp``): N-hat and its standard error.

In Mb the capture probability changes after the first capture; its log-linear form has two
columns, the occasions before the first capture and the captures after it. N-hat is then not
``n + exp(intercept)`` but a function of all three coefficients (Rivest & Levesque 2001);
the standard error follows by the delta method, as Rcapture computes it.
"""

from __future__ import annotations

import numpy as np

from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.loglinear_design import DesignFit


def behaviour_columns(occasion_matrix: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Occasions before the first capture, and captures after the first, for every cell."""
    before_first = np.argmax(occasion_matrix > 0, axis=1).astype(np.float64)
    after_first = occasion_matrix.sum(axis=1) - 1.0
    return before_first, after_first


def estimate_mb(occasions: int, result: DesignFit) -> tuple[float, float]:
    """N-hat and standard error of model Mb (columns: intercept, before, after).

    References:
        Rivest, L.-P. & Levesque, T. (2001). Canadian Journal of Statistics 29, 555-572;
        Rcapture ``closedp`` (Baillargeon & Rivest 2007).
    """
    first, second, third = (np.exp(result.coefficient(column)) for column in range(3))
    denominator = 1 + third - second
    total = first * (1 + third) ** occasions / denominator
    gradient = total * np.array(
        [1.0, second / denominator, occasions * third / (1 + third) - third / denominator]
    )
    return float(total), _delta_error(gradient, result.covariance, total)


def estimate_mbh(occasions: int, result: DesignFit) -> tuple[float, float]:
    """N-hat and standard error of model Mbh (intercept, not-on-first, before, after).

    References:
        Rivest & Levesque (2001); Rcapture ``closedp``.
    """
    base, eta, before, after = (result.coefficient(column) for column in range(4))
    denominator = 1 + np.exp(after) - np.exp(before)
    ratio = np.exp(eta + before) / denominator
    scale = np.exp(base) * (1 + np.exp(after)) ** (occasions - 1)
    total = scale * (1 + ratio)
    gradient = scale * np.array(
        [
            1 + ratio,
            ratio,
            ratio + np.exp(eta + 2 * before) / denominator**2,
            (occasions - 1) * np.exp(after) / (1 + np.exp(after))
            - np.exp(eta + before + after) / denominator**2,
        ]
    )
    return float(total), _delta_error(gradient, result.covariance, total)


def _delta_error(gradient: FloatArray, covariance: FloatArray, total: float) -> float:
    # Rcapture subtracts N from the quadratic form: the Poisson variance of the unseen count
    # enters with the opposite sign to the n + exp(b0) models.
    return float(np.sqrt(gradient @ covariance @ gradient - total))
