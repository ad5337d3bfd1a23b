"""Keyed blocking tokens with a minimum block size.

Comparing every record of one extract with every record of another is quadratic; blocking
compares only records that share a token. A token is the hex HMAC-SHA256 (first
``blocking_token_bytes`` bytes) of a phonetic code under a key derived from the secret, so
the linkage step sees which records share a block but not what the block stands for.

Two token families, each at three levels of coarseness (level 0 finest):

* ``fy``: the family-name code and birth year (all words of the family names);
* ``gs``: the code of the first given name and sex.

A code is Soundex-like over the folded romanisation: first letter, then up to three
consonant-class digits. Level 0 uses the whole code, level 1 its first two characters,
level 2 its first character. A record carries every level; an extract reveals a token only
if at least ``minimum_block_size`` of its records carry it. Small blocks would single out
rare names (and rare names are the easiest to re-identify), so a rare name falls back to the
coarser levels, which two organisations still share because every record carries them all.

References:
    Christen, P. (2012), A survey of indexing techniques for scalable record linkage and
    deduplication, *IEEE TKDE* 24(9).
    Odell, M. and Russell, R. (1918), US patent 1,261,167 (Soundex).
"""

from __future__ import annotations

import hmac
from collections import Counter
from collections.abc import Sequence

from tipnet.core.linkage.features import fold_name

__all__ = [
    "blocking_tokens",
    "keyed_token",
    "name_word_messages",
    "name_word_tokens",
    "phonetic_code",
    "suppress_small_blocks",
    "word_codes",
]

_CONSONANT_CLASSES = {
    **dict.fromkeys("bpfw", "1"),
    **dict.fromkeys("cgks", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}
_CODE_LENGTH = 4
_LEVELS = (4, 2, 1)


def phonetic_code(folded: str) -> str:
    """Soundex-like code of a folded name: first letter, then consonant-class digits.

    Args:
        folded: output of :func:`~tipnet.core.linkage.features.fold_name`.

    Returns:
        Up to four characters, ``""`` for an empty name (for example ``"sumcai"`` ->
        ``"s52"``).
    """
    letters = folded.replace(" ", "")
    if not letters:
        return ""
    digits: list[str] = []
    previous = _CONSONANT_CLASSES.get(letters[0], "")
    for letter in letters[1:]:
        digit = _CONSONANT_CLASSES.get(letter, "")
        if digit and digit != previous:
            digits.append(digit)
        previous = digit
    return (letters[0] + "".join(digits))[:_CODE_LENGTH]


def blocking_tokens(
    *,
    family_key: bytes,
    given_key: bytes,
    family_names: str,
    first_given_name: str,
    birth_year: str,
    sex: str,
    token_bytes: int,
) -> tuple[str, ...]:
    """Every candidate token of one record, before the minimum block size is applied.

    Args:
        family_key: blocking key derived for ``family_names``.
        given_key: blocking key derived for ``given_names``.
        family_names: the family names as written.
        first_given_name: the first given name as written.
        birth_year: four digits or ``""``.
        sex: ``F``, ``M``, ``X`` or ``""``.
        token_bytes: bytes of HMAC output kept (the token is their hex).

    Returns:
        Tokens ``"<family><level>:<hex>"``, for example ``"fy0:9c1e..."``.
    """
    tokens: list[str] = []
    family_code = phonetic_code(fold_name(family_names))
    given_code = phonetic_code(fold_name(first_given_name))
    for level, length in enumerate(_LEVELS):
        if family_code:
            message = f"fy{level}|{family_code[:length]}|{birth_year}"
            tokens.append(_token(family_key, f"fy{level}", message, token_bytes))
        if given_code:
            message = f"gs{level}|{given_code[:length]}|{sex}"
            tokens.append(_token(given_key, f"gs{level}", message, token_bytes))
    return tuple(tokens)


def name_word_tokens(
    *, key: bytes, given_names: str, family_names: str, token_bytes: int
) -> tuple[str, ...]:
    """Layout v2 tokens: no birth year, and blind to which name field holds which word.

    * ``nw0``: the code of each name word (given and family alike, at most 6 words);
    * ``np0``: the codes of the first given and the first family word, sorted, so a swap
      of the two fields gives the same token;
    * ``np1``: the same pair cut to two characters each (a rare pair keeps this one).

    Every message is ``"<family>|<codes>"`` under the ``names`` blocking key.

    Args:
        key: blocking key derived for the ``names`` field.
        given_names: the given names as written.
        family_names: the family names as written.
        token_bytes: bytes of HMAC output kept.
    """
    messages = name_word_messages(word_codes(given_names), word_codes(family_names))
    return tuple(_token(key, message[:3], message, token_bytes) for message in messages)


def word_codes(names: str) -> tuple[str, ...]:
    """The phonetic code of every word of a name field, in order (``""`` for none)."""
    return tuple(phonetic_code(word) for word in fold_name(names).split())


def name_word_messages(given: Sequence[str], family: Sequence[str]) -> list[str]:
    """The HMAC messages of :func:`name_word_tokens`, from the words' phonetic codes."""
    words = list(dict.fromkeys(code for code in (*given, *family) if code))[:6]
    messages = [f"nw0|{code}" for code in words]
    if given and family and given[0] and family[0]:
        pair = sorted((given[0], family[0]))
        messages.append("np0|" + "|".join(pair))
        messages.append("np1|" + "|".join(sorted(code[:2] for code in pair)))
    return messages


def keyed_token(key: bytes, message: str, token_bytes: int) -> str:
    """A layout v2 token: ``"<first 3 characters of message>:" + hex(HMAC[:token_bytes])``."""
    return _token(key, message[:3], message, token_bytes)


def _token(key: bytes, prefix: str, message: str, token_bytes: int) -> str:
    digest = hmac.digest(key, message.encode(), "sha256")
    return f"{prefix}:{digest[:token_bytes].hex()}"


def suppress_small_blocks(
    token_sets: Sequence[tuple[str, ...]], *, minimum_block_size: int
) -> list[tuple[str, ...]]:
    """Drop every token carried by fewer than ``minimum_block_size`` records.

    Args:
        token_sets: the candidate tokens of each record of one extract.
        minimum_block_size: smallest block that may be revealed.

    Returns:
        The kept tokens of each record, in the same order.
    """
    counts = Counter(token for tokens in token_sets for token in set(tokens))
    return [
        tuple(token for token in tokens if counts[token] >= minimum_block_size)
        for tokens in token_sets
    ]
