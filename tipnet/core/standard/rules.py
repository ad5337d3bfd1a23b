"""Domain rules for HTCDS case data: plausibility of ages, dates, places, contacts and consent.

Each rule is a small function that returns the problems it finds as
:class:`~tipnet.core.errors.FieldProblem` (field = the flat-file column name of
``docs/htcds.md``, so an import can name row and column); :func:`validate_bundle` runs them
all. The rules come from the HTCDS v2.0 field standard (IOM, CC BY 4.0) where it states one
(phone numbers, ISO codes) and from tipnet's flat exchange specification otherwise; each
docstring names its source.

The module also holds two age helpers used across tipnet: :func:`is_presumed_child` (the
benefit of the doubt owed to a person who may be a child) and :func:`age_group` (the CTDC age
bands).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache

import pycountry

from tipnet.core.errors import FieldProblem
from tipnet.core.standard.records import (
    CaseBundle,
    ConsentRecord,
    PartialDate,
    PersonRecord,
    TraffickingEventRecord,
    VictimContextRecord,
)
from tipnet.core.standard.vocabulary import ReferralDirection

MINIMUM_AGE_YEARS = 0
MAXIMUM_AGE_YEARS = 120
AGE_OF_MAJORITY_YEARS = 18
EARLIEST_BIRTH_YEAR = 1900
MAXIMUM_NUMBER_OF_CHILDREN = 30
AGE_TOLERANCE_YEARS = 1

E164_PATTERN = re.compile(r"\+?[1-9]\d{1,14}")
"""HTCDS v2.0 phone rule (``prs_HomePhone``, ``prs_MobilePhone``): ``^\\+?[1-9]\\d{1,14}$``."""

_PHONE_SEPARATORS = re.compile(r"[\s\-]")

KOSOVO_USER_ASSIGNED_CODE = "XK"
"""Kosovo has no ISO 3166-1 code; ``XK`` is the user-assigned code the EU, IOM and UN agencies
use. Trafficking routes through the Western Balkans need it."""

CTDC_AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 8, "0--8"),
    (9, 17, "9--17"),
    (18, 20, "18--20"),
    (21, 23, "21--23"),
    (24, 26, "24--26"),
    (27, 29, "27--29"),
    (30, 38, "30--38"),
    (39, 47, "39--47"),
    (48, None, "48+"),
)
"""``(lowest age, highest age or None, label)`` of the CTDC ``ageBroad`` bands, written as
CTDC writes them (CTDC Global Dataset data dictionary, 15 Aug 2018, lookup "Age range 2";
CTDC codebook v6, variable 4)."""

AGE_GROUP_UNKNOWN = "unknown"


# ---------------------------------------------------------------------------------------------
# Code lists
# ---------------------------------------------------------------------------------------------


@cache
def known_country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (from pycountry) plus ``XK`` for Kosovo."""
    return frozenset(country.alpha_2 for country in pycountry.countries) | {
        KOSOVO_USER_ASSIGNED_CODE
    }


@cache
def known_language_codes() -> frozenset[str]:
    """ISO 639-1 two-letter, ISO 639-3 and ISO 639-2/B (bibliographic) codes, lower case.

    HTCDS v2.0 asks for ISO 639-2 codes; the flat exchange format allows ISO 639-1 and
    ISO 639-3. ISO 639-3 contains every ISO 639-2/T code of an individual language, and the
    twenty 639-2/B codes (``ger``, ``fre`` ...) are accepted so that HTCDS data imports.
    """
    codes: set[str] = set()
    for language in pycountry.languages:
        codes.add(language.alpha_3)
        codes.update(
            getattr(language, attribute)
            for attribute in ("alpha_2", "bibliographic")
            if hasattr(language, attribute)
        )
    return frozenset(codes)


def normalise_phone(text: str) -> str:
    """A phone number without the spaces and dashes people write into it."""
    return _PHONE_SEPARATORS.sub("", text)


# ---------------------------------------------------------------------------------------------
# Age helpers
# ---------------------------------------------------------------------------------------------


def is_presumed_child(victim: VictimContextRecord) -> bool:
    """Whether the victim must be treated as a child.

    A victim is a child when the established age at identification is under 18. When the
    age is unknown or disputed, any indication that the person may be under 18 (a claimed or
    documented age at identification, an estimated age, or the lower end of an estimated age
    range) is enough: the person is presumed to be a child until an age assessment shows
    otherwise.

    Assumptions:
        An undisputed ``age_at_identification`` is the established age. No age information
        at all gives no reason to believe the person is a child, so the result is ``False``;
        a case worker who has such a reason should record an estimated age or range.

    References:
        UN Trafficking Protocol (2000), Art. 3(d): a child is any person under 18.
        Directive 2011/36/EU, Art. 13(2): where the age of a victim is uncertain and there
        are reasons to believe the person is a child, the person is presumed to be a child.
        UNICEF, Guidelines on the Protection of Child Victims of Trafficking (2006), 3.2:
        presumption of age and benefit of the doubt.
    """
    if victim.age_at_identification is not None and not victim.is_age_disputed:
        return victim.age_at_identification < AGE_OF_MAJORITY_YEARS
    indications = (victim.age_at_identification, victim.estimated_age, victim.age_range_low)
    return any(age is not None and age < AGE_OF_MAJORITY_YEARS for age in indications)


def age_group(age: int | None) -> str:
    """The CTDC age band of an age in whole years.

    Args:
        age: age in years, or ``None`` when unknown.

    Returns:
        ``"0--8"``, ``"9--17"``, ``"18--20"``, ``"21--23"``, ``"24--26"``, ``"27--29"``,
        ``"30--38"``, ``"39--47"``, ``"48+"``, or ``"unknown"``.

    Raises:
        ValueError: the age is negative.

    References:
        CTDC Global Dataset data dictionary (15 Aug 2018), lookup "Age range 2"; CTDC Data
        Codebook v6 (2017), variable ``ageBroad``. The bands keep CTDC's ``--`` separator so
        exported files compare with CTDC releases.
    """
    if age is None:
        return AGE_GROUP_UNKNOWN
    if age < 0:
        raise ValueError(f"age {age} is negative")
    for lowest, highest, label in CTDC_AGE_BANDS:
        if highest is None or lowest <= age <= highest:
            return label
    raise AssertionError("the last band is open-ended")  # pragma: no cover


def age_band_bounds(label: str) -> tuple[int, int | None]:
    """Lowest and highest age (``None`` = open) of a CTDC band label such as ``"9--17"``.

    Raises:
        ValueError: the label is not a CTDC band.
    """
    for lowest, highest, band in CTDC_AGE_BANDS:
        if band == label:
            return lowest, highest
    raise ValueError(f"{label!r} is not a CTDC age band")


def possible_ages_on(birth_date: PartialDate, on: date) -> tuple[int, int]:
    """Youngest and oldest age (in whole years) a person born on ``birth_date`` has on ``on``."""
    return _completed_years(birth_date.latest_on(), on), _completed_years(
        birth_date.earliest_on(), on
    )


def _completed_years(born_on: date, on: date) -> int:
    had_birthday = (on.month, on.day) >= (born_on.month, born_on.day)
    return on.year - born_on.year - (0 if had_birthday else 1)


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------


def check_ages(victim: VictimContextRecord, *, row: int | None) -> list[FieldProblem]:
    """Every age lies in 0-120 years.

    Source: tipnet flat exchange specification ("ages 0..120"); HTCDS v2.0
    ``vic_AgeWhenTrafficked`` is an age in years.
    """
    ages = {
        "vic_AgeWhenTrafficked": victim.age_when_trafficked,
        "ext_AgeAtIdentification": victim.age_at_identification,
        "ext_EstimatedAge": victim.estimated_age,
        "ext_AgeRangeLow": victim.age_range_low,
        "ext_AgeRangeHigh": victim.age_range_high,
    }
    return [
        FieldProblem(
            column,
            f"age {age} is outside {MINIMUM_AGE_YEARS}-{MAXIMUM_AGE_YEARS} years",
            "age_out_of_range",
            row,
        )
        for column, age in ages.items()
        if age is not None and not MINIMUM_AGE_YEARS <= age <= MAXIMUM_AGE_YEARS
    ]


def check_age_order(victim: VictimContextRecord, *, row: int | None) -> list[FieldProblem]:
    """An age range runs upwards, an estimate lies inside its range, and trafficking came first.

    Source: tipnet flat exchange specification (``ext_AgeRangeLow <= ext_AgeRangeHigh``;
    ``vic_AgeWhenTrafficked <= ext_AgeAtIdentification``); the estimate-inside-range rule is a
    tipnet plausibility check.
    """
    problems: list[FieldProblem] = []
    low, high = victim.age_range_low, victim.age_range_high
    if low is not None and high is not None and low > high:
        message = f"the age range starts at {low}, above its end {high}"
        problems.append(FieldProblem("ext_AgeRangeLow", message, "age_range_reversed", row))
    estimate = victim.estimated_age
    if estimate is not None and not _within(estimate, low, high):
        message = f"estimated age {estimate} lies outside the estimated range"
        problems.append(FieldProblem("ext_EstimatedAge", message, "age_outside_range", row))
    trafficked, identified = victim.age_when_trafficked, victim.age_at_identification
    if trafficked is not None and identified is not None and trafficked > identified:
        message = (
            f"age when trafficked ({trafficked}) is above age at identification ({identified})"
        )
        problems.append(FieldProblem("vic_AgeWhenTrafficked", message, "age_order", row))
    return problems


def _within(value: int, low: int | None, high: int | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def check_birth_date(
    person: PersonRecord, victim: VictimContextRecord, *, row: int | None, today: date
) -> list[FieldProblem]:
    """A birth date lies between 1900 and today and fits the age at identification.

    The age a person had on ``ext_IdentifiedOn`` according to ``prs_Birthdate`` may differ
    from ``ext_AgeAtIdentification`` by at most one year (a year-only birth date widens the
    window accordingly).

    Source: tipnet flat exchange specification ("birth date not in the future and not before
    1900; consistent with ext_AgeAtIdentification and ext_IdentifiedOn within 1 year").
    """
    born = person.birth_date
    if born is None:
        return []
    if born.year < EARLIEST_BIRTH_YEAR:
        message = f"birth date {born} is before {EARLIEST_BIRTH_YEAR}"
        return [FieldProblem("prs_Birthdate", message, "date_too_early", row)]
    if born.earliest_on() > today:
        return [
            FieldProblem(
                "prs_Birthdate", f"birth date {born} is in the future", "date_in_future", row
            )
        ]
    identified_on, age = victim.identified_on, victim.age_at_identification
    if identified_on is None or age is None:
        return []
    youngest, oldest = possible_ages_on(born, identified_on)
    if youngest - AGE_TOLERANCE_YEARS <= age <= oldest + AGE_TOLERANCE_YEARS:
        return []
    message = (
        f"age at identification {age} does not fit birth date {born} "
        f"(expected {youngest}-{oldest} on {identified_on.isoformat()})"
    )
    return [FieldProblem("ext_AgeAtIdentification", message, "age_inconsistent", row)]


def check_person_details(person: PersonRecord, *, row: int | None) -> list[FieldProblem]:
    """Phones are E.164, children 0-30, coordinates on the globe.

    Sources: HTCDS v2.0 ``prs_HomePhone``/``prs_MobilePhone`` (E.164 regular expression,
    checked after removing spaces and dashes); tipnet flat exchange specification
    (``prs_NumberOfChildren`` 0..30, latitude -90..90, longitude -180..180).
    """
    problems = [
        FieldProblem(
            column,
            "is not a phone number in E.164 form (+ and up to 15 digits)",
            "invalid_phone",
            row,
        )
        for column, phone in (
            ("prs_HomePhone", person.home_phone),
            ("prs_MobilePhone", person.mobile_phone),
        )
        if phone and E164_PATTERN.fullmatch(normalise_phone(phone)) is None
    ]
    children = person.number_of_children
    if children is not None and not 0 <= children <= MAXIMUM_NUMBER_OF_CHILDREN:
        message = f"{children} is outside 0-{MAXIMUM_NUMBER_OF_CHILDREN}"
        problems.append(FieldProblem("prs_NumberOfChildren", message, "out_of_range", row))
    problems += check_coordinates(
        person.mailing_latitude,
        person.mailing_longitude,
        columns=("prs_MailingLatitude", "prs_MailingLongitude"),
        row=row,
    )
    return problems


def check_coordinates(
    latitude: float | None, longitude: float | None, *, columns: tuple[str, str], row: int | None
) -> list[FieldProblem]:
    """Latitude lies in -90..90 and longitude in -180..180 degrees (WGS 84).

    Source: tipnet flat exchange specification; HTCDS v2.0 geolocation fields.
    """
    problems = []
    if latitude is not None and not -90.0 <= latitude <= 90.0:
        problems.append(
            FieldProblem(columns[0], f"{latitude} is outside -90..90", "out_of_range", row)
        )
    if longitude is not None and not -180.0 <= longitude <= 180.0:
        problems.append(
            FieldProblem(columns[1], f"{longitude} is outside -180..180", "out_of_range", row)
        )
    return problems


def check_codes(bundle: CaseBundle, *, row: int | None) -> list[FieldProblem]:
    """Countries are ISO 3166-1 alpha-2 codes and languages ISO 639 codes.

    Sources: HTCDS v2.0 ``prs_Citizenship``, ``prs_MailingCountry`` (ISO 3166) and
    ``prs_PrimaryLanguage``/``prs_SecondaryLanguage`` (ISO 639-2); tipnet flat exchange
    specification (alpha-2 countries, incl. the documented ``vic_LocationOf*`` deviation;
    ISO 639-1 or 639-3 languages).
    """
    person, victim = bundle.person, bundle.victim
    countries = [("prs_Citizenship", code) for code in person.citizenships]
    countries += [
        ("prs_MailingCountry", person.mailing_country),
        ("vic_LocationOfRecruitment", victim.recruitment_country),
        ("vic_LocationOfExploitation", victim.exploitation_country),
    ]
    languages = [
        ("prs_PrimaryLanguage", person.primary_language),
        ("prs_SecondaryLanguage", person.secondary_language),
    ]
    return list(_unknown_codes(countries, known_country_codes(), "country", row)) + list(
        _unknown_codes(languages, known_language_codes(), "language", row)
    )


def _unknown_codes(
    values: Iterable[tuple[str, str]], known: frozenset[str], kind: str, row: int | None
) -> Iterator[FieldProblem]:
    for column, code in values:
        if code and code not in known:
            yield FieldProblem(
                column, f"{code!r} is not a known {kind} code", f"unknown_{kind}", row
            )


def check_consent(consent: ConsentRecord, *, row: int | None) -> list[FieldProblem]:
    """Consent is not withdrawn before it was given; a retention period is not negative.

    Source: tipnet flat exchange specification ("a consent withdrawn before it was given is an
    error"); HTCDS v2.0 ``con_Consent`` guidance (informed consent, right to withdraw, how
    long data are stored).
    """
    problems = []
    given_on, withdrawn_on = consent.given_on, consent.withdrawn_on
    if given_on is not None and withdrawn_on is not None and withdrawn_on < given_on:
        message = f"consent withdrawn on {withdrawn_on} before it was given on {given_on}"
        problems.append(
            FieldProblem("ext_ConsentWithdrawnOn", message, "withdrawn_before_given", row)
        )
    months = consent.retention_period_months
    if months is not None and months < 0:
        message = f"retention period {months} months is negative"
        problems.append(FieldProblem("ext_RetentionPeriodMonths", message, "out_of_range", row))
    return problems


def check_past_dates(bundle: CaseBundle, *, row: int | None, today: date) -> list[FieldProblem]:
    """Dates of things that have happened (identification, consent, referrals, events) are not
    in the future.

    Source: tipnet plausibility rule; every such HTCDS date records a past event.
    """
    dates: list[tuple[str, date | None]] = [
        ("ext_IdentifiedOn", bundle.victim.identified_on),
        ("ext_ConsentGivenOn", bundle.consent.given_on),
        ("ext_ConsentWithdrawnOn", bundle.consent.withdrawn_on),
    ]
    dates += [
        (_REFERRAL_DATE_COLUMN[referral.direction], referral.referred_on)
        for referral in bundle.referrals
    ]
    return _future_dates(dates, row=row, today=today)


_REFERRAL_DATE_COLUMN = {
    ReferralDirection.INCOMING: "cas_IncomingReferralDate",
    ReferralDirection.OUTGOING: "cas_OutgoingReferralDate",
}


def _future_dates(
    dates: Iterable[tuple[str, date | None]], *, row: int | None, today: date
) -> list[FieldProblem]:
    return [
        FieldProblem(column, f"{day.isoformat()} is in the future", "date_in_future", row)
        for column, day in dates
        if day is not None and day > today
    ]


def validate_event(
    event: TraffickingEventRecord, *, row: int | None, today: date
) -> list[FieldProblem]:
    """The rules for one route event: a known country, a past date, coordinates on the globe.

    Sources: HTCDS v2.0 "Historic Trafficking Events" (``hte_Country``, ``hte_Date``,
    ``hte_Latitude``, ``hte_Longitude``); tipnet flat exchange specification (alpha-2 country,
    coordinate ranges). In an import, ``row`` is the row of the events file and the ``hte_``
    column names tell the two files apart.
    """
    earliest_on = None if event.occurred is None else event.occurred.earliest_on()
    return [
        *_unknown_codes([("hte_Country", event.country)], known_country_codes(), "country", row),
        *_future_dates([("hte_Date", earliest_on)], row=row, today=today),
        *check_coordinates(
            event.latitude, event.longitude, columns=("hte_Latitude", "hte_Longitude"), row=row
        ),
    ]


def validate_case(bundle: CaseBundle, *, row: int | None, today: date) -> list[FieldProblem]:
    """The rules for one case without its route events (an import checks those per event row).

    Args:
        bundle: the case; its ``events`` are ignored.
        row: 1-based data row of an import, or ``None`` outside imports.
        today: the date "now" means; passed in so results do not depend on the clock.

    Returns:
        All problems found, in a stable order; empty when the case passes.
    """
    return [
        *check_ages(bundle.victim, row=row),
        *check_age_order(bundle.victim, row=row),
        *check_birth_date(bundle.person, bundle.victim, row=row, today=today),
        *check_person_details(bundle.person, row=row),
        *check_codes(bundle, row=row),
        *check_consent(bundle.consent, row=row),
        *check_past_dates(bundle, row=row, today=today),
    ]


def validate_bundle(bundle: CaseBundle, *, row: int | None, today: date) -> list[FieldProblem]:
    """Every domain rule of this module applied to one case and its route events.

    Args:
        bundle: the case with its person, victim context, consent, referrals and events.
        row: 1-based data row of an import, or ``None`` outside imports.
        today: the date "now" means; passed in so results do not depend on the clock.

    Returns:
        All problems found, in a stable order; empty when the case passes.
    """
    problems = validate_case(bundle, row=row, today=today)
    for event in bundle.events:
        problems += validate_event(event, row=row, today=today)
    return problems
