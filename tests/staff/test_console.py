"""The staff console driven by keyboard as a desk clerk would, against a real database."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.models import Status
from tests.staff.conftest import (
    Shots,
    family_tennyu,
    file_notification,
    login,
    totp,
)


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
    # The desk shows which release it runs (IT and support ask for it first).
    import kiosk

    assert f"書かない窓口 {kiosk.__version__}" in window.version_label.text()
    assert window.version_label.isVisible()
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


def test_edit_with_reason_approve_and_print(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: Any,
    shots: Shots,
    tmp_path: Any,
) -> None:
    """A clerk corrects one field (reason required), approves, prints form and receipt."""
    console = make_console()
    window = login(qtbot, console, reviewer_secret, shots)
    n = family_tennyu()
    label = file_notification(staff_storage, n)
    qtbot.waitUntil(lambda: window.vm.queue.rowCount() == 1, timeout=3000)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    pane = window.review
    index = next(i for i, r in enumerate(pane.rows) if r.path == "persons.1.name.given")
    pane.fields.setFocus()
    pane.fields.selectRow(index)
    QTest.keyClick(pane.fields, Qt.Key.Key_F2)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.value.clear()
    dialog.value.insert("華子")  # as the Japanese input method commits it
    # Without a reason the correction is refused and the dialog stays open.
    QTest.keyClick(dialog.value, Qt.Key.Key_Return)
    assert dialog.isVisible() and "訂正理由" in dialog.error.text()
    shots(window, "edit-needs-reason")
    dialog.reason.setCurrentIndex(dialog.reason.findData("resident_request"))
    shots(window, "edit")
    QTest.keyClick(dialog.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r.value == "華子" for r in window.vm.rows))
    edited = next(r for r in window.vm.rows if r.path == "persons.1.name.given")
    assert edited.source == "staff"
    shots(window, "edited")

    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    assert window.vm.review.delivery is not None and window.vm.review.delivery.status == "pending"
    shots(window, "approved")
    printed = window.print_current("form")
    assert printed is not None and printed.saved_to is not None
    assert printed.saved_to.read_bytes().startswith(b"%PDF")
    assert label in printed.saved_to.name
    shots(window, "printed")

    trail = [(who, action) for _at, who, action, _d in service.audit_trail(n.id)]
    assert ("staff:sato", "edit") in trail
    assert ("staff:sato", "edit_reason") in trail
    assert ("staff:sato", "approve") in trail
    assert ("staff:sato", "print") in trail
    assert service.audit_ok()


def test_return_with_reason_then_resubmit(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    """差戻 needs a reason the resident is told; corrected at the desk, it is filed again."""
    console = make_console()
    window = login(qtbot, console, reviewer_secret, shots)
    file_notification(staff_storage, family_tennyu())
    qtbot.waitUntil(lambda: window.vm.queue.rowCount() == 1, timeout=3000)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.preset.setCurrentIndex(1)
    assert dialog.reason == "転出証明書をお持ちください"
    shots(window, "return-dialog")
    dialog.accept()
    qtbot.waitUntil(lambda: window.vm.review.status is Status.RETURNED)
    assert window.vm.review.return_reason == "転出証明書をお持ちください"
    assert "差戻理由" in window.review.sub.text()
    assert not window.review.approve_button.isEnabled()
    shots(window, "returned")

    assert window.review.reopen_button.isEnabled()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vm.review.status is Status.DRAFT)
    assert window.vm.edit("todoke.tenshutsu_shomei", "paper", "document_check")
    window.vm.resubmit()
    qtbot.waitUntil(lambda: window.vm.review.status is Status.CONFIRMED)
    resubmitted = window.vm.review.label
    window.vm.open(window.vm.review.id)
    qtbot.waitUntil(lambda: window.vm.review.status is Status.REVIEWING)
    window.approve_current()
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    assert window.vm.review.label == resubmitted
    shots(window, "resubmitted-approved")


def test_pairing_wrong_and_expired_codes(
    qtbot: Any, make_console: Any, reviewer_secret: str, service: Any, shots: Shots
) -> None:
    """A desk pairs with a tablet by its code; a wrong or expired code pairs nothing."""
    from datetime import timedelta

    console = make_console()
    window = login(qtbot, console, reviewer_secret, shots)
    expired = service.offer_code("tablet-2", ttl=timedelta(seconds=-1))
    offered = service.offer_code("tablet-1")
    wrong = f"{(int(offered.code) + 1) % 1_000_000:06d}"
    if wrong == expired.code:  # pragma: no cover - one chance in a million
        wrong = f"{(int(offered.code) + 2) % 1_000_000:06d}"

    for code, error in ((wrong, "表示している端末はありません"), (expired.code, "期限切れ")):
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        dialog = window.dialog
        qtbot.waitUntil(lambda d=dialog: d.isVisible())
        QTest.keyClicks(dialog.code, code)
        shots(window, f"pair-{'wrong' if code == wrong else 'expired'}")
        with qtbot.waitSignal(window.vm.failed) as failed:
            QTest.keyClick(dialog.code, Qt.Key.Key_Return)
        assert error in failed.args[0]
        assert window.vm.paired() == []

    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    QTest.keyClicks(dialog.code, offered.code)
    QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vm.paired() == ["tablet-1"])
    assert "tablet-1" in window.paired_label.text()
    shots(window, "paired")
    # A code is used once.
    assert window.vm.pair(offered.code) is None

    # The tablet's notifications now reach this desk's queue.
    file_notification(service.storage, family_tennyu(), terminal="tablet-1")
    qtbot.waitUntil(lambda: any(r.terminal == "tablet-1" for r in window.vm.queue.rows))

    window.vm.unpair("tablet-1")
    assert window.vm.paired() == []
    actions = [a for _at, _who, a, _d in _audit(service)]
    assert actions.count("pair_failed") == 3
    assert "pair" in actions and "unpair" in actions


def _audit(service: Any) -> list[Any]:
    from kiosk.models import AuditEntry

    with service.storage.transaction() as s:
        return [(e.at, e.actor, e.action, e.detail) for e in s.query(AuditEntry).all()]


def test_failed_delivery_is_shown_and_retried_and_the_day_counts_it(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: Any,
    shots: Shots,
) -> None:
    """送信失敗 comes first in the queue with its reason; retry queues it again (same key)."""
    from kiosk import workflow

    console = make_console()
    window = login(qtbot, console, reviewer_secret, shots)
    n = family_tennyu()
    file_notification(staff_storage, n)
    qtbot.waitUntil(lambda: window.vm.queue.rowCount() == 1, timeout=3000)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    window.approve_current()
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    # The delivery worker gives up (as sync reports it) ...
    with staff_storage.transaction() as s:
        workflow.mark_delivery_failed(s, n.id, "HTTP 503 from the back office (8 attempts)")
    # ... and the desk sees it without a key pressed.
    qtbot.waitUntil(lambda: window.vm.review.status is Status.DELIVERY_FAILED, timeout=3000)
    assert window.vm.queue.rows[0].status is Status.DELIVERY_FAILED
    assert "HTTP 503" in window.review.delivery.text()
    assert window.review.retry_button.isEnabled()
    qtbot.waitUntil(lambda: window.vm.day is not None and window.vm.day.failed_deliveries == 1)
    shots(window, "delivery-failed")
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.vm.review.status is Status.APPROVED)
    assert window.vm.review.delivery.status == "pending"
    QTest.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    day = window.vm.day
    assert day.approvals == 1 and day.pending_deliveries == 1 and day.failed_deliveries == 0
    assert day.counts_by_kind == {"転入": 1}
    assert window.day.figures["approvals"].text() == "1件"
    shots(window, "day")
    actions = [a for _at, _who, a, _d in service.audit_trail(n.id)]
    assert actions[-1] == "retry_delivery"


def test_coded_fields_are_chosen_not_typed(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    """性別 or 転出証明書 are picked from their values; the stored code follows the choice."""
    console = make_console()
    window = login(qtbot, console, reviewer_secret, shots)
    n = family_tennyu()
    file_notification(staff_storage, n)
    qtbot.waitUntil(lambda: window.vm.queue.rowCount() == 1, timeout=3000)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    pane = window.review
    index = next(i for i, r in enumerate(pane.rows) if r.path == "todoke.tenshutsu_shomei")
    pane.fields.setFocus()
    pane.fields.selectRow(index)
    QTest.keyClick(pane.fields, Qt.Key.Key_F2)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.choice.isVisible() and not dialog.value.isVisible()
    assert dialog.choice.currentText() == "紙の転出証明書"
    dialog.choice.setCurrentIndex(dialog.choice.findText("特例転入"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("document_check"))
    shots(window, "choose-tokurei")
    QTest.keyClick(dialog.choice, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.vm.review.notification.todoke.tenshutsu_shomei is not None
            and window.vm.review.notification.todoke.tenshutsu_shomei.value == "tokurei"
        )
    )
    row = next(r for r in window.vm.rows if r.path == "todoke.tenshutsu_shomei")
    assert row.value == "特例転入" and row.source == "staff"


def test_printing_paints_every_page_of_the_form(
    qtbot: Any, fonts: None, service: Any, reviewer: Any, staff_storage: Any, tmp_path: Any
) -> None:
    """The stored form goes to a printer page by page (here Qt's PDF printer stands in for a
    real one: the same painting path)."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from ui.staff.printing import render_to_printer

    n = family_tennyu()
    file_notification(staff_storage, n)
    review = service.open(reviewer, n.id)
    service.approve(reviewer, n.id, expected_version=review.version)
    form = service.output(reviewer, n.id, "form")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    printer.setResolution(150)
    render_to_printer(form.pdf, printer)
    pages_in = len(PdfReader(io.BytesIO(form.pdf)).pages)
    assert len(PdfReader(str(target)).pages) == pages_in >= 1
    assert target.stat().st_size > 10_000  # the pages carry the rendered form, not blanks


def test_an_idle_desk_locks_itself(
    qtbot: Any, make_console: Any, reviewer_secret: str, service: Any, shots: Shots
) -> None:
    """Left alone, the desk closes on personal data and asks for a login again (audited)."""
    console = make_console(idle_seconds=1.0)
    login(qtbot, console, reviewer_secret, shots)
    qtbot.waitUntil(lambda: console.window is None, timeout=10000)
    qtbot.waitUntil(lambda: console.login is not None and console.login.isVisible())
    shots(console.login, "locked")
    with service.storage.transaction() as s:
        from kiosk.models import AuditEntry

        actions = [e.action for e in s.query(AuditEntry).order_by(AuditEntry.seq).all()]
    assert actions[-1] == "logout"
