"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent


def reference_directory() -> Path:
    """The shared reference folder: $TIPNET_REFERENCE_DIR or ../shared/reference."""
    configured = os.environ.get("TIPNET_REFERENCE_DIR")
    if configured:
        return Path(configured)
    return REPOSITORY_ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    """Path of the read-only reference data; fails loudly when it is missing."""
    path = reference_directory()
    if not (path / "README.md").is_file():
        pytest.fail(f"Reference data not found at {path}; set TIPNET_REFERENCE_DIR.")
    return path
