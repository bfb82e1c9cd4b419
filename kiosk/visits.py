"""The visit under way at a resident screen (来庁中の受付), shared by the tablet and the desk.

One flow, two views: a visit's state lives in one place. In the single-PC counter both windows
are in one process and share the :class:`~kiosk.flow.ResidentFlow` object itself. On a counter
floor the tablet and the desk are two processes on one PostgreSQL database: each holds a flow
of its own, and the visit's serialised :class:`~kiosk.flow.FlowState` is stored here, one row
per resident screen. Every change is saved by the side that made it and announced through
:mod:`kiosk.changes`; the other side reads it back (:meth:`VisitLink.pull`) and its flow takes it
(:meth:`~kiosk.flow.ResidentFlow.restore`). Both cases run the same code: the counter links its
shared flow too, so a desk finds every screen's visit — and its call for staff — in one table.

One writer at a time: the resident drives, or the clerk who took the visit over (the flow
itself refuses a resident's command while a clerk leads: :mod:`kiosk.flow.interview`). Saves
are optimistic: a save names the version it changed (``version``); when the other side saved
first, the save is refused (:class:`VisitConflict`), nothing is overwritten, and the link takes
the stored state instead — the refused change is lost, as a tap during someone else's turn.

What is stored: the state is personal data (the card's four facts, every answer) and is
encrypted at rest like a notification (``visits.state``). Beside it a few plain columns a desk
lists without decrypting: the screen, the mode, who drives (an audit id), the reason staff
were called, when. When a visit ends the flow forgets it, and so does its row (the next save
holds an empty state); rows no one touched for ``retention.abandoned_hours`` lose their state
in the purge (:func:`purge_stale`).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Integer, String, Uuid, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.exc import StaleDataError

from kiosk import changes
from kiosk.errors import ExitCode, KioskError
from kiosk.flow import FlowEvent, FlowState, ResidentFlow
from kiosk.models import Base, UTCDateTime, utcnow
from kiosk.privacy import EncryptedJSON

if TYPE_CHECKING:
    from kiosk.storage import Storage

log = logging.getLogger(__name__)

__all__ = [
    "CHANGE_STATUS",
    "StoredVisit",
    "VisitConflict",
    "VisitInfo",
    "VisitLink",
    "VisitRecord",
    "VisitStore",
    "Visits",
    "purge_stale",
    "visit_id",
]

#: The status a visit's change announcement carries (``changes.status``).
CHANGE_STATUS = "visit"
_NAMESPACE = uuid.UUID("0b7b5f0e-4c57-4b8e-9d8c-2f2a0a6f4e31")


def visit_id(tablet: str) -> uuid.UUID:
    """The id a resident screen's visit is announced under (stable per screen)."""
    return uuid.uuid5(_NAMESPACE, f"visit/{tablet}")


class VisitConflict(KioskError):
    """Someone else saved the visit first (the other side's turn): take the stored one."""

    exit_code = ExitCode.WORKFLOW
    code = "visit-conflict"
    default_message_ja = "この受付は他の端末で先に変更されました。表示を更新しました。"


class VisitRecord(Base):
    """One resident screen's visit: its state (encrypted) and what a desk lists of it."""

    __tablename__ = "visits"

    #: The resident screen's terminal name (a tablet, or a counter's touch screen).
    tablet: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    #: The desk that last led it (set by a desk's save).
    desk: Mapped[str | None] = mapped_column(String(64))
    session_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    screen: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    #: The audit id of the clerk who leads, "" while the resident does.
    driver: Mapped[str] = mapped_column(String(80))
    #: Why staff were called ("" when not): a code of the flow.
    staff_call: Mapped[str] = mapped_column(String(32))
    #: :meth:`FlowState.to_dict` as JSON; NULL once purged.
    state: Mapped[str | None] = mapped_column(EncryptedJSON("visits.state"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


@dataclass(frozen=True)
class VisitInfo:
    """What a desk lists of a visit without decrypting it."""

    tablet: str
    version: int
    desk: str | None
    session_id: uuid.UUID | None
    screen: str
    mode: str
    driver: str
    staff_call: str
    updated_at: datetime

    @property
    def under_way(self) -> bool:
        return self.session_id is not None


@dataclass(frozen=True)
class StoredVisit:
    """A visit as stored: what a desk lists, and the state (None once purged)."""

    info: VisitInfo
    state: FlowState | None


def _info(r: VisitRecord) -> VisitInfo:
    return VisitInfo(
        r.tablet,
        r.version,
        r.desk,
        r.session_id,
        r.screen,
        r.mode,
        r.driver,
        r.staff_call,
        r.updated_at,
    )


def save_visit(
    session: Session,
    tablet: str,
    state: FlowState,
    *,
    expected_version: int | None,
    desk: str | None = None,
    now: datetime | None = None,
) -> int:
    """Store ``state`` as ``tablet``'s visit in the caller's transaction; returns its version.

    ``expected_version`` is the version this side last knew (None: it knew of no row). Raises
    :class:`VisitConflict` when the stored visit moved on meanwhile.
    """
    if not tablet or len(tablet) > 64:
        raise KioskError("a resident screen's name is 1-64 characters")
    now = now or utcnow()
    record = session.get(VisitRecord, tablet, populate_existing=True)
    if record is None:
        if expected_version not in (None, 0):
            raise VisitConflict(f"the visit at {tablet} is gone")
        record = VisitRecord(tablet=tablet)
        session.add(record)
    elif record.version != expected_version:
        raise VisitConflict(
            f"the visit at {tablet} is at version {record.version}, not {expected_version}"
        )
    record.session_id = uuid.UUID(state.session_id) if state.session_id else None
    record.screen = state.screen[:16]
    record.mode = state.mode[:16]
    record.driver = state.driver[:80]
    record.staff_call = state.staff_call[:32]
    record.state = json.dumps(state.to_dict(), ensure_ascii=False, separators=(",", ":"))
    record.updated_at = now
    if desk:
        record.desk = desk[:64]
    try:
        session.flush()
    except (StaleDataError, IntegrityError) as exc:
        raise VisitConflict(f"the visit at {tablet} was saved by someone else meanwhile") from exc
    changes.publish(session, visit_id(tablet), CHANGE_STATUS)
    return record.version


def load_visit(session: Session, tablet: str) -> StoredVisit | None:
    """``tablet``'s stored visit, or None when it has none."""
    record = session.get(VisitRecord, tablet, populate_existing=True)
    if record is None:
        return None
    state = None if record.state is None else FlowState.from_dict(json.loads(record.state))
    return StoredVisit(_info(record), state)


def list_visits(session: Session, tablets: Iterable[str] | None = None) -> list[VisitInfo]:
    """What a desk lists of the visits (of ``tablets``, or all), by screen name."""
    query = select(VisitRecord).order_by(VisitRecord.tablet)
    if tablets is not None:
        query = query.where(VisitRecord.tablet.in_(list(tablets)))
    return [_info(r) for r in session.scalars(query)]


def purge_stale(session: Session, before: datetime) -> int:
    """Forget the state of visits nobody touched since ``before`` (a screen switched off
    mid-visit); returns how many."""
    result = session.execute(
        update(VisitRecord)
        .where(VisitRecord.updated_at < before, VisitRecord.state.is_not(None))
        .values(state=None, session_id=None, version=VisitRecord.version + 1)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


class VisitStore:
    """The visits table for screens (they hold a :class:`~kiosk.storage.Storage`, never a
    session): each call is its own transaction."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def save(
        self, tablet: str, state: FlowState, *, expected_version: int | None, desk: str | None
    ) -> int:
        with self.storage.transaction() as session:
            return save_visit(session, tablet, state, expected_version=expected_version, desk=desk)

    def load(self, tablet: str) -> StoredVisit | None:
        with self.storage.reader() as session:
            return load_visit(session, tablet)

    def list(self, tablets: Iterable[str] | None = None) -> list[VisitInfo]:
        with self.storage.reader() as session:
            return list_visits(session, tablets)


class VisitLink:
    """Keeps one flow and one screen's stored visit in step (see the module docstring).

    Every change the flow makes here is saved (``push``), unless it came from the store
    (``pull``); a refused save takes the stored visit. ``desk`` names the desk when this side
    is one. ``on_conflict`` is told when a change made here was lost to the other side's.
    Use it from the flow's thread.
    """

    def __init__(
        self,
        flow: ResidentFlow,
        store: VisitStore,
        tablet: str,
        *,
        desk: str | None = None,
        on_conflict: Callable[[], None] | None = None,
    ) -> None:
        self.flow = flow
        self.store = store
        self.tablet = tablet
        self.desk = desk
        self.id = visit_id(tablet)
        self.version: int | None = None
        self.on_conflict = on_conflict
        self._applying = False
        self._lock = threading.Lock()
        self._stop = flow.subscribe(self._follow)

    def _follow(self, event: FlowEvent) -> None:
        if event.kind == "changed" and not self._applying:
            self.push()

    def push(self) -> bool:
        """Save the flow's state; False when the other side saved first (its state is taken)."""
        with self._lock:
            try:
                self.version = self.store.save(
                    self.tablet,
                    self.flow.state,
                    expected_version=self.version,
                    desk=self.desk,
                )
                return True
            except VisitConflict as exc:
                log.info("visit at %s: %s", self.tablet, exc)
        self.pull()
        if self.on_conflict is not None:
            self.on_conflict()
        return False

    def pull(self) -> bool:
        """Take the stored visit when it is newer than the one here; True when taken."""
        stored = self.store.load(self.tablet)
        if stored is None or stored.info.version == self.version:
            return False
        with self._lock:
            self.version = stored.info.version
        if stored.state is None:
            return False
        self._applying = True
        try:
            self.flow.restore(stored.state)
        finally:
            self._applying = False
        return True

    def close(self) -> None:
        """Stop following the flow (the stored visit stays)."""
        self._stop()


class Visits:
    """The visits one desk can reach, each as a flow it can drive: the counter's own screen
    in this process (the very flow object), or a tablet's through the store.

    ``make_flow`` builds a flow for a visit held elsewhere (the desk's own services, without a
    card reader: card work happens where the card and the PIN are — the tablet).
    """

    def __init__(
        self,
        store: VisitStore,
        make_flow: Callable[[], ResidentFlow],
        *,
        desk: str | None = None,
    ) -> None:
        self.store = store
        self.desk = desk
        self._make_flow = make_flow
        self._links: dict[str, VisitLink] = {}
        self._own: set[str] = set()

    def attach(self, tablet: str, flow: ResidentFlow) -> VisitLink:
        """A resident screen in this process: its flow is shared, and saved for the others."""
        link = VisitLink(flow, self.store, tablet)
        stored = self.store.load(tablet)
        link.version = None if stored is None else stored.info.version
        link.push()
        self._links[tablet] = link
        self._own.add(tablet)
        return link

    def flow(self, tablet: str) -> ResidentFlow:
        """``tablet``'s visit as a flow to follow and drive (the same object for a screen in
        this process; otherwise one kept in step with the store)."""
        link = self._links.get(tablet)
        if link is None:
            link = VisitLink(self._make_flow(), self.store, tablet, desk=self.desk)
            self._links[tablet] = link
        if tablet not in self._own:
            link.pull()
        return link.flow

    def link(self, tablet: str) -> VisitLink | None:
        return self._links.get(tablet)

    def own(self) -> list[str]:
        """The resident screens in this process (the single-PC counter's touch screen)."""
        return sorted(self._own)

    def changed(self, ids: Iterable[uuid.UUID]) -> list[str]:
        """Take the stored state of the visits announced in ``ids``; the screens whose visit
        changed (a screen in this process has its flow changed already)."""
        wanted = set(ids)
        taken = []
        for tablet, link in self._links.items():
            if link.id not in wanted:
                continue
            if tablet in self._own or link.pull():
                taken.append(tablet)
        return taken

    def list(self, tablets: Iterable[str] | None = None) -> list[VisitInfo]:
        return self.store.list(tablets)

    def close(self) -> None:
        for link in self._links.values():
            link.close()
        self._links.clear()
