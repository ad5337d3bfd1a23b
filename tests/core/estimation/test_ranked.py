"""Stacked fits of many models on many tables, pruned to what can change a selection."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from tipnet.core.estimation import CaptureHistories
from tipnet.core.estimation.batch import fit_model_batch
from tipnet.core.estimation.bootstrap import nested_selection
from tipnet.core.estimation.fitting import fit_model
from tipnet.core.estimation.models import enumerate_hierarchical_models, parse_model
from tipnet.core.estimation.ranked import fit_pairs, rank_on_tables

Tables = Callable[[str], CaptureHistories]


def _resamples(counts: np.ndarray, size: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    total = int(counts.sum())
    return rng.multinomial(total, counts / total, size=size).astype(np.float64)


def test_stacked_fits_equal_one_at_a_time_fits(mse_table: Tables) -> None:
    # New Orleans resamples have empty cells: terms at minus infinity, dropped cells and
    # models that are not identifiable on some tables.
    counts = mse_table("new_orleans_5lists_v2024.csv").count_vector()
    tables = _resamples(counts, 12, seed=5)
    models = tuple(parse_model(text, 5) for text in ("[1,2,3,4,5]", "[12,34,5]", "[123,45]"))
    model_rows = np.repeat(np.arange(len(models)), len(tables))
    table_rows = np.tile(np.arange(len(tables)), len(models))
    fits = fit_pairs(models, model_rows, tables, table_rows, np.log(tables.sum(axis=1)))
    singles = [fit_model(models[m], tables[r]) for m, r in zip(model_rows, table_rows, strict=True)]
    usable = fits.identifiable & fits.certified
    assert usable.sum() > 20
    np.testing.assert_allclose(
        fits.population[usable], [fit.population for fit in np.array(singles)[usable]], rtol=1e-8
    )
    np.testing.assert_allclose(
        fits.score[usable], [fit.bic for fit in np.array(singles)[usable]], rtol=1e-9
    )


def test_pruned_ranking_selects_exactly_as_fitting_every_model(mse_table: Tables) -> None:
    counts = mse_table("new_orleans_5lists_v2024.csv").count_vector()
    tables = _resamples(counts, 15, seed=11)
    models = enumerate_hierarchical_models(5, 2)[:250]
    penalty = np.log(tables.sum(axis=1))
    populations, scores = rank_on_tables(models, tables, penalty)
    batches = [fit_model_batch(model, tables) for model in models]
    every_population = np.vstack([fit.population for fit in batches])
    every_score = np.vstack([fit.bic for fit in batches])
    pruned = np.isnan(scores) & np.isfinite(every_score)
    assert pruned.mean() > 0.5
    np.testing.assert_allclose(
        nested_selection(populations, scores),
        nested_selection(every_population, every_score),
        rtol=1e-9,
        equal_nan=True,
    )


def test_models_without_an_mle_or_identifiability_are_never_selected(mse_table: Tables) -> None:
    # CSV21 Table 3 (PUBLISHED.md §8): [12,13,23] not identifiable, [12,3] no MLE,
    # main effects fine.
    counts = mse_table("artificial_3lists.csv").count_vector()
    models = tuple(parse_model(text, 3) for text in ("[12,13,23]", "[12,3]", "[1,2,3]"))
    populations, scores = rank_on_tables(models, counts[None, :], np.log(counts.sum(keepdims=True)))
    assert np.isnan(scores[:2, 0]).all()
    assert populations[2, 0] == pytest.approx(fit_model(models[2], counts).population, rel=1e-12)
