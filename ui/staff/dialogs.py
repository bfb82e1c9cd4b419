"""The staff console's dialogs: login, correction, 差戻, 取消, approval with 注意, pairing.

Each dialog is keyboard-first: the first field has focus, Tab follows the order of the form,
Enter accepts, Esc cancels. Each names the 受付番号 it acts on, in its title and on its button.
Dialogs open window-modal with :meth:`QDialog.open` (never a nested
event loop), so a test drives them exactly as a person would.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.staff_service import CANCEL_REASONS, EDIT_REASONS, Review, StaffService, StaffUser
from ui.staff.layout import FieldRow

#: Common 差戻 reasons offered first (the text can be changed freely).
RETURN_REASONS = (
    "転出証明書をお持ちください",
    "世帯主・続柄の確認が必要です",
    "異動日の確認が必要です",
    "ご本人の署名が必要です",
)


def _buttons(ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("キャンセル (Esc)")
    return box


class LoginDialog(QDialog):
    """職員ログイン: login id, password and the configured second factor."""

    loggedIn = Signal(object)

    def __init__(
        self, service: StaffService, parent: QWidget | None = None, *, notice: str = ""
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.user: StaffUser | None = None
        self.setWindowTitle("書かない窓口 職員ログイン")
        self.setObjectName("loginDialog")
        layout = QVBoxLayout(self)
        title = QLabel(
            f"{service.config.municipality.name}　{service.config.counter.name}　職員ログイン"
        )
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        self.login_id = QLineEdit(objectName="loginId")
        self.login_id.setAccessibleName("職員ID")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # Passwords and codes never go through an input method (nor the resident screens'
        # virtual keyboard, which shares the process in the single-PC counter).
        for field in (self.login_id, self.password):
            field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.password.setAccessibleName("パスワード")
        self.second = QLineEdit(self, objectName="secondFactor")
        self.second.setAccessibleName("第二要素")
        self.second.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        form.addRow("職員ID", self.login_id)
        form.addRow("パスワード", self.password)
        method = service.second_factor
        if method == "totp":
            self.second.setPlaceholderText("認証アプリの6桁")
            self.second.setMaxLength(6)
            form.addRow("ワンタイムパスワード", self.second)
        elif method == "card":
            self.second.setPlaceholderText("職員証をかざしてください")
            form.addRow("職員証", self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.error = QLabel(notice, objectName="loginError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = _buttons("ログイン (Enter)")
        box.accepted.connect(self.try_login)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setTabOrder(self.login_id, self.password)
        if method != "none":
            self.setTabOrder(self.password, self.second)
        self.login_id.setFocus()
        self.resize(520, 260)

    def try_login(self) -> None:
        try:
            self.user = self.service.login(
                self.login_id.text(),
                self.password.text(),
                self.second.text() if self.second.isVisibleTo(self) else None,
            )
        except KioskError as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.second.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.accept()  # close first, so the desk window that opens next becomes the active one
        self.loggedIn.emit(self.user)


class EditDialog(QDialog):
    """訂正: one field's new value and the reason (both required)."""

    def __init__(self, row: FieldRow, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("editDialog")
        self.setWindowTitle(f"訂正: {label}　{row.section} {row.label}")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        current = QLabel(row.value or "（空欄）")
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("受付番号", QLabel(label))
        form.addRow("項目", QLabel(f"{row.section}　{row.label}"))
        form.addRow("現在の値", current)
        form.addRow("入力元", QLabel(row.source_label))
        self.value = QLineEdit(objectName="editValue")
        self.value.setText(row.editable_text)
        self.value.setAccessibleName("新しい値")
        self.value.selectAll()
        # A coded field is chosen from its values, never typed as a code.
        self.choice = QComboBox(objectName="editChoice")
        self.choice.setAccessibleName("新しい値")
        for code, text in row.choices:
            self.choice.addItem(text, code)
        current = self.choice.findText(row.value)
        if current >= 0:
            self.choice.setCurrentIndex(current)
        editor = self.choice if row.choices else self.value
        (self.value if row.choices else self.choice).hide()
        form.addRow("新しい値", editor)
        self.reason = QComboBox(objectName="editReason")
        self.reason.setAccessibleName("訂正理由")
        self.reason.addItem("（訂正理由を選んでください）", "")
        for code, text in EDIT_REASONS.items():
            self.reason.addItem(text, code)
        form.addRow("訂正理由", self.reason)
        layout.addLayout(form)
        hint = QLabel("日付は 2026-04-13 または 令和8年4月13日 の形で入力できます。")
        hint.setStyleSheet("color: #555;")
        hint.setVisible(row.path.endswith(("_date", "_on")))
        layout.addWidget(hint)
        self.error = QLabel(objectName="editError")
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        box = _buttons(f"{label} を訂正する (Enter)")
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setTabOrder(editor, self.reason)
        editor.setFocus()
        self.resize(640, 300)

    @property
    def new_value(self) -> str:
        """What the staff member entered or chose (a code for coded fields)."""
        if self.row.choices:
            return str(self.choice.currentData() or "")
        return self.value.text()

    @property
    def reason_code(self) -> str:
        return str(self.reason.currentData() or "")

    def _check(self) -> None:
        if not self.reason_code:
            self.error.setText("訂正理由を選んでください。")
            self.reason.setFocus()
            return
        self.accept()


class ReturnDialog(QDialog):
    """差戻: the reason the resident will be told (free text, required)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(f"差戻: {label}")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("差戻の理由（住民の方にお伝えする内容）"))
        self.preset = QComboBox(objectName="returnPreset")
        self.preset.setAccessibleName("よくある理由")
        self.preset.addItem("（よくある理由から選ぶ）")
        self.preset.addItems(RETURN_REASONS)
        self.preset.currentIndexChanged.connect(self._use_preset)
        layout.addWidget(self.preset)
        self.text = QPlainTextEdit(objectName="returnReason")
        self.text.setAccessibleName("差戻の理由")
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        box = _buttons(f"{label} を差戻す")
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.text.setFocus()
        self.resize(560, 320)

    @property
    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _use_preset(self, index: int) -> None:
        if index > 0:
            self.text.setPlainText(self.preset.currentText())

    def _check(self) -> None:
        if not self.reason:
            self.error.setText("差戻の理由を入力してください。")
            return
        self.accept()


class PairDialog(QDialog):
    """ペアリング: the 6-digit code shown on a tablet; lists the tablets already paired."""

    def __init__(self, paired: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairDialog")
        self.setWindowTitle("端末のペアリング")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("住民用端末の画面に表示されている6桁のコードを入力してください。"))
        self.code = QLineEdit(objectName="pairCode")
        self.code.setAccessibleName("ペアリングコード")
        self.code.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.code.setMaxLength(7)
        self.code.setInputMask("999 999;_")
        font = QFont(self.code.font())
        font.setPointSize(font.pointSize() + 10)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code.setFont(font)
        layout.addWidget(self.code)
        listed = "、".join(paired) if paired else "なし"
        layout.addWidget(QLabel(f"ペアリング中の端末: {listed}"))
        self.error = QLabel(objectName="pairError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = _buttons("ペアリング (Enter)")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.code.setFocus()
        self.resize(520, 240)

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.code.text() if ch.isdigit())


class CancelDialog(QDialog):
    """取消: the reason, chosen from the coded list (the code is audited)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self.setWindowTitle(f"取消: {label}")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                f"{label} を取り消します。受付番号は欠番にならず、本日の状況に「取消」と残ります。"
            )
        )
        self.reason = QComboBox(objectName="cancelReason")
        self.reason.setAccessibleName("取消理由")
        self.reason.addItem("（取消理由を選んでください）", "")
        for code, text in CANCEL_REASONS.items():
            self.reason.addItem(text, code)
        layout.addWidget(self.reason)
        self.error = QLabel(objectName="cancelError")
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        box = _buttons(f"{label} を取り消す")
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.reason.setFocus()
        self.resize(560, 220)

    @property
    def reason_code(self) -> str:
        return str(self.reason.currentData() or "")

    def _check(self) -> None:
        if not self.reason_code:
            self.error.setText("取消理由を選んでください。")
            self.reason.setFocus()
            return
        self.accept()


class ApproveDialog(QDialog):
    """承認 of a notification with 注意 findings: each is listed, and the clerk confirms having
    checked them before the approval button can be pressed."""

    def __init__(self, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.setObjectName("approveDialog")
        self.setWindowTitle(f"承認の前に確認: {review.label}")
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"{review.label}（{review.kind_label}）には確認が必要な注意が"
            f"{len(review.alerts)}件あります。"
        )
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        # One line per distinct 注意 (a 外字 in four persons' 氏 is one thing to check).
        grouped: dict[tuple[str, str], int] = {}
        for f in review.alerts:
            key = (f.headline or f.title, f.message)
            grouped[key] = grouped.get(key, 0) + 1
        lines = []
        for (title, message), count in grouped.items():
            where = f"（{count}項目）" if count > 1 else ""
            lines.append(f"<li><b>{escape(title)}</b>　{escape(message)}{where}</li>")
        self.listing = QLabel(
            "<ul style='margin:0'>" + "".join(lines) + "</ul>", objectName="alertList"
        )
        self.listing.setTextFormat(Qt.TextFormat.RichText)
        self.listing.setWordWrap(True)
        self.listing.setAccessibleName("確認が必要な注意")
        layout.addWidget(self.listing)
        self.checked = QCheckBox("上の注意をすべて確認しました（確認した内容は操作ログに残ります）")
        self.checked.setObjectName("alertsChecked")
        layout.addWidget(self.checked)
        self.box = _buttons(f"{review.label} を承認する")
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.checked.toggled.connect(self.ok.setEnabled)
        self.box.accepted.connect(self._check)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.checked.setFocus()
        self.resize(720, 180 + 44 * len(grouped))

    def _check(self) -> None:
        if self.checked.isChecked():
            self.accept()
