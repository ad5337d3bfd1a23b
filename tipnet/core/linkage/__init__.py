"""Privacy-preserving record linkage (PPRL): find the same person across organisations.

Each organisation encodes its records with the network linkage secret into keyed, hardened
field-level Bloom filters and keyed blocking tokens; the linkage step compares encodings
without ever holding the secret. See ``docs/linkage.md`` for the threat model, the bit
layout and the test vectors.
"""

from __future__ import annotations

from tipnet.core.linkage.bloom import dice_similarity
from tipnet.core.linkage.encoder import (
    EncodedRecord,
    LinkageIdentifiers,
    ProgressCallback,
    encode_identifier_batch,
    encode_identifiers,
)
from tipnet.core.linkage.extract import Extract, read_extract, write_extract
from tipnet.core.linkage.identifier_csv import IDENTIFIER_COLUMNS, read_identifiers_csv
from tipnet.core.linkage.keys import key_check_value
from tipnet.core.linkage.layout import (
    DEFAULT_LAYOUT,
    FIELD_NAMES,
    LAYOUT_V1,
    LAYOUT_V2,
    FieldLayout,
    LinkageLayout,
    layout_for_version,
)
from tipnet.core.linkage.transliteration import fold_phonetically, romanize_name

__all__ = [
    "DEFAULT_LAYOUT",
    "FIELD_NAMES",
    "IDENTIFIER_COLUMNS",
    "LAYOUT_V1",
    "LAYOUT_V2",
    "EncodedRecord",
    "Extract",
    "FieldLayout",
    "LinkageIdentifiers",
    "LinkageLayout",
    "ProgressCallback",
    "dice_similarity",
    "encode_identifier_batch",
    "encode_identifiers",
    "fold_phonetically",
    "key_check_value",
    "layout_for_version",
    "read_extract",
    "read_identifiers_csv",
    "romanize_name",
    "write_extract",
]
