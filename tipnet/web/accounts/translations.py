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
                source = message.id if isinstance(message.id, str) else message.id[0]
                text = message.string if isinstance(message.string, str) else message.string[0]
                drafted.append(DraftedTranslation(language, source, text or ""))
    return drafted
