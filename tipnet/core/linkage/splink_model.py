"""The Splink 5 model of :mod:`~tipnet.core.linkage.scoring`: settings, training, prediction.

Kept apart from the record loading so the same settings can be read (and re-used on
Splink's Spark backend, see ``docs/linkage.md``) without the DuckDB table building.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule

from tipnet.core.errors import LinkageError

__all__ = [
    "PLAN_V1",
    "PLAN_V2",
    "LevelParameters",
    "ModelPlan",
    "SplinkRun",
    "dice_sql",
    "field_comparison",
    "linkage_settings",
    "plan_for_version",
    "reestimate_prior",
    "run_splink_model",
    "u_without_matches",
]

RECORD_TABLE = "tipnet_pprl_records"  # never ``left``/``right``: Splink does not quote names


@dataclass(frozen=True)
class ModelPlan:
    """What the Splink model compares and how, for one layout version.

    Attributes:
        compared_fields: the fields compared (each needs 1 % of records to hold it).
        dice_levels: field -> Dice cut-offs of the levels, best first (the last cut of
            ``birth_date`` is its year-only level).
        m_priors: field -> starting m of each level, best first, "else" last.
        lsh_bands: field -> number of LSH bands sampled from its filter, in band order.
        em_blocks: field -> SQL of the EM session blocked on one of its bands.
        partial_date_max_bits: a birth-date filter with at most this many set bits holds
            a year only.
        assumptions: what scores made with this plan rest on.
        fixed_m_fields: fields whose m stays at its starting value (EM does not train it).
        else_m_floor: smallest m of an "else" level after training (how often, at least,
            records of one person disagree on a field).
        corrects_sampled_u: take the matches out of the random sample's level shares and
            score again (:func:`u_without_matches`).
    """

    compared_fields: tuple[str, ...]
    dice_levels: Mapping[str, tuple[float, ...]]
    m_priors: Mapping[str, tuple[float, ...]]
    lsh_bands: Mapping[str, int]
    em_blocks: Mapping[str, str]
    partial_date_max_bits: int
    assumptions: tuple[str, ...]
    fixed_m_fields: tuple[str, ...] = ()
    else_m_floor: float = 1e-3
    corrects_sampled_u: bool = False


_COMMON_ASSUMPTIONS = (
    (
        "All extracts were encoded with the same layout version and the same network secret "
        "(checked through the key check value); filters from different secrets compare as noise."
    ),
    (
        "Only candidate pairs are scored: a true match sharing no blocking token and no LSH band "
        "key, or only keys dropped as too common, is never compared (blocking recall limit)."
    ),
    (
        "Pairs never compared are treated as non-matches when the prior match probability is "
        "re-estimated."
    ),
)

_U_CORRECTION_ASSUMPTION = (
    "u is a level's share of random record pairs less the matches among them "
    "((share - prior * m) / (1 - prior), with the prior of a first scoring), then the pairs "
    "are scored again: where many people appear in several lists, the random pairs agreeing "
    "on a full name are mostly the same person."
)

PLAN_V1 = ModelPlan(
    compared_fields=("given_names", "family_names", "birth_date", "place_of_origin"),
    dice_levels={
        "given_names": (0.85, 0.7, 0.55),
        "family_names": (0.85, 0.7, 0.55),
        "birth_date": (0.85, 0.65, 0.4),
        "place_of_origin": (0.85, 0.7, 0.55),
    },
    # Starting m values per level (best level first, "else" last); EM refines them. A
    # sensible start keeps EM away from degenerate solutions on small data.
    m_priors={
        "given_names": (0.6, 0.15, 0.1, 0.15),
        "family_names": (0.6, 0.15, 0.1, 0.15),
        "birth_date": (0.5, 0.15, 0.2, 0.15),
        "place_of_origin": (0.5, 0.1, 0.1, 0.3),
    },
    lsh_bands={"given_names": 8, "family_names": 8, "birth_date": 8},
    em_blocks={
        # band_0 samples the given-name filter, band_8 the family-name filter
        "given_names": "l.band_0 = r.band_0 AND l.given_names IS NOT NULL",
        "family_names": "l.band_8 = r.band_8 AND l.family_names IS NOT NULL",
    },
    # A year-only birth date sets about 45-70 of the 256 bits after diffusion and noise, a
    # full date about 100-125 (measured over 200 records each).
    partial_date_max_bits=85,
    assumptions=(
        (
            "Fields are conditionally independent given match status (Fellegi-Sunter); salted "
            "name filters agree only when birth year and sex agree too, so name and birth-date "
            "evidence overlaps and scores of same-name, same-year non-matches are inflated."
        ),
        *_COMMON_ASSUMPTIONS[:2],
        (
            "Records whose birth year or sex differs or is missing on one side cannot agree on "
            "the salted name fields; such matches rest on the birth-date filter alone."
        ),
        (
            "Sex and nationality are not compared: their filters are salted with birth year and "
            "sex, so agreement of these few categories mostly repeats the birth-date evidence."
        ),
        _COMMON_ASSUMPTIONS[2],
    ),
)

PLAN_V2 = ModelPlan(
    compared_fields=("names", "birth_date", "place_of_origin", "nationality"),
    dice_levels={
        # Unrelated hardened names filters have Dice 0.46 +- 0.03 (99th percentile 0.53 over
        # random pairs, which the linker can sample itself); diffusion pushes a two-word name
        # with one word in common down to 0.55-0.6, so 0.55 is the last level above chance.
        "names": (0.8, 0.7, 0.6, 0.55),
        "birth_date": (0.8, 0.6, 0.4),
        "place_of_origin": (0.8, 0.7, 0.6),
        "sex": (0.7,),
        "nationality": (0.7,),
    },
    m_priors={
        "names": (0.6, 0.15, 0.1, 0.05, 0.1),
        "birth_date": (0.5, 0.15, 0.2, 0.15),
        "place_of_origin": (0.5, 0.1, 0.1, 0.3),
        "sex": (0.95, 0.05),
        "nationality": (0.9, 0.1),
    },
    # 16 date bands: with 8, one identical date in six (noise on both sides) shares no band.
    lsh_bands={"names": 16, "birth_date": 16},
    em_blocks={
        # band_0 samples the names filter, band_16 the birth-date filter
        "names": "l.band_0 = r.band_0 AND l.names IS NOT NULL",
        "birth_date": "l.band_16 = r.band_16 AND l.birth_date IS NOT NULL",
    },
    # Layout v2 noise (16/256) moves fills towards one half: a year-only date sets about
    # 60-85 of 256 bits, a full date about 100-125.
    partial_date_max_bits=90,
    assumptions=(
        (
            "Fields are conditionally independent given match status (Fellegi-Sunter); given "
            "and family names form one order-free filter, so a name swap still agrees."
        ),
        *_COMMON_ASSUMPTIONS,
        _U_CORRECTION_ASSUMPTION,
        (
            "Common names weigh as much as rare ones: the filters cannot be grouped by value, "
            "so there is no term-frequency adjustment."
        ),
        (
            "Nationality (an unsalted filter in layout v2) is compared with m trained by EM: with "
            "names and birth date alone, each EM session has one free comparison, whose two "
            "classes EM cannot tell apart (it took 'same full date' for 'same person'). Sex is "
            "not compared."
        ),
    ),
    fixed_m_fields=("sex",),
    else_m_floor=0.02,
    corrects_sampled_u=True,
)

_PLANS = {1: PLAN_V1, 2: PLAN_V2}


def plan_for_version(version: int) -> ModelPlan:
    """The model plan of a layout version.

    Raises:
        LinkageError: no plan for this version.
    """
    if version not in _PLANS:
        raise LinkageError(f"No linkage model for layout version {version}.")
    return _PLANS[version]


U_SAMPLE_PAIRS = 5e6
# Scoring rounds that correct u for the matches in the random sample. One: the prior of the
# uncorrected scores is a lower bound (their u understates the evidence, so they find fewer
# matches), so one round cannot over-correct; iterating to the fixed point fed the model's
# own links back (on the synthetic network u of a full-name agreement fell to the 1e-6
# floor and namesakes of one nationality linked). Layout v1 does not correct at all: its
# salted names repeat the birth-year evidence, so its weights already over-count (synthetic
# network F1 0.575 -> 0.527 with the correction, measured).
U_CORRECTION_ROUNDS = 1
_PRIOR_ITERATIONS = 100
EM_PAIR_LIMIT = 2e6
# Splink 5 rejects an m or u of exactly 0. m is kept at 0.001 or more so that a level EM never
# saw among matches (small training samples) cannot veto a pair on its own.
_FLOORS = {"m_probability": 1e-3, "u_probability": 1e-6}


ScoredPairs = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]]
"""Left record numbers, right record numbers and Splink match weights of scored pairs."""


@dataclass(frozen=True)
class LevelParameters:
    """The trained parameters of one comparison level.

    Attributes:
        field: the compared field.
        label: the level, for example ``"Dice >= 0.85"``.
        m_probability: P(level | records match).
        u_probability: P(level | records do not match).
    """

    field: str
    label: str
    m_probability: float
    u_probability: float

    @property
    def match_weight(self) -> float:
        """log2(m / u): the evidence this level adds to a pair's match weight."""
        return math.log2(self.m_probability / self.u_probability)


@dataclass(frozen=True, eq=False)
class SplinkRun:
    """What a trained and applied Splink model hands back.

    Attributes:
        pairs: record numbers (left, right) and Splink match weight of every scored pair.
        prior_weight: log2 prior odds included in those weights.
        parameters: m and u of every comparison level.
        blocking_rules: the SQL of the prediction blocking rules.
        warnings: training problems worth reporting.
    """

    pairs: ScoredPairs
    prior_weight: float
    parameters: tuple[LevelParameters, ...]
    blocking_rules: tuple[str, ...]
    warnings: tuple[str, ...]


def dice_sql(name: str) -> str:
    """Splink SQL for the Dice similarity of a field's two ``BIT`` filters."""
    return (
        f"(bit_count({name}_l & {name}_r) * 2.0 / "
        f"greatest(bit_count({name}_l) + bit_count({name}_r), 1))"
    )


def field_comparison(name: str, plan: ModelPlan = PLAN_V1) -> dict[str, Any]:
    """A Splink comparison: null level, Dice levels with m starting values, then else."""
    priors = plan.m_priors[name]
    levels: list[dict[str, Any]] = [
        {
            "sql_condition": f"{name}_l IS NULL OR {name}_r IS NULL",
            "label_for_charts": "missing",
            "is_null_level": True,
        }
    ]
    levels += [
        {
            "sql_condition": f"{dice_sql(name)} >= {cut}",
            "label_for_charts": f"Dice >= {cut}",
            "m_probability": prior,
            "fix_m_probability": name in plan.fixed_m_fields,
        }
        for cut, prior in zip(plan.dice_levels[name], priors, strict=False)
    ]
    if name == "birth_date":
        levels[-1] = _year_only_level(priors[len(levels) - 2], plan)
    levels.append(
        {
            "sql_condition": "ELSE",
            "label_for_charts": "else",
            "m_probability": priors[-1],
            "fix_m_probability": name in plan.fixed_m_fields,
        }
    )
    return {"output_column_name": name, "comparison_levels": levels}


def _year_only_level(prior: float, plan: ModelPlan) -> dict[str, Any]:
    """Year agreement counts only when one side holds the year alone.

    Two full dates of the same year but another day share only the year and decade
    features, as a full date and a year-only date of that year do; the number of set bits
    tells the two cases apart, so a differing full date falls to the "else" level.
    """
    cut = plan.dice_levels["birth_date"][-1]
    one_side_is_year_only = (
        f"least(bit_count(birth_date_l), bit_count(birth_date_r)) <= {plan.partial_date_max_bits}"
    )
    return {
        "sql_condition": f"{dice_sql('birth_date')} >= {cut} AND {one_side_is_year_only}",
        "label_for_charts": f"Dice >= {cut}, year only",
        "m_probability": prior,
    }


def linkage_settings(
    fields: Sequence[str], record_count: int, plan: ModelPlan = PLAN_V1
) -> SettingsCreator:
    """Splink settings: one comparison per field, blocking on the unnested key lists."""
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[field_comparison(name, plan) for name in fields],
        blocking_rules_to_generate_predictions=[
            block_on("blocking_keys", arrays_to_explode=["blocking_keys"])
        ],
        probability_two_random_records_match=1.0 / max(record_count, 2),
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
        max_iterations=50,
    )


def run_splink_model(
    connection: duckdb.DuckDBPyConnection,
    fields: Sequence[str],
    *,
    report: Callable[[str, int, int], None],
    stage_count: int,
    seed: int,
    plan: ModelPlan = PLAN_V1,
    minimum_match_probability: float | None = None,
) -> SplinkRun:
    """Train u (random sampling) and m (EM), then score the blocked pairs.

    ``minimum_match_probability``: pairs whose Splink match probability (at the starting
    prior 1/n) is below it are scored but not handed back, so DuckDB never materialises
    nor sorts them and Python never holds them; ``None`` keeps every blocked pair.

    Raises:
        LinkageError: no field is held by enough records to be compared.
    """
    if not fields:
        raise LinkageError("No identifying field is filled in enough records to compare.")
    record_count = _count(connection, f"SELECT count(*) FROM {RECORD_TABLE}")  # noqa: S608
    database = DuckDBAPI(connection)
    table = database.register(RECORD_TABLE)
    linker = Linker(table, linkage_settings(fields, record_count, plan), log_level=None)
    report("Estimating u", 2, stage_count)
    linker.training.estimate_u_using_random_sampling(
        max_pairs=min(U_SAMPLE_PAIRS, record_count * (record_count - 1) / 2), seed=seed
    )
    sampled = _level_u(linker)
    report("Estimating m", 3, stage_count)
    warnings, restored = _train_m(linker, fields, plan)
    report("Scoring", 4, stage_count)
    prior_weight = math.log2(1.0 / (max(record_count, 2) - 1.0))
    pairs = _predict(connection, linker, minimum_match_probability)
    # The correction subtracts the matches m predicts; a starting m put back in place of a
    # degenerate EM estimate is a guess, not an estimate, so it subtracts nothing.
    corrects = plan.corrects_sampled_u and not restored
    for _ in range(U_CORRECTION_ROUNDS if corrects else 0):
        prior, _probabilities = reestimate_prior(pairs[2], prior_weight, record_count)
        if not _correct_u_for_sampled_matches(linker, sampled, prior):
            break
        pairs = _predict(connection, linker, minimum_match_probability)
    settings = linker._settings_obj  # Splink exposes trained values only here
    return SplinkRun(
        pairs=pairs,
        prior_weight=prior_weight,
        parameters=tuple(_level_parameters(settings)),
        blocking_rules=(
            "l.blocking_keys = r.blocking_keys (unnested keyed tokens and LSH band keys)",
        ),
        warnings=tuple(warnings),
    )


def _predict(
    connection: duckdb.DuckDBPyConnection, linker: Linker, minimum_match_probability: float | None
) -> ScoredPairs:
    """Record numbers (left, right) and match weight of the blocked pairs, by record order."""
    predictions = linker.inference.predict(threshold_match_probability=minimum_match_probability)
    relation = connection.sql(
        "SELECT unique_id_l, unique_id_r, match_weight "  # noqa: S608  # Splink's own table
        f"FROM {predictions.physical_name} ORDER BY unique_id_l, unique_id_r"
    )
    left, right, weights = relation.fetchnumpy().values()
    predictions.drop_table_from_database_and_remove_from_cache()
    return (
        np.asarray(left, dtype=np.int64),
        np.asarray(right, dtype=np.int64),
        np.asarray(weights, dtype=np.float64),
    )


def _level_u(linker: Linker) -> dict[tuple[str, int], float]:
    """Each non-null level's share of the random sample, keyed by (comparison, level index)."""
    return {
        (comparison.output_column_name, index): float(level.u_probability)
        for comparison in linker._settings_obj.comparisons  # no public getter
        for index, level in enumerate(comparison.comparison_levels)
        if not level.is_null_level and isinstance(level.u_probability, float)
    }


def u_without_matches(sampled_share: float, m_probability: float, prior: float) -> float:
    """A level's u from its share of random pairs: ``(P - prior * m) / (1 - prior)``, floored.

    Args:
        sampled_share: the level's share ``P`` of the random sample (Splink's sampled u).
        m_probability: the level's m.
        prior: P(two random records match).
    """
    corrected = (sampled_share - prior * m_probability) / (1.0 - prior)
    return max(corrected, _FLOORS["u_probability"])


def _correct_u_for_sampled_matches(
    linker: Linker, sampled: Mapping[tuple[str, int], float], prior: float
) -> bool:
    """Take the matches out of the random sample: ``u = (P - prior * m) / (1 - prior)``.

    A random pair is a match with probability ``prior``, so a level's share ``P`` of the
    random sample is ``prior * m + (1 - prior) * u``. Splink reads ``P`` as ``u``, which is
    right while matches are a negligible part of the pairs reaching the level. For a full
    name agreement in a network where many people are seen twice they are not (in the
    synthetic network about two thirds of the random pairs that agree on the full name are
    the same person), and the name's evidence is then understated by more than a bit.

    Returns:
        Whether any u moved by more than 1 % (then the pairs must be scored again).
    """
    moved = False
    for comparison in linker._settings_obj.comparisons:  # no public setter
        for index, level in enumerate(comparison.comparison_levels):
            share = sampled.get((comparison.output_column_name, index))
            if share is None:  # a null level (Splink refuses to read its m)
                continue
            m_probability, u_probability = level.m_probability, level.u_probability
            if m_probability is None or u_probability is None:
                continue
            corrected = u_without_matches(share, m_probability, prior)
            moved = moved or abs(corrected - u_probability) > 0.01 * corrected
            level.u_probability = corrected
    return moved


def _count(connection: duckdb.DuckDBPyConnection, sql: str) -> int:
    rows = connection.execute(sql).fetchall()
    return int(rows[0][0]) if rows else 0


def _train_m(linker: Linker, fields: Sequence[str], plan: ModelPlan) -> tuple[list[str], list[str]]:
    """Train m by EM; return the warnings and the fields given no weight (degenerate EM)."""
    warnings: list[str] = []
    for blocked_field, rule in plan.em_blocks.items():
        if blocked_field not in fields:
            continue
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                CustomRule(rule), estimate_without_term_frequencies=True, max_pairs=EM_PAIR_LIMIT
            )
        except Exception as error:  # Splink raises bare exceptions here
            warnings.append(f"EM blocked on {blocked_field} failed ({error}); priors kept.")
    degenerate = _degenerate_fields(linker)
    warnings += [
        f"EM put the matches of {name} mostly at its weakest agreement level (m {m_values}); "
        f"{name} is given no weight and u is not corrected for sampled matches."
        for name, m_values in degenerate
    ]
    _floor_probabilities(linker, plan)
    names = [name for name, _m_values in degenerate]
    _neutralise(linker, names)  # after the floors, which would give m > u again
    return warnings, names


def best_level_beats_weakest(m_probabilities: Sequence[float]) -> bool:
    """Whether the best level's m is at least that of the weakest agreeing level.

    The weakest Dice level is the last one above chance: it holds pairs sharing one name
    word or a nearby date, which for records of one person is a variant or noise, rarer
    than agreeing fully. When EM puts more of its "match" class there than at the best
    level, the class it found is not "same person" but a sub-population of non-matches,
    such as namesakes sharing a common name word: the known failure of Fellegi-Sunter EM
    where true links are few or absent. (Middle levels are not compared: with name variants
    the matches of the synthetic network are spread over them, m 0.28, 0.14, 0.33, 0.26.)

    Args:
        m_probabilities: m of a comparison's non-null levels, best first, "else" last.
    """
    agreeing = m_probabilities[:-1]
    return len(agreeing) < 2 or agreeing[0] >= agreeing[-1]


def _degenerate_fields(linker: Linker) -> list[tuple[str, str]]:
    """Fields whose trained m fails :func:`best_level_beats_weakest`, with that m."""
    degenerate: list[tuple[str, str]] = []
    for comparison in linker._settings_obj.comparisons:  # no public getter
        levels = [level for level in comparison.comparison_levels if not level.is_null_level]
        trained = [level.m_probability for level in levels]
        if not all(isinstance(m, float) for m in trained):  # a level EM never reached
            continue
        m_values = [m for m in trained if isinstance(m, float)]
        if not best_level_beats_weakest(m_values):
            text = ", ".join(f"{m:.3g}" for m in m_values)
            degenerate.append((comparison.output_column_name, text))
    return degenerate


def _neutralise(linker: Linker, names: Sequence[str]) -> None:
    """Set m = u on every level of these fields: their agreement weighs 0 bits.

    EM's m of such a field describes chance agreement, not matches, and the starting m is
    a guess (put back, it made namesakes links once the prior was re-estimated: 10^5
    distinct records fell to 81,678 clusters). A field without a trustworthy m gives no
    evidence either way, so a degenerate EM can cost links but never invent them.
    """
    for comparison in linker._settings_obj.comparisons:  # no public setter
        if comparison.output_column_name not in names:
            continue
        for level in comparison.comparison_levels:
            if not level.is_null_level and isinstance(level.u_probability, float):
                level.m_probability = level.u_probability


def _floor_probabilities(linker: Linker, plan: ModelPlan) -> None:
    settings = linker._settings_obj  # no public setter for trained values
    for comparison in settings.comparisons:
        for level in comparison.comparison_levels:
            if level.is_null_level:
                continue
            floors = dict(_FLOORS)
            if level._is_else_level:  # Splink keeps this flag private
                floors["m_probability"] = max(floors["m_probability"], plan.else_m_floor)
            for attribute, floor in floors.items():
                value = getattr(level, attribute)
                if not isinstance(value, float) or value < floor:
                    setattr(level, attribute, floor)


def _level_parameters(settings: Any) -> list[LevelParameters]:
    return [
        LevelParameters(
            field=comparison.output_column_name,
            label=level.label_for_charts,
            m_probability=float(level.m_probability),
            u_probability=float(level.u_probability),
        )
        for comparison in settings.comparisons
        for level in comparison.comparison_levels
        if not level.is_null_level
    ]


def reestimate_prior(
    weights: npt.NDArray[np.float64], prior_weight: float, record_count: int
) -> tuple[float, npt.NDArray[np.float64]]:
    """Re-estimate P(two random records match) by EM over the scored pairs.

    With m and u fixed, the expected number of matches is the sum of the pairs' posterior
    match probabilities (pairs never compared count as non-matches); dividing by the number
    of all record pairs gives the next prior. Iterating to the fixed point is EM for the
    prior alone.

    Args:
        weights: Splink match weights of the scored pairs.
        prior_weight: the log2 prior odds those weights include.
        record_count: number of records (all pairs = n (n - 1) / 2).

    Returns:
        The prior and the posterior match probability of each pair.
    """
    all_pairs = max(record_count * (record_count - 1) / 2, 1.0)
    bayes_weights = weights - prior_weight
    prior = min(max(1.0 / all_pairs, 2.0**prior_weight / (1 + 2.0**prior_weight)), 0.5)
    probabilities = _posterior(bayes_weights, prior)
    for _ in range(_PRIOR_ITERATIONS):
        updated = float(np.clip(probabilities.sum() / all_pairs, 1.0 / all_pairs, 0.5))
        probabilities = _posterior(bayes_weights, updated)
        if abs(updated - prior) <= 1e-6 * prior:
            prior = updated
            break
        prior = updated
    return prior, probabilities


def _posterior(bayes_weights: npt.NDArray[np.float64], prior: float) -> npt.NDArray[np.float64]:
    log_odds = np.clip(bayes_weights + _log2_odds(prior), -1000.0, 1000.0)
    return np.asarray(1.0 / (1.0 + np.exp2(-log_odds)), dtype=np.float64)


def _log2_odds(probability: float) -> float:
    return math.log2(probability / (1.0 - probability))
