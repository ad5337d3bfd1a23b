"""Lists with no person in common must stay apart (EM has no true links to learn from)."""

from __future__ import annotations

from functools import cache

from tipnet.core.linkage import Extract, encode_identifier_batch, key_check_value
from tipnet.core.linkage.clustering import cluster_records
from tipnet.core.linkage.layout import LAYOUT_V2
from tipnet.core.linkage.persons import identifiers_from_case_row
from tipnet.core.linkage.scoring import PairScores, score_pairs
from tipnet.core.linkage.splink_model import best_level_beats_weakest
from tipnet.core.synthetic import generate_person_rows

SECRET = bytes(range(32))
RECORDS = 2000
ORGANISATIONS = 5


@cache
def streamed_rows() -> tuple[dict[str, str], ...]:
    """Distinct synthetic people (benchmarks/linkage.py --scale-run's stream, seed 1)."""
    return tuple(generate_person_rows(seed=1, count=RECORDS))


@cache
def no_overlap_scores() -> PairScores:
    """The stream dealt round-robin to five organisations: no person is in two lists."""
    rows = streamed_rows()
    extracts = [
        Extract(
            layout_version=2,
            source_label=f"org-{index}",
            is_hardened=True,
            key_check=key_check_value(SECRET, version=2),
            records=encode_identifier_batch(
                [identifiers_from_case_row(row) for row in rows[index::ORGANISATIONS]],
                secret=SECRET,
                layout=LAYOUT_V2,
            ),
        )
        for index in range(ORGANISATIONS)
    ]
    return score_pairs(extracts)


def test_distinct_people_in_five_lists_stay_apart() -> None:
    # No person is in two lists, so every merge is a false link. Before the degenerate-EM
    # guard 504 of the 2,000 records merged (1,496 clusters); with the starting m put back
    # instead of a zero weight, 107 (exact namesakes: same name and citizenship). 1 % (20
    # records) allows a few chance agreements across the fields EM did train.
    merged = RECORDS - cluster_records(no_overlap_scores()).cluster_count
    assert merged <= 0.01 * RECORDS


def test_em_that_found_namesakes_instead_of_matches_is_reported() -> None:
    # With no true links EM's "match" class was same-name-word pairs: m highest at the
    # weakest names level (0.64 at Dice 0.55 against 0.08 at Dice 0.8).
    assert any("names is given no weight" in text for text in no_overlap_scores().warnings)


def test_a_field_with_degenerate_em_weighs_nothing() -> None:
    names = [p for p in no_overlap_scores().parameters if p.field == "names"]
    assert names
    assert all(parameter.match_weight == 0.0 for parameter in names)


def test_best_level_must_be_the_likeliest_agreeing_level() -> None:
    assert best_level_beats_weakest((0.6, 0.15, 0.1, 0.05, 0.1))
    assert not best_level_beats_weakest((0.08, 0.15, 0.29, 0.64, 0.02))
    assert best_level_beats_weakest((0.95, 0.05))  # one agreeing level: nothing to compare
