"""Every page string is translatable; shipped catalogues are complete and drafts are listed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from tests.web.conftest import signed_in_client
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.accounts.translations import machine_drafted_translations

SHIPPED = ("ja", "th", "fil", "es", "fr", "ar")
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_of_a_shipped_language_is_translated(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        catalog = read_po(handle)
    missing = [
        message.id
        for message in catalog
        if message.id
        and not (
            message.string
            if isinstance(message.string, str)
            else message.string and all(message.string)
        )
    ]
    assert missing == []


def test_machine_drafted_translations_are_listed_for_reviewers() -> None:
    drafted = machine_drafted_translations(LOCALE_DIR)
    assert {entry.language for entry in drafted} >= set(SHIPPED)


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left_and_translated(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    user = make_member(organisation, Role.CASEWORKER)
    client = signed_in_client(user, organisation)
    client.post("/i18n/setlang/", {"language": "ar", "next": "/cases/"})
    page = client.get("/cases/").content.decode()
    assert 'dir="rtl"' in page
    assert 'lang="ar"' in page
    assert ">Cases<" not in page


@pytest.mark.django_db
def test_the_review_page_lists_drafts_of_one_language(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    client = signed_in_client(make_member(organisation), organisation)
    page = client.get("/accounts/translations/review/", {"language": "ja"}).content.decode()
    assert 'lang="ja"' in page
    assert 'lang="fr"' not in page
