"""The shape of a name pool: one origin country's names in script and Latin.

A pool holds, per role (given names by sex, family names, customary middle names), a *head*
of common whole names and optional *forms*: names built by joining one piece from each of
several tables (Thai ``วงศ์`` + ``สวัสดิ์``, Chinese ``秀`` + ``英``, Ukrainian ``Іван`` +
``чук``). Every table lists its pieces most frequent first; frequencies are Zipf-like unless
published weights are given. See :mod:`tipnet.core.synthetic.name_model` for the drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NameEntry = tuple[str, tuple[str, ...], str]
"""``(native, latin_variants, katakana)``: canonical Latin first, ``""`` for no katakana."""


def parse_entries(text: str) -> tuple[NameEntry, ...]:
    """Read a table written one entry a line: ``native | variant, variant | katakana``.

    Args:
        text: lines of two or three ``|``-separated fields; blank lines are skipped.

    Returns:
        The entries in the order written (most frequent first, by convention).
    """
    entries: list[NameEntry] = []
    for line in text.strip().splitlines():
        fields = [part.strip() for part in line.split("|")]
        native, variants = fields[0], tuple(v.strip() for v in fields[1].split(","))
        entries.append((native, variants, fields[2] if len(fields) > 2 else ""))
    return tuple(entries)


def extend_head(head: tuple[NameEntry, ...], more: tuple[NameEntry, ...]) -> tuple[NameEntry, ...]:
    """``head`` followed by the entries of ``more`` whose native form is not in it yet.

    Args:
        head: the most common names, in order.
        more: further names, most common first.

    Returns:
        One ranked list, the head first.
    """
    natives = {native for native, _variants, _katakana in head}
    return head + tuple(entry for entry in more if entry[0] not in natives)


@dataclass(frozen=True)
class NameParts:
    """One table of name pieces (whole names, morphemes or syllables), most frequent first.

    Attributes:
        entries: the pieces.
        weights: published relative frequencies aligned with ``entries``; empty means
            Zipf-like weights ``1 / rank ** zipf_exponent``.
        zipf_exponent: steepness of the default weights (1 is classic Zipf; smaller is
            flatter, as for Thai surname morphemes).
    """

    entries: tuple[NameEntry, ...]
    weights: tuple[float, ...] = ()
    zipf_exponent: float = 1.0
    cumulative: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.entries:
            raise ValueError("a name table needs at least one entry")
        if self.weights and len(self.weights) != len(self.entries):
            raise ValueError("weights must align with entries")
        raw = self.weights or tuple(
            1.0 / (rank**self.zipf_exponent) for rank in range(1, len(self.entries) + 1)
        )
        total = sum(raw)
        running, cumulative = 0.0, []
        for weight in raw:
            running += weight / total
            cumulative.append(running)
        cumulative[-1] = 1.0
        object.__setattr__(self, "cumulative", tuple(cumulative))


@dataclass(frozen=True)
class NameForm:
    """Names made of one piece from each table, joined; a share of one role's names.

    Attributes:
        parts: the tables, in writing order.
        share: probability that a name of this role has this form.
        native_joiner: what joins the native pieces (``""`` for Thai, ``" "`` for
            ``María José``).
        latin_systems: one ``(variant index, joiner)`` per Latin spelling of the whole
            name: each piece contributes its variant of that index (its canonical one when it
            has fewer), so a compound's spellings stay consistent with its native form. After
            a joiner other than a space the next piece starts in lower case (``Wongsawat``,
            ``Hsiu-ying``).
    """

    parts: tuple[NameParts, ...]
    share: float
    native_joiner: str = ""
    latin_systems: tuple[tuple[int, str], ...] = ((0, ""), (1, ""), (2, ""))


@dataclass(frozen=True)
class NamePool:
    """The names of one origin country.

    Attributes:
        country: ISO 3166-1 alpha-2 code of the origin country.
        script: the native script's English name (``"Thai"``, ``"Devanagari"``...).
        language: ISO 639-1 code of the main language.
        given_feminine: common given names usually borne by women (head, most common first).
        given_masculine: common given names usually borne by men.
        family: common family names (second names for Myanmar, where family names are not
            used; for Ethiopia and Eritrea the father's given name).
        is_family_name_first: whether the native order is family name, then given name.
        middle_feminine: customary middle names for women (Vietnamese ``Thị``).
        middle_masculine: customary middle names for men (Vietnamese ``Văn``).
        has_maternal_surname: whether a second, maternal family name is customary
            (Filipino middle name, Spanish second surname).
        given_feminine_forms: built forms of women's given names beside the head.
        given_masculine_forms: built forms of men's given names beside the head.
        family_forms: built forms of family names beside the head.
        middle_feminine_forms: other middle names of women beside the customary ones.
        middle_masculine_forms: other middle names of men beside the customary ones.
        family_weights: published relative frequencies of the ``family`` head, aligned;
            empty means Zipf-like.
        head_zipf_exponent: steepness of the Zipf-like weights of every head without
            published weights (smaller is flatter).
    """

    country: str
    script: str
    language: str
    given_feminine: tuple[NameEntry, ...]
    given_masculine: tuple[NameEntry, ...]
    family: tuple[NameEntry, ...]
    is_family_name_first: bool = False
    middle_feminine: tuple[NameEntry, ...] = ()
    middle_masculine: tuple[NameEntry, ...] = ()
    has_maternal_surname: bool = False
    given_feminine_forms: tuple[NameForm, ...] = ()
    given_masculine_forms: tuple[NameForm, ...] = ()
    family_forms: tuple[NameForm, ...] = ()
    middle_feminine_forms: tuple[NameForm, ...] = ()
    middle_masculine_forms: tuple[NameForm, ...] = ()
    family_weights: tuple[float, ...] = ()
    head_zipf_exponent: float = 1.0
