"""The canonical counter scenarios, played through both windows (``kiosk demo --headless``).

A scripted resident works the touch screens through their view-model (the same slots the QML
buttons call), with the emulated card in the PC/SC reader; a scripted staff member works the
real staff console by keyboard. Every screen either of them passes is saved as a PNG, the
printed form and receipt are kept as PDFs, and the deliveries are waited for at the reference
back office. The same scenarios back the end-to-end tests, so what a newcomer sees in the demo
is what the tests prove.

Scenarios:

- ``tenkyo``: 転居 of one person within the city; staff approve and print.
- ``tennyu-family``: 転入 of a household — the holder (a name with a 外字), a second member
  read from their own card and a child staff will enter; staff enter the child's details and
  correct a field, each with a reason, then approve and print.
- ``return-resubmit``: a 転居 returned (差戻) with a reason, corrected at the desk, filed again
  and approved.
- ``staff-led-agent``: 対面受付 — the clerk starts a visit at the desk (Ctrl+N); a 任意代理人 puts
  their own card on the reader and types their PIN on the tablet; the clerk records them as
  the filer (relation, the 委任状 seen) and types the resident without a card, step by step,
  while the tablet mirrors it; the agent confirms each section on the tablet and signs.
- ``paper-setai``: 対面受付 of a 世帯分離 where the municipality signs on paper: confirmed on the
  tablet section by section, the form printed at the desk, signed by hand, the signature
  checked (Ctrl+Shift+S).

One notification of each intake mode (受付の方法): ``tenkyo`` self-service, ``staff-led-agent``
staff-led, ``paper-setai`` signed on paper. In the staff-led ones both screens are saved at
every step.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QListWidget, QWidget

from kiosk.app.scenarios import SCENARIOS
from kiosk.staff_service import StaffService
from kiosk.status import Status

#: A finger signature (0..1 of the pad): a few zig-zags, as the resident tests draw.
SIGNATURE = [[(0.1, 0.6), (0.2, 0.3), (0.3, 0.65), (0.4, 0.35), (0.5, 0.6), (0.7, 0.4)]]


class WalkthroughError(RuntimeError):
    """A scenario did not go as the script expected (the screen or state it waited for)."""


def pump(ms: int = 30) -> None:
    """Let Qt run for ``ms`` milliseconds (timers, queued signals, painting, deletions).

    ``processEvents`` outside an event loop never runs the deletions ``deleteLater`` asks for
    (the screens QML's Loader leaves, closed dialogs); the counter's own event loop runs them as
    it returns to them, so the script runs them here too. Otherwise every screen and dialog of
    a scripted day stayed alive until the end: tens of MiB a session."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        time.sleep(0.005)


def wait_until(check: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise WalkthroughError(f"timed out waiting for {what}")
        pump(20)


class Camera:
    """Numbered screenshots of one scenario under ``screens/<scenario>/``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.count = 0
        self.saved: list[Path] = []

    def _path(self, side: str, name: str) -> Path:
        self.count += 1
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", name.replace("入力中", "draft"))
        return self.folder / f"{self.count:02d}-{side}-{safe}.png"

    def resident(self, window: Any, name: str) -> Path:
        pump(60)
        path = self._path("resident", name)
        image = window.view.grabWindow()
        if image.isNull() or not image.save(str(path)):
            raise WalkthroughError(f"cannot save the resident screen {name}")
        self.saved.append(path)
        return path

    def staff(self, widget: QWidget, name: str) -> Path:
        pump(60)
        path = self._path("staff", name)
        snapshot = getattr(widget, "snapshot", None)
        pixmap = snapshot() if snapshot is not None else widget.grab()
        if not pixmap.save(str(path)):
            raise WalkthroughError(f"cannot save the staff screen {name}")
        self.saved.append(path)
        return path


class Resident:
    """A scripted resident at the touch screen (its view-model) with the emulated card."""

    def __init__(self, window: Any, emulator: Any, camera: Camera) -> None:
        self.window = window
        self.vm = window.vm
        self.emulator = emulator
        self.camera = camera

    def wait(self, screen: str, timeout: float = 20.0) -> None:
        wait_until(
            lambda: self.vm.screen == screen and not self.vm.busy,
            f"the resident screen {screen!r} (now {self.vm.screen!r})",
            timeout,
        )
        pump(40)

    def wait_step(self, step: str) -> None:
        wait_until(
            lambda: self.vm.screen == "step" and self.vm.state.get("step") == step,
            f"the resident step {step!r}",
        )
        pump(40)

    def shot(self, name: str) -> None:
        self.camera.resident(self.window, name)

    def card_in(self, persona: Any, pin: str, *, first: bool = True) -> None:
        if first:
            self.wait("welcome")
            self.shot("welcome")
        elif self.emulator.inserted:
            # The holder takes their card back before handing over the next one.
            self.emulator.remove(wait=15)
            pump(300)
        self.emulator.insert(persona, wait=15)
        self.wait("pin")
        wait_until(lambda: int(self.vm.state.get("triesLeft", -1)) >= 0, "the tries left")
        self.shot("pin" if first else "pin-member")
        self.vm.submitPin(pin)

    def address(self, postal: str, banchi: str, katagaki: str = "") -> None:
        self.wait_step("postal")
        self.vm.lookupPostal(postal)
        self.wait_step("candidates")
        self.shot("candidates")
        self.vm.chooseCandidate(0)
        self.wait_step("banchi")
        self.vm.setBanchi(banchi)
        self.shot("banchi")
        self.vm.next()
        self.wait_step("katagaki")
        if katagaki:
            self.vm.setKatagaki(katagaki)
        self.shot("katagaki")
        self.vm.next()

    def sign_and_file(self) -> str:
        self.wait("confirm")
        self.shot("confirm")
        self.vm.toSign()
        self.wait("sign")
        self.vm.submitSignature(SIGNATURE, 4.0)
        self.wait("done")
        self.shot("done")
        return str(self.vm.state.get("receptionNumber") or "")

    def leave(self) -> None:
        """Take the cards and go (the done screen returns to the welcome screen)."""
        self.emulator.remove(wait=15)
        self.vm.finish()
        self.wait("welcome")

    def confirm_each(self) -> None:
        """対面受付: confirm the sections the clerk filled, one tap each, then go to signing."""
        self.wait("confirm")
        wait_until(lambda: bool(self.vm.state.get("unconfirmedSections")), "sections to confirm")
        self.shot("confirm-sections")
        while True:
            keys = list(self.vm.state.get("unconfirmedSections") or [])
            if not keys:
                break
            self.vm.confirmSection(keys[0])
            pump(20)
        self.shot("confirmed-all")
        self.vm.toSign()

    def sign_here(self) -> str:
        """Sign on the screen; the 受付番号 of the filed notification."""
        self.wait("sign")
        self.shot("sign")
        self.vm.submitSignature(SIGNATURE, 4.0)
        self.wait("done")
        self.shot("done")
        return str(self.vm.state.get("receptionNumber") or "")


class Clerk:
    """A scripted staff member at the desk, working the real console by keyboard."""

    def __init__(self, console: Any, camera: Camera) -> None:
        self.console = console
        self.camera = camera

    @property
    def window(self) -> Any:
        return self.console.window

    def login(self, login_id: str, password: str, second: str | None) -> None:
        dialog = self.console.start()
        pump(60)
        self.camera.staff(dialog, "login")
        QTest.keyClicks(dialog.login_id, login_id)
        QTest.keyClicks(dialog.password, password)
        if second:
            QTest.keyClicks(dialog.second, second)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        wait_until(
            lambda: self.window is not None and self.window.isActiveWindow(),
            "the staff window after login",
        )

    def open(self, label: str) -> None:
        """Open the notification with 受付番号 ``label``; an empty label opens the newest one
        the resident handed over unfinished (入力中, no number yet)."""
        vm = self.window.vm

        def find() -> int:
            for i, r in enumerate(vm.queue.rows):
                if (r.label == label) if label else (r.status is Status.DRAFT):
                    return i
            return -1

        # The clerk turns to the desk window (the resident's screen had the last touch).
        self.window.activateWindow()
        wait_until(self.window.isActiveWindow, "the desk window to be active")
        wait_until(lambda: find() >= 0, f"{label or '入力中'} in the queue", 5)
        row = find()
        label = vm.queue.rows[row].label
        self.window.queue.setFocus()
        self.window.queue.selectRow(row)
        self.camera.staff(self.window, f"queue-{label}")
        QTest.keyClick(self.window.queue, Qt.Key.Key_Return)
        wait_until(
            lambda: vm.review is not None and vm.review.label == label, f"the review of {label}"
        )
        self.camera.staff(self.window, f"review-{label}")

    def edit(self, path: str, value: str, reason: str, *, shot: bool = True) -> None:
        pane = self.window.review
        index = next(i for i, r in enumerate(pane.rows) if r.path == path)
        pane.fields.setFocus()
        pane.fields.selectRow(index)
        wait_until(self.window.isActiveWindow, "the desk window to be active")
        before = self.window.dialog
        QTest.keyClick(pane.fields, Qt.Key.Key_F2)
        wait_until(
            lambda: self.window.dialog is not before and self.window.dialog.isVisible(),
            "the correction dialog",
        )
        dialog = self.window.dialog
        if dialog.row.choices:
            dialog.choice.setCurrentIndex(dialog.choice.findData(value))
        else:
            dialog.value.clear()
            dialog.value.insert(value)  # as the Japanese input method commits it
        dialog.reason.setCurrentIndex(dialog.reason.findData(reason))
        if shot:
            self.camera.staff(self.window, f"edit-{path.replace('.', '-')}")
        version = self.window.vm.review.version
        editor = dialog.choice if dialog.row.choices else dialog.value
        QTest.keyClick(editor, Qt.Key.Key_Return)
        wait_until(lambda: self.window.vm.review.version != version, f"the correction of {path}")

    def shortcut(self, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        """Press a desk shortcut (once the desk window is the active one again)."""
        wait_until(self.window.isActiveWindow, "the desk window to be active")
        QTest.keyClick(self.window, key, modifier)

    def file(self) -> None:
        """受付 (Ctrl+S): the completed notification joins the queue with its 受付番号."""
        self.camera.staff(self.window, "completed")
        self.shortcut(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: self.window.vm.review.status is Status.CONFIRMED, "受付 (確認済)")

    def approve(self) -> None:
        self.camera.staff(self.window, "before-approval")
        before = self.window.dialog
        self.shortcut(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        dialog = self.window.dialog
        if dialog is not before and dialog is not None and dialog.objectName() == "approveDialog":
            # 注意 (外字, 届出期間経過 …) are acknowledged one by one before approval.
            wait_until(dialog.isVisible, "the list of 注意 to acknowledge")
            dialog.checked.setChecked(True)
            self.camera.staff(self.window, "acknowledge-alerts")
            dialog.ok.click()
        wait_until(
            lambda: self.window.vm.review.status in (Status.APPROVED, Status.DELIVERED),
            "approval",
        )
        self.camera.staff(self.window, "approved")

    def print_all(self) -> list[Path]:
        saved = []
        pane = self.window.review
        for what in ("form", "receipt", "related"):
            if what == "receipt" and not pane.receipt_button.isEnabled():
                continue
            if what == "related" and not pane.related_print_button.isEnabled():
                continue  # related forms (関連書類): once approved, where a template exists
            printed = self.window.print_current(what)
            if printed is not None and printed.saved_to is not None:
                saved.append(printed.saved_to)
        return saved

    def return_(self, reason: str) -> None:
        before = self.window.dialog
        self.shortcut(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        wait_until(
            lambda: self.window.dialog is not before and self.window.dialog.isVisible(),
            "the 差戻 dialog",
        )
        dialog = self.window.dialog
        dialog.text.insertPlainText(reason)
        self.camera.staff(self.window, "return-reason")
        dialog.accept()
        wait_until(lambda: self.window.vm.review.status is Status.RETURNED, "差戻")
        self.camera.staff(self.window, "returned")

    def day(self) -> None:
        self.window.vm.refresh_day()
        self.shortcut(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)
        self.camera.staff(self.window, "day")
        self.shortcut(Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)


class Interviewer:
    """A scripted clerk leading a visit at the desk's 対面受付 tab (F6), by keyboard; both
    screens are saved at every step (the desk, and the resident's mirror)."""

    def __init__(self, clerk: Clerk, resident: Resident) -> None:
        self.clerk = clerk
        self.resident = resident
        self.camera = clerk.camera

    @property
    def pane(self) -> Any:
        return self.clerk.window.interview

    def open(self) -> None:
        """F6: the interview tab, the desk window active."""
        self.clerk.window.activateWindow()
        self.clerk.shortcut(Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)
        wait_until(lambda: self.clerk.window.tabs.currentWidget() is self.pane, "the interview")

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        wait_until(self.clerk.window.isActiveWindow, "the desk window to be active")
        target = QApplication.focusWidget() or self.pane
        QTest.keyClick(target, key, modifier)
        pump(30)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def at(self, page: str) -> None:
        wait_until(lambda: self.pane.page_key == page, f"the desk's {page!r} step")

    def shots(self, name: str) -> None:
        self.camera.staff(self.clerk.window, f"interview-{name}")
        self.resident.shot(f"mirror-{name}")

    def _child(self, name: str, kind: type[QWidget]) -> Any:
        widget = self.pane.findChild(kind, name)
        if widget is None or not widget.isVisible():
            raise WalkthroughError(f"no field {name!r} on the desk")
        return widget

    def fill(self, name: str, text: str) -> None:
        """Type into a field: ASCII by keys, Japanese as the input method commits it."""
        edit = self._child(name, QLineEdit)
        edit.setFocus()
        edit.clear()
        if text.isascii():
            QTest.keyClicks(edit, text)
        else:
            edit.insert(text)

    def choose(self, name: str, data: object) -> None:
        box = self._child(name, QComboBox)
        box.setFocus()
        box.setCurrentIndex(box.findData(data))

    def tick(self, name: str, on: bool) -> None:
        box = self._child(name, QCheckBox)
        box.setFocus()
        box.setChecked(on)

    def pick(self, name: str, row: int = 0) -> None:
        view = self._child(name, QListWidget)
        view.setFocus()
        view.setCurrentRow(row)

    def begin(self, *, card: bool = True) -> None:
        """Ctrl+N (with a card) or Ctrl+Shift+N (without): a visit the desk leads."""
        self.open()
        modifier = Qt.KeyboardModifier.ControlModifier
        if not card:
            modifier |= Qt.KeyboardModifier.ShiftModifier
        self.key(Qt.Key.Key_N, modifier)
        self.shots("start")

    def identity_checked(self, reading: tuple[str, str]) -> None:
        """The clerk checks the card's face (Enter); the resident confirms the 振り仮名 of
        their name on the tablet (``reading``: typed, family and given)."""
        self.resident.wait("identity")
        self.at("identity")
        self.shots("identity")
        self.enter()
        self.resident.wait("furigana")
        self.resident.vm.typeReading("family", reading[0])
        self.resident.vm.typeReading("given", reading[1])
        self.shots("furigana")
        self.resident.vm.confirmReading()
        self.at("guide")

    def kind(self, kind: str, abroad: bool = False) -> None:
        self.choose("kind", f"{kind}-abroad" if abroad else kind)
        self.shots("kind")
        self.enter()
        self.at("filer")


@dataclass
class ScenarioResult:
    """What one scenario left behind."""

    name: str
    reception_number: str
    notification_id: uuid.UUID | None
    screens: list[Path] = field(default_factory=list)
    documents: list[Path] = field(default_factory=list)


@dataclass
class Stage:
    """Everything the scenarios play on: both windows, the card, the clerk's login."""

    resident_window: Any
    console: Any
    emulator: Any
    service: StaffService
    personas: Callable[[str], Any]
    login: tuple[str, str, Callable[[], str | None]]
    out: Path


def _latest_id(stage: Stage, label: str) -> uuid.UUID | None:
    for row in stage.service.queue(stage.console.vm.user):
        if row.label == label:
            return row.id
    return None


def scenario_tenkyo(stage: Stage, camera: Camera) -> ScenarioResult:
    resident = Resident(stage.resident_window, stage.emulator, camera)
    resident.card_in(stage.personas("kokutou-mikiya"), "1234")
    resident.wait("identity")
    resident.shot("identity")
    resident.vm.confirmIdentity(True)
    resident.wait("furigana")  # 振り仮名: 黒桐 typed (no dictionary has it), 幹也 tapped
    resident.vm.typeReading("family", "こくとう")
    resident.vm.chooseReading("given", 0)
    resident.shot("furigana")
    resident.vm.confirmReading()
    resident.wait("guide")
    resident.shot("guide")
    resident.vm.guideAnswer("within")
    resident.wait_step("date")
    resident.vm.setDateDaysAgo(2)
    resident.shot("date")
    resident.vm.next()
    resident.address("2040021", "3-5-8")
    resident.wait_step("members")
    resident.shot("members")
    resident.vm.next()
    resident.wait_step("household")
    resident.vm.setHead(0)
    resident.shot("household")
    resident.vm.next()
    resident.wait_step("related")
    for code in ("kokuho", "shogai_techo"):
        resident.vm.setRelated(code, False)
    resident.vm.setRelated("dog", True)
    resident.shot("related")
    resident.vm.next()
    label = resident.sign_and_file()
    resident.leave()

    clerk = Clerk(stage.console, camera)
    clerk.open(label)
    clerk.approve()
    docs = clerk.print_all()
    return ScenarioResult("tenkyo", label, _latest_id(stage, label), documents=docs)


def scenario_tennyu_family(stage: Stage, camera: Camera) -> ScenarioResult:
    resident = Resident(stage.resident_window, stage.emulator, camera)
    resident.card_in(stage.personas("yoshida-takashi"), "4321")
    resident.wait("identity")
    resident.shot("identity")
    resident.vm.confirmIdentity(True)
    resident.wait("furigana")
    resident.vm.chooseReading("family", 0)
    resident.vm.chooseReading("given", 0)
    resident.vm.confirmReading()
    resident.wait("guide")
    resident.vm.guideAnswer("into")
    resident.wait("guide")
    resident.shot("guide-abroad")
    resident.vm.guideAnswer("no")
    resident.wait_step("date")
    resident.vm.setDateDaysAgo(3)
    resident.vm.next()
    resident.address("2040021", "1-2-3", "")
    resident.wait_step("members")
    resident.vm.addMemberByCard()
    resident.wait("placeMember")
    resident.shot("place-member-card")
    resident.card_in(stage.personas("long-address"), "2580", first=False)
    resident.wait("furigana")
    resident.vm.skipReading()  # わからない: staff enter it
    resident.wait_step("members")
    resident.vm.addMemberForStaff()
    pump(50)
    resident.shot("members")
    resident.vm.next()
    resident.wait_step("household")
    resident.vm.setHead(0)
    resident.vm.setRelationship(1, "母")
    resident.vm.setRelationship(2, "子")
    resident.shot("household")
    resident.vm.next()
    resident.wait_step("related")
    for code in ("kokuho", "shogai_techo", "dog"):
        resident.vm.setRelated(code, False)
    resident.vm.next()
    label = resident.sign_and_file()
    resident.leave()

    clerk = Clerk(stage.console, camera)
    clerk.open(label)  # no 受付番号 yet: the child's details are for staff to enter
    # The child had no card: staff enter what the family tells them (reason: 代理入力).
    for path, value in (
        ("persons.2.name.family", "𠮷田"),
        ("persons.2.name.given", "結衣"),
        ("persons.2.name.family_kana", "ヨシダ"),
        ("persons.2.name.given_kana", "ユイ"),
        ("persons.2.birth_date", "2015-06-01"),
        ("persons.2.sex", "2"),
    ):
        clerk.edit(path, value, "staff_entry", shot=path.endswith("family"))
    # The paper 転出証明書 the family brought gives its kind and each 転入前住民票コード.
    clerk.edit("todoke.tenshutsu_shomei", "paper", "document_check")
    for i, code in enumerate(("10000000014", "10000000022", "10000000030")):
        clerk.edit(f"persons.{i}.juminhyo_code", code, "document_check", shot=False)
    clerk.file()
    label = clerk.window.vm.review.label
    clerk.open(label)
    clerk.approve()
    docs = clerk.print_all()
    return ScenarioResult("tennyu-family", label, _latest_id(stage, label), documents=docs)


def scenario_return_resubmit(stage: Stage, camera: Camera) -> ScenarioResult:
    resident = Resident(stage.resident_window, stage.emulator, camera)
    resident.card_in(stage.personas("kokutou-mikiya"), "1234")
    resident.wait("identity")
    resident.vm.confirmIdentity(True)
    resident.wait("furigana")
    resident.vm.skipReading()
    resident.wait("guide")
    resident.vm.guideAnswer("within")
    resident.wait_step("date")
    resident.vm.setDateDaysAgo(1)
    resident.vm.next()
    resident.address("2040021", "9-9")
    resident.wait_step("members")
    resident.vm.next()
    resident.wait_step("household")
    resident.vm.setHead(0)
    resident.vm.next()
    resident.wait_step("related")
    for code in ("kokuho", "shogai_techo", "dog"):
        resident.vm.setRelated(code, False)
    resident.vm.next()
    label = resident.sign_and_file()
    resident.leave()

    clerk = Clerk(stage.console, camera)
    clerk.open(label)
    clerk.return_("番地が住民票の写しと一致しません。窓口でご確認ください。")
    window = clerk.window
    clerk.shortcut(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # 入力中に戻す
    wait_until(lambda: window.vm.review.status is Status.DRAFT, "入力中 again")
    clerk.edit("new_address.banchi", "９－１０", "resident_request")
    clerk.file()
    new_label = window.vm.review.label
    clerk.open(new_label)
    clerk.approve()
    docs = clerk.print_all()
    clerk.day()
    return ScenarioResult(
        "return-resubmit", new_label, _latest_id(stage, new_label), documents=docs
    )


def _today() -> Any:
    from datetime import datetime

    from kiosk.config import load_config

    return datetime.now(load_config(env={}).tz).date()


def scenario_staff_led_agent(stage: Stage, camera: Camera) -> ScenarioResult:
    resident = Resident(stage.resident_window, stage.emulator, camera)
    clerk = Clerk(stage.console, camera)
    desk = Interviewer(clerk, resident)
    resident.wait("welcome")
    desk.begin(card=True)
    # The agent's own card: the agent types their PIN on the tablet, never the clerk.
    resident.card_in(stage.personas("yoshida-takashi"), "4321")
    desk.identity_checked(("よしだ", "たかし"))
    desk.kind("tenkyo")
    desk.choose("filerKubun", "nini_dairinin")
    desk.fill("filerRelationship", "知人")
    desk.tick("filerMoves", False)
    desk.fill("filerPhone", "090-1234-5678")
    desk.tick("poaSeen", True)
    desk.shots("filer")
    desk.enter()
    desk.at("date")
    desk.fill("movedOn", (_today() - timedelta(days=2)).isoformat())
    desk.enter()
    desk.at("previous")
    desk.fill("previousText", "東京都清瀬市観布子南１２－７－２０２")
    desk.shots("previous")
    desk.enter()
    desk.at("postal")
    desk.fill("postalCode", "2040021")
    desk.enter()
    desk.at("candidates")
    desk.pick("candidates")
    desk.enter()
    desk.at("banchi")
    desk.fill("banchiText", "3-5-8")
    desk.enter()
    desk.at("katagaki")
    desk.enter()
    desk.at("members")
    for name, text in (
        ("memberFamily", "黒桐"),
        ("memberGiven", "幹也"),
        ("memberFamilyKana", "コクトウ"),
        ("memberGivenKana", "ミキヤ"),
        ("memberBirth", "1980-02-17"),
    ):
        desk.fill(name, text)
    desk.choose("memberSex", "1")
    desk.fill("memberRelationship", "世帯主")
    desk.shots("members")
    desk.pane.pages["members"].person.family.setFocus()
    desk.enter()  # adds the resident the agent files for
    desk.enter()  # nobody else: on
    desk.at("household")
    desk.shots("household")
    desk.enter()
    desk.at("related")
    desk.enter()
    desk.at("confirm")
    desk.shots("confirm")
    resident.confirm_each()
    label = resident.sign_here()
    desk.at("done")
    desk.shots("done")
    desk.key(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    resident.wait("welcome")
    stage.emulator.remove(wait=15)
    clerk.open(label)
    clerk.approve()
    docs = clerk.print_all()
    return ScenarioResult("staff-led-agent", label, _latest_id(stage, label), documents=docs)


def scenario_paper_setai(stage: Stage, camera: Camera) -> ScenarioResult:
    resident = Resident(stage.resident_window, stage.emulator, camera)
    clerk = Clerk(stage.console, camera)
    desk = Interviewer(clerk, resident)
    resident.wait("welcome")
    desk.begin(card=True)
    resident.card_in(stage.personas("kokutou-mikiya"), "1234")
    desk.identity_checked(("こくとう", "みきや"))
    desk.kind("setai_henko")
    desk.shots("filer")
    desk.enter()
    desk.at("date")
    desk.fill("movedOn", _today().isoformat())
    desk.enter()
    desk.at("setai")
    desk.choose("setaiKubun", "bunri")
    desk.shots("setai")
    desk.enter()
    desk.at("members")
    desk.enter()
    desk.at("household")
    desk.enter()
    desk.at("related")
    desk.enter()
    desk.at("confirm")
    resident.confirm_each()
    resident.wait("paperSign")
    wait_until(lambda: desk.pane.pages["confirm"].print_button.isEnabled(), "printing")
    desk.shots("paper-sign")
    desk.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the form, for the pen
    printed = clerk.window.last_printed
    docs = [printed.saved_to] if printed is not None and printed.saved_to else []
    desk.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    resident.wait("done")
    desk.at("done")
    desk.shots("done")
    label = str(resident.vm.state.get("receptionNumber") or "")
    desk.key(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    resident.wait("welcome")
    stage.emulator.remove(wait=15)
    clerk.open(label)
    clerk.approve()
    docs += clerk.print_all()
    return ScenarioResult("paper-setai", label, _latest_id(stage, label), documents=docs)


PLAYS: dict[str, Callable[[Stage, Camera], ScenarioResult]] = {
    "tenkyo": scenario_tenkyo,
    "staff-led-agent": scenario_staff_led_agent,
    "paper-setai": scenario_paper_setai,
    "tennyu-family": scenario_tennyu_family,
    "return-resubmit": scenario_return_resubmit,
}


def play(stage: Stage, names: tuple[str, ...] = tuple(SCENARIOS)) -> list[ScenarioResult]:
    """Log the clerk in, then play the scenarios in order; screens go to ``out/screens``."""
    login_id, password, second = stage.login
    first = Camera(stage.out / "screens" / "00-login")
    Clerk(stage.console, first).login(login_id, password, second())
    results = []
    for i, name in enumerate(names, start=1):
        camera = Camera(stage.out / "screens" / f"{i:02d}-{name}")
        result = PLAYS[name](stage, camera)
        result.screens = list(camera.saved)
        results.append(result)
    return results


def wait_for_deliveries(service: StaffService, ids: list[uuid.UUID], timeout: float) -> None:
    """Wait until every notification in ``ids`` is 送信済 (delivered)."""

    def delivered() -> bool:
        return all(service.status(i) is Status.DELIVERED for i in ids)

    wait_until(delivered, "the deliveries to the back office", timeout)


__all__ = [
    "SCENARIOS",
    "Camera",
    "Clerk",
    "Interviewer",
    "Resident",
    "ScenarioResult",
    "Stage",
    "WalkthroughError",
    "play",
    "pump",
    "wait_for_deliveries",
    "wait_until",
]
