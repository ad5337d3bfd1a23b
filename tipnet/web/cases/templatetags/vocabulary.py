"""Template filters that show codes in the reader's language.

HTCDS picklist codes become their translated labels; ISO country and language codes become
names from CLDR (babel) in the current language.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

import babel
from django import template
from django.utils import translation

from tipnet.core.standard import vocabulary

register = template.Library()


def _enum_named(name: str) -> type[StrEnum] | None:
    found = getattr(vocabulary, name, None)
    return found if isinstance(found, type) and issubclass(found, StrEnum) else None


def _label(value: object, enum_name: str) -> str:
    if isinstance(value, StrEnum):
        return translation.gettext(vocabulary.label_of(value))
    enum_class = _enum_named(enum_name)
    if enum_class is not None and isinstance(value, str) and value in enum_class._value2member_map_:
        return translation.gettext(vocabulary.label_of(enum_class(value)))
    return "" if value is None else str(value)


@register.filter
def label(value: object, enum_name: str = "") -> str:
    """A picklist value's translated label: ``{{ case.status|label }}`` for enum members,
    ``{{ row.status|label:"CaseStatus" }}`` for stored codes."""
    return _label(value, enum_name)


@register.filter
def labels(values: Iterable[object], enum_name: str = "") -> str:
    """Several picklist values as translated labels, comma-separated."""
    return ", ".join(_label(value, enum_name) for value in values or ())


def _locale() -> babel.Locale:
    return babel.Locale.parse(translation.to_locale(translation.get_language() or "en"))


@register.filter
def country_name(code: str) -> str:
    """An ISO 3166 alpha-2 code as the country's name in the reader's language."""
    return _locale().territories.get(code.upper(), code) if code else ""


@register.filter
def language_name(code: str) -> str:
    """An ISO 639 code as the language's name in the reader's language."""
    return _locale().languages.get(code.lower(), code) if code else ""
