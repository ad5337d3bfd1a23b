"""Partial dates, consent states and privacy-preserving representations of records."""

from __future__ import annotations

from datetime import date

import pytest

from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    ConsentRecord,
    PartialDate,
    PersonRecord,
)


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("1998", "year", date(1998, 1, 1), date(1998, 12, 31)),
        ("2000-02", "month", date(2000, 2, 1), date(2000, 2, 29)),
        ("2001-02", "month", date(2001, 2, 1), date(2001, 2, 28)),
        ("1999-12", "month", date(1999, 12, 1), date(1999, 12, 31)),
        ("2004-07-15", "day", date(2004, 7, 15), date(2004, 7, 15)),
    ],
)
def test_partial_dates_know_their_precision_and_span(
    text: str, precision: str, earliest: date, latest: date
) -> None:
    parsed = PartialDate.parse(text)
    assert parsed.precision == precision
    assert parsed.earliest_on() == earliest
    assert parsed.latest_on() == latest
    assert parsed.to_iso() == text


@pytest.mark.parametrize("text", ["98", "1998-13", "2023-02-29", "1998/01/02", "1998-1-2", ""])
def test_partial_date_refuses_malformed_or_impossible_dates(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        PartialDate.parse(text)


def test_partial_date_refuses_a_day_without_a_month() -> None:
    with pytest.raises(ValueError, match="month"):
        PartialDate(2000, None, 5)


def test_consent_is_active_until_withdrawn() -> None:
    given = ConsentRecord(has_consented=True, given_on=date(2024, 1, 1))
    assert given.is_active
    assert not ConsentRecord(has_consented=True, withdrawn_on=date(2024, 2, 1)).is_active
    assert not ConsentRecord().is_active


def test_research_use_needs_active_consent_and_an_explanation() -> None:
    assert ConsentRecord(has_consented=True, research_use_explained=True).allows_research_use
    assert not ConsentRecord(has_consented=True).allows_research_use
    assert not ConsentRecord(research_use_explained=True).allows_research_use


def test_identifying_fields_stay_out_of_repr() -> None:
    person = PersonRecord(
        given_names="Sokha", family_names="Chan", email="s@example.org", mobile_phone="+85512"
    )
    text = repr(CaseBundle(CaseRecord("C-1"), person=person))
    for secret in ("Sokha", "Chan", "s@example.org", "+85512"):
        assert secret not in text


def test_records_are_immutable() -> None:
    with pytest.raises(AttributeError):
        CaseRecord("C-1").reference = "C-2"  # type: ignore[misc]
