"""Estimates by stratum (sex, age group, form of exploitation, year ...), separate or pooled.

Separate estimates run the chosen method within each stratum. The pooled model fits one
Poisson log-linear model to all strata at once: the capture-history terms are shared, each
stratum has its own level and (optionally) its own main effect on every list, so capture
probabilities may differ between strata while list dependence is estimated from all the
data. Each stratum's dark figure is ``exp(intercept + stratum effect)``; the strata add up to
the total, as SDG indicator 16.2.2 breakdowns need.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

from tipnet.core.errors import EstimationError, EstimationInputError, FieldProblem
from tipnet.core.estimation.cells import FloatArray, inclusion_matrix
from tipnet.core.estimation.estimate import estimate_population
from tipnet.core.estimation.existence import has_positive_solution, is_full_column_rank
from tipnet.core.estimation.histories import CaptureHistories, capture_histories_from_table
from tipnet.core.estimation.intervals import Interval, tail_probabilities
from tipnet.core.estimation.irls import fisher_covariance, fit_poisson
from tipnet.core.estimation.models import HierarchicalModel, parse_model
from tipnet.core.estimation.results import ASSUMPTIONS, PopulationEstimate

StratumKey = tuple[str, ...]


@dataclass(frozen=True)
class StratifiedHistories:
    """One capture-history table per stratum, all over the same lists.

    Attributes:
        stratum_columns: names of the stratifying variables, e.g. ``("sex", "year")``.
        strata: the stratum keys (one value per stratifying variable), sorted.
        tables: the table of each stratum, in the order of ``strata``.
    """

    stratum_columns: tuple[str, ...]
    strata: tuple[StratumKey, ...]
    tables: tuple[CaptureHistories, ...]

    @property
    def list_names(self) -> tuple[str, ...]:
        """Lists shared by all strata."""
        return self.tables[0].list_names

    def pooled(self) -> CaptureHistories:
        """All strata added together."""
        total = np.sum([table.counts for table in self.tables], axis=0)
        return CaptureHistories(self.list_names, tuple(int(v) for v in total))


def stratify_table(
    header: Sequence[str], rows: Iterable[Sequence[object]], stratum_columns: Sequence[str]
) -> StratifiedHistories:
    """Split a table with extra stratum columns into one capture-history table per stratum.

    Raises:
        EstimationInputError: a stratum column is missing, or any row is invalid.
    """
    names = [str(name).strip() for name in header]
    missing = [column for column in stratum_columns if column not in names]
    if missing or not stratum_columns:
        raise EstimationInputError(
            FieldProblem(
                field=missing[0] if missing else "strata", message="stratum column not found", row=0
            )
        )
    positions = [names.index(column) for column in stratum_columns]
    kept = [i for i in range(len(names)) if i not in positions]
    groups: dict[StratumKey, list[tuple[int, list[object]]]] = {}
    for number, row in enumerate(rows, start=1):
        key = tuple(str(row[i]).strip() for i in positions) if len(row) == len(names) else ("",)
        groups.setdefault(key, []).append((number, [row[i] for i in kept]))
    keys = tuple(sorted(groups))
    tables = tuple(_stratum_table([names[i] for i in kept], groups[key]) for key in keys)
    return StratifiedHistories(tuple(stratum_columns), keys, tables)


def _stratum_table(
    header: list[str], numbered_rows: list[tuple[int, list[object]]]
) -> CaptureHistories:
    try:
        return capture_histories_from_table(header, [row for _, row in numbered_rows])
    except EstimationInputError as error:
        # Report row numbers of the original table, not of the stratum.
        original = [number for number, _ in numbered_rows]
        raise EstimationInputError(
            [
                FieldProblem(p.field, p.message, p.code, original[p.row - 1] if p.row else p.row)
                for p in error.problems
            ]
        ) from None


@dataclass(frozen=True)
class StratumEstimate:
    """Estimate for one stratum."""

    stratum: StratumKey
    n_observed: int
    estimate: float
    intervals: tuple[Interval, ...]


@dataclass(frozen=True)
class StratifiedEstimate:
    """Estimates for every stratum and their sum.

    Attributes:
        stratum_columns: the stratifying variables.
        rows: one estimate per stratum.
        total: sum of the stratum estimates.
        method: ``"separate:<method>"`` or ``"pooled"``.
        model: the capture-history model (pooled fits).
        warnings: warnings gathered from the strata.
        assumptions: assumptions behind the numbers.
    """

    stratum_columns: tuple[str, ...]
    rows: tuple[StratumEstimate, ...]
    total: float
    method: str
    model: str
    warnings: tuple[str, ...]
    assumptions: tuple[str, ...] = ASSUMPTIONS


def estimate_each_stratum(
    stratified: StratifiedHistories, estimator: Mapping[str, object] | None = None
) -> StratifiedEstimate:
    """Run :func:`estimate_population` separately in each stratum.

    Args:
        stratified: the tables.
        estimator: keyword arguments for ``estimate_population`` (method, resamples ...).
    """
    options = dict(estimator or {})
    results: list[PopulationEstimate] = [
        estimate_population(table, **options)  # type: ignore[arg-type]  # options are validated by the callee
        for table in stratified.tables
    ]
    rows = tuple(
        StratumEstimate(key, result.n_observed, result.estimate, result.intervals)
        for key, result in zip(stratified.strata, results, strict=True)
    )
    warnings = tuple(
        f"{'/'.join(key)}: {w}"
        for key, r in zip(stratified.strata, results, strict=True)
        for w in r.warnings
    )
    method = results[0].method if results else ""
    return StratifiedEstimate(
        stratified.stratum_columns,
        rows,
        float(sum(row.estimate for row in rows)),
        f"separate:{method}",
        "",
        warnings,
    )


def estimate_pooled_strata(
    stratified: StratifiedHistories,
    model: str,
    *,
    stratum_list_effects: bool = True,
    levels: tuple[float, ...] = (0.95,),
) -> StratifiedEstimate:
    """One log-linear model over all strata with stratum covariate terms.

    Args:
        stratified: the tables.
        model: capture-history model shared by the strata, e.g. ``"[12,23]"``.
        stratum_list_effects: let each stratum have its own capture probability on each list
            (stratum-by-list terms); otherwise strata differ only in size.
        levels: Wald interval coverages (normal on each stratum's log dark figure).

    Raises:
        EstimationError: the pooled MLE does not exist or is not identifiable.

    Assumptions:
        List dependence (the model's interactions) is the same in every stratum.

    References:
        van der Heijden, P. G. M., Cruyff, M. et al. (2012), multiple systems estimation with
        covariates; UNODC (2017) research brief on the Netherlands.
    """
    hierarchical = parse_model(model, len(stratified.list_names), stratified.list_names)
    design, counts, level_columns = _pooled_design(stratified, hierarchical, stratum_list_effects)
    empty = (design.T @ counts) <= 0
    if empty[0]:
        raise EstimationError("no one was observed in any stratum")
    # Extended MLE: a column with zero total goes to minus infinity and its rows drop out.
    keep = ~(design[:, empty] > 0).any(axis=1)
    reduced, kept_counts = design[np.ix_(keep, ~empty)], counts[keep]
    if not is_full_column_rank(reduced) or not has_positive_solution(reduced, kept_counts):
        raise EstimationError(
            "the pooled model's MLE does not exist or is not identifiable; simplify the model"
        )
    fit = fit_poisson(reduced, kept_counts)
    covariance = fisher_covariance(reduced, fit.fitted)
    position = np.cumsum(~empty) - 1
    rows = tuple(
        _stratum_row(
            stratified.strata[index],
            stratified.tables[index].observed_total,
            _level_position(column, empty, position),
            fit.coefficients,
            covariance,
            levels,
        )
        for index, column in enumerate(level_columns)
    )
    return StratifiedEstimate(
        stratified.stratum_columns,
        rows,
        float(sum(row.estimate for row in rows)),
        "pooled",
        hierarchical.name,
        (),
    )


def _pooled_design(
    stratified: StratifiedHistories, model: HierarchicalModel, stratum_list_effects: bool
) -> tuple[FloatArray, FloatArray, list[int | None]]:
    capture = inclusion_matrix(model.list_count, model.terms)
    lists = capture[:, 1 : 1 + model.list_count]
    others = len(stratified.strata) - 1
    width = others * (1 + (model.list_count if stratum_list_effects else 0))
    blocks = []
    for index in range(len(stratified.strata)):
        extra = np.zeros((capture.shape[0], width))
        if index:
            extra[:, index - 1] = 1.0
            if stratum_list_effects:
                start = others + (index - 1) * model.list_count
                extra[:, start : start + model.list_count] = lists
        blocks.append(np.hstack([capture, extra]))
    counts = np.concatenate([table.count_vector() for table in stratified.tables])
    levels: list[int | None] = [None] + [capture.shape[1] + i for i in range(others)]
    return np.vstack(blocks), counts, levels


EMPTY_STRATUM = -1


def _level_position(column: int | None, empty: np.ndarray, position: np.ndarray) -> int | None:
    if column is None:
        return None
    return EMPTY_STRATUM if bool(empty[column]) else int(position[column])


def _stratum_row(
    stratum: StratumKey,
    observed: int,
    level_position: int | None,
    coefficients: FloatArray,
    covariance: FloatArray,
    levels: tuple[float, ...],
) -> StratumEstimate:
    if level_position == EMPTY_STRATUM:
        # Nobody observed in this stratum: its level is at minus infinity, so N-hat is 0.
        return StratumEstimate(
            stratum, 0, 0.0, tuple(Interval(level, 0.0, 0.0, "wald") for level in levels)
        )
    contrast = np.zeros(coefficients.size)
    contrast[0] = 1.0
    if level_position is not None:
        contrast[level_position] = 1.0
    log_dark = float(contrast @ coefficients)
    spread = float(np.sqrt(contrast @ covariance @ contrast))
    intervals = tuple(
        Interval(
            level,
            observed + float(np.exp(log_dark - z * spread)),
            observed + float(np.exp(log_dark + z * spread)),
            "wald",
        )
        for level in levels
        for z in [float(norm.ppf(tail_probabilities(level)[1]))]
    )
    return StratumEstimate(stratum, observed, observed + float(np.exp(log_dark)), intervals)
