"""The IT documentation stays true: the configuration reference is generated from the model."""

from __future__ import annotations

import subprocess
import sys

from tests.packaging.conftest import ROOT


def test_configuration_reference_is_up_to_date() -> None:
    generated = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "gen_config_docs.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    committed = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert committed == generated, (
        "docs/configuration.md is stale: run "
        ".venv/bin/python packaging/gen_config_docs.py > docs/configuration.md"
    )


def test_configuration_reference_names_every_key_and_its_variable() -> None:
    from kiosk.config import SECTIONS

    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for section_name, section in SECTIONS.items():
        assert f"## `[{section_name}]`" in text
        for key in section.model_fields:
            assert f"`KIOSK_{section_name.upper()}_{key.upper()}`" in text
