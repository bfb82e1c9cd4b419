"""対面受付 at the desk: a clerk interviews the resident and types; the touch screen mirrors.

The pane drives the very flow the resident's screen shows (:mod:`kiosk.flow.interview`), one
step at a time, keyboard first — every field is reached with Tab, Enter applies the step and
goes on, and the keys are listed under the form:

Ctrl+N             start a staff-led visit (the resident puts the card on the reader and types
                   the PIN on the screen)
Ctrl+Shift+N       start one without a card
Ctrl+T             take the resident's visit over (after a call for staff), with all entered
Ctrl+B             hand it back to the resident, at the same step
Enter              apply this step and go on
Alt+←              one step back
Ctrl+M             another person moving, with their own card (on the reader)
Ctrl+E             change a section from the confirm screen
Ctrl+P             print the form for a signature by hand (print-and-sign)
Ctrl+Shift+S       the resident signed the printed form: record that it was checked
Ctrl+W             end the visit at the done screen

Labels are the form's own (:func:`forms.fields.field_label`, :mod:`ui.staff.layout`); what a
step still lacks is said by the flow — the step's code and the rules' own findings, in Japanese.
Meaning never rests on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forms.fields import field_label
from kiosk.flow import ResidentFlow
from ui.staff.interview_model import CALL_REASONS, InterviewModel
from ui.staff.interview_pages import (
    SHORTCUTS_HELP,
    STEP_TITLES,
    CandidatesPage,
    CertificatePage,
    ConfirmPage,
    CountryPage,
    DatePage,
    DonePage,
    FilerPage,
    HouseholdPage,
    IdentityPage,
    InfoPage,
    KindPage,
    MembersPage,
    Page,
    PostalPage,
    RelatedPage,
    SetaiPage,
    TextPage,
    select,
    waiting_text,
)


class InterviewPane(QWidget):
    """対面受付: which screen, who leads, the step's form, what it lacks, the keys."""

    def __init__(
        self,
        model: InterviewModel,
        *,
        tz: Any,
        print_form: Callable[[ResidentFlow], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._print_form = print_form
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.screen_box = QComboBox(objectName="residentScreen")
        self.screen_box.setAccessibleName("住民の画面")
        top.addWidget(QLabel("住民の画面"))
        top.addWidget(self.screen_box)
        self.status = QLabel(objectName="interviewStatus")
        top.addWidget(self.status, 1)
        self.start_button = QPushButton("対面受付を開始 (Ctrl+N)", objectName="startLed")
        self.no_card_button = QPushButton(
            "カードなしで開始 (Ctrl+Shift+N)", objectName="startNoCard"
        )
        self.take_button = QPushButton("引き継ぐ (Ctrl+T)", objectName="takeOver")
        self.back_button = QPushButton("住民に戻す (Ctrl+B)", objectName="handBack")
        outer.addLayout(top)
        actions = QHBoxLayout()
        for b in (self.start_button, self.no_card_button, self.take_button, self.back_button):
            actions.addWidget(b)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.banner = QLabel(objectName="callBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff0a0; border: 2px solid #7a4a00; padding: 6px; }"
        )
        self.banner.hide()
        outer.addWidget(self.banner)
        middle = QHBoxLayout()
        self.steps = QListWidget(objectName="interviewSteps")
        self.steps.setAccessibleName("手順")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setMaximumWidth(240)
        middle.addWidget(self.steps)
        self.stack = QStackedWidget(objectName="interviewStack")
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)
        self.findings = QLabel(objectName="interviewFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setFrameShape(QFrame.Shape.StyledPanel)
        outer.addWidget(self.findings)
        self.help = QLabel(SHORTCUTS_HELP, objectName="interviewKeys")
        self.help.setWordWrap(True)
        outer.addWidget(self.help)

        self.pages: dict[str, Page] = {
            "info": InfoPage("住民の画面", waiting_text),
            "identity": IdentityPage(),
            "guide": KindPage(),
            "filer": FilerPage(),
            "date": DatePage(),
            "previous": TextPage(
                "previous",
                "異動前の住所",
                "set_previous_address",
                lambda f: f.state.answers.previous_address,
                "東京都清瀬市元町１－２－３",
            ),
            "address": TextPage(
                "address",
                "世帯の住所",
                "set_previous_address",
                lambda f: f.state.answers.previous_address,
            ),
            "country": CountryPage(),
            "postal": PostalPage(),
            "candidates": CandidatesPage(),
            "banchi": TextPage(
                "banchi",
                field_label("new_address.banchi"),
                "set_banchi",
                lambda f: f.state.answers.banchi,
                "3-5-8",
            ),
            "katagaki": TextPage(
                "katagaki",
                field_label("new_address.katagaki"),
                "set_katagaki",
                lambda f: f.state.answers.katagaki,
            ),
            "members": MembersPage(),
            "certificate": CertificatePage(),
            "setai": SetaiPage(),
            "household": HouseholdPage(),
            "related": RelatedPage(),
            "confirm": ConfirmPage(tz),
            "done": DonePage(),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.page_key = ""
        self._shown: tuple[str, str, int] = ("", "", -1)

        self.start_button.clicked.connect(lambda: self.start(card=True))
        self.no_card_button.clicked.connect(lambda: self.start(card=False))
        self.take_button.clicked.connect(self.take_over)
        self.back_button.clicked.connect(self.hand_back)
        members = self.pages["members"]
        assert isinstance(members, MembersPage)
        members.by_card.clicked.connect(self.member_by_card)
        confirm = self.pages["confirm"]
        assert isinstance(confirm, ConfirmPage)
        confirm.print_button.clicked.connect(self.print_for_signing)
        confirm.signed_button.clicked.connect(self.paper_signed)
        identity = self.pages["identity"]
        assert isinstance(identity, IdentityPage)
        identity.not_me.clicked.connect(lambda: self.model.act("confirm_identity", False))
        self.screen_box.activated.connect(
            lambda i: self.model.choose(str(self.screen_box.itemData(i)))
        )
        keys: dict[str, Callable[[], object]] = {
            "Return": self.submit,
            "Enter": self.submit,
            "Alt+Left": self.back,
            "Ctrl+N": lambda: self.start(card=True),
            "Ctrl+Shift+N": lambda: self.start(card=False),
            "Ctrl+T": self.take_over,
            "Ctrl+B": self.hand_back,
            "Ctrl+M": self.member_by_card,
            "Ctrl+E": self.edit_section,
            "Ctrl+P": self.print_for_signing,
            "Ctrl+Shift+S": self.paper_signed,
            "Ctrl+W": lambda: self.model.act("finish"),
            "Ctrl+Backspace": lambda: self.model.act("confirm_identity", False),
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for sequence, slot in keys.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[sequence] = shortcut
        model.changed.connect(self.render)
        model.screensChanged.connect(self._screens)
        self._screens()
        self.render()

    # -- showing -------------------------------------------------------------------------------

    def _screens(self) -> None:
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for tablet in self.model.tablets():
            self.screen_box.addItem(tablet, tablet)
        select(self.screen_box, self.model.tablet)
        self.screen_box.blockSignals(False)
        calls = self.model.calls()
        if calls:
            self.banner.setText(
                "！ 係員の呼出し: "
                + "　".join(
                    f"{escape(c.tablet)}「{escape(CALL_REASONS.get(c.staff_call, c.staff_call))}」"
                    for c in calls
                )
                + "　— Ctrl+T で引き継ぎます"
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _key(self, flow: ResidentFlow) -> str:
        s = flow.state
        if s.screen == "step":
            return flow.step if flow.step in self.pages else "info"
        if s.screen in ("confirm", "sign", "paperSign"):
            return "confirm"
        if s.screen in ("identity", "guide", "done"):
            return s.screen
        return "info"

    def render(self) -> None:
        flow = self.model.flow
        self._screens()
        if flow is None:
            return
        s = flow.state
        if s.driver:
            who = s.driver.split(":", 1)[-1]
            lead = f"対面受付中（職員 {who}）"
        elif flow.in_visit():
            lead = "住民が入力中（セルフ）"
        else:
            lead = "待機中"
        call = f"　呼出し: {CALL_REASONS.get(s.staff_call, s.staff_call)}" if s.staff_call else ""
        kind = s.answers.kind.label if s.answers.kind is not None and flow.in_visit() else ""
        self.status.setText(f"{lead}　{kind}{call}")
        leading = bool(s.driver)
        self.start_button.setEnabled(not s.session_id)
        self.no_card_button.setEnabled(not s.session_id)
        self.take_button.setEnabled(not leading and (bool(s.session_id) or s.screen == "staff"))
        self.back_button.setEnabled(leading and s.holder is not None)
        self.steps.clear()
        for i, step in enumerate(flow.steps):
            current = s.screen == "step" and i == s.step_index
            self.steps.addItem(("▶ " if current else "　") + STEP_TITLES.get(step, step))
        key = self._key(flow)
        page = self.pages[key]
        shown = (key, s.screen, s.step_index)
        if shown != self._shown:
            self._shown = shown
            self.page_key = key
            self.stack.setCurrentWidget(page)
            page.load(flow)
            if leading and page.first is not None and self.isVisible():
                page.first.setFocus()
        else:
            page.refresh(flow)
        self._findings(flow, key)

    def _findings(self, flow: ResidentFlow, key: str) -> None:
        """What the step lacks, in the flow's words: its error, then the rules' findings on
        the step's fields; how many wait for later steps."""
        lines = []
        error = self.model.step_error()
        if error:
            lines.append(f"<b style='color:#b00020'>× {escape(error)}</b>")
        if flow.state.driver and key not in ("info", "identity", "guide", "done"):
            here = flow.step_findings()
            for message in dict.fromkeys(f.message_ja for f in here):
                lines.append(f"・{escape(message)}")
                if len(lines) >= 8:
                    break
            later = [f for f in flow.findings() if f.code != "signature_missing"]
            rest = len({f.message_ja for f in later} - {f.message_ja for f in here})
            if rest and key != "confirm":
                lines.append(f"（この後の手順で入力する項目: {rest}件）")
        self.findings.setText("<br>".join(lines) or "✓ 入力に不足はありません")

    def focus(self) -> None:
        """Put the keyboard on the step's first field."""
        page = self.pages.get(self.page_key)
        if page is not None and page.first is not None:
            page.first.setFocus()
        else:
            self.screen_box.setFocus()

    # -- acting --------------------------------------------------------------------------------

    def submit(self) -> None:
        """Enter: apply this step; on to the next when the page says so."""
        flow = self.model.flow
        if flow is None or not flow.state.driver:
            self.model.failed.emit(
                "対面受付を始めるか、引き継いでから入力してください（Ctrl+N / Ctrl+T）"
            )
            return
        page = self.pages.get(self.page_key)
        if page is None:
            return
        if page.apply(self.model) and flow.state.screen == "step":
            self.model.act("next")
        self.render()

    def back(self) -> None:
        self.model.act("back")

    def start(self, *, card: bool) -> None:
        if self.model.act("start_staff_led", card=card):
            self.model.informed.emit(
                "対面受付を始めました" + ("（カードを置いてもらってください）" if card else "")
            )

    def take_over(self) -> None:
        flow = self.model.flow
        if flow is None:
            return
        if self.model.act("take_over"):
            self.model.informed.emit(f"{self.model.tablet} の受付を引き継ぎました")

    def hand_back(self) -> None:
        if self.model.act("hand_back"):
            self.model.informed.emit(f"{self.model.tablet} の受付を住民に戻しました")

    def member_by_card(self) -> None:
        if self.page_key == "members":
            self.model.act("add_member_by_card")

    def edit_section(self) -> None:
        confirm = self.pages["confirm"]
        assert isinstance(confirm, ConfirmPage)
        if self.page_key == "confirm" and confirm.edit_step.count():
            self.model.act("edit", str(confirm.edit_step.currentData()))

    def print_for_signing(self) -> None:
        flow = self.model.flow
        if flow is None or flow.state.screen != "paperSign":
            return
        self._print_form(flow)

    def paper_signed(self) -> None:
        flow = self.model.flow
        if flow is None or flow.state.screen != "paperSign":
            return
        if self.model.act("sign_on_paper"):
            if flow.state.screen == "done":
                self.model.informed.emit(
                    f"紙の署名を確認し、{flow.state.reception_number or '入力中'} で受付しました"
                )
            else:
                self.model.failed.emit(self.model.step_error() or "受付できませんでした")
