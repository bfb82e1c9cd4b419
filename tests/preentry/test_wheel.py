"""The pre-entry page ships in the wheel: its static files, its own translation sources and the
resident screens' sources it takes the tablet's wording from (the frozen build's share of this
is checked by packaging/smoke-test.sh)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_carries_the_page(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    page = "kiosk/app/preentry_web/"
    for name in ("index.html", "app.js", "style.css", "qrcode.js", "qrcode.LICENSE.txt"):
        assert page + "static/" + name in names
    for code in ("en", "vi", "ja_easy", "ne"):
        assert f"{page}translations/preentry_{code}.ts" in names
        assert f"ui/resident/translations/resident_{code}.ts" in names
    assert "kiosk/migrations/versions/0004_tenshutsu_info.py" in names
