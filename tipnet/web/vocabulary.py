"""Django choices from the core's HTCDS vocabularies, translated at render time."""

from __future__ import annotations

from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from tipnet.core.standard.vocabulary import label_of, labels_of


def translated_choices(enum_class: type[StrEnum]) -> list[tuple[str, Promise]]:
    """``choices`` for a model or form field: HTCDS value names with translated labels."""
    return [(value, gettext_lazy(label)) for value, label in labels_of(enum_class)]


def translated_label(member: StrEnum) -> Promise:
    """The translated label of one vocabulary member."""
    return gettext_lazy(label_of(member))
