"""Reader and card events (insert / remove, reader plugged / unplugged) for the UI.

:class:`CardWatcher` runs a background thread that blocks in ``SCardGetStatusChange`` and calls
``callback(event)`` from that thread for every change. It is plain Python: a Qt view-model can
pass a callback that emits a signal (a queued connection carries it to the GUI thread). The
first call reports every card already present, so a UI needs no separate initial query. When
the PC/SC service is missing or stops, the watcher keeps retrying every second; it never raises
into the caller. ``stop()`` returns promptly (``SCardCancel``).
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from cardreader.errors import CardError
from cardreader.transport import PNP_NOTIFICATION, Context, ReaderState, wait_for_card

__all__ = ["CardEvent", "CardWatcher", "EventKind", "wait_for_card", "watch"]

log = logging.getLogger(__name__)


class EventKind(enum.Enum):
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"


@dataclass(frozen=True)
class CardEvent:
    """One change on one reader. ``atr`` is informational only (cards are told apart by AID)."""

    kind: EventKind
    reader: str
    atr: bytes | None = None


class CardWatcher:
    """Watch all readers; call ``callback`` for every reader/card change (needs pcscd)::

        watcher = CardWatcher(print).start()
        watcher.stop()

    ``readers`` limits the watch to those names (others are ignored). Exceptions raised by the
    callback are logged and do not stop the watcher.
    """

    def __init__(
        self,
        callback: Callable[[CardEvent], None],
        *,
        readers: list[str] | None = None,
        poll_ms: int = 1000,
    ) -> None:
        self._callback = callback
        self._only = set(readers) if readers is not None else None
        self._poll_ms = poll_ms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ctx: Context | None = None
        self._ctx_lock = threading.Lock()
        self._present: dict[str, bool] = {}

    def start(self) -> CardWatcher:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="card-watcher", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        with self._ctx_lock:
            if self._ctx is not None:
                try:
                    self._ctx.cancel()
                except Exception:  # pragma: no cover - the context may be gone
                    log.debug("cancel failed", exc_info=True)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> CardWatcher:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def cards_present(self) -> dict[str, bool]:
        """The last known card presence per reader."""
        return dict(self._present)

    # ---- internals ------------------------------------------------------------------------

    def _emit(self, event: CardEvent) -> None:
        try:
            self._callback(event)
        except Exception:
            log.exception("card event callback failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with Context() as ctx:
                    with self._ctx_lock:
                        self._ctx = ctx
                    if self._stop.is_set():
                        return
                    self._watch(ctx)
            except CardError as exc:
                log.debug("watcher: %s; retrying", exc)
            finally:
                with self._ctx_lock:
                    self._ctx = None
            if self._stop.is_set():
                return
            self._forget_all()  # the service went away: so did its readers
            self._stop.wait(1.0)

    def _forget_all(self) -> None:
        for reader in list(self._present):
            self._drop(reader)

    def _drop(self, reader: str) -> None:
        if self._present.pop(reader, False):
            self._emit(CardEvent(EventKind.CARD_REMOVED, reader))
        self._emit(CardEvent(EventKind.READER_REMOVED, reader))

    def _watch(self, ctx: Context) -> None:
        known: dict[str, int] = {}
        pnp_state = 0
        while not self._stop.is_set():
            readers = [r for r in ctx.readers() if self._only is None or r in self._only]
            for gone in set(self._present) - set(readers):
                known.pop(gone, None)
                self._drop(gone)
            for new in readers:
                if new not in self._present:
                    self._present[new] = False
                    self._emit(CardEvent(EventKind.READER_ADDED, new))
            names = [*readers, PNP_NOTIFICATION]
            request = {**known, PNP_NOTIFICATION: pnp_state}
            states = ctx.states(names, self._poll_ms, request)
            if self._stop.is_set():
                return
            for name, st in states.items():
                if name == PNP_NOTIFICATION:
                    pnp_state = st.event_state
                    continue
                known[name] = st.event_state
                self._update(name, st)

    def _update(self, reader: str, st: ReaderState) -> None:
        present = st.card_present and not st.unavailable
        if self._present.get(reader) == present:
            return
        self._present[reader] = present
        kind = EventKind.CARD_INSERTED if present else EventKind.CARD_REMOVED
        self._emit(CardEvent(kind, reader, st.atr if present else None))


def watch(
    *,
    reader_name: str | None = None,
    on_inserted: Callable[[], None],
    on_removed: Callable[[], None],
) -> CardWatcher:
    """Start a :class:`CardWatcher` calling ``on_inserted()`` / ``on_removed()`` (no arguments)
    when a card is put on / taken off ``reader_name`` (any reader when None). Call ``.stop()``
    on the result. Callbacks run on the watcher's thread."""

    def dispatch(event: CardEvent) -> None:
        if event.kind is EventKind.CARD_INSERTED:
            on_inserted()
        elif event.kind is EventKind.CARD_REMOVED:
            on_removed()

    readers = [reader_name] if reader_name is not None else None
    return CardWatcher(dispatch, readers=readers).start()
