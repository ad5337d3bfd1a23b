"""Hierarchical models: names, parsing, enumeration, neighbours."""

from __future__ import annotations

import pytest

from tipnet.core.errors import EstimationInputError
from tipnet.core.estimation import enumerate_hierarchical_models, main_effects_model, parse_model
from tipnet.core.estimation.graphs import decomposable_graphs
from tipnet.core.estimation.models import boundary_terms, neighbour_models


def test_a_model_is_named_by_its_maximal_terms_as_multiple_systems_estimation_does() -> None:
    # MultipleSystemsEstimation writes the UK five-list BIC model as [123,25,34].
    model = parse_model("[34,25,123]", 5)
    assert model.name == "[123,25,34]"
    assert model.parameter_count == 12


def test_missing_main_effects_are_added() -> None:
    assert parse_model("[12]", 3).name == "[12,3]"
    assert main_effects_model(4).name == "[1,2,3,4]"


def test_terms_may_be_written_with_list_names() -> None:
    model = parse_model("[LA:NG,NG:GP]", 3, ("LA", "NG", "GP"))
    assert model.name == "[12,23]"


def test_ten_or_more_lists_use_dotted_terms() -> None:
    model = parse_model("[1.10,2]", 10)
    assert model.name.startswith("[1.10,")


@pytest.mark.parametrize("text", ["12,23", "[14]", "[1x]", "[LA:XX]"])
def test_malformed_models_are_refused(text: str) -> None:
    with pytest.raises(EstimationInputError):
        parse_model(text, 3, ("LA", "NG", "GP"))


@pytest.mark.parametrize(
    ("lists", "order", "expected"),
    [
        (3, 2, 8),  # 2^3 pair subsets
        (5, 2, 1024),  # Rcapture closedpMS.t(maxorder=2): 1,024 models (PUBLISHED.md §2)
        (6, 2, 32768),  # MultipleSystemsEstimation six-list catalogue: 32,768 models
        (4, 3, 113),  # 114 simplicial complexes on 4 labelled vertices minus the full one
        (5, 4, 6893),  # 6,894 complexes on 5 labelled vertices minus the full one
    ],
)
def test_enumeration_counts_every_hierarchical_model_once(
    lists: int, order: int, expected: int
) -> None:
    models = enumerate_hierarchical_models(lists, order)
    assert len(models) == expected
    assert len(set(models)) == expected


def test_every_enumerated_model_is_closed_under_subsets() -> None:
    for model in enumerate_hierarchical_models(4, 3):
        present = set(model.terms)
        assert all(
            term & ~(1 << i) in present for term in model.terms for i in range(4) if term >> i & 1
        )


def test_boundary_terms_keep_the_model_hierarchical() -> None:
    model = parse_model("[12,13,23]", 3)
    assert boundary_terms(model, 3) == (7,)
    assert boundary_terms(model, 2) == ()


def test_neighbours_remove_one_maximal_term_or_add_one() -> None:
    names = {model.name for model in neighbour_models(parse_model("[12,3]", 3), 2)}
    assert names == {"[1,2,3]", "[12,13]", "[12,23]"}


@pytest.mark.parametrize(("lists", "expected"), [(3, 8), (4, 61), (5, 822)])
def test_decomposable_graphs_match_the_count_of_labelled_chordal_graphs(
    lists: int, expected: int
) -> None:
    # OEIS A058862: labelled chordal graphs on n nodes: 1, 2, 8, 61, 822, ...
    assert len(decomposable_graphs(lists)) == expected
