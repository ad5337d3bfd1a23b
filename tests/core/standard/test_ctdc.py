"""CTDC-style export and the import mapping of the 104-row CTDC-derived sample."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from tipnet.core.standard.exchange import CTDC_COLUMNS, ctdc_rows, read_ctdc_sample
from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    ConsentRecord,
    PartialDate,
    PersonRecord,
    TraffickingEventRecord,
    VictimContextRecord,
)
from tipnet.core.standard.rules import is_presumed_child
from tipnet.core.standard.vocabulary import (
    ControlMethod,
    ExploitationType,
    ForcedLabourIndustry,
    Gender,
    RelationshipToTrafficker,
    TraffickingEventType,
    TraffickingStatus,
)

RESEARCH_CONSENT = ConsentRecord(has_consented=True, research_use_explained=True)


def read_reference_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture(scope="module")
def sample_rows(reference_dir: Path) -> list[dict[str, str]]:
    return read_reference_csv(reference_dir / "ctdc" / "ctdc_derived_sample_104_rows.csv")


def test_export_columns_are_the_27_columns_of_the_2024_synthetic_dataset(
    reference_dir: Path,
) -> None:
    rows = read_reference_csv(reference_dir / "ctdc" / "ctdc_global_synthetic_2024plus_columns.csv")
    assert tuple(row["column"] for row in rows) == CTDC_COLUMNS
    assert len(CTDC_COLUMNS) == 27


def test_all_104_sample_rows_map(sample_rows: list[dict[str, str]]) -> None:
    bundles = read_ctdc_sample(sample_rows)
    assert len(bundles) == 104
    assert len({bundle.case.reference for bundle in bundles}) == 104


def test_sample_values_are_mapped_as_documented(sample_rows: list[dict[str, str]]) -> None:
    bundles = read_ctdc_sample(sample_rows)
    # Row 1: 2017, Female, 0--8, citizenship -99, exploited in KH, physical + other control.
    first = bundles[0]
    assert first.victim.identified_on == date(2017, 1, 1)
    assert first.person.gender is Gender.FEMININE
    assert (first.victim.age_range_low, first.victim.age_range_high) == (0, 8)
    assert first.person.citizenships == ()
    assert first.victim.exploitation_country == "KH"
    assert set(first.victim.control_methods) == {ControlMethod.PHYSICAL_ABUSE, ControlMethod.OTHER}
    # Row 3: citizen of KH exploited in CN.
    assert bundles[2].person.citizenships == ("KH",)
    assert bundles[2].victim.exploitation_country == "CN"


def test_sample_minors_are_presumed_children(sample_rows: list[dict[str, str]]) -> None:
    for row, bundle in zip(sample_rows, read_ctdc_sample(sample_rows), strict=True):
        assert is_presumed_child(bundle.victim) is (row["majority_status"] == "Minor")


def test_sample_exported_again_keeps_year_gender_band_and_countries(
    sample_rows: list[dict[str, str]],
) -> None:
    exported = list(ctdc_rows(read_ctdc_sample(sample_rows), require_research_consent=False))
    assert len(exported) == 104
    for source, row in zip(sample_rows, exported, strict=True):
        assert row["yearOfRegistration"] == source["registration_year"]
        assert row["gender"] == "Woman"
        assert len(row["CountryOfExploitation"]) == 3
        if source["citizenship"] == "KH":
            assert row["citizenship"] == "KHM"


def test_export_maps_categories_to_ctdc_flags() -> None:
    bundle = CaseBundle(
        CaseRecord("C-1"),
        person=PersonRecord(gender=Gender.TRANSGENDER_FEMININE, citizenships=("MM", "TH")),
        victim=VictimContextRecord(
            trafficking_status=TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING,
            identified_on=date(2024, 2, 1),
            age_at_identification=16,
            control_methods=(ControlMethod.TAKES_EARNINGS, ControlMethod.WITHHOLDS_DOCUMENTS),
            exploitation_types=(ExploitationType.FORCED_LABOUR,),
            forced_labour_industry=ForcedLabourIndustry.ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS,
            relationship_to_trafficker=RelationshipToTrafficker.FAMILIAL,
        ),
        consent=RESEARCH_CONSENT,
        events=(
            TraffickingEventRecord(TraffickingEventType.EXPLOITATION, country="MY"),
            TraffickingEventRecord(TraffickingEventType.EXPLOITATION, country="TH"),
        ),
    )
    (row,) = ctdc_rows([bundle])
    assert tuple(row) == CTDC_COLUMNS
    assert row["yearOfRegistration"] == "2024"
    assert row["gender"] == "Trans/Transgender/NonConforming"
    assert row["ageBroad"] == "9--17"
    assert row["citizenship"] == "MMR"
    assert row["CountryOfExploitation"] == "THA"  # the last country of exploitation
    assert row["meansDebtBondageEarnings"] == "1"
    assert row["meansWithholdDocs"] == "1"
    assert row["meansThreats"] == "0"
    assert (row["isForcedLabour"], row["isSexualExploit"], row["isOtherExploit"]) == ("1", "0", "0")
    assert row["sectorOfLabourDomesticWork"] == "1"
    assert row["sectorOfLabourConstruction"] == "0"
    assert row["sectorOfSexProstitution"] == ""  # nothing recorded: missing, not "no"
    assert row["recruiterRelationFamily"] == "1"
    assert row["recruiterRelationIntimatePartner"] == ""


def test_export_leaves_out_non_victims_and_cases_without_research_consent() -> None:
    victim = CaseBundle(CaseRecord("V"), consent=RESEARCH_CONSENT)
    not_victim = CaseBundle(
        CaseRecord("N"),
        victim=VictimContextRecord(
            trafficking_status=TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING
        ),
        consent=RESEARCH_CONSENT,
    )
    no_consent = CaseBundle(CaseRecord("X"))
    assert len(list(ctdc_rows([victim, not_victim, no_consent]))) == 1


def test_export_never_contains_identifying_values() -> None:
    person = PersonRecord(
        given_names="Unique-Given",
        family_names="Unique-Family",
        birth_date=PartialDate(1999, 3, 4),
        email="unique@example.org",
        mobile_phone="+66812345678",
        identity_number="ID-998877",
        mailing_street="1 Unique Street",
        mailing_city="Unique City",
    )
    bundle = CaseBundle(CaseRecord("CASE-REF-123"), person=person, consent=RESEARCH_CONSENT)
    (row,) = ctdc_rows([bundle])
    text = " ".join(row.values())
    for secret in ("Unique", "1999", "example.org", "812345678", "998877", "CASE-REF"):
        assert secret not in text
