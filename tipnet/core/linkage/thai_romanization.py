"""A small rule-based Thai romaniser close to the Royal Thai General System (RTGS).

Thai script writes some vowels before the consonant they follow in speech, leaves the
short vowels ``a``/``o`` unwritten, and pronounces a consonant differently at the start and
at the end of a syllable. General-purpose transliterators (unidecode) map letter by letter
and turn สมชาย into ``smchaay``; linkage needs ``somchai``, the way the name is written in a
passport. The rules below are good enough for common personal names; they are not a
dictionary-based syllable segmenter and will mis-split some long or Pali/Sanskrit names.

References:
    Royal Institute of Thailand (1999), *Principles of Romanization for Thai Script by
    Transcription Method* (RTGS).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["romanize_thai"]

_INITIAL = {
    "ก": "k", "ข": "kh", "ฃ": "kh", "ค": "kh", "ฅ": "kh", "ฆ": "kh", "ง": "ng", "จ": "ch",
    "ฉ": "ch", "ช": "ch", "ซ": "s", "ฌ": "ch", "ญ": "y", "ฎ": "d", "ฏ": "t", "ฐ": "th",
    "ฑ": "th", "ฒ": "th", "ณ": "n", "ด": "d", "ต": "t", "ถ": "th", "ท": "th", "ธ": "th",
    "น": "n", "บ": "b", "ป": "p", "ผ": "ph", "ฝ": "f", "พ": "ph", "ฟ": "f", "ภ": "ph",
    "ม": "m", "ย": "y", "ร": "r", "ล": "l", "ว": "w", "ศ": "s", "ษ": "s", "ส": "s",
    "ห": "h", "ฬ": "l", "อ": "", "ฮ": "h",
}  # fmt: skip

_FINAL = {
    "ก": "k", "ข": "k", "ค": "k", "ฆ": "k", "ง": "ng", "จ": "t", "ช": "t", "ซ": "t",
    "ฌ": "t", "ญ": "n", "ฎ": "t", "ฏ": "t", "ฐ": "t", "ฑ": "t", "ฒ": "t", "ณ": "n",
    "ด": "t", "ต": "t", "ถ": "t", "ท": "t", "ธ": "t", "น": "n", "บ": "p", "ป": "p",
    "พ": "p", "ฟ": "p", "ภ": "p", "ม": "m", "ย": "i", "ร": "n", "ล": "n", "ว": "o",
    "ศ": "t", "ษ": "t", "ส": "t", "ฬ": "n",
}  # fmt: skip

_FOLLOWING_VOWEL = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue",
    "ุ": "u", "ู": "u", "ํ": "",
}  # fmt: skip
_LEADING_VOWEL = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
# (leading vowel, letters written after the onset, sound, whether a final may follow)
_LEADING_COMBINATIONS = (
    ("e", "าะ", "ao", False),
    ("e", "า", "ao", False),
    ("e", "ีย", "ia", True),
    ("e", "ือ", "uea", True),
    ("e", "ิ", "oe", True),
    ("e", "อ", "oe", True),
)
# Tone marks and the vowel shortener change pitch or length, not the romanisation.
_IGNORED = frozenset("่้๊๋็ๆฯ")
_SILENCER = "์"
# Pairs read silent together when the second carries the silencer (จันทร์ = chan).
_SILENCED_PAIRS = frozenset({("ท", "ร"), ("ต", "ร"), ("ด", "ร"), ("ษ", "ณ"), ("ศ", "ณ")})
_CLUSTER_SECONDS = frozenset("รลว")
_CLUSTER_FIRSTS = frozenset("กขคตปผพ")
_SONORANTS = frozenset("งญนมยรลว")


@dataclass
class _Cursor:
    """Reading position in the prepared Thai letters."""

    letters: str
    index: int = 0

    def peek(self, ahead: int = 0) -> str:
        position = self.index + ahead
        return self.letters[position] if position < len(self.letters) else ""


def romanize_thai(text: str) -> str:
    """Romanise Thai letters to lowercase ASCII following RTGS-like rules.

    Args:
        text: a run of Thai characters (other characters are passed through).

    Returns:
        Lowercase ASCII, for example ``"somchai"`` for สมชาย.

    Assumptions:
        Personal names of one to four syllables; consonants with the silencer (์) are
        dropped; an unwritten vowel is ``o`` between two consonants that close a syllable
        and ``a`` before a consonant that starts a new one.

    References:
        Royal Institute of Thailand (1999), RTGS.
    """
    cursor = _Cursor(_rewrite_double_ro(_drop_silenced(text)))
    syllables: list[str] = []
    while cursor.index < len(cursor.letters):
        syllables.append(_read_syllable(cursor))
    return "".join(syllables)


def _drop_silenced(text: str) -> str:
    """Remove each consonant carrying the silencer, and the silencer itself."""
    kept: list[str] = []
    for letter in text:
        if letter == _SILENCER:
            # The silencer sits on the last consonant, after any vowel written on it (ดิ์).
            silenced = kept.pop() if kept else ""
            if silenced in _FOLLOWING_VOWEL and kept:
                silenced = kept.pop()
            if kept and (kept[-1], silenced) in _SILENCED_PAIRS:
                kept.pop()
            continue
        if letter not in _IGNORED:
            kept.append(letter)
    return "".join(kept)


def _rewrite_double_ro(letters: str) -> str:
    """Rewrite รร (ro han) as the vowel a before a consonant and as an at the end."""
    rewritten = letters.replace("รร", "ั") if not letters.endswith("รร") else letters
    return rewritten[:-2] + "ัน" if rewritten.endswith("รร") else rewritten


def _read_syllable(cursor: _Cursor) -> str:
    """Read one syllable starting at the cursor and return its romanisation."""
    letter = cursor.peek()
    if letter in _LEADING_VOWEL:
        cursor.index += 1
        onset = _read_onset(cursor)
        return onset + _read_leading_vowel_rest(cursor, _LEADING_VOWEL[letter])
    if letter not in _INITIAL:
        cursor.index += 1
        return _FOLLOWING_VOWEL.get(letter, "" if _is_thai(letter) else letter)
    onset = _read_onset(cursor)
    return onset + _read_nucleus_and_coda(cursor)


def _read_onset(cursor: _Cursor) -> str:
    """Read the initial consonant (with a cluster or a silent leading ห/อ)."""
    first = cursor.peek()
    if first not in _INITIAL:
        return ""
    second, third = cursor.peek(1), cursor.peek(2)
    cursor.index += 1
    is_vowel_after_second = third in _FOLLOWING_VOWEL or third in "อว"
    is_silent_lead = (first == "ห" and second in _SONORANTS and second != "ว") or (
        first == "อ" and second == "ย"
    )
    if is_silent_lead and is_vowel_after_second:
        cursor.index += 1  # ห/อ before a sonorant only marks the tone class: silent
        return _INITIAL[second]
    if first in "ศส" and second == "ร" and is_vowel_after_second:
        cursor.index += 1  # ศร-/สร- reads s- (ศรี = si)
        return "s"
    if first in _CLUSTER_FIRSTS and second in _CLUSTER_SECONDS and third in _FOLLOWING_VOWEL:
        cursor.index += 1
        return _INITIAL[first] + _INITIAL[second]
    return _INITIAL[first]


def _read_nucleus_and_coda(cursor: _Cursor) -> str:
    """Read the vowel after an onset, then a closing consonant if there is one."""
    letter, after = cursor.peek(), cursor.peek(1)
    if letter in _FOLLOWING_VOWEL:
        return _read_written_vowel(cursor)
    if letter == "อ" and after not in _FOLLOWING_VOWEL:
        sound = "o"
    elif letter == "ว" and after in _FINAL and cursor.peek(2) not in _FOLLOWING_VOWEL:
        sound = "ua"
    elif letter in _FINAL and not _starts_syllable(cursor, 0):
        return "o" + _read_coda(cursor)  # unwritten o in a closed syllable (สม = som)
    else:
        return "a"  # unwritten a in an open syllable
    cursor.index += 1
    return sound + _read_coda(cursor)


def _read_written_vowel(cursor: _Cursor) -> str:
    letter = cursor.peek()
    cursor.index += 1
    if letter == "ั" and cursor.peek() == "ว":
        cursor.index += 1
        return "ua" + _read_coda(cursor)
    vowel = _FOLLOWING_VOWEL[letter]
    return vowel if letter in "ะำ" else vowel + _read_coda(cursor)


def _read_leading_vowel_rest(cursor: _Cursor, leading: str) -> str:
    """Combine a leading vowel with the vowel letters written after the onset."""
    for lead, written, sound, takes_coda in _LEADING_COMBINATIONS:
        if lead == leading and cursor.letters.startswith(written, cursor.index):
            cursor.index += len(written)
            return sound + (_read_coda(cursor) if takes_coda else "")
    if cursor.peek() == "ะ":
        cursor.index += 1
        return leading
    return leading if leading == "ai" else leading + _read_coda(cursor)


def _is_thai(letter: str) -> bool:
    return "\u0e00" <= letter <= "\u0e7f"


def _read_coda(cursor: _Cursor) -> str:
    """Read one closing consonant unless it starts the next syllable."""
    letter = cursor.peek()
    # Two consonants ending the word form their own syllable with an unwritten o (พร = phon).
    is_last_pair = cursor.peek(1) in _INITIAL and cursor.peek(2) == ""
    if letter in _FINAL and not is_last_pair and not _starts_syllable(cursor, 0):
        cursor.index += 1
        return _FINAL[letter]
    return ""


def _starts_syllable(cursor: _Cursor, ahead: int) -> bool:
    """A consonant starts a syllable when a vowel (or a cluster and vowel) follows it."""
    letter, following = cursor.peek(ahead), cursor.peek(ahead + 1)
    if following in _FOLLOWING_VOWEL:
        return True
    if following == "อ" and letter in _INITIAL:
        return cursor.peek(ahead + 2) not in _FOLLOWING_VOWEL
    is_cluster = letter in _CLUSTER_FIRSTS and following in _CLUSTER_SECONDS
    return is_cluster and cursor.peek(ahead + 2) in _FOLLOWING_VOWEL
