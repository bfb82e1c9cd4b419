"""At the desk: every related form printed pre-filled in one go, each procedure marked done, and
the 受付票 saying what is done and what remains."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import forms.related
from kiosk.staff_service import Refused, StaffService
from tests.forms.pdfcheck import squash
from tests.staff.conftest import Shots, family_tennyu, file_notification, login

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def family() -> Any:
    """A family of four moving in, all joining 国民健康保険, two children (児童手当)."""
    n = family_tennyu()
    for p in n.persons:
        p.answers = {"kokuho": True}
    n.related = forms.related.derive(n)
    return n


def lines(pdf: bytes) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [squash(line) for line in out.splitlines() if line.strip()]


def test_related_forms_are_printed_in_one_go_once_approved(
    service: StaffService, reviewer: Any, staff_storage: Any
) -> None:
    n = family()
    file_notification(staff_storage, n)
    review = service.open(reviewer, n.id)
    with pytest.raises(Refused, match="承認（本登録）の後"):
        service.related_forms(reviewer, n.id)  # 仮登録 data goes to no department
    review = service.approve(reviewer, n.id, expected_version=review.version)
    out = service.related_forms(reviewer, n.id)
    assert out.what == "related" and out.codes == ("kokuho_join", "jido_teate")
    assert out.filename.endswith("-related.pdf") and "山田" not in out.filename
    pages = [squash(p.extract_text() or "") for p in PdfReader(io.BytesIO(out.pdf)).pages]
    assert len(pages) == 2
    assert "国民健康保険被保険者異動届" in pages[0] and "山田花子" in pages[0]
    assert "児童手当認定請求" in pages[1] and "山田一郎" in pages[1]
    trail = service.audit_trail(n.id)
    printed = [json.loads(d)["what"] for _at, _who, action, d in trail if action == "print"]
    assert printed == ["related:kokuho_join", "related:jido_teate"]


def test_the_receipt_lists_what_the_desk_marked_done(
    service: StaffService, reviewer: Any, staff_storage: Any
) -> None:
    n = family()
    file_notification(staff_storage, n)
    review = service.open(reviewer, n.id)
    service.approve(reviewer, n.id, expected_version=review.version)
    before = "".join(lines(service.output(reviewer, n.id, "receipt").pdf))
    assert "窓口で済んだ手続き" not in before
    service.mark_related(reviewer, n.id, "kokuho_join")
    service.mark_related(reviewer, n.id, "jido_teate")
    service.mark_related(reviewer, n.id, "jido_teate", done=False)  # undone again
    text = lines(service.output(reviewer, n.id, "receipt").pdf)
    done = next(i for i, t in enumerate(text) if t.startswith("窓口で済んだ手続き"))
    assert "国民健康保険加入" in "".join(text[done:])
    assert "国民健康保険加入" not in "".join(text[:done])
    assert "児童手当認定請求" in "".join(text[:done])  # marked, then unmarked: still to do


def test_the_desk_prints_every_related_form_with_one_shortcut(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    colleague: Any,
    shots: Shots,
    tmp_path: Path,
) -> None:
    n = family()
    file_notification(staff_storage, n)
    review = service.open(colleague, n.id)  # approved at another desk by a colleague
    service.approve(colleague, n.id, expected_version=review.version)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    button = window.review.related_print_button
    qtbot.waitUntil(button.isEnabled)
    shots(window, "approved-with-related")
    QTest.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.last_printed is not None)
    saved = window.last_printed.saved_to  # no printer here: the PDF is kept instead
    assert saved is not None and saved.parent == tmp_path / "print"
    assert len(PdfReader(str(saved)).pages) == 2
    assert "PDF を保存しました" in window.status_text
    # Each procedure is then marked done with Space, as before.
    window.review.related.setFocus()
    window.review.related.selectRow(1)
    QTest.keyClick(window.review.related, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.vm.review.related[1].done)
    shots(window, "printed-and-marked")


def test_a_notification_not_yet_approved_has_the_button_disabled(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    file_notification(staff_storage, family_tennyu())
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    assert not window.review.related_print_button.isEnabled()
    assert window.print_current("related") is None
    assert "承認（本登録）の後" in window.status_text
