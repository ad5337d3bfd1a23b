"""Red-team tests: cryptanalysis of the linkage encodings of a synthetic population.

Attacker model: the linkage step (or anyone holding an extract) knows the layout and every
algorithm (Kerckhoffs), holds a public name-frequency list that matches the population
exactly (the worst case), but not the network secret.

* Frequency alignment: cluster the filters of one name field (equal or near-equal filters,
  Dice >= 0.85, so keyed noise does not hide repeats) and give the i-th largest cluster the
  i-th most frequent name of the list.
* Pattern mining: take the 30 largest clusters as known plaintext, find for each q-gram the
  bit positions set in (almost) every record holding it and rarely elsewhere, decode every
  record into q-grams and re-identify it as the list name with the closest q-gram set.

A record counts as re-identified when either its given or its family name is guessed
correctly. Unhardened v1 encodings (one filter per name) must fall to the attacks, which
shows the attacks are real; hardened ones must stay below 1%. The attacks run against the
default layout (v2) and against layout v1, which extracts may still use. Layout v2 holds
given and family names in one ``names`` filter: the attacker aligns its clusters once with
the given-name list and once with the family-name list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pytest

from tipnet.core.linkage.bloom import bytes_to_bits
from tipnet.core.linkage.encoder import LinkageIdentifiers, encode_identifier_batch
from tipnet.core.linkage.features import extract_features, fold_name
from tipnet.core.linkage.layout import (
    DEFAULT_LAYOUT,
    LAYOUT_V1,
    LAYOUT_V2,
    FeatureKind,
    LinkageLayout,
)

from .name_frequencies import FAMILY_NAMES, GIVEN_NAMES

logger = logging.getLogger(__name__)

SECRET = bytes(range(32))
POPULATION_SIZE = 4000
NAMES_PER_LIST = 200
ZIPF_EXPONENT = 0.75
CLUSTER_DICE = 0.85
KNOWN_CLUSTERS = 30
FloatMatrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Population:
    """Synthetic records and the public frequency lists they were drawn from."""

    records: tuple[LinkageIdentifiers, ...]
    given_list: tuple[str, ...]
    family_list: tuple[str, ...]


def distinct_folded(names: str) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for name in names.split():
        kept.setdefault(fold_name(name), name)
    return tuple(kept.values())[:NAMES_PER_LIST]


def zipf_probabilities(size: int) -> npt.NDArray[np.float64]:
    weights = np.arange(1, size + 1, dtype=np.float64) ** -ZIPF_EXPONENT
    return np.asarray(weights / weights.sum(), dtype=np.float64)


def build_population(seed: int, size: int = POPULATION_SIZE) -> Population:
    rng = np.random.default_rng(seed)
    given, family = distinct_folded(GIVEN_NAMES), distinct_folded(FAMILY_NAMES)
    years = np.arange(1960, 2008)
    year_weights = np.exp(-(((years - 1988) / 10.0) ** 2) / 2)
    year_draws = rng.choice(years, size=size, p=year_weights / year_weights.sum())
    given_draws = rng.choice(len(given), size=size, p=zipf_probabilities(len(given)))
    family_draws = rng.choice(len(family), size=size, p=zipf_probabilities(len(family)))
    records = tuple(
        LinkageIdentifiers(
            record_id=f"r{index}",
            given_names=given[given_draws[index]],
            family_names=family[family_draws[index]],
            birth_date=f"{year_draws[index]}-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}",
            sex=str(rng.choice(["F", "M"])),
        )
        for index in range(size)
    )
    return Population(records, given, family)


def field_matrix(
    population: Population,
    field: str,
    *,
    is_hardened: bool,
    layout: LinkageLayout = DEFAULT_LAYOUT,
) -> FloatMatrix:
    encoded = encode_identifier_batch(
        population.records, secret=SECRET, is_hardened=is_hardened, layout=layout
    )
    return np.stack([bytes_to_bits(record.fields[field]) for record in encoded]).astype(np.float32)


def attacked_field(layout: LinkageLayout, name_attribute: str) -> str:
    """The encoded field that holds a name attribute in this layout."""
    for field in layout.fields:
        if name_attribute in field.source_attributes:
            return field.name
    raise AssertionError(f"{name_attribute} is not encoded")


def dice_matrix(left: FloatMatrix, right: FloatMatrix) -> FloatMatrix:
    overlap = left @ right.T
    totals = left.sum(axis=1)[:, None] + right.sum(axis=1)[None, :]
    return np.asarray(2 * overlap / np.maximum(totals, 1), dtype=np.float32)


def cluster_by_similarity(bits: FloatMatrix) -> npt.NDArray[np.int64]:
    """Leader clustering: each unassigned record collects the unassigned ones near it."""
    similarity = dice_matrix(bits, bits)
    labels = np.full(len(bits), -1, dtype=np.int64)
    for index in range(len(bits)):
        if labels[index] < 0:
            labels[(labels < 0) & (similarity[index] >= CLUSTER_DICE)] = index
    return labels


def align_by_frequency(labels: npt.NDArray[np.int64], public: tuple[str, ...]) -> list[str]:
    """Guess a name per record: the i-th largest cluster gets the i-th commonest name."""
    cluster_ids, sizes = np.unique(labels, return_counts=True)
    ranked = cluster_ids[np.argsort(-sizes, kind="stable")]
    guess_of_cluster = dict(zip(ranked.tolist(), public, strict=False))
    return [guess_of_cluster.get(int(label), "") for label in labels]


def frequency_alignment_attack(bits: FloatMatrix, public: tuple[str, ...]) -> list[str]:
    return align_by_frequency(cluster_by_similarity(bits), public)


def pattern_mining_attack(bits: FloatMatrix, public: tuple[str, ...]) -> list[str]:
    """Mine q-gram bit signatures from the largest clusters, then decode every record."""
    labels = cluster_by_similarity(bits)
    cluster_ids, sizes = np.unique(labels, return_counts=True)
    top = cluster_ids[np.argsort(-sizes, kind="stable")][:KNOWN_CLUSTERS]
    assumed = {int(label): public[rank] for rank, label in enumerate(top)}
    is_known = np.isin(labels, top)
    known_names = [assumed[int(label)] for label in labels[is_known]]
    signatures = mine_signatures(bits[is_known], known_names)
    return reidentify_from_signatures(bits, signatures, public)


def mine_signatures(
    known_bits: FloatMatrix, known_names: list[str]
) -> dict[str, npt.NDArray[np.intp]]:
    features_of = {name: set(name_features(name)) for name in set(known_names)}
    signatures: dict[str, npt.NDArray[np.intp]] = {}
    for qgram in set().union(*features_of.values()):
        holds = np.array([qgram in features_of[name] for name in known_names])
        if holds.all():
            continue
        inside = known_bits[holds].mean(axis=0)
        outside = known_bits[~holds].mean(axis=0)
        positions = np.flatnonzero((inside >= 0.95) & (outside <= 0.5))
        if positions.size:
            signatures[qgram] = positions
    return signatures


def reidentify_from_signatures(
    bits: FloatMatrix, signatures: dict[str, npt.NDArray[np.intp]], public: tuple[str, ...]
) -> list[str]:
    qgrams = sorted(signatures)
    if not qgrams:
        return [""] * len(bits)
    decoded = np.stack([bits[:, signatures[qgram]].min(axis=1) for qgram in qgrams], axis=1).astype(
        np.float32
    )
    expected = np.array(
        [[qgram in set(name_features(name)) for qgram in qgrams] for name in public],
        dtype=np.float32,
    )
    scores = dice_matrix(decoded, expected)
    best = scores.argmax(axis=1)
    is_confident = scores.max(axis=1) >= 0.8
    return [public[index] if ok else "" for index, ok in zip(best, is_confident, strict=True)]


def name_features(name: str) -> tuple[str, ...]:
    return extract_features(FeatureKind.NAME, name)


Attack = Callable[[FloatMatrix, tuple[str, ...]], list[str]]


def reidentified_share(
    population: Population,
    attack: Attack,
    *,
    is_hardened: bool,
    layout: LinkageLayout = DEFAULT_LAYOUT,
) -> float:
    hits = np.zeros(len(population.records), dtype=bool)
    for attribute, public in (
        ("given_names", population.given_list),
        ("family_names", population.family_list),
    ):
        field = attacked_field(layout, attribute)
        bits = field_matrix(population, field, is_hardened=is_hardened, layout=layout)
        guesses = attack(bits, public)
        truths = [getattr(record, attribute) for record in population.records]
        hits |= np.array(
            [
                bool(guess) and fold_name(guess) == fold_name(truth)
                for guess, truth in zip(guesses, truths, strict=True)
            ]
        )
    return float(hits.mean())


@pytest.fixture(scope="module")
def population() -> Population:
    return build_population(seed=20240611)


ATTACKS = pytest.mark.parametrize(
    "attack",
    [frequency_alignment_attack, pattern_mining_attack],
    ids=["frequency_alignment", "pattern_mining"],
)


@pytest.mark.slow
@ATTACKS
def test_attack_reidentifies_many_records_of_unhardened_v1_name_filters(
    population: Population, attack: Attack, record_property: Callable[[str, object], None]
) -> None:
    # The attacks' own sanity check: single-name filters without hardening must fall, or a
    # "below 1 %" result below would say nothing. Measured: 50.2 % and 27.7 %.
    unhardened = reidentified_share(population, attack, is_hardened=False, layout=LAYOUT_V1)
    record_property("reidentified_unhardened_v1", unhardened)
    logger.info("re-identified, unhardened v1: %.4f", unhardened)
    assert unhardened > 0.2, f"attack too weak to be a test: {unhardened:.2%} unhardened"


@pytest.mark.slow
@ATTACKS
def test_default_layout_hardened_encodings_stay_under_one_percent(
    population: Population, attack: Attack, record_property: Callable[[str, object], None]
) -> None:
    # The default is v2. Measured (seed 20240611): frequency alignment 0.88 %, pattern
    # mining 0.80 % hardened; 2.6 % and 1.1 % unhardened (a full-name filter is much flatter
    # than a single name, so these attacks are weak against it even without hardening). An
    # attacker clustering at Dice 0.7 instead of 0.85 reaches 1.5 % (docs/linkage.md 4.1).
    assert DEFAULT_LAYOUT is LAYOUT_V2
    unhardened = reidentified_share(population, attack, is_hardened=False)
    hardened = reidentified_share(population, attack, is_hardened=True)
    record_property("reidentified_unhardened_default", unhardened)
    record_property("reidentified_hardened_default", hardened)
    logger.info(
        "re-identified, default layout: unhardened %.4f, hardened %.4f", unhardened, hardened
    )
    assert hardened < 0.01, f"default-layout encodings leak: {hardened:.2%} re-identified"


@pytest.mark.slow
@ATTACKS
def test_layout_v1_hardened_encodings_stay_under_one_percent(
    population: Population, attack: Attack, record_property: Callable[[str, object], None]
) -> None:
    # Measured (seed 20240611): frequency alignment 0.65 %, pattern mining 0.28 %.
    hardened = reidentified_share(population, attack, is_hardened=True, layout=LAYOUT_V1)
    record_property("reidentified_hardened_v1", hardened)
    assert hardened < 0.01, f"layout v1 encodings leak: {hardened:.2%} re-identified"


def misspell(name: str, rng: np.random.Generator) -> str:
    """A clerk's error: one letter replaced (15%) or dropped (10%)."""
    draw = rng.random()
    if len(name) < 3 or draw >= 0.25:
        return name
    position = int(rng.integers(1, len(name) - 1))
    replacement = "" if draw < 0.10 else chr(int(rng.integers(ord("a"), ord("z") + 1)))
    return name[:position] + replacement + name[position + 1 :]


def vary_birth_date(birth_date: str, rng: np.random.Generator) -> str:
    """Year only (10%), another day (5%) or a year off by one (1%)."""
    draw = rng.random()
    year, month, day = birth_date.split("-")
    if draw < 0.10:
        return year
    if draw < 0.15:
        return f"{year}-{month}-{int(rng.integers(1, 29)):02d}"
    if draw < 0.16:
        return f"{int(year) + 1}-{month}-{day}"
    return birth_date


def second_sighting(record: LinkageIdentifiers, rng: np.random.Generator) -> LinkageIdentifiers:
    return LinkageIdentifiers(
        record_id=f"b-{record.record_id}",
        given_names=misspell(record.given_names, rng),
        family_names=misspell(record.family_names, rng),
        birth_date=vary_birth_date(record.birth_date, rng),
        sex=record.sex,
    )


def pair_scores(
    left: tuple[LinkageIdentifiers, ...],
    right: tuple[LinkageIdentifiers, ...],
    *,
    is_hardened: bool,
    layout: LinkageLayout,
) -> FloatMatrix:
    """Mean Dice over given names, family names and birth date for every left/right pair.

    Each attribute is compared on the field that holds it, so layout v2's ``names`` filter
    enters the mean twice (it stands for given and family names), as in v1's three fields.
    """
    attributes = ("given_names", "family_names", "birth_date")
    encoded = [
        encode_identifier_batch(side, secret=SECRET, is_hardened=is_hardened, layout=layout)
        for side in (left, right)
    ]
    similarity: dict[str, FloatMatrix] = {}
    for field in {attacked_field(layout, attribute) for attribute in attributes}:
        matrices = [
            np.stack([bytes_to_bits(record.fields[field]) for record in side]).astype(np.float32)
            for side in encoded
        ]
        similarity[field] = dice_matrix(matrices[0], matrices[1])
    total = sum(similarity[attacked_field(layout, attribute)] for attribute in attributes)
    return np.asarray(total / len(attributes), dtype=np.float32)


def best_f1(scores: FloatMatrix) -> float:
    """F1 at the best threshold; true matches are the diagonal."""
    flat = scores.ravel()
    is_match = np.eye(len(scores), dtype=bool).ravel()
    order = np.argsort(-flat, kind="stable")
    true_positives = np.cumsum(is_match[order])
    predicted = np.arange(1, len(flat) + 1)
    f1 = 2 * true_positives / (predicted + len(scores))
    return float(f1.max())


@pytest.mark.slow
@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(
            DEFAULT_LAYOUT,
            id="default",
            # Measured (v2): F1 0.968 unhardened, 0.931 hardened by this mean Dice (0.977 /
            # 0.953 counting ``names`` once; 0.954 / 0.915 with the product's Splink model
            # and clustering). Noise 1/16 blurs a full-name filter of these common names;
            # on FEBRL4 the product loses 0.6 / 0.3 points (docs/linkage.md 4 and 8.1).
            marks=pytest.mark.xfail(
                strict=True, reason="layout v2 hardening costs about 4 points here"
            ),
        ),
        pytest.param(LAYOUT_V1, id="v1"),
    ],
)
def test_hardening_costs_at_most_two_points_of_f1(
    layout: LinkageLayout, record_property: Callable[[str, object], None]
) -> None:
    rng = np.random.default_rng(7)
    left = build_population(seed=11, size=800).records
    right = tuple(second_sighting(record, rng) for record in left)
    unhardened = best_f1(pair_scores(left, right, is_hardened=False, layout=layout))
    hardened = best_f1(pair_scores(left, right, is_hardened=True, layout=layout))
    record_property("f1_unhardened", unhardened)
    record_property("f1_hardened", hardened)
    logger.info("best-threshold F1: unhardened %.4f, hardened %.4f", unhardened, hardened)
    assert hardened >= unhardened - 0.02
