"""View-models of the staff console: Qt signals over :class:`kiosk.staff_service.StaffService`.

They hold no rules and touch no database: every action is one facade call, its outcome turned
into signals the widgets show. Errors a person can act on (:class:`kiosk.errors.KioskError`)
become :attr:`ConsoleViewModel.failed` messages; anything else is a bug and propagates.

:class:`ChangeListener` waits for committed changes on a background thread (the facade's change
watcher: LISTEN/NOTIFY on PostgreSQL, polling on SQLite) and wakes the queue, so a resident's
notification appears on the desk within a second of being filed.
"""

from __future__ import annotations

import uuid
from typing import Any

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

from kiosk.errors import KioskError
from kiosk.staff_service import (
    DayView,
    Output,
    QueueRow,
    Review,
    StaffService,
    StaffUser,
)
from kiosk.status import Status
from ui.pyside_fix import emit

#: Row tints by state: always paired with the state's name in text (no colour-only meaning).
STATE_TINT = {
    Status.DELIVERY_FAILED: "#fde2e1",
    Status.CONFIRMED: "#fff6d6",
    Status.REVIEWING: "#e3efff",
    Status.APPROVED: "#e6f4e6",
    Status.DELIVERED: "#eeeeee",
    Status.RETURNED: "#f3e6f7",
}


def waiting_text(seconds: int) -> str:
    """Waiting time as staff read it: 分 and 秒 (hours beyond 60 minutes)."""
    minutes, secs = divmod(max(0, seconds), 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}時間{minutes:02d}分"
    return f"{minutes}分{secs:02d}秒"


class QueueModel(QAbstractTableModel):
    """The live queue as a table: 受付番号, 種別, 状態, 待ち時間, 人数, 注意, 端末."""

    HEADERS = ("受付番号", "種別", "状態", "待ち時間", "人数", "エラー・注意", "端末")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QueueRow] = []

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.label
            if col == 1:
                return row.kind_label
            if col == 2:
                who = (
                    f"（{row.reviewer}）" if row.reviewer and row.status is Status.REVIEWING else ""
                )
                return row.status_label + who
            if col == 3:
                return waiting_text(row.waiting_seconds)
            if col == 4:
                return f"{row.persons}人"
            if col == 5:
                parts = []
                if row.errors:
                    parts.append(f"エラー{row.errors}")
                if row.alerts:
                    parts.append(f"注意{row.alerts}")
                parts.extend(row.badges)
                return "・".join(parts) if parts else "—"
            if col == 6:
                return row.terminal or "—"
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
    """One logged-in desk: the queue, the notification under review, the day's figures."""

    queueChanged = Signal()
    reviewChanged = Signal()
    dayChanged = Signal()
    failed = Signal(str)
    informed = Signal(str)
    loggedOut = Signal()

    def __init__(self, service: StaffService, user: StaffUser, *, live: bool = True) -> None:
        super().__init__()
        self.service = service
        self.user = user
        self.queue = QueueModel(self)
        self.review: Review | None = None
        self.day: DayView | None = None
        self._listener: ChangeListener | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(5000)
        self._tick.timeout.connect(self.refresh_queue)
        if live:
            self._listener = ChangeListener(service, self)
            self._listener.changed.connect(self._on_change)
            self._listener.start()
            self._tick.start()
        self.refresh_queue()
        self.refresh_day()

    # -- plumbing ----------------------------------------------------------------------------

    def _guard(self, work: Any) -> Any:
        try:
            return work()
        except KioskError as exc:
            emit(self.failed, str(exc))
            return None

    def _on_change(self) -> None:
        self.refresh_queue()
        self.refresh_day()
        if self.review is not None:
            current = self._guard(lambda: self.service.review(self.review.id))  # type: ignore[union-attr]
            if current is not None and current.version != self.review.version:
                self.review = current
                emit(self.reviewChanged)

    def close(self) -> None:
        self._tick.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    # -- reading -----------------------------------------------------------------------------

    def refresh_queue(self) -> None:
        rows = self._guard(self.service.queue)
        if rows is not None:
            self.queue.set_rows(rows)
            emit(self.queueChanged)

    def refresh_day(self) -> None:
        day = self._guard(self.service.day_view)
        if day is not None:
            self.day = day
            emit(self.dayChanged)

    def open(self, notification_id: uuid.UUID) -> None:
        review = self._guard(lambda: self.service.open(self.user, notification_id))
        if review is not None:
            self.review = review
            emit(self.reviewChanged)
            self.refresh_queue()

    # -- acting ------------------------------------------------------------------------------

    def _act(self, work: Any, done: str) -> bool:
        review = self._guard(work)
        if review is None:
            return False
        self.review = review
        emit(self.reviewChanged)
        self.refresh_queue()
        self.refresh_day()
        if done:
            emit(self.informed, done)
        return True

    def edit(self, path: str, value: str, reason: str) -> bool:
        r = self.review
        if r is None:
            return False
        return self._act(
            lambda: self.service.edit(
                self.user, r.id, path, value, reason=reason, expected_version=r.version
            ),
            f"{r.label}: 訂正しました",
        )

    def return_(self, reason: str) -> bool:
        r = self.review
        if r is None:
            return False
        return self._act(
            lambda: self.service.return_(self.user, r.id, reason, expected_version=r.version),
            f"{r.label}: 差戻しました",
        )

    def approve(self) -> bool:
        r = self.review
        if r is None:
            return False
        return self._act(
            lambda: self.service.approve(self.user, r.id, expected_version=r.version),
            f"{r.label}: 本登録しました（送信待ち）",
        )

    def retry_delivery(self) -> bool:
        r = self.review
        if r is None:
            return False
        return self._act(
            lambda: self.service.retry_delivery(self.user, r.id), f"{r.label}: 再送信します"
        )

    def reopen(self) -> bool:
        r = self.review
        if r is None:
            return False
        return self._act(
            lambda: self.service.reopen(self.user, r.id, expected_version=r.version),
            f"{r.label}: 入力中に戻しました",
        )

    def resubmit(self) -> bool:
        """受付 (入力中 → 確認済) of a notification staff completed or corrected."""
        r = self.review
        if r is None:
            return False
        if not self._act(lambda: self.service.resubmit(self.user, r.id), ""):
            return False
        assert self.review is not None
        emit(self.informed, f"{self.review.label} として受付しました")
        return True

    def output(self, what: str) -> Output | None:
        r = self.review
        if r is None:
            return None
        out: Output | None = self._guard(lambda: self.service.output(self.user, r.id, what))  # type: ignore[arg-type]
        return out

    def pair(self, code: str) -> str | None:
        tablet: str | None = self._guard(lambda: self.service.pair(self.user, code))
        if tablet is not None:
            emit(self.informed, f"端末 {tablet} とペアリングしました")
            self.refresh_queue()
        return tablet

    def unpair(self, tablet: str) -> None:
        if self._guard(lambda: self.service.unpair(self.user, tablet) or True):
            emit(self.informed, f"端末 {tablet} のペアリングを解除しました")
            self.refresh_queue()

    def paired(self) -> list[str]:
        tablets: list[str] | None = self._guard(self.service.paired_tablets)
        return tablets or []

    def logout(self) -> None:
        self._guard(lambda: self.service.logout(self.user))
        self.close()
        emit(self.loggedOut)
