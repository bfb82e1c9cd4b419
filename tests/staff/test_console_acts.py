"""The console acts on what the clerk sees: the row highlighted is the notification shown, each
action names its 受付番号, 注意 are acknowledged before approval, refusals are one Japanese line,
nothing a clerk reads is cut, and times are the counter's, never UTC."""

from __future__ import annotations

import html
import re
import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from kiosk import workflow
from kiosk.staff_service import NeedsAcknowledgement, StaffService
from kiosk.status import Status
from tests.staff.conftest import (
    PASSWORD,
    Shots,
    add_staff,
    family_tennyu,
    file_notification,
    login,
    today,
    totp,
)

JST = ZoneInfo("Asia/Tokyo")
CTRL = Qt.KeyboardModifier.ControlModifier


def shown(window: Any) -> str:
    """The 受付番号 in the review pane's header."""
    return str(window.review.header.text()).split("　")[0]


def highlighted(window: Any) -> list[str]:
    """The 受付番号 of the queue rows the clerk sees highlighted."""
    rows = {i.row() for i in window.queue.selectionModel().selectedRows()}
    return [window.vm.queue.rows[r].label for r in sorted(rows)]


def row_of(window: Any, label: str) -> int:
    return next(i for i, r in enumerate(window.vm.queue.rows) if r.label == label)


def a_draft(storage: Any, terminal: str = "t1") -> uuid.UUID:
    """An unfinished notification a resident handed over (入力中, no 受付番号 yet)."""
    n = family_tennyu()
    n.filer.signature.strokes = []
    with storage.transaction() as s:
        workflow.create_draft(
            s, n, actor=workflow.Actor.resident(uuid.uuid4(), terminal), counter="1"
        )
    return n.id


def approved_and_delivered(storage: Any, service: StaffService, user: Any) -> str:
    n = family_tennyu()
    label = file_notification(storage, n)
    review = service.open(user, n.id)
    service.approve(user, n.id, expected_version=review.version)
    with storage.transaction() as s:
        workflow.mark_delivered(s, n.id, "BO-1")
    return label


def test_the_row_highlighted_is_the_notification_shown_and_acted_on(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    colleague: Any,
    staff_storage: Any,
    service: StaffService,
    shots: Shots,
) -> None:
    done = approved_and_delivered(staff_storage, service, colleague)  # 1-001 送信済
    waiting = family_tennyu()
    waiting_label = file_notification(staff_storage, waiting)  # 1-002 確認済
    draft = a_draft(staff_storage)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    labels = [r.label for r in window.vm.queue.rows]
    draft_label = f"入力中-{str(draft)[:4]}"
    assert labels == [waiting_label, draft_label, done]
    # The queue, focused, highlights its first row: the pane shows that one (looked at only).
    qtbot.waitUntil(lambda: window.vm.review is not None)
    assert highlighted(window) == [waiting_label] == [shown(window)]
    assert window.vm.review.status is Status.CONFIRMED

    # A click shows that notification; moving the highlight shows the next one.
    rect = window.queue.visualRect(window.vm.queue.index(row_of(window, done), 0))
    QTest.mouseClick(window.queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: shown(window) == done)
    assert highlighted(window) == [done] and window.vm.review.status is Status.DELIVERED
    shots(window, "delivered-shown")
    window.queue.setFocus()
    QTest.keyClick(window.queue, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: shown(window) == draft_label)
    assert highlighted(window) == [draft_label]
    shots(window, "draft-shown")
    # The draft cannot be approved: the refusal names it, and nothing else is approved.
    assert not window.review.approve_button.isEnabled()
    assert draft_label in window.review.approve_button.text()
    QTest.keyClick(window, Qt.Key.Key_Return, CTRL)
    assert window.status_text.startswith(f"！ {draft_label}: 承認できません")
    QTest.keyClick(window.queue, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: shown(window) == waiting_label)
    # Looked at, not taken: another desk may still take it.
    assert window.vm.review.status is Status.CONFIRMED

    # A new arrival reorders the queue: the highlight stays on what the pane shows.
    file_notification(staff_storage, family_tennyu())
    window.vm.refresh_queue()
    assert len(window.vm.queue.rows) == 4
    assert highlighted(window) == [waiting_label] and shown(window) == waiting_label

    # Ctrl+Enter approves exactly what is shown and highlighted, and says which it was.
    assert f"承認・本登録 {waiting_label}" in window.review.approve_button.text()
    QTest.keyClick(window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    assert window.vm.review.label == waiting_label
    assert window.status_text == f"{waiting_label}: 承認しました（本登録・送信待ち）"
    assert highlighted(window) == [waiting_label]
    shots(window, "approved-the-one-shown")
    states = {r.label: r.status for r in window.vm.queue.rows}
    assert states[draft_label] is Status.DRAFT and states[done] is Status.DELIVERED


def test_approval_with_alerts_lists_them_for_an_explicit_acknowledgement(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    colleague: Any,
    staff_storage: Any,
    service: StaffService,
    shots: Shots,
) -> None:
    n = family_tennyu(late=True, gaiji=True)
    label = file_notification(staff_storage, n)
    # The service itself refuses an approval that has not acknowledged every 注意.
    review = service.open(colleague, n.id, take=False)
    with pytest.raises(NeedsAcknowledgement) as refused:
        service.approve(colleague, n.id, expected_version=review.version)
    assert set(refused.value.codes) == {"late_filing", "non_jis_char"}
    assert "届出期間経過" in str(refused.value)
    with pytest.raises(NeedsAcknowledgement):
        service.approve(
            colleague, n.id, expected_version=review.version, acknowledged=["late_filing"]
        )

    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: shown(window) == label)
    QTest.keyClick(window, Qt.Key.Key_Return, CTRL)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert label in dialog.windowTitle() and label in dialog.ok.text()
    listed = dialog.listing.text()
    assert "届出期間経過" in listed and "外字" in listed and "𠮷" in listed
    assert not dialog.ok.isEnabled()  # nothing is approved before the box is ticked
    shots(window, "acknowledge-before")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.vm.review.status is Status.REVIEWING

    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Return, CTRL)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    QTest.keyClick(dialog.checked, Qt.Key.Key_Space)
    assert dialog.ok.isEnabled()
    shots(window, "acknowledge-ticked")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    trail = [(a, d) for _at, _who, a, d in service.audit_trail(n.id)]
    acknowledged = [d for a, d in trail if a == "acknowledge"]
    assert len(acknowledged) == 1 and "late_filing" in acknowledged[0]
    assert "non_jis_char" in acknowledged[0]
    shots(window, "approved")


def _mean_colour(widget: Any) -> tuple[int, int, int]:
    image = widget.grab().toImage()
    total = [0, 0, 0]
    count = 0
    for x in range(2, image.width() - 2, 3):
        for y in range(2, image.height() - 2, 3):
            c = image.pixelColor(x, y)
            total[0] += c.red()
            total[1] += c.green()
            total[2] += c.blue()
            count += 1
    r, g, b = total
    return (r // count, g // count, b // count)


def test_approve_and_return_look_different_and_are_apart(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    file_notification(staff_storage, family_tennyu())
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.review.approve_button.isEnabled())
    pane = window.review
    approve, back, cancel = pane.approve_button, pane.return_button, pane.cancel_button
    assert back.isEnabled() and cancel.isEnabled()
    a, r = _mean_colour(approve), _mean_colour(back)
    assert sum(abs(x - y) for x, y in zip(a, r, strict=True)) > 150, (a, r)
    assert a[1] > a[0] and a[1] > a[2]  # the approval is the green one
    left = approve.mapTo(window, approve.rect().topLeft()).x()
    right_of_return = back.mapTo(window, back.rect().topRight()).x()
    right_of_cancel = cancel.mapTo(window, cancel.rect().topRight()).x()
    # Other actions stand between 承認 and the buttons that end a review the other way.
    assert left - max(right_of_return, right_of_cancel) > 2 * pane.edit_button.width()
    edit_x = pane.edit_button.mapTo(window, pane.edit_button.rect().center()).x()
    assert right_of_return < edit_x < left
    shots(window, "buttons")


def test_refusals_are_one_japanese_line_and_the_status_bar_follows_the_pane(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    shots: Shots,
) -> None:
    first, second = family_tennyu(), family_tennyu()
    first_label = file_notification(staff_storage, first)
    second_label = file_notification(staff_storage, second)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(row_of(window, first_label))
    qtbot.waitUntil(lambda: shown(window) == first_label)
    seen_version = window.vm.review.version
    # Another desk corrects it meanwhile (this desk has not refreshed yet).
    other = StaffService(service.config, staff_storage, terminal="desk-2")
    secret = add_staff(staff_storage, "suzuki", ["審査"], "鈴木")
    suzuki = other.login("suzuki", PASSWORD, totp(secret))
    other.edit(
        suzuki, first.id, "persons.1.name.given", "華子",
        reason="resident_request", expected_version=seen_version,
    )  # fmt: skip
    QTest.keyClick(window, Qt.Key.Key_Return, CTRL)
    text = window.status_text
    assert text.startswith(f"！ {first_label}: ほかの職員か住民の方が先に変更しました")
    assert "\n" not in text and not re.search(r"[A-Za-z]{3,}", text), text
    assert window.vm.review.status is Status.REVIEWING  # not approved …
    assert window.vm.review.version > seen_version  # … and the pane shows the latest
    assert any(r.value == "華子" for r in window.vm.rows)
    shots(window, "changed-meanwhile")

    # A value that does not fit its field: one line naming the field.
    pane = window.review
    index = next(i for i, r in enumerate(pane.rows) if r.path == "persons.0.birth_date")
    pane.fields.setFocus()
    pane.fields.selectRow(index)
    QTest.keyClick(pane.fields, Qt.Key.Key_F2)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert first_label in dialog.windowTitle()
    dialog.value.clear()
    dialog.value.insert("昭和九十年")
    dialog.reason.setCurrentIndex(dialog.reason.findData("input_error"))
    QTest.keyClick(dialog.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "生年月日" in window.status_text)
    text = window.status_text
    assert text.startswith(f"！ {first_label}: 異動者1・生年月日: 日付として読めません")
    assert not re.search(r"[A-Za-z]{3,}", text), text

    # Another notification shown: nothing said about the first one stays on the bar.
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.setFocus()
    window.queue.selectRow(row_of(window, second_label))
    qtbot.waitUntil(lambda: shown(window) == second_label)
    assert first_label not in window.status_text
    assert window.status_text == f"{second_label} を表示しています"
    shots(window, "other-shown")


def test_findings_and_related_procedures_are_never_cut(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    n = family_tennyu(late=True, gaiji=True)
    n.persons[3].name.given_kana = ""  # one more finding
    file_notification(staff_storage, n)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    pane = window.review

    def findings_whole() -> bool:
        label = pane.findings
        return label.height() >= label.heightForWidth(label.width())

    def related_whole() -> bool:
        view = pane.related
        model = view.model()
        metrics = QFontMetrics(view.font())
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                text = str(model.data(model.index(r, c)))
                width = view.columnWidth(c) - 8
                needed = metrics.boundingRect(
                    QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
                ).height()
                if view.rowHeight(r) < needed:
                    return False
        return True

    qtbot.waitUntil(findings_whole)
    assert len(window.vm.review.findings) >= 3
    shown_text = html.unescape(pane.findings.text())
    for finding in window.vm.review.findings:
        assert finding.message in shown_text
    assert pane.related.textElideMode() == Qt.TextElideMode.ElideNone
    qtbot.waitUntil(related_whole)
    shots(window, "wide")
    # Narrower: the reasons wrap onto more lines and the rows grow with them.
    heights = [pane.related.rowHeight(r) for r in range(pane.related.model().rowCount())]
    pane.related.setColumnWidth(1, 360)  # the clerk drags the 手続 column wider
    qtbot.waitUntil(lambda: related_whole() and findings_whole())
    after = [pane.related.rowHeight(r) for r in range(pane.related.model().rowCount())]
    assert sum(after) > sum(heights)
    # A refresh (a procedure marked done) keeps the rows whole.
    window.vm.mark_related(window.vm.review.related[0].code, True)
    qtbot.waitUntil(lambda: related_whole() and findings_whole())
    shots(window, "narrow")


def test_times_are_the_counters_never_utc(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    staff_config: Any,
    shots: Shots,
) -> None:
    """Filed at 08:30 in Japan (23:30 UTC the day before): the desk says 08:30 everywhere."""
    filed = datetime.combine(today(), time(8, 30), tzinfo=JST).astimezone(UTC)
    n = family_tennyu()
    with staff_storage.transaction() as s:
        actor = workflow.Actor.resident(uuid.uuid4(), "t1")
        workflow.create_draft(s, n, actor=actor, counter="1", now=filed - timedelta(minutes=4))
        workflow.confirm(s, n.id, actor=actor, now=filed, tz=staff_config.tz)
    pinned = StaffService(
        staff_config, staff_storage, terminal="desk-1", now=lambda: filed + timedelta(minutes=12)
    )
    console = make_console(pinned, live=False)
    window = login(qtbot, console, reviewer_secret, shots, at=pinned.now())
    model = window.vm.queue
    assert model.data(model.index(0, 1)) == "08:30"
    assert model.data(model.index(0, 4)) == "12分00秒"
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    assert "受付 08:30" in window.review.sub.text()
    approve = window.review.approve_button
    qtbot.waitUntil(approve.isEnabled)
    QTest.keyClick(window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    assert "本登録 08:42" in window.review.sub.text()
    QTest.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    numbers = window.vm.numbers
    assert numbers.data(numbers.index(0, 1)) == "08:30"
    texts = [window.review.sub.text(), window.day.title.text()]
    texts += [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert not any("23:" in t for t in texts), texts
    assert f"{today().month}月{today().day}日" in window.day.title.text()
    shots(window, "day-local-times")
