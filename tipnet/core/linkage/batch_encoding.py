"""Layout v2 encoding, a batch at a time: one bit matrix per field instead of one per record.

Names repeat a lot within an organisation's records, and the diffusion layer is linear over
GF(2), so the work is done once per distinct source value, not once per record:

* for each distinct value of a source attribute (and its salt), the unhardened filter ``U``
  (one keyed BLAKE2b digest per feature, :func:`~tipnet.core.linkage.bloom.
  double_hash_positions`) and its diffusion ``D(U)`` are computed and kept;
* a field fed by two attributes (``names``: given and family names) sets the union
  ``U1 | U2 = U1 ^ U2 ^ (U1 & U2)``, whose diffusion is ``D(U1) ^ D(U2) ^ D(U1 & U2)``; the
  overlap is small, and its diffusion is the XOR of one precomputed mask per overlap bit;
* the keyed noise is drawn per record (one SHAKE-256 call per field) and XORed in packed
  form.

The result is bit for bit what the layout v2 algorithm of ``docs/linkage.md`` gives for each
record alone (``tests/core/linkage/test_vectors_v2.py`` recomputes it without this module).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from tipnet.core.linkage.blocking import keyed_token, name_word_messages, word_codes
from tipnet.core.linkage.bloom import double_hash_positions
from tipnet.core.linkage.features import extract_features
from tipnet.core.linkage.hardening import FieldKeys, diffuse_rows, field_keys, noise_rows, salt_for
from tipnet.core.linkage.layout import FieldLayout, LinkageLayout

if TYPE_CHECKING:
    from tipnet.core.linkage.encoder import LinkageIdentifiers

__all__ = ["EncodedParts", "encode_batch_parts"]

EncodedParts = tuple[dict[str, bytes], tuple[str, ...]]
"""The filters (field -> packed bytes) and candidate blocking tokens of one record."""

PackedRows = npt.NDArray[np.uint8]  # records x (m / 8), bit j of a row at weight 2**(7 - j % 8)
_ValueKey = tuple[str, str, bool]  # value, salt, Japanese reading


def encode_batch_parts(
    records: Sequence[LinkageIdentifiers],
    *,
    secret: bytes,
    layout: LinkageLayout,
    is_hardened: bool,
) -> list[EncodedParts]:
    """Encode records with a double-hashing layout (v2); blocking tokens are not suppressed.

    Args:
        records: the records, in order.
        secret: the network linkage secret.
        layout: a layout whose ``position_hash`` is double hashing.
        is_hardened: salting of salted fields, diffusion and noise.

    Returns:
        For each record, its filters and every candidate blocking token.
    """
    keys = field_keys(secret, layout)
    filters: list[dict[str, bytes]] = [{} for _ in records]
    for field in layout.fields:
        rows, packed = _encode_field(records, keys[field.name], layout, is_hardened=is_hardened)
        for row, bits in zip(rows.tolist(), packed, strict=True):
            filters[row][field.name] = bits.tobytes()
    tokens = _batch_tokens(records, keys["names"].blocking_key, layout.blocking_token_bytes)
    return list(zip(filters, tokens, strict=True))


def _encode_field(
    records: Sequence[LinkageIdentifiers],
    keys: FieldKeys,
    layout: LinkageLayout,
    *,
    is_hardened: bool,
) -> tuple[npt.NDArray[np.intp], PackedRows]:
    table = _ValueTable(keys, is_hardened=is_hardened)
    salts = [
        salt_for(
            keys.field,
            birth_year=identifiers.birth_year,
            sex=identifiers.sex_code,
            is_hardened=is_hardened,
            parts=layout.salt_parts,
        )
        for identifiers in records
    ]
    japanese = [identifiers.nationality.strip().upper() == "JP" for identifiers in records]
    per_attribute = [
        np.fromiter(
            (
                table.index((str(getattr(identifiers, attribute)), salt, is_japanese))
                for identifiers, salt, is_japanese in zip(records, salts, japanese, strict=True)
            ),
            dtype=np.intp,
            count=len(records),
        )
        for attribute in keys.field.source_attributes
    ]
    value_unhardened, value_diffused = table.packed()
    unhardened = value_unhardened[per_attribute[0]]
    diffused = value_diffused[per_attribute[0]]
    for indices in per_attribute[1:]:
        # D(U1 | U2) = D(U1) ^ D(U2) ^ D(U1 & U2): diffusion is linear over GF(2).
        overlap = table.diffuse_sparse(unhardened & value_unhardened[indices])
        diffused = diffused ^ value_diffused[indices] ^ overlap
        unhardened = unhardened | value_unhardened[indices]
    rows = np.flatnonzero(unhardened.any(axis=1))
    if not is_hardened:
        return rows, unhardened[rows]
    record_ids = [records[row].record_id for row in rows.tolist()]
    noise = np.packbits(noise_rows(keys, record_ids, threshold=layout.noise_threshold), axis=1)
    return rows, diffused[rows] ^ noise


class _ValueTable:
    """Distinct (value, salt) of one field -> its packed unhardened and diffused filters."""

    def __init__(self, keys: FieldKeys, *, is_hardened: bool) -> None:
        self._keys = keys
        self._field: FieldLayout = keys.field
        self._is_hardened = is_hardened
        self._index: dict[_ValueKey, int] = {}
        self._positions: list[list[int]] = []
        self._masks: PackedRows | None = None

    def index(self, key: _ValueKey) -> int:
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self._positions)
            self._positions.append(self._compute_positions(*key))
        return found

    def _compute_positions(self, value: str, salt: str, is_japanese: bool) -> list[int]:
        features = extract_features(self._field.kind, value, is_japanese_reading=is_japanese)
        return [
            position
            for feature in features
            for position in double_hash_positions(
                self._keys.bloom_key, feature, salt=salt, field=self._field
            )
        ]

    def packed(self) -> tuple[PackedRows, PackedRows]:
        """Every distinct value's packed unhardened filter and its packed diffusion."""
        bits = self._bits()
        unhardened = np.packbits(bits, axis=1)
        if not self._is_hardened:
            return unhardened, unhardened
        return unhardened, np.packbits(diffuse_rows(bits, self._keys), axis=1)

    def _bits(self) -> npt.NDArray[np.uint8]:
        bits = np.zeros((len(self._positions), self._field.length_bits), dtype=np.uint8)
        lengths = [len(positions) for positions in self._positions]
        rows = np.repeat(np.arange(len(self._positions)), lengths)
        columns = np.fromiter(
            (position for positions in self._positions for position in positions),
            dtype=np.intp,
            count=sum(lengths),
        )
        bits[rows, columns] = 1
        return bits

    def diffuse_sparse(self, packed: PackedRows) -> PackedRows:
        """Diffusion of sparse rows: the XOR of the masks of their set bits."""
        rows, columns = np.nonzero(np.unpackbits(packed, axis=1))
        result = np.zeros_like(packed)
        if rows.size == 0:
            return result
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        result[rows[starts]] = np.bitwise_xor.reduceat(self._tap_masks()[columns], starts, axis=0)
        return result

    def _tap_masks(self) -> PackedRows:
        # Row i: the packed diffusion of a filter with input bit i alone set.
        if self._masks is None:
            identity = np.eye(self._field.length_bits, dtype=np.uint8)
            self._masks = np.packbits(diffuse_rows(identity, self._keys), axis=1)
        return self._masks


def _batch_tokens(
    records: Sequence[LinkageIdentifiers], key: bytes, token_bytes: int
) -> list[tuple[str, ...]]:
    codes: dict[str, tuple[str, ...]] = {}
    tokens: dict[str, str] = {}

    def codes_of(names: str) -> tuple[str, ...]:
        found = codes.get(names)
        if found is None:
            found = codes[names] = word_codes(names)
        return found

    def token_of(message: str) -> str:
        found = tokens.get(message)
        if found is None:
            found = tokens[message] = keyed_token(key, message, token_bytes)
        return found

    return [
        tuple(
            token_of(message)
            for message in name_word_messages(
                codes_of(identifiers.given_names), codes_of(identifiers.family_names)
            )
        )
        for identifiers in records
    ]
