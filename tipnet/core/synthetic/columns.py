"""Columns and extension values the synthetic generator writes.

The column lists are the exchange format's own (``tipnet.core.standard.exchange``), so the
generator and the importer cannot drift apart.
"""

from __future__ import annotations

from tipnet.core.standard.exchange import CASE_COLUMNS, EVENT_COLUMNS
from tipnet.core.standard.vocabulary import MigrationStatus, ProtectionStatus, TraffickingEventType

__all__ = [
    "CASE_COLUMNS",
    "EVENT_COLUMNS",
    "EVENT_TYPES",
    "MIGRATION_STATUSES",
    "PROTECTION_STATUSES",
    "empty_case_row",
    "empty_event_row",
]

EVENT_TYPES: tuple[str, ...] = tuple(member.value for member in TraffickingEventType)
"""``hte_Type`` values: HTCDS 2.0 plus tipnet's Return and ReTrafficking."""

MIGRATION_STATUSES: tuple[str, ...] = tuple(member.value for member in MigrationStatus)
"""``ext_MigrationStatus`` extension picklist."""

PROTECTION_STATUSES: tuple[str, ...] = tuple(member.value for member in ProtectionStatus)
"""``ext_ProtectionStatus`` extension picklist."""


def empty_case_row() -> dict[str, str]:
    """A cases-file row with every column present and blank (unknown)."""
    return dict.fromkeys(CASE_COLUMNS, "")


def empty_event_row() -> dict[str, str]:
    """An events-file row with every column present and blank (unknown)."""
    return dict.fromkeys(EVENT_COLUMNS, "")
