"""取消 with a coded reason, 関連手続 marked done at the desk, and a day view that accounts for
every 受付番号 handed out — driven through the console against a real database."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import workflow
from kiosk.staff_service import CANCEL_REASONS, Refused, StaffService
from kiosk.status import Status
from tests.staff.conftest import Shots, family_tennyu, file_notification, login


def row_of(window: Any, label: str) -> int:
    return next(i for i, r in enumerate(window.vm.queue.rows) if r.label == label)


def test_cancel_needs_a_coded_reason_and_is_audited_by_code(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    shots: Shots,
) -> None:
    n = family_tennyu()
    label = file_notification(staff_storage, n)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    QTest.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert label in dialog.windowTitle()
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason chosen: refused, still open
    assert dialog.isVisible() and "取消理由" in dialog.error.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("resident_withdrew"))
    shots(window, "cancel-dialog")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vm.review.status is Status.CANCELLED)
    assert window.status_text.startswith(f"{label}: 取消しました")
    assert f"取消理由: {CANCEL_REASONS['resident_withdrew']}" in window.review.sub.text()
    assert not window.review.approve_button.isEnabled()
    shots(window, "cancelled")
    trail = [(a, json.loads(d)) for _at, _who, a, d in service.audit_trail(n.id)]
    assert ("cancel_reason", {"reason": "resident_withdrew"}) in trail
    cancel = next(d for a, d in trail if a == "cancel")
    assert cancel["to"] == "cancelled" and "reason" not in cancel  # no free text in the log
    # An unknown code is refused by the service itself.
    other = family_tennyu()
    file_notification(staff_storage, other)
    review = service.review(window.vm.user, other.id)
    with pytest.raises(Refused, match="取消理由を選んでください"):
        service.cancel(window.vm.user, other.id, "because", expected_version=review.version)


def test_related_procedures_are_marked_done_at_the_desk(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    colleague: Any,
    shots: Shots,
) -> None:
    n = family_tennyu()
    file_notification(staff_storage, n)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    window.approve_current()
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    related = window.review.related
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(related.hasFocus)
    related.selectRow(1)
    second = window.vm.related.rows[1]
    QTest.keyClick(related, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.vm.related.rows[1].done)
    model = window.vm.related
    assert model.data(model.index(1, 0)) == "■ 済"
    assert model.data(model.index(0, 0)) == "□ 未"
    assert window.status_text == f"{window.vm.review.label}: {second.name}を済にしました"
    shots(window, "related-done")
    # Another desk sees the mark; the approved data itself is not changed.
    marks = {r.code: r.done for r in service.review(colleague, n.id).related}
    assert marks[second.code] and not marks[window.vm.related.rows[0].code]
    with staff_storage.reader() as s:
        assert not any(r.done for r in workflow.load(s, n.id).related)
    trail = [(a, json.loads(d)) for _at, _who, a, d in service.audit_trail(n.id)]
    assert ("related_done", {"code": second.code}) in trail
    # Space again undoes it, also audited.
    QTest.keyClick(related, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.vm.related.rows[1].done)
    trail = [(a, json.loads(d)) for _at, _who, a, d in service.audit_trail(n.id)]
    assert ("related_undone", {"code": second.code}) in trail
    with pytest.raises(Refused, match="関連手続はありません"):
        service.mark_related(colleague, n.id, "no-such-procedure")


def test_the_day_accounts_for_every_number_handed_out(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    colleague: Any,
    shots: Shots,
) -> None:
    """1-001 approved, 1-002 cancelled, 1-003 returned, reopened and then wiped when the
    resident walked away: the day still lists all three numbers."""
    notes = [family_tennyu() for _ in range(3)]
    labels = [file_notification(staff_storage, n) for n in notes]
    assert labels == ["1-001", "1-002", "1-003"]
    first, second, third = (n.id for n in notes)
    r = service.open(colleague, first)
    service.approve(colleague, first, expected_version=r.version)
    r = service.review(colleague, second)
    service.cancel(colleague, second, "duplicate", expected_version=r.version)
    r = service.open(colleague, third)
    r = service.return_(colleague, third, "署名をお願いします", expected_version=r.version)
    service.reopen(colleague, third, expected_version=r.version)
    with staff_storage.transaction() as s:
        assert workflow.wipe_draft(
            s, third, actor=workflow.Actor.resident(uuid.uuid4(), "t1"), reason="idle"
        )

    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    QTest.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    day = window.vm.day
    assert day.handed_out == 3
    assert [(row.label, row.status) for row in day.numbers] == [
        ("1-001", Status.APPROVED),
        ("1-002", Status.CANCELLED),
        ("1-003", None),
    ]
    numbers = window.vm.numbers
    states = [numbers.data(numbers.index(i, 3)) for i in range(numbers.rowCount())]
    assert states == ["本登録", "取消", "記録なし（入力中に破棄）"]
    assert window.day.figures["handed_out"].text() == "3件"
    counts = window.day.counts.text()
    assert "状態 取消: 1件" in counts and "状態 本登録: 1件" in counts
    assert sum(day.counts_by_status.values()) == day.handed_out
    shots(window, "day")
