"""The flat HTCDS exchange files: every bad input named by row and column, all or nothing,
and writing then reading gives the cases back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tipnet.core.errors import FieldProblem, ImportRowsError
from tipnet.core.standard.exchange import (
    CASE_COLUMNS,
    EVENT_COLUMNS,
    HTCDS_CORE_FIELD_TO_COLUMN,
    REQUIRED_CASE_COLUMNS,
    cases_to_csv,
    cases_to_xlsx,
    decode_csv,
    events_to_csv,
    parse_case_rows,
    read_xlsx,
    write_case_rows,
)
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
from tipnet.core.standard.rules import known_country_codes
from tipnet.core.standard.vocabulary import (
    HTCDS_FIELD_VOCABULARY,
    CaseStatus,
    ControlMethod,
    EducationLevel,
    ExploitationType,
    ForcedLabourIndustry,
    Gender,
    MaritalStatus,
    MigrationStatus,
    ProtectionStatus,
    RecruitmentMethod,
    ReferralDirection,
    ReferralReason,
    RelationshipToTrafficker,
    SexExploitationType,
    StatusDecisionOrganisation,
    TraffickingEventType,
    TraffickingStatus,
    Vulnerability,
    WebsiteOrApp,
)

T = TypeVar("T")
TODAY = date(2030, 1, 1)
MINIMAL = {
    "case_id": "C-1",
    "vic_TraffickingStatus": "PossibleVictimOfTrafficking",
    "cas_Status": "Active",
}


def problems_of(rows: list[dict[str, str]], **kwargs: object) -> set[tuple[int | None, str, str]]:
    with pytest.raises(ImportRowsError) as caught:
        parse_case_rows(rows, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return {(problem.row, problem.field, problem.code) for problem in caught.value.problems}


# --- the column tables ------------------------------------------------------------------------


def test_every_core_htcds_field_has_a_column(reference_dir: Path) -> None:
    path = reference_dir / "htcds" / "htcds_v2_field_standards.csv"
    with path.open(encoding="utf-8", newline="") as file:
        core = {
            row["Field Name including Prefix"]
            for row in csv.DictReader(file)
            if row["Core"] == "Core"
            and row["Status"] not in {"DEPRECATED", "N/A"}
            and not row["Field Name Prefix"].startswith("org_")
        }
    assert core == set(HTCDS_CORE_FIELD_TO_COLUMN)
    assert set(HTCDS_CORE_FIELD_TO_COLUMN.values()) <= set(CASE_COLUMNS)


def test_every_picklist_column_of_the_files_has_a_vocabulary() -> None:
    flat_picklists = {column for column in HTCDS_FIELD_VOCABULARY if column[:4] != "org_"}
    flat_picklists -= {"per_RoleInProcess", "spl_Type"}
    assert flat_picklists <= set(CASE_COLUMNS) | set(EVENT_COLUMNS)


def test_required_columns_are_the_specified_three() -> None:
    assert {"case_id", "vic_TraffickingStatus", "cas_Status"} == REQUIRED_CASE_COLUMNS
    assert CASE_COLUMNS[0] == "case_id"
    assert len(CASE_COLUMNS) == len(set(CASE_COLUMNS))


# --- reading: one test per kind of bad input ----------------------------------------------------


def test_a_valid_minimal_row_reads() -> None:
    (bundle,) = parse_case_rows([MINIMAL], today=TODAY)
    assert bundle.case.reference == "C-1"
    assert bundle.victim.trafficking_status is TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING


def test_an_unknown_column_is_named_on_the_header_row() -> None:
    assert problems_of([{**MINIMAL, "prs_ShoeSize": "42"}]) == {
        (0, "prs_ShoeSize", "unknown_column")
    }


def test_a_missing_required_column_is_named_on_the_header_row() -> None:
    row = {key: value for key, value in MINIMAL.items() if key != "cas_Status"}
    assert problems_of([row]) == {(0, "cas_Status", "missing_column")}


def test_a_missing_required_value_names_row_and_column() -> None:
    assert problems_of([MINIMAL, {**MINIMAL, "case_id": "C-2", "cas_Status": " "}]) == {
        (2, "cas_Status", "missing_value")
    }


@pytest.mark.parametrize(
    ("column", "text", "code"),
    [
        ("prs_Birthdate", "1990-02-30", "invalid_date"),
        ("ext_IdentifiedOn", "2020-05", "invalid_date"),
        ("prs_Gender", "Female", "unknown_choice"),
        ("vic_MethodsOfControl", "DebtBondage;Beatings", "unknown_choice"),
        ("prs_NumberOfChildren", "two", "invalid_number"),
        ("prs_MailingLatitude", "north", "invalid_number"),
        ("ext_AgeAtIdentification", "17.5", "invalid_number"),
        ("con_Consent", "maybe", "invalid_boolean"),
        ("prs_Citizenship", "KH;Thailand", "unknown_country"),
        ("prs_PrimaryLanguage", "Khmer", "unknown_language"),
        ("prs_MobilePhone", "call me", "invalid_phone"),
        ("ext_EstimatedAge", "130", "age_out_of_range"),
    ],
)
def test_a_bad_cell_names_row_and_column(column: str, text: str, code: str) -> None:
    rows = [MINIMAL, {**MINIMAL, "case_id": "C-2", column: text}]
    assert problems_of(rows) == {(2, column, code)}


def test_an_unknown_picklist_value_lists_the_allowed_ones() -> None:
    with pytest.raises(ImportRowsError) as caught:
        parse_case_rows([{**MINIMAL, "prs_Gender": "feminine"}], today=TODAY)
    message = caught.value.problems[0].message
    assert "Feminine" in message
    assert "NonSpecifiedUnknown" in message
    assert "did you mean 'Feminine'" in message


def test_impossible_ages_are_refused() -> None:
    row = {**MINIMAL, "ext_AgeRangeLow": "19", "ext_AgeRangeHigh": "15"}
    assert problems_of([row]) == {(1, "ext_AgeRangeLow", "age_range_reversed")}


def test_a_duplicate_case_id_names_the_first_row() -> None:
    rows = [MINIMAL, {**MINIMAL, "case_id": "C-2"}, MINIMAL]
    with pytest.raises(ImportRowsError) as caught:
        parse_case_rows(rows, today=TODAY)
    (problem,) = caught.value.problems
    assert (problem.row, problem.field, problem.code) == (3, "case_id", "duplicate_case_id")
    assert "row 1" in problem.message


def test_an_event_for_an_unknown_case_is_refused() -> None:
    events = [{"case_id": "C-1", "hte_Type": "Transit"}, {"case_id": "C-9", "hte_Type": "Return"}]
    assert problems_of([MINIMAL], event_rows=events) == {(2, "case_id", "unknown_case")}


def test_a_bad_event_cell_names_the_event_row() -> None:
    events = [{"case_id": "C-1", "hte_Type": "Deportation", "hte_Country": "TH"}]
    assert problems_of([MINIMAL], event_rows=events) == {(1, "hte_Type", "unknown_choice")}


def test_every_problem_of_every_row_is_reported_together() -> None:
    rows = [
        {**MINIMAL, "prs_Gender": "F", "prs_Birthdate": "yesterday"},
        {**MINIMAL, "case_id": "C-2", "con_Consent": "perhaps"},
    ]
    assert problems_of(rows) == {
        (1, "prs_Gender", "unknown_choice"),
        (1, "prs_Birthdate", "invalid_date"),
        (2, "con_Consent", "invalid_boolean"),
    }


def test_one_bad_row_among_many_good_ones_returns_nothing() -> None:
    rows = [{**MINIMAL, "case_id": f"C-{number}"} for number in range(1, 50)]
    rows[30] = {**rows[30], "cas_Status": "Open"}
    assert problems_of(rows) == {(31, "cas_Status", "unknown_choice")}


def test_cells_are_read_leniently_where_the_format_allows() -> None:
    row = {
        **MINIMAL,
        "con_Consent": "YES",
        "ext_IsAgeDisputed": "0",
        "prs_Citizenship": " kh ; TH;; ",
        "prs_PrimaryLanguage": "KM",
        "prs_MobilePhone": "+855 12-345-678",
        "prs_Birthdate": "2001",
        "ext_AgeAtIdentification": "17.0",
        "vic_TypeOfExploitation": "ForcedLabour;ForcedLabour",
    }
    (bundle,) = parse_case_rows([row], today=TODAY)
    assert bundle.consent.has_consented is True
    assert bundle.person.citizenships == ("KH", "TH")
    assert bundle.person.primary_language == "km"
    assert bundle.person.mobile_phone == "+85512345678"
    assert bundle.person.birth_date == PartialDate(2001)
    assert bundle.victim.age_at_identification == 17
    assert bundle.victim.exploitation_types == (ExploitationType.FORCED_LABOUR,)


# --- CSV bytes ----------------------------------------------------------------------------------


def test_decode_csv_tolerates_a_byte_order_mark() -> None:
    data = "\ufeffcase_id,cas_Status\r\nC-1,Active\r\n\r\n".encode()
    assert decode_csv(data, file_label="cases file") == [{"case_id": "C-1", "cas_Status": "Active"}]


def test_decode_csv_names_each_row_that_is_not_utf8_counting_records_not_lines() -> None:
    data = b'case_id,prs_MailingStreet\nC-1,"two\nlines"\nC-2,ok\nC-3,caf\xe9\nC-4,fine\nC-5,\xff\n'
    with pytest.raises(ImportRowsError) as caught:
        decode_csv(data, file_label="cases file")
    assert caught.value.problems == (
        FieldProblem("cases file", caught.value.problems[0].message, "encoding", 3),
        FieldProblem("cases file", caught.value.problems[1].message, "encoding", 5),
    )


def test_decode_csv_refuses_rows_wider_than_the_header_and_duplicate_columns() -> None:
    with pytest.raises(ImportRowsError) as caught:
        decode_csv(b"case_id,case_id\nC-1,C-1,extra\n", file_label="cases file")
    assert {(problem.row, problem.code) for problem in caught.value.problems} == {
        (0, "duplicate_column"),
        (1, "too_many_cells"),
    }


def test_decode_csv_refuses_an_empty_file() -> None:
    with pytest.raises(ImportRowsError, match="no header"):
        decode_csv(b"", file_label="cases file")


# --- writing and reading back -------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12).map(
    str.strip
)
NAME = TEXT.filter(lambda text: ";" not in text and text != "")
COUNTRY = st.sampled_from(sorted(known_country_codes()))
LANGUAGE = st.sampled_from(["en", "km", "th", "vie", "ger", "fil", "ne", "my"])
PAST_DAY = st.dates(min_value=date(1990, 1, 1), max_value=TODAY)
OPTIONAL_AGE = st.none() | st.integers(0, 120)
PHONE = st.from_regex(r"\+?[1-9][0-9]{1,14}", fullmatch=True)
LATITUDE = st.none() | st.floats(-90, 90, allow_nan=False)
LONGITUDE = st.none() | st.floats(-180, 180, allow_nan=False)


def several(values: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(values, unique=True, max_size=3).map(tuple)


def optional(values: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | values


PERSON = st.builds(
    PersonRecord,
    given_names=TEXT,
    middle_names=TEXT,
    family_names=TEXT,
    salutation=TEXT,
    title=TEXT,
    aliases=several(NAME),
    birth_date=optional(
        st.builds(PartialDate, st.integers(1900, 2029)) | st.builds(PartialDate.from_date, PAST_DAY)
    ),
    gender=optional(st.sampled_from(Gender)),
    is_deceased=st.booleans(),
    marital_status=optional(st.sampled_from(MaritalStatus)),
    number_of_children=optional(st.integers(0, 30)),
    primary_language=st.just("") | LANGUAGE,
    secondary_language=st.just("") | LANGUAGE,
    is_interpreter_needed=st.booleans(),
    highest_education=optional(st.sampled_from(EducationLevel)),
    citizenships=several(COUNTRY),
    identity_number=TEXT,
    email=TEXT,
    home_phone=st.just("") | PHONE,
    mobile_phone=st.just("") | PHONE,
    mailing_street=TEXT,
    mailing_city=TEXT,
    mailing_state=TEXT,
    mailing_postal_code=TEXT,
    mailing_country=st.just("") | COUNTRY,
    mailing_latitude=LATITUDE,
    mailing_longitude=LONGITUDE,
)


@st.composite
def victims(draw: st.DrawFn) -> VictimContextRecord:
    trafficked, identified = sorted(draw(st.lists(st.integers(0, 120), min_size=2, max_size=2)))
    low, estimate, high = sorted(draw(st.lists(st.integers(0, 120), min_size=3, max_size=3)))
    return VictimContextRecord(
        trafficking_status=draw(st.sampled_from(TraffickingStatus)),
        status_decided_by=draw(optional(st.sampled_from(StatusDecisionOrganisation))),
        relationship_to_trafficker=draw(optional(st.sampled_from(RelationshipToTrafficker))),
        age_when_trafficked=draw(st.sampled_from([None, trafficked])),
        recruitment_websites_and_apps=draw(several(st.sampled_from(WebsiteOrApp))),
        recruitment_methods=draw(several(st.sampled_from(RecruitmentMethod))),
        recruitment_country=draw(st.just("") | COUNTRY),
        control_methods=draw(several(st.sampled_from(ControlMethod))),
        exploitation_types=draw(several(st.sampled_from(ExploitationType))),
        forced_labour_industry=draw(optional(st.sampled_from(ForcedLabourIndustry))),
        sex_exploitation_types=draw(several(st.sampled_from(SexExploitationType))),
        exploitation_country=draw(st.just("") | COUNTRY),
        exploitation_websites_and_apps=draw(several(st.sampled_from(WebsiteOrApp))),
        vulnerabilities=draw(several(st.sampled_from(Vulnerability))),
        vulnerability_details=draw(TEXT),
        identified_on=draw(optional(PAST_DAY)),
        age_at_identification=draw(st.sampled_from([None, identified])),
        estimated_age=draw(st.sampled_from([None, estimate])),
        age_range_low=draw(st.sampled_from([None, low])),
        age_range_high=draw(st.sampled_from([None, high])),
        is_age_disputed=draw(st.booleans()),
        migration_status=draw(optional(st.sampled_from(MigrationStatus))),
        protection_status=draw(optional(st.sampled_from(ProtectionStatus))),
        is_forced_criminality=draw(st.booleans()),
    )


@st.composite
def consents(draw: st.DrawFn) -> ConsentRecord:
    given_on, withdrawn_on = sorted(draw(st.lists(PAST_DAY, min_size=2, max_size=2)))
    flag = st.booleans()
    return ConsentRecord(
        has_consented=draw(flag),
        purpose_explained=draw(flag),
        data_use_explained=draw(flag),
        research_use_explained=draw(flag),
        access_right_explained=draw(flag),
        retention_explained=draw(flag),
        withdrawal_explained=draw(flag),
        given_on=draw(st.sampled_from([None, given_on])),
        withdrawn_on=draw(st.sampled_from([None, withdrawn_on])),
        retention_period_months=draw(optional(st.integers(0, 600))),
    )


def referrals(direction: ReferralDirection) -> st.SearchStrategy[tuple[ReferralRecord, ...]]:
    referral = st.builds(
        ReferralRecord,
        direction=st.just(direction),
        organisation_name=NAME,
        referred_on=optional(PAST_DAY),
        primary_caseworker=TEXT,
        reason=optional(st.sampled_from(ReferralReason)),
        details=TEXT,
    )
    return st.lists(referral, max_size=1).map(tuple)


EVENT = st.builds(
    TraffickingEventRecord,
    event_type=st.sampled_from(TraffickingEventType),
    occurred=optional(st.builds(PartialDate, st.integers(1990, 2029), st.integers(1, 12))),
    country=st.just("") | COUNTRY,
    state=TEXT,
    city=TEXT,
    street=TEXT,
    postal_code=TEXT,
    latitude=LATITUDE,
    longitude=LONGITUDE,
    description=TEXT,
)


@st.composite
def bundles(draw: st.DrawFn) -> CaseBundle:
    person = draw(PERSON)
    victim = draw(victims())
    if person.birth_date is not None:
        # Keep the birth date and the age at identification consistent, as the rules demand.
        victim = VictimContextRecord(
            **{**{name: getattr(victim, name) for name in victim.__slots__}, "identified_on": None}
        )
    incoming = draw(referrals(ReferralDirection.INCOMING))
    outgoing = draw(referrals(ReferralDirection.OUTGOING))
    return CaseBundle(
        case=draw(
            st.builds(
                CaseRecord,
                reference=NAME,
                status=st.sampled_from(CaseStatus),
                closure_reason=TEXT,
                owner_username=TEXT,
            )
        ),
        person=person,
        victim=victim,
        consent=draw(consents()),
        referrals=incoming + outgoing,
        events=tuple(draw(st.lists(EVENT, max_size=3))),
    )


CASE_LISTS = st.lists(bundles(), max_size=4, unique_by=lambda bundle: bundle.case.reference)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CASE_LISTS)
def test_reading_written_csv_gives_the_cases_back(cases: list[CaseBundle]) -> None:
    rows = decode_csv(cases_to_csv(cases).encode("utf-8"), file_label="cases file")
    events = decode_csv(events_to_csv(cases).encode("utf-8"), file_label="events file")
    assert parse_case_rows(rows, today=TODAY, event_rows=events) == tuple(cases)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CASE_LISTS)
def test_reading_a_written_workbook_gives_the_cases_back(cases: list[CaseBundle]) -> None:
    case_rows, event_rows = read_xlsx(cases_to_xlsx(cases))
    assert parse_case_rows(case_rows, today=TODAY, event_rows=event_rows) == tuple(cases)


def test_written_rows_hold_every_column_in_order() -> None:
    (row,) = write_case_rows([CaseBundle(CaseRecord("C-1"))])
    assert tuple(row) == CASE_COLUMNS
    assert row["vic_TraffickingStatus"] == "PossibleVictimOfTrafficking"
    assert row["prs_Gender"] == ""


def test_only_the_latest_referral_per_direction_is_written() -> None:
    older = ReferralRecord(ReferralDirection.OUTGOING, "Old shelter", date(2020, 1, 1))
    newer = ReferralRecord(ReferralDirection.OUTGOING, "New shelter", date(2021, 1, 1))
    (row,) = write_case_rows([CaseBundle(CaseRecord("C-1"), referrals=(newer, older))])
    assert row["cas_ReferredOrganisation"] == "New shelter"


def test_read_xlsx_turns_excel_values_into_flat_text() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "cases"
    sheet.append(
        [
            "case_id",
            "vic_TraffickingStatus",
            "cas_Status",
            "ext_IdentifiedOn",
            "ext_EstimatedAge",
            "con_Consent",
        ]
    )
    sheet.append(["C-1", "ActualVictimOfTrafficking", "Active", date(2024, 3, 5), 16.0, True])
    path_bytes = _save(workbook)
    case_rows, event_rows = read_xlsx(path_bytes)
    assert event_rows == []
    assert case_rows[0]["ext_IdentifiedOn"] == "2024-03-05"
    assert case_rows[0]["ext_EstimatedAge"] == "16"
    assert case_rows[0]["con_Consent"] == "true"
    (bundle,) = parse_case_rows(case_rows, today=TODAY)
    assert bundle.victim.identified_on == date(2024, 3, 5)


def test_read_xlsx_refuses_a_workbook_without_a_cases_sheet_or_not_a_workbook() -> None:
    from openpyxl import Workbook

    with pytest.raises(ImportRowsError, match="no sheet named 'cases'"):
        read_xlsx(_save(Workbook()))
    with pytest.raises(ImportRowsError, match="not an Excel workbook"):
        read_xlsx(b"case_id\nC-1\n")


def _save(workbook: object) -> bytes:
    import io

    buffer = io.BytesIO()
    workbook.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()
