"""Hierarchical log-linear models for capture-history tables.

A hierarchical model is a set of terms closed under taking subsets: if the interaction of
lists 1, 2 and 3 is in the model, so are 12, 13, 23 and every main effect. It is named by its
maximal terms, as MultipleSystemsEstimation and Rcapture write it: ``"[12,23]"`` for three
lists is main effects plus the two interactions 12 and 23. Lists are numbered from 1; with ten
or more lists the numbers inside a term are separated by dots (``"[1.10,2]"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from tipnet.core.errors import EstimationInputError, FieldProblem
from tipnet.core.estimation.cells import bit_count, list_indices

_MODEL_TEXT = re.compile(r"^\s*\[(.*)\]\s*$")


@dataclass(frozen=True)
class HierarchicalModel:
    """A hierarchical Poisson log-linear model over ``list_count`` lists.

    Attributes:
        list_count: number of lists ``t``.
        terms: every term as a bit mask, sorted by order then mask; ``0`` is the intercept
            and every main effect is always present.
    """

    list_count: int
    terms: tuple[int, ...]

    @cached_property
    def name(self) -> str:
        """The model named by its maximal terms, e.g. ``"[123,25,34]"``."""
        return "[" + ",".join(self.term_label(root) for root in self.generators) + "]"

    @cached_property
    def generators(self) -> tuple[int, ...]:
        """Maximal terms, ordered as MultipleSystemsEstimation orders them."""
        present = set(self.terms)
        roots = [
            term
            for term in self.terms
            if term
            and not any(
                term | 1 << index in present
                for index in range(self.list_count)
                if not term >> index & 1
            )
        ]
        return tuple(sorted(roots, key=self._root_weight, reverse=True))

    @cached_property
    def interactions(self) -> tuple[int, ...]:
        """Terms of order two or more."""
        return tuple(term for term in self.terms if bit_count(term) >= 2)

    @property
    def order(self) -> int:
        """Highest interaction order in the model (1 for main effects only)."""
        return max(bit_count(term) for term in self.terms)

    @property
    def parameter_count(self) -> int:
        """Number of parameters including the intercept and any at minus infinity."""
        return len(self.terms)

    def term_label(self, term: int) -> str:
        """Digits of the lists in one term, as used inside a model name."""
        numbers = [str(index + 1) for index in list_indices(term, self.list_count)]
        return ("." if self.list_count >= 10 else "").join(numbers)

    def term_names(self, term: int, list_names: Sequence[str]) -> str:
        """A term written with list names, e.g. ``"LA:NG"``."""
        return ":".join(list_names[index] for index in list_indices(term, self.list_count))

    def with_term(self, term: int) -> HierarchicalModel:
        """The model with one more term (the caller keeps the hierarchy)."""
        return HierarchicalModel(self.list_count, _sorted_terms({*self.terms, term}))

    def without_term(self, term: int) -> HierarchicalModel:
        """The model with one maximal term removed."""
        return HierarchicalModel(self.list_count, _sorted_terms(set(self.terms) - {term}))

    def _root_weight(self, term: int) -> float:
        indices = [index + 1 for index in list_indices(term, self.list_count)]
        return len(indices) + sum(0.5**index for index in indices)


def _sorted_terms(terms: set[int]) -> tuple[int, ...]:
    return tuple(sorted(terms, key=lambda term: (bit_count(term), term)))


def main_effects_model(list_count: int) -> HierarchicalModel:
    """The independence model: intercept and one main effect per list."""
    return HierarchicalModel(list_count, (0, *(1 << index for index in range(list_count))))


def model_from_generators(list_count: int, generators: Sequence[int]) -> HierarchicalModel:
    """The smallest hierarchical model containing ``generators`` and all main effects."""
    terms = set(main_effects_model(list_count).terms)
    for generator in generators:
        terms.update(_subsets(generator))
    return HierarchicalModel(list_count, _sorted_terms(terms))


def _subsets(mask: int) -> Iterator[int]:
    subset = mask
    while True:
        yield subset
        if subset == 0:
            return
        subset = (subset - 1) & mask


def parse_model(text: str, list_count: int, list_names: Sequence[str] = ()) -> HierarchicalModel:
    """Read a model written by its maximal terms.

    Accepts ``"[12,23]"`` (list numbers from 1), ``"[1.10,2]"`` (dot-separated numbers) and
    ``"[LA:NG,NG:GP]"`` (list names joined by colons). Missing main effects are added.

    Raises:
        EstimationInputError: the text is not a model over these lists.
    """
    match = _MODEL_TEXT.match(text)
    if match is None:
        raise _model_error(text, "write the model as maximal terms in brackets, e.g. [12,23]")
    tokens = [token.strip() for token in match.group(1).split(",") if token.strip()]
    generators = [_parse_term(token, list_count, list_names, text) for token in tokens]
    return model_from_generators(list_count, generators)


def _parse_term(token: str, list_count: int, list_names: Sequence[str], text: str) -> int:
    if ":" in token or (token in list_names and not token.isdigit()):
        parts = token.split(":")
        if any(part not in list_names for part in parts):
            raise _model_error(text, f"unknown list name in term {token!r}")
        numbers = [list_names.index(part) + 1 for part in parts]
    elif "." in token or list_count >= 10:
        numbers = [_as_number(part, text) for part in token.split(".")]
    else:
        numbers = [_as_number(character, text) for character in token]
    if any(number < 1 or number > list_count for number in numbers):
        raise _model_error(text, f"term {token!r} names a list outside 1..{list_count}")
    return sum(1 << (number - 1) for number in set(numbers))


def _as_number(part: str, text: str) -> int:
    if not part.isdigit():
        raise _model_error(text, f"{part!r} is not a list number")
    return int(part)


def _model_error(text: str, message: str) -> EstimationInputError:
    return EstimationInputError(
        FieldProblem(field="model", message=f"{message} (got {text!r})", code="bad_model")
    )


def boundary_terms(model: HierarchicalModel, max_order: int) -> tuple[int, ...]:
    """Terms not in the model whose every parent is, up to ``max_order``, in mask order.

    Adding any of them keeps the model hierarchical.
    """
    present = set(model.terms)
    candidates: set[int] = set()
    for term in model.terms:
        for index in range(model.list_count):
            child = term | 1 << index
            if child not in present and bit_count(child) <= max_order:
                candidates.add(child)
    return tuple(
        sorted(
            (child for child in candidates if _parents_present(child, present, model.list_count)),
            key=lambda term: (bit_count(term), term),
        )
    )


def _parents_present(term: int, present: set[int], list_count: int) -> bool:
    return all(term & ~(1 << index) in present for index in list_indices(term, list_count))


def highest_allowed_order(list_count: int, max_order: int | None) -> int:
    """Cap an interaction order at ``t - 1``: the ``t``-way term is never identifiable."""
    ceiling = list_count - 1
    return ceiling if max_order is None else max(1, min(max_order, ceiling))


def enumerate_hierarchical_models(list_count: int, max_order: int) -> tuple[HierarchicalModel, ...]:
    """Every hierarchical model with all main effects and interactions up to ``max_order``.

    The ``t``-way interaction is never included. For five lists and order 2 there are 1,024
    models; for six lists and order 2, 32,768.
    """
    order = highest_allowed_order(list_count, max_order)
    candidates = [mask for mask in range(1, 1 << list_count) if 2 <= bit_count(mask) <= order]
    candidates.sort(key=lambda term: (bit_count(term), term))
    base = set(main_effects_model(list_count).terms)
    found: list[HierarchicalModel] = []
    _extend_models(list_count, candidates, 0, base, found)
    return tuple(found)


def _extend_models(
    list_count: int,
    candidates: list[int],
    position: int,
    chosen: set[int],
    found: list[HierarchicalModel],
) -> None:
    # Depth-first over candidate terms in order of size: a term may join only when all its
    # parents already did, so every leaf is a hierarchical model and each appears once.
    if position == len(candidates):
        found.append(HierarchicalModel(list_count, _sorted_terms(chosen)))
        return
    _extend_models(list_count, candidates, position + 1, chosen, found)
    term = candidates[position]
    if _parents_present(term, chosen, list_count):
        chosen.add(term)
        _extend_models(list_count, candidates, position + 1, chosen, found)
        chosen.discard(term)


def neighbour_models(model: HierarchicalModel, max_order: int) -> tuple[HierarchicalModel, ...]:
    """Models one step away: one maximal interaction removed, or one boundary term added.

    Used by the downhill search of Silverman, Chan & Vincent (2024); main effects are kept.
    """
    removals = [model.without_term(root) for root in model.generators if bit_count(root) >= 2]
    additions = [model.with_term(term) for term in boundary_terms(model, max_order)]
    return tuple(removals + additions)
