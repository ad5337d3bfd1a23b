"""Fixtures for web tests: organisations, members with verified second factors, cases."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    ConsentRecord,
    PersonRecord,
    VictimContextRecord,
)
from tipnet.core.standard.vocabulary import ExploitationType, Gender, OrganisationType
from tipnet.web.accounts import services as account_services
from tipnet.web.accounts.context_processors import ACTIVE_ORGANISATION_SESSION_KEY
from tipnet.web.accounts.keyring import forget_organisation_keys
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.accounts.selectors import Viewer

_counter = itertools.count(1)
TEST_PASSWORD = "correct horse battery staple 42"


@pytest.fixture(autouse=True)
def _fresh_key_cache() -> None:
    # Organisation ids repeat across test databases; cached keys must not leak between tests.
    forget_organisation_keys()


@pytest.fixture
def deployment_admin(db: None) -> User:
    """A deployment administrator (superuser)."""
    return User.objects.create_superuser(f"admin{next(_counter)}", password=TEST_PASSWORD)


@pytest.fixture
def make_organisation(deployment_admin: User) -> Callable[..., Organisation]:
    """Factory: a member organisation with its own data key."""

    def make(name: str | None = None, country: str = "TH") -> Organisation:
        number = next(_counter)
        return account_services.organisation_create(
            acting_user=deployment_admin,
            name=name or f"Organisation {number}",
            slug=f"org-{number}",
            organisation_type=OrganisationType.NGO,
            country=country,
            languages=["th", "en"],
            route_roles=["Destination"],
            issue_areas=["LabourRights"],
        )

    return make


@pytest.fixture
def make_member(deployment_admin: User) -> Callable[..., User]:
    """Factory: a user with ``role`` in ``organisation`` and a confirmed TOTP device."""

    def make(organisation: Organisation, role: Role = Role.CASEWORKER) -> User:
        user = account_services.user_create(
            acting_user=deployment_admin,
            organisation=organisation,
            username=f"user{next(_counter)}",
            password=TEST_PASSWORD,
            role=role,
        )
        account_services.totp_device_install(
            acting_user=deployment_admin,
            user=user,
            key_hex="3132333435363738393031323334353637383930",
        )
        return user

    return make


def viewer_of(user: User, organisation: Organisation, role: Role) -> Viewer:
    """The viewer a request by ``user`` in ``organisation`` would produce."""
    return Viewer(user_id=user.pk, organisation_id=organisation.pk, role=role)


def signed_in_client(user: User, organisation: Organisation) -> Client:
    """A test client signed in with both factors and acting in ``organisation``."""
    client = Client()
    client.force_login(user)
    session = client.session
    device = TOTPDevice.objects.get(user=user)
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[ACTIVE_ORGANISATION_SESSION_KEY] = organisation.pk
    session.save()
    return client


def sample_bundle(
    reference: str = "C-1", given: str = "Somchai", family: str = "Srisuk"
) -> CaseBundle:
    """A small hand-written case (synthetic, invented names)."""
    return CaseBundle(
        case=CaseRecord(reference=reference),
        person=PersonRecord(
            given_names=given,
            family_names=family,
            gender=Gender.MASCULINE,
            citizenships=("TH",),
            primary_language="th",
            aliases=("สมชาย",),
        ),
        victim=VictimContextRecord(
            exploitation_types=(ExploitationType.FORCED_LABOUR,),
            age_at_identification=34,
        ),
        consent=ConsentRecord(has_consented=True, purpose_explained=True),
    )
