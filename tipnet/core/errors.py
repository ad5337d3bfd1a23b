"""The one exception tree of tipnet.

Every error the core raises derives from :class:`TipnetError`. The web layer maps
each class to a stable ``code`` and a translated message; users never see a traceback.

::

    TipnetError
    ├── ValidationError            bad input; names the field (and row, for imports)
    │   ├── ImportRowsError        an import failed; carries every row/field error
    │   └── EstimationInputError   a capture-history table is unusable
    ├── ConfigurationError         the deployment is mis-configured (e.g. a missing key)
    ├── CryptoError                a ciphertext could not be authenticated or unwrapped
    ├── PermissionDeniedError      the acting user may not perform the action
    ├── NotFoundError              the record does not exist *for this viewer*
    ├── AuditIntegrityError        the audit chain has been altered or truncated
    ├── EstimationError            a model could not be fitted or selected
    └── LinkageError               encodings cannot be compared (layout, secret, input)
"""

from __future__ import annotations

from dataclasses import dataclass


class TipnetError(Exception):
    """Base class of every error tipnet raises on purpose."""

    code = "error"


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field, optionally in one row of an import.

    Attributes:
        field: the field name as the user knows it (an HTCDS column name for imports).
        message: an English sentence; the web layer translates by ``code``.
        code: a stable machine-readable code such as ``"unknown_choice"``.
        row: 1-based data row number for imports (header is row 0), else ``None``.
    """

    field: str
    message: str
    code: str = "invalid"
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}field {self.field}: {self.message}"


class ValidationError(TipnetError):
    """Input broke a rule; carries the offending field (and row)."""

    code = "invalid"

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems: tuple[FieldProblem, ...] = (
            (problems,) if isinstance(problems, FieldProblem) else tuple(problems)
        )
        super().__init__("; ".join(str(problem) for problem in self.problems))


class ImportRowsError(ValidationError):
    """An import was refused as a whole; every row/field problem is listed."""

    code = "import_rejected"


class EstimationInputError(ValidationError):
    """A capture-history table cannot be used for estimation."""

    code = "estimation_input"


class ConfigurationError(TipnetError):
    """The deployment is mis-configured, for example a missing or malformed key."""

    code = "configuration"


class CryptoError(TipnetError):
    """Encrypted data could not be decrypted or authenticated."""

    code = "crypto"


class PermissionDeniedError(TipnetError):
    """The acting user may not perform this action."""

    code = "permission_denied"


class NotFoundError(TipnetError):
    """The record does not exist, or does not exist for this viewer."""

    code = "not_found"


class AuditIntegrityError(TipnetError):
    """The audit log's hash chain does not verify."""

    code = "audit_integrity"


class EstimationError(TipnetError):
    """A population estimate could not be produced."""

    code = "estimation"


class LinkageError(TipnetError):
    """Linkage encodings cannot be produced or compared."""

    code = "linkage"
