"""Choices shared by the case forms."""

from __future__ import annotations

from typing import Any

import babel
import pycountry
from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from tipnet.core.standard.records import PartialDate

BLANK_CHOICE = [("", "—")]


def country_choices() -> list[tuple[str, str]]:
    """Countries named in the user's language (CLDR via babel), sorted by that name."""
    names = babel.Locale.parse(
        translation.to_locale(translation.get_language() or "en")
    ).territories
    countries = sorted(
        (
            (country.alpha_2, names.get(country.alpha_2, country.name))
            for country in pycountry.countries
        ),
        key=lambda choice: choice[1],
    )
    return [("", "—"), *countries]


def optional_enum(enum_class: type, value: str) -> Any:
    """The enum member for a submitted code, or None for the empty choice."""
    return enum_class(value) if value else None


def split_names(text: str) -> tuple[str, ...]:
    """Several names typed in one box, separated by semicolons (Arabic "؛" too)."""
    return tuple(name.strip() for name in text.replace("؛", ";").split(";") if name.strip())


def parse_partial_date(text: str) -> PartialDate | None:
    """A full, month or year-only date typed into a form; a form error when unreadable."""
    text = text.strip()
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise forms.ValidationError(_("Write the date as YYYY-MM-DD, YYYY-MM or YYYY.")) from error
