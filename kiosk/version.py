"""The counter's version as people read it: the package version plus the frozen build's stamp.

The frozen build (PyInstaller) carries a ``build-info.json`` written by the build script; the
staff console's status bar, ``kiosk --version``, ``kiosk doctor`` and support bundles show it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import kiosk


def build_info() -> dict[str, str]:
    """The frozen build's ``build-info.json`` (written by the build script), if any."""
    base = Path(getattr(sys, "_MEIPASS", "")) if getattr(sys, "frozen", False) else None
    if base is None:
        return {}
    try:
        data = json.loads((base / "build-info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def version_label() -> str:
    """The counter's version in one line, as the staff console and support show it."""
    info = build_info()
    label = f"書かない窓口 {kiosk.__version__}"
    if info.get("commit"):
        built = info.get("built_at", "")[:10]
        label += f" (build {info['commit']}{' ' + built if built else ''})"
    return label
