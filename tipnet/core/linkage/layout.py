"""The versioned bit layout of linkage encodings.

Two installations produce comparable encodings only if they agree on every number in a
:class:`LinkageLayout` and on the algorithms documented in ``docs/linkage.md`` for that
version. A layout is therefore never edited in place: a change makes a new version, and
extracts say which version made them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tipnet.core.errors import LinkageError

__all__ = [
    "FIELD_NAMES",
    "LAYOUT_V1",
    "FeatureKind",
    "FieldLayout",
    "LinkageLayout",
    "layout_for_version",
]

FIELD_NAMES = (
    "given_names",
    "family_names",
    "birth_date",
    "sex",
    "nationality",
    "place_of_origin",
)

_MAX_HASH_COUNT = 16  # one HMAC-SHA256 digest yields sixteen 16-bit positions
_MAX_LENGTH_BITS = 1 << 16


class FeatureKind(Enum):
    """How a field's value is cut into the features that set bits."""

    NAME = "name"  # padded bigrams of the folded romanisation plus its consonant skeleton
    DATE = "date"  # year, decade, month, day and month-day tokens
    CATEGORY = "category"  # the whole value as one token


@dataclass(frozen=True)
class FieldLayout:
    """The Bloom filter of one field.

    Attributes:
        name: field name, one of :data:`FIELD_NAMES`.
        kind: how features are taken from the value.
        length_bits: filter length m, a power of two between 8 and 65536.
        hash_count: bit positions k set per feature, 1 to 16.
        is_salted: whether hardening salts this field with birth year and sex.
    """

    name: str
    kind: FeatureKind
    length_bits: int
    hash_count: int
    is_salted: bool

    def __post_init__(self) -> None:
        is_power_of_two = self.length_bits & (self.length_bits - 1) == 0
        if not (8 <= self.length_bits <= _MAX_LENGTH_BITS and is_power_of_two):
            raise LinkageError(f"Field {self.name}: length_bits must be a power of two.")
        if not 1 <= self.hash_count <= _MAX_HASH_COUNT:
            raise LinkageError(f"Field {self.name}: hash_count must be 1 to 16.")

    @property
    def length_bytes(self) -> int:
        """Filter length in bytes (bits are packed most significant bit first)."""
        return self.length_bits // 8


@dataclass(frozen=True)
class LinkageLayout:
    """Everything two installations must share for their encodings to compare.

    Attributes:
        version: layout version written into every extract.
        fields: one :class:`FieldLayout` per field, in :data:`FIELD_NAMES` order.
        diffusion_taps: hardened output bit j is the XOR of this many keyed input bits.
        noise_threshold: a hardened bit is flipped when its keyed noise byte is below this
            value, so the flip probability is ``noise_threshold / 256``.
        minimum_block_size: a blocking token is revealed only when at least this many
            records of one extract carry it.
        blocking_token_bytes: bytes of HMAC output kept in a blocking token (hex encoded).
    """

    version: int
    fields: tuple[FieldLayout, ...]
    diffusion_taps: int
    noise_threshold: int
    minimum_block_size: int
    blocking_token_bytes: int

    def field(self, name: str) -> FieldLayout:
        """The layout of the field called ``name``.

        Raises:
            LinkageError: the layout has no such field.
        """
        for field_layout in self.fields:
            if field_layout.name == name:
                return field_layout
        raise LinkageError(f"Layout version {self.version} has no field {name!r}.")


LAYOUT_V1 = LinkageLayout(
    version=1,
    fields=(
        FieldLayout("given_names", FeatureKind.NAME, 512, 8, is_salted=True),
        FieldLayout("family_names", FeatureKind.NAME, 512, 8, is_salted=True),
        FieldLayout("birth_date", FeatureKind.DATE, 256, 10, is_salted=False),
        FieldLayout("sex", FeatureKind.CATEGORY, 64, 8, is_salted=True),
        FieldLayout("nationality", FeatureKind.CATEGORY, 64, 8, is_salted=True),
        FieldLayout("place_of_origin", FeatureKind.NAME, 512, 8, is_salted=True),
    ),
    diffusion_taps=4,
    noise_threshold=8,
    minimum_block_size=5,
    blocking_token_bytes=16,
)

_LAYOUTS = {LAYOUT_V1.version: LAYOUT_V1}


def layout_for_version(version: int) -> LinkageLayout:
    """The published layout with this version number.

    Raises:
        LinkageError: no layout has this version in this installation.
    """
    if version not in _LAYOUTS:
        known = ", ".join(str(number) for number in sorted(_LAYOUTS))
        raise LinkageError(f"Unknown linkage layout version {version}; known: {known}.")
    return _LAYOUTS[version]
