"""Organisations get their own wrapped data keys; only authorised users manage them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tipnet.core.errors import PermissionDeniedError, ValidationError
from tipnet.core.privacy.keys import unwrap_data_key
from tipnet.core.standard.vocabulary import OrganisationType
from tipnet.web.accounts import services
from tipnet.web.accounts.keyring import deployment_key
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role

pytestmark = pytest.mark.django_db


def test_each_organisation_has_a_distinct_wrapped_key(
    make_organisation: Callable[..., Organisation],
) -> None:
    first, second = make_organisation(), make_organisation()
    key_one = unwrap_data_key(
        deployment_key(), bytes(first.wrapped_data_key), organisation_id=first.pk
    )
    key_two = unwrap_data_key(
        deployment_key(), bytes(second.wrapped_data_key), organisation_id=second.pk
    )
    assert len(key_one) == 32
    assert key_one != key_two


def test_only_a_deployment_administrator_registers_organisations(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    user = make_member(make_organisation(), Role.ORGANISATION_ADMINISTRATOR)
    with pytest.raises(PermissionDeniedError):
        services.organisation_create(
            acting_user=user,
            name="X",
            slug="x",
            organisation_type=OrganisationType.SHELTER,
            country="JP",
            languages=[],
            route_roles=[],
            issue_areas=[],
        )


def test_unknown_issue_areas_are_refused_by_name(deployment_admin: User) -> None:
    with pytest.raises(ValidationError) as raised:
        services.organisation_create(
            acting_user=deployment_admin,
            name="X",
            slug="x",
            organisation_type=OrganisationType.HOTLINE,
            country="JP",
            languages=["ja"],
            route_roles=["Destination"],
            issue_areas=["Astrology"],
        )
    assert raised.value.problems[0].field == "issue_areas"


def test_a_caseworker_cannot_add_members_but_an_organisation_administrator_can(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    caseworker = make_member(organisation, Role.CASEWORKER)
    administrator = make_member(organisation, Role.ORGANISATION_ADMINISTRATOR)
    with pytest.raises(PermissionDeniedError):
        services.user_create(
            acting_user=caseworker,
            organisation=organisation,
            username="newcomer",
            password="a sufficiently long phrase",
            role=Role.CASEWORKER,
        )
    created = services.user_create(
        acting_user=administrator,
        organisation=organisation,
        username="newcomer",
        password="a sufficiently long phrase",
        role=Role.CASEWORKER,
    )
    assert created.memberships.get().role == Role.CASEWORKER


def test_start_up_without_a_deployment_key_fails_clearly() -> None:
    root = Path(__file__).resolve().parents[3]
    probe = "import django; django.setup()"
    result = subprocess.run(  # noqa: S603  # fixed interpreter and probe
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
        env={
            "PATH": "",
            "PYTHONPATH": str(root),
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "TIPNET_DEPLOYMENT_KEY": "",
        },
    )
    assert result.returncode != 0
    assert "TIPNET_DEPLOYMENT_KEY" in result.stderr


@pytest.mark.django_db(transaction=True)
def test_a_deployment_administrator_registers_an_organisation_on_its_page(
    deployment_admin: User,
    make_organisation: Callable[..., Organisation],
    make_member: Callable[..., User],
) -> None:
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    services.totp_device_install(
        acting_user=deployment_admin,
        user=deployment_admin,
        key_hex="3132333435363738393031323334353637383930",
    )
    client = Client()
    client.force_login(deployment_admin)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=deployment_admin).persistent_id
    session.save()
    response = client.post(
        "/accounts/organisations/",
        {
            "name": "Pagasa Shelter",
            "slug": "pagasa",
            "organisation_type": "Shelter",
            "country": "PH",
            "languages": "tl, en",
            "route_roles": ["Sending"],
            "issue_areas": ["ChildProtection"],
        },
    )
    assert response.status_code == 302
    created = Organisation.objects.get(slug="pagasa")
    assert created.languages == ["tl", "en"]
    assert unwrap_data_key(
        deployment_key(), bytes(created.wrapped_data_key), organisation_id=created.pk
    )
    from tests.web.conftest import signed_in_client

    organisation = make_organisation()
    ordinary = make_member(organisation, Role.ORGANISATION_ADMINISTRATOR)
    assert (
        signed_in_client(ordinary, organisation).get("/accounts/organisations/").status_code == 403
    )


@pytest.mark.django_db(transaction=True)
def test_an_organisation_administrator_changes_a_role_and_removes_a_member(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    from tests.web.conftest import signed_in_client

    organisation, other = make_organisation(), make_organisation()
    administrator = make_member(organisation, Role.ORGANISATION_ADMINISTRATOR)
    caseworker = make_member(organisation, Role.CASEWORKER)
    stranger = make_member(other, Role.CASEWORKER)
    client = signed_in_client(administrator, organisation)
    client.post("/accounts/members/role/", {"user_id": caseworker.pk, "role": "supervisor"})
    assert caseworker.memberships.get().role == Role.SUPERVISOR
    client.post("/accounts/members/role/", {"user_id": stranger.pk, "role": "supervisor"})
    assert stranger.memberships.get().role == Role.CASEWORKER
    client.post("/accounts/members/role/", {"user_id": caseworker.pk, "is_removal": "True"})
    assert not caseworker.memberships.exists()
