"""What keeps linkage linear at scale: the pair budget, the probability floor, DuckDB limits."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tipnet.core.linkage import Extract, encode_identifier_batch, key_check_value
from tipnet.core.linkage.persons import identifiers_from_case_row
from tipnet.core.linkage.scoring import (
    PairScores,
    build_blocking_keys,
    linkage_connection,
    score_pairs,
)
from tipnet.core.linkage.splink_model import RECORD_TABLE
from tipnet.core.synthetic import generate_network

SECRET = bytes(range(32))


def _connection_with_blocks(sizes: list[int]) -> duckdb.DuckDBPyConnection:
    """A record table in which block ``i`` (token ``t<i>``) holds ``sizes[i]`` records."""
    tokens = [f"t{block}" for block, size in enumerate(sizes) for _ in range(size)]
    connection = duckdb.connect()
    connection.execute(
        "CREATE TABLE tipnet_pprl_input (unique_id BIGINT, tokens VARCHAR[], band_0 BIGINT)"
    )
    connection.executemany(
        "INSERT INTO tipnet_pprl_input VALUES (?, ?, NULL)",
        [(number, [token]) for number, token in enumerate(tokens)],
    )
    return connection


def _kept_block_sizes(connection: duckdb.DuckDBPyConnection) -> list[int]:
    rows = connection.execute(
        "SELECT count(*) FROM (SELECT unnest(blocking_keys) AS block_key "  # noqa: S608
        f"FROM {RECORD_TABLE}) GROUP BY block_key ORDER BY 1"
    ).fetchall()
    return [int(row[0]) for row in rows]


def test_largest_blocks_are_dropped_first_until_the_pairs_fit_the_budget() -> None:
    # 20 records: blocks of 2, 3 and 10 records give 1 + 3 + 45 pairs; 5 records are alone.
    connection = _connection_with_blocks([2, 3, 10, 1, 1, 1, 1, 1])
    dropped = build_blocking_keys(connection, max_block_size=300, pair_budget_per_record=1.0)
    assert _kept_block_sizes(connection) == [2, 3]  # 4 pairs <= 1 per record; 49 are not
    assert dropped == 1


def test_a_budget_that_holds_every_block_keeps_them_all() -> None:
    connection = _connection_with_blocks([2, 3, 10, 1, 1, 1, 1, 1])
    dropped = build_blocking_keys(connection, max_block_size=300, pair_budget_per_record=2.5)
    assert _kept_block_sizes(connection) == [2, 3, 10]  # 49 pairs <= 2.5 x 20 records
    assert dropped == 0


def test_blocks_of_one_size_are_kept_or_dropped_together() -> None:
    # Two blocks of 4 records give 12 pairs together; a budget for one of them keeps neither.
    connection = _connection_with_blocks([2, 4, 4, 1, 1])
    build_blocking_keys(connection, max_block_size=300, pair_budget_per_record=0.9)
    assert _kept_block_sizes(connection) == [2]


def test_max_block_size_still_caps_a_generous_budget() -> None:
    connection = _connection_with_blocks([2, 3, 10])
    dropped = build_blocking_keys(connection, max_block_size=5, pair_budget_per_record=100.0)
    assert _kept_block_sizes(connection) == [2, 3]
    assert dropped == 1


def test_linkage_connection_limits_memory_and_removes_its_spill_directory() -> None:
    with linkage_connection("1GB") as connection:
        limit, directory, ordered = connection.execute(
            "SELECT current_setting('memory_limit'), current_setting('temp_directory'), "
            "current_setting('preserve_insertion_order')"
        ).fetchall()[0]
        assert Path(directory).is_dir()
    assert limit == "953.6 MiB"  # 10^9 bytes, as DuckDB shows them
    assert ordered is False
    assert not Path(directory).exists()


@pytest.mark.slow
def test_the_probability_floor_drops_only_pairs_that_could_never_link() -> None:
    network = generate_network(seed=7, people=3000)
    extracts = [
        Extract(
            1,
            key,
            True,
            key_check_value(SECRET, version=1),
            encode_identifier_batch(
                [identifiers_from_case_row(row) for row in rows], secret=SECRET
            ),
        )
        for key, rows in network.case_rows.items()
    ]
    every_pair = score_pairs(extracts, minimum_match_probability=None)
    floored = score_pairs(extracts, minimum_match_probability=1e-3)

    assert floored.pair_count < every_pair.pair_count
    assert _pairs_from(floored, 0.0) <= _pairs_from(every_pair, 0.0)
    assert _pairs_from(floored, 0.5) == _pairs_from(every_pair, 0.5)


def _pairs_from(scores: PairScores, threshold: float) -> set[tuple[int, int]]:
    return {
        (int(left), int(right))
        for left, right, probability in zip(
            scores.left_records, scores.right_records, scores.match_probabilities, strict=True
        )
        if probability >= threshold
    }
