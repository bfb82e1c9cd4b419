"""The desk's 対面受付 by keyboard: a clerk leads a visit the resident's screen shows.

The staff console is real (offscreen, bundled fonts, a real login and database); the resident's
screen is its flow, shared with the desk as in the single-PC counter, with a fake card on a
fake reader (the end-to-end tests put a real card on the real PC/SC stack with both windows).
Every key is a real key event; every screen the clerk passes is saved for a person to look at.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from forms.model import FilerKubun, IntakeMode
from kiosk import workflow
from kiosk.flow import ResidentFlow
from kiosk.models import NotificationRecord, Status
from kiosk.resident_service import ResidentService
from kiosk.staff_service import StaffService
from kiosk.storage import Storage
from kiosk.visits import Visits, VisitStore
from tests.kiosk.test_flow import HOLDER, SIGNATURE, FakeCard
from tests.staff.conftest import Shots, login, today

SCREEN = "counter-1-touch"
AGENT_FACTS = HOLDER.__class__("吉田　隆", "東京都清瀬市元町１－２－３", date(1970, 7, 7), "1")


class Counter:
    """The resident's screen as its flow (fake card), shared with a desk's console."""

    def __init__(self, service: StaffService, storage: Storage) -> None:
        resident = ResidentService(service.config, storage, today=today, terminal=SCREEN)
        self.card = FakeCard()
        self.flow = ResidentFlow(resident, card=self.card)
        self.visits = Visits(VisitStore(storage), lambda: ResidentFlow(resident))
        self.visits.attach(SCREEN, self.flow)

    def place(self, facts: Any = HOLDER, pin: str = "1234") -> None:
        """The card on the reader; the resident types the PIN on the screen."""
        self.card.place(facts, pin)
        self.flow.card_inserted()
        self.flow.submit_pin(pin)


@pytest.fixture
def counter(service: StaffService, staff_storage: Storage) -> Counter:
    return Counter(service, staff_storage)


def press(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifier)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def write(edit: Any, text: str) -> None:
    """Type ``text``: ASCII by keys, Japanese as the input method commits it."""
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        edit.insert(text)


def type_into(name: str, pane: Any, text: str) -> None:
    edit = pane.findChild(QWidget, name)
    assert edit is not None and edit.isVisible(), name
    edit.setFocus()
    edit.clear()
    write(edit, text)


def enter(pane: Any) -> None:
    press(focused(), Qt.Key.Key_Return)


def test_the_desk_leads_an_agents_visit_by_keyboard(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    counter: Counter,
    staff_storage: Storage,
    shots: Shots,
) -> None:
    console = make_console(visits=counter.visits)
    window = login(qtbot, console, reviewer_secret, shots)
    press(window, Qt.Key.Key_F6)
    pane = window.interview
    assert pane is not None and window.tabs.currentWidget() is pane
    assert "Ctrl+N 開始" in pane.help.text(), "the keys are listed on the screen"
    shots(window, "interview-idle")
    press(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert counter.flow.state.driver == "staff:sato"
    assert "暗証番号は住民が画面で入力" in pane.pages["info"].note.text()
    counter.place(AGENT_FACTS)
    assert pane.page_key == "identity"
    shots(window, "interview-identity")
    enter(pane)  # 本人確認 OK
    assert counter.flow.screen == "furigana"
    assert "振り仮名" in pane.pages["info"].note.text(), "the resident's part, on the screen"
    counter.flow.skip_reading()  # the resident leaves the reading to staff
    assert pane.page_key == "guide"
    kind = pane.pages["guide"].kind
    kind.setFocus()
    kind.setCurrentIndex(0)  # 転居
    enter(pane)
    assert pane.page_key == "filer"
    filer = pane.pages["filer"]
    filer.kubun.setFocus()
    filer.kubun.setCurrentIndex(filer.kubun.findData(FilerKubun.NINI_DAIRININ.value))
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is filer.relationship, "Tab goes to the next field"
    write(filer.relationship, "知人")
    filer.moves.setChecked(False)
    enter(pane)
    assert "委任状" in pane.findings.text(), "the rules' own words, in Japanese"
    assert pane.page_key == "filer"
    shots(window, "interview-filer-needs-poa")
    filer.poa.setChecked(True)
    enter(pane)
    assert pane.page_key == "date"
    type_into("movedOn", pane, (today() - timedelta(days=2)).isoformat())
    enter(pane)
    assert pane.page_key == "previous"
    type_into("previousText", pane, HOLDER.address)
    enter(pane)
    type_into("postalCode", pane, "2040021")
    enter(pane)
    assert pane.page_key == "candidates"
    pane.pages["candidates"].list.setFocus()
    enter(pane)
    type_into("banchiText", pane, "3-5-8")
    enter(pane)
    assert pane.page_key == "katagaki"
    enter(pane)
    assert pane.page_key == "members"
    type_into("memberFamily", pane, "黒桐")
    type_into("memberGiven", pane, "幹也")
    type_into("memberFamilyKana", pane, "コクトウ")
    type_into("memberGivenKana", pane, "ミキヤ")
    type_into("memberBirth", pane, "昭和55年2月17日")
    members = pane.pages["members"]
    members.person.sex.setCurrentIndex(members.person.sex.findData("1"))
    members.person.family.setFocus()
    enter(pane)  # adds the person
    assert [m.display_name for m in counter.flow.state.answers.members] == ["黒桐　幹也"]
    shots(window, "interview-members")
    enter(pane)  # empty fields: on
    assert pane.page_key == "household"
    enter(pane)
    assert pane.page_key == "related"
    enter(pane)
    assert pane.page_key == "confirm" and counter.flow.screen == "confirm"
    shots(window, "interview-confirm-waiting")
    assert "未確認" in pane.pages["confirm"].sections.text()
    # The resident confirms each section on the screen, then signs.
    for key in counter.flow.unconfirmed_sections():
        counter.flow.confirm_section(key)
    qtbot.waitUntil(lambda: "未確認" not in pane.pages["confirm"].sections.text())
    shots(window, "interview-confirmed")
    counter.flow.to_sign()
    counter.flow.sign(SIGNATURE, 4.0)
    assert pane.page_key == "done" and counter.flow.state.reception_number
    shots(window, "interview-done")
    number = counter.flow.state.reception_number
    with staff_storage.reader() as s:
        record = s.query(NotificationRecord).one()
        n = workflow.notification_of(record)
    assert record.status == Status.CONFIRMED.value and n.jimu.reception_number == number
    assert n.filer.kubun is FilerKubun.NINI_DAIRININ and n.filer.relationship == "知人"
    assert n.filer.power_of_attorney_seen_by == "sato"
    assert n.jimu.intake_mode is IntakeMode.STAFF_LED and n.jimu.received_by == "sato"
    assert n.persons[0].birth_date == date(1980, 2, 17)
    trail = [(who, action) for _at, who, action, _d in console.service.audit_trail(n.id)]
    assert ("staff:sato", "interview_see_power_of_attorney") in trail, "who saw the 委任状"
    press(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert counter.flow.screen == "welcome"


def test_a_call_for_staff_is_shown_and_taken_over(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    counter: Counter,
    shots: Shots,
) -> None:
    console = make_console(visits=counter.visits)
    window = login(qtbot, console, reviewer_secret, shots)
    flow = counter.flow
    counter.place()
    flow.confirm_identity(True)
    flow.skip_reading()
    flow.guide_answer("within")
    flow.set_date_days_ago(1)
    flow.next()
    flow.call_staff("help")
    pane = window.interview
    qtbot.waitUntil(lambda: "呼出し" in window.status_text)
    assert "係員の呼出し" in pane.banner.text() and SCREEN in pane.banner.text()
    press(window, Qt.Key.Key_F6)
    assert pane.banner.isVisible()
    shots(window, "interview-call")
    assert pane.page_key == "postal", "the desk shows the step the resident is at"
    press(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert flow.state.driver == "staff:sato" and flow.state.staff_call == ""
    qtbot.waitUntil(lambda: not pane.banner.isVisible())
    type_into("postalCode", pane, "2040021")
    enter(pane)
    assert flow.step == "candidates"
    shots(window, "interview-taken-over")
    press(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert flow.state.driver == "" and flow.step == "candidates"
    enter(pane)  # the resident drives again: the desk types nothing
    assert flow.step == "candidates" and "引き継いで" in window.status_text


def test_a_paper_certificate_typed_at_the_desk_is_checked_against_the_card(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    counter: Counter,
    shots: Shots,
) -> None:
    """転入: the clerk types the paper 転出証明書; the desk says where it and the card differ,
    and the step does not go on until they agree."""
    console = make_console(visits=counter.visits)
    window = login(qtbot, console, reviewer_secret, shots)
    press(window, Qt.Key.Key_F6)
    pane = window.interview
    press(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    counter.place()
    enter(pane)
    counter.flow.skip_reading()
    kind = pane.pages["guide"].kind
    kind.setFocus()
    kind.setCurrentIndex(kind.findData("tennyu"))
    enter(pane)
    assert "certificate" in counter.flow.steps
    enter(pane)  # 本人, with the card
    type_into("movedOn", pane, (today() - timedelta(days=3)).isoformat())
    enter(pane)
    type_into("postalCode", pane, "2040021")
    enter(pane)
    pane.pages["candidates"].list.setFocus()
    enter(pane)
    type_into("banchiText", pane, "1-2-3")
    enter(pane)
    enter(pane)
    assert pane.page_key == "members"
    enter(pane)
    assert pane.page_key == "certificate"
    type_into("certAddress", pane, HOLDER.address)
    type_into("certHead", pane, "黒桐　幹也")
    type_into("certPlanned", pane, (today() - timedelta(days=10)).isoformat())
    type_into("certName0", pane, "黒桐 幹哉")  # one character off the card
    type_into("certBirth0", pane, "1980-02-17")
    type_into("certCode0", pane, "12345678903")
    enter(pane)
    assert pane.page_key == "certificate", "not on while the certificate and the card differ"
    check = pane.pages["certificate"].check.text()
    assert "一致しません" in check and "黒桐 幹哉" in check
    shots(window, "interview-certificate-differs")
    type_into("certName0", pane, "黒桐　幹也")
    enter(pane)
    assert pane.page_key == "household"
    n, _ = counter.flow.checked()
    assert n.todoke.tenshutsu_shomei is not None and n.todoke.tenshutsu_shomei.value == "paper"
    assert n.persons[0].juminhyo_code == "12345678903"
    assert n.previous_head_name == "黒桐　幹也"
    assert not any("転出証明書" in a for a in n.jimu.alerts)
