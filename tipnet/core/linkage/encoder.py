"""Encode the identifying fields of a record into keyed, hardened field-level filters.

The pipeline per field (bit by bit in ``docs/linkage.md``):
value -> features (:mod:`~tipnet.core.linkage.features`) -> keyed Bloom filter with the
birth year as salt (:mod:`~tipnet.core.linkage.bloom`) -> diffusion -> keyed noise
(:mod:`~tipnet.core.linkage.hardening`) -> packed bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from tipnet.core.linkage.blocking import blocking_tokens, suppress_small_blocks
from tipnet.core.linkage.bloom import BitArray, bits_to_bytes, set_feature_bits
from tipnet.core.linkage.features import extract_features
from tipnet.core.linkage.hardening import (
    FieldKeys,
    apply_diffusion,
    apply_noise,
    field_keys,
    salt_for,
)
from tipnet.core.linkage.layout import FIELD_NAMES, LAYOUT_V1, LinkageLayout

__all__ = [
    "EncodedRecord",
    "LinkageIdentifiers",
    "ProgressCallback",
    "encode_identifier_batch",
    "encode_identifiers",
]

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each encoded record."""

_YEAR_PREFIX = re.compile(r"^(\d{4})(?:-\d{2}-\d{2})?$")


@dataclass(frozen=True)
class LinkageIdentifiers:
    """The identifying fields of one record, as an organisation holds them.

    Attributes:
        record_id: the organisation's pseudonymous record id (never a name or document
            number: it is written to the extract in clear).
        given_names: given names, any script.
        family_names: family names, any script.
        birth_date: ``"YYYY-MM-DD"``, ``"YYYY"`` when only the year is known, or ``""``.
        sex: ``"F"``, ``"M"``, ``"X"`` or ``""``.
        nationality: ISO 3166-1 alpha-2 code or ``""``.
        place_of_origin: town or district of origin, any script.
    """

    record_id: str
    given_names: str = ""
    family_names: str = ""
    birth_date: str = ""
    sex: str = ""
    nationality: str = ""
    place_of_origin: str = ""

    @property
    def birth_year(self) -> str:
        """The four-digit birth year, or ``""`` when unknown."""
        match = _YEAR_PREFIX.match(self.birth_date.strip())
        return match.group(1) if match else ""

    @property
    def sex_code(self) -> str:
        """``F``, ``M``, ``X`` or ``""``, upper case without surrounding spaces."""
        return self.sex.strip().upper()


@dataclass(frozen=True)
class EncodedRecord:
    """The encoding of one record: what leaves the organisation.

    Attributes:
        record_id: the organisation's pseudonymous record id.
        fields: field name -> packed filter bytes; missing fields are absent.
        blocking_tokens: keyed blocking tokens (after the minimum block size when made by
            :func:`encode_identifier_batch`).
    """

    record_id: str
    fields: Mapping[str, bytes]
    blocking_tokens: tuple[str, ...]


def encode_identifiers(
    identifiers: LinkageIdentifiers,
    *,
    secret: bytes,
    layout: LinkageLayout = LAYOUT_V1,
    is_hardened: bool = True,
) -> EncodedRecord:
    """Encode one record's identifying fields.

    Args:
        identifiers: the record.
        secret: the network linkage secret (at least 32 bytes).
        layout: the bit layout; both sides of a linkage must use the same one.
        is_hardened: salting, diffusion and noise (default). ``False`` exists only for the
            red-team comparison and must not be used for real extracts.

    Returns:
        The encoded record, with every candidate blocking token: a single record cannot
        know its block sizes, so extracts are made with :func:`encode_identifier_batch`.

    Raises:
        ConfigurationError: the secret is shorter than 32 bytes.
    """
    keys = field_keys(secret, layout)
    fields = {}
    for name in FIELD_NAMES:
        bits = _encode_field(identifiers, keys[name], layout, is_hardened=is_hardened)
        if bits is not None:
            fields[name] = bits_to_bytes(bits)
    tokens = blocking_tokens(
        family_key=keys["family_names"].blocking_key,
        given_key=keys["given_names"].blocking_key,
        family_names=identifiers.family_names,
        first_given_name=next(iter(identifiers.given_names.split()), ""),
        birth_year=identifiers.birth_year,
        sex=identifiers.sex_code,
        token_bytes=layout.blocking_token_bytes,
    )
    return EncodedRecord(identifiers.record_id, MappingProxyType(fields), tokens)


def _encode_field(
    identifiers: LinkageIdentifiers,
    keys: FieldKeys,
    layout: LinkageLayout,
    *,
    is_hardened: bool,
) -> BitArray | None:
    field = keys.field
    is_japanese_reading = identifiers.nationality.strip().upper() == "JP"
    value = str(getattr(identifiers, field.name))
    features = extract_features(field.kind, value, is_japanese_reading=is_japanese_reading)
    if not features:
        return None
    salt = salt_for(
        field, birth_year=identifiers.birth_year, sex=identifiers.sex_code, is_hardened=is_hardened
    )
    bits = set_feature_bits(keys.bloom_key, features, salt=salt, field=field)
    if not is_hardened:
        return bits
    diffused = apply_diffusion(bits, keys)
    return apply_noise(
        diffused, keys, record_id=identifiers.record_id, threshold=layout.noise_threshold
    )


def encode_identifier_batch(
    records: Sequence[LinkageIdentifiers],
    *,
    secret: bytes,
    layout: LinkageLayout = LAYOUT_V1,
    is_hardened: bool = True,
    progress: ProgressCallback | None = None,
) -> tuple[EncodedRecord, ...]:
    """Encode an organisation's records and apply the minimum block size.

    Args:
        records: the records of one extract.
        secret: the network linkage secret.
        layout: the bit layout.
        is_hardened: see :func:`encode_identifiers`.
        progress: optional ``progress(done, total)`` callback.

    Returns:
        The encoded records in input order; blocking tokens carried by fewer than
        ``layout.minimum_block_size`` records are removed.
    """
    encoded: list[EncodedRecord] = []
    for identifiers in records:
        encoded.append(
            encode_identifiers(identifiers, secret=secret, layout=layout, is_hardened=is_hardened)
        )
        if progress is not None:
            progress(len(encoded), len(records))
    kept = suppress_small_blocks(
        [record.blocking_tokens for record in encoded],
        minimum_block_size=layout.minimum_block_size,
    )
    return tuple(
        EncodedRecord(record.record_id, record.fields, tokens)
        for record, tokens in zip(encoded, kept, strict=True)
    )
