"""Clustering scored records into people, and the counts estimation needs."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pytest

from tipnet.core.errors import LinkageError
from tipnet.core.linkage.clustering import (
    WITHIN_SOURCE_PROBABILITY,
    Clustering,
    capture_histories,
    cluster_records,
    count_unique_people,
)
from tipnet.core.linkage.clustering import pairs_sharing_label as true_pairs
from tipnet.core.linkage.scoring import PairScores

from .test_scoring import (
    encoded_network,
    network_scores,
    person_pairs,
    precision_recall,
)


def hand_made_scores(
    record_sources: list[int], pairs: list[tuple[int, int, float]], sources: int = 2
) -> PairScores:
    """Scores for a few records: (left, right, probability) per pair."""
    left, right, probabilities = (np.array(column) for column in zip(*pairs, strict=True))
    return PairScores(
        sources=tuple(f"org-{index}" for index in range(sources)),
        record_sources=np.array(record_sources, dtype=np.int32),
        record_ids=tuple(f"r{number}" for number in range(len(record_sources))),
        left_records=left.astype(np.int64),
        right_records=right.astype(np.int64),
        match_weights=np.log2(probabilities / (1 - probabilities)),
        match_probabilities=probabilities.astype(np.float64),
        parameters=(),
        blocking_rules=(),
        probability_two_random_records_match=0.01,
        dropped_block_keys=0,
    )


def cluster_of(clustering: Clustering) -> dict[str, int]:
    return {record.record_id: record.cluster_id for record in clustering.records}


def test_a_chain_through_one_record_does_not_merge_two_records_of_one_source() -> None:
    # r0 and r2 are both in org-0; r1 (org-1) links to both. Only the stronger link stays.
    scores = hand_made_scores([0, 1, 0], [(0, 1, 0.9), (1, 2, 0.8)])
    clusters = cluster_of(cluster_records(scores))
    assert clusters["r0"] == clusters["r1"]
    assert clusters["r2"] != clusters["r1"]


def test_without_the_constraint_the_chain_merges_everything() -> None:
    scores = hand_made_scores([0, 1, 0], [(0, 1, 0.9), (1, 2, 0.8)])
    clustering = cluster_records(scores, is_one_to_one_within_source=False)
    assert count_unique_people(clustering) == 1


def test_a_direct_within_source_duplicate_with_high_probability_is_merged() -> None:
    scores = hand_made_scores([0, 0, 1], [(0, 1, 0.995), (1, 2, 0.9)])
    assert count_unique_people(cluster_records(scores)) == 1


def test_a_weak_within_source_duplicate_is_not_merged() -> None:
    scores = hand_made_scores([0, 0], [(0, 1, 0.9)])
    assert count_unique_people(cluster_records(scores)) == 2


def test_links_below_the_threshold_are_ignored() -> None:
    scores = hand_made_scores([0, 1, 1], [(0, 1, 0.49), (0, 2, 0.2)])
    clustering = cluster_records(scores, threshold=0.5)
    assert count_unique_people(clustering) == 3
    assert cluster_of(clustering) == {"r0": 1, "r1": 2, "r2": 3}


def test_record_probability_is_its_strongest_accepted_link_or_best_candidate() -> None:
    scores = hand_made_scores([0, 1, 1], [(0, 1, 0.97), (0, 2, 0.3)])
    probabilities = {r.record_id: r.match_probability for r in cluster_records(scores).records}
    assert probabilities == {"r0": 0.97, "r1": 0.97, "r2": 0.3}


def test_a_threshold_outside_zero_to_one_is_refused() -> None:
    scores = hand_made_scores([0, 1], [(0, 1, 0.9)])
    with pytest.raises(LinkageError, match="probability"):
        cluster_records(scores, threshold=1.5)


def test_every_network_record_is_in_exactly_one_cluster() -> None:
    scores = network_scores()
    clustering = cluster_records(scores)
    assert len(clustering.records) == scores.record_count
    keys = [(record.source, record.record_id) for record in clustering.records]
    assert len(set(keys)) == len(keys)
    assert set(encoded_network().truth) == set(keys)


def test_network_clusters_repeat_a_source_only_through_a_direct_strong_link() -> None:
    scores = network_scores()
    clustering = cluster_records(scores)
    members: dict[tuple[int, str], list[int]] = defaultdict(list)
    for number, record in enumerate(clustering.records):
        members[(record.cluster_id, record.source)].append(number)
    strong = {
        (int(left), int(right))
        for left, right, probability in zip(
            scores.left_records, scores.right_records, scores.match_probabilities, strict=True
        )
        if probability >= WITHIN_SOURCE_PROBABILITY
    }
    repeated = [group for group in members.values() if len(group) > 1]
    for group in repeated:
        linked = {(a, b) for a in group for b in group if a < b} & strong
        assert linked, group
    per_cluster = Counter(cluster for cluster, _source in members)
    assert len(repeated) < 0.05 * len(per_cluster)


def test_network_clusters_agree_with_the_truth_within_measured_limits() -> None:
    # Measured (seed 7, the compositional name model of tipnet.core.synthetic): precision
    # 0.66, recall 0.51, 2,390 clusters for 2,275 people (+5.1 %). See test_scoring for why
    # hardened layout-v1 encodings cap these numbers.
    scores = network_scores()
    clustering = cluster_records(scores)
    predicted = true_pairs(
        (number, record.cluster_id) for number, record in enumerate(clustering.records)
    )
    precision, recall = precision_recall(predicted, person_pairs(scores, encoded_network().truth))
    assert precision >= 0.6
    assert recall >= 0.45
    people = len(set(encoded_network().truth.values()))
    assert abs(count_unique_people(clustering) - people) <= 0.07 * people


def test_capture_histories_sum_to_the_number_of_clusters() -> None:
    clustering = cluster_records(network_scores())
    histories = capture_histories(clustering)
    assert sum(histories.values()) == count_unique_people(clustering)
    assert all(len(history) == len(clustering.sources) for history in histories)
    assert all(any(history) for history in histories)


def test_capture_histories_follow_the_requested_source_order() -> None:
    scores = hand_made_scores([0, 1, 1], [(0, 1, 0.97)])
    clustering = cluster_records(scores)
    assert capture_histories(clustering, ["org-1", "org-0"]) == {(1, 1): 1, (1, 0): 1}
    assert capture_histories(clustering, ["org-0"]) == {(1,): 1}


def test_capture_histories_refuse_an_unknown_source() -> None:
    clustering = cluster_records(hand_made_scores([0, 1], [(0, 1, 0.97)]))
    with pytest.raises(LinkageError, match="org-9"):
        capture_histories(clustering, ["org-0", "org-9"])
