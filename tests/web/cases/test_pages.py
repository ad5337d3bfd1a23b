"""Case pages show codes as words in the reader's language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.web.conftest import sample_bundle, signed_in_client, viewer_of
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.cases import services

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_case_page_shows_labels_and_country_names_not_codes(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    user = make_member(organisation, Role.CASEWORKER)
    case = services.case_create(
        viewer=viewer_of(user, organisation, Role.CASEWORKER), bundle=sample_bundle()
    )
    client = signed_in_client(user, organisation)
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert "Forced labour" in page
    assert "ForcedLabour" not in page
    assert "Thailand" in page
    assert "Thai" in page
    client.post("/i18n/setlang/", {"language": "fr", "next": "/cases/"})
    page_in_french = client.get(f"/cases/{case.pk}/").content.decode()
    assert "Thaïlande" in page_in_french
    assert "Travail forcé" in page_in_french or "travail forcé" in page_in_french


def test_a_supervisor_adds_plans_referrals_perpetrators_and_protection_from_the_case_page(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    supervisor = make_member(organisation, Role.SUPERVISOR)
    colleague = make_member(organisation, Role.CASEWORKER)
    case = services.case_create(
        viewer=viewer_of(supervisor, organisation, Role.SUPERVISOR), bundle=sample_bundle()
    )
    client = signed_in_client(supervisor, organisation)
    base = f"/cases/{case.pk}"
    client.post(f"{base}/support-plan/", {"plan_type": "Health", "objectives": "Dental care"})
    client.post(
        f"{base}/referral/",
        {
            "direction": "Outgoing",
            "organisation_name": "Legal aid",
            "reason": "AdditionalServicesRequired",
        },
    )
    client.post(
        f"{base}/perpetrator/",
        {"given_names": "Vex", "family_names": "Orlan", "roles": ["RecruiterOrIntermediary"]},
    )
    page = client.get(f"{base}/").content.decode()
    for text in ("Dental care", "Legal aid", "Vex Orlan", "Recruiter Or Intermediary"):
        assert text in page
    client.post(f"{base}/protection/", {"is_protected": "on", "named_user_ids": [supervisor.pk]})
    assert signed_in_client(colleague, organisation).get(f"{base}/").status_code == 404
    client.post(f"{base}/consent-withdrawal/", {"withdrawn_on": "2026-01-02"})
    assert "not given or withdrawn" in client.get(f"{base}/").content.decode()


def test_an_unreadable_birth_date_is_refused_next_to_its_field(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    client = signed_in_client(make_member(organisation), organisation)
    response = client.post(
        "/cases/new/",
        {
            "reference": "D-1",
            "status": "Active",
            "birth_date": "1990-13",
            "trafficking_status": "PossibleVictimOfTrafficking",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["birth_date"] == [
        "Write the date as YYYY-MM-DD, YYYY-MM or YYYY."
    ]
