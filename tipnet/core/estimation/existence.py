"""Does a model's extended maximum-likelihood estimate exist, and is it identifiable?

Two checks on every candidate model (Chan, Silverman & Vincent 2021, §2):

* **Existence** (Fienberg & Rinaldo 2012): after terms whose lists never overlap are sent to
  minus infinity and their cells dropped, the MLE exists if and only if some strictly positive
  table has the same sufficient statistics as the data. That is a linear programme: maximise
  ``s`` subject to ``A x = A y`` and ``x >= s``; the MLE exists when the optimum is positive.
  Solved with scipy's HiGHS.
* **Identifiability**: the design restricted to the remaining cells and finite terms has full
  column rank.

Status codes follow MultipleSystemsEstimation: 0 ok, 1 MLE does not exist, 2 not
identifiable, 3 both. Both checks depend only on which cells are zero, so results are cached
by model and zero pattern (Silverman, Chan & Vincent 2024).
"""

from __future__ import annotations

from enum import IntEnum
from functools import lru_cache

import numpy as np
from scipy.optimize import linprog

from tipnet.core.estimation.cells import (
    BoolArray,
    FloatArray,
    cells_containing_any,
    inclusion_matrix,
)


class ModelStatus(IntEnum):
    """Outcome of the existence and identifiability checks."""

    OK = 0
    MLE_DOES_NOT_EXIST = 1
    NOT_IDENTIFIABLE = 2
    NEITHER_EXISTS_NOR_IDENTIFIABLE = 3

    @property
    def description(self) -> str:
        """A short English sentence for reports."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    ModelStatus.OK: "estimate exists and is identifiable",
    ModelStatus.MLE_DOES_NOT_EXIST: "extended MLE does not exist (Fienberg-Rinaldo)",
    ModelStatus.NOT_IDENTIFIABLE: "parameters not identifiable (rank deficient)",
    ModelStatus.NEITHER_EXISTS_NOR_IDENTIFIABLE: "MLE does not exist and is not identifiable",
}

# A positive optimum below this share of the total is numerical noise from HiGHS.
_LP_RELATIVE_TOLERANCE = 1e-9


def minus_infinity_terms(terms: tuple[int, ...], totals: FloatArray) -> tuple[int, ...]:
    """Terms whose lists are never seen together: their extended MLE is minus infinity."""
    return tuple(term for term, total in zip(terms, totals, strict=True) if total <= 0)


def kept_cells(list_count: int, neginf_terms: tuple[int, ...]) -> BoolArray:
    """Cells still fitted once the minus-infinity terms and their descendants drop out."""
    return ~cells_containing_any(list_count, neginf_terms)


def check_model_status(list_count: int, terms: tuple[int, ...], counts: FloatArray) -> ModelStatus:
    """Run both checks for one model on one table of counts.

    Args:
        list_count: number of lists.
        terms: the model's terms (bit masks, intercept ``0`` first).
        counts: counts of the ``2**t - 1`` observable cells.

    Returns:
        The status code (0 ok, 1 no MLE, 2 not identifiable, 3 both).

    Assumptions:
        Poisson sampling of the observable cells; the extended MLE convention of Chan,
        Silverman & Vincent (2021) for terms with zero sufficient statistic.

    References:
        Fienberg, S. E. & Rinaldo, A. (2012). Maximum likelihood estimation in log-linear
        models. Annals of Statistics 40, 996-1023. Chan, L., Silverman, B. W. & Vincent, K.
        (2021). JASA 116, 1297-1306.
    """
    support = tuple(bool(value) for value in counts > 0)
    return _cached_status(list_count, terms, support)


@lru_cache(maxsize=200_000)
def _cached_status(
    list_count: int, terms: tuple[int, ...], support: tuple[bool, ...]
) -> ModelStatus:
    indicator = np.asarray(support, dtype=np.float64)
    design = inclusion_matrix(list_count, terms)
    neginf = minus_infinity_terms(terms, design.T @ indicator)
    keep = kept_cells(list_count, neginf)
    finite = np.array([term not in neginf for term in terms])
    reduced = design[np.ix_(keep, finite)]
    exists = has_positive_solution(reduced, indicator[keep])
    identifiable = is_full_column_rank(reduced)
    return ModelStatus(int(not exists) + 2 * int(not identifiable))


def is_full_column_rank(design: FloatArray) -> bool:
    """Whether the design's columns are linearly independent."""
    if design.shape[0] < design.shape[1]:
        return False
    return bool(np.linalg.matrix_rank(design) == design.shape[1])


@lru_cache(maxsize=100_000)
def _cached_rank(list_count: int, terms: tuple[int, ...], kept: bytes) -> bool:
    keep = np.frombuffer(kept, dtype=np.bool_)
    return is_full_column_rank(inclusion_matrix(list_count, terms)[keep])


def is_identifiable(list_count: int, terms: tuple[int, ...], keep: BoolArray) -> bool:
    """Full column rank of the finite terms on the kept cells (cached by pattern)."""
    return _cached_rank(list_count, terms, keep.tobytes())


def has_positive_solution(design: FloatArray, counts: FloatArray) -> bool:
    """Fienberg-Rinaldo linear programme: is there ``x > 0`` with ``X' x = X' counts``?

    Args:
        design: cells-by-terms design of the finite part of the model.
        counts: counts (or the 0/1 support) of the kept cells.
    """
    cells, terms = design.shape
    if cells == 0:
        return False
    if np.all(counts > 0):
        return True
    objective = np.zeros(cells + 1)
    objective[-1] = -1.0
    equality = np.hstack([design.T, np.zeros((terms, 1))])
    inequality = np.hstack([-np.eye(cells), np.ones((cells, 1))])
    result = linprog(
        objective,
        A_ub=inequality,
        b_ub=np.zeros(cells),
        A_eq=equality,
        b_eq=design.T @ counts,
        bounds=(0, None),
        method="highs",
    )
    if result.status != 0 or result.fun is None:
        return False
    return bool(-result.fun > _LP_RELATIVE_TOLERANCE * max(1.0, float(counts.sum())))
