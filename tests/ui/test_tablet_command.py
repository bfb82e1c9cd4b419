"""``kiosk tablet`` opens the resident screens full-screen against the configured database."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.app.cli import main
from tests.fixtures.logs import written


def test_tablet_shows_the_welcome_screen_full_screen(
    qapp: Any, fonts: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_FORMS_LANGUAGES", "ja,en,vi")
    # A reader no card is in: pcscd is shared, and a card another test left in a virtual slot
    # would take the screens straight to the PIN pad.
    monkeypatch.setenv("KIOSK_COUNTER_READER", "No such reader 00 00")
    seen: list[tuple[str, bool, str, int]] = []

    def look() -> None:
        if seen:
            return
        QTimer.singleShot(200, look)  # until the window is up (quit ends the run anyway)
        for window in QGuiApplication.topLevelWindows():
            if window.title() == "書かない窓口" and window.isVisible():
                vm = window.rootContext().contextProperty("vm")  # type: ignore[attr-defined]
                seen.append(
                    (
                        window.rootObject().objectName(),  # type: ignore[attr-defined]
                        bool(window.windowStates() & Qt.WindowState.WindowFullScreen),
                        vm.screen,
                        len(vm.languages),
                    )
                )

    QTimer.singleShot(300, look)
    # A reader of its own (not plugged in): a card another test run put on a virtual reader of
    # this machine must not start a visit here.
    reader = ["--reader", "Tablet Test Reader 00 00"]
    assert main(["tablet", *reader, "--quit-after", "4", "--screen-inches", "15.6"]) == 0
    assert seen == [("residentRoot", True, "welcome", 3)]
    assert (tmp_path / "data" / "kiosk.sqlite3").exists()
    # IT reads from the log how long the start took: the welcome screen first, then the core.
    log = written(tmp_path / "data" / "logs" / "tablet.log")
    drawn = re.search(r"resident screens: welcome screen drawn \d+ ms after start", log)
    ready = re.search(r"resident screens: ready for a card \d+ ms after start", log)
    assert drawn and ready and drawn.start() < ready.start(), log[-2000:]


def test_tablet_says_in_one_line_when_its_database_cannot_be_opened(
    qapp: Any,
    fonts: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The welcome screen comes before the database is opened: when it cannot be, the screens
    close and the command says why in one line, with no traceback."""
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/kiosk")
    reader = ["--reader", "Tablet Test Reader 00 00"]
    status = main(["tablet", *reader, "--quit-after", "30", "--screen-inches", "15.6"])
    err = capsys.readouterr().err
    assert status != 0
    assert "kiosk: cannot open the database" in err
    assert "Traceback" not in err
    assert not QGuiApplication.topLevelWindows() or not any(
        w.isVisible() and w.title() == "書かない窓口" for w in QGuiApplication.topLevelWindows()
    )
