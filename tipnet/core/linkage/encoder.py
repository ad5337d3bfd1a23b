"""Encode the identifying fields of a record into keyed, hardened field-level filters.

Layout v2 batches go through :mod:`~tipnet.core.linkage.batch_encoding`; layout v1 (the
default) keeps its one-record-at-a-time pipeline, whose bits are frozen by its vectors.
The layout v1 pipeline per field (bit by bit in ``docs/linkage.md``):
value -> features (:mod:`~tipnet.core.linkage.features`) -> keyed Bloom filter with the
birth year as salt (:mod:`~tipnet.core.linkage.bloom`) -> diffusion -> keyed noise
(:mod:`~tipnet.core.linkage.hardening`) -> packed bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from types import MappingProxyType

from tipnet.core.linkage.batch_encoding import EncodedParts, encode_batch_parts
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
from tipnet.core.linkage.layout import (
    DEFAULT_LAYOUT,
    FIELD_NAMES,
    LinkageLayout,
    PositionHash,
)

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
# Records per unit of work in the layout v2 batch path (bounds the bit matrices' memory)
# and the smallest batch worth sending to worker processes.
_CHUNK_RECORDS = 8192
_PARALLEL_MINIMUM_RECORDS = 50_000


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
    layout: LinkageLayout = DEFAULT_LAYOUT,
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
    if _is_batch_layout(layout):
        fields_v2, tokens_v2 = encode_batch_parts(
            [identifiers], secret=secret, layout=layout, is_hardened=is_hardened
        )[0]
        return EncodedRecord(identifiers.record_id, MappingProxyType(fields_v2), tokens_v2)
    keys = field_keys(secret, layout)
    fields = {}
    for name in FIELD_NAMES:  # layout v1 encodes one field per identifier attribute
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


def _is_batch_layout(layout: LinkageLayout) -> bool:
    return layout.position_hash is PositionHash.BLAKE2B_DOUBLE_HASHING


def encode_identifier_batch(
    records: Sequence[LinkageIdentifiers],
    *,
    secret: bytes,
    layout: LinkageLayout = DEFAULT_LAYOUT,
    is_hardened: bool = True,
    progress: ProgressCallback | None = None,
    workers: int = 1,
) -> tuple[EncodedRecord, ...]:
    """Encode an organisation's records and apply the minimum block size.

    Args:
        records: the records of one extract.
        secret: the network linkage secret.
        layout: the bit layout.
        is_hardened: see :func:`encode_identifiers`.
        progress: optional ``progress(done, total)`` callback.
        workers: processes for layout v2 batches of 50,000 records or more (1: this
            process only).

    Returns:
        The encoded records in input order; blocking tokens carried by fewer than
        ``layout.minimum_block_size`` records are removed.
    """
    if _is_batch_layout(layout):
        encoded = _encode_in_chunks(records, secret, layout, is_hardened, progress, workers)
    else:
        encoded = _encode_one_by_one(records, secret, layout, is_hardened, progress)
    kept = suppress_small_blocks(
        [record.blocking_tokens for record in encoded],
        minimum_block_size=layout.minimum_block_size,
    )
    return tuple(
        EncodedRecord(record.record_id, record.fields, tokens)
        for record, tokens in zip(encoded, kept, strict=True)
    )


def _encode_one_by_one(
    records: Sequence[LinkageIdentifiers],
    secret: bytes,
    layout: LinkageLayout,
    is_hardened: bool,
    progress: ProgressCallback | None,
) -> list[EncodedRecord]:
    encoded: list[EncodedRecord] = []
    for identifiers in records:
        encoded.append(
            encode_identifiers(identifiers, secret=secret, layout=layout, is_hardened=is_hardened)
        )
        if progress is not None:
            progress(len(encoded), len(records))
    return encoded


def _encode_in_chunks(
    records: Sequence[LinkageIdentifiers],
    secret: bytes,
    layout: LinkageLayout,
    is_hardened: bool,
    progress: ProgressCallback | None,
    workers: int,
) -> list[EncodedRecord]:
    chunks = [
        records[start : start + _CHUNK_RECORDS] for start in range(0, len(records), _CHUNK_RECORDS)
    ]
    options = {"secret": secret, "layout": layout, "is_hardened": is_hardened}
    if workers > 1 and len(records) >= _PARALLEL_MINIMUM_RECORDS:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(_encode_chunk, chunks, [options] * len(chunks))
            return _collect(records, results, progress)
    return _collect(records, (_encode_chunk(chunk, options) for chunk in chunks), progress)


def _encode_chunk(
    chunk: Sequence[LinkageIdentifiers], options: Mapping[str, object]
) -> list[EncodedParts]:
    return encode_batch_parts(chunk, **options)  # type: ignore[arg-type]  # keyword options of one call


def _collect(
    records: Sequence[LinkageIdentifiers],
    results: Iterable[list[EncodedParts]],
    progress: ProgressCallback | None,
) -> list[EncodedRecord]:
    encoded: list[EncodedRecord] = []
    for parts in results:
        for fields, tokens in parts:
            identifiers = records[len(encoded)]
            encoded.append(EncodedRecord(identifiers.record_id, MappingProxyType(fields), tokens))
            if progress is not None:
                progress(len(encoded), len(records))
    return encoded
