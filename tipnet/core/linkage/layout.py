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
    "DEFAULT_LAYOUT",
    "FIELD_NAMES",
    "LAYOUT_V1",
    "LAYOUT_V2",
    "FeatureKind",
    "FieldLayout",
    "LinkageLayout",
    "PositionHash",
    "SaltPart",
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
    NAME_WORDS = "name-words"  # the same, per word, so the order of the words does not matter
    DATE = "date"  # year, decade, month, day and month-day tokens
    CATEGORY = "category"  # the whole value as one token


class SaltPart(Enum):
    """A record attribute that may salt a field's hash when hardened."""

    BIRTH_YEAR = "birth_year"
    SEX = "sex"


class PositionHash(Enum):
    """How a feature becomes its ``k`` bit positions."""

    # Layout v1: the first k 16-bit words of HMAC-SHA256(key, salt || 0x1F || feature).
    HMAC_SHA256_WORDS = "hmac-sha256-words"
    # Layout v2: one keyed BLAKE2b-128 digest, split into h1 and h2 (h2 forced odd), and
    # position i = (h1 + i * h2) mod m (double hashing, Kirsch and Mitzenmacher 2006).
    BLAKE2B_DOUBLE_HASHING = "blake2b-double-hashing"


@dataclass(frozen=True)
class FieldLayout:
    """The Bloom filter of one field.

    Attributes:
        name: field name, one of :data:`FIELD_NAMES`.
        kind: how features are taken from the value.
        length_bits: filter length m, a power of two between 8 and 65536.
        hash_count: bit positions k set per feature, 1 to 16.
        is_salted: whether hardening salts this field (with the layout's salt parts).
        sources: the identifier attributes whose values the field encodes; empty means the
            attribute of the field's own name.
    """

    name: str
    kind: FeatureKind
    length_bits: int
    hash_count: int
    is_salted: bool
    sources: tuple[str, ...] = ()

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

    @property
    def source_attributes(self) -> tuple[str, ...]:
        """The identifier attributes encoded in this field, in order."""
        return self.sources or (self.name,)


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
        salt_parts: what salts a salted field when hardened, joined with ``|``.
        position_hash: how a feature becomes bit positions.
    """

    version: int
    fields: tuple[FieldLayout, ...]
    diffusion_taps: int
    noise_threshold: int
    minimum_block_size: int
    blocking_token_bytes: int
    salt_parts: tuple[SaltPart, ...] = (SaltPart.BIRTH_YEAR, SaltPart.SEX)
    position_hash: PositionHash = PositionHash.HMAC_SHA256_WORDS

    @property
    def field_names(self) -> tuple[str, ...]:
        """The encoded fields' names, in layout order."""
        return tuple(field_layout.name for field_layout in self.fields)

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

# Layout v2 (docs/linkage.md section 3b): given and family names share one order-free
# filter, so a swap of the two fields still matches and the filter stands for a full name,
# whose frequencies are much flatter than those of single names; names and place are salted
# with sex only, so a missing or disputed birth year no longer hides a name agreement.
LAYOUT_V2 = LinkageLayout(
    version=2,
    fields=(
        FieldLayout(
            "names",
            FeatureKind.NAME_WORDS,
            1024,
            12,
            is_salted=True,
            sources=("given_names", "family_names"),
        ),
        FieldLayout("birth_date", FeatureKind.DATE, 256, 10, is_salted=False),
        FieldLayout("sex", FeatureKind.CATEGORY, 64, 8, is_salted=False),
        FieldLayout("nationality", FeatureKind.CATEGORY, 64, 8, is_salted=False),
        FieldLayout("place_of_origin", FeatureKind.NAME_WORDS, 512, 8, is_salted=True),
    ),
    diffusion_taps=4,
    noise_threshold=16,
    minimum_block_size=5,
    blocking_token_bytes=16,
    salt_parts=(SaltPart.SEX,),
    position_hash=PositionHash.BLAKE2B_DOUBLE_HASHING,
)

_LAYOUTS = {layout.version: layout for layout in (LAYOUT_V1, LAYOUT_V2)}
# Layout v2 is the default: it links better than v1 on every measured setting (FEBRL4 and
# the synthetic network, docs/linkage.md section 8.1) and passes the red-team test; v1 stays
# readable and linkable for extracts that say they are v1 (never beside a v2 extract).
DEFAULT_LAYOUT = LAYOUT_V2


def layout_for_version(version: int) -> LinkageLayout:
    """The published layout with this version number.

    Raises:
        LinkageError: no layout has this version in this installation.
    """
    if version not in _LAYOUTS:
        known = ", ".join(str(number) for number in sorted(_LAYOUTS))
        raise LinkageError(f"Unknown linkage layout version {version}; known: {known}.")
    return _LAYOUTS[version]
