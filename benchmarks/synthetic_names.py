"""How realistic are the synthetic names? Diversity per origin country, and stream speed.

Run ``python benchmarks/synthetic_names.py [--people 1000] [--seed 0] [--stream 1000000]``.

For each origin country and sex it draws ``--people`` people's names the way
``generate_network`` does and reports, in a Markdown table:

* **shared full name**: share of people whose exact native full name (given, middle and
  family names) is also borne by someone else in the sample;
* **top given** and **top family**: share of the sample bearing the most common given name
  and the most common (first) family name.

With ``--stream N`` it also times ``generate_person_rows`` for N rows (best of two runs).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass

import numpy as np

from tipnet.core.synthetic.name_model import draw_person_names
from tipnet.core.synthetic.names import NAME_POOLS
from tipnet.core.synthetic.stream import generate_person_rows


@dataclass(frozen=True)
class Diversity:
    """Name diversity of one sample of one country and sex."""

    shared_full_name: float
    top_given: float
    top_family: float


def measure(country: str, *, is_feminine: bool, people: int, seed: int) -> Diversity:
    """Diversity of ``people`` names drawn for one country and sex."""
    rng = np.random.default_rng(seed)
    drawn = [draw_person_names(rng, country, is_feminine) for _ in range(people)]
    full_names = Counter(
        " ".join(part for part in (given[0], middle[0], family[0]) if part)
        for given, family, middle in drawn
    )
    shared = sum(count for count in full_names.values() if count > 1)
    given_counts = Counter(given[0] for given, _family, _middle in drawn)
    family_counts = Counter(family[0] for _given, family, _middle in drawn)
    return Diversity(
        shared_full_name=shared / people,
        top_given=given_counts.most_common(1)[0][1] / people,
        top_family=family_counts.most_common(1)[0][1] / people,
    )


def stream_seconds(rows: int) -> float:
    """Best of two timings of streaming ``rows`` rows."""
    timings = []
    for _ in range(2):
        started = time.perf_counter()
        for _row in generate_person_rows(seed=1, count=rows):
            pass
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    """Print the diversity table (and the stream timing if asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stream", type=int, default=0, help="rows to stream and time")
    arguments = parser.parse_args()
    print("| country | sex | shared full name | top given | top family |")
    print("| --- | --- | --- | --- | --- |")
    for country in sorted(NAME_POOLS):
        for sex, is_feminine in (("F", True), ("M", False)):
            result = measure(
                country, is_feminine=is_feminine, people=arguments.people, seed=arguments.seed
            )
            print(
                f"| {country} | {sex} | {result.shared_full_name:.1%} | {result.top_given:.1%} "
                f"| {result.top_family:.1%} |"
            )
    if arguments.stream:
        seconds = stream_seconds(arguments.stream)
        print(f"\nstreamed {arguments.stream:,} rows in {seconds:.1f} s")


if __name__ == "__main__":
    main()
