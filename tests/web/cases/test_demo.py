"""The demo network loads once, gives one login per role per organisation, and reloads safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipnet.web.accounts.models import Membership, Organisation
from tipnet.web.accounts.roles import Role
from tipnet.web.cases.demo import seed_demo_network
from tipnet.web.cases.models import Case
from tipnet.web.estimates.models import EstimateRun

pytestmark = pytest.mark.django_db(transaction=True)


def test_seeding_twice_loads_once_and_returns_the_same_logins(tmp_path: Path) -> None:
    logins_path = tmp_path / "demo-logins.json"
    first = seed_demo_network(logins_path=logins_path, seed=3, people=1500)
    organisations = Organisation.objects.count()
    assert organisations >= 8
    assert Membership.objects.count() == organisations * len(Role)
    assert len(first) == organisations * len(Role) + 1
    assert all(len(login.totp_secret) >= 16 for login in first)
    assert Case.objects.count() > 100
    assert EstimateRun.objects.count() == 1
    assert oct(logins_path.stat().st_mode)[-3:] == "600"
    cases = Case.objects.count()
    second = seed_demo_network(logins_path=logins_path, seed=3, people=1500)
    assert second == first
    assert Case.objects.count() == cases
