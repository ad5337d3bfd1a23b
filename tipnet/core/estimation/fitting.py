"""Fitting one hierarchical model to one table, with extended maximum likelihood.

Terms whose lists never overlap in the data have sufficient statistic zero; their extended
MLE is minus infinity, so every cell containing them has fitted value zero and drops out of
the Poisson fit (Chan, Silverman & Vincent 2021). The population estimate is
``n_observed + exp(intercept)``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import gammaln, xlogy

from tipnet.core.estimation.cells import BoolArray, FloatArray, inclusion_matrix
from tipnet.core.estimation.existence import (
    ModelStatus,
    check_model_status,
    is_identifiable,
    kept_cells,
    minus_infinity_terms,
)
from tipnet.core.estimation.irls import PoissonFit, fisher_covariance, fit_poisson
from tipnet.core.estimation.models import HierarchicalModel

# A converged fit whose smallest fitted value is above this is a strictly positive table with
# the data's sufficient statistics, which certifies existence without the linear programme.
_POSITIVE_CERTIFICATE = 1e-7


@dataclass(frozen=True)
class ModelFit:
    """What the result keeps about every fitted model.

    Attributes:
        model: the hierarchical model.
        status: existence/identifiability code (0 ok, 1 no MLE, 2 not identifiable, 3 both).
        population: estimated total ``N-hat`` (NaN unless status is ok).
        dark_figure: estimated number never observed (NaN unless status is ok).
        deviance: Poisson deviance on the fitted cells.
        residual_df: fitted cells minus finite parameters.
        log_likelihood: Poisson log-likelihood including the ``-log(y!)`` terms.
        aic: ``2k - 2 logL`` with ``k`` counting every parameter, minus-infinity ones too.
        bic: ``k log(n_observed) - 2 logL`` (Rcapture's sample-size convention).
        minus_infinity_terms: terms fitted at minus infinity (non-overlapping lists).
    """

    model: HierarchicalModel
    status: ModelStatus
    population: float
    dark_figure: float
    deviance: float
    residual_df: int
    log_likelihood: float
    aic: float
    bic: float
    minus_infinity_terms: tuple[int, ...]

    @property
    def is_ok(self) -> bool:
        """Whether the estimate exists and is identifiable."""
        return self.status is ModelStatus.OK


@dataclass(frozen=True, eq=False)
class ModelSolution:
    """A fit together with the arrays later steps need (p-values, intervals, warm starts).

    Attributes:
        fit: the public summary.
        keep: cells still fitted.
        finite_terms: terms with a finite estimate, in design order.
        coefficients: their estimates (empty when the fit failed).
        fitted_cells: fitted means for every observable cell (zero where dropped).
    """

    fit: ModelFit
    keep: BoolArray
    finite_terms: tuple[int, ...]
    coefficients: FloatArray
    fitted_cells: FloatArray

    def log_dark_standard_error(self) -> float:
        """Standard error of the intercept (the log dark figure) from Fisher information."""
        if not self.fit.is_ok:
            return float("nan")
        design = self.reduced_design()
        covariance = fisher_covariance(design, self.fitted_cells[self.keep])
        return float(np.sqrt(covariance[0, 0]))

    def reduced_design(self) -> FloatArray:
        """Design of the finite terms on the kept cells."""
        model = self.fit.model
        design = inclusion_matrix(model.list_count, self.finite_terms)
        return design[self.keep]

    def start_for(self, model: HierarchicalModel) -> dict[int, float]:
        """Coefficients by term, to warm-start a neighbouring model."""
        return dict(zip(self.finite_terms, self.coefficients.tolist(), strict=True))


def solve_model(
    model: HierarchicalModel,
    counts: FloatArray,
    start: dict[int, float] | None = None,
) -> ModelSolution:
    """Fit ``model`` to the observable-cell counts with extended maximum likelihood.

    Args:
        model: hierarchical model over ``t`` lists.
        counts: counts of the ``2**t - 1`` observable cells, in mask order.
        start: optional coefficients by term to start IRLS from.

    Returns:
        The fit; when the status is not ok, population and criteria are NaN.

    Assumptions:
        Closed population; heterogeneity and list dependence only as far as the model's
        terms capture them; counts are Poisson (equivalently multinomial given n).

    References:
        Chan, L., Silverman, B. W. & Vincent, K. (2021). Multiple systems estimation for
        sparse capture data. JASA 116, 1297-1306. Fienberg & Rinaldo (2012), Ann. Stat. 40.
    """
    solution, proven = solve_model_deferred(model, counts, start)
    if proven:
        return solution
    return confirm_existence(solution, counts)


def solve_model_deferred(
    model: HierarchicalModel,
    counts: FloatArray,
    start: dict[int, float] | None = None,
) -> tuple[ModelSolution, bool]:
    """:func:`solve_model` without the existence linear programme, and whether it was needed.

    When the second value is ``False`` the fit is not certified by strictly positive fitted
    values; it is returned as if the MLE existed, and :func:`confirm_existence` gives what
    :func:`solve_model` would have. Searches call it only for the fit they would pick.
    """
    t = model.list_count
    design = inclusion_matrix(t, model.terms)
    neginf = minus_infinity_terms(model.terms, design.T @ counts)
    keep = kept_cells(t, neginf)
    finite = tuple(term for term in model.terms if term not in neginf)
    if not is_identifiable(t, finite, keep):
        status = check_model_status(t, model.terms, counts)
        return _failed_solution(model, status, counts, keep, finite, neginf), True
    reduced = inclusion_matrix(t, finite)[keep]
    initial = None if start is None else np.array([start.get(term, 0.0) for term in finite])
    poisson = fit_poisson(reduced, counts[keep], initial)
    certified = poisson.converged and float(poisson.fitted.min()) > _POSITIVE_CERTIFICATE
    return _solution(model, counts, keep, finite, neginf, poisson), certified


def confirm_existence(solution: ModelSolution, counts: FloatArray) -> ModelSolution:
    """The solution if the Fienberg-Rinaldo check passes, else its failed version."""
    model = solution.fit.model
    status = check_model_status(model.list_count, model.terms, counts)
    if status is ModelStatus.OK:
        return solution
    neginf = solution.fit.minus_infinity_terms
    return _failed_solution(model, status, counts, solution.keep, solution.finite_terms, neginf)


def fit_model(model: HierarchicalModel, counts: FloatArray) -> ModelFit:
    """Fit one model and return only the public summary (see :func:`solve_model`)."""
    return solve_model(model, counts).fit


def _solution(
    model: HierarchicalModel,
    counts: FloatArray,
    keep: BoolArray,
    finite: tuple[int, ...],
    neginf: tuple[int, ...],
    poisson: PoissonFit,
) -> ModelSolution:
    observed = float(counts.sum())
    kept_counts = counts[keep]
    # A deferred fit (solve_model_deferred) may have diverged: its numbers are only used
    # once the existence check has passed, so overflow here is not an error.
    with np.errstate(over="ignore", invalid="ignore"):
        log_likelihood = float(
            np.sum(xlogy(kept_counts, poisson.fitted) - poisson.fitted - gammaln(kept_counts + 1))
        )
        dark = float(np.exp(poisson.coefficients[0]))
    parameters = model.parameter_count
    fit = ModelFit(
        model=model,
        status=ModelStatus.OK,
        population=observed + dark,
        dark_figure=dark,
        deviance=poisson.deviance,
        residual_df=int(keep.sum()) - len(finite),
        log_likelihood=log_likelihood,
        aic=2 * parameters - 2 * log_likelihood,
        bic=parameters * float(np.log(observed)) - 2 * log_likelihood,
        minus_infinity_terms=neginf,
    )
    fitted_cells = np.zeros(counts.shape)
    fitted_cells[keep] = poisson.fitted
    return ModelSolution(fit, keep, finite, poisson.coefficients, fitted_cells)


def _failed_solution(
    model: HierarchicalModel,
    status: ModelStatus,
    counts: FloatArray,
    keep: BoolArray,
    finite: tuple[int, ...],
    neginf: tuple[int, ...],
) -> ModelSolution:
    nan = float("nan")
    fit = ModelFit(
        model, status, nan, nan, nan, int(keep.sum()) - len(finite), nan, nan, nan, neginf
    )
    return ModelSolution(fit, keep, finite, np.empty(0), np.zeros(counts.shape))
