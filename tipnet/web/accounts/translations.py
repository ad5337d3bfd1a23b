"""Which translations are machine-drafted and still need a human reviewer.

A catalogue entry whose translator comment says ``machine-drafted, needs review`` was
drafted by a machine; the reviewers' page lists them per language until a person removes
the comment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

MACHINE_DRAFTED_MARK = "machine-drafted, needs review"


@dataclass(frozen=True)
class DraftedTranslation:
    """One machine-drafted catalogue entry."""

    language: str
    source: str
    translation: str


def machine_drafted_translations(locale_dir: Path) -> list[DraftedTranslation]:
    """Every entry of every ``django.po`` under ``locale_dir`` still marked for review."""
    drafted: list[DraftedTranslation] = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/django.po")):
        language = po_path.parent.parent.name
        with po_path.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            if message.id and any(MACHINE_DRAFTED_MARK in c for c in message.user_comments):
                drafted.append(
                    DraftedTranslation(language, _first(message.id), _first(message.string))
                )
    return drafted


def _first(text: str | tuple[str, ...] | list[str] | None) -> str:
    """The singular form of a catalogue string (plural entries hold several)."""
    if text is None:
        return ""
    return text if isinstance(text, str) else (text[0] if text else "")
