"""The staff console window (職員画面): live queue on the left, review and the day on the right.

The row highlighted in the queue is always the notification in the review pane: selecting a row
shows it (looked at, not taken), Enter takes it for review (審査中). Every action names the
受付番号 it acts on, on its button and in the status bar; approving a notification with 注意
findings first asks the clerk to acknowledge each one.

Keyboard-first — every action has a shortcut, shown on its button:

F5                 refresh
Ctrl+1 / Ctrl+2    focus the queue / the fields of the form
↑ ↓ (queue)        show another notification
Enter (queue)      take the notification for review (審査中) and go to its fields
F2 (fields)        correct the selected field (訂正, with a reason)
Ctrl+Enter         approve (承認・本登録) the notification shown
Ctrl+S             file a notification staff completed (入力中 → 確認済)
Ctrl+D             return (差戻, with a reason)
Ctrl+E             reopen a returned notification for corrections at the desk (差戻 → 入力中)
Ctrl+Delete        cancel (取消, with a reason)
Ctrl+3, Space      the related procedures; Space marks the selected one done (済)
Ctrl+P             print the form (確認用 before approval)
Ctrl+Shift+P       print the receipt (受付票)
Ctrl+Shift+F       print every related procedure's pre-filled form in one go (関連書類)
Ctrl+Shift+R       retry a failed delivery (再送信)
Ctrl+K             pair a tablet (ペアリング)
F3 / F4            the review tab / the day tab
F6                 対面受付: lead a visit at a resident screen (its own keys: ui.staff.interview)
Ctrl+L             log out

Meaning never rests on colour alone: every tinted row or finding also says what it is in words.
"""

from __future__ import annotations

import itertools
import uuid
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.status import Status
from kiosk.version import version_label
from ui.staff.dialogs import ApproveDialog, CancelDialog, EditDialog, PairDialog, ReturnDialog
from ui.staff.interview import InterviewPane
from ui.staff.interview_model import InterviewModel
from ui.staff.layout import FieldRow, clock, finding_groups
from ui.staff.printing import Printed, print_pdf
from ui.staff.viewmodel import ConsoleViewModel, waiting_text

#: The font for rare kanji (IPAmj明朝, 文字情報基盤) where installed; Qt falls back otherwise.
GAIJI_FAMILY = "IPAmjMincho"

#: 承認 is the one green, filled button; 差戻 and 取消 are outlined in their own colours.
APPROVE_STYLE = (
    "QPushButton { background: #1b6e34; color: white; border: 2px solid #124d24;"
    " border-radius: 4px; padding: 8px 18px; }"
    " QPushButton:focus { border: 3px solid #0b2e16; }"
    " QPushButton:disabled { background: #c9d6cc; color: #5f6f63; border-color: #b0beb4; }"
)
RETURN_STYLE = (
    "QPushButton { color: #5b1a78; border: 2px solid #5b1a78; border-radius: 4px;"
    " padding: 4px 10px; background: #faf5fc; }"
    " QPushButton:disabled { color: #9a8aa3; border-color: #cfc4d6; }"
)
CANCEL_STYLE = (
    "QPushButton { color: #9b1c1c; border: 2px solid #9b1c1c; border-radius: 4px;"
    " padding: 4px 10px; background: #fdf4f4; }"
    " QPushButton:disabled { color: #b79a9a; border-color: #e2caca; }"
)

Dialog = EditDialog | ReturnDialog | PairDialog | ApproveDialog | CancelDialog

#: How a notification was taken (jimu.intake_mode), as the review's header says it.
INTAKE_LABELS = {"self_service": "セルフ入力", "staff_led": "対面入力", "paper_signed": "紙に署名"}


def _bold(widget: QWidget, delta: int = 0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if delta:
        font.setPointSize(font.pointSize() + delta)
    widget.setFont(font)


class QueueView(QTableView):
    """The queue: Enter takes the highlighted notification, or the first one when none is."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        no_row = not self.currentIndex().isValid()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and no_row:
            if self.model().rowCount() > 0:
                first = self.model().index(0, 0)
                self.selectRow(0)
                self.activated.emit(first)
            return
        super().keyPressEvent(event)


def _table(
    model: Any, name: str, accessible: str, kind: type[QTableView] = QTableView
) -> QTableView:
    """A read-only table whose rows grow with their text (never cut, never elided)."""
    view = kind(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAccessibleName(accessible)
    return view


class ReviewPane(QWidget):
    """One notification under review: header, findings, 外字, fields, related, delivery."""

    PLACEHOLDER = "左の一覧から届出を選んでください（Ctrl+1 → ↑↓）"

    def __init__(self, vm: ConsoleViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.header = QLabel(self.PLACEHOLDER, objectName="reviewHeader")
        _bold(self.header, 4)
        layout.addWidget(self.header)
        self.sub = QLabel(objectName="reviewSub")
        self.sub.setTextFormat(Qt.TextFormat.RichText)
        self.sub.setWordWrap(True)
        layout.addWidget(self.sub)

        findings = QHBoxLayout()
        # The findings grow with their text: every one is read in full, none is cut.
        self.findings = QLabel(objectName="findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings.setFrameShape(QFrame.Shape.StyledPanel)
        self.findings.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.findings.setAccessibleName("エラーと注意")
        findings.addWidget(self.findings, 4)
        self.gaiji = QLabel(objectName="gaiji")
        self.gaiji.setTextFormat(Qt.TextFormat.RichText)
        self.gaiji.setFrameShape(QFrame.Shape.StyledPanel)
        self.gaiji.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gaiji.setAccessibleName("外字")
        self.gaiji.hide()
        findings.addWidget(self.gaiji, 1)
        layout.addLayout(findings)

        self.fields = _table(vm.fields, "fields", "届出の項目")
        header = self.fields.horizontalHeader()
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(col, mode)
        layout.addWidget(self.fields, 6)

        lower = QHBoxLayout()
        related_box = QGroupBox("関連手続（お渡しする書類・ご案内）　済はスペースで記録 (Ctrl+3)")
        related_layout = QVBoxLayout(related_box)
        self.related = _table(vm.related, "related", "関連手続")
        rel = self.related.horizontalHeader()
        rel.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rel.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        rel.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rel.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.related.setColumnWidth(1, 200)
        related_layout.addWidget(self.related)
        self.related_print_button = QPushButton(
            "関連書類を一括印刷 (Ctrl+Shift+F)", objectName="relatedPrintButton"
        )
        self.related_print_button.setToolTip(
            "様式のある関連手続の書類を、届出の内容を記入して一度に印刷します"
        )
        related_layout.addWidget(self.related_print_button)
        lower.addWidget(related_box, 3)
        delivery_box = QGroupBox("送信（住民記録システム）")
        delivery_layout = QVBoxLayout(delivery_box)
        self.delivery = QLabel("本登録の後に送信されます", objectName="delivery")
        self.delivery.setWordWrap(True)
        self.delivery.setTextFormat(Qt.TextFormat.RichText)
        delivery_layout.addWidget(self.delivery)
        lower.addWidget(delivery_box, 1)
        layout.addLayout(lower, 3)

        # Correcting and sending back on the left, the one green 承認 alone on the right.
        self.edit_button = QPushButton("訂正 (F2)", objectName="editButton")
        self.file_button = QPushButton("受付する (Ctrl+S)", objectName="fileButton")
        self.file_button.setToolTip("入力中の届出を、職員が補った内容で受付（確認済）にします")
        self.reopen_button = QPushButton("入力中に戻す (Ctrl+E)", objectName="reopenButton")
        self.reopen_button.setToolTip("差戻した届出を職員が直すために入力中に戻します")
        self.return_button = QPushButton("← 差戻 (Ctrl+D)", objectName="returnButton")
        self.return_button.setStyleSheet(RETURN_STYLE)
        self.cancel_button = QPushButton("× 取消 (Ctrl+Delete)", objectName="cancelButton")
        self.cancel_button.setStyleSheet(CANCEL_STYLE)
        self.print_button = QPushButton("届書を印刷 (Ctrl+P)", objectName="printButton")
        self.receipt_button = QPushButton("受付票印刷 (Ctrl+Shift+P)", objectName="receiptButton")
        self.retry_button = QPushButton("再送信 (Ctrl+Shift+R)", objectName="retryButton")
        self.approve_button = QPushButton("承認・本登録\nCtrl+Enter", objectName="approveButton")
        self.approve_button.setStyleSheet(APPROVE_STYLE)
        _bold(self.approve_button, 2)
        self.approve_button.setMinimumHeight(56)
        # 差戻 and 取消 at the far left, 承認 alone at the far right: the buttons that end a
        # notification's review in opposite ways are never next to each other.
        actions = QGridLayout()
        grid = (
            (self.return_button, self.edit_button, self.file_button, self.reopen_button),
            (self.cancel_button, self.print_button, self.receipt_button, self.retry_button),
        )
        for r, row in enumerate(grid):
            for c, b in enumerate(row):
                actions.addWidget(b, r, c)
        actions.setColumnMinimumWidth(4, 24)
        actions.setColumnStretch(4, 1)
        actions.addWidget(self.approve_button, 0, 5, 2, 1)
        for b in self.buttons:
            b.setEnabled(False)
        layout.addLayout(actions)
        self.vm = vm

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        """The actions, in the order of the work (and of the Tab key)."""
        return (
            self.edit_button,
            self.file_button,
            self.reopen_button,
            self.approve_button,
            self.return_button,
            self.cancel_button,
            self.print_button,
            self.receipt_button,
            self.retry_button,
            self.related_print_button,
        )

    @property
    def rows(self) -> list[FieldRow]:
        return self.vm.rows

    def current_row(self) -> FieldRow | None:
        index = self.fields.currentIndex().row()
        return self.rows[index] if 0 <= index < len(self.rows) else None


class DayPane(QWidget):
    """本日の状況: counts, the median card-to-approval, deliveries due, every 受付番号."""

    def __init__(self, vm: ConsoleViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel(objectName="dayTitle")
        _bold(self.title, 4)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(
            [
                ("handed_out", "受付番号を渡した件数"),
                ("approvals", "本登録した件数"),
                ("median", "カード読取から本登録まで（中央値）"),
                ("pending", "送信待ち"),
                ("failed", "送信失敗（要対応）"),
            ]
        ):
            name = QLabel(label)
            value = QLabel(objectName=f"day_{key}")
            _bold(value, 6)
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
            self.figures[key] = value
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(24)
        layout.addLayout(grid)
        tables = QHBoxLayout()
        self.counts = QLabel(objectName="dayCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.counts.setWordWrap(True)
        tables.addWidget(self.counts, 1)
        self.numbers = _table(vm.numbers, "dayNumbers", "本日の受付番号")
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tables.addWidget(self.numbers, 2)
        layout.addLayout(tables, 1)
        # The day's figures as a chart (drawn by the service; its words say what each bar is).
        self.chart = QLabel(objectName="dayChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setAccessibleName("本日の状況のグラフ")
        layout.addWidget(self.chart)


class StaffWindow(QMainWindow):
    """The desk: queue + review + day, over one :class:`ConsoleViewModel`."""

    def __init__(
        self,
        vm: ConsoleViewModel,
        *,
        print_dir: Path,
        ask_printer: bool = True,
        interview: InterviewModel | None = None,
    ) -> None:
        super().__init__()
        self.vm = vm
        self.interview_model = interview
        self.print_dir = print_dir
        self.ask_printer = ask_printer
        self.last_printed: Printed | None = None
        self.dialog: Dialog | None = None
        self._syncing = False
        self._shown_id: uuid.UUID | None = None
        config = vm.service.config
        self.setObjectName("staffWindow")
        self.setWindowTitle(
            f"書かない窓口 職員画面 — {config.municipality.name} {config.counter.name}"
            f" — {vm.user.display_name}"
        )
        central = QWidget()
        outer = QVBoxLayout(central)
        top = QHBoxLayout()
        who = QLabel(
            f"{config.municipality.name}　{config.counter.name}　"
            f"端末 {vm.service.terminal}　職員 {vm.user.display_name}"
            f"（{'・'.join(sorted(vm.user.roles))}）"
        )
        top.addWidget(who, 1)
        self.paired_label = QLabel(objectName="pairedLabel")
        top.addWidget(self.paired_label)
        self.pair_button = QPushButton("ペアリング (Ctrl+K)", objectName="pairButton")
        self.logout_button = QPushButton("ログアウト (Ctrl+L)", objectName="logoutButton")
        top.addWidget(self.pair_button)
        top.addWidget(self.logout_button)
        outer.addLayout(top)
        # The version on every desk, so support and IT can see what a counter runs.
        self.version_label = QLabel(version_label(), objectName="versionLabel")
        # While the back office cannot be reached: since when and how many wait (never hidden
        # by the passing messages of the status bar).
        self.delivery_label = QLabel(objectName="deliveryLabel")
        self.delivery_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.delivery_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.delivery_label)
        self.statusBar().addPermanentWidget(self.version_label)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        queue_title = QLabel("受付一覧（新しい届出は自動で表示されます）")
        _bold(queue_title, 2)
        left_layout.addWidget(queue_title)
        self.queue = _table(vm.queue, "queue", "受付一覧", QueueView)
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The findings column takes the width left and wraps, so no row is cut at the edge.
        self.queue.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.queue.activated.connect(self._open_index)
        self.queue.selectionModel().currentRowChanged.connect(self._row_changed)
        left_layout.addWidget(self.queue)
        splitter.addWidget(left)

        self.tabs = QTabWidget(objectName="tabs")
        self.review = ReviewPane(vm)
        self.day = DayPane(vm)
        self.tabs.addTab(self.review, "審査 (F3)")
        self.tabs.addTab(self.day, "本日の状況 (F4)")
        self.tabs.currentChanged.connect(lambda index: index == 1 and self._show_day())
        self.interview: InterviewPane | None = None
        if interview is not None:
            self.interview = InterviewPane(interview, tz=vm.tz, print_form=self.print_for_signing)
            self.tabs.addTab(self.interview, "対面受付 (F6)")
            interview.failed.connect(lambda text: self.say(f"！ {text}", 15000))
            interview.informed.connect(lambda text: self.say(text, 10000))
            interview.screensChanged.connect(self._calls_changed)
            self.tabs.currentChanged.connect(self._tab_changed)
        self._calls: set[str] = set()
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 1040])
        outer.addWidget(splitter)
        self.setCentralWidget(central)

        r = self.review
        r.edit_button.clicked.connect(self.edit_selected)
        r.return_button.clicked.connect(self.return_current)
        r.file_button.clicked.connect(self.file_current)
        r.reopen_button.clicked.connect(self.reopen_current)
        r.cancel_button.clicked.connect(self.cancel_current)
        r.approve_button.clicked.connect(self.approve_current)
        r.print_button.clicked.connect(lambda: self.print_current("form"))
        r.receipt_button.clicked.connect(lambda: self.print_current("receipt"))
        r.related_print_button.clicked.connect(lambda: self.print_current("related"))
        r.retry_button.clicked.connect(self.retry_current)
        r.fields.activated.connect(lambda _i: self.edit_selected())
        r.related.activated.connect(lambda _i: self.toggle_related())
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), r.related)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_related)
        self.pair_button.clicked.connect(self.pair)
        self.logout_button.clicked.connect(self.vm.logout)

        shortcuts = {
            "F5": self._refresh,
            "Ctrl+1": self.queue.setFocus,
            "Ctrl+2": r.fields.setFocus,
            "Ctrl+3": r.related.setFocus,
            "F2": self.edit_selected,
            "Ctrl+Return": self.approve_current,
            "Ctrl+Enter": self.approve_current,
            "Ctrl+D": self.return_current,
            "Ctrl+S": self.file_current,
            "Ctrl+E": self.reopen_current,
            "Ctrl+Delete": self.cancel_current,
            "Ctrl+P": lambda: self.print_current("form"),
            "Ctrl+Shift+P": lambda: self.print_current("receipt"),
            "Ctrl+Shift+F": lambda: self.print_current("related"),
            "Ctrl+Shift+R": self.retry_current,
            "Ctrl+K": self.pair,
            "F3": lambda: self.tabs.setCurrentIndex(0),
            "F4": lambda: self.tabs.setCurrentIndex(1),
            "F6": self.show_interview,
            "Ctrl+L": self.vm.logout,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

        # Tab order follows the screen: queue → fields → actions in the order of the work.
        order = [self.queue, r.fields, r.related, *r.buttons]
        for a, b in itertools.pairwise(order):
            self.setTabOrder(a, b)

        vm.queueChanged.connect(self._show_queue)
        vm.reviewChanged.connect(self._show_review)
        vm.dayChanged.connect(self._show_day)
        vm.deliveryChanged.connect(self._show_delivery)
        vm.failed.connect(lambda text: self.say(f"！ {text}", 15000))
        vm.informed.connect(lambda text: self.say(text, 10000))
        self._show_queue()
        self._show_day()
        self._show_delivery()
        self.resize(1600, 960)
        self.queue.setFocus()

    # -- 対面受付 -------------------------------------------------------------------------------

    #: The review's keys the interview tab uses for its own (its pane's shortcuts take them).
    REVIEW_KEYS = ("Ctrl+E", "Ctrl+P", "Ctrl+S", "Ctrl+D", "F2", "Ctrl+Return", "Ctrl+Enter")

    def show_interview(self) -> None:
        """F6: the 対面受付 tab, its first field focused."""
        if self.interview is None:
            self.say("！ この端末には住民の画面がありません（ペアリング: Ctrl+K）", 8000)
            return
        self.tabs.setCurrentWidget(self.interview)
        self.interview.focus()

    def _tab_changed(self, _index: int) -> None:
        """The review's keys are off while the interview tab is shown (it has its own)."""
        on_interview = self.interview is not None and self.tabs.currentWidget() is self.interview
        for keys in self.REVIEW_KEYS:
            shortcut = self.shortcuts.get(keys)
            if shortcut is not None:
                shortcut.setEnabled(not on_interview)

    def _calls_changed(self) -> None:
        """A resident screen called for staff: said once in the status bar."""
        model = self.interview_model
        if model is None:
            return
        calls = {c.tablet for c in model.calls()}
        for tablet in sorted(calls - self._calls):
            self.say(f"！ {tablet} で係員の呼出しがあります（F6 → Ctrl+T で引き継ぎ）", 20000)
        self._calls = calls

    def print_for_signing(self, flow: Any) -> Printed | None:
        """The pre-filled form printed for a signature by hand (print-and-sign)."""
        import forms

        try:
            pdf = forms.render_pdf(flow.form_for_paper(), tz=self.vm.tz)
            printed = print_pdf(
                pdf,
                filename=f"signing-{flow.state.session_id[:8]}.pdf",
                fallback_dir=self.print_dir,
                parent=self,
                ask=self.ask_printer,
            )
        except (OSError, ValueError):
            self.say("！ 印刷できません。プリンターと保存先を確かめてください", 15000)
            return None
        self.last_printed = printed
        self.say(f"署名用の届書: {printed.message}", 15000)
        return printed

    # -- the status bar ----------------------------------------------------------------------

    def say(self, text: str, ms: int = 10000) -> None:
        """One line in the status bar (a message never spans lines)."""
        self.statusBar().showMessage(" ".join(text.split()), ms)

    @property
    def status_text(self) -> str:
        return self.statusBar().currentMessage()

    # -- showing -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.vm.refresh_queue()
        self.vm.refresh_day()

    def _show_queue(self) -> None:
        tablets = self.vm.paired()
        self.paired_label.setText("ペアリング中: " + ("、".join(tablets) if tablets else "なし"))
        self._sync_highlight()

    def _sync_highlight(self) -> None:
        """Highlight the row of the notification shown, and no other."""
        review = self.vm.review
        row = self.vm.queue.row_of(review.id) if review is not None else -1
        self._syncing = True
        try:
            selection = self.queue.selectionModel()
            if row >= 0:
                selection.setCurrentIndex(
                    self.vm.queue.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            self._syncing = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        value = self.vm.queue.data(current, Qt.ItemDataRole.UserRole)
        if value:
            self.vm.select(uuid.UUID(str(value)))
            self._sync_highlight()  # a refused open keeps the highlight on what is shown

    def _open_index(self, index: QModelIndex) -> None:
        value = self.vm.queue.data(index, Qt.ItemDataRole.UserRole)
        if value:
            self.vm.open(uuid.UUID(str(value)))
            self.tabs.setCurrentIndex(0)
            self.review.fields.setFocus()

    def open_row(self, row: int) -> None:
        """Open the queue's ``row`` (what Enter on the queue does)."""
        self.queue.selectRow(row)
        self._open_index(self.vm.queue.index(row, 0))

    def _show_review(self) -> None:
        review = self.vm.review
        pane = self.review
        tz = self.vm.tz
        if review is None or review.id != self._shown_id:
            self.statusBar().clearMessage()  # what it said was about the other notification
            if review is not None:
                self.say(f"{review.label} を表示しています", 5000)
        self._shown_id = review.id if review is not None else None
        self._sync_highlight()
        if review is None:
            pane.header.setText(pane.PLACEHOLDER)
            for text in (pane.sub, pane.findings, pane.delivery):
                text.setText("")
            pane.gaiji.hide()
            for b in pane.buttons:
                b.setEnabled(False)
            self._name_buttons("")
            return
        status = review.status
        signed = "署名あり" if review.signed else "署名なし"
        if review.notification.filer.is_paper_signed:
            signed = "紙に署名（確認済）"
        mode = review.notification.jimu.intake_mode
        taken = f"　{INTAKE_LABELS[mode.value]}" if mode is not None else ""
        pane.header.setText(
            f"{review.label}　{review.kind_label}　［{status.ja}］　"
            f"{len(review.notification.persons)}人　{signed}{taken}"
        )
        today = self.vm.service.today()
        sub = []
        if review.received_at:
            sub.append(f"受付 {clock(review.received_at, tz, today=today)}")
        if review.approved_at:
            sub.append(f"本登録 {clock(review.approved_at, tz, today=today)}")
        if review.reviewer:
            sub.append(f"審査者: {escape(review.reviewer)}")
        if review.return_reason:
            sub.append(f"<b style='color:#6a1b9a'>差戻理由: {escape(review.return_reason)}</b>")
        if review.cancel_reason:
            sub.append(f"<b style='color:#9b1c1c'>取消理由: {escape(review.cancel_reason)}</b>")
        if review.card_alerts:
            sub.append("カード読取の注意: " + escape("／".join(review.card_alerts)))
        pane.sub.setText("　".join(sub))

        lines = []
        for group in finding_groups(review, self.vm.rows):
            colour = "#b00020" if group.severity == "error" else "#7a4a00"
            mark = "×" if group.severity == "error" else "▲"
            lines.append(
                f"<p style='margin:2px; color:{colour}'>{mark} <b>{escape(group.tag)}</b>　"
                f"{escape(group.message)}<br><span style='color:#333'>　該当: "
                f"{escape('、'.join(group.where))}</span></p>"
            )
        pane.findings.setText(
            "".join(lines)
            or "<p>✓ <b>エラー・注意はありません</b>"
            + ("（承認できます）" if review.can_approve else "")
            + "</p>"
        )
        chars = [c for f in review.alerts for c in f.chars]
        if chars:
            unique = list(dict.fromkeys(chars))
            glyphs = "　".join(unique)
            codes = " ".join("+".join(f"U+{ord(c):04X}" for c in ch) for ch in unique)
            pane.gaiji.setText(
                "<div style='font-size:11pt'>外字（JIS X 0208外）</div>"
                f"<div style='font-size:54pt; font-family:\"{GAIJI_FAMILY}\"'>{glyphs}</div>"
                f"<div style='font-size:10pt'>{codes}</div>"
            )
            pane.gaiji.show()
        else:
            pane.gaiji.hide()

        d = review.delivery
        if d is None:
            pane.delivery.setText("本登録の後に送信されます（仮登録のデータは送信されません）")
        else:
            route = "HTTP" if d.adapter == "http" else "CSV"
            text = f"<b>{d.label}</b>（{route}）　試行 {d.attempts}回"
            if d.delivered_at:
                text += f"<br>送信日時 {clock(d.delivered_at, tz, today=today)}"
            elif d.next_attempt_at and d.status != "failed":
                text += f"<br>次の送信 {clock(d.next_attempt_at, tz, today=today)}"
            if d.last_error:
                text += f"<br>理由: {escape(d.last_error)}"
            for r in review.routes:  # 担当課への連携: one line per department route
                text += f"<br>{escape(r.department)}: <b>{r.label}</b>"
                if r.status == "failed" and r.last_error:
                    text += f"（{escape(r.last_error)}）"
            pane.delivery.setText(text)

        allowed = review.allowed
        editable = status in (Status.CONFIRMED, Status.REVIEWING, Status.DRAFT)
        pane.edit_button.setEnabled(editable and bool(self.vm.rows))
        pane.return_button.setEnabled("return" in allowed)
        pane.cancel_button.setEnabled("cancel" in allowed)
        pane.file_button.setEnabled("confirm" in allowed and not review.errors)
        pane.reopen_button.setEnabled("reopen" in allowed)
        pane.approve_button.setEnabled(review.can_approve)
        pane.print_button.setEnabled(True)
        approved = status in (Status.APPROVED, Status.DELIVERED, Status.DELIVERY_FAILED)
        pane.receipt_button.setEnabled(approved)
        pane.related_print_button.setEnabled(approved and bool(review.related))
        pane.retry_button.setEnabled("retry_delivery" in allowed)
        self._name_buttons(review.label)

    def _name_buttons(self, label: str) -> None:
        """Each action says which 受付番号 it acts on."""
        on = f" {label}" if label else ""
        pane = self.review
        pane.approve_button.setText(f"承認・本登録{on}\nCtrl+Enter")
        tip = f"{label} に対して" if label else ""
        for button in (pane.return_button, pane.cancel_button, pane.file_button):
            button.setToolTip(tip + button.text().split(" (")[0].lstrip("←× "))

    def _show_delivery(self) -> None:
        notice = self.vm.delivery_notice
        self.delivery_label.setText(f"！ {notice}" if notice else "")
        self.delivery_label.setVisible(bool(notice))

    def _show_day(self) -> None:
        day = self.vm.day
        if day is None:
            return
        pane = self.day
        pane.title.setText(f"本日の状況　{day.day.year}年{day.day.month}月{day.day.day}日")
        median = day.median_card_to_approval
        pane.figures["handed_out"].setText(f"{day.handed_out}件")
        pane.figures["approvals"].setText(f"{day.approvals}件")
        pane.figures["median"].setText(
            waiting_text(int(median.total_seconds())) if median is not None else "—"
        )
        pane.figures["pending"].setText(f"{day.pending_deliveries}件")
        pane.figures["failed"].setText(f"{day.failed_deliveries}件")
        rows = [f"種別 {escape(k)}: {v}件" for k, v in sorted(day.counts_by_kind.items())]
        rows += [f"状態 {escape(k)}: {v}件" for k, v in sorted(day.counts_by_status.items())]
        pane.counts.setText("<br>".join(rows) or "まだ受付はありません")
        if self.tabs.currentIndex() == 1:  # drawn only while the day tab is shown
            self.vm.refresh_day_chart()
            chart = QPixmap()
            if self.vm.day_chart and chart.loadFromData(self.vm.day_chart, "PNG"):
                pane.chart.setPixmap(chart)

    # -- acting ------------------------------------------------------------------------------

    def _show_dialog(self, dialog: Dialog) -> None:
        """Open a dialog window-modal; the desk is active again when it closes (not every
        window manager hands the focus back by itself, and shortcuts need it)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: Dialog) -> None:
        """A dialog is done: the desk takes the focus back and the dialog goes (a desk opens
        hundreds a day; kept as the window's children they added up all day)."""
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.activateWindow()

    def _target(self, what: str) -> Any:
        review = self.vm.review
        if review is None:
            self.say(f"！ {what}する届出を一覧から選んでください", 8000)
        return review

    def edit_selected(self) -> EditDialog | None:
        review = self._target("訂正")
        row = self.review.current_row()
        if review is None:
            return None
        if row is None or not self.review.edit_button.isEnabled():
            self.say(f"！ {review.label}: 訂正する項目を選んでください（Ctrl+2 で項目へ）", 8000)
            return None
        dialog = EditDialog(row, review.label, self)
        dialog.accepted.connect(
            lambda: self.vm.edit(row.path, dialog.new_value, dialog.reason_code, review)
        )
        self._show_dialog(dialog)
        return dialog

    def return_current(self) -> ReturnDialog | None:
        review = self._target("差戻")
        if review is None:
            return None
        if not self.review.return_button.isEnabled():
            self.say(f"！ {review.label}: {review.status.ja}の届出は差戻できません", 8000)
            return None
        dialog = ReturnDialog(review.label, self)
        dialog.accepted.connect(lambda: self.vm.return_(dialog.reason, review))
        self._show_dialog(dialog)
        return dialog

    def cancel_current(self) -> CancelDialog | None:
        review = self._target("取消")
        if review is None:
            return None
        if not self.review.cancel_button.isEnabled():
            self.say(f"！ {review.label}: {review.status.ja}の届出は取消できません", 8000)
            return None
        dialog = CancelDialog(review.label, self)
        dialog.accepted.connect(lambda: self.vm.cancel(dialog.reason_code, review))
        self._show_dialog(dialog)
        return dialog

    def reopen_current(self) -> None:
        review = self._target("入力中に戻")
        if review is not None:
            self.vm.reopen(review)

    def retry_current(self) -> None:
        review = self._target("再送信")
        if review is not None:
            self.vm.retry_delivery(review)

    def file_current(self) -> None:
        """入力中 → 確認済 once staff completed the notification (Ctrl+S)."""
        review = self._target("受付")
        if review is None:
            return
        if not self.review.file_button.isEnabled():
            why = "エラーを訂正してください" if review.errors else f"{review.status.ja}です"
            self.say(f"！ {review.label}: 受付できません（{why}）", 8000)
            return
        self.vm.resubmit(review)

    def approve_current(self) -> ApproveDialog | None:
        """承認 (Ctrl+Enter) of the notification shown; 注意 must be acknowledged first."""
        review = self._target("承認")
        if review is None:
            return None
        if not self.review.approve_button.isEnabled():
            why = (
                f"エラーが{len(review.errors)}件あります。訂正してください"
                if review.errors
                else f"{review.status.ja}の届出です"
            )
            self.say(f"！ {review.label}: 承認できません（{why}）", 8000)
            return None
        if not review.alerts:
            self.vm.approve(review)
            return None
        dialog = ApproveDialog(review, self)
        dialog.accepted.connect(lambda: self.vm.approve(review, review.alert_codes))
        self._show_dialog(dialog)
        return dialog

    def toggle_related(self) -> None:
        """Mark the selected 関連手続 done (済), or not done again (Space on the list)."""
        review = self._target("関連手続を記録")
        index = self.review.related.currentIndex()
        if review is None:
            return
        if not index.isValid():
            self.say(f"！ {review.label}: 関連手続を選んでください（Ctrl+3 で一覧へ）", 8000)
            return
        procedure = self.vm.related.rows[index.row()]
        self.vm.mark_related(procedure.code, not procedure.done)
        row = next((i for i, p in enumerate(self.vm.related.rows) if p.code == procedure.code), -1)
        if row >= 0:
            self.review.related.selectRow(row)

    def print_current(self, what: str) -> Printed | None:
        """Print the form, the receipt or (``related``) every related form in one job."""
        output = self.vm.related_forms() if what == "related" else self.vm.output(what)
        if output is None:
            return None
        try:
            printed = print_pdf(
                output.pdf,
                filename=output.filename,
                fallback_dir=self.print_dir,
                parent=self,
                ask=self.ask_printer,
            )
        except OSError:
            self.say("！ 印刷できません。プリンターと保存先を確かめてください", 15000)
            return None
        self.last_printed = printed
        label = self.vm.review.label if self.vm.review is not None else ""
        self.say(f"{label}: {printed.message}" if label else printed.message, 15000)
        return printed

    def pair(self) -> PairDialog:
        dialog = PairDialog(self.vm.paired(), self)

        def done() -> None:
            self.vm.pair(dialog.digits)
            self._show_queue()

        dialog.accepted.connect(done)
        self._show_dialog(dialog)
        return dialog

    def snapshot(self) -> QPixmap:
        """What staff see: the window, with an open dialog drawn where it sits over it."""
        pixmap = self.grab()
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            over = dialog.grab()
            painter = QPainter(pixmap)
            x = (pixmap.width() - over.width()) // 2
            y = (pixmap.height() - over.height()) // 3
            painter.fillRect(x - 2, y - 2, over.width() + 4, over.height() + 4, Qt.GlobalColor.gray)
            painter.drawPixmap(x, y, over)
            painter.end()
        return pixmap

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        self.vm.close()
        if self.interview_model is not None:
            self.interview_model.close()
        super().closeEvent(event)
