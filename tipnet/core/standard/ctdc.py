"""CTDC-style flat export of case bundles, and the import mapping of the CTDC sample fixture.

The export writes the 27 columns of the Counter-Trafficking Data Collaborative (CTDC) Global
Synthetic Dataset releases 2024 and later (column list rebuilt from third-party code, see
``docs/htcds.md``). It never writes a name, contact, address, date of birth, free text or
case reference: only the coarse categories CTDC publishes. It does not k-anonymise or
suppress small cells; whoever publishes the rows must do that.

Source of the target format: Counter-Trafficking Data Collaborative (CTDC); CTDC Data
Codebook v6 (2017) for the meaning of the variables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache

import pycountry

from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    PersonRecord,
    VictimContextRecord,
)
from tipnet.core.standard.rules import KOSOVO_USER_ASSIGNED_CODE, age_band_bounds, age_group
from tipnet.core.standard.vocabulary import (
    ControlMethod,
    ExploitationType,
    ForcedLabourIndustry,
    Gender,
    RelationshipToTrafficker,
    SexExploitationType,
    TraffickingEventType,
    TraffickingStatus,
)

CTDC_COLUMNS: tuple[str, ...] = (
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "citizenship",
    "CountryOfExploitation",
    "traffickMonths",
    "meansDebtBondageEarnings",
    "meansThreats",
    "meansAbusePsyPhySex",
    "meansFalsePromises",
    "meansDrugsAlcohol",
    "meansDenyBasicNeeds",
    "meansExcessiveWorkHours",
    "meansWithholdDocs",
    "isForcedLabour",
    "isSexualExploit",
    "isOtherExploit",
    "sectorOfLabourAgriculture",
    "sectorOfLabourConstruction",
    "sectorOfLabourDomesticWork",
    "sectorOfLabourHospitality",
    "sectorOfSexProstitution",
    "sectorOfSexPornography",
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
)
"""The 27 columns of the CTDC Global Synthetic Dataset (2024+ releases), in release order."""

CTDC_GENDER: Mapping[Gender, str] = {
    Gender.FEMININE: "Woman",
    Gender.MASCULINE: "Man",
    Gender.TRANSGENDER_FEMININE: "Trans/Transgender/NonConforming",
    Gender.TRANSGENDER_MASCULINE: "Trans/Transgender/NonConforming",
    Gender.NON_CONFORMING: "Trans/Transgender/NonConforming",
}
"""HTCDS gender -> CTDC 2024+ gender; ``NonSpecifiedUnknown`` and unknown are left blank."""

CTDC_MEANS_OF_CONTROL: Mapping[str, frozenset[ControlMethod]] = {
    "meansDebtBondageEarnings": frozenset(
        {ControlMethod.DEBT_BONDAGE, ControlMethod.TAKES_EARNINGS}
    ),
    "meansThreats": frozenset(
        {
            ControlMethod.PHYSICAL_THREATS,
            ControlMethod.THREATS_LAW_ENFORCEMENT,
            ControlMethod.THREATENS_CHILDREN_FAMILY,
        }
    ),
    "meansAbusePsyPhySex": frozenset(
        {
            ControlMethod.PSYCHOLOGICAL_ABUSE,
            ControlMethod.PHYSICAL_ABUSE,
            ControlMethod.SEXUAL_ABUSE,
        }
    ),
    "meansFalsePromises": frozenset({ControlMethod.FALSE_PROMISES}),
    "meansDrugsAlcohol": frozenset({ControlMethod.PSYCHOACTIVE_SUBSTANCE}),
    "meansDenyBasicNeeds": frozenset(
        {
            ControlMethod.RESTRICTS_FINANCIAL_ACCESS,
            ControlMethod.RESTRICTS_MEDICAL_CARE,
            ControlMethod.WITHHOLDS_NECESSITIES,
        }
    ),
    "meansExcessiveWorkHours": frozenset({ControlMethod.EXCESSIVE_WORKING_HOURS}),
    "meansWithholdDocs": frozenset({ControlMethod.WITHHOLDS_DOCUMENTS}),
}
"""CTDC composite means-of-control flag -> the HTCDS methods of control it merges."""

CTDC_EXPLOITATION: Mapping[str, frozenset[ExploitationType]] = {
    "isForcedLabour": frozenset({ExploitationType.FORCED_LABOUR}),
    "isSexualExploit": frozenset({ExploitationType.SEXUAL_EXPLOITATION}),
    "isOtherExploit": frozenset(ExploitationType)
    - {ExploitationType.FORCED_LABOUR, ExploitationType.SEXUAL_EXPLOITATION},
}
"""CTDC type-of-exploitation flag -> HTCDS exploitation types (child labour and the rest are
"other", as in the CTDC codebook, where labour means forced labour)."""

CTDC_LABOUR_SECTOR: Mapping[str, ForcedLabourIndustry] = {
    "sectorOfLabourAgriculture": ForcedLabourIndustry.AGRICULTURE_FORESTRY_AND_FISHING,
    "sectorOfLabourConstruction": ForcedLabourIndustry.CONSTRUCTION,
    "sectorOfLabourDomesticWork": ForcedLabourIndustry.ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS,
    "sectorOfLabourHospitality": ForcedLabourIndustry.ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES,
}
"""CTDC labour-sector flag -> ISIC section (CTDC codebook v6 defines them by ISIC sections
A, F, T and I)."""

CTDC_SEX_SECTOR: Mapping[str, SexExploitationType] = {
    "sectorOfSexProstitution": SexExploitationType.PROSTITUTION,
    "sectorOfSexPornography": SexExploitationType.PORNOGRAPHY,
}

CTDC_RECRUITER_RELATION: Mapping[str, RelationshipToTrafficker | None] = {
    "recruiterRelationIntimatePartner": None,
    "recruiterRelationFriend": RelationshipToTrafficker.ACQUAINTED,
    "recruiterRelationFamily": RelationshipToTrafficker.FAMILIAL,
    "recruiterRelationOther": RelationshipToTrafficker.UNACQUAINTED,
}
"""CTDC recruiter-relation flag -> HTCDS relationship. HTCDS cannot tell an intimate partner
from other acquaintances, so ``recruiterRelationIntimatePartner`` is always left blank."""

MISSING = ""
FLAG_SET = "1"
FLAG_UNSET = "0"


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def ctdc_rows(
    bundles: Iterable[CaseBundle], *, require_research_consent: bool = True
) -> Iterator[dict[str, str]]:
    """CTDC-style rows: one per victim, only coarse, non-identifying categories.

    Cases whose person is "not a victim of trafficking" are left out, and by default so are
    cases without active consent to research use of non-identifying data (HTCDS
    ``con_Consent`` guidance). A flag group is blank when nothing of its kind was recorded
    (CTDC's "missing"), else 0/1.

    Args:
        bundles: the cases.
        require_research_consent: leave out cases whose consent does not allow research use.

    Yields:
        Dictionaries keyed by :data:`CTDC_COLUMNS`.
    """
    for bundle in bundles:
        if bundle.victim.trafficking_status is TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING:
            continue
        if require_research_consent and not bundle.consent.allows_research_use:
            continue
        yield ctdc_row(bundle)


def ctdc_row(bundle: CaseBundle) -> dict[str, str]:
    """The CTDC-style row of one case (no filtering; see :func:`ctdc_rows`)."""
    person, victim = bundle.person, bundle.victim
    age = victim.age_at_identification
    if age is None:
        age = victim.estimated_age
    row = {
        "yearOfRegistration": _registration_year(bundle),
        "gender": CTDC_GENDER.get(person.gender, MISSING) if person.gender else MISSING,
        "ageBroad": MISSING if age is None else age_group(age),
        "citizenship": alpha_3(person.citizenships[0]) if person.citizenships else MISSING,
        "CountryOfExploitation": alpha_3(_exploitation_country(bundle)),
        # The time spent in exploitation is not recorded reliably enough to band it.
        "traffickMonths": MISSING,
    }
    row |= _flags(CTDC_MEANS_OF_CONTROL, victim.control_methods)
    row |= _flags(CTDC_EXPLOITATION, victim.exploitation_types)
    row |= _labour_sector_flags(victim)
    row |= _flags(
        {column: frozenset({kind}) for column, kind in CTDC_SEX_SECTOR.items()},
        victim.sex_exploitation_types,
    )
    row |= _recruiter_flags(victim.relationship_to_trafficker)
    return row


def _registration_year(bundle: CaseBundle) -> str:
    # tipnet has no registration date; identification, then consent, stand in for it.
    registered_on = bundle.victim.identified_on or bundle.consent.given_on
    return MISSING if registered_on is None else str(registered_on.year)


def _exploitation_country(bundle: CaseBundle) -> str:
    if bundle.victim.exploitation_country:
        return bundle.victim.exploitation_country
    # CTDC wants the *last* country of exploitation.
    countries = [
        event.country
        for event in bundle.events
        if event.event_type is TraffickingEventType.EXPLOITATION and event.country
    ]
    return countries[-1] if countries else ""


def _flags(groups: Mapping[str, frozenset[object]], recorded: Sequence[object]) -> dict[str, str]:
    if not recorded:
        return dict.fromkeys(groups, MISSING)
    present = set(recorded)
    return {
        column: FLAG_SET if members & present else FLAG_UNSET for column, members in groups.items()
    }


def _labour_sector_flags(victim: VictimContextRecord) -> dict[str, str]:
    industry = victim.forced_labour_industry
    if industry is None:
        return dict.fromkeys(CTDC_LABOUR_SECTOR, MISSING)
    return {column: _flag(sector is industry) for column, sector in CTDC_LABOUR_SECTOR.items()}


def _recruiter_flags(relationship: RelationshipToTrafficker | None) -> dict[str, str]:
    if relationship is None:
        return dict.fromkeys(CTDC_RECRUITER_RELATION, MISSING)
    return {
        column: MISSING if mapped is None else _flag(mapped is relationship)
        for column, mapped in CTDC_RECRUITER_RELATION.items()
    }


def _flag(is_set: bool) -> str:
    return FLAG_SET if is_set else FLAG_UNSET


@cache
def alpha_3(alpha_2: str) -> str:
    """ISO 3166-1 alpha-3 code of an alpha-2 code (``XK`` -> ``XKX``); "" when unknown."""
    if alpha_2 == KOSOVO_USER_ASSIGNED_CODE:
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha_2) if alpha_2 else None
    return country.alpha_3 if country is not None else MISSING


# ---------------------------------------------------------------------------------------------
# Import of the 104-row CTDC-derived sample (test fixture)
# ---------------------------------------------------------------------------------------------

CTDC_SAMPLE_MISSING = "-99"
CTDC_UNKNOWN_COUNTRY = "00"
CTDC_SAMPLE_GENDER: Mapping[str, Gender] = {
    "Female": Gender.FEMININE,
    "Male": Gender.MASCULINE,
    "Transgender/NonConforming": Gender.NON_CONFORMING,
    "Unknown": Gender.NOT_SPECIFIED_UNKNOWN,
}
CTDC_SAMPLE_CONTROL: Mapping[str, ControlMethod] = {
    "control_financial": ControlMethod.RESTRICTS_FINANCIAL_ACCESS,
    "control_threats": ControlMethod.PHYSICAL_THREATS,
    "control_physical": ControlMethod.PHYSICAL_ABUSE,
    "control_limit_necessities": ControlMethod.WITHHOLDS_NECESSITIES,
    "control_other": ControlMethod.OTHER,
}
"""The sample's five grouped means-of-control flags -> one representative HTCDS method each."""


def read_ctdc_sample(rows: Iterable[Mapping[str, str]]) -> tuple[CaseBundle, ...]:
    """Case bundles from rows of the CTDC-derived 104-row sample (an import test fixture).

    Mapped: registration year (as 1 January of that year in ``identified_on``), gender, age
    band (as ``age_range_low``/``age_range_high``), citizenship, country of exploitation and
    the five grouped means-of-control flags. Not mapped: ``datasource``, the majority-status
    columns (the age band carries the same information) and the coded columns ``labor``,
    ``victim_purpose`` and ``trafficker_relationship``, whose codes the sample does not
    document. ``-99`` means missing and ``00`` an unknown country.

    Args:
        rows: the sample's rows as dictionaries keyed by its header.

    Returns:
        One bundle per row, with case references ``ctdc-sample-001`` and on.

    Raises:
        ValueError: a row holds a value outside the sample's documented codes.
    """
    return tuple(_sample_bundle(number, row) for number, row in enumerate(rows, start=1))


def _sample_bundle(number: int, row: Mapping[str, str]) -> CaseBundle:
    low, high = _sample_age_range(row["age_range"])
    victim = VictimContextRecord(
        trafficking_status=TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING,
        identified_on=date(int(row["registration_year"]), 1, 1),
        age_range_low=low,
        age_range_high=high,
        exploitation_country=_sample_country(row["country_of_exploitation"]),
        control_methods=tuple(
            method for column, method in CTDC_SAMPLE_CONTROL.items() if row[column] == FLAG_SET
        ),
    )
    citizenship = _sample_country(row["citizenship"])
    person = PersonRecord(
        gender=_sample_gender(row["gender"]),
        citizenships=(citizenship,) if citizenship else (),
    )
    return CaseBundle(case=CaseRecord(f"ctdc-sample-{number:03d}"), person=person, victim=victim)


def _sample_age_range(label: str) -> tuple[int | None, int | None]:
    if label in {CTDC_SAMPLE_MISSING, "Unknown"}:
        return None, None
    return age_band_bounds(label)


def _sample_country(code: str) -> str:
    if code in {CTDC_SAMPLE_MISSING, CTDC_UNKNOWN_COUNTRY, "ZZ"}:
        return ""
    if not alpha_3(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code")
    return code


def _sample_gender(text: str) -> Gender | None:
    if text == CTDC_SAMPLE_MISSING:
        return None
    try:
        return CTDC_SAMPLE_GENDER[text]
    except KeyError:
        raise ValueError(f"{text!r} is not a CTDC gender") from None
