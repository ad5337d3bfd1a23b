"""Turn names written in many scripts into comparable lowercase ASCII.

Two steps run before q-grams are taken:

1. :func:`romanize_name` writes a name in Latin letters, script by script: Thai with our
   RTGS-like rules (:mod:`tipnet.core.linkage.thai_romanization`), Japanese kana and kanji
   with pykakasi (Hepburn), Chinese characters with pypinyin (toneless Hanyu Pinyin),
   Burmese with a few syllable rules before unidecode, and Latin with diacritics, Cyrillic,
   Devanagari, Arabic and Khmer with unidecode.
2. :func:`fold_phonetically` merges spellings that transliteration schemes and clerks
   produce for the same sound (``ph``/``p``, ``v``/``w``, ``o``/``u``, doubled letters ...),
   so สมชาย, ソムチャイ and Somchai all become ``sumcai``.

The folding is deliberately coarse: it loses distinctions (``Ben``/``Ban``) that the other
fields (birth date, sex, place of origin) restore during scoring, and it buys matches across
scripts that would otherwise never meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import groupby

import pykakasi
from pypinyin import Style, lazy_pinyin
from unidecode import unidecode

from tipnet.core.linkage.thai_romanization import romanize_thai

__all__ = ["fold_phonetically", "romanize_name"]

_NON_LETTERS = re.compile(r"[^a-z]+")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
# Katakana renders foreign names with an extra vowel after a closing consonant
# (ソムチャイ = so-mu-cha-i for Somchai, ムハンマド = mu-ha-n-ma-do for Muhammad).
_KATAKANA_EPENTHETIC_U = re.compile(r"(?<=[aeiou])([mkspbgfrz])u(?=[bcdfghjklmnpqrstvwxyz]|\b)")
_KATAKANA_FINAL_DO = re.compile(r"(?<=[aeiou]|n)do\b")
# Burmese vowel combinations that unidecode spells letter by letter (မောင် -> meaang).
_BURMESE_SYLLABLES = (
    ("\u1031\u102c\u1004\u103a", "aung"),
    ("\u1031\u102b\u1004\u103a", "aung"),
    ("\u1031\u102c\u103a", "aw"),
    ("\u1031\u102c", "aw"),
    ("\u102d\u102f", "o"),
    ("\u1031", "ay"),
    ("\u103a", ""),
    ("\u1038", ""),
    ("\u1037", ""),
)
_FOLDING_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"x", "ks"),
        (r"tch", "ch"),
        (r"chr", "kr"),
        (r"c(?!h)", "k"),
        (r"ch|j", "c"),
        (r"ph", "p"),
        (r"th", "t"),
        (r"kh", "k"),
        (r"gh", "g"),
        (r"dh", "d"),
        (r"bh", "b"),
        (r"sh|zh", "s"),
        (r"ts", "t"),
        (r"q", "k"),
        (r"z", "s"),
        (r"v", "w"),
        (r"y", "i"),
        (r"e", "a"),
        (r"o", "u"),
        (r"(?<=[aiu])h$", ""),
        (r"(?<=[aiu])r(?![aiu])", ""),
        (r"([a-z])\1+", r"\1"),
    )
)


def romanize_name(text: str, *, is_japanese_reading: bool = False) -> str:
    """Write a name in lowercase ASCII letters and single spaces.

    Args:
        text: a name in any of Latin (with diacritics), Cyrillic, Devanagari, Thai, Arabic,
            Khmer, Burmese, Japanese kana/kanji or Chinese characters; scripts may be mixed.
        is_japanese_reading: read Chinese characters as Japanese even without kana (the
            encoder sets it for Japanese nationals, whose names are often kanji only).

    Returns:
        Lowercase ``a``-``z`` words separated by single spaces; ``""`` when nothing
        romanisable remains. Hyphens become spaces, apostrophes disappear.

    Assumptions:
        Chinese characters are read as Mandarin (pypinyin) unless the same name also holds
        kana or ``is_japanese_reading`` is set, in which case they are read as Japanese;
        kanji readings of names are ambiguous and pykakasi picks the commonest one.
        Unvocalised Arabic keeps only its consonants (``محمد`` -> ``mhmd``); the consonant
        skeleton used by the encoder lets it partly meet ``Muhammad``. Khmer uses
        unidecode's letter-by-letter reading, Burmese a few syllable rules before it.
    """
    normalized = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text))
    is_japanese = is_japanese_reading or any(_is_kana(character) for character in normalized)
    pieces = [
        _romanize_run("".join(run), script, is_japanese=is_japanese)
        for script, run in groupby(normalized, key=_script_of)
    ]
    ascii_text = unidecode(_strip_diacritics(" ".join(pieces))).lower()
    return " ".join(_NON_LETTERS.sub(" ", ascii_text).split())


def fold_phonetically(romanized: str) -> str:
    """Merge common transliteration variants of the same sound.

    Args:
        romanized: output of :func:`romanize_name` (lowercase ASCII and spaces).

    Returns:
        The folded words, single-space separated, over the alphabet without
        ``c``-as-k, ``e``, ``o``, ``q``, ``v``, ``x``, ``y``, ``z``.

    Assumptions:
        Spellings of one name differ mostly in aspiration marks (``ph``/``p``), vowel
        quality (``o``/``u``, ``e``/``a``), consonant doubling, ``v``/``w``, a silent
        ``h`` or ``r`` after a vowel (Thai ``-porn``/``-phon``) and ``j``/``ch``.

    References:
        Christen, P. (2012), *Data Matching*, ch. 4 (phonetic encoding), Springer;
        Royal Institute of Thailand (1999), RTGS.
    """
    return " ".join(_fold_word(word) for word in romanized.split())


def _fold_word(word: str) -> str:
    for pattern, replacement in _FOLDING_RULES:
        word = pattern.sub(replacement, word)
    return word


def _script_of(character: str) -> str:
    if "\u0e00" <= character <= "\u0e7f":
        return "thai"
    if _is_kana(character):
        return "kana"
    if _is_han(character):
        return "han"
    if "\u1000" <= character <= "\u109f":
        return "burmese"
    return "other"


def _is_kana(character: str) -> bool:
    return "\u3040" <= character <= "\u30ff" or "\u31f0" <= character <= "\u31ff"


def _is_han(character: str) -> bool:
    code = ord(character)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
    )


def _romanize_run(run: str, script: str, *, is_japanese: bool) -> str:
    if script == "han":
        return _romanize_japanese(run) if is_japanese else _romanize_chinese(run)
    romanizers: dict[str, Callable[[str], str]] = {
        "thai": romanize_thai,
        "kana": _romanize_katakana_aware,
        "burmese": _romanize_burmese,
    }
    return romanizers.get(script, _keep)(run)


def _keep(run: str) -> str:
    return run


def _romanize_chinese(run: str) -> str:
    # Pinyin writes a person's given name as one word (Xiaoming), so syllables are joined.
    return "".join(lazy_pinyin(run, style=Style.NORMAL, errors="ignore"))


def _romanize_japanese(run: str) -> str:
    return "".join(item["hepburn"] for item in _kakasi().convert(run))


def _romanize_katakana_aware(run: str) -> str:
    romaji = _romanize_japanese(run)
    if not any("\u30a0" <= character <= "\u30ff" for character in run):
        return romaji
    # Katakana is how Japanese writes foreign names: drop the vowels it has to add.
    return _KATAKANA_FINAL_DO.sub("d", _KATAKANA_EPENTHETIC_U.sub(r"\1", romaji))


def _romanize_burmese(run: str) -> str:
    for written, spoken in _BURMESE_SYLLABLES:
        run = run.replace(written, spoken)
    # The vowel carrier အ only holds a vowel sign; the sign says how it sounds.
    return run.replace("\u1021", "")


@cache
def _kakasi() -> pykakasi.kakasi:
    return pykakasi.kakasi()  # type: ignore[no-untyped-call]  # pykakasi is unannotated


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))
