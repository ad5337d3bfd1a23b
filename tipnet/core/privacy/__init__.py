"""Privacy primitives: key handling, field encryption, blind indexes, audit hash chain.

Pure Python (no Django). The web layer stores what these functions return and calls
them at its boundaries (DESIGN.md, "Privacy model").

Keys::

    TIPNET_DEPLOYMENT_KEY (outside the database)
      ├── wraps each organisation's data key      (wrap_data_key / unwrap_data_key)
      │     ├── field encryption subkey           (FieldCipher)
      │     └── blind index subkey                (BlindIndexer)
      └── audit chain subkey                      (derive_audit_key)
"""

from tipnet.core.privacy.audit_chain import (
    GENESIS_HASH,
    AuditEntry,
    ChainProblem,
    ChainVerification,
    compute_entry_hash,
    derive_audit_key,
    verify_chain,
)
from tipnet.core.privacy.blind_index import BlindIndexer, name_tokens, normalize_for_index
from tipnet.core.privacy.fields import FieldCipher
from tipnet.core.privacy.keys import (
    DATA_KEY_BYTES,
    DeploymentKey,
    derive_subkey,
    encode_deployment_key,
    generate_data_key,
    load_deployment_key,
    unwrap_data_key,
    wrap_data_key,
)

__all__ = [
    "DATA_KEY_BYTES",
    "GENESIS_HASH",
    "AuditEntry",
    "BlindIndexer",
    "ChainProblem",
    "ChainVerification",
    "DeploymentKey",
    "FieldCipher",
    "compute_entry_hash",
    "derive_audit_key",
    "derive_subkey",
    "encode_deployment_key",
    "generate_data_key",
    "load_deployment_key",
    "name_tokens",
    "normalize_for_index",
    "unwrap_data_key",
    "verify_chain",
    "wrap_data_key",
]
