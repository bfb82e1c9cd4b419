"""The raw code lists (``forms/data/codes.json``), loaded once.

Kept apart from :mod:`forms.codes` so that the model itself can read the lists (a field's
published description names its codes from here) without an import cycle: this module imports
nothing of ours.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["codes_of", "raw_code_data"]


@cache
def raw_code_data() -> dict[str, Any]:
    """The whole of ``codes.json`` as parsed JSON."""
    text = resources.files("forms").joinpath("data/codes.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def codes_of(key: str) -> dict[str, str]:
    """Code → name of one list (``zokugara``, ``kubun_30_45`` …)."""
    return dict(raw_code_data()[key]["codes"])
