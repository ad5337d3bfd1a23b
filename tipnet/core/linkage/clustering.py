"""Group scored records into clusters believed to be one person, and count them.

Clusters are built best link first (a greedy, Kruskal-like union over the pairs at or above
the threshold, highest probability first). Each organisation's list has mostly been
deduplicated already, so by default a cluster takes at most one record per source: a link
that would put two records of one source into one cluster is skipped, unless it is itself
a direct link between those two records with probability at least
``WITHIN_SOURCE_PROBABILITY`` (a duplicate inside one list). This stops chains such as
A1 - B1 - A2 from merging two different people of list A through one ambiguous record.

The threshold is a posterior probability from the model (default 0.5: a link is kept when
the model finds a match more likely than not). It is not tuned on ground truth.

References:
    Christen, P. (2012), *Data Matching*, Springer, ch. 6 (clustering of linked records).
    Linacre et al. (2022), Splink (connected components over thresholded pairs).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tipnet.core.errors import LinkageError
from tipnet.core.linkage.scoring import PairScores

__all__ = [
    "WITHIN_SOURCE_PROBABILITY",
    "ClusteredRecord",
    "Clustering",
    "capture_histories",
    "cluster_records",
    "count_unique_people",
]

WITHIN_SOURCE_PROBABILITY = 0.99


@dataclass(frozen=True)
class ClusteredRecord:
    """One input record and the cluster it was put in.

    Attributes:
        source: the source label of its extract.
        record_id: its pseudonymous record id.
        cluster_id: the cluster (1, 2, ... in order of first record).
        match_probability: the highest probability among the accepted links touching this
            record; for a record alone in its cluster, the highest probability of any of its
            scored pairs (all below the threshold), or 0 when it was never compared.
    """

    source: str
    record_id: str
    cluster_id: int
    match_probability: float


@dataclass(frozen=True)
class Clustering:
    """Records grouped into clusters believed to be one person each.

    Attributes:
        sources: source labels in input order.
        records: one entry per input record, in input order.
        threshold: the posterior probability a link needed.
        is_one_to_one_within_source: whether clusters hold at most one record per source
            (except direct within-source duplicates).
    """

    sources: tuple[str, ...]
    records: tuple[ClusteredRecord, ...]
    threshold: float
    is_one_to_one_within_source: bool

    @property
    def cluster_count(self) -> int:
        """Number of clusters (people, under the model)."""
        return len({record.cluster_id for record in self.records})


def cluster_records(
    scores: PairScores,
    *,
    threshold: float = 0.5,
    is_one_to_one_within_source: bool = True,
) -> Clustering:
    """Cluster the records of scored pairs into people.

    Args:
        scores: the output of :func:`~tipnet.core.linkage.scoring.score_pairs`.
        threshold: a link is used when its match probability is at least this.
        is_one_to_one_within_source: at most one record per source in a cluster, unless two
            records of a source are linked directly with probability at least
            :data:`WITHIN_SOURCE_PROBABILITY`.

    Returns:
        Every record with its cluster.

    Raises:
        LinkageError: the threshold is not a probability.

    Assumptions:
        Links are transitive within a cluster (a cluster is a connected set of accepted
        links); each source lists a person at most once, apart from direct duplicates.

    References:
        Christen (2012), ch. 6.
    """
    if not 0.0 < threshold <= 1.0:
        raise LinkageError(f"The threshold must be a probability in (0, 1]; got {threshold}.")
    order = np.argsort(-scores.match_probabilities, kind="stable")
    kept = order[scores.match_probabilities[order] >= threshold]
    forest = _SourceForest(scores.record_sources)
    accepted = np.zeros(scores.pair_count, dtype=bool)
    for pair in kept:
        left = int(scores.left_records[pair])
        right = int(scores.right_records[pair])
        probability = float(scores.match_probabilities[pair])
        if not is_one_to_one_within_source or forest.can_join(left, right, probability):
            accepted[pair] = forest.join(left, right)
    cluster_ids = forest.cluster_ids()
    probabilities = _record_probabilities(scores, accepted)
    records = tuple(
        ClusteredRecord(
            source=scores.sources[int(scores.record_sources[number])],
            record_id=record_id,
            cluster_id=int(cluster_ids[number]),
            match_probability=float(probabilities[number]),
        )
        for number, record_id in enumerate(scores.record_ids)
    )
    return Clustering(scores.sources, records, threshold, is_one_to_one_within_source)


class _SourceForest:
    """Union-find over record numbers that tracks the sources in each cluster."""

    def __init__(self, record_sources: npt.NDArray[np.int32]) -> None:
        self._record_sources = record_sources
        self._parent = list(range(len(record_sources)))
        self._sources: list[set[int]] = [{int(source)} for source in record_sources]

    def find(self, record: int) -> int:
        root = record
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[record] != root:  # path compression
            self._parent[record], record = root, self._parent[record]
        return root

    def can_join(self, left: int, right: int, probability: float) -> bool:
        left_root, right_root = self.find(left), self.find(right)
        shared = self._sources[left_root] & self._sources[right_root]
        if not shared or left_root == right_root:
            return True
        is_direct_duplicate = self._record_sources[left] == self._record_sources[right]
        return (
            is_direct_duplicate
            and probability >= WITHIN_SOURCE_PROBABILITY
            and shared == {int(self._record_sources[left])}
        )

    def join(self, left: int, right: int) -> bool:
        left_root, right_root = self.find(left), self.find(right)
        if left_root == right_root:
            return True
        if len(self._sources[left_root]) < len(self._sources[right_root]):
            left_root, right_root = right_root, left_root
        self._parent[right_root] = left_root
        self._sources[left_root] |= self._sources[right_root]
        self._sources[right_root] = set()
        return True

    def cluster_ids(self) -> npt.NDArray[np.int64]:
        roots = np.array([self.find(record) for record in range(len(self._parent))])
        _, first_index, inverse = np.unique(roots, return_index=True, return_inverse=True)
        rank = np.empty(first_index.shape[0], dtype=np.int64)
        rank[np.argsort(first_index, kind="stable")] = np.arange(1, first_index.shape[0] + 1)
        return np.asarray(rank[inverse], dtype=np.int64)


def _record_probabilities(
    scores: PairScores, accepted: npt.NDArray[np.bool_]
) -> npt.NDArray[np.float64]:
    best_accepted = np.zeros(scores.record_count, dtype=np.float64)
    best_any = np.zeros(scores.record_count, dtype=np.float64)
    for records in (scores.left_records, scores.right_records):
        np.maximum.at(best_any, records, scores.match_probabilities)
        np.maximum.at(best_accepted, records[accepted], scores.match_probabilities[accepted])
    is_linked = np.zeros(scores.record_count, dtype=bool)
    is_linked[scores.left_records[accepted]] = True
    is_linked[scores.right_records[accepted]] = True
    return np.where(is_linked, best_accepted, best_any)


def capture_histories(
    clustering: Clustering, sources: Sequence[str] | None = None
) -> dict[tuple[int, ...], int]:
    """The capture-history table multiple systems estimation needs.

    Args:
        clustering: the clusters.
        sources: the lists, in column order; default the clustering's sources.

    Returns:
        history (one 0/1 per source) -> number of clusters with that history; clusters
        with no record in ``sources`` (all zeros) are left out, as they are unobservable.

    Raises:
        LinkageError: a named source is not in the clustering, or a source is repeated.
    """
    columns = tuple(sources) if sources is not None else clustering.sources
    unknown = [source for source in columns if source not in clustering.sources]
    if unknown or len(set(columns)) != len(columns):
        raise LinkageError(f"Capture-history sources must be distinct and known: {unknown}.")
    position = {source: index for index, source in enumerate(columns)}
    member_sources: dict[int, set[int]] = {}
    for record in clustering.records:
        listed = member_sources.setdefault(record.cluster_id, set())
        if record.source in position:
            listed.add(position[record.source])
    counts: Counter[tuple[int, ...]] = Counter()
    for listed in member_sources.values():
        if listed:
            counts[tuple(int(index in listed) for index in range(len(columns)))] += 1
    return dict(counts)


def count_unique_people(clustering: Clustering) -> int:
    """The number of distinct people the clustering finds (its number of clusters)."""
    return clustering.cluster_count


def pairs_sharing_label(labels: Iterable[tuple[int, Hashable]]) -> set[tuple[int, int]]:
    """Every pair of record numbers that share a label (a cluster or a true person).

    Pairwise precision and recall of a clustering compare these sets for the predicted
    clusters and the truth; numbers are paired in the order they first appear.
    """
    members: dict[Hashable, list[int]] = defaultdict(list)
    for number, label in labels:
        members[label].append(number)
    return {
        (first, second)
        for group in members.values()
        for position, first in enumerate(group)
        for second in group[position + 1 :]
    }
