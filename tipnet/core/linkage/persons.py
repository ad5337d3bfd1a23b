"""From an HTCDS person record to the identifiers the linkage encoder takes."""

from __future__ import annotations

from collections.abc import Mapping

from tipnet.core.linkage.encoder import LinkageIdentifiers
from tipnet.core.standard.records import PartialDate, PersonRecord
from tipnet.core.standard.vocabulary import Gender

# The salt uses the binary sex most files record, so transgender people are encoded with the
# sex their other records most likely carry; other values stay unknown.
_SEX_CODES = {
    Gender.FEMININE: "F",
    Gender.TRANSGENDER_FEMININE: "F",
    Gender.MASCULINE: "M",
    Gender.TRANSGENDER_MASCULINE: "M",
}


def birth_date_text(birth_date: PartialDate | None) -> str:
    """Full dates and years as the encoder takes them; a year-month date keeps its year."""
    if birth_date is None:
        return ""
    return birth_date.to_iso() if birth_date.day is not None else str(birth_date.year)


def identifiers_from_person(
    record_id: str, person: PersonRecord, *, place_of_origin: str = ""
) -> LinkageIdentifiers:
    """The encoder's input for one person: middle names join the given names (files place
    them inconsistently); the first citizenship stands for nationality."""
    return LinkageIdentifiers(
        record_id=record_id,
        given_names=" ".join(part for part in (person.given_names, person.middle_names) if part),
        family_names=person.family_names,
        birth_date=birth_date_text(person.birth_date),
        sex=_SEX_CODES.get(person.gender, "") if person.gender else "",
        nationality=person.citizenships[0] if person.citizenships else "",
        place_of_origin=place_of_origin,
    )


def identifiers_from_case_row(row: Mapping[str, str]) -> LinkageIdentifiers:
    """The encoder's input for one row of the flat HTCDS exchange format.

    The same choices as :func:`identifiers_from_person`, read straight from the columns
    (``case_id`` is the record id), for batch encodes of files.
    """
    birth_date = row.get("prs_Birthdate", "")
    if len(birth_date) == len("YYYY-MM"):
        birth_date = birth_date[:4]
    gender = row.get("prs_Gender", "")
    citizenships = [code for code in row.get("prs_Citizenship", "").split(";") if code]
    return LinkageIdentifiers(
        record_id=row["case_id"],
        given_names=" ".join(
            part for part in (row.get("prs_FirstName", ""), row.get("prs_MiddleName", "")) if part
        ),
        family_names=row.get("prs_SecondName", ""),
        birth_date=birth_date,
        sex=_SEX_CODES.get(Gender(gender), "") if gender in _GENDER_CODES else "",
        nationality=citizenships[0] if citizenships else "",
    )


_GENDER_CODES = frozenset(member.value for member in Gender)
