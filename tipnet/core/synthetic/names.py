"""Invented-but-realistic name pools per origin country, for synthetic people only.

Every pool holds *common* given and family names (generic names are not personal data),
written in the country's native script with one or more Latin transliterations, most
common first, and a Japanese katakana rendering where a Japanese organisation would plausibly
write one. No entry describes a real person; combinations are drawn at random, with
Zipf-like or published frequencies, and names are also built from name parts (Thai family
names from morphemes, Chinese given names from characters...): see
:mod:`tipnet.core.synthetic.name_model`.

An entry is a plain tuple ``(native, latin_variants, katakana)``; ``katakana`` is ``""``
when no rendering is given. For Latin-script countries ``native`` is the form with the
country's own diacritics (``"María"``) and the variants include the undecorated spelling.
"""

from __future__ import annotations

from tipnet.core.synthetic.name_pool import NameEntry, NamePool
from tipnet.core.synthetic.name_pools_africa_europe_americas import (
    ERITREAN,
    ETHIOPIAN,
    GUATEMALAN,
    HONDURAN,
    MEXICAN,
    NIGERIAN,
    UKRAINIAN,
)
from tipnet.core.synthetic.name_pools_asia import (
    BANGLADESHI,
    BURMESE,
    CHINESE,
    FILIPINO,
    KHMER,
    NEPALI,
    THAI,
    VIETNAMESE,
)

__all__ = ["NAME_POOLS", "NameEntry", "NamePool", "name_pool_for"]

NAME_POOLS: dict[str, NamePool] = {
    pool.country: pool
    for pool in (
        THAI,
        NEPALI,
        VIETNAMESE,
        FILIPINO,
        NIGERIAN,
        BURMESE,
        KHMER,
        BANGLADESHI,
        ETHIOPIAN,
        ERITREAN,
        UKRAINIAN,
        MEXICAN,
        GUATEMALAN,
        HONDURAN,
        CHINESE,
    )
}
"""Name pools keyed by origin country (ISO 3166-1 alpha-2)."""


def name_pool_for(country: str) -> NamePool:
    """Return the name pool of an origin country.

    Args:
        country: ISO 3166-1 alpha-2 code.

    Returns:
        The pool; a ``KeyError`` names the country when no pool exists.
    """
    return NAME_POOLS[country]
