"""The staff console window (職員画面): live queue on the left, review and the day on the right.

Keyboard-first — every action has a shortcut, shown on its button:

F5                 refresh
Ctrl+1 / Ctrl+2    focus the queue / the fields of the form
Enter (queue)      open the selected notification
F2 (fields)        correct the selected field (訂正, with a reason)
Ctrl+Enter         approve (本登録)
Ctrl+S             file a notification staff completed (入力中 → 確認済)
Ctrl+D             return (差戻, with a reason)
Ctrl+E             reopen a returned notification for corrections at the desk (差戻 → 入力中)
Ctrl+P             print the form (確認用 before approval)
Ctrl+Shift+P       print the receipt (受付票)
Ctrl+Shift+R       retry a failed delivery (再送信)
Ctrl+K             pair a tablet (ペアリング)
F3 / F4            the review tab / the day tab
Ctrl+L             log out

Meaning never rests on colour alone: every tinted row or finding also says what it is in words.
"""

from __future__ import annotations

import uuid
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeySequence, QPainter, QPixmap, QShortcut
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
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff_service import FieldRow
from kiosk.status import Status
from kiosk.version import version_label
from ui.staff.dialogs import EditDialog, PairDialog, ReturnDialog
from ui.staff.printing import Printed, print_pdf
from ui.staff.viewmodel import ConsoleViewModel, waiting_text

#: The font for rare kanji (IPAmj明朝, 文字情報基盤) where installed; Qt falls back otherwise.
GAIJI_FAMILY = "IPAmjMincho"

SOURCE_MARK = {"ic_chip": "◎ ICチップ", "resident": "住民入力", "staff": "✎ 職員訂正",
               "postal_lookup": "〒 郵便番号"}  # fmt: skip


def _bold(widget: QWidget, delta: int = 0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if delta:
        font.setPointSize(font.pointSize() + delta)
    widget.setFont(font)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    return item


class ReviewPane(QWidget):
    """One notification under review: header, findings, 外字, fields, related, delivery."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.header = QLabel(
            "左の一覧から届出を選んでください（Ctrl+1 → Enter）", objectName="reviewHeader"
        )
        _bold(self.header, 4)
        layout.addWidget(self.header)
        self.sub = QLabel(objectName="reviewSub")
        self.sub.setTextFormat(Qt.TextFormat.RichText)
        self.sub.setWordWrap(True)
        layout.addWidget(self.sub)

        findings = QHBoxLayout()
        self.findings = QLabel(objectName="findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings.setAccessibleName("エラーと注意")
        scroll = QScrollArea()
        scroll.setWidget(self.findings)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(90)
        scroll.setMaximumHeight(190)
        findings.addWidget(scroll, 4)
        self.gaiji = QLabel(objectName="gaiji")
        self.gaiji.setTextFormat(Qt.TextFormat.RichText)
        self.gaiji.setFrameShape(QFrame.Shape.StyledPanel)
        self.gaiji.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gaiji.setMaximumHeight(190)
        self.gaiji.setAccessibleName("外字")
        self.gaiji.hide()
        findings.addWidget(self.gaiji, 1)
        layout.addLayout(findings)

        self.fields = QTableWidget(0, 5, objectName="fields")
        self.fields.setHorizontalHeaderLabels(["区分", "項目", "値", "入力元", "指摘"])
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.setAccessibleName("届出の項目")
        layout.addWidget(self.fields, 6)

        lower = QHBoxLayout()
        related_box = QGroupBox("関連手続（お渡しする書類・ご案内）")
        related_layout = QVBoxLayout(related_box)
        self.related = QTableWidget(0, 3, objectName="related")
        self.related.setHorizontalHeaderLabels(["手続", "担当課", "理由"])
        self.related.verticalHeader().hide()
        self.related.setWordWrap(True)
        self.related.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.related.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.related.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.related.setColumnWidth(0, 250)
        self.related.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        related_layout.addWidget(self.related)
        lower.addWidget(related_box, 3)
        delivery_box = QGroupBox("送信（住民記録システム）")
        delivery_layout = QVBoxLayout(delivery_box)
        self.delivery = QLabel("本登録の後に送信されます", objectName="delivery")
        self.delivery.setWordWrap(True)
        delivery_layout.addWidget(self.delivery)
        lower.addWidget(delivery_box, 1)
        layout.addLayout(lower, 2)

        buttons = QGridLayout()
        self.edit_button = QPushButton("訂正 (F2)", objectName="editButton")
        self.file_button = QPushButton("受付する (Ctrl+S)", objectName="fileButton")
        self.file_button.setToolTip("入力中の届出を、職員が補った内容で受付（確認済）にします")
        self.return_button = QPushButton("差戻 (Ctrl+D)", objectName="returnButton")
        self.reopen_button = QPushButton("入力中に戻す (Ctrl+E)", objectName="reopenButton")
        self.reopen_button.setToolTip("差戻した届出を職員が直すために入力中に戻します")
        self.approve_button = QPushButton("承認・本登録 (Ctrl+Enter)", objectName="approveButton")
        _bold(self.approve_button)
        self.print_button = QPushButton("届書を印刷 (Ctrl+P)", objectName="printButton")
        self.receipt_button = QPushButton("受付票を印刷 (Ctrl+Shift+P)", objectName="receiptButton")
        self.retry_button = QPushButton("再送信 (Ctrl+Shift+R)", objectName="retryButton")
        # Two rows: correcting the form above, what follows approval below.
        for i, b in enumerate(
            (
                self.edit_button,
                self.file_button,
                self.return_button,
                self.reopen_button,
                self.approve_button,
                self.print_button,
                self.receipt_button,
                self.retry_button,
            )
        ):
            b.setEnabled(False)
            buttons.addWidget(b, i // 4, i % 4)
        layout.addLayout(buttons)
        self.rows: list[FieldRow] = []

    def current_row(self) -> FieldRow | None:
        index = self.fields.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None


class DayPane(QWidget):
    """本日の状況: counts by kind and state, median card-to-approval, deliveries due."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel(objectName="dayTitle")
        _bold(self.title, 4)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(
            [
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
        self.kinds = QTableWidget(0, 2, objectName="dayKinds")
        self.kinds.setHorizontalHeaderLabels(["種別・状態", "件数"])
        self.kinds.verticalHeader().hide()
        self.kinds.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.kinds)


class StaffWindow(QMainWindow):
    """The desk: queue + review + day, over one :class:`ConsoleViewModel`."""

    def __init__(self, vm: ConsoleViewModel, *, print_dir: Path, ask_printer: bool = True) -> None:
        super().__init__()
        self.vm = vm
        self.print_dir = print_dir
        self.ask_printer = ask_printer
        self.last_printed: Printed | None = None
        self.dialog: EditDialog | ReturnDialog | PairDialog | None = None
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
        self.statusBar().addPermanentWidget(self.version_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        queue_title = QLabel("受付一覧（新しい届出は自動で表示されます）")
        _bold(queue_title, 2)
        left_layout.addWidget(queue_title)
        self.queue = QTableView(objectName="queue")
        self.queue.setModel(vm.queue)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.verticalHeader().hide()
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.queue.setAccessibleName("受付一覧")
        self.queue.activated.connect(self._open_index)
        left_layout.addWidget(self.queue)
        splitter.addWidget(left)

        self.tabs = QTabWidget(objectName="tabs")
        self.review = ReviewPane()
        self.day = DayPane()
        self.tabs.addTab(self.review, "審査 (F3)")
        self.tabs.addTab(self.day, "本日の状況 (F4)")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 1130])
        outer.addWidget(splitter)
        self.setCentralWidget(central)

        r = self.review
        r.edit_button.clicked.connect(self.edit_selected)
        r.return_button.clicked.connect(self.return_current)
        r.file_button.clicked.connect(self.file_current)
        r.reopen_button.clicked.connect(self.vm.reopen)
        r.approve_button.clicked.connect(self.approve_current)
        r.print_button.clicked.connect(lambda: self.print_current("form"))
        r.receipt_button.clicked.connect(lambda: self.print_current("receipt"))
        r.retry_button.clicked.connect(self.vm.retry_delivery)
        r.fields.activated.connect(lambda _i: self.edit_selected())
        self.pair_button.clicked.connect(self.pair)
        self.logout_button.clicked.connect(self.vm.logout)

        shortcuts = {
            "F5": self._refresh,
            "Ctrl+1": self.queue.setFocus,
            "Ctrl+2": r.fields.setFocus,
            "F2": self.edit_selected,
            "Ctrl+Return": self.approve_current,
            "Ctrl+Enter": self.approve_current,
            "Ctrl+D": self.return_current,
            "Ctrl+S": self.file_current,
            "Ctrl+E": self.vm.reopen,
            "Ctrl+P": lambda: self.print_current("form"),
            "Ctrl+Shift+P": lambda: self.print_current("receipt"),
            "Ctrl+Shift+R": self.vm.retry_delivery,
            "Ctrl+K": self.pair,
            "F3": lambda: self.tabs.setCurrentIndex(0),
            "F4": lambda: self.tabs.setCurrentIndex(1),
            "Ctrl+L": self.vm.logout,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

        # Tab order follows the screen: queue → fields → actions in the order of the work.
        self.setTabOrder(self.queue, r.fields)
        self.setTabOrder(r.fields, r.edit_button)
        self.setTabOrder(r.edit_button, r.file_button)
        self.setTabOrder(r.file_button, r.return_button)
        self.setTabOrder(r.return_button, r.reopen_button)
        self.setTabOrder(r.reopen_button, r.approve_button)
        self.setTabOrder(r.approve_button, r.print_button)
        self.setTabOrder(r.print_button, r.receipt_button)
        self.setTabOrder(r.receipt_button, r.retry_button)

        vm.queueChanged.connect(self._show_queue)
        vm.reviewChanged.connect(self._show_review)
        vm.dayChanged.connect(self._show_day)
        vm.failed.connect(lambda text: self.statusBar().showMessage(f"⚠ {text}", 15000))
        vm.informed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._show_queue()
        self._show_day()
        self.resize(1600, 960)
        self.queue.setFocus()

    # -- showing -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.vm.refresh_queue()
        self.vm.refresh_day()

    def _show_queue(self) -> None:
        tablets = self.vm.paired()
        self.paired_label.setText("ペアリング中: " + ("、".join(tablets) if tablets else "なし"))
        if self.vm.review is not None:
            row = self.vm.queue.row_of(self.vm.review.id)
            if row >= 0:
                self.queue.selectionModel().setCurrentIndex(
                    self.vm.queue.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        elif self.vm.queue.rowCount() and not self.queue.currentIndex().isValid():
            self.queue.selectRow(0)
        self.queue.resizeColumnsToContents()

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
        if review is None:
            return
        status = review.status
        signed = "署名あり" if review.signed else "署名なし"
        pane.header.setText(
            f"{review.label}　{review.kind_label}　［{status.ja}］　"
            f"{len(review.notification.persons)}人　{signed}"
        )
        sub = []
        if review.reviewer:
            sub.append(f"審査者: {review.reviewer}")
        if review.return_reason:
            sub.append(f"<b style='color:#6a1b9a'>差戻理由: {escape(review.return_reason)}</b>")
        if review.card_alerts:
            sub.append("カード読取の注意: " + escape("／".join(review.card_alerts)))
        pane.sub.setText("　".join(sub))

        names = {row.path: f"{row.section}　{row.label}" for row in review.fields}
        groups: dict[tuple[str, str, str], list[str]] = {}
        for f in [*review.errors, *review.alerts]:
            tag = "エラー" if f.severity == "error" else f"注意・{f.headline or '確認'}"
            groups.setdefault((f.severity, tag, f.message), []).append(names.get(f.field, f.field))
        lines = []
        for (severity, tag, message), where in groups.items():
            colour = "#b00020" if severity == "error" else "#7a4a00"
            mark = "✖" if severity == "error" else "▲"
            lines.append(
                f"<p style='margin:2px; color:{colour}'>{mark} <b>{tag}</b>　{escape(message)}"
                f"<br><span style='color:#333'>　該当: {escape('、'.join(where))}</span></p>"
            )
        pane.findings.setText(
            "".join(lines)
            or "<p>✔ <b>エラー・注意はありません</b>"
            + ("（承認できます）" if "approve" in review.allowed else "")
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

        pane.rows = review.fields
        pane.fields.setRowCount(len(review.fields))
        for i, row in enumerate(review.fields):
            notes = "・".join(
                ("エラー" if f.severity == "error" else (f.headline or "注意"))
                for f in row.findings
            )
            cells = [
                row.section,
                row.label,
                row.value or "（空欄）",
                SOURCE_MARK[row.source],
                notes,
            ]
            for col, text in enumerate(cells):
                item = _item(text)
                if row.findings and col in (2, 4):
                    alert_only = all(f.severity == "alert" for f in row.findings)
                    item.setBackground(QColor("#fff0a0" if alert_only else "#f7c6c6"))
                pane.fields.setItem(i, col, item)
        pane.fields.resizeRowsToContents()

        pane.related.setRowCount(len(review.related))
        for i, rel in enumerate(review.related):
            done = "（済）" if rel.done else ""
            for col, text in enumerate([rel.name + done, rel.department, rel.reason]):
                item = _item(text)
                item.setToolTip(text)
                pane.related.setItem(i, col, item)
        pane.related.resizeRowsToContents()

        d = review.delivery
        if d is None:
            pane.delivery.setText("本登録の後に送信されます（仮登録のデータは送信されません）")
        else:
            route = "HTTP" if d.adapter == "http" else "CSV"
            text = f"<b>{d.label}</b>（{route}）　試行 {d.attempts}回"
            if d.delivered_at:
                text += (
                    f"<br>送信日時 {d.delivered_at.astimezone(self.vm.service.config.tz):%H:%M:%S}"
                )
            if d.last_error:
                text += f"<br>理由: {d.last_error}"
            pane.delivery.setText(text)

        allowed = review.allowed
        editable = status in (Status.CONFIRMED, Status.REVIEWING, Status.DRAFT)
        pane.edit_button.setEnabled(editable and bool(review.fields))
        pane.return_button.setEnabled("return" in allowed)
        pane.file_button.setEnabled("confirm" in allowed and not review.errors)
        pane.reopen_button.setEnabled("reopen" in allowed)
        pane.approve_button.setEnabled(review.can_approve)
        pane.print_button.setEnabled(True)
        pane.receipt_button.setEnabled(
            status in (Status.APPROVED, Status.DELIVERED, Status.DELIVERY_FAILED)
        )
        pane.retry_button.setEnabled("retry_delivery" in allowed)

    def _show_day(self) -> None:
        day = self.vm.day
        if day is None:
            return
        pane = self.day
        pane.title.setText(f"本日の状況　{day.day:%Y年%m月%d日}")
        median = day.median_card_to_approval
        pane.figures["approvals"].setText(f"{day.approvals}件")
        pane.figures["median"].setText(
            waiting_text(int(median.total_seconds())) if median is not None else "—"
        )
        pane.figures["pending"].setText(f"{day.pending_deliveries}件")
        pane.figures["failed"].setText(f"{day.failed_deliveries}件")
        rows = [(f"種別: {k}", v) for k, v in sorted(day.counts_by_kind.items())]
        rows += [(f"状態: {k}", v) for k, v in sorted(day.counts_by_status.items())]
        pane.kinds.setRowCount(len(rows))
        for i, (label, count) in enumerate(rows):
            pane.kinds.setItem(i, 0, _item(label))
            pane.kinds.setItem(i, 1, _item(f"{count}件"))

    # -- acting ------------------------------------------------------------------------------

    def _show_dialog(self, dialog: EditDialog | ReturnDialog | PairDialog) -> None:
        """Open a dialog window-modal; the desk is active again when it closes (not every
        window manager hands the focus back by itself, and shortcuts need it)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.activateWindow())
        dialog.open()

    def edit_selected(self) -> EditDialog | None:
        row = self.review.current_row()
        if row is None or not self.review.edit_button.isEnabled():
            self.statusBar().showMessage("訂正する項目を選んでください（Ctrl+2 で項目へ）", 8000)
            return None
        dialog = EditDialog(row, self)
        dialog.accepted.connect(
            lambda: self.vm.edit(row.path, dialog.new_value, dialog.reason_code)
        )
        self._show_dialog(dialog)
        return dialog

    def return_current(self) -> ReturnDialog | None:
        review = self.vm.review
        if review is None or not self.review.return_button.isEnabled():
            return None
        dialog = ReturnDialog(review.label, self)
        dialog.accepted.connect(lambda: self.vm.return_(dialog.reason))
        self._show_dialog(dialog)
        return dialog

    def file_current(self) -> None:
        """入力中 → 確認済 once staff completed the notification (Ctrl+S)."""
        if self.vm.review is None or not self.review.file_button.isEnabled():
            self.statusBar().showMessage("受付できません: エラーを訂正してください", 8000)
            return
        self.vm.resubmit()

    def approve_current(self) -> None:
        if self.vm.review is None or not self.review.approve_button.isEnabled():
            self.statusBar().showMessage("承認できません: エラーを訂正してください", 8000)
            return
        self.vm.approve()

    def print_current(self, what: str) -> Printed | None:
        output = self.vm.output(what)
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
        except OSError as exc:
            self.statusBar().showMessage(f"⚠ 印刷できません: {exc}", 15000)
            return None
        self.last_printed = printed
        self.statusBar().showMessage(printed.message, 15000)
        return printed

    def pair(self) -> PairDialog:
        dialog = PairDialog(self.vm.paired(), self)

        def done() -> None:
            tablet = self.vm.pair(dialog.digits)
            if tablet is None:
                self.statusBar().showMessage("⚠ ペアリングできませんでした", 15000)
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
        super().closeEvent(event)
