"""The features (q-grams and tokens) that set the bits of each field's Bloom filter."""

from __future__ import annotations

import re

from tipnet.core.linkage.layout import FeatureKind
from tipnet.core.linkage.transliteration import fold_phonetically, romanize_name

__all__ = ["extract_features", "fold_name"]

_VOWELS = re.compile(r"[aiu]")
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_PADDING = "_"


def fold_name(text: str, *, is_japanese_reading: bool = False) -> str:
    """Romanise then fold a name: the string whose q-grams are encoded."""
    return fold_phonetically(romanize_name(text, is_japanese_reading=is_japanese_reading))


def extract_features(
    kind: FeatureKind, value: str, *, is_japanese_reading: bool = False
) -> tuple[str, ...]:
    """The sorted, distinct features of one field value.

    Args:
        kind: the field's feature kind.
        value: the raw value (a name, ``YYYY-MM-DD``/``YYYY`` date, or category code).
        is_japanese_reading: read Chinese characters in a name as Japanese.

    Returns:
        ``()`` when the value is missing or has nothing encodable.

    Examples:
        ``NAME`` (layout v1) joins the words with ``_``; ``NAME_WORDS`` (layout v2) pads
        every word on its own, so word order does not matter.
        Names give padded bigrams and ``#``-prefixed bigrams of the consonant skeleton:
        ``"Somchai"`` -> folded ``"sumcai"`` -> ``_s su um mc ca ai i_`` and
        ``#_s #sm #mc #c_``. A date ``1985-03-14`` gives ``y:1985 dec:198 m:03 d:14
        md:03-14``; a year ``1985`` gives ``y:1985 dec:198``.
    """
    stripped = value.strip()
    if not stripped:
        return ()
    if kind is FeatureKind.NAME:
        return _name_features(fold_name(stripped, is_japanese_reading=is_japanese_reading))
    if kind is FeatureKind.NAME_WORDS:
        return _word_features(fold_name(stripped, is_japanese_reading=is_japanese_reading))
    if kind is FeatureKind.DATE:
        return _date_features(stripped)
    return (f"v:{stripped.upper()}",)


def _name_features(folded: str) -> tuple[str, ...]:
    words = folded.split()
    if not words:
        return ()
    skeleton_words = [word for word in (_VOWELS.sub("", word) for word in words) if word]
    features = set(_padded_bigrams(words))
    features.update("#" + bigram for bigram in _padded_bigrams(skeleton_words))
    return tuple(sorted(features))


def _word_features(folded: str) -> tuple[str, ...]:
    # Layout v2: each word is padded on its own, so "Somchai Jaidee" and "Jaidee Somchai"
    # (a given/family swap) have the same features.
    features: set[str] = set()
    for word in folded.split():
        features.update(_padded_bigrams([word]))
        skeleton = _VOWELS.sub("", word)
        if skeleton:
            features.update("#" + bigram for bigram in _padded_bigrams([skeleton]))
    return tuple(sorted(features))


def _padded_bigrams(words: list[str]) -> list[str]:
    if not words:
        return []
    padded = _PADDING + _PADDING.join(words) + _PADDING
    return [padded[index : index + 2] for index in range(len(padded) - 1)]


def _date_features(value: str) -> tuple[str, ...]:
    full = _FULL_DATE.match(value)
    year = full.group(1) if full else value if _YEAR.match(value) else ""
    if not year:
        return ()
    features = [f"y:{year}", f"dec:{year[:3]}"]
    if full:
        month, day = full.group(2), full.group(3)
        features += [f"m:{month}", f"d:{day}", f"md:{month}-{day}"]
    return tuple(sorted(features))
