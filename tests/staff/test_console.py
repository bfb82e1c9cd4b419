"""The staff console driven by keyboard as a desk clerk would, against a real database."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.models import Status
from tests.staff.conftest import (
    PASSWORD,
    Shots,
    family_tennyu,
    file_notification,
    totp,
)

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen test platform cannot pass size hints to a window manager it does not have.
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def login(qtbot: Any, console: Any, secret: str, shots: Shots) -> Any:
    dialog = console.start()
    qtbot.waitExposed(dialog)
    shots(dialog, "login")
    QTest.keyClicks(dialog.login_id, "sato")
    QTest.keyClick(dialog.login_id, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.password, PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.second, totp(secret))
    QTest.keyClick(dialog.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.window is not None and console.window.isVisible())
    return console.window


def test_wrong_password_is_refused_and_audited(
    qtbot: Any, make_console: Any, reviewer_secret: str, service: Any, shots: Shots
) -> None:
    console = make_console()
    dialog = console.start()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.login_id, "sato")
    QTest.keyClicks(dialog.password, "not the password")
    QTest.keyClicks(dialog.second, totp(reviewer_secret))
    QTest.keyClick(dialog.second, Qt.Key.Key_Return)
    assert "ログインできません" in dialog.error.text()
    assert console.window is None
    assert dialog.password.text() == ""
    shots(dialog, "login-refused")
    with service.storage.transaction() as s:
        from kiosk.models import AuditEntry

        actions = [e.action for e in s.query(AuditEntry).all()]
    assert "login_failed" in actions and "login" not in actions


def test_review_shows_provenance_findings_and_gaiji(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    console = make_console()
    window = login(qtbot, console, reviewer_secret, shots)
    shots(window, "queue-empty")
    n = family_tennyu(late=True, gaiji=True)
    label = file_notification(staff_storage, n)
    # The new arrival appears without anyone pressing a key.
    qtbot.waitUntil(lambda: window.vm.queue.rowCount() == 1, timeout=3000)
    row = window.vm.queue.rows[0]
    assert row.label == label and row.status is Status.CONFIRMED
    assert "外字" in row.badges and "届出期間経過" in row.badges
    shots(window, "queue-new-arrival")
    window.queue.setFocus()
    QTest.keyClick(window.queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    review = window.vm.review
    assert review.status is Status.REVIEWING
    assert window.review.gaiji.isVisible() and "𠮷" in window.review.gaiji.text()
    assert "届出期間経過" in window.review.findings.text()
    assert window.review.approve_button.isEnabled()
    shots(window, "review")
    window.tabs.setCurrentIndex(1)
    shots(window, "day")
