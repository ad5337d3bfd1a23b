"""Decomposable (chordal) graphs on the lists, with their cliques and separators.

Madigan-York model averaging runs over every decomposable graphical model; the marginal
likelihood of such a model factorises over cliques and separators.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations


@dataclass(frozen=True)
class DecomposableGraph:
    """A chordal graph given by its cliques and (non-empty) separators, as bit masks.

    Attributes:
        edges: edges as pairs of zero-based list indices.
        cliques: maximal cliques in a running-intersection order.
        separators: non-empty separators of that order (a multiset).
    """

    edges: tuple[tuple[int, int], ...]
    cliques: tuple[int, ...]
    separators: tuple[int, ...]

    @property
    def component_count(self) -> int:
        """Cliques minus non-empty separators: the number of connected components."""
        return len(self.cliques) - len(self.separators)


@lru_cache(maxsize=8)
def decomposable_graphs(list_count: int) -> tuple[DecomposableGraph, ...]:
    """Every decomposable graph on ``list_count`` labelled vertices (8 for 3, 822 for 5)."""
    pairs = list(combinations(range(list_count), 2))
    graphs = []
    for selection in range(1 << len(pairs)):
        edges = tuple(pair for bit, pair in enumerate(pairs) if selection >> bit & 1)
        graph = _decompose(list_count, edges)
        if graph is not None:
            graphs.append(graph)
    return tuple(graphs)


def _decompose(list_count: int, edges: tuple[tuple[int, int], ...]) -> DecomposableGraph | None:
    neighbours = [0] * list_count
    for first, second in edges:
        neighbours[first] |= 1 << second
        neighbours[second] |= 1 << first
    order = _maximum_cardinality_order(list_count, neighbours)
    earlier = _earlier_neighbours(order, neighbours)
    if not _is_perfect_elimination(order, earlier):
        return None
    candidates = [(1 << vertex) | earlier[vertex] for vertex in order]
    cliques = [
        c
        for i, c in enumerate(candidates)
        if not any(c & other == c and c != other for other in candidates[i + 1 :])
    ]
    cliques = [c for i, c in enumerate(cliques) if c not in cliques[:i]]
    return DecomposableGraph(edges, tuple(cliques), _separators(cliques))


def _maximum_cardinality_order(list_count: int, neighbours: list[int]) -> list[int]:
    order: list[int] = []
    numbered = 0
    for _ in range(list_count):
        remaining = [v for v in range(list_count) if not numbered >> v & 1]
        vertex = max(remaining, key=lambda v: ((neighbours[v] & numbered).bit_count(), -v))
        order.append(vertex)
        numbered |= 1 << vertex
    return order


def _earlier_neighbours(order: list[int], neighbours: list[int]) -> dict[int, int]:
    seen = 0
    earlier: dict[int, int] = {}
    for vertex in order:
        earlier[vertex] = neighbours[vertex] & seen
        seen |= 1 << vertex
    return earlier


def _is_perfect_elimination(order: list[int], earlier: dict[int, int]) -> bool:
    position = {vertex: index for index, vertex in enumerate(order)}
    for vertex in order:
        if not earlier[vertex]:
            continue
        parent = max((v for v in order if earlier[vertex] >> v & 1), key=position.__getitem__)
        rest = earlier[vertex] & ~(1 << parent)
        if rest & ~earlier[parent]:
            return False
    return True


def _separators(cliques: list[int]) -> tuple[int, ...]:
    separators = []
    union = 0
    for clique in cliques:
        separator = clique & union
        if separator:
            separators.append(separator)
        union |= clique
    return tuple(separators)
