"""The shape of a name pool: one origin country's common names in script and Latin."""

from __future__ import annotations

from dataclasses import dataclass

NameEntry = tuple[str, tuple[str, ...], str]


@dataclass(frozen=True)
class NamePool:
    """The names of one origin country.

    Attributes:
        country: ISO 3166-1 alpha-2 code of the origin country.
        script: the native script's English name (``"Thai"``, ``"Devanagari"``...).
        language: ISO 639-1 code of the main language.
        given_feminine: given names usually borne by women.
        given_masculine: given names usually borne by men.
        family: family names (patronymics for Ethiopia and Eritrea, second names for
            Myanmar, where family names are not used).
        is_family_name_first: whether the native order is family name, then given name.
        middle_feminine: customary middle names for women (Vietnamese ``Thị``).
        middle_masculine: customary middle names for men (Vietnamese ``Văn``).
        has_maternal_surname: whether a second, maternal family name is customary
            (Filipino middle name, Spanish second surname).
    """

    country: str
    script: str
    language: str
    given_feminine: tuple[NameEntry, ...]
    given_masculine: tuple[NameEntry, ...]
    family: tuple[NameEntry, ...]
    is_family_name_first: bool = False
    middle_feminine: tuple[NameEntry, ...] = ()
    middle_masculine: tuple[NameEntry, ...] = ()
    has_maternal_surname: bool = False
