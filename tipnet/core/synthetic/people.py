"""The hidden truth: synthetic people, their names, corridors and timelines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from tipnet.core.synthetic.corridors import CITIES, CORRIDORS, City, Corridor, ExploitationProfile
from tipnet.core.synthetic.name_model import draw_person_names
from tipnet.core.synthetic.names import NameEntry, NamePool, name_pool_for

DATA_WINDOW_START_ON = dt.date(2021, 1, 1)
"""First day on which organisations of the synthetic network identify people."""
DATA_WINDOW_END_ON = dt.date(2025, 12, 31)
"""Last day on which organisations of the synthetic network identify people."""

_RECRUITMENT_WINDOW_START_ON = dt.date(2019, 7, 1)
_RECRUITMENT_WINDOW_END_ON = dt.date(2025, 3, 31)
_EXPLOITATION_MEAN_DAYS = 300.0
_RETURN_PROBABILITY = 0.55
_RETRAFFICKING_PROBABILITY = 0.1
_TRANSGENDER_SHARE = 0.05
_EXTRA_LANGUAGES: dict[str, tuple[str, ...]] = {"NG": ("en", "yo", "ig", "ha", "bin")}
# Long waits in Libya and Sudan are typical of the Central Mediterranean route.
_SLOW_TRANSIT_COUNTRIES = frozenset({"LY", "SD", "NE"})


@dataclass(frozen=True)
class TruePerson:
    """One synthetic person as they really are (hidden from the organisations).

    Attributes:
        person_id: hidden truth identifier; never written into a case row.
        given_name_native: given name in the native script.
        family_name_native: family name in the native script.
        middle_name_native: Vietnamese middle name or maternal surname, else ``""``.
        given_name_latin: canonical (most common) Latin transliteration.
        family_name_latin: canonical Latin transliteration.
        middle_name_latin: canonical Latin transliteration, else ``""``.
        given_name_variants: all Latin spellings, canonical first.
        family_name_variants: all Latin spellings, canonical first.
        middle_name_variants: all Latin spellings, canonical first (may be empty).
        given_name_katakana: Japanese rendering, else ``""``.
        family_name_katakana: Japanese rendering, else ``""``.
        gender: HTCDS ``prs_Gender`` value name.
        birth_on: true date of birth.
        origin_country: alpha-2 origin country (also the citizenship).
        corridor: key of the person's corridor.
        route_cities: origin city, transit cities, destination city, in travel order.
        route_dates: date of arrival in each city of ``route_cities`` (the first is the
            recruitment date, the last the start of exploitation).
        exploitation_types: HTCDS ``vic_TypeOfExploitation`` value names.
        forced_labour_industry: HTCDS ``vic_ForcedLabourIndustry`` value name or ``""``.
        sex_exploitation_types: HTCDS ``vic_TypeOfSexExploitation`` value names.
        is_forced_criminality: whether the person was forced to commit crimes.
        exploitation_ended_on: day the exploitation ended (escape, rescue, release).
        returned_on: day of return to the origin country, if the person returned.
        retrafficked_on: day of re-recruitment after return, if it happened.
        primary_language: ISO 639 code of the person's first language.
        heterogeneity: latent log-odds shift of being met by any organisation
            (capture heterogeneity for population-estimation checks).
    """

    person_id: str
    given_name_native: str
    family_name_native: str
    middle_name_native: str
    given_name_latin: str
    family_name_latin: str
    middle_name_latin: str
    given_name_variants: tuple[str, ...]
    family_name_variants: tuple[str, ...]
    middle_name_variants: tuple[str, ...]
    given_name_katakana: str
    family_name_katakana: str
    gender: str
    birth_on: dt.date
    origin_country: str
    corridor: str
    route_cities: tuple[City, ...]
    route_dates: tuple[dt.date, ...]
    exploitation_types: tuple[str, ...]
    forced_labour_industry: str
    sex_exploitation_types: tuple[str, ...]
    is_forced_criminality: bool
    exploitation_ended_on: dt.date
    returned_on: dt.date | None
    retrafficked_on: dt.date | None
    primary_language: str
    heterogeneity: float

    @property
    def recruited_on(self) -> dt.date:
        """Day the person was recruited (first route date)."""
        return self.route_dates[0]

    @property
    def exploitation_started_on(self) -> dt.date:
        """Day the exploitation started (arrival at the destination)."""
        return self.route_dates[-1]

    @property
    def destination_country(self) -> str:
        """Alpha-2 country where the person was exploited."""
        return self.route_cities[-1].country

    @property
    def transit_countries(self) -> tuple[str, ...]:
        """Alpha-2 transit countries in travel order."""
        return tuple(city.country for city in self.route_cities[1:-1])


def age_on(birth_on: dt.date, day: dt.date) -> int:
    """Completed years of age on ``day`` for a person born on ``birth_on``."""
    has_had_birthday = (day.month, day.day) >= (birth_on.month, birth_on.day)
    return day.year - birth_on.year - (0 if has_had_birthday else 1)


def draw_people(
    rng: np.random.Generator, count: int, *, heterogeneity_sd: float
) -> tuple[TruePerson, ...]:
    """Draw ``count`` synthetic people along the default corridors.

    Args:
        rng: the only source of randomness.
        count: number of people in the hidden population.
        heterogeneity_sd: standard deviation of the latent capture log-odds shift.

    Returns:
        People with ids ``person-0000000`` upwards.
    """
    weights = np.array([corridor.weight for corridor in CORRIDORS])
    corridor_indices = rng.choice(len(CORRIDORS), size=count, p=weights / weights.sum())
    heterogeneity = rng.normal(0.0, heterogeneity_sd, size=count)
    return tuple(
        _draw_person(rng, f"person-{index:07d}", CORRIDORS[int(corridor)], float(shift))
        for index, (corridor, shift) in enumerate(zip(corridor_indices, heterogeneity, strict=True))
    )


def _draw_person(
    rng: np.random.Generator, person_id: str, corridor: Corridor, heterogeneity: float
) -> TruePerson:
    profile = _choose_profile(rng, corridor)
    gender = _draw_gender(rng, profile, corridor.origin)
    route_cities = _draw_route_cities(rng, corridor)
    route_dates = _draw_route_dates(rng, route_cities)
    ended_on = route_dates[-1] + dt.timedelta(
        days=14 + int(rng.exponential(_EXPLOITATION_MEAN_DAYS))
    )
    returned_on, retrafficked_on = _draw_return(rng, ended_on)
    birth_on = _draw_birth_on(rng, route_dates[0], profile.minor_share)
    pool = name_pool_for(corridor.origin)
    given, family, middle = _draw_name_entries(rng, pool, gender)
    return TruePerson(
        person_id=person_id,
        given_name_native=given[0],
        family_name_native=family[0],
        middle_name_native=middle[0],
        given_name_latin=given[1][0],
        family_name_latin=family[1][0],
        middle_name_latin=middle[1][0] if middle[1] else "",
        given_name_variants=given[1],
        family_name_variants=family[1],
        middle_name_variants=middle[1],
        given_name_katakana=given[2],
        family_name_katakana=family[2],
        gender=gender,
        birth_on=birth_on,
        origin_country=corridor.origin,
        corridor=corridor.key,
        route_cities=route_cities,
        route_dates=route_dates,
        exploitation_types=_exploitation_types(profile, birth_on, route_dates[0]),
        forced_labour_industry=profile.industry,
        sex_exploitation_types=profile.sex_exploitation,
        is_forced_criminality=profile.is_forced_criminality,
        exploitation_ended_on=ended_on,
        returned_on=returned_on,
        retrafficked_on=retrafficked_on,
        primary_language=_draw_language(rng, pool),
        heterogeneity=heterogeneity,
    )


def _choose_profile(rng: np.random.Generator, corridor: Corridor) -> ExploitationProfile:
    weights = np.array([profile.weight for profile in corridor.profiles])
    return corridor.profiles[int(rng.choice(len(weights), p=weights / weights.sum()))]


def _draw_gender(rng: np.random.Generator, profile: ExploitationProfile, origin: str) -> str:
    if rng.random() >= profile.feminine_share:
        return "Masculine"
    # Transgender women are a small, documented group in Thai and Filipino caseloads.
    if origin in {"TH", "PH"} and rng.random() < _TRANSGENDER_SHARE:
        return "TransgenderFeminine"
    return "Feminine"


def _exploitation_types(
    profile: ExploitationProfile, birth_on: dt.date, recruited_on: dt.date
) -> tuple[str, ...]:
    # Forced labour of a child is also child labour in the HTCDS vocabulary.
    if "ForcedLabour" in profile.types and age_on(birth_on, recruited_on) < 18:
        return (*profile.types, "ChildLabour")
    return profile.types


def _draw_route_cities(rng: np.random.Generator, corridor: Corridor) -> tuple[City, ...]:
    countries = (corridor.origin, *corridor.transits, corridor.destination)
    return tuple(_choose_city(rng, country) for country in countries)


def _choose_city(rng: np.random.Generator, country: str) -> City:
    cities = CITIES[country]
    return cities[int(rng.integers(len(cities)))]


def _draw_route_dates(rng: np.random.Generator, cities: tuple[City, ...]) -> tuple[dt.date, ...]:
    span_days = (_RECRUITMENT_WINDOW_END_ON - _RECRUITMENT_WINDOW_START_ON).days
    day = _RECRUITMENT_WINDOW_START_ON + dt.timedelta(days=int(rng.integers(span_days)))
    dates = [day]
    for city in cities[1:]:
        longest_leg_days = 300 if city.country in _SLOW_TRANSIT_COUNTRIES else 60
        day = day + dt.timedelta(days=int(rng.integers(2, longest_leg_days)))
        dates.append(day)
    return tuple(dates)


def _draw_return(
    rng: np.random.Generator, ended_on: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    if rng.random() >= _RETURN_PROBABILITY:
        return None, None
    returned_on = ended_on + dt.timedelta(days=int(rng.integers(14, 365)))
    if returned_on > DATA_WINDOW_END_ON:
        return None, None
    if rng.random() >= _RETRAFFICKING_PROBABILITY:
        return returned_on, None
    retrafficked_on = returned_on + dt.timedelta(days=int(rng.integers(90, 720)))
    return returned_on, (retrafficked_on if retrafficked_on <= DATA_WINDOW_END_ON else None)


def _draw_birth_on(rng: np.random.Generator, recruited_on: dt.date, minor_share: float) -> dt.date:
    if rng.random() < minor_share:
        age_years = float(rng.integers(11, 18))
    else:
        age_years = 18.0 + min(float(rng.exponential(9.0)), 40.0)
    age_days = int((age_years + float(rng.random())) * 365.2425)
    return recruited_on - dt.timedelta(days=age_days)


def _draw_name_entries(
    rng: np.random.Generator, pool: NamePool, gender: str
) -> tuple[NameEntry, NameEntry, NameEntry]:
    return draw_person_names(rng, pool.country, gender in {"Feminine", "TransgenderFeminine"})


def _draw_language(rng: np.random.Generator, pool: NamePool) -> str:
    choices = _EXTRA_LANGUAGES.get(pool.country, (pool.language,))
    return choices[int(rng.integers(len(choices)))]
