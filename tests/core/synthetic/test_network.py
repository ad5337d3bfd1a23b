"""The network's structure and hidden truth."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from tipnet.core.errors import ValidationError
from tipnet.core.synthetic import DEFAULT_ORGANISATIONS, SyntheticNetwork, generate_network

EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


def test_same_seed_gives_an_identical_network() -> None:
    first = generate_network(seed=11, people=400)
    second = generate_network(seed=11, people=400)
    assert first == second


def test_different_seeds_give_different_networks() -> None:
    first = generate_network(seed=11, people=400)
    second = generate_network(seed=12, people=400)
    assert first.truth != second.truth
    assert first.people != second.people


def test_default_network_has_about_eight_organisations_along_real_corridors() -> None:
    countries_by_role: dict[str, set[str]] = defaultdict(set)
    for organisation in DEFAULT_ORGANISATIONS:
        for role in organisation.route_roles:
            countries_by_role[role].add(organisation.country)
    assert 8 <= len(DEFAULT_ORGANISATIONS) <= 12
    assert {"PH", "TH", "NP", "NG", "VN"} <= countries_by_role["Sending"]
    assert {"MY", "LY", "MX"} <= countries_by_role["Transit"]
    assert "JP" in countries_by_role["Destination"]
    assert len(countries_by_role["Destination"] & EU_MEMBER_STATES) >= 2


def test_default_network_includes_the_organisation_types_the_demo_needs() -> None:
    types = {organisation.organisation_type for organisation in DEFAULT_ORGANISATIONS}
    assert {"Hotline", "Shelter", "LegalAid", "MigrantOrTradeUnion", "FaithBased"} <= types


def test_every_organisation_has_cases(network: SyntheticNetwork) -> None:
    assert all(len(rows) > 0 for rows in network.case_rows.values())
    assert set(network.case_rows) == {organisation.key for organisation in network.organisations}


def test_some_people_are_on_two_or_more_lists(network: SyntheticNetwork) -> None:
    overlapping = sum(
        count for history, count in network.capture_histories().items() if sum(history) >= 2
    )
    assert overlapping >= 50


def test_truth_maps_every_case_to_exactly_one_known_person(network: SyntheticNetwork) -> None:
    person_ids = {person.person_id for person in network.people}
    case_keys = [(key, row["case_id"]) for key, rows in network.case_rows.items() for row in rows]
    assert len(case_keys) == len(set(case_keys)) == len(network.truth)
    assert set(case_keys) == set(network.truth)
    assert set(network.truth.values()) <= person_ids


def test_capture_histories_sum_to_the_distinct_captured_people(network: SyntheticNetwork) -> None:
    histories = network.capture_histories()
    assert sum(histories.values()) == len(set(network.truth.values()))
    assert tuple(0 for _ in network.organisations) not in histories
    assert all(len(history) == len(network.organisations) for history in histories)


def test_capture_histories_count_each_persons_lists(network: SyntheticNetwork) -> None:
    keys = [organisation.key for organisation in network.organisations]
    lists_of: dict[str, set[str]] = defaultdict(set)
    for (key, _case_id), person_id in network.truth.items():
        lists_of[person_id].add(key)
    expected = Counter(tuple(int(key in lists) for key in keys) for lists in lists_of.values())
    assert network.capture_histories() == dict(expected)


def test_capture_histories_can_be_restricted_to_some_lists(network: SyntheticNetwork) -> None:
    keys = ("bkk-shelter", "kl-migrant-union")
    histories = network.capture_histories(keys)
    people_on_either = {
        person_id for (key, _case), person_id in network.truth.items() if key in keys
    }
    assert sum(histories.values()) == len(people_on_either)


def test_true_population_size_counts_uncaptured_people_too() -> None:
    network = generate_network(seed=3, people=500)
    assert network.true_population_size() == 500
    assert len(set(network.truth.values())) < 500


def test_list_dependence_raises_overlap_between_lists() -> None:
    def overlap_share(network: SyntheticNetwork) -> float:
        histories = network.capture_histories()
        overlapping = sum(count for history, count in histories.items() if sum(history) >= 2)
        return overlapping / sum(histories.values())

    independent = generate_network(seed=5, people=4000, list_dependence=0.0)
    dependent = generate_network(seed=5, people=4000, list_dependence=1.0)
    assert overlap_share(dependent) > overlap_share(independent) + 0.05


def test_no_case_or_event_row_contains_a_person_id(network: SyntheticNetwork) -> None:
    person_ids = {person.person_id for person in network.people}
    for rows in (*network.case_rows.values(), *network.event_rows.values()):
        for row in rows:
            for value in row.values():
                assert value not in person_ids
                assert "person-" not in value


def test_referrals_name_a_network_organisation_that_holds_the_same_person(
    network: SyntheticNetwork,
) -> None:
    organisation_by_name = {
        organisation.name: organisation for organisation in network.organisations
    }
    names_by_person: dict[str, set[str]] = defaultdict(set)
    for (key, _case_id), person_id in network.truth.items():
        names_by_person[person_id].add(network.organisation(key).name)
    referral_count = 0
    for key, rows in network.case_rows.items():
        for row in rows:
            referred_to = row["cas_ReferredOrganisation"]
            if not referred_to:
                continue
            referral_count += 1
            assert referred_to in organisation_by_name
            assert referred_to in names_by_person[network.truth[(key, row["case_id"])]]
            assert row["cas_OutgoingReferralDate"] >= row["ext_IdentifiedOn"]
    assert referral_count >= 20


def test_every_outgoing_referral_has_a_matching_incoming_referral(
    network: SyntheticNetwork,
) -> None:
    incoming = set()
    for key, rows in network.case_rows.items():
        for row in rows:
            if row["cas_ReferringOrganisation"]:
                person_id = network.truth[(key, row["case_id"])]
                sender = row["cas_ReferringOrganisation"]
                incoming.add(
                    (
                        person_id,
                        sender,
                        network.organisation(key).name,
                        row["cas_IncomingReferralDate"],
                    )
                )
    outgoing = set()
    for key, rows in network.case_rows.items():
        for row in rows:
            if row["cas_ReferredOrganisation"]:
                person_id = network.truth[(key, row["case_id"])]
                sender = network.organisation(key).name
                outgoing.add(
                    (
                        person_id,
                        sender,
                        row["cas_ReferredOrganisation"],
                        row["cas_OutgoingReferralDate"],
                    )
                )
    assert incoming == outgoing


def test_case_ids_are_unique_within_each_organisation(network: SyntheticNetwork) -> None:
    for rows in network.case_rows.values():
        case_ids = [row["case_id"] for row in rows]
        assert len(case_ids) == len(set(case_ids))


def test_out_of_range_arguments_are_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as raised:
        generate_network(seed=1, people=10, list_dependence=1.5)
    assert [problem.field for problem in raised.value.problems] == ["list_dependence"]


def test_a_custom_organisation_subset_only_captures_on_its_routes() -> None:
    subset = tuple(o for o in DEFAULT_ORGANISATIONS if o.key in {"bkk-shelter", "tokyo-legal-aid"})
    network = generate_network(seed=2, people=800, organisations=subset)
    people = {person.person_id: person for person in network.people}
    for (key, _case_id), person_id in network.truth.items():
        country = network.organisation(key).country
        route_countries = {city.country for city in people[person_id].route_cities}
        assert country in route_countries
