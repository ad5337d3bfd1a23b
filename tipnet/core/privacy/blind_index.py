"""Keyed blind indexes: exact search over encrypted fields.

An encrypted column cannot be searched, and a plain hash of a name can be reversed by
hashing a list of common names. A *blind index* is an HMAC of the normalised value under
a secret derived from the organisation's data key: equal inputs give equal index values
inside one organisation, and without the key nobody can compute or reverse them.

Names are indexed token by token, so "maria santos" finds "SANTOS, María". For Latin
script the stored side also indexes each token without diacritics; a search term is
indexed in its primary form only, so "Muller" finds "Müller" while every query term
still maps to exactly one index value (all terms must match).

References:
    Paragon Initiative Enterprises, "CipherSweet: Searchable Encryption Doesn't Have to
    be Bitter" (blind indexes), 2019.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from tipnet.core.privacy.keys import derive_subkey

INDEX_HEX_CHARS = 32
NAME_TOKEN_FIELD = "name_token"  # noqa: S105 - a field label, not a password

_BLIND_INDEX_PURPOSE = "blind-index-v1"
# NUL cannot occur in a field name, so "field NUL value" splits unambiguously.
_FIELD_SEPARATOR = "\x00"
# Unicode general categories whose characters belong inside a name token: letters,
# combining marks (Thai vowel signs, Devanagari matras, Arabic harakat) and digits.
# Python's ``\w`` is not usable here: it excludes combining marks and would cut
# Thai or Hindi names apart.
_TOKEN_CATEGORY_INITIALS = frozenset("LMN")
# Latin letters that carry a diacritic or ligature but have no Unicode decomposition,
# so NFD alone would not fold them.
_UNDECOMPOSABLE_LATIN_FOLDS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "ƀ": "b",
        "ɨ": "i",
        "ʉ": "u",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "ŋ": "n",
    }
)


def normalize_for_index(value: str) -> str:
    """Bring a value to the canonical form that blind indexes are computed over.

    Compatibility composition (NFKC, so full-width "Ｍａｒｉａ" equals "Maria"), case
    folding ("ß" equals "ss"), and whitespace collapsed to single spaces.

    Args:
        value: any text.

    Returns:
        The normalised text; ``""`` for blank input.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())
    return " ".join(folded.split())


def name_tokens(text: str) -> tuple[str, ...]:
    """Split a name into normalised search tokens.

    Tokens are separated by whitespace and by anything that is not a letter, combining
    mark or digit (hyphens, apostrophes, dots, commas, the katakana middle dot ...).
    Each Latin-script token with diacritics is followed by its diacritic-free form.

    Args:
        text: a full name or a name part, in any script.

    Returns:
        Distinct non-empty tokens in order of first appearance, for example
        ``("müller", "muller", "anna")`` for ``"Müller-Anna"``.
    """
    tokens: list[str] = []
    for token in _primary_tokens(text):
        tokens.append(token)
        folded = _fold_latin_diacritics(token)
        if folded:
            tokens.append(folded)
    return tuple(dict.fromkeys(tokens))


def _primary_tokens(text: str) -> tuple[str, ...]:
    separated = "".join(
        character if unicodedata.category(character)[0] in _TOKEN_CATEGORY_INITIALS else " "
        for character in normalize_for_index(text)
    )
    return tuple(dict.fromkeys(separated.split()))


def _fold_latin_diacritics(token: str) -> str | None:
    """Return ``token`` without diacritics if it is Latin script and has any, else None."""
    if token.isascii() or not _is_latin_script(token):
        return None
    decomposed = unicodedata.normalize("NFD", token.translate(_UNDECOMPOSABLE_LATIN_FOLDS))
    folded = "".join(character for character in decomposed if not _is_mark(character))
    return folded if folded and folded != token else None


def _is_latin_script(token: str) -> bool:
    # Combining marks carry no script of their own; digits are shared by all scripts.
    return all(
        character.isascii()
        or _is_mark(character)
        or unicodedata.name(character, "").startswith("LATIN ")
        for character in token
    )


def _is_mark(character: str) -> bool:
    return unicodedata.category(character).startswith("M")


class BlindIndexer:
    """Computes blind index values with one organisation's data key."""

    __slots__ = ("_index_key",)

    def __init__(self, data_key: bytes) -> None:
        """Derive the indexing key.

        Args:
            data_key: the organisation's 32-byte data key; the HMAC key is derived from
                it with purpose ``"blind-index-v1"``.
        """
        self._index_key = derive_subkey(data_key, purpose=_BLIND_INDEX_PURPOSE)

    def __repr__(self) -> str:
        return "BlindIndexer(<key hidden>)"

    def index_exact(self, value: str, *, field: str) -> str:
        """Return the blind index of one whole value of one field.

        Args:
            value: the plaintext value; normalised with :func:`normalize_for_index`.
            field: a stable field label such as ``"document_number"``; the same value in
                two fields gets unrelated index values.

        Returns:
            32 lowercase hex characters (128 bits of HMAC-SHA256).

        Raises:
            ValueError: ``field`` contains a NUL character (a programming error).
        """
        if _FIELD_SEPARATOR in field:
            raise ValueError("A blind index field label must not contain NUL.")
        message = field + _FIELD_SEPARATOR + normalize_for_index(value)
        digest = hmac.new(self._index_key, message.encode("utf-8"), hashlib.sha256)
        return digest.hexdigest()[:INDEX_HEX_CHARS]

    def index_name_tokens(self, name: str) -> frozenset[str]:
        """Return the index values to store for a name, one per token of :func:`name_tokens`.

        Args:
            name: a full name or name part.

        Returns:
            The set of index values; empty for a blank name.
        """
        return frozenset(
            self.index_exact(token, field=NAME_TOKEN_FIELD) for token in name_tokens(name)
        )

    def index_search_terms(self, query: str) -> tuple[str, ...]:
        """Return the index values a name search must all find among a person's tokens.

        Only each query token's primary form is indexed: the diacritic-free variants are
        already on the stored side, so "Muller" matches a stored "Müller".

        Args:
            query: the name typed into the search box.

        Returns:
            Distinct index values in query order; empty for a blank query.
        """
        return tuple(
            self.index_exact(token, field=NAME_TOKEN_FIELD) for token in _primary_tokens(query)
        )
