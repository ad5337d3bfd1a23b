"""Drawing names from a pool: head names and built forms, one at a time or in numpy blocks.

A role's names (for example Thai family names) are a mixture: the pool's common head names
with Zipf-like weights, plus each built :class:`NameForm` with its share. A built name joins
one piece from each of the form's tables; its Latin spellings compose the pieces' spellings
system by system, so ``ทอง`` + ``สุข`` reads ``Thongsuk`` or ``Tongsook`` (katakana ``トンスック``)
and never a spelling of another native name.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

import numpy as np
import numpy.typing as npt

from tipnet.core.synthetic.name_pool import NameEntry, NameForm, NameParts
from tipnet.core.synthetic.names import name_pool_for

Role = Literal["given_feminine", "given_masculine", "family", "middle_feminine", "middle_masculine"]
StringArray = npt.NDArray[np.str_]
_CANONICAL_SPELLING_SHARE = 0.5
"""Stream only: share of rows written in a name's first spelling system."""
_KATAKANA_SPACE = "・"  # how Japanese documents separate the parts of a foreign name


@dataclass(frozen=True)
class RoleForms:
    """All forms of one role of one country, with cumulative shares for drawing."""

    forms: tuple[NameForm, ...]
    cumulative: tuple[float, ...]


@cache
def role_forms(country: str, role: Role) -> RoleForms:
    """The head (as a one-table form) and the built forms of one role, shares summing to 1.

    Args:
        country: alpha-2 origin country with a pool.
        role: which names.

    Returns:
        The forms; empty when the pool has no names for the role (no middle names).
    """
    pool = name_pool_for(country)
    head: tuple[NameEntry, ...] = getattr(pool, role)
    built: tuple[NameForm, ...] = getattr(pool, f"{role}_forms")
    built_share = sum(form.share for form in built)
    if built_share > 1.0 + 1e-9:
        raise ValueError(f"{country} {role}: built forms take more than the whole ({built_share})")
    forms = list(built)
    if head:
        weights = pool.family_weights if role == "family" else ()
        systems = tuple((index, "") for index in range(max(len(e[1]) for e in head)))
        head_share = max(0.0, 1.0 - built_share)
        table = NameParts(head, weights=weights, zipf_exponent=pool.head_zipf_exponent)
        forms.insert(0, NameForm((table,), head_share, "", systems))
    total = sum(form.share for form in forms)
    running, cumulative = 0.0, []
    for form in forms:
        running += form.share / total
        cumulative.append(running)
    if cumulative:
        cumulative[-1] = 1.0
    return RoleForms(tuple(forms), tuple(cumulative))


def has_role(country: str, role: Role) -> bool:
    """Whether the country's pool has any names for ``role``."""
    return bool(role_forms(country, role).forms)


def draw_name(rng: np.random.Generator, country: str, role: Role) -> NameEntry:
    """Draw one name of ``role`` for a person from ``country``.

    Args:
        rng: the only source of randomness.
        country: alpha-2 origin country with a pool.
        role: which names; the role must exist (see :func:`has_role`).

    Returns:
        ``(native, latin_variants, katakana)`` as in the pools.
    """
    mixture = role_forms(country, role)
    form = mixture.forms[bisect_right(mixture.cumulative, float(rng.random()))]
    pieces = tuple(_pick(part, float(rng.random())) for part in form.parts)
    return compose(form, pieces)


def draw_person_names(
    rng: np.random.Generator, country: str, is_feminine: bool
) -> tuple[NameEntry, NameEntry, NameEntry]:
    """Draw one person's given, family and middle name (middle ``("", (), "")`` if none).

    Args:
        rng: the only source of randomness.
        country: alpha-2 origin country with a pool.
        is_feminine: whether to draw women's given (and middle) names.

    Returns:
        Given, family and middle entry. The middle name is the customary one (Vietnamese)
        or, where a maternal surname is customary, a second draw from the family names
        (which may equal the first: Hernández Hernández is a common Mexican name).
    """
    given = draw_name(rng, country, "given_feminine" if is_feminine else "given_masculine")
    family = draw_name(rng, country, "family")
    middle: NameEntry = ("", (), "")
    middle_role: Role = "middle_feminine" if is_feminine else "middle_masculine"
    if has_role(country, middle_role):
        middle = draw_name(rng, country, middle_role)
    elif name_pool_for(country).has_maternal_surname:
        middle = draw_name(rng, country, "family")
    return given, family, middle


def _pick(part: NameParts, draw: float) -> NameEntry:
    return part.entries[min(bisect_right(part.cumulative, draw), len(part.entries) - 1)]


def compose(form: NameForm, pieces: tuple[NameEntry, ...]) -> NameEntry:
    """Join one piece per table into one name with consistent spellings.

    Args:
        form: the form the pieces were drawn for.
        pieces: one entry per table of ``form``.

    Returns:
        The whole name; katakana only when every piece has one.
    """
    if len(pieces) == 1:
        return pieces[0]
    native = _join([piece[0] for piece in pieces], form.native_joiner)
    variants: list[str] = []
    for index, joiner in form.latin_systems:
        spelled = _join([_variant(piece, index) for piece in pieces], joiner)
        if spelled not in variants:
            variants.append(spelled)
    katakana = ""
    if all(piece[2] for piece in pieces):
        katakana_joiner = _KATAKANA_SPACE if form.native_joiner == " " else ""
        katakana = katakana_joiner.join(piece[2] for piece in pieces)
    return native, tuple(variants), katakana


def _variant(piece: NameEntry, index: int) -> str:
    variants = piece[1]
    return variants[index] if index < len(variants) else variants[0]


def _join(texts: list[str], joiner: str) -> str:
    return texts[0] + "".join(_continuation(text, joiner) for text in texts[1:])


def _continuation(text: str, joiner: str) -> str:
    """A later piece after its joiner: lower case unless the joiner is a space."""
    return joiner + (text if joiner == " " else text[:1].lower() + text[1:])


@dataclass(frozen=True)
class _CompiledForm:
    cumulatives: tuple[npt.NDArray[np.float64], ...]
    pieces: tuple[StringArray, ...]
    """Per table: ``[entry, system]`` rendered with the joiner and case of its position."""
    system_count: int


@dataclass(frozen=True)
class CompiledRole:
    """A role's forms as numpy tables, for drawing Latin spellings of many rows at once."""

    cumulative: npt.NDArray[np.float64]
    forms: tuple[_CompiledForm, ...]

    def draw_latin(self, rng: np.random.Generator, size: int) -> StringArray:
        """``size`` Latin spellings: half in the first system, the rest in any system."""
        form_indices = np.searchsorted(self.cumulative, rng.random(size), side="right")
        drawn: StringArray = np.empty(size, dtype=self.dtype)
        for index, form in enumerate(self.forms):
            rows = np.flatnonzero(form_indices == index)
            if rows.size:
                drawn[rows] = _draw_form(rng, form, rows.size)
        return drawn

    @cached_property
    def dtype(self) -> np.dtype[np.str_]:
        """A string type wide enough for the longest name any form can build."""
        longest = max(
            sum(table.dtype.itemsize // 4 for table in form.pieces) for form in self.forms
        )
        return np.dtype(f"U{longest}")


def _draw_form(rng: np.random.Generator, form: _CompiledForm, size: int) -> StringArray:
    is_canonical = rng.random(size) < _CANONICAL_SPELLING_SHARE
    systems = np.where(is_canonical, 0, rng.integers(0, form.system_count, size=size))
    pieces = [
        table[
            np.minimum(np.searchsorted(cumulative, rng.random(size), side="right"), len(table) - 1),
            systems,
        ]
        for cumulative, table in zip(form.cumulatives, form.pieces, strict=True)
    ]
    text: StringArray = pieces[0]
    for piece in pieces[1:]:
        text = np.strings.add(text, piece)
    return text


@cache
def compiled_role(country: str, role: Role) -> CompiledRole:
    """The numpy tables of one role (built once per process)."""
    mixture = role_forms(country, role)
    return CompiledRole(
        cumulative=np.array(mixture.cumulative),
        forms=tuple(_compile_form(form) for form in mixture.forms),
    )


def _compile_form(form: NameForm) -> _CompiledForm:
    tables = []
    for position, part in enumerate(form.parts):
        rows = [
            [
                _variant(entry, index)
                if position == 0
                else _continuation(_variant(entry, index), joiner)
                for index, joiner in form.latin_systems
            ]
            for entry in part.entries
        ]
        tables.append(np.array(rows, dtype=np.str_))
    return _CompiledForm(
        cumulatives=tuple(np.array(part.cumulative) for part in form.parts),
        pieces=tuple(tables),
        system_count=len(form.latin_systems),
    )
