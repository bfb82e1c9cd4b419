"""The systemd units parse, and keep the kiosk promises (restart always, dedicated user,
auto-login on tty1, no console switching under cage)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

UNITS = ["kiosk.service", "kiosk-sway.service"]


@pytest.mark.parametrize("unit", [*UNITS, "kiosk-sync.service"])
def test_unit_is_valid_for_systemd(unit: str, tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    copy = tmp_path / unit
    shutil.copy(ROOT / "packaging" / "linux" / unit, copy)
    proc = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    complaints = [
        line
        for line in (proc.stdout + proc.stderr).splitlines()
        # The counter and the compositors are not installed on a build machine.
        if line.strip() and "is not executable" not in line
    ]
    assert complaints == []


@pytest.mark.parametrize("unit", UNITS)
def test_unit_keeps_the_kiosk_promises(unit: str) -> None:
    text = (ROOT / "packaging" / "linux" / unit).read_text(encoding="utf-8")
    for line in ("Restart=always", "User=kiosk", "PAMName=login", "TTYPath=/dev/tty1"):
        assert line in text
    assert "Conflicts=getty@tty1.service" in text.replace(" kiosk.service", "")
    if unit == "kiosk.service":
        exec_start = next(x for x in text.splitlines() if x.startswith("ExecStart="))
        assert "cage" in exec_start and " -s" not in exec_start


def test_delivery_unit_runs_as_the_service_user_and_always_restarts() -> None:
    text = (ROOT / "packaging" / "linux" / "kiosk-sync.service").read_text(encoding="utf-8")
    for line in (
        "User=kiosk",
        "Restart=always",
        "ExecStart=/opt/kiosk/current/kiosk sync",
        "Environment=KIOSK_CONFIG=/etc/kiosk/kiosk.toml",
        "KillSignal=SIGTERM",  # the delivery in flight finishes first
    ):
        assert line in text


@pytest.mark.parametrize("unit", UNITS)
def test_touch_screen_size_comes_from_the_configuration(unit: str) -> None:
    """The units pass the configuration on (KIOSK_CONFIG) and name the setting, never a fixed
    size that would hide the file's."""
    text = (ROOT / "packaging" / "linux" / unit).read_text(encoding="utf-8")
    assert "Environment=KIOSK_CONFIG=/etc/kiosk/kiosk.toml" in text
    assert "[counter] screen_inches" in text
    assert "\nEnvironment=KIOSK_COUNTER_SCREEN_INCHES" not in text
