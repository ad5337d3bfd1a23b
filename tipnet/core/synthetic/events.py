"""Route event rows (HTCDS historic trafficking events, extended with Return/ReTrafficking).

An organisation records only what had happened by the day it identified the person, at
city level, with dates that are often known only to the month or the year.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from tipnet.core.synthetic.corridors import City
from tipnet.core.synthetic.people import TruePerson

EVENT_RECORDED_RATE = 0.9
"""Chance that a known event is written down at all."""
COORDINATES_RATE = 0.75
"""Chance that an event carries city-centre coordinates."""
MONTH_PRECISION_RATE = 0.3
"""Chance that an event date is known to the month only."""
YEAR_PRECISION_RATE = 0.1
"""Chance that an event date is known to the year only."""

_DESCRIPTIONS = {
    "Recruitment": "Offered a job by a recruiter",
    "Transit": "Moved across the border by a transporter",
    "Exploitation": "Held at the place of work",
    "Return": "Returned home",
    "ReTrafficking": "Recruited again after return",
}


def build_event_rows(
    rng: np.random.Generator, *, case_id: str, person: TruePerson, identified_on: dt.date
) -> list[dict[str, str]]:
    """The route events an organisation knows on ``identified_on``.

    Args:
        rng: the only source of randomness.
        case_id: the organisation's case reference the events belong to.
        person: the true person (their route and timeline).
        identified_on: the day the organisation identified the person.

    Returns:
        Event rows in chronological order, every events-file column present.
    """
    happened = [
        (event_type, city, on) for event_type, city, on in _timeline(person) if on <= identified_on
    ]
    return [
        _event_row(rng, case_id, event_type, city, on)
        for event_type, city, on in happened
        if rng.random() < EVENT_RECORDED_RATE
    ]


def _timeline(person: TruePerson) -> list[tuple[str, City, dt.date]]:
    cities, dates = person.route_cities, person.route_dates
    events = [("Recruitment", cities[0], dates[0])]
    events += [("Transit", city, on) for city, on in zip(cities[1:-1], dates[1:-1], strict=True)]
    events.append(("Exploitation", cities[-1], dates[-1]))
    if person.returned_on is not None:
        events.append(("Return", cities[0], person.returned_on))
    if person.retrafficked_on is not None:
        events.append(("ReTrafficking", cities[0], person.retrafficked_on))
    return events


def _event_row(
    rng: np.random.Generator, case_id: str, event_type: str, city: City, on: dt.date
) -> dict[str, str]:
    has_coordinates = rng.random() < COORDINATES_RATE
    return {
        "case_id": case_id,
        "hte_Type": event_type,
        "hte_Date": _partial_date(rng, on),
        "hte_Country": city.country,
        "hte_State": "",
        "hte_City": city.name if rng.random() < 0.85 else "",
        "hte_Street": "",
        "hte_PostalCode": "",
        "hte_Latitude": f"{city.latitude:.4f}" if has_coordinates else "",
        "hte_Longitude": f"{city.longitude:.4f}" if has_coordinates else "",
        "hte_Description": _DESCRIPTIONS[event_type] if rng.random() < 0.3 else "",
    }


def _partial_date(rng: np.random.Generator, on: dt.date) -> str:
    draw = rng.random()
    if draw < YEAR_PRECISION_RATE:
        return f"{on.year:04d}"
    if draw < YEAR_PRECISION_RATE + MONTH_PRECISION_RATE:
        return f"{on.year:04d}-{on.month:02d}"
    return on.isoformat()
