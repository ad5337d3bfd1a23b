"""Marking user-facing strings of the pure core for translation, without importing Django."""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Mark ``message`` for translation and return it unchanged.

    Django's ``makemessages`` recognises the ``gettext_noop`` keyword, so strings wrapped
    here land in the ``.po`` catalogues although the core never imports Django. The web
    layer translates them at render time with ``gettext``.

    Args:
        message: the English source text.

    Returns:
        The same text, untranslated.
    """
    return message
