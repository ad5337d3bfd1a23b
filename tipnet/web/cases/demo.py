"""Loading the synthetic demo network: organisations, one login per role, their cases.

Used only by ``manage.py seed_demo`` (the ``scripts/demo`` path). Every person comes from
``tipnet.core.synthetic``; passwords and TOTP secrets are random per installation and kept
in ``var/demo-logins.json`` (mode 600) so that a second run prints the same logins.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from django.utils import timezone

from tipnet.core.estimation import histories_from_counts
from tipnet.core.standard.exchange import parse_case_rows
from tipnet.core.standard.vocabulary import OrganisationType
from tipnet.core.synthetic import SyntheticNetwork, SyntheticOrganisation, generate_network
from tipnet.web.accounts import services as account_services
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.cases.services import cases_import
from tipnet.web.estimates.services import EstimateSettings, estimate_run_create

DEMO_ADMIN_USERNAME = "deployment-admin"
ROUTE_EXAMPLE = ("benin-city-faith", "tripoli-health", "palermo-shelter")


@dataclass(frozen=True)
class DemoLogin:
    """One demo account: who it is, and how to sign in."""

    organisation: str
    role: str
    username: str
    password: str
    totp_secret: str


def _new_secret() -> tuple[str, str]:
    key = os.urandom(20)
    return key.hex(), base64.b32encode(key).decode("ascii").rstrip("=")


def _install_login(
    admin: User, *, user: User, organisation: str, role: str, password: str
) -> DemoLogin:
    key_hex, base32 = _new_secret()
    account_services.totp_device_install(acting_user=admin, user=user, key_hex=key_hex)
    return DemoLogin(
        organisation=organisation,
        role=role,
        username=user.username,
        password=password,
        totp_secret=base32,
    )


def _deployment_admin() -> tuple[User, DemoLogin]:
    password = secrets.token_urlsafe(12)
    admin = User.objects.create_superuser(DEMO_ADMIN_USERNAME, password=password)
    login = _install_login(
        admin, user=admin, organisation="—", role="deployment_administrator", password=password
    )
    return admin, login


def _organisation(admin: User, synthetic: SyntheticOrganisation) -> Organisation:
    return account_services.organisation_create(
        acting_user=admin,
        name=synthetic.name,
        slug=synthetic.key,
        organisation_type=OrganisationType(synthetic.organisation_type),
        country=synthetic.country,
        languages=list(synthetic.languages),
        route_roles=list(synthetic.route_roles),
        issue_areas=list(synthetic.issue_areas),
    )


def _members(admin: User, organisation: Organisation) -> tuple[list[DemoLogin], dict[Role, User]]:
    logins: list[DemoLogin] = []
    users: dict[Role, User] = {}
    for role in Role:
        password = secrets.token_urlsafe(12)
        user = account_services.user_create(
            acting_user=admin,
            organisation=organisation,
            username=f"{organisation.slug}-{role.value.replace('_', '-')}",
            password=password,
            role=role,
        )
        users[role] = user
        logins.append(
            _install_login(
                admin, user=user, organisation=organisation.name, role=role.value, password=password
            )
        )
    return logins, users


def _load_cases(network: SyntheticNetwork, key: str, supervisor: Viewer) -> int:
    bundles = parse_case_rows(
        list(network.case_rows[key]),
        today=timezone.localdate(),
        event_rows=list(network.event_rows.get(key, ())),
    )
    return len(
        cases_import(viewer=supervisor, bundles=bundles, source_label="synthetic demo network")
    )


def seed_demo_network(
    *,
    logins_path: Path,
    seed: int,
    people: int,
    report: Callable[[str], None] = lambda _message: None,
) -> list[DemoLogin]:
    """Create the demo network once; later calls return the saved logins unchanged."""
    if Organisation.objects.exists():
        if not logins_path.exists():
            raise RuntimeError(
                f"The database already holds organisations but {logins_path} is missing; "
                "delete var/tipnet.sqlite3 to start the demo afresh."
            )
        return [DemoLogin(**row) for row in json.loads(logins_path.read_text("utf-8"))]
    network = generate_network(seed=seed, people=people)
    admin, admin_login = _deployment_admin()
    logins = [admin_login]
    coordinator: Viewer | None = None
    for synthetic in network.organisations:
        organisation = _organisation(admin, synthetic)
        member_logins, users = _members(admin, organisation)
        logins += member_logins
        supervisor = Viewer(
            user_id=users[Role.SUPERVISOR].pk, organisation_id=organisation.pk, role=Role.SUPERVISOR
        )
        count = _load_cases(network, synthetic.key, supervisor)
        report(f"{organisation.name}: {count} cases")
        coordinator = coordinator or Viewer(
            user_id=users[Role.NETWORK_COORDINATOR].pk,
            organisation_id=organisation.pk,
            role=Role.NETWORK_COORDINATOR,
        )
    if coordinator is not None:
        _queue_example_estimate(coordinator, network)
    logins_path.write_text(
        json.dumps([asdict(login) for login in logins], ensure_ascii=False), encoding="utf-8"
    )
    logins_path.chmod(0o600)
    return logins


def _queue_example_estimate(coordinator: Viewer, network: SyntheticNetwork) -> None:
    """Queue one estimate on one route's true overlaps so the Estimates page has a result.

    The three organisations along the Nigeria–Libya–Italy route see the same people; lists
    of organisations on different routes barely overlap, and pooling them would break the
    estimate's assumptions. The table comes from the synthetic truth (which record is which
    person); in real use a linkage round produces it.
    """
    keys = [key for key in ROUTE_EXAMPLE if key in network.case_rows]
    if len(keys) < 2:
        return
    histories = network.capture_histories(organisation_keys=keys)
    counts = [0] * (2 ** len(keys) - 1)
    for history, count in histories.items():
        mask = sum(bit << position for position, bit in enumerate(history))
        counts[mask - 1] += count
    estimate_run_create(
        viewer=coordinator,
        title="Central Mediterranean route: Benin City, Tripoli, Palermo (synthetic truth)",
        source="synthetic demo network",
        histories=histories_from_counts(keys, counts),
        settings=EstimateSettings(method="auto", resamples=200, seed=2026),
    )
