"""The frozen result of a population estimate, its warnings, assumptions and summary."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from tipnet.core.estimation.existence import ModelStatus
from tipnet.core.estimation.fitting import ModelFit
from tipnet.core.estimation.intervals import Interval
from tipnet.core.estimation.selection import SelectionStep

ASSUMPTIONS: tuple[str, ...] = (
    "Closed population: nobody joins or leaves the population during the period the lists cover.",
    (
        "Capture homogeneity within strata: within the table (or each stratum) everyone has "
        "the same chance of being on each list, except as the model's terms allow."
    ),
    (
        "List dependence only as modelled: lists are independent apart from the interactions "
        "in the selected model(s)."
    ),
    (
        "Linkage errors ignored: the same person is recognised across lists, with no false "
        "or missed matches."
    ),
    "Cell counts are Poisson (equivalently multinomial given the number observed).",
)

RATIO_WARNING_THRESHOLD = 10.0


@dataclass(frozen=True)
class TopModel:
    """One row of the side-by-side table of best models.

    Attributes:
        rank: 1 for the best model.
        model: model name, e.g. ``"[12,23]"``.
        population: its N-hat.
        criterion: the ranking criterion's name.
        score: the criterion's value.
    """

    rank: int
    model: str
    population: float
    criterion: str
    score: float


@dataclass(frozen=True)
class NestedInterval:
    """BCa intervals when the bootstrap re-selects among the best ``top_k`` models only."""

    top_k: int
    intervals: tuple[Interval, ...]


@dataclass(frozen=True)
class BootstrapSummary:
    """How the bootstrap was run and what it found.

    Attributes:
        resamples: number of multinomial resamples.
        seed: the seed given (``None`` when fresh entropy was used).
        seed_entropy: the root entropy actually used; pass it as ``seed`` to reproduce.
        acceleration: jackknife acceleration ``a-hat``.
        failed_resamples: resamples where no admissible model could be fitted.
        replicates: the resampled estimates (NaN where failed).
    """

    resamples: int
    seed: int | None
    seed_entropy: int
    acceleration: float
    failed_resamples: int
    replicates: tuple[float, ...] = field(repr=False)


@dataclass(frozen=True)
class PopulationEstimate:
    """A population estimate with everything needed to judge it.

    Attributes:
        estimate: estimated total population, observed plus dark figure.
        lower: lower limit of the primary interval.
        upper: upper limit of the primary interval.
        level: coverage of the primary interval.
        interval_kind: ``"bca"``, ``"profile"``, ``"wald"`` or ``"posterior"``.
        method: the method actually used.
        model: the selected model's name (empty for model averaging).
        model_terms: interactions of the selected model written with list names.
        n_observed: number of distinct people observed.
        list_names: lists used after cleaning.
        intervals: every interval computed, all kinds and levels.
        fitted_models: every model fitted (terms, deviance, df, AIC, BIC, N-hat, status).
        selection_path: the accepted steps of the search.
        top_models: best models with their N-hat side by side.
        nested_intervals: BCa intervals restricted to the top-k models, for each k.
        bootstrap: bootstrap details, when one was run.
        warnings: sentences a reader must see.
        assumptions: the assumptions behind the numbers.
    """

    estimate: float
    lower: float
    upper: float
    level: float
    interval_kind: str
    method: str
    model: str
    model_terms: tuple[str, ...]
    n_observed: int
    list_names: tuple[str, ...]
    intervals: tuple[Interval, ...] = ()
    fitted_models: tuple[ModelFit, ...] = field(default=(), repr=False)
    selection_path: tuple[SelectionStep, ...] = field(default=(), repr=False)
    top_models: tuple[TopModel, ...] = field(default=(), repr=False)
    nested_intervals: tuple[NestedInterval, ...] = field(default=(), repr=False)
    bootstrap: BootstrapSummary | None = field(default=None, repr=False)
    warnings: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ASSUMPTIONS

    @property
    def dark_figure(self) -> float:
        """Estimated number of people on no list."""
        return self.estimate - self.n_observed

    def interval(self, kind: str, level: float) -> Interval | None:
        """The interval of one kind at one level, if computed."""
        for candidate in self.intervals:
            if candidate.kind == kind and math.isclose(candidate.level, level):
                return candidate
        return None

    def summary(self) -> str:
        """A plain-text report: the numbers beside the assumptions and warnings."""
        lines = [
            f"Multiple systems estimate ({self.method})",
            f"  lists: {', '.join(self.list_names)}",
            f"  observed: {self.n_observed:,}",
            (
                f"  estimated total: {self.estimate:,.1f}  ({self.level:.0%} "
                f"{self.interval_kind}: {_number(self.lower)} to {_number(self.upper)})"
            ),
            f"  estimated dark figure: {self.dark_figure:,.1f}",
        ]
        if self.model:
            lines.append(
                f"  model: {self.model}  interactions: {', '.join(self.model_terms) or 'none'}"
            )
        lines += [
            f"  {item.level:.0%} {item.kind}: {_number(item.lower)} to {_number(item.upper)}"
            for item in self.intervals
        ]
        lines += _top_model_lines(self.top_models)
        lines.append("Assumptions:")
        lines += [f"  - {sentence}" for sentence in self.assumptions]
        lines.append("Warnings:" if self.warnings else "Warnings: none")
        lines += [f"  - {sentence}" for sentence in self.warnings]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary (the CLI's ``--json`` output)."""
        return {
            "estimate": _json_number(self.estimate),
            "lower": _json_number(self.lower),
            "upper": _json_number(self.upper),
            "level": self.level,
            "interval_kind": self.interval_kind,
            "method": self.method,
            "model": self.model,
            "model_terms": list(self.model_terms),
            "n_observed": self.n_observed,
            "dark_figure": _json_number(self.dark_figure),
            "lists": list(self.list_names),
            "intervals": [
                {
                    "kind": i.kind,
                    "level": i.level,
                    "lower": _json_number(i.lower),
                    "upper": _json_number(i.upper),
                }
                for i in self.intervals
            ],
            "top_models": [
                {
                    "rank": m.rank,
                    "model": m.model,
                    "estimate": _json_number(m.population),
                    m.criterion: _json_number(m.score),
                }
                for m in self.top_models
            ],
            "bootstrap": _bootstrap_dict(self.bootstrap),
            "warnings": list(self.warnings),
            "assumptions": list(self.assumptions),
        }


def _bootstrap_dict(bootstrap: BootstrapSummary | None) -> dict[str, object] | None:
    if bootstrap is None:
        return None
    return {
        "resamples": bootstrap.resamples,
        "seed": bootstrap.seed,
        "seed_entropy": str(bootstrap.seed_entropy),
        "acceleration": _json_number(bootstrap.acceleration),
        "failed_resamples": bootstrap.failed_resamples,
    }


def _top_model_lines(top_models: tuple[TopModel, ...]) -> list[str]:
    if not top_models:
        return []
    lines = ["Top models:"]
    lines += [
        f"  {row.rank:>3}. {row.model:<28} N-hat {row.population:>12,.1f}   "
        f"{row.criterion} {row.score:,.2f}"
        for row in top_models
    ]
    return lines


def _number(value: float) -> str:
    return f"{value:,.1f}" if math.isfinite(value) else str(value)


def _json_number(value: float) -> float | None:
    return value if math.isfinite(value) else None


def status_counts(fits: tuple[ModelFit, ...]) -> dict[ModelStatus, int]:
    """How many fitted models ended with each status."""
    counts = dict.fromkeys(ModelStatus, 0)
    for fit in fits:
        counts[fit.status] += 1
    return counts


def posterior_estimate(
    *,
    histories_list_names: tuple[str, ...],
    n_observed: int,
    median: float,
    intervals: tuple[Interval, ...],
    method: str,
    warnings: tuple[str, ...],
    assumptions: tuple[str, ...],
    model: str = "",
    model_terms: tuple[str, ...] = (),
    top_models: tuple[TopModel, ...] = (),
) -> PopulationEstimate:
    """A Bayesian method's result: the posterior median and equal-tailed posterior intervals.

    The first interval is the primary one.
    """
    return PopulationEstimate(
        estimate=median,
        lower=intervals[0].lower,
        upper=intervals[0].upper,
        level=intervals[0].level,
        interval_kind="posterior",
        method=method,
        model=model,
        model_terms=model_terms,
        n_observed=n_observed,
        list_names=histories_list_names,
        intervals=intervals,
        top_models=top_models,
        warnings=warnings,
        assumptions=assumptions,
    )
