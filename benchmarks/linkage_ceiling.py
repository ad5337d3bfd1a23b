"""How high can pairwise F1 go on the synthetic network? A plaintext ceiling and baseline.

``python benchmarks/linkage_ceiling.py`` prints JSON lines for the synthetic network
``generate_network(seed=7, people=8000)``, whose records are built exactly as
``benchmarks/linkage.py`` builds them (``identifiers_from_case_row``: given names with middle
names, family names, birth date, sex, nationality), in plaintext after the product's own
romanisation and phonetic folding:

* ``data``: the number of true pairs and of *indistinguishable* pairs (different people
  with the same folded full name and birth year, or both without a birth date).
* ``blocking``: generous plaintext blocks (any shared folded name word, word consonant
  skeleton, word prefix or full birth date) and their recall against the truth.
* ``oracle``: a gradient-boosted classifier trained *with the truth* on rich pair features,
  two-fold cross-validated by person (trained on the pairs of one half of the people, it
  scores the pairs of the other half; pairs across the halves, all non-matches, get the
  mean of both models), then the product's clustering (one record per source) at 0.5 and,
  as a further oracle, at the best threshold. No method that does not see the truth can be
  expected to beat it on these fields.
* ``splink_plaintext``: Splink on the same plaintext fields and the same candidate pairs
  with Jaro-Winkler / Levenshtein levels, u from random sampling, m from two EM sessions,
  one round of u corrected for sampled matches, the prior re-estimated, and the same
  clustering: no truth used. Its gap to the encoded model is the cost of encoding and
  hardening; its gap to the oracle is what unsupervised Fellegi-Sunter leaves. Two variants
  show how sensitive it is: u as sampled (no correction), and a last "one name word in
  common" level (the plaintext analogue of layout v2's Dice >= 0.55 names level).
* ``oracle_errors``: the true pairs the oracle misses and the false pairs it accepts,
  counted by reason (a pair can have several reasons).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jellyfish
import numpy as np
import numpy.typing as npt

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

SEED = 20240611
NETWORK_SEED = 7
NETWORK_PEOPLE = 8000
TARGET_F1 = 0.95
THRESHOLD = 0.5
PREFIX_LENGTH = 4
U_SAMPLE_PAIRS = 5e6
EM_PAIR_LIMIT = 2e6

Pair = tuple[int, int]
FloatArray = npt.NDArray[np.float64]


def main() -> None:
    """Run every measurement and print one JSON line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    logging.getLogger("splink").setLevel(logging.ERROR)
    for line in ceiling_report():
        print(json.dumps(line), flush=True)


def ceiling_report() -> Iterable[dict[str, Any]]:
    """The data, blocking, oracle, Splink and error-breakdown lines, in that order."""
    started = time.perf_counter()
    records = network_records()
    truth = true_pairs(records)
    yield data_line(records, truth)
    pairs = candidate_pairs(records)
    yield blocking_line(pairs, truth, len(records))
    oracle = oracle_probabilities(records, pairs, truth)
    oracle_clusters = cluster_pairs(records, pairs, oracle)
    yield quality_line("oracle", oracle_clusters, truth, pairs, oracle)
    yield best_threshold_line(records, pairs, oracle, truth)
    components = cluster_pairs(records, pairs, oracle, is_one_to_one_within_source=False)
    yield quality_line("oracle_connected_components", components, truth, pairs, oracle)
    for setting, variant in SPLINK_VARIANTS.items():
        plain = splink_plaintext_probabilities(records, pairs, **variant)
        clustered = cluster_pairs(records, pairs, plain)
        yield quality_line(setting, clustered, truth, pairs, plain)
    yield error_breakdown(records, pairs, oracle, oracle_clusters, truth)
    yield {"setting": "runtime", "seconds": round(time.perf_counter() - started, 1)}


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlainRecord:
    """One case row's identifiers in plaintext, romanised and folded as the encoder does."""

    source: int
    person: str
    given: str
    family: str
    birth_date: str
    sex: str
    nationality: str
    script: str

    @property
    def words(self) -> tuple[str, ...]:
        """The folded name words, given names first."""
        return (*self.given.split(), *self.family.split())

    @property
    def sorted_name(self) -> str:
        """The folded full name with its words sorted (order-free, so swaps agree)."""
        return " ".join(sorted(self.words))

    @property
    def birth_year(self) -> str:
        return self.birth_date[:4]

    @property
    def has_full_date(self) -> bool:
        return len(self.birth_date) == len("YYYY-MM-DD")


def network_records() -> tuple[PlainRecord, ...]:
    """Every case row of the benchmark network, in organisation order."""
    from tipnet.core.linkage.persons import identifiers_from_case_row
    from tipnet.core.synthetic import generate_network

    network = generate_network(seed=NETWORK_SEED, people=NETWORK_PEOPLE)
    records = []
    for source, (key, rows) in enumerate(network.case_rows.items()):
        for row in rows:
            identifiers = identifiers_from_case_row(row)
            is_japanese = identifiers.nationality.strip().upper() == "JP"
            records.append(
                PlainRecord(
                    source=source,
                    person=network.truth[(key, row["case_id"])],
                    given=folded(identifiers.given_names, is_japanese=is_japanese),
                    family=folded(identifiers.family_names, is_japanese=is_japanese),
                    birth_date=identifiers.birth_date,
                    sex=identifiers.sex_code,
                    nationality=identifiers.nationality.strip().upper(),
                    script=script_of(identifiers.given_names + identifiers.family_names),
                )
            )
    return tuple(records)


def folded(text: str, *, is_japanese: bool) -> str:
    """The product's romanisation then phonetic folding (what its filters encode)."""
    from tipnet.core.linkage.transliteration import fold_phonetically, romanize_name

    return fold_phonetically(romanize_name(text, is_japanese_reading=is_japanese))


def script_of(text: str) -> str:
    """``katakana``, ``native`` (any other non-Latin letter) or ``latin``."""
    if any("\u30a0" <= character <= "\u30ff" for character in text):
        return "katakana"
    letters = [character for character in text if character.isalpha()]
    if any(not unicodedata.name(letter, "").startswith("LATIN") for letter in letters):
        return "native"
    return "latin"


def true_pairs(records: Sequence[PlainRecord]) -> set[Pair]:
    """Every pair of record numbers of one person."""
    return pairs_by_label((number, record.person) for number, record in enumerate(records))


def pairs_by_label(labels: Iterable[tuple[int, Hashable]]) -> set[tuple[int, int]]:
    """Every pair of record numbers sharing a label (imported late: see sys.path above)."""
    from tipnet.core.linkage.clustering import pairs_sharing_label

    return pairs_sharing_label(labels)


def data_line(records: Sequence[PlainRecord], truth: set[Pair]) -> dict[str, Any]:
    """Sizes, and the pairs of different people no comparison of these fields can separate."""

    def exact_key(record: PlainRecord) -> tuple[str, str]:
        return f"{record.given} {record.family}", record.birth_year

    def order_free_key(record: PlainRecord) -> tuple[str, str]:
        return record.sorted_name, record.birth_year

    def strict_key(record: PlainRecord) -> tuple[str, ...]:
        return (*order_free_key(record), record.sex, record.nationality)

    return {
        "setting": "data",
        "records": len(records),
        "people": len({record.person for record in records}),
        "organisations": len({record.source for record in records}),
        "true_pairs": len(truth),
        "true_pairs_within_one_source": sum(
            records[left].source == records[right].source for left, right in truth
        ),
        "indistinguishable_pairs_same_folded_name_and_year": namesake_pairs(records, exact_key),
        "indistinguishable_pairs_order_free_name": namesake_pairs(records, order_free_key),
        "indistinguishable_pairs_order_free_name_same_sex_and_nationality": namesake_pairs(
            records, strict_key
        ),
        "compatible_namesake_pairs": compatible_namesake_pairs(records),
        "note": (
            "indistinguishable: year '' = no birth date on both records; compatible namesakes:"
            " different people, same order-free folded name, and birth year, sex and"
            " nationality each equal or missing on a side"
        ),
    }


def compatible_namesake_pairs(records: Sequence[PlainRecord]) -> int:
    """Pairs of different people with the same order-free name and no field in conflict."""
    by_name: dict[str, list[PlainRecord]] = defaultdict(list)
    for record in records:
        if record.words:
            by_name[record.sorted_name].append(record)
    return sum(
        first.person != second.person and not conflicts(first, second)
        for group in by_name.values()
        for position, first in enumerate(group)
        for second in group[position + 1 :]
    )


def conflicts(first: PlainRecord, second: PlainRecord) -> bool:
    """Whether birth year, sex or nationality is present on both records and differs."""
    return any(
        a and b and a != b
        for a, b in (
            (first.birth_year, second.birth_year),
            (first.sex, second.sex),
            (first.nationality, second.nationality),
        )
    )


def namesake_pairs(records: Sequence[PlainRecord], key: Callable[[PlainRecord], Hashable]) -> int:
    """Pairs of records of different people with the same non-empty name key."""
    groups: dict[object, Counter[str]] = defaultdict(Counter)
    for record in records:
        if record.words:
            groups[key(record)][record.person] += 1
    total = 0
    for people in groups.values():
        size = sum(people.values())
        total += (size * (size - 1) - sum(n * (n - 1) for n in people.values())) // 2
    return total


# --- blocking -----------------------------------------------------------------------------


def blocking_keys(record: PlainRecord) -> tuple[str, ...]:
    """Generous plaintext keys: each name word, its consonant skeleton and prefix, the date."""
    keys: set[str] = set()
    for word in record.words:
        if len(word) < 2:
            continue
        keys.add("w:" + word)
        skeleton = "".join(letter for letter in word if letter not in "aiu")
        if len(skeleton) >= 2:
            keys.add("s:" + skeleton)
        if len(word) >= PREFIX_LENGTH:
            keys.add("p:" + word[:PREFIX_LENGTH])
    if record.has_full_date:
        keys.add("d:" + record.birth_date)
    if record.birth_year and record.nationality:
        # Catches spellings no name key bridges (katakana of Filipino names, Burmese).
        keys.add(f"yn:{record.birth_year}{record.nationality}")
    return tuple(sorted(keys))


def candidate_pairs(records: Sequence[PlainRecord]) -> tuple[Pair, ...]:
    """Every pair of records sharing at least one blocking key, in sorted order."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for number, record in enumerate(records):
        for key in blocking_keys(record):
            blocks[key].append(number)
    pairs: set[Pair] = set()
    for members in blocks.values():
        pairs.update(
            (first, second)
            for position, first in enumerate(members)
            for second in members[position + 1 :]
        )
    return tuple(sorted(pairs))


def blocking_line(pairs: Sequence[Pair], truth: set[Pair], record_count: int) -> dict[str, Any]:
    """Candidate pair count and the share of true pairs among them."""
    return {
        "setting": "blocking",
        "candidate_pairs": len(pairs),
        "all_pairs": record_count * (record_count - 1) // 2,
        "true_pairs_missed": len(truth - set(pairs)),
        "blocking_recall": round(len(truth & set(pairs)) / max(len(truth), 1), 4),
        "keys": (
            "shared folded name word, word consonant skeleton, 4-letter prefix, full date, "
            "birth year with nationality"
        ),
    }


# --- oracle -------------------------------------------------------------------------------


FEATURE_NAMES = (
    "given_jw",
    "family_jw",
    "swapped_jw",
    "sorted_name_jw",
    "sorted_name_levenshtein",
    "joined_name_jw",
    "best_word_jw_mean",
    "best_word_jw_min",
    "shared_words",
    "word_jaccard",
    "bigram_dice",
    "skeleton_dice",
    "word_count_difference",
    "log_rarest_shared_word",
    "log_same_full_name",
    "scripts",
    "date_state",
    "year_difference",
    "same_month",
    "same_day",
    "day_month_swapped",
    "sex_state",
    "nationality_state",
    "same_source",
)


class FeatureContext:
    """Frequencies of words and full names over all records (a linker can count these)."""

    def __init__(self, records: Sequence[PlainRecord]) -> None:
        self.word_counts = Counter(word for record in records for word in set(record.words))
        self.name_counts = Counter(record.sorted_name for record in records if record.words)


def pair_features(first: PlainRecord, second: PlainRecord, context: FeatureContext) -> list[float]:
    """Every feature of one pair, in the order of :data:`FEATURE_NAMES` (NaN = missing)."""
    return [
        *name_features(first, second, context),
        *date_features(first, second),
        category_state(first.sex, second.sex),
        category_state(first.nationality, second.nationality),
        float(first.source == second.source),
    ]


def similarity(first: str, second: str) -> float:
    """Jaro-Winkler similarity, NaN when either side is empty."""
    return jellyfish.jaro_winkler_similarity(first, second) if first and second else math.nan


def name_features(first: PlainRecord, second: PlainRecord, context: FeatureContext) -> list[float]:
    """Name similarities in and across fields, order-free ones, and name frequencies."""
    words_a, words_b = first.words, second.words
    if not words_a or not words_b:
        return [math.nan] * 15
    shared = set(words_a) & set(words_b)
    best = [max(jellyfish.jaro_winkler_similarity(a, b) for b in words_b) for a in words_a]
    swapped = (similarity(first.given, second.family) + similarity(first.family, second.given)) / 2
    sorted_a, sorted_b = first.sorted_name, second.sorted_name
    rarest = min((context.word_counts[word] for word in shared), default=0)
    same_name = context.name_counts[sorted_a] if sorted_a == sorted_b else 0
    return [
        similarity(first.given, second.given),
        similarity(first.family, second.family),
        swapped,
        jellyfish.jaro_winkler_similarity(sorted_a, sorted_b),
        jellyfish.levenshtein_distance(sorted_a, sorted_b) / max(len(sorted_a), len(sorted_b)),
        joined_similarity(first, second),
        float(np.mean(best)),
        min(best),
        float(len(shared)),
        len(shared) / len(set(words_a) | set(words_b)),
        dice(word_bigrams(words_a), word_bigrams(words_b)),
        dice(word_bigrams(skeletons(words_a)), word_bigrams(skeletons(words_b))),
        float(abs(len(words_a) - len(words_b))),
        math.log1p(rarest),
        math.log1p(same_name),
        float(SCRIPT_CODES[first.script] + SCRIPT_CODES[second.script]),
    ]


def joined_similarity(first: PlainRecord, second: PlainRecord) -> float:
    """Jaro-Winkler of the names written without spaces, in either order (names kept in one
    field, or split into words differently, still meet)."""
    joined = first.given + first.family
    return max(
        jellyfish.jaro_winkler_similarity(joined, second.given + second.family),
        jellyfish.jaro_winkler_similarity(joined, second.family + second.given),
    )


SCRIPT_CODES = {"latin": 0, "native": 1, "katakana": 3}  # sums tell every combination apart


def word_bigrams(words: Sequence[str]) -> set[str]:
    """Padded bigrams of each word on its own (order-free, as layout v2 takes them)."""
    bigrams: set[str] = set()
    for word in words:
        padded = f"_{word}_"
        bigrams.update(padded[index : index + 2] for index in range(len(padded) - 1))
    return bigrams


def skeletons(words: Sequence[str]) -> list[str]:
    return ["".join(letter for letter in word if letter not in "aiu") for word in words]


def dice(first: set[str], second: set[str]) -> float:
    return 2 * len(first & second) / max(len(first) + len(second), 1)


def date_features(first: PlainRecord, second: PlainRecord) -> list[float]:
    """Date completeness (0 both full ... 4 both missing), year gap, month and day agreement."""
    date_state = float(
        2 * (not first.birth_date) + 2 * (not second.birth_date)
        if not (first.birth_date and second.birth_date)
        else (not first.has_full_date) + (not second.has_full_date)
    )
    both_years = first.birth_year and second.birth_year
    year_gap = abs(int(first.birth_year) - int(second.birth_year)) if both_years else math.nan
    if not (first.has_full_date and second.has_full_date):
        return [date_state, year_gap, math.nan, math.nan, math.nan]
    month_a, day_a = first.birth_date[5:7], first.birth_date[8:]
    month_b, day_b = second.birth_date[5:7], second.birth_date[8:]
    return [
        date_state,
        year_gap,
        float(month_a == month_b),
        float(day_a == day_b),
        float(month_a == day_b and day_a == month_b and month_a != day_a),
    ]


def category_state(first: str, second: str) -> float:
    """0 agree, 1 differ, 2 missing on a side."""
    if not first or not second:
        return 2.0
    return 0.0 if first == second else 1.0


def feature_matrix(records: Sequence[PlainRecord], pairs: Sequence[Pair]) -> FloatArray:
    context = FeatureContext(records)
    rows = [pair_features(records[left], records[right], context) for left, right in pairs]
    return np.asarray(rows, dtype=np.float64)


def person_halves(records: Sequence[PlainRecord]) -> npt.NDArray[np.int64]:
    """Each record's half (0 or 1), drawn by person with a fixed seed."""
    people = sorted({record.person for record in records})
    order = np.random.default_rng(SEED).permutation(len(people))
    half_of = {people[index]: int(rank < len(people) // 2) for rank, index in enumerate(order)}
    return np.array([half_of[record.person] for record in records], dtype=np.int64)


def oracle_probabilities(
    records: Sequence[PlainRecord], pairs: Sequence[Pair], truth: set[Pair]
) -> FloatArray:
    """Match probabilities from two gradient-boosted models, each trained on one half."""
    from sklearn.ensemble import (  # type: ignore[import-untyped]  # no stubs installed
        HistGradientBoostingClassifier,
    )

    features = feature_matrix(records, pairs)
    labels = np.array([pair in truth for pair in pairs], dtype=np.int64)
    halves = person_halves(records)
    left_half = halves[[left for left, _ in pairs]]
    right_half = halves[[right for _, right in pairs]]
    fold = np.where(left_half == right_half, left_half, -1)  # -1: across the halves
    predictions = []
    for trained_half in (0, 1):
        model = HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, l2_regularization=1.0, random_state=SEED
        )
        model.fit(features[fold == trained_half], labels[fold == trained_half])
        predictions.append(np.asarray(model.predict_proba(features)[:, 1], dtype=np.float64))
    # Pairs of half 0 are scored by the model of half 1 and the other way round.
    return np.where(
        fold == 0,
        predictions[1],
        np.where(fold == 1, predictions[0], (predictions[0] + predictions[1]) / 2),
    )


# --- clustering and quality ---------------------------------------------------------------


def cluster_pairs(
    records: Sequence[PlainRecord],
    pairs: Sequence[Pair],
    probabilities: FloatArray,
    threshold: float = THRESHOLD,
    *,
    is_one_to_one_within_source: bool = True,
) -> set[Pair]:
    """The record pairs inside the clusters of the product's one-record-per-source clustering."""
    from tipnet.core.linkage.clustering import cluster_records
    from tipnet.core.linkage.scoring import PairScores

    clipped = np.clip(probabilities, 1e-12, 1 - 1e-12)
    scores = PairScores(
        sources=tuple(str(source) for source in sorted({r.source for r in records})),
        record_sources=np.array([record.source for record in records], dtype=np.int32),
        record_ids=tuple(str(number) for number in range(len(records))),
        left_records=np.array([left for left, _ in pairs], dtype=np.int64),
        right_records=np.array([right for _, right in pairs], dtype=np.int64),
        match_weights=np.log2(clipped / (1 - clipped)),
        match_probabilities=probabilities,
        parameters=(),
        blocking_rules=("plaintext blocks",),
        probability_two_random_records_match=float(probabilities.sum()) / len(pairs),
        dropped_block_keys=0,
    )
    clustering = cluster_records(
        scores, threshold=threshold, is_one_to_one_within_source=is_one_to_one_within_source
    )
    return pairs_by_label(
        (number, record.cluster_id) for number, record in enumerate(clustering.records)
    )


def scores(predicted: set[Pair], truth: set[Pair]) -> dict[str, float]:
    hits = len(predicted & truth)
    precision = hits / max(len(predicted), 1)
    recall = hits / max(len(truth), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def quality_line(
    setting: str,
    clustered: set[Pair],
    truth: set[Pair],
    pairs: Sequence[Pair],
    probabilities: FloatArray,
) -> dict[str, Any]:
    """Cluster-pair quality, and the quality of the links at 0.5 before clustering."""
    links = {pair for pair, p in zip(pairs, probabilities, strict=True) if p >= THRESHOLD}
    return {
        "setting": setting,
        **scores(clustered, truth),
        "threshold": THRESHOLD,
        "target_f1": TARGET_F1,
        "meets_target": scores(clustered, truth)["f1"] >= TARGET_F1,
        "links_before_clustering": scores(links, truth),
    }


def best_threshold_line(
    records: Sequence[PlainRecord],
    pairs: Sequence[Pair],
    probabilities: FloatArray,
    truth: set[Pair],
) -> dict[str, Any]:
    """The oracle at the threshold that maximises its cluster F1 (chosen with the truth)."""
    results = {
        threshold: scores(cluster_pairs(records, pairs, probabilities, threshold), truth)
        for threshold in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    }
    best = max(results, key=lambda threshold: results[threshold]["f1"])
    return {"setting": "oracle_best_threshold", "threshold": best, **results[best]}


# --- Splink on plaintext ------------------------------------------------------------------


SPLINK_VARIANTS: dict[str, dict[str, bool]] = {
    "splink_plaintext": {"corrects_u": True, "has_shared_word_level": False},
    "splink_plaintext_sampled_u": {"corrects_u": False, "has_shared_word_level": False},
    # The plaintext analogue of layout v2's lowest names level (Dice >= 0.55: one word of
    # two in common).
    "splink_plaintext_shared_word_level": {"corrects_u": True, "has_shared_word_level": True},
}


def splink_plaintext_probabilities(
    records: Sequence[PlainRecord],
    pairs: Sequence[Pair],
    *,
    corrects_u: bool = True,
    has_shared_word_level: bool = False,
) -> FloatArray:
    """Unsupervised Splink on the folded plaintext, scoring exactly the candidate pairs.

    ``corrects_u``: one round of u corrected for the matches in the random sample, as the
    product's layout v2 model does; without it, u is the sampled share (Splink's default).
    ``has_shared_word_level``: a last names level for "at least one word in common".
    """
    from splink import DuckDBAPI, Linker

    from tipnet.core.linkage.scoring import linkage_connection
    from tipnet.core.linkage.splink_model import reestimate_prior

    with linkage_connection() as connection:
        table = DuckDBAPI(connection).register(
            plaintext_frame(records), table_name="plaintext_records"
        )
        settings = plaintext_settings(len(records), has_shared_word_level=has_shared_word_level)
        linker = Linker(table, settings, log_level=None)
        left, right, weights = train_and_predict(
            connection, linker, len(records), corrects_u=corrects_u
        )
    _prior, probabilities = reestimate_prior(weights, prior_log2_odds(len(records)), len(records))
    by_pair = dict(zip(zip(left.tolist(), right.tolist(), strict=True), probabilities, strict=True))
    return np.array([by_pair.get(pair, 0.0) for pair in pairs], dtype=np.float64)


def plaintext_frame(records: Sequence[PlainRecord]) -> Any:
    import pandas as pd  # type: ignore[import-untyped]  # no pandas-stubs installed

    def text(value: str) -> str | None:
        return value or None

    return pd.DataFrame(
        {
            "unique_id": range(len(records)),
            "names": [text(record.sorted_name) for record in records],
            "name_words": [list(record.words) or None for record in records],
            "birth_date": [text(record.birth_date) for record in records],
            "birth_year": [
                int(record.birth_year) if record.birth_year else None for record in records
            ],
            "sex": [text(record.sex) for record in records],
            "nationality": [text(record.nationality) for record in records],
            "blocking_keys": [list(blocking_keys(record)) for record in records],
        }
    )


def level(condition: str, label: str, m_probability: float) -> dict[str, Any]:
    return {"sql_condition": condition, "label_for_charts": label, "m_probability": m_probability}


def comparison(name: str, levels: Sequence[dict[str, Any]], else_m: float) -> dict[str, Any]:
    """A Splink comparison: null level, the given levels, then else."""
    null_level = {
        "sql_condition": f"{name}_l IS NULL OR {name}_r IS NULL",
        "label_for_charts": "missing",
        "is_null_level": True,
    }
    return {
        "output_column_name": name,
        "comparison_levels": [null_level, *levels, level("ELSE", "else", else_m)],
    }


def plaintext_settings(record_count: int, *, has_shared_word_level: bool = False) -> Any:
    """Order-free name levels (exact, Levenshtein, Jaro-Winkler, optionally a shared word),
    date levels (exact, year with one side year-only, years within 2), sex and nationality."""
    from splink import SettingsCreator, block_on

    jaro = "jaro_winkler_similarity(names_l, names_r)"
    shared = "len(list_intersect(name_words_l, name_words_r)) > 0"
    shared_word = [level(shared, "a word shared", 0.1)] if has_shared_word_level else []
    names = comparison(
        "names",
        [
            level("names_l = names_r", "exact", 0.5),
            level("levenshtein(names_l, names_r) <= 2", "Levenshtein <= 2", 0.15),
            level(f"{jaro} >= 0.92", "Jaro-Winkler >= 0.92", 0.1),
            level(f"{jaro} >= 0.85", "Jaro-Winkler >= 0.85", 0.05),
            *shared_word,
        ],
        0.1,
    )
    one_year_only = "least(length(birth_date_l), length(birth_date_r)) = 4"
    birth_date = comparison(
        "birth_date",
        [
            level("birth_date_l = birth_date_r AND length(birth_date_l) = 10", "same date", 0.5),
            level(f"birth_year_l = birth_year_r AND {one_year_only}", "same year, year only", 0.2),
            level("abs(birth_year_l - birth_year_r) <= 2", "years within 2", 0.15),
        ],
        0.15,
    )
    categories = [
        comparison(name, [level(f"{name}_l = {name}_r", "same", 0.9)], 0.1)
        for name in ("sex", "nationality")
    ]
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[names, birth_date, *categories],
        blocking_rules_to_generate_predictions=[
            block_on("blocking_keys", arrays_to_explode=["blocking_keys"])
        ],
        probability_two_random_records_match=1.0 / max(record_count, 2),
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
        max_iterations=50,
    )


def prior_log2_odds(record_count: int) -> float:
    """The starting prior 1/n of the settings, as log2 odds (as the product's run)."""
    return math.log2(1.0 / (max(record_count, 2) - 1.0))


def train_and_predict(
    connection: Any, linker: Any, record_count: int, *, corrects_u: bool
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], FloatArray]:
    """u by random sampling, m by EM blocked on the date then on the name, one u correction."""
    from splink.blocking_rule_library import CustomRule

    # The product's own helpers, so the plaintext run is trained the way the encoded one is.
    from tipnet.core.linkage.splink_model import (
        _correct_u_for_sampled_matches,
        _level_u,
        reestimate_prior,
    )

    linker.training.estimate_u_using_random_sampling(
        max_pairs=min(U_SAMPLE_PAIRS, record_count * (record_count - 1) / 2), seed=1
    )
    sampled = _level_u(linker)
    for rule in ("l.birth_date = r.birth_date", "l.names = r.names"):
        linker.training.estimate_parameters_using_expectation_maximisation(
            CustomRule(rule), estimate_without_term_frequencies=True, max_pairs=EM_PAIR_LIMIT
        )
    pairs = predict(connection, linker)
    if not corrects_u:
        return pairs
    prior, _ = reestimate_prior(pairs[2], prior_log2_odds(record_count), record_count)
    if _correct_u_for_sampled_matches(linker, sampled, prior):
        pairs = predict(connection, linker)
    return pairs


def predict(
    connection: Any, linker: Any
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], FloatArray]:
    predictions = linker.inference.predict()
    relation = connection.sql(
        "SELECT unique_id_l, unique_id_r, match_weight "  # noqa: S608  # Splink's own table
        f"FROM {predictions.physical_name} ORDER BY unique_id_l, unique_id_r"
    )
    left, right, weights = relation.fetchnumpy().values()
    return (
        np.asarray(left, dtype=np.int64),
        np.asarray(right, dtype=np.int64),
        np.asarray(weights, dtype=np.float64),
    )


# --- what the oracle gets wrong -----------------------------------------------------------


def pair_reasons(first: PlainRecord, second: PlainRecord) -> list[str]:
    """Every listed difficulty of one pair (several may hold)."""
    checks = {
        "birth_date_missing_on_a_side": not (first.birth_date and second.birth_date),
        "year_only_on_a_side": bool(first.birth_date and second.birth_date)
        and not (first.has_full_date and second.has_full_date),
        "different_birth_years": bool(first.birth_year and second.birth_year)
        and first.birth_year != second.birth_year,
        "sex_missing_on_a_side": not (first.sex and second.sex),
        "nationality_missing_on_a_side": not (first.nationality and second.nationality),
        "given_family_swap": is_swap(first, second),
        "native_script_vs_latin": {first.script, second.script} == {"native", "latin"},
        "katakana_on_a_side": "katakana" in (first.script, second.script),
        "no_folded_name_word_shared": not set(first.words) & set(second.words),
        "same_name_nationality_and_year": is_namesake(first, second),
    }
    return [reason for reason, holds in checks.items() if holds] or ["none_of_these"]


def is_swap(first: PlainRecord, second: PlainRecord) -> bool:
    """Given and family names trade places (and do not simply agree)."""
    if not (first.given and first.family and second.given and second.family):
        return False
    crossed = min(similarity(first.given, second.family), similarity(first.family, second.given))
    straight = min(similarity(first.given, second.given), similarity(first.family, second.family))
    return crossed >= 0.9 > straight


def is_namesake(first: PlainRecord, second: PlainRecord) -> bool:
    """The same order-free folded name, nationality not in conflict, the same year (or none)."""
    nationalities = {first.nationality, second.nationality} - {""}
    return (
        bool(first.words)
        and first.sorted_name == second.sorted_name
        and len(nationalities) <= 1
        and first.birth_year == second.birth_year
    )


def error_breakdown(
    records: Sequence[PlainRecord],
    pairs: Sequence[Pair],
    probabilities: FloatArray,
    clustered: set[Pair],
    truth: set[Pair],
) -> dict[str, Any]:
    """Why the oracle's missed true pairs and accepted false pairs are hard, counted."""
    probability_of = dict(zip(pairs, probabilities.tolist(), strict=True))
    missed = truth - clustered
    accepted = clustered - truth

    def stage(pair: Pair) -> str:
        if pair not in probability_of:
            return "never_a_candidate"
        if probability_of[pair] < THRESHOLD:
            return "scored_below_threshold"
        return "linked_but_refused_by_one_record_per_source"

    def reasons(chosen: set[Pair]) -> dict[str, int]:
        counts = Counter(
            reason
            for left, right in chosen
            for reason in pair_reasons(records[left], records[right])
        )
        return dict(counts.most_common())

    return {
        "setting": "oracle_errors",
        "true_pairs_missed": len(missed),
        "missed_by_stage": dict(Counter(stage(pair) for pair in missed).most_common()),
        "missed_by_reason": reasons(missed),
        "false_pairs_accepted": len(accepted),
        "accepted_directly_linked": sum(probability_of.get(p, 0.0) >= THRESHOLD for p in accepted),
        "accepted_by_reason": reasons(accepted),
        "true_pairs_by_reason": reasons(truth),
        "note": "reasons overlap: a pair is counted under each that holds",
    }


if __name__ == "__main__":
    main()
