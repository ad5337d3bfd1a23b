"""The fast streaming row generator for benchmarks."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

from tipnet.core.standard.exchange import CASE_COLUMNS, parse_case_rows
from tipnet.core.synthetic.stream import BLOCK_ROWS, STREAM_COLUMNS, generate_person_rows


def _age_on(birth_on: dt.date, day: dt.date) -> int:
    return day.year - birth_on.year - ((day.month, day.day) < (birth_on.month, birth_on.day))


def test_streamed_rows_pass_the_standard_validator() -> None:
    rows = list(generate_person_rows(seed=1, count=5000))
    assert len(parse_case_rows(rows, today=dt.date(2026, 6, 1))) == 5000


def test_streamed_rows_use_exchange_format_columns() -> None:
    assert set(STREAM_COLUMNS) <= set(CASE_COLUMNS)


def test_the_same_seed_streams_the_same_rows() -> None:
    first = list(generate_person_rows(seed=9, count=300))
    assert first == list(generate_person_rows(seed=9, count=300))
    assert first != list(generate_person_rows(seed=10, count=300))


def test_case_ids_stay_unique_across_blocks() -> None:
    rows = generate_person_rows(seed=2, count=BLOCK_ROWS + 10)
    case_ids = [row["case_id"] for row in itertools.islice(rows, BLOCK_ROWS - 5, BLOCK_ROWS + 10)]
    assert len(set(case_ids)) == len(case_ids) == 15


def test_streamed_ages_match_full_birth_dates() -> None:
    checked = 0
    for row in generate_person_rows(seed=3, count=3000):
        if len(row["prs_Birthdate"]) == 10 and row["ext_AgeAtIdentification"]:
            born = dt.date.fromisoformat(row["prs_Birthdate"])
            identified = dt.date.fromisoformat(row["ext_IdentifiedOn"])
            assert int(row["ext_AgeAtIdentification"]) == _age_on(born, identified)
            checked += 1
    assert checked > 1000


def test_streamed_birth_dates_are_sometimes_partial_or_missing() -> None:
    lengths = [len(row["prs_Birthdate"]) for row in generate_person_rows(seed=4, count=4000)]
    assert 0.10 < lengths.count(0) / len(lengths) < 0.20
    assert 0.15 < lengths.count(4) / len(lengths) < 0.25


def test_streamed_names_follow_each_countrys_distribution() -> None:
    # Thai family names are nearly unique per lineage (Surname Act 1913); about 38 % of
    # Vietnamese are Nguyễn, written Nguyen, Nguyễn or Nguyên.
    rows = list(generate_person_rows(seed=5, count=30_000))
    thai = Counter(row["prs_SecondName"] for row in rows if row["prs_Citizenship"] == "TH")
    vietnamese = [row["prs_SecondName"] for row in rows if row["prs_Citizenship"] == "VN"]
    assert sum(thai.values()) > 1000
    assert thai.most_common(1)[0][1] < 0.03 * sum(thai.values())
    assert len(thai) > 0.7 * sum(thai.values())
    nguyen = sum(name in {"Nguyen", "Nguyễn", "Nguyên"} for name in vietnamese)
    assert 0.3 < nguyen / len(vietnamese) < 0.46
