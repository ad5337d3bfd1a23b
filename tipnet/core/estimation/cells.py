"""The observable cells of a capture-history table and how model terms map onto them.

A capture history over ``t`` lists is a bit mask: bit ``i`` is set when a person is on list
``i``. The ``2**t - 1`` non-zero masks are the observable cells, stored in mask order
(cell ``h`` at index ``h - 1``); the all-zero history is the dark figure and is never observed.
A log-linear model term is also a bit mask (``0`` is the intercept); it contributes to every
cell that contains it. This is the "master design" of Silverman, Chan & Vincent (2024).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


def bit_count(mask: int) -> int:
    """Number of lists in a capture history or model term."""
    return int(mask).bit_count()


def list_indices(mask: int, list_count: int) -> tuple[int, ...]:
    """Zero-based indices of the lists present in ``mask``."""
    return tuple(index for index in range(list_count) if mask >> index & 1)


def cell_count(list_count: int) -> int:
    """Number of observable cells (capture histories other than all-zero)."""
    return (1 << list_count) - 1


@lru_cache(maxsize=64)
def cell_masks(list_count: int) -> IntArray:
    """The masks ``1 .. 2**t - 1`` of the observable cells, read-only."""
    masks = np.arange(1, 1 << list_count, dtype=np.int64)
    masks.setflags(write=False)
    return masks


@lru_cache(maxsize=4096)
def inclusion_matrix(list_count: int, terms: tuple[int, ...]) -> FloatArray:
    """Design matrix: rows are observable cells, columns are terms; 1 where the cell holds the term.

    Cached and read-only, because every fit of the same model on the same lists (for example
    every bootstrap resample) reuses it.
    """
    masks = cell_masks(list_count)
    term_array = np.asarray(terms, dtype=np.int64)
    design: FloatArray = ((masks[:, None] & term_array[None, :]) == term_array[None, :]).astype(
        np.float64
    )
    design.setflags(write=False)
    return design


def cells_containing_any(list_count: int, terms: tuple[int, ...]) -> BoolArray:
    """Cells that contain at least one of ``terms`` (for terms fitted at minus infinity)."""
    masks = cell_masks(list_count)
    hit = np.zeros(masks.shape, dtype=np.bool_)
    for term in terms:
        hit |= (masks & term) == term
    return hit


def term_totals(list_count: int, terms: tuple[int, ...], counts: FloatArray) -> FloatArray:
    """Sufficient statistics: the number of people in all lists of each term."""
    totals: FloatArray = inclusion_matrix(list_count, terms).T @ counts
    return totals
