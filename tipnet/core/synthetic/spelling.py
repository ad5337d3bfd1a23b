"""How an organisation writes a person's name: script, transliteration, order, typos.

The same person reaches several organisations and each writes the name its own way, which
is what makes record linkage hard. The rates below are illustrative, chosen so that exact
matching on names fails often enough to matter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipnet.core.synthetic.names import name_pool_for
from tipnet.core.synthetic.organisations import SyntheticOrganisation
from tipnet.core.synthetic.people import TruePerson

NATIVE_SCRIPT_RATE = 0.85
"""Share of names written in native script by an origin organisation that does so."""
INTERPRETED_NATIVE_SCRIPT_RATE = 0.3
"""Share written in native script by a native-script organisation serving the language
(for example a Thai shelter with Burmese interpreters), for people from other countries."""
KATAKANA_RATE = 0.4
"""Share of names written in katakana by a Japanese organisation when one exists."""
CANONICAL_SPELLING_RATE = 0.65
"""Share of Latin name parts written in the most common transliteration."""
TYPO_RATE = 0.04
"""Chance that one Latin name part carries one typing error."""
ORDER_SWAP_RATE = 0.04
"""Chance of swapped given and family names, for given-name-first cultures."""
FAMILY_FIRST_ORDER_SWAP_RATE = 0.2
"""Chance of swapped names for family-name-first cultures (Viet Nam, China, Cambodia)."""
ALIAS_RATE = 0.1
"""Chance that a case records another rendering of the name as an alias."""
_UPPER_CASE_FAMILY_RATE = 0.1
_SINGLE_FIELD_MYANMAR_RATE = 0.4
_MIDDLE_NAME_DROP_RATE = 0.2
_VOWELS = "aeiou"


@dataclass(frozen=True)
class RenderedName:
    """A name as one organisation wrote it into its case file."""

    first: str
    middle: str
    second: str
    aliases: tuple[str, ...]


def render_name(
    rng: np.random.Generator, person: TruePerson, organisation: SyntheticOrganisation
) -> RenderedName:
    """Write ``person``'s name the way ``organisation`` plausibly would.

    Args:
        rng: the only source of randomness.
        person: the true person.
        organisation: the organisation writing the case.

    Returns:
        First, middle and second (family) name plus aliases; empty strings for blanks.
    """
    script = _choose_script(rng, person, organisation)
    if script == "native":
        first, middle, second = _native_parts(rng, person)
    elif script == "katakana":
        first, middle, second = person.given_name_katakana, "", person.family_name_katakana
    else:
        first, middle, second = _latin_parts(rng, person)
    first, second = _maybe_swap(rng, person, script, first, second)
    if person.origin_country == "MM" and rng.random() < _SINGLE_FIELD_MYANMAR_RATE:
        # Burmese names have no family name; many files keep the whole name in one field.
        first, second = f"{first} {second}".strip(), ""
    return RenderedName(first, middle, second, _aliases(rng, person, script))


def _choose_script(
    rng: np.random.Generator, person: TruePerson, organisation: SyntheticOrganisation
) -> str:
    if organisation.is_name_in_native_script:
        if organisation.country == person.origin_country:
            native_rate = NATIVE_SCRIPT_RATE
        elif name_pool_for(person.origin_country).language in organisation.languages:
            native_rate = INTERPRETED_NATIVE_SCRIPT_RATE
        else:
            native_rate = 0.0
        if rng.random() < native_rate:
            return "native"
    if organisation.country == "JP" and person.given_name_katakana and rng.random() < KATAKANA_RATE:
        return "katakana"
    return "latin"


def _native_parts(rng: np.random.Generator, person: TruePerson) -> tuple[str, str, str]:
    return _arrange_middle(
        rng, person, person.given_name_native, person.middle_name_native, person.family_name_native
    )


def _latin_parts(rng: np.random.Generator, person: TruePerson) -> tuple[str, str, str]:
    given = _spell(rng, person.given_name_variants)
    family = _spell(rng, person.family_name_variants)
    middle = _spell(rng, person.middle_name_variants) if person.middle_name_variants else ""
    if rng.random() < _UPPER_CASE_FAMILY_RATE:
        family = family.upper()  # passport and police style
    return _arrange_middle(rng, person, given, middle, family)


def _arrange_middle(
    rng: np.random.Generator, person: TruePerson, given: str, middle: str, family: str
) -> tuple[str, str, str]:
    """Place a middle name where this culture's records tend to put it."""
    if not middle or rng.random() < _MIDDLE_NAME_DROP_RATE:
        return given, "", family
    pool = name_pool_for(person.origin_country)
    if pool.has_maternal_surname and pool.language == "es":
        return given, "", f"{family} {middle}"  # paternal then maternal surname
    if pool.middle_masculine and rng.random() < 0.3:
        return f"{middle} {given}", "", family  # Vietnamese "Thi Lan" in one field
    return given, middle, family


def _spell(rng: np.random.Generator, variants: tuple[str, ...]) -> str:
    if len(variants) == 1 or rng.random() < CANONICAL_SPELLING_RATE:
        spelling = variants[0]
    else:
        spelling = variants[1 + int(rng.integers(len(variants) - 1))]
    if rng.random() < TYPO_RATE:
        return add_typo(rng, spelling)
    return spelling


def add_typo(rng: np.random.Generator, text: str) -> str:
    """Return ``text`` with one plausible typing error (drop, swap, double or vowel slip).

    Args:
        rng: the only source of randomness.
        text: a name part; parts shorter than 3 characters are returned unchanged.

    Returns:
        The altered text, never containing ``;`` (the multi-value separator).
    """
    if len(text) < 3:
        return text
    position = 1 + int(rng.integers(len(text) - 2))
    operation = int(rng.integers(4))
    if operation == 0:
        return text[:position] + text[position + 1 :]
    if operation == 1:
        return text[: position - 1] + text[position] + text[position - 1] + text[position + 1 :]
    if operation == 2:
        return text[:position] + text[position] + text[position:]
    vowel = _VOWELS[int(rng.integers(len(_VOWELS)))]
    return text[:position] + vowel + text[position + 1 :]


def _maybe_swap(
    rng: np.random.Generator, person: TruePerson, script: str, first: str, second: str
) -> tuple[str, str]:
    pool = name_pool_for(person.origin_country)
    rate = (
        FAMILY_FIRST_ORDER_SWAP_RATE
        if pool.is_family_name_first and script != "native"
        else ORDER_SWAP_RATE
    )
    if second and rng.random() < rate:
        return second, first
    return first, second


def _aliases(rng: np.random.Generator, person: TruePerson, script: str) -> tuple[str, ...]:
    if rng.random() >= ALIAS_RATE:
        return ()
    if script == "native":
        return (f"{person.given_name_latin} {person.family_name_latin}",)
    native = f"{person.given_name_native} {person.family_name_native}"
    latin = f"{person.given_name_latin} {person.family_name_latin}"
    return (native,) if native != latin else (person.given_name_variants[-1],)
