"""Case rows in the flat HTCDS cases format, as one organisation would have filled them.

Missingness follows what case files in the field look like: year-only birth dates, no birth
date at all, disputed ages (most often for adolescents) with an estimate and a range,
missing gender, blank optional fields. The rates are module constants so tests can check
them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from tipnet.core.synthetic.capture import Capture
from tipnet.core.synthetic.columns import empty_case_row
from tipnet.core.synthetic.consent import consent_fields
from tipnet.core.synthetic.corridors import CITIES
from tipnet.core.synthetic.draws import as_boolean_cell, chance, pick
from tipnet.core.synthetic.organisations import SyntheticOrganisation
from tipnet.core.synthetic.people import DATA_WINDOW_END_ON, TruePerson, age_on
from tipnet.core.synthetic.spelling import render_name
from tipnet.core.synthetic.victims import victim_fields

MISSING_BIRTH_DATE_RATE = 0.15
"""Share of undisputed cases without any birth date."""
YEAR_ONLY_BIRTH_DATE_RATE = 0.20
"""Share of undisputed cases whose birth date is known to the year only."""
YEAR_MONTH_BIRTH_DATE_RATE = 0.05
"""Share of undisputed cases whose birth date is known to the month only."""
MISSING_GENDER_RATE = 0.05
"""Share of cases with a blank gender."""
UNKNOWN_GENDER_RATE = 0.02
"""Share of cases with gender recorded as NonSpecifiedUnknown."""
MINOR_AGE_DISPUTE_RATE = 0.4
"""Share of cases of people under 18 at identification whose age is disputed."""
ADULT_AGE_DISPUTE_RATE = 0.04
"""Share of cases of adults whose age is disputed (young adults three times as often)."""

_EDUCATION_LEVELS = (
    "PrimaryEducation",
    "LowerSecondaryEducation",
    "UpperSecondaryEducation",
    "ShortCycleTertiaryEducation",
    "BachelorsOrEquivalentLevel",
)
_ADULT_MARITAL_STATUSES = ("Single", "Married", "Divorced", "Separated", "Widowed")
_CLOSURE_REASONS = (
    "Support plan completed",
    "Returned to country of origin",
    "Lost contact",
    "Client declined further support",
)
_IRREGULAR_ROUTE_COUNTRIES = frozenset({"IT", "LY", "MX", "NL", "TH", "MM"})


@dataclass(frozen=True)
class Referral:
    """A referral between two network organisations, seen from one side."""

    organisation_name: str
    referred_on: dt.date
    is_cross_border: bool


def build_case_row(
    rng: np.random.Generator,
    *,
    case_id: str,
    person: TruePerson,
    organisation: SyntheticOrganisation,
    capture: Capture,
    incoming: Referral | None,
    outgoing: Referral | None,
) -> dict[str, str]:
    """Fill one cases-file row for ``capture``, the way ``organisation`` would have.

    Args:
        rng: the only source of randomness.
        case_id: the organisation's own case reference (never the person id).
        person: the true person behind the case.
        organisation: the organisation writing the case.
        capture: the capture this case records.
        incoming: the referral that brought the person here, if any.
        outgoing: the referral this organisation made onwards, if any.

    Returns:
        A row with every cases-file column; blanks mean unknown.
    """
    row = empty_case_row()
    row["case_id"] = case_id
    row["ext_IdentifiedOn"] = capture.identified_on.isoformat()
    row.update(_name_fields(rng, person, organisation))
    row.update(_age_fields(rng, person, capture.identified_on))
    row.update(_person_fields(rng, person, organisation, capture))
    row.update(victim_fields(rng, person, capture))
    row.update(_case_fields(rng, organisation, capture, incoming, outgoing))
    row.update(consent_fields(rng, capture.identified_on))
    row.update(_status_fields(rng, person, organisation, capture))
    return row


def _name_fields(
    rng: np.random.Generator, person: TruePerson, organisation: SyntheticOrganisation
) -> dict[str, str]:
    name = render_name(rng, person, organisation)
    return {
        "prs_FirstName": name.first,
        "prs_MiddleName": name.middle,
        "prs_SecondName": name.second,
        "ext_Aliases": ";".join(name.aliases),
    }


def _age_fields(
    rng: np.random.Generator, person: TruePerson, identified_on: dt.date
) -> dict[str, str]:
    age_years = age_on(person.birth_on, identified_on)
    dispute_rate = MINOR_AGE_DISPUTE_RATE if age_years < 18 else ADULT_AGE_DISPUTE_RATE
    if age_years < 21 <= age_years + 3:
        dispute_rate = 3 * ADULT_AGE_DISPUTE_RATE
    if chance(rng, dispute_rate):
        return _disputed_age_fields(rng, person, age_years)
    return _undisputed_age_fields(rng, person, age_years)


def _disputed_age_fields(
    rng: np.random.Generator, person: TruePerson, age_years: int
) -> dict[str, str]:
    estimate = max(1, age_years + int(rng.integers(-3, 4)))
    fields = {
        "ext_IsAgeDisputed": "true",
        "ext_EstimatedAge": str(estimate),
        "ext_AgeRangeLow": str(max(0, estimate - 2)),
        "ext_AgeRangeHigh": str(estimate + 2),
    }
    if chance(rng, 0.5):
        # The claimed year of birth, which is what is disputed, may be off by a year or two.
        fields["prs_Birthdate"] = str(person.birth_on.year + int(rng.integers(-2, 3)))
    return fields


def _undisputed_age_fields(
    rng: np.random.Generator, person: TruePerson, age_years: int
) -> dict[str, str]:
    fields = {
        "prs_Birthdate": _partial_birth_date(rng, person.birth_on),
        "ext_IsAgeDisputed": "false" if chance(rng, 0.5) else "",
    }
    if chance(rng, 0.9):
        fields["ext_AgeAtIdentification"] = str(age_years)
    if chance(rng, 0.6):
        fields["vic_AgeWhenTrafficked"] = str(age_on(person.birth_on, person.recruited_on))
    if not fields["prs_Birthdate"] and "ext_AgeAtIdentification" not in fields:
        fields["ext_EstimatedAge"] = str(age_years)
    return fields


def _partial_birth_date(rng: np.random.Generator, birth_on: dt.date) -> str:
    draw = rng.random()
    if draw < MISSING_BIRTH_DATE_RATE:
        return ""
    if draw < MISSING_BIRTH_DATE_RATE + YEAR_ONLY_BIRTH_DATE_RATE:
        return f"{birth_on.year:04d}"
    if draw < MISSING_BIRTH_DATE_RATE + YEAR_ONLY_BIRTH_DATE_RATE + YEAR_MONTH_BIRTH_DATE_RATE:
        return f"{birth_on.year:04d}-{birth_on.month:02d}"
    return birth_on.isoformat()


def _person_fields(
    rng: np.random.Generator,
    person: TruePerson,
    organisation: SyntheticOrganisation,
    capture: Capture,
) -> dict[str, str]:
    is_adult = age_on(person.birth_on, capture.identified_on) >= 18
    fields = {
        "prs_Gender": _recorded_gender(rng, person.gender),
        "prs_Deceased": "false" if chance(rng, 0.3) else "",
        "prs_Citizenship": person.origin_country if chance(rng, 0.9) else "",
        "prs_PrimaryLanguage": person.primary_language if chance(rng, 0.85) else "",
        "prs_SecondaryLanguage": "en" if chance(rng, 0.25) else "",
        "ext_IsInterpreterNeeded": as_boolean_cell(
            person.primary_language not in organisation.languages
        ),
        "prs_MaritalStatus": _marital_status(rng, is_adult),
        "prs_HighestLevelOfEducation": pick(rng, _EDUCATION_LEVELS) if chance(rng, 0.4) else "",
    }
    if is_adult and chance(rng, 0.3):
        fields["prs_NumberOfChildren"] = str(int(rng.integers(0, 5)))
    fields.update(_mailing_fields(rng, person, organisation, capture))
    return fields


def _recorded_gender(rng: np.random.Generator, gender: str) -> str:
    draw = rng.random()
    if draw < MISSING_GENDER_RATE:
        return ""
    if draw < MISSING_GENDER_RATE + UNKNOWN_GENDER_RATE:
        return "NonSpecifiedUnknown"
    if gender == "TransgenderFeminine" and chance(rng, 0.5):
        return "Feminine"  # many files only offer two options
    return gender


def _marital_status(rng: np.random.Generator, is_adult: bool) -> str:
    if not chance(rng, 0.6):
        return ""
    return pick(rng, _ADULT_MARITAL_STATUSES) if is_adult else "Single"


def _mailing_fields(
    rng: np.random.Generator,
    person: TruePerson,
    organisation: SyntheticOrganisation,
    capture: Capture,
) -> dict[str, str]:
    if not chance(rng, 0.5):
        return {}
    country = person.origin_country if capture.stage == "Sending" else organisation.country
    cities = CITIES.get(country, ())
    city = pick(rng, [city.name for city in cities]) if cities and chance(rng, 0.6) else ""
    return {"prs_MailingCountry": country, "prs_MailingCity": city}


def _case_fields(
    rng: np.random.Generator,
    organisation: SyntheticOrganisation,
    capture: Capture,
    incoming: Referral | None,
    outgoing: Referral | None,
) -> dict[str, str]:
    fields = {
        "cas_Status": _case_status(rng, capture.identified_on, outgoing),
        "cas_CaseOwner": f"{organisation.key.split('-')[0]}-worker{int(rng.integers(1, 6))}",
    }
    if fields["cas_Status"] == "Closed":
        fields["cas_ReasonForCaseClosure"] = pick(rng, _CLOSURE_REASONS)
    elif fields["cas_Status"] == "ClosedReferred":
        fields["cas_ReasonForCaseClosure"] = "Referred to another organisation"
    if incoming is not None:
        fields["cas_ReferringOrganisation"] = incoming.organisation_name
        fields["cas_IncomingReferralDate"] = incoming.referred_on.isoformat()
        fields["cas_ReasonForIncomingReferral"] = _referral_reason(incoming)
    if outgoing is not None:
        fields["cas_ReferredOrganisation"] = outgoing.organisation_name
        fields["cas_OutgoingReferralDate"] = outgoing.referred_on.isoformat()
        fields["cas_ReasonForOutgoingReferral"] = _referral_reason(outgoing)
    return fields


def _referral_reason(referral: Referral) -> str:
    if referral.is_cross_border:
        return "MigrationOrChangeOfLocation"
    return "AdditionalServicesRequired"


def _case_status(
    rng: np.random.Generator, identified_on: dt.date, outgoing: Referral | None
) -> str:
    if outgoing is not None and chance(rng, 0.7):
        return "ClosedReferred"
    is_old_case = (DATA_WINDOW_END_ON - identified_on).days > 365
    weights = (0.1, 0.3, 0.6) if is_old_case else (0.6, 0.3, 0.1)
    return ("Active", "FollowUp", "Closed")[int(rng.choice(3, p=weights))]


def _status_fields(
    rng: np.random.Generator,
    person: TruePerson,
    organisation: SyntheticOrganisation,
    capture: Capture,
) -> dict[str, str]:
    return {
        "ext_MigrationStatus": _migration_status(rng, organisation, capture),
        "ext_ProtectionStatus": _protection_status(rng, organisation),
        "ext_IsForcedCriminality": as_boolean_cell(person.is_forced_criminality)
        if person.is_forced_criminality or chance(rng, 0.5)
        else "",
    }


def _migration_status(
    rng: np.random.Generator, organisation: SyntheticOrganisation, capture: Capture
) -> str:
    if capture.stage == "Sending":
        return pick(rng, ("NotAMigrant", "Unknown", ""))
    irregular_share = 0.8 if organisation.country in _IRREGULAR_ROUTE_COUNTRIES else 0.35
    return "IrregularMigrant" if chance(rng, irregular_share) else "RegularMigrant"


def _protection_status(rng: np.random.Generator, organisation: SyntheticOrganisation) -> str:
    if organisation.country in {"IT", "DE", "NL"}:
        return pick(
            rng,
            (
                "AsylumSeeker",
                "AsylumSeeker",
                "SubsidiaryProtection",
                "RecognisedRefugee",
                "Rejected",
                "NotApplied",
            ),
        )
    if organisation.country == "MX":
        return pick(rng, ("AsylumSeeker", "NotApplied", "Unknown"))
    return "NotApplied" if chance(rng, 0.6) else ""
