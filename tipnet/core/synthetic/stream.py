"""Fast streaming generator of flat case rows for benchmarks (no network, no truth).

Columns are drawn in numpy blocks and turned into row dictionaries only at the end, so
10^6 rows take seconds. Each row is a valid cases-file row on its own; rows do not describe
a consistent population (use :func:`tipnet.core.synthetic.generate_network` for that).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from tipnet.core.synthetic.corridors import CORRIDORS, Corridor
from tipnet.core.synthetic.name_model import CompiledRole, Role, compiled_role
from tipnet.core.synthetic.names import NAME_POOLS

BLOCK_ROWS = 50_000
"""Rows drawn per numpy block; bounds memory at a few tens of megabytes."""
_WINDOW_START = np.datetime64("2021-01-01")
_WINDOW_DAYS = int((np.datetime64("2025-12-31") - _WINDOW_START).astype(np.int64)) + 1
_STATUSES = np.array(["Active", "FollowUp", "Closed"])
_TRAFFICKING_STATUSES = np.array(
    ["ActualVictimOfTrafficking", "PossibleVictimOfTrafficking", "NotAVictimOfTrafficking"]
)
STREAM_COLUMNS: tuple[str, ...] = (
    "case_id",
    "prs_FirstName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Gender",
    "prs_Citizenship",
    "prs_PrimaryLanguage",
    "vic_TraffickingStatus",
    "vic_LocationOfRecruitment",
    "vic_TypeOfExploitation",
    "vic_ForcedLabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
    "cas_Status",
    "con_Consent",
    "ext_ConsentGivenOn",
    "ext_IdentifiedOn",
    "ext_AgeAtIdentification",
    "ext_IsForcedCriminality",
)
"""The cases-file columns every streamed row carries."""

StringArray = npt.NDArray[np.str_]
_GIVEN_ROLES_BY_IS_FEMININE: tuple[Role, Role] = ("given_masculine", "given_feminine")


@dataclass(frozen=True)
class _Tables:
    """Per-profile and per-country lookup arrays, built once."""

    profile_weights: npt.NDArray[np.float64]
    profile_origin: npt.NDArray[np.int64]
    origin_codes: StringArray
    languages: StringArray
    destination_codes: StringArray
    types: StringArray
    industries: StringArray
    sex_types: StringArray
    is_forced_criminality: StringArray
    feminine_share: npt.NDArray[np.float64]
    minor_share: npt.NDArray[np.float64]
    given_names: tuple[CompiledRole, ...]
    """Per origin index times two plus one for women: that group's given names."""
    family_names: tuple[CompiledRole, ...]


def generate_person_rows(*, seed: int, count: int) -> Iterator[dict[str, str]]:
    """Stream ``count`` valid flat case rows, fast, reproducibly from ``seed``.

    Args:
        seed: the seed; the same seed and count give the same rows.
        count: number of rows.

    Yields:
        Rows with the columns :data:`STREAM_COLUMNS`; ``case_id`` values are unique.

    Assumptions:
        Names are canonical spellings or one of their variants (no typos); birth dates
        are full, year-only or missing; ages agree with birth and identification dates.
    """
    rng = np.random.default_rng(seed)
    tables = _tables()
    for start in range(0, count, BLOCK_ROWS):
        size = min(BLOCK_ROWS, count - start)
        columns = _draw_block(rng, tables, start, size)
        for values in zip(*columns, strict=True):
            yield dict(zip(STREAM_COLUMNS, values, strict=True))


def _draw_block(
    rng: np.random.Generator, tables: _Tables, start: int, size: int
) -> list[list[str]]:
    profile = rng.choice(tables.profile_weights.size, size=size, p=tables.profile_weights)
    origin = tables.profile_origin[profile]
    is_feminine = rng.random(size) < tables.feminine_share[profile]
    identified = _WINDOW_START + rng.integers(0, _WINDOW_DAYS, size=size).astype("timedelta64[D]")
    birth, age = _draw_births(rng, identified, tables.minor_share[profile])
    identified_text = identified.astype("U10")
    consent = rng.choice(np.array(["true", "false", ""]), size=size, p=[0.88, 0.05, 0.07])
    name_groups = origin * 2 + is_feminine
    columns: list[StringArray] = [
        _draw_names(rng, tables.given_names, name_groups),
        _draw_names(rng, tables.family_names, origin),
        _partial_birth_dates(rng, birth),
        _genders(rng, is_feminine),
        tables.origin_codes[origin],
        tables.languages[origin],
        rng.choice(_TRAFFICKING_STATUSES, size=size, p=[0.55, 0.4, 0.05]),
        tables.origin_codes[origin],
        tables.types[profile],
        tables.industries[profile],
        tables.sex_types[profile],
        tables.destination_codes[profile],
        rng.choice(_STATUSES, size=size, p=[0.4, 0.25, 0.35]),
        consent,
        np.where(consent == "true", identified_text, ""),
        identified_text,
        np.where(rng.random(size) < 0.9, age.astype("U3"), ""),
        tables.is_forced_criminality[profile],
    ]
    case_ids = [f"SYN-{index:08d}" for index in range(start, start + size)]
    return [case_ids, *(column.tolist() for column in columns)]


def _draw_births(
    rng: np.random.Generator,
    identified: npt.NDArray[np.datetime64],
    minor_share: npt.NDArray[np.float64],
) -> tuple[npt.NDArray[np.datetime64], npt.NDArray[np.int64]]:
    size = identified.size
    adult_years = 18.0 + np.minimum(rng.exponential(9.0, size=size), 45.0)
    years = np.where(rng.random(size) < minor_share, rng.integers(11, 18, size=size), adult_years)
    age_days = ((years + rng.random(size)) * 365.2425).astype(np.int64)
    birth = identified - age_days.astype("timedelta64[D]")
    return birth, _completed_years(birth, identified)


def _completed_years(
    birth: npt.NDArray[np.datetime64], day: npt.NDArray[np.datetime64]
) -> npt.NDArray[np.int64]:
    """Exact age in completed years, vectorised (birthday not yet reached -> one less)."""
    birth_year, birth_month_day = _year_and_month_day(birth)
    day_year, day_month_day = _year_and_month_day(day)
    age: npt.NDArray[np.int64] = day_year - birth_year - (day_month_day < birth_month_day)
    return age


def _year_and_month_day(
    days: npt.NDArray[np.datetime64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    years = days.astype("datetime64[Y]")
    months = days.astype("datetime64[M]")
    month_of_year = (months - years.astype("datetime64[M]")).astype(np.int64)
    day_of_month = (days - months.astype("datetime64[D]")).astype(np.int64)
    return years.astype(np.int64) + 1970, month_of_year * 100 + day_of_month


def _partial_birth_dates(
    rng: np.random.Generator, birth: npt.NDArray[np.datetime64]
) -> StringArray:
    full = birth.astype("U10")
    draw = rng.random(birth.size)
    text: StringArray = np.where(draw < 0.35, full.astype("U4"), full)
    return np.where(draw < 0.15, "", text)


def _genders(rng: np.random.Generator, is_feminine: npt.NDArray[np.bool_]) -> StringArray:
    genders: StringArray = np.where(is_feminine, "Feminine", "Masculine")
    return np.where(rng.random(is_feminine.size) < 0.05, "", genders)


@cache
def _tables() -> _Tables:
    countries = sorted(NAME_POOLS)
    country_index = {country: index for index, country in enumerate(countries)}
    profiles = [(corridor, profile) for corridor in CORRIDORS for profile in corridor.profiles]
    weights = np.array([c.weight * p.weight / _profile_total(c) for c, p in profiles])
    return _Tables(
        profile_weights=weights / weights.sum(),
        profile_origin=np.array([country_index[c.origin] for c, _ in profiles], dtype=np.int64),
        origin_codes=np.array(countries),
        languages=np.array([NAME_POOLS[country].language for country in countries]),
        destination_codes=np.array([c.destination for c, _ in profiles]),
        types=np.array([";".join(p.types) for _, p in profiles]),
        industries=np.array([p.industry for _, p in profiles]),
        sex_types=np.array([";".join(p.sex_exploitation) for _, p in profiles]),
        is_forced_criminality=np.array(
            ["true" if p.is_forced_criminality else "false" for _, p in profiles]
        ),
        feminine_share=np.array([p.feminine_share for _, p in profiles]),
        minor_share=np.array([p.minor_share for _, p in profiles]),
        given_names=tuple(
            compiled_role(country, role)
            for country in countries
            for role in _GIVEN_ROLES_BY_IS_FEMININE
        ),
        family_names=tuple(compiled_role(country, "family") for country in countries),
    )


def _profile_total(corridor: Corridor) -> float:
    return sum(profile.weight for profile in corridor.profiles)


def _draw_names(
    rng: np.random.Generator, roles: tuple[CompiledRole, ...], groups: npt.NDArray[np.int64]
) -> StringArray:
    """One Latin name per row from the row's group's role (Zipf head and built forms)."""
    order = np.argsort(groups.astype(np.int16), kind="stable")  # a radix sort for int16
    bounds = np.searchsorted(groups[order], np.arange(len(roles) + 1))
    width = max(role.dtype.itemsize // 4 for role in roles)
    names: StringArray = np.empty(groups.size, dtype=f"U{width}")
    for group, role in enumerate(roles):
        start, stop = int(bounds[group]), int(bounds[group + 1])
        if stop > start:
            names[order[start:stop]] = role.draw_latin(rng, stop - start)
    return names
