"""The core is pure Python: importing all of it loads no Django."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tipnet.core

PROBE = """
import importlib, pkgutil, sys
import tipnet.core
for module in pkgutil.walk_packages(tipnet.core.__path__, "tipnet.core."):
    importlib.import_module(module.name)
loaded = sorted(name for name in sys.modules if name == "django" or name.startswith("django."))
print(",".join(loaded))
"""


def test_importing_the_whole_core_does_not_load_django() -> None:
    root = Path(tipnet.core.__file__).resolve().parents[2]
    result = subprocess.run(  # noqa: S603  # fixed interpreter and probe text
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
        env={"PATH": "", "PYTHONPATH": str(root)},
    )
    assert result.stdout.strip() == ""
