"""Which organisations meet which people: the capture model behind the overlapping lists.

Each person passes organisations in the order of their own route: transit countries,
then the destination (when the exploitation ends), then the origin (after return). An
organisation can meet a person only where its route roles and country match the person's
route. It then captures the person with probability

    logit p = logit(capture_probability) + heterogeneity + late_report_shift
              + referral_boost * list_dependence * [already met by an earlier organisation]

so ``list_dependence = 0`` gives lists that are independent given the person's latent
heterogeneity, and larger values give positive dependence between lists (a referral from
one organisation raises the chance that the next one registers the person).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from tipnet.core.synthetic.organisations import SyntheticOrganisation
from tipnet.core.synthetic.people import DATA_WINDOW_END_ON, DATA_WINDOW_START_ON, TruePerson

REFERRAL_BOOST_LOG_ODDS = 3.0
"""Log-odds added per unit of ``list_dependence`` once a person has been met before."""
BASE_REFERRAL_RATE = 0.3
"""Share of later captures documented as a referral when lists are independent."""
UNRETURNED_SENDING_LOG_ODDS = math.log(0.3)
"""Sending organisations meet people still abroad far less (family reports, hotline calls)."""


@dataclass(frozen=True)
class Encounter:
    """A chance for one organisation to meet one person on a given day."""

    organisation_index: int
    stage: str
    identified_on: dt.date
    log_odds_shift: float


@dataclass(frozen=True)
class Capture:
    """One case: an organisation registered a person.

    Attributes:
        person_index: index into the network's people.
        organisation_index: index into the network's organisations.
        stage: ``"Sending"``, ``"Transit"`` or ``"Destination"``.
        identified_on: the day the organisation identified the person.
        referred_from: index (into the capture list) of the capture whose organisation
            referred the person here, or ``None``.
        is_repeat_registration: a second case for the same person at the same
            organisation (a within-organisation duplicate).
    """

    person_index: int
    organisation_index: int
    stage: str
    identified_on: dt.date
    referred_from: int | None
    is_repeat_registration: bool


def draw_captures(
    rng: np.random.Generator,
    people: tuple[TruePerson, ...],
    organisations: tuple[SyntheticOrganisation, ...],
    *,
    list_dependence: float,
    repeat_registration_rate: float,
) -> tuple[Capture, ...]:
    """Draw every case of every organisation from the people's routes.

    Args:
        rng: the only source of randomness.
        people: the hidden population.
        organisations: the network, in order.
        list_dependence: 0 for conditionally independent lists, up to 1 for strong
            positive dependence through referrals.
        repeat_registration_rate: chance that a captured person is registered twice by
            the same organisation.

    Returns:
        Captures grouped by person, in route order.

    Assumptions:
        Heterogeneity acts on all organisations alike (a person who is easy to reach is
        easy to reach everywhere); dependence acts only forwards along the route.

    References:
        The capture model is the logit form of model Mth with list interactions, as used
        to simulate multiple systems estimation data (e.g. Silverman 2020, J. R. Stat.
        Soc. A 183(1), "Multiple-systems analysis for the quantification of modern
        slavery").
    """
    captures: list[Capture] = []
    for person_index, person in enumerate(people):
        encounters = _encounters(rng, person, organisations)
        _capture_person(
            rng,
            captures,
            person_index,
            person,
            encounters,
            organisations,
            list_dependence,
            repeat_registration_rate,
        )
    return tuple(captures)


def _capture_person(
    rng: np.random.Generator,
    captures: list[Capture],
    person_index: int,
    person: TruePerson,
    encounters: list[Encounter],
    organisations: tuple[SyntheticOrganisation, ...],
    list_dependence: float,
    repeat_registration_rate: float,
) -> None:
    last_capture: int | None = None
    for encounter in encounters:
        organisation = organisations[encounter.organisation_index]
        log_odds = _logit(organisation.capture_probability) + person.heterogeneity
        log_odds += encounter.log_odds_shift
        if last_capture is not None:
            log_odds += REFERRAL_BOOST_LOG_ODDS * list_dependence
        if rng.random() >= _expit(log_odds):
            continue
        referred_from = None
        is_from_another_organisation = (
            last_capture is not None
            and captures[last_capture].organisation_index != encounter.organisation_index
        )
        if is_from_another_organisation and rng.random() < _referral_rate(list_dependence):
            referred_from = last_capture
        captures.append(
            Capture(
                person_index,
                encounter.organisation_index,
                encounter.stage,
                encounter.identified_on,
                referred_from,
                is_repeat_registration=False,
            )
        )
        last_capture = len(captures) - 1
        _maybe_register_again(rng, captures, repeat_registration_rate)


def _maybe_register_again(
    rng: np.random.Generator, captures: list[Capture], repeat_registration_rate: float
) -> None:
    if rng.random() >= repeat_registration_rate:
        return
    first = captures[-1]
    again_on = first.identified_on + dt.timedelta(days=int(rng.integers(30, 400)))
    if again_on > DATA_WINDOW_END_ON:
        return
    captures.append(
        Capture(
            first.person_index,
            first.organisation_index,
            first.stage,
            again_on,
            None,
            is_repeat_registration=True,
        )
    )


def _referral_rate(list_dependence: float) -> float:
    return BASE_REFERRAL_RATE + (1.0 - BASE_REFERRAL_RATE) * list_dependence


def _encounters(
    rng: np.random.Generator,
    person: TruePerson,
    organisations: tuple[SyntheticOrganisation, ...],
) -> list[Encounter]:
    encounters = [
        *_transit_encounters(rng, person, organisations),
        *_destination_encounters(rng, person, organisations),
        *_sending_encounters(rng, person, organisations),
    ]
    in_window = [
        encounter
        for encounter in encounters
        if DATA_WINDOW_START_ON <= encounter.identified_on <= DATA_WINDOW_END_ON
    ]
    return sorted(in_window, key=lambda encounter: encounter.identified_on)


def _transit_encounters(
    rng: np.random.Generator,
    person: TruePerson,
    organisations: tuple[SyntheticOrganisation, ...],
) -> list[Encounter]:
    encounters = []
    for stop in range(1, len(person.route_cities) - 1):
        country = person.route_cities[stop].country
        stay_days = (person.route_dates[stop + 1] - person.route_dates[stop]).days
        for index, organisation in enumerate(organisations):
            if organisation.country == country and "Transit" in organisation.route_roles:
                met_on = person.route_dates[stop] + dt.timedelta(days=int(rng.integers(stay_days)))
                encounters.append(Encounter(index, "Transit", met_on, 0.0))
    return encounters


def _destination_encounters(
    rng: np.random.Generator,
    person: TruePerson,
    organisations: tuple[SyntheticOrganisation, ...],
) -> list[Encounter]:
    encounters = []
    for index, organisation in enumerate(organisations):
        if (
            organisation.country == person.destination_country
            and "Destination" in organisation.route_roles
        ):
            met_on = person.exploitation_ended_on + dt.timedelta(days=int(rng.integers(0, 15)))
            encounters.append(Encounter(index, "Destination", met_on, 0.0))
    return encounters


def _sending_encounters(
    rng: np.random.Generator,
    person: TruePerson,
    organisations: tuple[SyntheticOrganisation, ...],
) -> list[Encounter]:
    encounters = []
    for index, organisation in enumerate(organisations):
        if (
            organisation.country != person.origin_country
            or "Sending" not in organisation.route_roles
        ):
            continue
        if person.returned_on is not None:
            met_on = person.returned_on + dt.timedelta(days=int(rng.integers(7, 120)))
            encounters.append(Encounter(index, "Sending", met_on, 0.0))
        if person.retrafficked_on is not None:
            # Families report re-trafficked people again; the organisation opens a new case.
            met_on = person.retrafficked_on + dt.timedelta(days=int(rng.integers(14, 200)))
            encounters.append(Encounter(index, "Sending", met_on, 0.0))
        if person.returned_on is None:
            span_days = max(1, (person.exploitation_ended_on - person.exploitation_started_on).days)
            met_on = person.exploitation_started_on + dt.timedelta(
                days=int(rng.integers(span_days))
            )
            encounters.append(Encounter(index, "Sending", met_on, UNRETURNED_SENDING_LOG_ODDS))
    return encounters


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def _expit(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-log_odds))
