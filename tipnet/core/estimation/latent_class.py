"""Latent-class multiple-recapture estimation (LCMCR; Manrique-Vallier 2016).

Everybody in the population, seen or not, belongs to one of at most ``K`` latent classes;
within a class the lists capture independently, each with its own probability. Class
weights follow a truncated stick-breaking (Dirichlet process) prior, so the data decide how
many classes are used. Unequal catchability ("heterogeneity") and the list dependence it
induces are absorbed by the classes instead of by log-linear interaction terms.

The Gibbs sampler augments the data with the number of unobserved people ``n0`` and their
classes. Individuals with the same capture history are exchangeable, so the sampler works
on the ``2**t - 1`` cell counts: the class counts of a cell are one multinomial draw, and
the class counts of the unobserved are another.

References:
    Manrique-Vallier, D. (2016). Bayesian population size estimation using Dirichlet
    process mixtures. Biometrics 72, 1246-1254. Manrique-Vallier, D. LCMCR: Bayesian
    non-parametric latent-class capture-recapture (R package; 0.4.14 gave the reference
    numbers in PUBLISHED.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation import diagnostics
from tipnet.core.estimation.bootstrap import ProgressCallback
from tipnet.core.estimation.cells import FloatArray, IntArray, cell_masks
from tipnet.core.estimation.histories import CaptureHistories
from tipnet.core.estimation.intervals import Interval, tail_probabilities
from tipnet.core.estimation.lists import DroppedList
from tipnet.core.estimation.results import ASSUMPTIONS, PopulationEstimate, posterior_estimate

MIN_EFFECTIVE_DRAWS = 200
FULL_TRUNCATION_SHARE = 0.05
PROGRESS_EVERY_ITERATIONS = 1_000
WARM_UP_CONCENTRATION = 0.3
INITIAL_MINOR_WEIGHT = 1e-3

LATENT_CLASS_ASSUMPTIONS: tuple[str, ...] = (
    ASSUMPTIONS[0],
    (
        "Heterogeneity captured by latent classes: unequal catchability (and the list "
        "dependence it causes) is described by at most K classes of people."
    ),
    (
        "Conditional independence: within a latent class, being on one list does not change "
        "the chance of being on another."
    ),
    ASSUMPTIONS[3],
    (
        "Priors: stick-breaking class weights with concentration alpha ~ Gamma(a, b), "
        "Beta(1, 1) capture probabilities, and p(N) proportional to 1/N."
    ),
)


@dataclass(frozen=True)
class LatentClassSettings:
    """Prior and sampler settings; the defaults are LCMCR's published UK run.

    Attributes:
        max_classes: truncation ``K`` of the stick-breaking prior.
        alpha_shape: shape ``a`` of the Gamma prior on the concentration alpha.
        alpha_rate: rate ``b`` of the Gamma prior on alpha.
        burn_in: Gibbs iterations discarded before the first kept draw.
        draws: number of kept draws of N.
        thinning: iterations between kept draws.
        warm_up: iterations before burn-in with alpha held at 0.3 / K, starting with
            nearly everyone in one class; the classes are then sorted by weight.
    """

    max_classes: int = 10
    alpha_shape: float = 0.25
    alpha_rate: float = 0.25
    burn_in: int = 10_000
    draws: int = 1_000
    thinning: int = 100
    warm_up: int = 500

    @property
    def iterations(self) -> int:
        """Total Gibbs iterations: burn-in plus draws times thinning."""
        return self.burn_in + self.draws * self.thinning


@dataclass(frozen=True)
class LatentClassPosterior:
    """Kept draws of the Gibbs sampler.

    Attributes:
        n_observed: people observed on at least one list.
        settings: the settings used.
        totals: draws of the total population N (observed plus unobserved).
        occupied_classes: number of non-empty latent classes at each kept draw.
        concentrations: draws of the stick-breaking concentration alpha.
    """

    n_observed: int
    settings: LatentClassSettings
    totals: tuple[int, ...] = field(repr=False)
    occupied_classes: tuple[int, ...] = field(repr=False)
    concentrations: tuple[float, ...] = field(repr=False)

    def quantile(self, probability: float) -> float:
        """Posterior quantile of N (linear interpolation between draws)."""
        return float(np.quantile(np.asarray(self.totals, dtype=np.float64), probability))

    def interval(self, level: float) -> Interval:
        """Equal-tailed posterior interval of N."""
        lower, upper = tail_probabilities(level)
        return Interval(level, self.quantile(lower), self.quantile(upper), "posterior")

    def effective_sample_size(self) -> float:
        """Effective number of independent draws of N (Geyer's initial positive sequence)."""
        return effective_sample_size(np.asarray(self.totals, dtype=np.float64))

    def full_truncation_share(self) -> float:
        """Share of kept draws in which every one of the ``K`` classes was occupied."""
        occupied = np.asarray(self.occupied_classes)
        return float(np.mean(occupied >= self.settings.max_classes))


@dataclass(frozen=True)
class _Table:
    """The observed cells as a 0/1 matrix (cells x lists) and their counts."""

    cells: FloatArray
    counts: IntArray
    observed: int


@dataclass
class _State:
    """Mutable state of one Gibbs chain (private: never leaves this module)."""

    log_capture: FloatArray  # lists x classes, log of lambda
    log_escape: FloatArray  # lists x classes, log of 1 - lambda
    log_weights: FloatArray  # classes, log of the stick-breaking weights
    alpha: float
    missing: int
    missing_by_class: IntArray
    class_sizes: IntArray


def estimate_latent_class(
    histories: CaptureHistories,
    *,
    settings: LatentClassSettings | None = None,
    levels: tuple[float, ...] = (0.95, 0.80),
    seed: int | None = None,
    dropped: tuple[DroppedList, ...] = (),
    progress: ProgressCallback | None = None,
) -> PopulationEstimate:
    """Estimate the total population with the LCMCR latent-class model.

    Args:
        histories: the capture-history table (at least two lists).
        settings: prior and sampler settings (default: K = 10, a = b = 0.25, burn-in 10,000,
            1,000 draws thinned by 100, as the published UK runs).
        levels: coverages of the equal-tailed posterior intervals; the first is primary.
        seed: seed of the ``numpy.random.Generator``; the same seed gives the same result.
        dropped: lists removed before estimation, reported as warnings.
        progress: called with ``(done, total)`` iterations every 1,000 iterations.

    Returns:
        A ``PopulationEstimate`` with method ``"lcmcr"``: the posterior median of N, its
        equal-tailed posterior intervals, warnings (low effective sample size, every class
        occupied, dropped lists, estimate above 10 times the observed) and the model's
        assumptions.

    Raises:
        EstimationInputError: bad settings or an empty table.

    Assumptions:
        Closed population; heterogeneity captured by at most K latent classes; lists
        conditionally independent within a class; no linkage errors; priors as in
        ``LATENT_CLASS_ASSUMPTIONS``.

    References:
        Manrique-Vallier (2016) Biometrics 72, 1246-1254.
    """
    chosen = settings or LatentClassSettings()
    posterior = sample_latent_class_posterior(
        histories, np.random.default_rng(seed), chosen, progress
    )
    intervals = tuple(posterior.interval(level) for level in levels)
    median = posterior.quantile(0.5)
    # No overlap warning: lists that never overlap are no problem without interaction terms.
    warnings = diagnostics.dropped_list_warnings(dropped) + _sampler_warnings(posterior)
    warnings += diagnostics.ratio_warning(median, histories.observed_total)
    return posterior_estimate(
        histories_list_names=histories.list_names,
        n_observed=histories.observed_total,
        median=median,
        intervals=intervals,
        method="lcmcr",
        warnings=tuple(warnings),
        assumptions=LATENT_CLASS_ASSUMPTIONS,
    )


def sample_latent_class_posterior(
    histories: CaptureHistories,
    rng: np.random.Generator,
    settings: LatentClassSettings | None = None,
    progress: ProgressCallback | None = None,
) -> LatentClassPosterior:
    """Run the LCMCR Gibbs sampler and keep the thinned draws after burn-in.

    Each iteration draws, in the order of the LCMCR package: the class counts of every
    observed cell (multinomial), the capture probabilities (Beta), the stick-breaking
    weights, the number unobserved (negative binomial), their class counts (multinomial)
    and the concentration alpha (Gamma).

    Raises:
        EstimationInputError: bad settings or nobody observed.

    Assumptions:
        As :func:`estimate_latent_class`.

    References:
        Manrique-Vallier (2016) Biometrics 72, 1246-1254 (model and Gibbs sampler); the R
        package LCMCR (update order, warm-up).
    """
    chosen = settings or LatentClassSettings()
    _check_settings(chosen, histories)
    table = _table_of(histories)
    state = _warmed_up_state(table, chosen, rng)
    totals, occupied, alphas = [], [], []
    for iteration in range(1, chosen.iterations + 1):
        _update(table, state, chosen, rng)
        if iteration > chosen.burn_in and (iteration - chosen.burn_in) % chosen.thinning == 0:
            totals.append(table.observed + state.missing)
            occupied.append(int(np.count_nonzero(state.class_sizes)))
            alphas.append(state.alpha)
        if progress is not None and iteration % PROGRESS_EVERY_ITERATIONS == 0:
            progress(iteration, chosen.iterations)
    return LatentClassPosterior(
        histories.observed_total, chosen, tuple(totals), tuple(occupied), tuple(alphas)
    )


def effective_sample_size(values: FloatArray) -> float:
    """Effective sample size of a Markov chain's draws (Geyer 1992, initial positive sequence).

    References:
        Geyer, C. J. (1992). Practical Markov chain Monte Carlo. Statistical Science 7, 473-483.
    """
    size = values.size
    centred = values - values.mean()
    if size < 4 or not np.any(centred):
        return float(size)
    spectrum = np.fft.rfft(centred, 2 * size)
    autocovariance = np.fft.irfft(spectrum * np.conj(spectrum))[:size]
    autocorrelation = autocovariance / autocovariance[0]
    pairs = autocorrelation[: 2 * (size // 2)].reshape(-1, 2).sum(axis=1)
    non_positive = np.flatnonzero(pairs <= 0)
    kept = pairs[: non_positive[0]] if non_positive.size else pairs
    autocorrelation_time = max(2.0 * float(kept.sum()) - 1.0, 1.0 / size)
    return float(size / autocorrelation_time)


def _check_settings(settings: LatentClassSettings, histories: CaptureHistories) -> None:
    problems = [
        FieldProblem(field=name, message=message, code="bad_setting")
        for name, is_bad, message in (
            ("max_classes", settings.max_classes < 2, "use at least two latent classes"),
            ("alpha_shape", settings.alpha_shape <= 0, "the Gamma shape must be positive"),
            ("alpha_rate", settings.alpha_rate <= 0, "the Gamma rate must be positive"),
            ("burn_in", settings.burn_in < 0, "burn-in cannot be negative"),
            ("draws", settings.draws < 1, "keep at least one draw"),
            ("thinning", settings.thinning < 1, "thinning must be at least 1"),
            ("warm_up", settings.warm_up < 0, "warm-up cannot be negative"),
            ("count", histories.observed_total < 1, "nobody was observed"),
        )
        if is_bad
    ]
    if problems:
        raise EstimationInputError(problems)


def _table_of(histories: CaptureHistories) -> _Table:
    masks = cell_masks(histories.list_count)
    lists = np.arange(histories.list_count)
    cells: FloatArray = (masks[:, None] >> lists[None, :] & 1).astype(np.float64)
    counts: IntArray = np.asarray(histories.counts, dtype=np.int64)
    return _Table(cells, counts, int(counts.sum()))


def _initial_state(table: _Table, settings: LatentClassSettings) -> _State:
    # As LCMCR: every class starts at the lists' observed capture rates.
    classes = settings.max_classes
    rates = (table.cells.T @ table.counts) / table.observed
    rates = np.clip(rates, 0.5 / table.observed, 1 - 0.5 / table.observed)
    return _State(
        log_capture=np.repeat(np.log(rates)[:, None], classes, axis=1),
        log_escape=np.repeat(np.log1p(-rates)[:, None], classes, axis=1),
        log_weights=np.log(_initial_weights(classes)),
        alpha=WARM_UP_CONCENTRATION / classes,
        missing=0,
        missing_by_class=np.zeros(classes, dtype=np.int64),
        class_sizes=np.zeros(classes, dtype=np.int64),
    )


def _warmed_up_state(
    table: _Table, settings: LatentClassSettings, rng: np.random.Generator
) -> _State:
    # As LCMCR: a warm-up with alpha held small keeps people in a few leading classes;
    # the classes are then put in decreasing order of weight, the order the stick-breaking
    # prior favours.
    state = _initial_state(table, settings)
    for _ in range(settings.warm_up):
        _update_classes(table, state, rng)
    order = np.argsort(-state.log_weights, kind="stable")
    state.log_capture = state.log_capture[:, order]
    state.log_escape = state.log_escape[:, order]
    state.log_weights = state.log_weights[order]
    state.missing_by_class = state.missing_by_class[order]
    state.class_sizes = state.class_sizes[order]
    return state


def _initial_weights(classes: int) -> FloatArray:
    # Start simple: nearly everyone in the first class. The Gibbs sampler splits a class
    # off easily but merges classes only slowly; started from LCMCR's four equal classes,
    # 5 of 8 chains on the UK five-list table sat in a many-class state at N of about
    # 12,000 for more than 10^5 iterations, while chains that reached N of about 22,000
    # never went back in 10^6 iterations (docs/estimation.md).
    weights = np.full(classes, INITIAL_MINOR_WEIGHT / (classes - 1))
    weights[0] = 1.0 - INITIAL_MINOR_WEIGHT
    return weights


def _update(
    table: _Table, state: _State, settings: LatentClassSettings, rng: np.random.Generator
) -> None:
    _update_classes(table, state, rng)
    log_last_weight = float(state.log_weights[-1])
    # Conjugate update: sum of log(1 - V_k) over the K - 1 breaks is log of the last weight.
    state.alpha = float(
        rng.gamma(
            settings.alpha_shape + settings.max_classes - 1,
            1.0 / (settings.alpha_rate - log_last_weight),
        )
    )


def _update_classes(table: _Table, state: _State, rng: np.random.Generator) -> None:
    by_cell = _draw_observed_classes(table, state, rng)
    state.class_sizes = by_cell.sum(axis=0) + state.missing_by_class
    _draw_capture_probabilities(table.cells.T @ by_cell, state, rng)
    _draw_class_weights(state, rng)
    _draw_missing(table.observed, state, rng)
    state.class_sizes = by_cell.sum(axis=0) + state.missing_by_class


def _draw_observed_classes(table: _Table, state: _State, rng: np.random.Generator) -> IntArray:
    log_probability = (
        table.cells @ state.log_capture
        + (1.0 - table.cells) @ state.log_escape
        + state.log_weights[None, :]
    )
    probability = np.exp(log_probability - log_probability.max(axis=1, keepdims=True))
    probability /= probability.sum(axis=1, keepdims=True)
    by_cell: IntArray = rng.multinomial(table.counts, probability)
    return by_cell


def _draw_capture_probabilities(
    captured: FloatArray, state: _State, rng: np.random.Generator
) -> None:
    # Beta(1 + captured, 1 + missed) through two Gamma draws, kept on the log scale so
    # that neither lambda nor 1 - lambda rounds to 0 or 1.
    missed = state.class_sizes[None, :] - captured
    state.log_capture, state.log_escape = _log_beta_pair(1.0 + captured, 1.0 + missed, rng)


def _draw_class_weights(state: _State, rng: np.random.Generator) -> None:
    sizes = state.class_sizes.astype(np.float64)
    later = sizes.sum() - np.cumsum(sizes)
    log_break, log_rest = _log_beta_pair(1.0 + sizes[:-1], state.alpha + later[:-1], rng)
    log_remaining = np.concatenate(([0.0], np.cumsum(log_rest)))
    state.log_weights = np.concatenate((log_break, [0.0])) + log_remaining


def _draw_missing(observed: int, state: _State, rng: np.random.Generator) -> None:
    # With p(N) proportional to 1/N, n0 given the rest is negative binomial: failures before
    # `observed` successes, success = being captured at least once.
    log_unseen_by_class = state.log_weights + state.log_escape.sum(axis=0)
    log_unseen = float(np.logaddexp.reduce(log_unseen_by_class))
    seen_probability = max(-float(np.expm1(log_unseen)), np.finfo(np.float64).tiny)
    state.missing = int(rng.negative_binomial(observed, seen_probability))
    shares = np.exp(log_unseen_by_class - log_unseen)
    state.missing_by_class = rng.multinomial(state.missing, shares / shares.sum())


def _log_beta_pair(
    first: FloatArray, second: FloatArray, rng: np.random.Generator
) -> tuple[FloatArray, FloatArray]:
    """``log V`` and ``log(1 - V)`` for ``V ~ Beta(first, second)``, elementwise."""
    log_first = _log_gamma_variates(first, rng)
    log_second = _log_gamma_variates(second, rng)
    log_total = np.logaddexp(log_first, log_second)
    return log_first - log_total, log_second - log_total


def _log_gamma_variates(shape: FloatArray, rng: np.random.Generator) -> FloatArray:
    # Gamma(a) = Gamma(a + 1) * U**(1/a): on the log scale this never underflows, even for
    # the tiny shapes the last stick-breaking fractions get when alpha is small.
    log_values: FloatArray = np.log(rng.standard_gamma(shape + 1.0)) + (
        np.log1p(-rng.random(np.shape(shape))) / shape
    )
    return log_values


def _sampler_warnings(posterior: LatentClassPosterior) -> list[str]:
    warnings = []
    effective = posterior.effective_sample_size()
    if effective < MIN_EFFECTIVE_DRAWS:
        warnings.append(
            f"effective sample size of the N draws is only {effective:,.0f} of "
            f"{len(posterior.totals):,}: the posterior limits carry Monte Carlo error; run "
            "more draws or thin more"
        )
    share = posterior.full_truncation_share()
    if share > FULL_TRUNCATION_SHARE:
        warnings.append(
            f"all {posterior.settings.max_classes} latent classes were occupied in "
            f"{share:.0%} of draws: the truncation K may be too small"
        )
    return warnings
