"""Cell codecs of the flat HTCDS exchange format: one text cell <-> one typed value.

Each codec reads a non-empty, stripped cell (raising :class:`CellError` with a stable code
and an English message) and writes a value back to the text the format expects, so that
reading what was written gives the value back. Empty cells never reach a codec: they mean
"unknown" and leave the record's default in place.

Format rules (``docs/htcds.md``): multi-select values are ``;``-separated; booleans
true/false (yes/no/1/0 accepted on reading, any case); dates ``YYYY-MM-DD``; partial dates
``YYYY``/``YYYY-MM`` too; countries ISO 3166-1 alpha-2; languages ISO 639; phones E.164.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Generic, TypeVar

from tipnet.core.standard.records import PartialDate
from tipnet.core.standard.rules import (
    E164_PATTERN,
    known_country_codes,
    known_language_codes,
    normalise_phone,
)

ValueT = TypeVar("ValueT")
ChoiceT = TypeVar("ChoiceT", bound=StrEnum)

MULTI_VALUE_SEPARATOR = ";"
_TRUE_WORDS = frozenset({"true", "yes", "1"})
_FALSE_WORDS = frozenset({"false", "no", "0"})
_INTEGER_PATTERN = re.compile(r"[+-]?\d+(?:\.0*)?")
_DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_CHOICES_LISTED = 8


class CellError(ValueError):
    """A cell could not be read; carries a stable ``code`` for :class:`FieldProblem`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Codec(Generic[ValueT]):
    """How one column's cells are read and written.

    Attributes:
        read: text (stripped, non-empty) -> value; raises :class:`CellError`.
        write: value -> text; only called for values that are not "unknown".
        describe: a short English description of the expected content, for documentation.
    """

    read: Callable[[str], ValueT]
    write: Callable[[ValueT], str]
    describe: str


def split_multi(text: str) -> list[str]:
    """The non-empty, stripped parts of a ``;``-separated cell."""
    return [part.strip() for part in text.split(MULTI_VALUE_SEPARATOR) if part.strip()]


def _unique(values: list[ValueT]) -> tuple[ValueT, ...]:
    # Duplicates carry no meaning in a multi-select; keep the first occurrence's order.
    return tuple(dict.fromkeys(values))


def _read_text(text: str) -> str:
    return text


def _write_text(value: str) -> str:
    return value


def _read_text_list(text: str) -> tuple[str, ...]:
    return _unique(split_multi(text))


def _write_multi(values: tuple[str, ...]) -> str:
    return MULTI_VALUE_SEPARATOR.join(values)


def _read_boolean(text: str) -> bool:
    word = text.lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise CellError("invalid_boolean", f"{text!r} is not a boolean (true/false, yes/no, 1/0)")


def _write_boolean(value: bool) -> str:
    return "true" if value else "false"


def _read_integer(text: str) -> int:
    # Spreadsheets export whole numbers as "25.0"; accept that, refuse "25.5".
    if _INTEGER_PATTERN.fullmatch(text) is None:
        raise CellError("invalid_number", f"{text!r} is not a whole number")
    return int(text.split(".", 1)[0])


def _read_decimal(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise CellError("invalid_number", f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise CellError("invalid_number", f"{text!r} is not a finite number")
    return value


@lru_cache(maxsize=65536)
def _read_date(text: str) -> date:
    # Cached: an import repeats the same few thousand dates over and over.
    if _DATE_PATTERN.fullmatch(text) is None:
        raise CellError("invalid_date", f"{text!r} is not a date of the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CellError("invalid_date", f"{text!r} is not a real date: {error}") from None


def _write_date(value: date) -> str:
    return value.isoformat()


@lru_cache(maxsize=65536)
def _read_partial_date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise CellError("invalid_date", str(error)) from None


def _write_partial_date(value: PartialDate) -> str:
    return value.to_iso()


def _read_country(text: str) -> str:
    code = text.upper()
    if code not in known_country_codes():
        raise CellError("unknown_country", f"{text!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def _read_country_list(text: str) -> tuple[str, ...]:
    return _unique([_read_country(part) for part in split_multi(text)])


def _read_language(text: str) -> str:
    code = text.lower()
    if code not in known_language_codes():
        raise CellError("unknown_language", f"{text!r} is not an ISO 639-1 or 639-3 language code")
    return code


def _read_phone(text: str) -> str:
    phone = normalise_phone(text)
    if E164_PATTERN.fullmatch(phone) is None:
        raise CellError("invalid_phone", f"{text!r} is not an E.164 phone number")
    return phone


TEXT: Codec[str] = Codec(_read_text, _write_text, "text")
TEXT_LIST: Codec[tuple[str, ...]] = Codec(_read_text_list, _write_multi, "texts separated by ;")
BOOLEAN: Codec[bool] = Codec(_read_boolean, _write_boolean, "true/false")
INTEGER: Codec[int] = Codec(_read_integer, str, "whole number")
DECIMAL: Codec[float] = Codec(_read_decimal, repr, "decimal number")
DATE: Codec[date] = Codec(_read_date, _write_date, "date YYYY-MM-DD")
PARTIAL_DATE: Codec[PartialDate] = Codec(
    _read_partial_date, _write_partial_date, "date YYYY-MM-DD, YYYY-MM or YYYY"
)
COUNTRY: Codec[str] = Codec(_read_country, _write_text, "ISO 3166-1 alpha-2 country code")
COUNTRY_LIST: Codec[tuple[str, ...]] = Codec(
    _read_country_list, _write_multi, "ISO 3166-1 alpha-2 codes separated by ;"
)
LANGUAGE: Codec[str] = Codec(_read_language, _write_text, "ISO 639-1 or 639-3 language code")
PHONE: Codec[str] = Codec(_read_phone, _write_text, "E.164 phone number")


def choice(vocabulary: type[ChoiceT], column: str) -> Codec[ChoiceT]:
    """A codec for a single-select picklist column holding HTCDS value names."""
    by_value = {member.value: member for member in vocabulary}

    def read(text: str) -> ChoiceT:
        member = by_value.get(text)
        if member is None:
            raise CellError("unknown_choice", describe_unknown_choice(text, vocabulary, column))
        return member

    return Codec(read, _write_member, f"one of {vocabulary.__name__}")


def multi_choice(vocabulary: type[ChoiceT], column: str) -> Codec[tuple[ChoiceT, ...]]:
    """A codec for a multi-select picklist column (value names separated by ``;``)."""
    single = choice(vocabulary, column)

    def read(text: str) -> tuple[ChoiceT, ...]:
        return _unique([single.read(part) for part in split_multi(text)])

    return Codec(read, _write_members, f"{vocabulary.__name__} values separated by ;")


def _write_member(value: StrEnum) -> str:
    return value.value


def _write_members(values: tuple[StrEnum, ...]) -> str:
    return MULTI_VALUE_SEPARATOR.join(member.value for member in values)


def describe_unknown_choice(text: str, vocabulary: type[StrEnum], column: str) -> str:
    """An error message naming the allowed value names briefly, with a guess if one is close."""
    allowed = [member.value for member in vocabulary]
    listed = ", ".join(allowed[:_MAX_CHOICES_LISTED])
    if len(allowed) > _MAX_CHOICES_LISTED:
        listed += f" ... ({len(allowed)} values in all)"
    message = f"{text!r} is not a value of {column}; allowed: {listed}"
    by_folded = {value.casefold(): value for value in allowed}
    guesses = difflib.get_close_matches(text.casefold(), list(by_folded), n=1, cutoff=0.75)
    if guesses:
        message += f"; did you mean {by_folded[guesses[0]]!r}?"
    return message
