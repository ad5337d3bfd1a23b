"""One model fitted to many count vectors at once (bootstrap and jackknife tables).

Every resample is a new count vector over the same cells; the fits run as one stacked IRLS
(:func:`~tipnet.core.estimation.ranked.fit_pairs`). Terms at minus infinity differ between
resamples; each table keeps its own cells and finite terms.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.existence import ModelStatus, check_model_status
from tipnet.core.estimation.models import HierarchicalModel
from tipnet.core.estimation.ranked import fit_pairs


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
    rows = np.arange(tables.shape[0])
    observed = tables.sum(axis=1)
    fits = fit_pairs((model,), np.zeros_like(rows), tables, rows, np.log(observed))
    ok = fits.identifiable & fits.certified
    for row in np.flatnonzero(fits.identifiable & ~fits.certified):
        status = check_model_status(model.list_count, model.terms, tables[row])
        ok[row] = status is ModelStatus.OK
    parameters = model.parameter_count
    nan = np.full(tables.shape[0], np.nan)
    return BatchFit(
        population=np.where(ok, fits.population, nan),
        bic=np.where(ok, parameters * np.log(observed) - 2 * fits.log_likelihood, nan),
        aic=np.where(ok, 2 * parameters - 2 * fits.log_likelihood, nan),
    )
