"""Domain rules, the child presumption and the CTDC age bands."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    ConsentRecord,
    PartialDate,
    PersonRecord,
    ReferralRecord,
    TraffickingEventRecord,
    VictimContextRecord,
)
from tipnet.core.standard.rules import (
    age_group,
    is_presumed_child,
    possible_ages_on,
    validate_bundle,
)
from tipnet.core.standard.vocabulary import ReferralDirection, TraffickingEventType

TODAY = date(2025, 6, 30)


def codes_of(bundle: CaseBundle) -> set[tuple[str, str]]:
    return {
        (problem.field, problem.code) for problem in validate_bundle(bundle, row=7, today=TODAY)
    }


def bundle_with(
    *,
    person: PersonRecord | None = None,
    victim: VictimContextRecord | None = None,
    consent: ConsentRecord | None = None,
    referrals: tuple[ReferralRecord, ...] = (),
    events: tuple[TraffickingEventRecord, ...] = (),
) -> CaseBundle:
    return CaseBundle(
        CaseRecord("C-1"),
        person=person or PersonRecord(),
        victim=victim or VictimContextRecord(),
        consent=consent or ConsentRecord(),
        referrals=referrals,
        events=events,
    )


def test_an_empty_case_passes() -> None:
    assert validate_bundle(bundle_with(), row=None, today=TODAY) == []


def test_problems_carry_the_row_number() -> None:
    bundle = bundle_with(victim=VictimContextRecord(estimated_age=130))
    assert [problem.row for problem in validate_bundle(bundle, row=7, today=TODAY)] == [7]


@pytest.mark.parametrize(
    "victim",
    [
        VictimContextRecord(age_when_trafficked=121),
        VictimContextRecord(age_at_identification=-1),
        VictimContextRecord(age_range_high=200),
    ],
)
def test_ages_outside_0_to_120_are_refused(victim: VictimContextRecord) -> None:
    assert {code for _, code in codes_of(bundle_with(victim=victim))} == {"age_out_of_range"}


def test_a_reversed_age_range_is_refused() -> None:
    victim = VictimContextRecord(age_range_low=20, age_range_high=16)
    assert ("ext_AgeRangeLow", "age_range_reversed") in codes_of(bundle_with(victim=victim))


def test_trafficked_after_identification_is_refused() -> None:
    victim = VictimContextRecord(age_when_trafficked=19, age_at_identification=17)
    assert codes_of(bundle_with(victim=victim)) == {("vic_AgeWhenTrafficked", "age_order")}


def test_birth_dates_in_the_future_or_before_1900_are_refused() -> None:
    future = PersonRecord(birth_date=PartialDate(2025, 7))
    early = PersonRecord(birth_date=PartialDate(1899))
    assert codes_of(bundle_with(person=future)) == {("prs_Birthdate", "date_in_future")}
    assert codes_of(bundle_with(person=early)) == {("prs_Birthdate", "date_too_early")}
    assert codes_of(bundle_with(person=PersonRecord(birth_date=PartialDate(2025)))) == set()


def test_birth_date_must_fit_the_age_at_identification_within_a_year() -> None:
    person = PersonRecord(birth_date=PartialDate(2000, 6, 15))
    on = date(2020, 6, 1)  # 19 years old that day
    fits = VictimContextRecord(identified_on=on, age_at_identification=20)
    off = VictimContextRecord(identified_on=on, age_at_identification=22)
    assert codes_of(bundle_with(person=person, victim=fits)) == set()
    assert codes_of(bundle_with(person=person, victim=off)) == {
        ("ext_AgeAtIdentification", "age_inconsistent")
    }


def test_a_year_only_birth_date_spans_two_possible_ages() -> None:
    assert possible_ages_on(PartialDate(2000), date(2020, 6, 1)) == (19, 20)


def test_phones_must_be_e164_after_removing_spaces_and_dashes() -> None:
    good = PersonRecord(mobile_phone="+66 81-234-5678", home_phone="6621234567")
    bad = PersonRecord(mobile_phone="081 234 5678", home_phone="+12ab")
    assert codes_of(bundle_with(person=good)) == set()
    assert codes_of(bundle_with(person=bad)) == {
        ("prs_MobilePhone", "invalid_phone"),
        ("prs_HomePhone", "invalid_phone"),
    }


def test_coordinates_and_children_must_be_in_range() -> None:
    person = PersonRecord(mailing_latitude=91.0, mailing_longitude=-181.0, number_of_children=31)
    assert codes_of(bundle_with(person=person)) == {
        ("prs_MailingLatitude", "out_of_range"),
        ("prs_MailingLongitude", "out_of_range"),
        ("prs_NumberOfChildren", "out_of_range"),
    }


def test_countries_and_languages_must_be_iso_codes() -> None:
    person = PersonRecord(
        citizenships=("KH", "XX"), primary_language="km", secondary_language="khmer"
    )
    victim = VictimContextRecord(exploitation_country="XK", recruitment_country="Cambodia")
    assert codes_of(bundle_with(person=person, victim=victim)) == {
        ("prs_Citizenship", "unknown_country"),
        ("prs_SecondaryLanguage", "unknown_language"),
        ("vic_LocationOfRecruitment", "unknown_country"),
    }


def test_iso_639_2_bibliographic_and_639_3_codes_are_languages() -> None:
    person = PersonRecord(primary_language="ger", secondary_language="tgl")
    assert codes_of(bundle_with(person=person)) == set()


def test_consent_withdrawn_before_it_was_given_is_refused() -> None:
    consent = ConsentRecord(
        has_consented=True, given_on=date(2024, 5, 2), withdrawn_on=date(2024, 5, 1)
    )
    assert codes_of(bundle_with(consent=consent)) == {
        ("ext_ConsentWithdrawnOn", "withdrawn_before_given")
    }


def test_past_events_cannot_be_dated_in_the_future() -> None:
    referral = ReferralRecord(ReferralDirection.OUTGOING, referred_on=date(2025, 7, 1))
    event = TraffickingEventRecord(TraffickingEventType.TRANSIT, occurred=PartialDate(2026))
    assert codes_of(bundle_with(referrals=(referral,), events=(event,))) == {
        ("cas_OutgoingReferralDate", "date_in_future"),
        ("hte_Date", "date_in_future"),
    }


@pytest.mark.parametrize(
    ("victim", "expected"),
    [
        (VictimContextRecord(age_at_identification=17), True),
        (VictimContextRecord(age_at_identification=18), False),
        (VictimContextRecord(age_at_identification=19, is_age_disputed=True), False),
        (
            VictimContextRecord(age_at_identification=19, age_range_low=16, is_age_disputed=True),
            True,
        ),
        (VictimContextRecord(age_at_identification=16, is_age_disputed=True), True),
        (VictimContextRecord(age_range_low=15, age_range_high=22), True),
        (VictimContextRecord(estimated_age=17), True),
        (VictimContextRecord(age_range_low=18, age_range_high=25), False),
        (VictimContextRecord(), False),
        # An established adult age outweighs an old estimate.
        (VictimContextRecord(age_at_identification=25, estimated_age=16), False),
    ],
)
def test_child_presumption_gives_the_benefit_of_the_doubt(
    victim: VictimContextRecord, expected: bool
) -> None:
    assert is_presumed_child(victim) is expected


def ctdc_age_bands(reference_dir: Path) -> list[str]:
    path = reference_dir / "ctdc" / "ctdc_global_dataset_dictionary_2018_lookups.csv"
    bands, in_section = [], False
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.reader(file):
            if row[0].strip():
                in_section = row[0].strip() == "Age range 2"
            elif in_section and row[1].strip():
                bands.append(row[1].strip())
    return bands


def test_age_groups_are_the_ctdc_bands(reference_dir: Path) -> None:
    bands = ctdc_age_bands(reference_dir)
    assert len(bands) == 9
    for band in bands:
        low_text, _, high_text = band.rstrip("+").partition("--")
        low = int(low_text)
        high = int(high_text) if high_text else 120
        assert {age_group(age) for age in range(low, high + 1)} == {band}
    assert age_group(None) == "unknown"


def test_age_group_refuses_negative_ages() -> None:
    with pytest.raises(ValueError, match="negative"):
        age_group(-1)
