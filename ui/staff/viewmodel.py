"""View-models of the staff console: Qt models and signals over the staff service.

The service is :class:`kiosk.staff_service.StaffService`.

They hold no rules and touch no database: every action is one service call, its outcome turned
into signals the widgets show. A refusal (:class:`kiosk.staff_service.Refused`, one Japanese
line) becomes a :attr:`ConsoleViewModel.failed` message naming the 受付番号 it concerns; a
disabled account (:class:`~kiosk.staff_service.SessionEnded`) ends the session and emits
:attr:`ConsoleViewModel.sessionEnded`; anything else is a bug and propagates.

The tables are Qt item models (:class:`QueueModel`, :class:`FieldsModel`, :class:`RelatedModel`,
:class:`NumbersModel`): what a cell shows is ``data(index, role)``, tested without a window.
Every time they show is in the counter's time zone.

:class:`ChangeListener` waits for committed changes on a background thread (the service's change
watcher: LISTEN/NOTIFY on PostgreSQL, polling on SQLite) and wakes the queue, so a resident's
notification appears on the desk within a second of being filed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, tzinfo
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from forms.model import RelatedProcedure
from kiosk.day_view import NumberRow
from kiosk.errors import KioskError
from kiosk.staff_service import (
    CANCEL_REASONS,
    DayView,
    Gone,
    Output,
    QueueRow,
    Review,
    SessionEnded,
    StaffService,
    StaffUser,
)
from kiosk.status import Status
from ui.pyside_fix import emit
from ui.staff.layout import FieldRow, clock, lay_out

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole

#: Row tints by state: always paired with the state's name in text (no colour-only meaning).
STATE_TINT = {
    Status.DELIVERY_FAILED: "#fde2e1",
    Status.CONFIRMED: "#fff6d6",
    Status.REVIEWING: "#e3efff",
    Status.APPROVED: "#e6f4e6",
    Status.DELIVERED: "#eeeeee",
    Status.RETURNED: "#f3e6f7",
    Status.CANCELLED: "#e0e0e0",
}
ERROR_TINT = "#f7c6c6"
ALERT_TINT = "#fff0a0"


def waiting_text(seconds: int | None) -> str:
    """Waiting time as staff read it: 分 and 秒 (hours beyond 60 minutes); — once finished."""
    if seconds is None:
        return "—"
    minutes, secs = divmod(max(0, seconds), 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}時間{minutes:02d}分"
    return f"{minutes}分{secs:02d}秒"


class _Table(QAbstractTableModel):
    """A read-only table of frozen rows with fixed headers."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class QueueModel(_Table):
    """The live queue: 受付番号, 受付時刻, 種別, 状態, 待ち時間, 人数, 注意, 端末."""

    HEADERS = ("受付番号", "受付", "種別", "状態", "待ち時間", "人数", "エラー・注意", "端末")

    def __init__(self, tz: tzinfo, today: Callable[[], date], parent: QObject | None = None):
        super().__init__(parent)
        self.tz = tz
        self.today = today
        self.rows: list[QueueRow] = []

    def text(self, row: QueueRow, col: int) -> str:
        if col == 0:
            return row.label
        if col == 1:
            return clock(row.received_at, self.tz, today=self.today())
        if col == 2:
            return row.kind_label
        if col == 3:
            who = f"（{row.reviewer}）" if row.reviewer and row.status is Status.REVIEWING else ""
            return row.status_label + who
        if col == 4:
            return waiting_text(row.waiting_seconds)
        if col == 5:
            return f"{row.persons}人"
        if col == 6:
            parts = []
            if row.errors:
                parts.append(f"エラー{row.errors}")
            if row.alerts:
                parts.append(f"注意{row.alerts}")
            parts.extend(row.badges)
            return "・".join(parts) if parts else "—"
        return row.terminal or "—"

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = STATE_TINT.get(row.status)
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.UserRole:
            return str(row.id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.label} {row.kind_label} {row.status_label}"
        return None

    def row_of(self, notification_id: uuid.UUID) -> int:
        for i, row in enumerate(self.rows):
            if row.id == notification_id:
                return i
        return -1


class FieldsModel(_Table):
    """The fields of the notification under review: 区分, 項目, 値, 入力元, 指摘."""

    HEADERS = ("区分", "項目", "値", "入力元", "指摘")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FieldRow] = []

    @staticmethod
    def notes(row: FieldRow) -> str:
        return "・".join(
            "エラー" if f.severity == "error" else (f.headline or f.title) for f in row.findings
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return (
                row.section,
                row.label,
                row.value or "（空欄）",
                row.source_mark,
                self.notes(row),
            )[col]
        if role == Qt.ItemDataRole.BackgroundRole and row.findings and col in (2, 4):
            alert_only = all(f.severity == "alert" for f in row.findings)
            return QBrush(QColor(ALERT_TINT if alert_only else ERROR_TINT))
        if role == Qt.ItemDataRole.UserRole:
            return row.path
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.section} {row.label} {row.value or '空欄'} {row.source_label}"
        return None


class RelatedModel(_Table):
    """関連手続: 済 (marked at the desk: Space or double-click on a row), 手続, 担当課, 理由."""

    HEADERS = ("済", "手続", "担当課", "理由")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RelatedProcedure] = []

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            done = "■ 済" if row.done else "□ 未"
            return (done, row.name, row.department, row.reason)[col]
        if role == Qt.ItemDataRole.BackgroundRole and row.done:
            return QBrush(QColor(STATE_TINT[Status.APPROVED]))
        if role == Qt.ItemDataRole.UserRole:
            return row.code
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name} {'済' if row.done else '未'} {row.department}"
        return None


class NumbersModel(_Table):
    """本日の状況: every 受付番号 handed out today, with its time, kind and state."""

    HEADERS = ("受付番号", "受付", "種別", "状態")

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.rows: list[NumberRow] = []

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return (
                row.label,
                clock(row.received_at, self.tz),
                row.kind_label or "—",
                row.status_label,
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = STATE_TINT.get(row.status) if row.status is not None else ERROR_TINT
            return QBrush(QColor(tint)) if tint else None
        return None


class ChangeListener(QThread):
    """Waits for committed changes off the GUI thread and emits :attr:`changed`."""

    changed = Signal()

    def __init__(self, service: StaffService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._running = True

    def run(self) -> None:
        watcher = self._service.watch()
        try:
            while self._running:
                if watcher.wait(timeout=0.3):
                    emit(self.changed)
        finally:
            watcher.close()

    def stop(self) -> None:
        self._running = False
        self.wait(5000)


class ConsoleViewModel(QObject):
    """One logged-in desk: the queue, the notification under review, the day's figures.

    ``refresh_seconds`` is how often the queue is read again without a change (waiting times,
    and the account check that ends a disabled account's session).
    """

    queueChanged = Signal()
    reviewChanged = Signal()
    dayChanged = Signal()
    #: The back office became unreachable, or reachable again (:attr:`delivery_notice`).
    deliveryChanged = Signal()
    failed = Signal(str)
    informed = Signal(str)
    loggedOut = Signal()
    sessionEnded = Signal(str)

    def __init__(
        self,
        service: StaffService,
        user: StaffUser,
        *,
        live: bool = True,
        refresh_seconds: float = 5.0,
    ) -> None:
        super().__init__()
        self.service = service
        self.user = user
        self.tz = service.config.tz
        self.queue = QueueModel(self.tz, service.today, self)
        self.fields = FieldsModel(self)
        self.related = RelatedModel(self)
        self.numbers = NumbersModel(self.tz, self)
        self.review: Review | None = None
        self.rows: list[FieldRow] = []
        self.day: DayView | None = None
        #: 本日の状況 as a chart (PNG bytes), drawn by the service.
        self.day_chart = b""
        self.ended = False
        self.end_message = ""
        self._listener: ChangeListener | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(int(refresh_seconds * 1000))
        self._tick.timeout.connect(self.refresh_queue)
        self._tick.timeout.connect(self.refresh_delivery)
        #: While the back office cannot be reached: the line for the status bar (else "").
        self.delivery_notice = ""
        if live:
            self._listener = ChangeListener(service, self)
            self._listener.changed.connect(self._on_change)
            self._listener.start()
            self._tick.start()
        self.refresh_queue()
        self.refresh_day()
        self.refresh_delivery()

    # -- plumbing ----------------------------------------------------------------------------

    def _call(self, work: Callable[[], T], about: str = "") -> T | None:
        """Run one service call; a refusal becomes :attr:`failed` (naming ``about``, the
        受付番号 it concerns), a disabled account ends the session."""
        if self.ended:
            return None
        try:
            return work()
        except SessionEnded as exc:
            self._end(str(exc))
            return None
        except KioskError as exc:
            emit(self.failed, f"{about}: {exc}" if about else str(exc))
            return None

    def _end(self, message: str) -> None:
        self.ended = True
        self.end_message = message
        self.close()
        emit(self.sessionEnded, message)

    def _show(self, review: Review | None) -> None:
        self.review = review
        self.rows = lay_out(review, self.tz) if review is not None else []
        self.fields.set_rows(self.rows)
        self.related.set_rows(list(review.related) if review is not None else [])
        emit(self.reviewChanged)

    def _reload(self) -> None:
        """The review under way again, as it is now (after a change or a refusal)."""
        shown = self.review
        if shown is None or self.ended:
            return
        try:
            current = self.service.review(self.user, shown.id)
        except SessionEnded as exc:
            self._end(str(exc))
            return
        except Gone:
            self._show(None)
            emit(self.informed, f"{shown.label}: この届出はもうありません（取りやめ・消去）")
            return
        except KioskError as exc:
            emit(self.failed, f"{shown.label}: {exc}")
            return
        if current != shown:
            self._show(current)

    def _on_change(self) -> None:
        self.refresh_queue()
        self.refresh_day()
        self._reload()

    def close(self) -> None:
        self._tick.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    # -- reading -----------------------------------------------------------------------------

    def refresh_queue(self) -> None:
        rows = self._call(lambda: self.service.queue(self.user))
        if rows is not None:
            self.queue.set_rows(rows)
            emit(self.queueChanged)

    def refresh_day(self) -> None:
        day = self._call(lambda: self.service.day_view(self.user))
        if day is not None:
            self.day = day
            self.numbers.set_rows(list(day.numbers))
            emit(self.dayChanged)

    def refresh_delivery(self) -> None:
        """Whether the back office can be reached (every tick, not on every change: an outage
        is a state of minutes, and this asks the database a few questions)."""
        notice = self._call(lambda: self.service.delivery_notice(self.user))
        text = notice or ""
        if text != self.delivery_notice:
            self.delivery_notice = text
            emit(self.deliveryChanged)

    def refresh_day_chart(self) -> None:
        """Draw the day's chart again where its figures changed (when the day tab is shown)."""
        chart = self._call(lambda: self.service.day_chart(self.user))
        if chart is not None:
            self.day_chart = chart

    def open(self, notification_id: uuid.UUID, *, take: bool = True) -> bool:
        """Show a notification; with ``take`` a reviewer takes a 確認済 one (審査中)."""
        review = self._call(lambda: self.service.open(self.user, notification_id, take=take))
        if review is None:
            return False
        self._show(review)
        if take:
            self.refresh_queue()
        return True

    def select(self, notification_id: uuid.UUID) -> bool:
        """The clerk highlighted a queue row: show it (looked at, not taken)."""
        if self.review is not None and self.review.id == notification_id:
            return True
        return self.open(notification_id, take=False)

    # -- acting ------------------------------------------------------------------------------

    def _act(self, target: Review | None, work: Callable[[Review], Review], done: str) -> bool:
        """One action on ``target`` (the review the clerk saw, by default the one shown)."""
        r = target or self.review
        if r is None:
            emit(self.failed, "届出を一覧から選んでください")
            return False
        review = self._call(lambda: work(r), r.label)
        if review is None:
            if self.review is not None and self.review.id == r.id:
                self._reload()
            return False
        self._show(review)
        self.refresh_queue()
        self.refresh_day()
        if done:
            emit(self.informed, f"{review.label}: {done}")
        return True

    def edit(self, path: str, value: str, reason: str, target: Review | None = None) -> bool:
        return self._act(
            target,
            lambda r: self.service.edit(
                self.user, r.id, path, value, reason=reason, expected_version=r.version
            ),
            "訂正しました",
        )

    def return_(self, reason: str, target: Review | None = None) -> bool:
        return self._act(
            target,
            lambda r: self.service.return_(self.user, r.id, reason, expected_version=r.version),
            "差戻しました",
        )

    def approve(self, target: Review | None = None, acknowledged: tuple[str, ...] = ()) -> bool:
        return self._act(
            target,
            lambda r: self.service.approve(
                self.user, r.id, expected_version=r.version, acknowledged=acknowledged
            ),
            "承認しました（本登録・送信待ち）",
        )

    def cancel(self, reason: str, target: Review | None = None) -> bool:
        return self._act(
            target,
            lambda r: self.service.cancel(self.user, r.id, reason, expected_version=r.version),
            f"取消しました（{CANCEL_REASONS.get(reason, reason)}）",
        )

    def retry_delivery(self, target: Review | None = None) -> bool:
        return self._act(
            target,
            lambda r: self.service.retry_delivery(self.user, r.id, expected_version=r.version),
            "再送信します",
        )

    def reopen(self, target: Review | None = None) -> bool:
        return self._act(
            target,
            lambda r: self.service.reopen(self.user, r.id, expected_version=r.version),
            "入力中に戻しました",
        )

    def resubmit(self, target: Review | None = None) -> bool:
        """受付 (入力中 → 確認済) of a notification staff completed or corrected."""
        before = target or self.review
        if not self._act(
            target,
            lambda r: self.service.resubmit(self.user, r.id, expected_version=r.version),
            "",
        ):
            return False
        assert self.review is not None
        was = (
            f"{before.label} を" if before is not None and before.label != self.review.label else ""
        )
        emit(self.informed, f"{was}{self.review.label} として受付しました")
        return True

    def mark_related(self, code: str, done: bool) -> bool:
        r = self.review
        name = next((p.name for p in r.related if p.code == code), code) if r else code
        return self._act(
            r,
            lambda r: self.service.mark_related(self.user, r.id, code, done=done),
            f"{name}を{'済にしました' if done else '未了に戻しました'}",
        )

    def output(self, what: str) -> Output | None:
        r = self.review
        if r is None:
            emit(self.failed, "届出を一覧から選んでください")
            return None
        out: Output | None = self._call(
            lambda: self.service.output(self.user, r.id, what),  # type: ignore[arg-type]
            r.label,
        )
        return out

    def related_forms(self) -> Output | None:
        """Every related procedure's pre-filled form of the notification shown, as one PDF."""
        r = self.review
        if r is None:
            emit(self.failed, "届出を一覧から選んでください")
            return None
        out: Output | None = self._call(
            lambda: self.service.related_forms(self.user, r.id), r.label
        )
        return out

    def pair(self, code: str) -> str | None:
        tablet: str | None = self._call(lambda: self.service.pair(self.user, code))
        if tablet is not None:
            emit(self.informed, f"端末 {tablet} とペアリングしました")
            self.refresh_queue()
        return tablet

    def unpair(self, tablet: str) -> None:
        if self._call(lambda: self.service.unpair(self.user, tablet) or True):
            emit(self.informed, f"端末 {tablet} のペアリングを解除しました")
            self.refresh_queue()

    def paired(self) -> list[str]:
        tablets: list[str] | None = self._call(lambda: self.service.paired_tablets(self.user))
        return tablets or []

    def logout(self) -> None:
        if not self.ended:
            self._call(lambda: self.service.logout(self.user))
        self.close()
        emit(self.loggedOut)
