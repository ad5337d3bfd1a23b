"""Shared synthetic networks (generated once per session: they are read-only)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tipnet.core.synthetic import SyntheticNetwork, generate_network

EXTENSION_VALUES: dict[str, frozenset[str]] = {
    # From the tipnet flat exchange-format specification (extension picklists).
    "ext_MigrationStatus": frozenset(
        {"RegularMigrant", "IrregularMigrant", "NotAMigrant", "Unknown"}
    ),
    "ext_ProtectionStatus": frozenset(
        {
            "NotApplied",
            "AsylumSeeker",
            "RecognisedRefugee",
            "SubsidiaryProtection",
            "Stateless",
            "Rejected",
            "Unknown",
        }
    ),
    "hte_Type": frozenset({"Return", "ReTrafficking"}),
}


@pytest.fixture(scope="session")
def network() -> SyntheticNetwork:
    """The default network for seed 7 with some list dependence (so referrals abound)."""
    return generate_network(seed=7, people=3000, list_dependence=0.3)


@pytest.fixture(scope="session")
def case_rows(network: SyntheticNetwork) -> list[dict[str, str]]:
    """Every case row of every organisation."""
    return [row for rows in network.case_rows.values() for row in rows]


@pytest.fixture(scope="session")
def picklist_values(reference_dir: Path) -> dict[str, frozenset[str]]:
    """Allowed value names per column: HTCDS 2.0 picklists plus tipnet's extensions."""
    values: dict[str, set[str]] = {}
    with (reference_dir / "htcds" / "htcds_v2_picklist_values.csv").open(encoding="utf-8") as file:
        for record in csv.DictReader(file):
            values.setdefault(record["field_name_with_prefix"], set()).add(record["value_name"])
    for column, extension in EXTENSION_VALUES.items():
        values.setdefault(column, set()).update(extension)
    return {column: frozenset(names) for column, names in values.items()}
