"""Secure sign-in: two factors for everyone, lockout, idle timeout, headers, argon2."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.test import Client, override_settings
from django_otp.oath import totp

from tests.web.conftest import TEST_PASSWORD, signed_in_client
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role

pytestmark = pytest.mark.django_db

KEY = bytes.fromhex("3132333435363738393031323334353637383930")


@pytest.fixture
def member(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> User:
    return make_member(make_organisation(), Role.CASEWORKER)


def test_a_password_alone_reaches_no_case_page(member: User) -> None:
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": member.username, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert "/accounts/two-factor/" in response["Location"]
    blocked = client.get("/cases/")
    assert blocked.status_code == 302
    assert blocked["Location"].startswith("/accounts/two-factor/")


def test_the_right_totp_code_completes_sign_in(member: User) -> None:
    client = Client()
    client.post("/accounts/login/", {"username": member.username, "password": TEST_PASSWORD})
    code = f"{totp(KEY):06d}"
    response = client.post("/accounts/two-factor/", {"token": code})
    assert response.status_code == 302
    assert client.get("/cases/", follow=True).status_code == 200


def test_a_wrong_totp_code_is_refused(member: User) -> None:
    client = Client()
    client.post("/accounts/login/", {"username": member.username, "password": TEST_PASSWORD})
    wrong = f"{(totp(KEY) + 1) % 1_000_000:06d}"
    response = client.post("/accounts/two-factor/", {"token": wrong})
    assert response.status_code == 200
    assert client.get("/cases/").status_code == 302


def test_a_user_with_a_device_cannot_enrol_another_before_the_second_factor(member: User) -> None:
    client = Client()
    client.post("/accounts/login/", {"username": member.username, "password": TEST_PASSWORD})
    response = client.get("/accounts/two-factor/enrol/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/two-factor/"


def test_repeated_failures_lock_the_account(member: User) -> None:
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": member.username, "password": "wrong-password"})
    locked = client.post(
        "/accounts/login/", {"username": member.username, "password": TEST_PASSWORD}
    )
    assert "/accounts/two-factor/" not in locked.get("Location", "")


def test_sessions_expire_after_idle_minutes_and_pages_carry_security_headers(
    member: User,
) -> None:
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_COOKIE_AGE <= 60 * 60
    organisation = member.memberships.get().organisation
    response = signed_in_client(member, organisation).get("/cases/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_the_page_for_choosing_an_organisation_lists_only_memberships(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    first = make_organisation("Alpha shelter")
    make_organisation("Beta hotline")
    user = make_member(first)
    page = signed_in_client(user, first).get("/accounts/organisation/?next=/x").content.decode()
    assert "Beta hotline" not in page


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.Argon2PasswordHasher"])
def test_passwords_are_hashed_with_argon2() -> None:
    assert make_password("a long passphrase here").startswith("argon2")
    assert settings.DEBUG is False


def test_the_stylesheet_is_found_by_the_static_files_finders() -> None:
    from django.contrib.staticfiles import finders

    assert finders.find("tipnet/tipnet.css")
