"""Rcapture's closed-population models: names, heterogeneity columns and the frozen result.

Heterogeneous catchability is modelled, as in Rcapture, by adding to the log-linear design
columns that are functions of the number of captures ``k`` of each cell (Rivest & Baillargeon
2007): Darroch ``k^2 / 2``, Poisson ``theta^k - 1`` (``theta = 2``), Gamma
``-log(theta + k) + log(theta)`` (``theta = 3.5``) and Chao's lower bound, one column
``max(k - j + 1, 0)`` per ``j = 3 .. t`` whose negative estimates are set to zero.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation.cells import FloatArray
from tipnet.core.estimation.intervals import Interval
from tipnet.core.estimation.loglinear_design import (
    DesignFit,
    DesignFitter,
    fit_design,
    fit_without_negative_etas,
    population_and_error,
    profile_design_likelihood,
)

_DEFAULT_THETA = {"Poisson": 2.0, "Gamma": 3.5}

PopulationEstimator = Callable[[float, DesignFit], tuple[float, float]]

CLOSED_POPULATION_ASSUMPTIONS: tuple[str, ...] = (
    "Closed population: nobody joins or leaves the population during the capture period.",
    (
        "Heterogeneity only as modelled: individual capture probabilities vary according to "
        "the model's heterogeneity columns (none for M0, Mt and Mb)."
    ),
    "Occasion (list) effects and dependence only as the model's columns allow.",
    "Linkage errors ignored: the same unit is recognised on every occasion.",
    "Cell counts are Poisson (equivalently multinomial given the number observed).",
)


class CaptureModel(StrEnum):
    """Otis et al. (1978) closed-population models as Rcapture names them."""

    M0 = "M0"
    MT = "Mt"
    MH = "Mh"
    MTH = "Mth"
    MB = "Mb"
    MBH = "Mbh"


class Heterogeneity(StrEnum):
    """Rcapture's heterogeneity forms (``h`` argument); ``"LB"`` is an alias of Chao."""

    CHAO = "Chao"
    POISSON = "Poisson"
    DARROCH = "Darroch"
    GAMMA = "Gamma"


def parse_heterogeneity(value: Heterogeneity | str | None) -> Heterogeneity | None:
    """Read a heterogeneity name (case-insensitive; ``"LB"`` means Chao's lower bound)."""
    if value is None or isinstance(value, Heterogeneity):
        return value
    lowered = value.strip().lower()
    if lowered in {"lb", "chao"}:
        return Heterogeneity.CHAO
    for member in Heterogeneity:
        if member.value.lower() == lowered:
            return member
    raise EstimationInputError(
        FieldProblem(field="heterogeneity", message=f"unknown heterogeneity {value!r}")
    )


def parse_capture_model(value: CaptureModel | str) -> CaptureModel:
    """Read a model name such as ``"Mth"`` (case-insensitive)."""
    for member in CaptureModel:
        if member.value.lower() == str(value).strip().lower():
            return member
    raise EstimationInputError(FieldProblem(field="model", message=f"unknown model {value!r}"))


def default_theta(heterogeneity: Heterogeneity | None, theta: float | None) -> float | None:
    """Rcapture's default ``theta``: 2 for Poisson, 3.5 for Gamma, unused otherwise."""
    if theta is not None or heterogeneity is None:
        return theta
    return _DEFAULT_THETA.get(heterogeneity.value)


def heterogeneity_name(heterogeneity: Heterogeneity | None, theta: float | None) -> str:
    """Label as Rcapture prints it: ``"Darroch"``, ``"Poisson2"``, ``"Chao (LB)"`` ..."""
    if heterogeneity is None:
        return ""
    if heterogeneity is Heterogeneity.CHAO:
        return "Chao (LB)"
    if theta is None:
        return heterogeneity.value
    return f"{heterogeneity.value}{theta:g}"


def heterogeneity_columns(
    captures: FloatArray, heterogeneity: Heterogeneity, theta: float | None, occasions: int
) -> tuple[FloatArray, tuple[str, ...]]:
    """Design columns modelling heterogeneity, as functions of the capture counts ``k``.

    Args:
        captures: number of captures ``k`` of each cell.
        heterogeneity: the form.
        theta: parameter of the Poisson and Gamma forms.
        occasions: number of capture occasions ``t`` (Chao's columns run to ``t``).

    Returns:
        The columns (cells by columns) and their names (``tau`` or ``eta3 .. etat``).

    References:
        Rivest, L.-P. & Baillargeon, S. (2007). Applications and extensions of Chao's moment
        estimator for the size of a closed population. Biometrics 63, 999-1006. Darroch,
        J. N., Fienberg, S. E., Glonek, G. F. V. & Junker, B. W. (1993). A three-sample
        multiple-recapture approach to census population estimation with heterogeneous
        catchability. JASA 88, 1137-1148. Rivest, L.-P. & Levesque, T. (2001). Improved
        log-linear model estimators of abundance in capture-recapture experiments.
        Canadian Journal of Statistics 29, 555-572.
    """
    if heterogeneity is Heterogeneity.CHAO:
        starts = range(3, occasions + 1)
        columns = [np.maximum(captures - start + 1, 0.0) for start in starts]
        matrix = np.column_stack(columns) if columns else np.zeros((captures.size, 0))
        return matrix, tuple(f"eta{start}" for start in starts)
    value = 2.0 if theta is None else theta
    if heterogeneity is Heterogeneity.POISSON:
        column = value**captures - 1.0
    elif heterogeneity is Heterogeneity.DARROCH:
        column = captures**2 / 2.0
    else:
        column = -np.log(value + captures) + math.log(value)
    return column[:, None], ("tau",)


@dataclass(frozen=True)
class ClosedPopulationFit:
    """One closed-population log-linear model fitted as Rcapture fits it.

    Attributes:
        name: the model, e.g. ``"Mth Darroch"`` or ``"[12,13,14] Darroch"``.
        observed: number of units captured at least once ``n``.
        estimate: Poisson estimate ``n + exp(intercept)`` (Rcapture's ``abundance``).
        standard_error: ``sqrt(exp(b0) + exp(2 b0) var(b0))``.
        deviance: Poisson deviance.
        residual_df: cells minus estimated parameters.
        aic: ``-2 logL + 2 rank`` with the Poisson likelihood (R's ``glm`` AIC).
        bic: ``-2 logL + log(n) rank`` (Rcapture's ``closedpMS``).
        parameter_count: estimated parameters (the GLM rank).
        removed_columns: Chao ``eta`` columns set to zero because their estimate was negative.
        converged: whether the fit converged.
        profile_estimate: maximiser of the multinomial profile likelihood (NaN if not run).
        intervals: profile-likelihood intervals (Cormack 1992) at the requested levels.
        method: ``"rcapture"``.
        assumptions: sentences printed with the numbers.
        warnings: sentences about this fit.
    """

    name: str
    observed: int
    estimate: float
    standard_error: float
    deviance: float
    residual_df: int
    aic: float
    bic: float
    parameter_count: int
    removed_columns: tuple[str, ...]
    converged: bool
    profile_estimate: float
    intervals: tuple[Interval, ...]
    method: str = "rcapture"
    assumptions: tuple[str, ...] = CLOSED_POPULATION_ASSUMPTIONS
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        """The numbers beside the assumptions and warnings, as plain text."""
        lines = [
            f"Closed-population model {self.name} ({self.method})",
            f"  observed: {self.observed:,}",
            f"  estimate (Poisson): {self.estimate:,.1f}  s.e. {self.standard_error:,.1f}",
            (
                f"  deviance {self.deviance:.3f} on {self.residual_df} df; "
                f"AIC {self.aic:.3f}; BIC {self.bic:.3f}"
            ),
        ]
        if not math.isnan(self.profile_estimate):
            lines.append(f"  estimate (multinomial profile): {self.profile_estimate:,.1f}")
        lines += [
            f"  {item.level:.0%} profile interval: {item.lower:,.1f} to {item.upper:,.1f}"
            for item in self.intervals
        ]
        lines.append("Assumptions:")
        lines += [f"  - {sentence}" for sentence in self.assumptions]
        lines.append("Warnings:" if self.warnings else "Warnings: none")
        lines += [f"  - {sentence}" for sentence in self.warnings]
        return "\n".join(lines)


@dataclass(frozen=True, eq=False)
class DesignProblem:
    """Everything needed to fit one model: cells, design, offset and column names.

    Attributes:
        name: model label for the result.
        counts: observed count of each cell.
        design: cells by columns, column 0 the intercept.
        offset: log-scale offset per cell.
        column_names: a name per design column.
        first_eta: index of Chao's first ``eta`` column, or ``None`` for other models.
        observed: ``n`` (can exceed ``counts.sum()`` when large capture counts are left out).
        estimator: N-hat and its standard error from a fit (default ``n + exp(b0)``);
            behavioural models supply their own and have no profile interval.
    """

    name: str
    counts: FloatArray
    design: FloatArray
    offset: FloatArray
    column_names: tuple[str, ...]
    first_eta: int | None
    observed: float
    estimator: PopulationEstimator | None = None

    def fitter(self) -> DesignFitter:
        """Plain GLM, or the Chao fitter that drops negative ``eta`` columns."""
        return fit_design if self.first_eta is None else fit_without_negative_etas(self.first_eta)


def solve_design_problem(
    problem: DesignProblem, levels: tuple[float, ...], with_profile: bool
) -> ClosedPopulationFit:
    """Fit the problem, compute N-hat, its s.e., AIC, BIC and (optionally) profile intervals."""
    result = problem.fitter()(problem.design, problem.counts, problem.offset)
    estimator = problem.estimator or population_and_error
    estimate, error = estimator(problem.observed, result)
    profile_estimate, intervals = float("nan"), tuple[Interval, ...]()
    if with_profile and problem.estimator is None:
        profile = profile_design_likelihood(
            problem.design,
            problem.counts,
            problem.offset,
            problem.fitter(),
            levels,
            problem.observed,
        )
        profile_estimate, intervals = profile.maximiser, profile.intervals
    return _closed_fit(problem, result, (estimate, error), profile_estimate, intervals)


def _closed_fit(
    problem: DesignProblem,
    result: DesignFit,
    estimate_and_error: tuple[float, float],
    profile_estimate: float,
    intervals: tuple[Interval, ...],
) -> ClosedPopulationFit:
    warnings = [] if result.converged else ["the Poisson fit did not converge"]
    aliased = set(range(problem.design.shape[1])) - set(result.columns) - set(result.removed)
    if aliased:
        warnings.append(
            "design matrix not of full rank: "
            + ", ".join(problem.column_names[column] for column in sorted(aliased))
        )
    return ClosedPopulationFit(
        name=problem.name,
        observed=round(problem.observed),
        estimate=estimate_and_error[0],
        standard_error=estimate_and_error[1],
        deviance=result.deviance,
        residual_df=problem.counts.size - result.rank,
        aic=-2 * result.log_likelihood + 2 * result.rank,
        bic=-2 * result.log_likelihood + math.log(problem.observed) * result.rank,
        parameter_count=result.rank,
        removed_columns=tuple(problem.column_names[column] for column in result.removed),
        converged=result.converged,
        profile_estimate=profile_estimate,
        intervals=intervals,
        warnings=tuple(warnings),
    )


def best_fit(fits: tuple[ClosedPopulationFit, ...], criterion: str = "bic") -> ClosedPopulationFit:
    """The fit with the smallest ``"bic"`` or ``"aic"`` (ties keep the first)."""
    if criterion not in {"aic", "bic"}:
        raise EstimationInputError(
            FieldProblem(field="criterion", message="criterion must be 'aic' or 'bic'")
        )
    usable = [fit for fit in fits if math.isfinite(getattr(fit, criterion))]
    return min(usable, key=lambda fit: float(getattr(fit, criterion)))
