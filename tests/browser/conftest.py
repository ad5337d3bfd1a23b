"""Fixtures for Playwright journeys: system Chromium, network-free, against the live server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import connections
from playwright.sync_api import Page, Route, sync_playwright

# The organisation and member factories of the web tests serve the journeys too. Importing them
# here registers them as fixtures for tests/browser (pytest_plugins is only allowed at the root).
from tests.web.conftest import (
    _fresh_key_cache,
    deployment_admin,
    make_member,
    make_organisation,
)

__all__ = [
    "_fresh_key_cache",
    "browser_page",
    "deployment_admin",
    "make_member",
    "make_organisation",
]

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ACTION_TIMEOUT_MILLISECONDS = 10_000


@pytest.fixture
def browser_page(live_server: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[Page]:
    """A fresh headless Chromium page that may reach only the live server."""
    # Playwright's sync API keeps an asyncio event loop set on the test's thread, so Django's
    # async-safety guard would refuse the test's own ORM calls (fixtures, reading ids) as if
    # they ran inside a coroutine. They do not: each call is synchronous and nothing is shared
    # with the loop. The guard is lifted for the browser tests only, and restored after each.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    origin = str(live_server)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="en-GB", base_url=origin)
        context.set_default_timeout(ACTION_TIMEOUT_MILLISECONDS)

        def keep_local(route: Route) -> None:
            # The journeys are network-free: anything but the live server is refused.
            if route.request.url.startswith(origin):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", keep_local)
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()
            # While Playwright's loop is set, Django keeps the test's database connections in
            # a context variable instead of the thread-local slot; close them before the loop
            # goes, or they outlive the test and block dropping the test database.
            connections.close_all()
