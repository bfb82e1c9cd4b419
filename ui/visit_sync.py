"""Following a visit held in another process: committed changes pulled on the GUI thread.

A tablet and a desk on a counter floor keep one visit in step through the database
(:mod:`kiosk.visits`). :class:`VisitFollower` waits for committed changes off the GUI thread
(:class:`kiosk.changes.ChangeWatcher`: LISTEN/NOTIFY on PostgreSQL, polling on SQLite) and hands
the ids announced to ``take`` on the GUI thread, where the flows live; :attr:`VisitFollower.taken`
then says which screens' visits changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Watch(QThread):
    changes = Signal(list)

    def __init__(self, storage: Any, poll_interval: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._storage = storage
        self._poll = poll_interval
        self._running = True

    def run(self) -> None:
        from kiosk.changes import ChangeWatcher

        watcher = ChangeWatcher(self._storage, poll_interval=self._poll)
        try:
            while self._running:
                found = watcher.wait(timeout=0.3)
                if found:
                    self.changes.emit([str(c.notification_id) for c in found])
        finally:
            watcher.close()

    def stop(self) -> None:
        self._running = False
        self.wait(5000)


class VisitFollower(QObject):
    """Pulls the visits announced in committed changes (see the module docstring)."""

    taken = Signal(list)

    def __init__(
        self,
        storage: Any,
        take: Callable[[list[uuid.UUID]], list[str]],
        *,
        poll_interval: float = 0.2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._take = take
        self._watch = _Watch(storage, poll_interval, self)
        self._watch.changes.connect(self._arrived)
        self._watch.start()

    def _arrived(self, ids: list[str]) -> None:
        tablets = self._take([uuid.UUID(i) for i in ids])
        if tablets:
            self.taken.emit(tablets)

    def stop(self) -> None:
        self._watch.stop()
