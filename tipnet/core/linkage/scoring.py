"""Score candidate pairs of encoded records with Splink 5 on DuckDB.

The linkage step holds the extracts only (never the secret). It loads every record of every
extract into one DuckDB table, with each field filter as a ``BIT`` string, and lets Splink
run a Fellegi-Sunter model whose comparison levels are Dice similarities of the filters
computed in SQL (``bit_count(l & r)``). Candidate pairs come from two kinds of blocking keys,
unnested into one key list per record:

* the keyed blocking tokens of the extracts (records sharing any token are compared);
* bit-sampling locality-sensitive hashing (LSH) of the name and birth-date filters: a band
  key is the value of a few randomly chosen bit positions, so near-equal filters share a
  band key with high probability (the tokens alone miss records whose birth year is
  missing on one side, because the family token carries the year).

Keys shared by more than ``max_block_size`` records are dropped: they are the coarse
fallback levels that would otherwise make the comparison quadratic. The largest remaining
keys are dropped too, largest first, until the keys generate at most
``PAIR_BUDGET_PER_RECORD`` pairs per record: the work per record stays bounded at any
number of records (common names form ever larger blocks as lists grow). u probabilities come
from random sampling, m probabilities from expectation maximisation (EM) in two sessions
(blocked on a given-name band and on a family-name band, so each field's m is estimated
where it was not used to pick the pairs). The prior probability that two records match is
then re-estimated on the scored pairs (EM for that one parameter), so no threshold or
parameter is tuned on ground truth.

References:
    Fellegi, I. P. and Sunter, A. B. (1969), A theory for record linkage, *JASA* 64(328).
    Linacre, R. et al. (2022), Splink: free software for probabilistic record linkage at
    scale, *International Journal of Population Data Science* 7(3).
    Schnell, R., Bachteler, T. and Reiher, J. (2009), Privacy-preserving record linkage
    using Bloom filters, *BMC Med. Inform. Decis. Mak.* 9:41.
    Durham, E. A. (2012), A framework for accurate, efficient private record linkage,
    PhD thesis, Vanderbilt University (Hamming LSH blocking of Bloom filters).
"""

from __future__ import annotations

import logging
import math
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow ships no type information

from tipnet.core.errors import LinkageError
from tipnet.core.linkage.extract import Extract
from tipnet.core.linkage.layout import LinkageLayout, layout_for_version
from tipnet.core.linkage.splink_model import (
    PLAN_V1,
    RECORD_TABLE,
    LevelParameters,
    ModelPlan,
    plan_for_version,
    reestimate_prior,
    run_splink_model,
)

__all__ = [
    "ASSUMPTIONS",
    "LevelParameters",
    "PairScores",
    "StageProgress",
    "reestimate_prior",
    "score_pairs",
]

logger = logging.getLogger(__name__)

StageProgress = Callable[[str, int, int], None]
"""Called as ``progress(stage_description, stages_done, stage_count)``."""

TARGET_RANDOM_BLOCK_SIZE = 8
DEFAULT_MAX_BLOCK_SIZE = 300
# Pairs (with repeats across keys) the kept blocking keys may generate, per record. The
# quality benchmarks (FEBRL4, the synthetic network) need at most 129 at full blocking
# recall, so the budget binds only where common names form large blocks (10^5 records and
# more of the synthetic stream); see docs/linkage.md section 9.
PAIR_BUDGET_PER_RECORD = 150
# DuckDB's own memory (tables, joins, sorts); past it DuckDB spills to a temporary
# directory. The pair arrays handed back to Python come on top.
DEFAULT_MEMORY_LIMIT = "4GB"
# Scored pairs less likely than this to match (at the starting prior 1/n) are not kept: far
# below any clustering threshold, and together they carry under 0.1 expected matches in
# FEBRL4 (docs/linkage.md section 9). Most blocked pairs are such clear non-matches, so
# keeping them would make memory grow with the candidate pairs instead of the links.
MINIMUM_MATCH_PROBABILITY = 1e-6
_STAGES = ("Loading records", "Building blocks", "Estimating u", "Estimating m", "Scoring")

ASSUMPTIONS = PLAN_V1.assumptions
"""What scores of layout v1 extracts rest on (layout v2: ``PLAN_V2.assumptions``)."""


@dataclass(frozen=True, eq=False)
class PairScores:
    """Scored candidate pairs and the model that scored them.

    Records are numbered in extract order (all records of the first extract, then the
    second ...). ``left_records[i]`` and ``right_records[i]`` are the record numbers of pair
    ``i``; arrays are read-only.

    Attributes:
        sources: the source label of each extract, in input order.
        record_sources: for each record number, the index of its source.
        record_ids: for each record number, its pseudonymous record id.
        left_records: first record of each pair.
        right_records: second record of each pair.
        match_weights: log2 Bayes factor of each pair including the prior.
        match_probabilities: posterior probability that each pair is a match.
        parameters: trained m and u of every comparison level.
        blocking_rules: the SQL of the blocking rules used.
        probability_two_random_records_match: the prior re-estimated on the scored pairs.
        dropped_block_keys: blocking keys ignored because too many records share them.
        assumptions: what the scores rest on.
        warnings: anything the caller should know about this run.
    """

    sources: tuple[str, ...]
    record_sources: npt.NDArray[np.int32]
    record_ids: tuple[str, ...]
    left_records: npt.NDArray[np.int64]
    right_records: npt.NDArray[np.int64]
    match_weights: npt.NDArray[np.float64]
    match_probabilities: npt.NDArray[np.float64]
    parameters: tuple[LevelParameters, ...]
    blocking_rules: tuple[str, ...]
    probability_two_random_records_match: float
    dropped_block_keys: int
    assumptions: tuple[str, ...] = ASSUMPTIONS
    warnings: tuple[str, ...] = field(default=())

    @property
    def record_count(self) -> int:
        """Number of records over all extracts."""
        return len(self.record_ids)

    @property
    def pair_count(self) -> int:
        """Number of scored candidate pairs."""
        return int(self.left_records.shape[0])

    def summary(self) -> str:
        """A plain-text report: the model's parameters beside its assumptions."""
        lines = [
            (
                f"Records: {self.record_count} from {len(self.sources)} sources; "
                f"scored pairs: {self.pair_count}"
            ),
            f"Prior P(two random records match): {self.probability_two_random_records_match:.3g}",
            f"Blocking keys dropped as too common: {self.dropped_block_keys}",
            "Blocking rules: " + "; ".join(self.blocking_rules),
            "Comparison levels (m, u, weight):",
        ]
        lines += [
            f"  {level.field:<14} {level.label:<14} m={level.m_probability:.4f} "
            f"u={level.u_probability:.6f} w={level.match_weight:+.2f}"
            for level in self.parameters
        ]
        lines += ["Assumptions:", *(f"  - {text}" for text in self.assumptions)]
        if self.warnings:
            lines += ["Warnings:", *(f"  - {text}" for text in self.warnings)]
        return "\n".join(lines)


def score_pairs(
    extracts: Sequence[Extract],
    *,
    backend: str = "duckdb",
    progress: StageProgress | None = None,
    layout: LinkageLayout | None = None,
    max_block_size: int = DEFAULT_MAX_BLOCK_SIZE,
    seed: int = 20240611,
    memory_limit: str = DEFAULT_MEMORY_LIMIT,
    minimum_match_probability: float | None = MINIMUM_MATCH_PROBABILITY,
) -> PairScores:
    """Score the candidate pairs of several extracts with a Splink model trained on them.

    Args:
        extracts: two or more extracts of one network (same layout and secret).
        backend: ``"duckdb"`` (the only backend shipped; see ``docs/linkage.md`` for Spark).
        progress: optional ``progress(stage, done, total)`` callback.
        layout: the layout the extracts were made with; default the first extract's.
        max_block_size: blocking keys shared by more records are ignored.
        seed: seeds the LSH bit positions and the u sampling; same seed, same scores.
        memory_limit: DuckDB's memory limit (for example ``"4GB"``); beyond it DuckDB
            spills to a temporary directory removed afterwards.
        minimum_match_probability: candidate pairs scored below this probability (at the
            starting prior) are left out of the result; ``None`` keeps every candidate
            pair (for measuring blocking recall).

    Returns:
        The scored pairs with the trained model.

    Raises:
        LinkageError: an unknown backend, fewer than two extracts, repeated source labels,
            a record id repeated within an extract, or extracts made with different secrets,
            hardening or layouts.

    Assumptions:
        See :data:`ASSUMPTIONS`.

    References:
        Fellegi and Sunter (1969); Linacre et al. (2022); Durham (2012).
    """
    if backend != "duckdb":
        raise LinkageError(
            f"Unknown linkage backend {backend!r}; tipnet ships 'duckdb' (Spark: see "
            "docs/linkage.md)."
        )
    if not extracts:
        raise LinkageError("Linkage needs at least two extracts.")
    layout = layout or layout_for_version(extracts[0].layout_version)
    check_extracts(extracts, layout)
    report = progress or _ignore_progress
    with linkage_connection(memory_limit) as connection:
        return _score_on_connection(
            connection,
            extracts,
            report,
            layout,
            (max_block_size, minimum_match_probability),
            seed,
        )


@contextmanager
def linkage_connection(
    memory_limit: str = DEFAULT_MEMORY_LIMIT,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB connection that spills to a temporary directory past its limit.

    Insertion order is not preserved (every query that needs an order says ORDER BY), which
    lets DuckDB stream large joins and writes instead of buffering them. The directory and
    everything spilled into it are removed when the block ends.
    """
    with tempfile.TemporaryDirectory(prefix="tipnet-duckdb-") as spill_directory:
        connection = duckdb.connect()
        try:
            connection.execute("SET enable_progress_bar = false")
            connection.execute("SET preserve_insertion_order = false")
            connection.execute("SET memory_limit = ?", [memory_limit])
            connection.execute("SET temp_directory = ?", [spill_directory])
            yield connection
        finally:
            connection.close()


def _ignore_progress(_stage: str, _done: int, _total: int) -> None:
    """Progress callback that does nothing."""


def check_extracts(extracts: Sequence[Extract], layout: LinkageLayout | None = None) -> None:
    """Refuse extracts that cannot be compared with each other.

    Raises:
        LinkageError: fewer than two extracts, repeated source labels, repeated record ids
            within an extract, or differing layout version, key check value or hardening.
    """
    if len(extracts) < 2:
        raise LinkageError("Linkage needs at least two extracts.")
    layout = layout or layout_for_version(extracts[0].layout_version)
    labels = [extract.source_label for extract in extracts]
    repeated = sorted({label for label in labels if labels.count(label) > 1})
    if repeated:
        raise LinkageError(f"Source label {repeated[0]!r} appears in more than one extract.")
    first = extracts[0]
    for extract in extracts:
        _check_compatible(first, extract, layout)
        ids = [record.record_id for record in extract.records]
        if len(set(ids)) != len(ids):
            raise LinkageError(f"Extract {extract.source_label!r} repeats a record id.")


def _check_compatible(first: Extract, other: Extract, layout: LinkageLayout) -> None:
    if other.layout_version != layout.version:
        raise LinkageError(
            f"Extract {other.source_label!r} uses layout version {other.layout_version}; "
            f"this linkage compares version {layout.version}."
        )
    if other.key_check != first.key_check:
        raise LinkageError(
            f"Extracts {first.source_label!r} and {other.source_label!r} were made with "
            "different secrets (key check values differ); their encodings cannot be compared."
        )
    if other.is_hardened != first.is_hardened:
        raise LinkageError(
            f"Extract {other.source_label!r} differs from {first.source_label!r} in hardening."
        )


def _score_on_connection(
    connection: duckdb.DuckDBPyConnection,
    extracts: Sequence[Extract],
    report: StageProgress,
    layout: LinkageLayout,
    limits: tuple[int, float | None],
    seed: int,
) -> PairScores:
    max_block_size, minimum_match_probability = limits
    stage_count = len(_STAGES)
    report(_STAGES[0], 0, stage_count)
    rng = np.random.default_rng(seed)
    plan = plan_for_version(layout.version)
    record_sources, record_ids = load_records(connection, extracts, layout, rng)
    report(_STAGES[1], 1, stage_count)
    dropped = build_blocking_keys(connection, max_block_size)
    fields = fields_present(connection, plan)
    model = run_splink_model(
        connection,
        fields,
        report=report,
        stage_count=stage_count,
        seed=seed,
        plan=plan,
        minimum_match_probability=minimum_match_probability,
    )
    report(_STAGES[-1], stage_count, stage_count)
    left, right, weights = model.pairs
    prior, probabilities = reestimate_prior(weights, model.prior_weight, len(record_ids))
    return PairScores(
        sources=tuple(extract.source_label for extract in extracts),
        record_sources=_read_only(record_sources),
        record_ids=record_ids,
        left_records=_read_only(left),
        right_records=_read_only(right),
        match_weights=_read_only(weights - model.prior_weight + _log2_odds(prior)),
        match_probabilities=_read_only(probabilities),
        parameters=model.parameters,
        blocking_rules=model.blocking_rules,
        probability_two_random_records_match=prior,
        dropped_block_keys=dropped,
        assumptions=plan.assumptions,
        warnings=model.warnings,
    )


def _read_only(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    array.setflags(write=False)
    return array


def _log2_odds(probability: float) -> float:
    return math.log2(probability / (1.0 - probability))


def load_records(
    connection: duckdb.DuckDBPyConnection,
    extracts: Sequence[Extract],
    layout: LinkageLayout,
    rng: np.random.Generator,
) -> tuple[npt.NDArray[np.int32], tuple[str, ...]]:
    """Create the record table: one row per record, filters as ``BIT``, tokens, LSH bands.

    Returns:
        The source index and the record id of each record number.
    """
    records = [record for extract in extracts for record in extract.records]
    record_sources = np.repeat(
        np.arange(len(extracts), dtype=np.int32), [len(extract.records) for extract in extracts]
    )
    columns: dict[str, Any] = {"unique_id": pa.array(np.arange(len(records), dtype=np.int64))}
    plan = plan_for_version(layout.version)
    for name in layout.field_names:
        columns[name] = pa.array([record.fields.get(name) for record in records], pa.binary())
    columns["tokens"] = pa.array(
        [list(record.blocking_tokens) for record in records], pa.list_(pa.string())
    )
    bands = lsh_band_keys(records, layout, rng)
    for index in range(bands.shape[1]):
        column = bands[:, index]
        columns[f"band_{index}"] = pa.array(column, mask=column < 0)
    connection.register("tipnet_pprl_arrow", pa.table(columns))
    bit_columns = ", ".join(f"{name}::BIT AS {name}" for name in plan.compared_fields)
    band_columns = ", ".join(f"band_{index}" for index in range(bands.shape[1]))
    connection.execute(
        f"CREATE TABLE tipnet_pprl_input AS SELECT unique_id, tokens, {band_columns}, "  # noqa: S608  # column names are constants
        f"{bit_columns} FROM tipnet_pprl_arrow"
    )
    connection.unregister("tipnet_pprl_arrow")
    return record_sources, tuple(record.record_id for record in records)


def lsh_band_keys(
    records: Sequence[Any], layout: LinkageLayout, rng: np.random.Generator
) -> npt.NDArray[np.int64]:
    """Bit-sampling LSH band keys of the name and birth-date filters.

    Each band samples ``r`` bit positions of one field's filter; its key is the band number
    in the high bits and the sampled bits below. ``r`` grows with the number of records so
    that unrelated records share a band key with about ``TARGET_RANDOM_BLOCK_SIZE`` others.

    Returns:
        An array (records x bands) of keys, ``-1`` where the field is missing.

    References:
        Durham (2012); Karapiperis, D. and Verykios, V. S. (2015), An LSH-based blocking
        approach with a homomorphic matching technique for privacy-preserving record
        linkage, *IEEE TKDE* 27(4).
    """
    bits_per_band = int(np.clip(math.ceil(math.log2(max(len(records), 2) / 8)) + 2, 8, 30))
    bands = plan_for_version(layout.version).lsh_bands
    keys = np.full((len(records), sum(bands.values())), -1, dtype=np.int64)
    weights = np.left_shift(np.int64(1), np.arange(bits_per_band, dtype=np.int64))
    first_band = 0
    for name, band_count in bands.items():
        length_bits = layout.field(name).length_bits
        positions = [
            rng.choice(length_bits, bits_per_band, replace=False) for _ in range(band_count)
        ]
        present = np.array([name in record.fields for record in records], dtype=bool)
        rows = np.nonzero(present)[0]
        for start in range(0, rows.shape[0], 100_000):
            chunk = rows[start : start + 100_000]
            packed = b"".join(records[row].fields[name] for row in chunk)
            bits = np.unpackbits(
                np.frombuffer(packed, dtype=np.uint8).reshape(len(chunk), -1), axis=1
            )
            for band, sampled in enumerate(positions):
                band_id = first_band + band
                values = bits[:, sampled].astype(np.int64) @ weights
                keys[chunk, band_id] = (np.int64(band_id + 1) << 32) | values
        first_band += band_count
    return keys


def build_blocking_keys(
    connection: duckdb.DuckDBPyConnection,
    max_block_size: int,
    pair_budget_per_record: float = PAIR_BUDGET_PER_RECORD,
) -> int:
    """Unnest tokens and band keys, drop rare and too-common keys, store one list per record.

    A key shared by ``s`` records generates ``s (s - 1) / 2`` pairs. Keys are kept smallest
    first while the pairs of all kept keys stay within ``pair_budget_per_record`` times the
    number of records, and never beyond ``max_block_size``; keys of one size are kept or
    dropped together, so the result does not depend on the (keyed) key values.

    Returns:
        The number of keys dropped because too many records share them.
    """
    band_names = [
        str(row[0])
        for row in connection.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'tipnet_pprl_input' AND column_name LIKE 'band_%'"
        ).fetchall()
    ]
    band_selects = " UNION ALL ".join(
        f"SELECT unique_id, {name} AS block_key FROM tipnet_pprl_input WHERE {name} IS NOT NULL"  # noqa: S608  # names come from the schema
        for name in band_names
    )
    # Tokens are hashed into the upper half of the key space, where band keys never fall.
    keys_from_tokens_sql = (
        "SELECT unique_id, (hash(token) >> 1)::BIGINT | (1::BIGINT << 62) AS block_key "
        "FROM (SELECT unique_id, unnest(tokens) AS token FROM tipnet_pprl_input)"
    )
    all_keys_sql = f"{keys_from_tokens_sql} UNION ALL {band_selects}"
    connection.execute(f"CREATE TABLE tipnet_pprl_keys AS {all_keys_sql}")
    connection.execute(
        "CREATE TABLE tipnet_pprl_key_sizes AS SELECT block_key, count(*) AS size "
        "FROM tipnet_pprl_keys GROUP BY block_key"
    )
    largest = _largest_block_within_budget(connection, max_block_size, pair_budget_per_record)
    dropped_row = connection.execute(
        "SELECT count(*) FROM tipnet_pprl_key_sizes WHERE size > ?", [largest]
    ).fetchall()
    connection.execute(
        f"CREATE TABLE {RECORD_TABLE} AS "  # noqa: S608  # a constant table name
        "WITH kept AS (SELECT k.unique_id, list(DISTINCT k.block_key) AS blocking_keys "
        "  FROM tipnet_pprl_keys k JOIN tipnet_pprl_key_sizes s USING (block_key) "
        "  WHERE s.size BETWEEN 2 AND ? GROUP BY k.unique_id) "
        "SELECT i.* EXCLUDE (tokens), coalesce(kept.blocking_keys, []::BIGINT[]) "
        "AS blocking_keys FROM tipnet_pprl_input i LEFT JOIN kept USING (unique_id) "
        "ORDER BY unique_id",
        [largest],
    )
    for table in ("tipnet_pprl_keys", "tipnet_pprl_key_sizes", "tipnet_pprl_input"):
        connection.execute(f"DROP TABLE {table}")
    return int(dropped_row[0][0]) if dropped_row else 0


def _largest_block_within_budget(
    connection: duckdb.DuckDBPyConnection, max_block_size: int, pair_budget_per_record: float
) -> int:
    """The largest block size whose keys, with all smaller ones, fit the pair budget."""
    rows = connection.execute(
        "WITH per_size AS (SELECT size, sum(size * (size - 1) / 2) AS pairs "
        "  FROM tipnet_pprl_key_sizes WHERE size BETWEEN 2 AND ? GROUP BY size), "
        "cumulative AS (SELECT size, sum(pairs) OVER (ORDER BY size) AS pairs FROM per_size) "
        "SELECT max(size) FROM cumulative "
        "WHERE pairs <= ? * (SELECT count(*) FROM tipnet_pprl_input)",
        [max_block_size, pair_budget_per_record],
    ).fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else 1


def fields_present(
    connection: duckdb.DuckDBPyConnection, plan: ModelPlan = PLAN_V1
) -> tuple[str, ...]:
    """The compared fields that at least 1% of records hold (others cannot be trained)."""
    counts = ", ".join(f"count({name})" for name in plan.compared_fields)
    rows = connection.execute(
        f"SELECT count(*), {counts} FROM {RECORD_TABLE}"  # noqa: S608  # constant names
    ).fetchall()
    if not rows:
        return ()
    row = rows[0]
    total = max(int(row[0]), 1)
    return tuple(
        name
        for name, count in zip(plan.compared_fields, row[1:], strict=True)
        if int(count) >= 0.01 * total
    )
