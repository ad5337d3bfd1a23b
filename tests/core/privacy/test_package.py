"""The privacy package is pure Python and exports the agreed names."""

from __future__ import annotations

import subprocess
import sys

from tipnet.core import privacy


def test_importing_the_privacy_package_does_not_load_django() -> None:
    probe = "import sys, tipnet.core.privacy; print('django' in sys.modules)"
    completed = subprocess.run(  # noqa: S603 - fixed interpreter and fixed code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "False"


def test_every_exported_name_exists() -> None:
    assert all(hasattr(privacy, name) for name in privacy.__all__)
    assert {"FieldCipher", "BlindIndexer", "verify_chain", "load_deployment_key"} <= set(
        privacy.__all__
    )
