"""Case and event rows: format, vocabularies, missingness and dates."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from tipnet.core.standard.exchange import CASE_COLUMNS, EVENT_COLUMNS, parse_case_rows
from tipnet.core.synthetic import SyntheticNetwork
from tipnet.core.synthetic.people import TruePerson

MULTI_VALUE_COLUMNS = frozenset(
    {
        "vic_RecruitmentWebsitesAndApps",
        "vic_MethodOfRecruitment",
        "vic_MethodsOfControl",
        "vic_TypeOfExploitation",
        "vic_TypeOfSexExploitation",
        "vic_ExploitationWebsitesAndApps",
        "vic_Vulnerabilities",
    }
)
COUNTRY_COLUMNS = (
    "prs_Citizenship",
    "prs_MailingCountry",
    "vic_LocationOfRecruitment",
    "vic_LocationOfExploitation",
)
AFTER_THE_END = dt.date(2026, 6, 1)


def _person_of(network: SyntheticNetwork, key: str, row: dict[str, str]) -> TruePerson:
    person_id = network.truth[(key, row["case_id"])]
    return next(person for person in network.people if person.person_id == person_id)


def _age_on(birth_on: dt.date, day: dt.date) -> int:
    return day.year - birth_on.year - ((day.month, day.day) < (birth_on.month, birth_on.day))


def test_case_rows_use_only_columns_of_the_exchange_format(case_rows: list[dict[str, str]]) -> None:
    for row in case_rows:
        assert set(row) <= set(CASE_COLUMNS)
        assert row["case_id"]
        assert row["vic_TraffickingStatus"]
        assert row["cas_Status"]


def test_event_rows_use_only_columns_of_the_exchange_format(network: SyntheticNetwork) -> None:
    for rows in network.event_rows.values():
        for row in rows:
            assert set(row) <= set(EVENT_COLUMNS)
            assert row["case_id"]
            assert row["hte_Type"]


def test_every_picklist_cell_holds_valid_value_names(
    network: SyntheticNetwork, picklist_values: dict[str, frozenset[str]]
) -> None:
    all_rows = [
        row for rows in (*network.case_rows.values(), *network.event_rows.values()) for row in rows
    ]
    checked = 0
    for row in all_rows:
        for column, cell in row.items():
            if column not in picklist_values or not cell:
                continue
            values = cell.split(";") if column in MULTI_VALUE_COLUMNS else [cell]
            assert set(values) <= picklist_values[column], (column, cell)
            checked += 1
    assert checked > 10_000


def test_countries_and_languages_are_valid_codes(case_rows: list[dict[str, str]]) -> None:
    for row in case_rows:
        for column in COUNTRY_COLUMNS:
            if row[column]:
                assert pycountry.countries.get(alpha_2=row[column]) is not None, row[column]
        for column in ("prs_PrimaryLanguage", "prs_SecondaryLanguage"):
            code = row[column]
            if code:
                assert pycountry.languages.get(alpha_2=code) or pycountry.languages.get(
                    alpha_3=code
                ), code


def test_the_standard_validator_accepts_every_organisations_files(
    network: SyntheticNetwork,
) -> None:
    for key, rows in network.case_rows.items():
        bundles = parse_case_rows(
            list(rows), today=AFTER_THE_END, event_rows=list(network.event_rows[key])
        )
        assert len(bundles) == len(rows)


@pytest.mark.parametrize(
    ("label", "expected", "tolerance"),
    [("missing", 0.15, 0.04), ("year_only", 0.20, 0.04), ("full", 0.60, 0.05)],
)
def test_birth_date_missingness_is_near_the_configured_rate(
    case_rows: list[dict[str, str]], label: str, expected: float, tolerance: float
) -> None:
    undisputed = [row for row in case_rows if row["ext_IsAgeDisputed"] != "true"]
    lengths = {"missing": 0, "year_only": 4, "full": 10}
    share = sum(len(row["prs_Birthdate"]) == lengths[label] for row in undisputed) / len(undisputed)
    assert share == pytest.approx(expected, abs=tolerance)


def test_gender_is_sometimes_missing(case_rows: list[dict[str, str]]) -> None:
    share = sum(not row["prs_Gender"] for row in case_rows) / len(case_rows)
    assert share == pytest.approx(0.05, abs=0.025)


def test_age_disputes_are_far_more_common_for_minors(network: SyntheticNetwork) -> None:
    disputed = {True: [0, 0], False: [0, 0]}
    for key, rows in network.case_rows.items():
        for row in rows:
            person = _person_of(network, key, row)
            is_minor = _age_on(person.birth_on, dt.date.fromisoformat(row["ext_IdentifiedOn"])) < 18
            disputed[is_minor][0] += row["ext_IsAgeDisputed"] == "true"
            disputed[is_minor][1] += 1
    minor_rate = disputed[True][0] / disputed[True][1]
    adult_rate = disputed[False][0] / disputed[False][1]
    assert minor_rate > 3 * adult_rate


def test_disputed_ages_carry_an_estimate_inside_its_range(case_rows: list[dict[str, str]]) -> None:
    disputed = [row for row in case_rows if row["ext_IsAgeDisputed"] == "true"]
    assert disputed
    for row in disputed:
        low, high = int(row["ext_AgeRangeLow"]), int(row["ext_AgeRangeHigh"])
        assert low <= int(row["ext_EstimatedAge"]) <= high
        assert not row["ext_AgeAtIdentification"]


def test_recorded_ages_match_the_recorded_birth_date(case_rows: list[dict[str, str]]) -> None:
    checked = 0
    for row in case_rows:
        if len(row["prs_Birthdate"]) == 10 and row["ext_AgeAtIdentification"]:
            born = dt.date.fromisoformat(row["prs_Birthdate"])
            identified = dt.date.fromisoformat(row["ext_IdentifiedOn"])
            assert int(row["ext_AgeAtIdentification"]) == _age_on(born, identified)
            checked += 1
        if row["vic_AgeWhenTrafficked"] and row["ext_AgeAtIdentification"]:
            assert int(row["vic_AgeWhenTrafficked"]) <= int(row["ext_AgeAtIdentification"])
    assert checked > 100


def test_full_birth_dates_of_undisputed_cases_are_the_true_ones(network: SyntheticNetwork) -> None:
    for key, rows in network.case_rows.items():
        for row in rows:
            if row["ext_IsAgeDisputed"] != "true" and len(row["prs_Birthdate"]) == 10:
                person = _person_of(network, key, row)
                assert row["prs_Birthdate"] == person.birth_on.isoformat()


def test_identification_falls_in_2021_to_2025_after_recruitment(network: SyntheticNetwork) -> None:
    for key, rows in network.case_rows.items():
        for row in rows:
            identified = dt.date.fromisoformat(row["ext_IdentifiedOn"])
            assert dt.date(2021, 1, 1) <= identified <= dt.date(2025, 12, 31)
            assert _person_of(network, key, row).recruited_on <= identified


def test_events_are_in_route_order_and_not_after_identification(network: SyntheticNetwork) -> None:
    identified_on = {
        (key, row["case_id"]): row["ext_IdentifiedOn"]
        for key, rows in network.case_rows.items()
        for row in rows
    }
    order = {"Recruitment": 0, "Transit": 1, "Exploitation": 2, "Return": 3, "ReTrafficking": 4}
    for key, rows in network.event_rows.items():
        previous: dict[tuple[str, str], tuple[int, str]] = {}
        for row in rows:
            case_key = (key, row["case_id"])
            # Partial dates (YYYY, YYYY-MM) compare correctly as prefixes.
            assert row["hte_Date"] <= identified_on[case_key][: len(row["hte_Date"])]
            rank, date = order[row["hte_Type"]], row["hte_Date"]
            if case_key in previous:
                last_rank, last_date = previous[case_key]
                assert rank >= last_rank
                shorter = min(len(date), len(last_date))
                assert date[:shorter] >= last_date[:shorter]
            previous[case_key] = (rank, date)


def test_event_coordinates_are_city_level_and_in_range(network: SyntheticNetwork) -> None:
    for rows in network.event_rows.values():
        for row in rows:
            assert not row["hte_Street"]
            assert not row["hte_PostalCode"]
            if row["hte_Latitude"]:
                assert -90 <= float(row["hte_Latitude"]) <= 90
                assert -180 <= float(row["hte_Longitude"]) <= 180


def test_route_events_include_returns_and_re_trafficking(network: SyntheticNetwork) -> None:
    types = {row["hte_Type"] for rows in network.event_rows.values() for row in rows}
    assert types == {"Recruitment", "Transit", "Exploitation", "Return", "ReTrafficking"}


def test_scam_compound_cases_are_forced_criminality(network: SyntheticNetwork) -> None:
    scam_cases = [
        row
        for key, rows in network.case_rows.items()
        for row in rows
        if _person_of(network, key, row).corridor in {"PH-TH-MM", "CN-TH-MM", "CN-KH", "VN-KH"}
    ]
    assert scam_cases
    assert all(row["ext_IsForcedCriminality"] == "true" for row in scam_cases)


def test_consent_is_mostly_given_and_sometimes_withdrawn(case_rows: list[dict[str, str]]) -> None:
    given = [row for row in case_rows if row["ext_ConsentGivenOn"]]
    withdrawn = [row for row in given if row["ext_ConsentWithdrawnOn"]]
    assert len(given) / len(case_rows) > 0.75
    assert withdrawn
    assert all(row["ext_ConsentWithdrawnOn"] >= row["ext_ConsentGivenOn"] for row in withdrawn)


def test_case_statuses_are_mixed(case_rows: list[dict[str, str]]) -> None:
    statuses = {row["cas_Status"] for row in case_rows}
    assert statuses == {"Active", "FollowUp", "Closed", "ClosedReferred"}
