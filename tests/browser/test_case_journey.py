"""A caseworker records a case; a caseworker of another organisation cannot find it.

One journey in real headless Chromium: two-factor sign-in, the "New case" form, the detail
page, list search, sign-out, the other organisation's list, search and detail URL, a
screenshot of the rendered list and the right-to-left layout after switching to Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django_otp.oath import totp
from playwright.sync_api import Page

from tests.web.conftest import TEST_PASSWORD
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The secret the member factory installs on every test account's authenticator.
KEY_HEX = "3132333435363738393031323334353637383930"
# An invented person; no real data.
REFERENCE = "JOURNEY-7"
GIVEN_NAMES = "Ophira"
FAMILY_NAMES = "Tallowmere"
DETAIL_PATH = re.compile(r"/cases/(\d+)/$")


def current_code() -> str:
    """The authenticator's code for this 30-second window, as the app shows it."""
    return f"{totp(bytes.fromhex(KEY_HEX)):06d}"


def enter_code(page: Page) -> None:
    page.fill("#id_token", current_code())
    with page.expect_navigation():
        page.click("form.narrow button[type=submit]")


def sign_in(page: Page, user: User) -> None:
    """Password, then the TOTP code; one retry if the 30-second window turned meanwhile."""
    page.goto("/accounts/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", TEST_PASSWORD)
    page.click("form.narrow button[type=submit]")
    page.wait_for_url("**/accounts/two-factor/**")
    enter_code(page)
    if "/accounts/two-factor/" in page.url:
        enter_code(page)
    page.wait_for_url("**/cases/")


def sign_out(page: Page) -> None:
    page.click("header form[action$='/accounts/logout/'] button[type=submit]")
    page.wait_for_url("**/accounts/login/")


def create_case(page: Page) -> int:
    """Fill and save the "New case" form; the id of the new case comes from the detail URL."""
    page.click("a[href='/cases/new/']")
    page.fill("#id_reference", REFERENCE)
    page.fill("#id_given_names", GIVEN_NAMES)
    page.fill("#id_family_names", FAMILY_NAMES)
    page.select_option("#id_trafficking_status", "ActualVictimOfTrafficking")
    page.check("input[name=exploitation_types][value=ForcedLabour]")
    page.click("form.case-form button[type=submit]")
    page.wait_for_url(DETAIL_PATH)
    match = DETAIL_PATH.search(page.url)
    assert match is not None
    return int(match.group(1))


def search(page: Page, query: str) -> None:
    page.goto("/cases/")
    page.fill("#id_q", query)
    page.click("form.search button[type=submit]")
    page.wait_for_url(re.compile(r"/cases/\?q="))


def case_links(page: Page, case_id: int) -> int:
    return page.locator(f"table.cases a[href='/cases/{case_id}/']").count()


def switch_language(page: Page, language_code: str) -> None:
    page.select_option("#language-select", language_code)
    with page.expect_navigation():
        page.click("form.language button[type=submit]")


def test_a_case_is_found_by_its_organisation_and_hidden_from_another(
    make_organisation: Callable[..., Organisation],
    make_member: Callable[..., User],
    browser_page: Page,
    tmp_path: Path,
) -> None:
    page = browser_page
    home, other = make_organisation("Journey shelter"), make_organisation("Journey hotline")
    caseworker = make_member(home, Role.CASEWORKER)
    outsider = make_member(other, Role.CASEWORKER)

    sign_in(page, caseworker)
    case_id = create_case(page)
    assert REFERENCE in page.inner_text("h1")
    facts = page.inner_text("dl.facts")
    assert f"{GIVEN_NAMES} {FAMILY_NAMES}" in facts
    # The value name or its translated label, whichever the page shows.
    assert re.search(r"Forced ?labour", facts, re.IGNORECASE)

    search(page, FAMILY_NAMES.lower())
    row = page.locator("table.cases tbody tr", has=page.locator(f"a[href='/cases/{case_id}/']"))
    assert REFERENCE in row.inner_text()
    assert f"{GIVEN_NAMES} {FAMILY_NAMES}" in row.inner_text()
    screenshot = tmp_path / "case-list.png"
    page.screenshot(path=screenshot, full_page=True)
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    sign_out(page)

    sign_in(page, outsider)
    assert case_links(page, case_id) == 0
    assert REFERENCE not in page.content()
    for query in (FAMILY_NAMES, GIVEN_NAMES, REFERENCE):
        search(page, query)
        assert case_links(page, case_id) == 0
        assert "No cases found." in page.inner_text("table.cases")
    response = page.goto(f"/cases/{case_id}/")
    assert response is not None
    assert response.status == 404
    assert page.inner_text("h1") == "Not found"
    assert FAMILY_NAMES not in page.content()

    page.goto("/cases/")
    assert page.get_attribute("html", "dir") == "ltr"
    switch_language(page, "ar")
    assert page.get_attribute("html", "lang") == "ar"
    assert page.get_attribute("html", "dir") == "rtl"
