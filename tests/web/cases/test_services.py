"""Case writes: sealed at rest, validated, atomic, audited in the same transaction."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection

from tests.web.conftest import sample_bundle, viewer_of
from tipnet.core.errors import (
    ImportRowsError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from tipnet.core.standard.records import VictimContextRecord
from tipnet.core.standard.vocabulary import CaseStatus
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.audit.models import AuditEvent
from tipnet.web.cases import selectors, services
from tipnet.web.cases.models import Case, Person

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def organisation(make_organisation: Callable[..., Organisation]) -> Organisation:
    return make_organisation()


@pytest.fixture
def caseworker(make_member: Callable[..., User], organisation: Organisation) -> User:
    return make_member(organisation, Role.CASEWORKER)


def test_a_created_case_reads_back_exactly(organisation: Organisation, caseworker: User) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    bundle = sample_bundle()
    case = services.case_create(viewer=viewer, bundle=bundle)
    detail = selectors.case_get(viewer=viewer, case_id=case.pk)
    assert detail.bundle.person == bundle.person
    assert detail.bundle.victim == bundle.victim
    assert detail.bundle.consent == bundle.consent
    assert detail.owner_username == caseworker.username


def test_identifying_fields_are_not_stored_in_plaintext(
    organisation: Organisation, caseworker: User
) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    services.case_create(viewer=viewer, bundle=sample_bundle(given="Zephyrine"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM cases_person")
        raw = repr(cursor.fetchall())
    assert "Zephyrine" not in raw
    assert "zephyrine" not in raw.lower()


def test_an_invalid_case_names_the_field_and_writes_nothing(
    organisation: Organisation, caseworker: User
) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    bad = sample_bundle()
    bad = type(bad)(
        case=bad.case,
        person=bad.person,
        consent=bad.consent,
        victim=VictimContextRecord(age_range_low=30, age_range_high=20),
    )
    with pytest.raises(ValidationError) as raised:
        services.case_create(viewer=viewer, bundle=bad)
    assert any("AgeRange" in problem.field for problem in raised.value.problems)
    assert Case.objects.count() == 0
    assert Person.objects.count() == 0
    assert not AuditEvent.objects.filter(action="case_create").exists()


def test_every_write_leaves_an_audit_row(organisation: Organisation, caseworker: User) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    case = services.case_create(viewer=viewer, bundle=sample_bundle())
    services.case_comment_add(viewer=viewer, case_id=case.pk, body="Called the shelter.")
    services.case_close(
        viewer=viewer,
        case_id=case.pk,
        status=CaseStatus.CLOSED,
        closure_reason="Returned home voluntarily.",
    )
    actions = list(AuditEvent.objects.filter(object_type="case").values_list("action", flat=True))
    assert actions == ["case_create", "case_comment_add", "case_close"]
    assert all(
        event.actor_id == caseworker.pk and event.object_ids == [str(case.pk)]
        for event in AuditEvent.objects.filter(object_type="case")
    )


def test_closing_a_case_requires_a_reason(organisation: Organisation, caseworker: User) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    case = services.case_create(viewer=viewer, bundle=sample_bundle())
    with pytest.raises(ValidationError):
        services.case_close(
            viewer=viewer, case_id=case.pk, status=CaseStatus.CLOSED, closure_reason="  "
        )


def test_a_researcher_cannot_read_or_write_cases(
    organisation: Organisation, make_member: Callable[..., User]
) -> None:
    researcher = make_member(organisation, Role.RESEARCHER)
    viewer = viewer_of(researcher, organisation, Role.RESEARCHER)
    with pytest.raises(PermissionDeniedError):
        services.case_create(viewer=viewer, bundle=sample_bundle())
    with pytest.raises(PermissionDeniedError):
        selectors.case_list(viewer=viewer)


def test_a_protected_case_is_visible_only_to_named_users(
    organisation: Organisation, caseworker: User, make_member: Callable[..., User]
) -> None:
    supervisor = make_member(organisation, Role.SUPERVISOR)
    colleague = make_member(organisation, Role.CASEWORKER)
    case = services.case_create(
        viewer=viewer_of(caseworker, organisation, Role.CASEWORKER), bundle=sample_bundle()
    )
    services.case_protection_set(
        viewer=viewer_of(supervisor, organisation, Role.SUPERVISOR),
        case_id=case.pk,
        is_protected=True,
        named_user_ids=[caseworker.pk],
    )
    named = viewer_of(caseworker, organisation, Role.CASEWORKER)
    other = viewer_of(colleague, organisation, Role.CASEWORKER)
    assert selectors.case_get(viewer=named, case_id=case.pk).is_protected
    with pytest.raises(NotFoundError):
        selectors.case_get(viewer=other, case_id=case.pk)
    assert selectors.case_list(viewer=other).total == 0


def test_search_finds_a_case_by_any_name_token_without_plaintext(
    organisation: Organisation, caseworker: User
) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    services.case_create(viewer=viewer, bundle=sample_bundle("C-1", "Maria", "Santos"))
    services.case_create(viewer=viewer, bundle=sample_bundle("C-2", "Ana", "Reyes"))
    assert [row.reference for row in selectors.case_list(viewer=viewer, query="santos").rows] == [
        "C-1"
    ]
    assert [
        row.reference for row in selectors.case_list(viewer=viewer, query="MARIA SANTOS").rows
    ] == ["C-1"]
    assert [row.reference for row in selectors.case_list(viewer=viewer, query="สมชาย").rows] == [
        "C-2",
        "C-1",
    ]
    assert selectors.case_list(viewer=viewer, query="maria reyes").total == 0
    assert [row.reference for row in selectors.case_list(viewer=viewer, query="c-2").rows] == [
        "C-2"
    ]


def test_a_list_read_records_which_cases_were_shown(
    organisation: Organisation, caseworker: User
) -> None:
    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    first = services.case_create(viewer=viewer, bundle=sample_bundle("C-1"))
    second = services.case_create(viewer=viewer, bundle=sample_bundle("C-2"))
    selectors.case_list(viewer=viewer)
    event = AuditEvent.objects.filter(action="case_list").get()
    assert sorted(event.object_ids) == sorted([str(first.pk), str(second.pk)])


def test_import_is_all_or_nothing_when_a_reference_exists(
    organisation: Organisation, make_member: Callable[..., User]
) -> None:
    supervisor = make_member(organisation, Role.SUPERVISOR)
    viewer = viewer_of(supervisor, organisation, Role.SUPERVISOR)
    services.case_create(viewer=viewer, bundle=sample_bundle("C-2"))
    bundles = [sample_bundle("C-1"), sample_bundle("C-2"), sample_bundle("C-3")]
    with pytest.raises(ImportRowsError) as raised:
        services.cases_import(viewer=viewer, bundles=bundles, source_label="test")
    assert [(p.row, p.field) for p in raised.value.problems] == [(2, "case_id")]
    assert sorted(Case.objects.values_list("reference", flat=True)) == ["C-2"]


def test_import_stores_every_case_with_its_events(
    organisation: Organisation, make_member: Callable[..., User]
) -> None:
    supervisor = make_member(organisation, Role.SUPERVISOR)
    viewer = viewer_of(supervisor, organisation, Role.SUPERVISOR)
    ids = services.cases_import(
        viewer=viewer, bundles=[sample_bundle(f"C-{n}") for n in range(30)], source_label="t"
    )
    assert len(ids) == 30
    assert selectors.case_list(viewer=viewer).total == 30
    assert selectors.case_get(viewer=viewer, case_id=ids[7]).bundle.case.reference == "C-7"


def test_support_plans_referrals_and_consent_withdrawal_are_kept_and_audited(
    organisation: Organisation, caseworker: User
) -> None:
    from datetime import date

    from tipnet.core.standard.records import ReferralRecord, SupportPlanRecord
    from tipnet.core.standard.vocabulary import ReferralDirection, SupportPlanType

    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    case = services.case_create(viewer=viewer, bundle=sample_bundle())
    services.support_plan_add(
        viewer=viewer,
        case_id=case.pk,
        plan=SupportPlanRecord(plan_type=SupportPlanType.LEGAL, objectives="Claim wages owed"),
    )
    services.referral_add(
        viewer=viewer,
        case_id=case.pk,
        has_victim_consent=True,
        referral=ReferralRecord(
            direction=ReferralDirection.OUTGOING,
            organisation_name="Legal aid partner",
            details="Wage claim",
        ),
    )
    services.consent_withdraw(viewer=viewer, case_id=case.pk, withdrawn_on=date(2026, 1, 5))
    detail = selectors.case_get(viewer=viewer, case_id=case.pk)
    assert detail.support_plans[0].objectives == "Claim wages owed"
    assert detail.bundle.referrals[0].details == "Wage claim"
    assert not detail.bundle.consent.is_active
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"support_plan_add", "referral_add", "consent_withdraw"} <= actions


def test_consent_cannot_be_withdrawn_before_it_was_given(
    organisation: Organisation, caseworker: User
) -> None:
    from datetime import date

    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    bundle = sample_bundle()
    bundle = type(bundle)(
        case=bundle.case,
        person=bundle.person,
        victim=bundle.victim,
        consent=type(bundle.consent)(has_consented=True, given_on=date(2025, 6, 1)),
    )
    case = services.case_create(viewer=viewer, bundle=bundle)
    with pytest.raises(ValidationError):
        services.consent_withdraw(viewer=viewer, case_id=case.pk, withdrawn_on=date(2025, 1, 1))


def test_registering_a_likely_duplicate_warns_before_saving(
    organisation: Organisation, caseworker: User
) -> None:
    from tests.web.conftest import signed_in_client

    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    first = services.case_create(viewer=viewer, bundle=sample_bundle("C-1", "Somchai", "Srisuk"))
    client = signed_in_client(caseworker, organisation)
    form = {
        "reference": "C-2",
        "status": "Active",
        "given_names": "Somchay",
        "family_names": "Srisuk",
        "gender": "Masculine",
        "citizenship": "TH",
        "trafficking_status": "PossibleVictimOfTrafficking",
    }
    response = client.post("/cases/new/", form)
    assert response.status_code == 200
    assert [warning.case_id for warning in response.context["duplicates"]] == [first.pk]
    assert Case.objects.count() == 1
    confirmed = client.post("/cases/new/", {**form, "is_different_person": "on"})
    assert confirmed.status_code == 302
    assert Case.objects.count() == 2


def test_imported_people_are_encoded_for_duplicate_checks_by_the_worker(
    organisation: Organisation, make_member: Callable[..., User]
) -> None:
    from django.core.management import call_command

    from tipnet.web.cases.models import PersonEncoding

    supervisor = make_member(organisation, Role.SUPERVISOR)
    viewer = viewer_of(supervisor, organisation, Role.SUPERVISOR)
    services.cases_import(
        viewer=viewer, bundles=[sample_bundle("I-1", "Maria", "Santos")], source_label="t"
    )
    assert not PersonEncoding.objects.exists()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert PersonEncoding.objects.count() == 1
    found = selectors.possible_duplicates(
        viewer=viewer, person=sample_bundle(given="Maria", family="Santos").person
    )
    assert [warning.reference for warning in found] == ["I-1"]


def test_encodings_of_an_older_layout_are_compared_with_nothing_until_refreshed(
    organisation: Organisation, caseworker: User
) -> None:
    import base64

    from django.core.management import call_command

    from tipnet.core.linkage import DEFAULT_LAYOUT, LAYOUT_V1, encode_identifiers
    from tipnet.core.linkage.persons import identifiers_from_person
    from tipnet.web.cases.models import PersonEncoding
    from tipnet.web.cases.storage import keys_for

    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    bundle = sample_bundle("C-1", "Maria", "Santos")
    first = services.case_create(viewer=viewer, bundle=bundle)
    # What an installation that encoded with layout v1 left behind.
    old = encode_identifiers(
        identifiers_from_person(str(first.person_id), bundle.person),
        secret=keys_for(organisation.pk).duplicate_secret,
        layout=LAYOUT_V1,
    )
    PersonEncoding.objects.filter(person_id=first.person_id).update(
        layout_version=1,
        filters={name: base64.b64encode(bits).decode() for name, bits in old.fields.items()},
    )
    newcomer = sample_bundle(given="Maria", family="Santos").person
    assert selectors.possible_duplicates(viewer=viewer, person=newcomer) == []
    call_command("refresh_person_encodings", verbosity=0)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert PersonEncoding.objects.get(person_id=first.person_id).layout_version == (
        DEFAULT_LAYOUT.version
    )
    found = selectors.possible_duplicates(viewer=viewer, person=newcomer)
    assert [warning.reference for warning in found] == ["C-1"]


def test_search_finds_a_case_by_identity_number_through_its_blind_index(
    organisation: Organisation, caseworker: User
) -> None:
    from dataclasses import replace

    viewer = viewer_of(caseworker, organisation, Role.CASEWORKER)
    bundle = sample_bundle("C-9")
    bundle = replace(bundle, person=replace(bundle.person, identity_number="P1234567"))
    services.case_create(viewer=viewer, bundle=bundle)
    assert [row.reference for row in selectors.case_list(viewer=viewer, query="p1234567").rows] == [
        "C-9"
    ]
    assert selectors.case_list(viewer=viewer, query="P1234568").total == 0
