"""One model fitted to many count vectors at once (bootstrap and jackknife tables).

Every resample is a new count vector over the same cells, so the design matrix is shared
and the IRLS iterations run as batched matrix products. Terms at minus infinity differ
between resamples; they are handled with per-row masks of cells and parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import gammaln, xlogy

from tipnet.core.estimation.cells import BoolArray, FloatArray, inclusion_matrix
from tipnet.core.estimation.existence import ModelStatus, check_model_status, is_identifiable
from tipnet.core.estimation.models import HierarchicalModel

_TOLERANCE = 1e-11
_MAX_ITERATIONS = 60
_POSITIVE_CERTIFICATE = 1e-7


@dataclass(frozen=True, eq=False)
class BatchFit:
    """Population estimates and criteria of one model on many tables (NaN where not ok)."""

    population: FloatArray
    bic: FloatArray
    aic: FloatArray


def fit_model_batch(model: HierarchicalModel, tables: FloatArray) -> BatchFit:
    """Fit ``model`` to every row of ``tables`` (rows are count vectors over the cells).

    Rows whose extended MLE does not exist or is not identifiable get NaN, as in
    MultipleSystemsEstimation's ``bootstrapcal``.
    """
    design = inclusion_matrix(model.list_count, model.terms)
    active = (tables @ design) > 0
    keep = (((~active).astype(np.float64)) @ design.T) == 0
    usable = _identifiable_rows(model, active, keep)
    coefficients, fitted, converged = _batched_irls(design, tables, keep, active & usable[:, None])
    certified = (
        converged & usable & (np.where(keep, fitted, np.inf).min(axis=1) > _POSITIVE_CERTIFICATE)
    )
    ok = certified | _exists_by_programme(model, tables, usable & ~certified)
    return _criteria(model, tables, keep, coefficients, fitted, ok)


def _identifiable_rows(model: HierarchicalModel, active: BoolArray, keep: BoolArray) -> BoolArray:
    usable = np.zeros(active.shape[0], dtype=np.bool_)
    patterns, inverse = np.unique(keep, axis=0, return_inverse=True)
    for index, pattern in enumerate(patterns):
        rows = np.flatnonzero(inverse.ravel() == index)
        finite = tuple(term for term, on in zip(model.terms, active[rows[0]], strict=True) if on)
        usable[rows] = is_identifiable(model.list_count, finite, pattern)
    return usable


def _exists_by_programme(
    model: HierarchicalModel, tables: FloatArray, rows: BoolArray
) -> BoolArray:
    result = np.zeros(tables.shape[0], dtype=np.bool_)
    for row in np.flatnonzero(rows):
        status = check_model_status(model.list_count, model.terms, tables[row])
        result[row] = status is ModelStatus.OK
    return result


def _batched_irls(
    design: FloatArray, tables: FloatArray, keep: BoolArray, active: BoolArray
) -> tuple[FloatArray, FloatArray, BoolArray]:
    weights_mask = keep.astype(np.float64)
    eta = np.log(tables + 0.1)
    fitted = np.exp(eta) * weights_mask
    coefficients = np.zeros((tables.shape[0], design.shape[1]))
    deviance = np.full(tables.shape[0], np.inf)
    converged = np.zeros(tables.shape[0], dtype=np.bool_)
    for iteration in range(_MAX_ITERATIONS):
        proposal = _batched_newton(design, tables, eta, fitted, weights_mask, active)
        if iteration:
            proposal = _halve_where_worse(
                design, tables, weights_mask, coefficients, proposal, deviance
            )
        eta = proposal @ design.T
        fitted = np.exp(np.minimum(eta, 700.0)) * weights_mask
        new_deviance = _deviance(tables, fitted, weights_mask)
        converged = np.abs(new_deviance - deviance) / (np.abs(new_deviance) + 0.1) < _TOLERANCE
        coefficients, deviance = proposal, new_deviance
        if converged.all():
            break
    return coefficients, fitted, converged


def _batched_newton(
    design: FloatArray,
    tables: FloatArray,
    eta: FloatArray,
    fitted: FloatArray,
    weights_mask: FloatArray,
    active: BoolArray,
) -> FloatArray:
    safe = np.where(weights_mask > 0, np.maximum(fitted, 1e-300), 1.0)
    working = np.where(weights_mask > 0, eta + (tables - fitted) / safe, 0.0)
    weighted = design.T[None, :, :] * fitted[:, None, :]
    information = weighted @ design
    gradient = np.einsum("bpc,bc->bp", weighted, working)
    pair_mask = active[:, :, None] & active[:, None, :]
    information = np.where(pair_mask, information, 0.0)
    information += np.eye(design.shape[1])[None, :, :] * (~active)[:, :, None]
    gradient = np.where(active, gradient, 0.0)
    try:
        solution = np.asarray(
            np.linalg.solve(information, gradient[:, :, None])[:, :, 0], dtype=np.float64
        )
    except np.linalg.LinAlgError:
        solution = _pseudo_inverse_solution(information, gradient)
    return solution


def _pseudo_inverse_solution(information: FloatArray, gradient: FloatArray) -> FloatArray:
    # A row whose IRLS has already diverged (NaN or infinite information) would make the SVD
    # of the whole batch fail; it stays NaN, as np.linalg.solve leaves it, and the existence
    # check then decides that row alone.
    finite = np.isfinite(information).all(axis=(1, 2)) & np.isfinite(gradient).all(axis=1)
    solution = np.full(gradient.shape, np.nan)
    solution[finite] = np.einsum(
        "bij,bj->bi", np.linalg.pinv(information[finite]), gradient[finite]
    )
    return solution


def _halve_where_worse(
    design: FloatArray,
    tables: FloatArray,
    weights_mask: FloatArray,
    previous: FloatArray,
    proposal: FloatArray,
    deviance: FloatArray,
) -> FloatArray:
    for _ in range(20):
        fitted = np.exp(np.minimum(proposal @ design.T, 700.0)) * weights_mask
        worse = ~(_deviance(tables, fitted, weights_mask) <= deviance * (1 + 1e-12) + 1e-9)
        if not worse.any():
            break
        proposal = np.where(worse[:, None], (proposal + previous) / 2, proposal)
    return proposal


def _deviance(tables: FloatArray, fitted: FloatArray, weights_mask: FloatArray) -> FloatArray:
    ratio = np.where(weights_mask > 0, tables / np.maximum(fitted, 1e-300), 1.0)
    terms = (xlogy(tables, ratio) - (tables - fitted)) * weights_mask
    deviance: FloatArray = 2 * terms.sum(axis=1)
    return deviance


def _criteria(
    model: HierarchicalModel,
    tables: FloatArray,
    keep: BoolArray,
    coefficients: FloatArray,
    fitted: FloatArray,
    ok: BoolArray,
) -> BatchFit:
    observed = tables.sum(axis=1)
    log_terms = xlogy(tables, np.maximum(fitted, 1e-300)) - fitted - gammaln(tables + 1)
    log_likelihood = np.where(keep, log_terms, 0.0).sum(axis=1)
    parameters = model.parameter_count
    nan = np.full(tables.shape[0], np.nan)
    # Failed rows may carry diverged coefficients; clip before exponentiating them away.
    dark = np.exp(np.clip(coefficients[:, 0], -700.0, 700.0))
    population = np.where(ok, observed + dark, nan)
    bic = np.where(ok, parameters * np.log(observed) - 2 * log_likelihood, nan)
    aic = np.where(ok, 2 * parameters - 2 * log_likelihood, nan)
    return BatchFit(population, bic, aic)
