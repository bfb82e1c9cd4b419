"""The notification workflow (仮登録 → 審査 → 本登録) as explicit transition functions.

States (:class:`kiosk.models.Status`) and the functions that move between them:

- 入力中 → 確認済 (:func:`confirm`) → 審査中 (:func:`start_review`) → 本登録 (:func:`approve`)
- 確認済 / 審査中 → 差戻 (:func:`return_`); 差戻 → 入力中 (:func:`reopen`)
- 本登録 → 送信済 (:func:`mark_delivered`) or 送信失敗 (:func:`mark_delivery_failed`);
  送信失敗 → 本登録 (:func:`retry_delivery`) or 送信済 (a late confirmation)
- 入力中 / 確認済 / 審査中 / 差戻 / 送信失敗 → 取消 (:func:`cancel`, with a reason)

The outbox row itself belongs to :mod:`kiosk.outbox`; the delivery transitions here change the
notification's state and ask that module to settle the row.

The state lives in the record's ``status`` column only, the 受付番号 in ``counter`` and
``reception_no``. The encrypted payload keeps the 事務処理 status (``jimu.status``) and number it
had when last written, and every read (:func:`load`, :func:`view`) derives both from the record,
so a step that changes only the state (審査中, 差戻, 入力中 again, 取消, the delivery outcomes) or
gives the number (確認済) never decrypts, re-checks and re-encrypts the notification just to
mirror what an output (PDF, CSV, receipt) reads at the moment it is produced: the payload is
encrypted once per change of the data (filing, a correction, approval).

Each function takes the caller's SQLAlchemy session and works inside the caller's transaction
(``with storage.transaction() as s: approve(s, ...)``): the state change, its audit entry, the
change announcement and — for :func:`approve` — the outbox row and the rendered PDF all commit
together or not at all. A move the table does not allow raises :class:`IllegalTransition`; a
notification changed by someone else since it was read raises :class:`ConcurrentChange`
(optimistic ``version`` column), so two staff approving at once cannot both win.

仮登録 data (入力中 … 審査中) never reaches the outbox: only :func:`approve` writes there.
Logs carry notification ids, never names.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

import forms
from forms.my_number import find_my_number
from kiosk import audit, changes, figures, outbox
from kiosk.config import Department
from kiosk.errors import KioskError
from kiosk.models import (
    DocumentRecord,
    NotificationRecord,
    OutboxEntry,
    ReceptionSequence,
    Status,
    utcnow,
)
from kiosk.outbox import IDEMPOTENCY_NAMESPACE, idempotency_key

log = logging.getLogger(__name__)

JST = ZoneInfo("Asia/Tokyo")

#: Staff roles (職員の役割).
ROLE_RECEPTION = "受付"
ROLE_REVIEW = "審査"
ROLE_ADMIN = "管理"
ROLES = (ROLE_RECEPTION, ROLE_REVIEW, ROLE_ADMIN)

__all__ = ["IDEMPOTENCY_NAMESPACE", "idempotency_key"]  # re-exported from kiosk.outbox

Adapter = Literal["http", "csv"]
#: Why unfinished data was wiped (in the audit log).
WipeReason = Literal["card_removed", "idle", "abandoned", "resident_ended"]


# ---------------------------------------------------------------------------------------------
# Errors


class WorkflowError(KioskError):
    """A workflow step was refused."""

    exit_code = 5


class IllegalTransition(WorkflowError):
    """The notification is not in a state this step may start from."""


class ConcurrentChange(WorkflowError):
    """Someone else changed the notification since it was read: reload and decide again."""


class NotFound(WorkflowError):
    """No notification with that id (or its data was purged)."""


class NotPermitted(WorkflowError):
    """The actor's role does not allow this step."""


class NotReady(WorkflowError):
    """The notification cannot be filed yet (missing or invalid items, no signature)."""

    def __init__(self, message: str, codes: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.codes = tuple(codes)


# ---------------------------------------------------------------------------------------------
# Who acts


@dataclass(frozen=True)
class Actor:
    """Who performs a step: a resident session, a staff member (with roles) or the system."""

    kind: Literal["resident", "staff", "system"]
    id: str
    roles: frozenset[str] = frozenset()
    terminal: str = ""

    @classmethod
    def staff(cls, login_id: str, roles: Iterable[str], terminal: str = "") -> Actor:
        return cls("staff", login_id, frozenset(roles), terminal)

    @classmethod
    def resident(cls, session_id: uuid.UUID | str, terminal: str = "") -> Actor:
        return cls("resident", str(session_id), frozenset(), terminal)

    @classmethod
    def system(cls, name: str, terminal: str = "") -> Actor:
        return cls("system", name, frozenset(), terminal)

    @property
    def audit_id(self) -> str:
        """How the actor appears in the audit log (ids only)."""
        return f"{self.kind}:{self.id}"

    def has_role(self, *roles: str) -> bool:
        return self.kind == "staff" and bool(self.roles.intersection(roles))


SYSTEM = Actor.system("kiosk")
#: The notifications table, for the batch statements of :func:`mark_delivered_many`.
_NOTIFICATIONS = cast(Table, NotificationRecord.__table__)
DELIVERY = Actor.system("sync")


# ---------------------------------------------------------------------------------------------
# The transition table

_ALL_STAFF = (ROLE_RECEPTION, ROLE_REVIEW, ROLE_ADMIN)


@dataclass(frozen=True)
class Transition:
    """One allowed move: from which states, to which, and who may make it."""

    name: str
    sources: frozenset[Status]
    target: Status
    residents: bool = False
    staff_roles: tuple[str, ...] = ()
    system: bool = False


def _t(
    name: str,
    sources: Iterable[Status],
    target: Status,
    *,
    residents: bool = False,
    staff: tuple[str, ...] = (),
    system: bool = False,
) -> Transition:
    return Transition(name, frozenset(sources), target, residents, staff, system)


S = Status
TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t("confirm", [S.DRAFT], S.CONFIRMED, residents=True, staff=_ALL_STAFF, system=True),
        _t("start_review", [S.CONFIRMED], S.REVIEWING, staff=(ROLE_REVIEW,), system=True),
        _t("approve", [S.REVIEWING], S.APPROVED, staff=(ROLE_REVIEW,), system=True),
        _t("return", [S.CONFIRMED, S.REVIEWING], S.RETURNED, staff=(ROLE_REVIEW, ROLE_RECEPTION)),
        _t("reopen", [S.RETURNED], S.DRAFT, residents=True, staff=_ALL_STAFF),
        _t("mark_delivered", [S.APPROVED, S.DELIVERY_FAILED], S.DELIVERED, system=True),
        _t("mark_delivery_failed", [S.APPROVED], S.DELIVERY_FAILED, system=True),
        _t("retry_delivery", [S.DELIVERY_FAILED], S.APPROVED, staff=(ROLE_REVIEW, ROLE_ADMIN)),
        _t(
            "cancel",
            [S.DRAFT, S.CONFIRMED, S.REVIEWING, S.RETURNED, S.DELIVERY_FAILED],
            S.CANCELLED,
            staff=_ALL_STAFF,
        ),
    )
}
del S


def allowed_transitions(status: Status) -> list[str]:
    """Names of the steps that may start from ``status`` (for buttons on staff screens)."""
    return [t.name for t in TRANSITIONS.values() if status in t.sources]


def _check_actor(t: Transition, actor: Actor, record: NotificationRecord) -> None:
    if actor.kind == "system" and t.system:
        return
    if actor.kind == "resident" and t.residents:
        if record.resident_session is not None and str(record.resident_session) != actor.id:
            raise NotPermitted(f"notification {record.id} belongs to another resident session")
        return
    if actor.kind == "staff" and actor.has_role(*t.staff_roles):
        return
    who: str = actor.kind
    if actor.kind == "staff" and t.staff_roles:
        who = f"staff without role {'/'.join(t.staff_roles)}"
    raise NotPermitted(f"{t.name} of notification {record.id} is not allowed for {who}")


# ---------------------------------------------------------------------------------------------
# Loading and saving


def _uuid(notification_id: uuid.UUID | str) -> uuid.UUID:
    if isinstance(notification_id, uuid.UUID):
        return notification_id
    try:
        return uuid.UUID(notification_id)
    except ValueError as exc:
        raise NotFound(f"{notification_id!r} is not a notification id") from exc


def get(session: Session, notification_id: uuid.UUID | str) -> NotificationRecord:
    """The record of a notification, or :class:`NotFound`."""
    nid = _uuid(notification_id)
    record = session.get(NotificationRecord, nid, populate_existing=True)
    if record is None:
        raise NotFound(f"no notification {nid}")
    return record


def _derive(n: forms.Notification, status: Status, counter: str, number: int | None) -> None:
    """Set the 事務処理 items the record's columns hold: the status and the 受付番号."""
    n.jimu.status = status.ja
    if number is not None:
        n.jimu.reception_number = reception_label(counter, number)


def _notification(record: NotificationRecord) -> forms.Notification:
    if record.payload is None:
        raise NotFound(f"notification {record.id} holds no data any more (purged)")
    n = forms.Notification.model_validate_json(record.payload)
    # The status and the 受付番号 are derived from the record, never trusted from the payload.
    _derive(n, record.state, record.counter, record.reception_no)
    return n


#: Rule verdicts already reached, by notification, the digest of its stored data and the day
#: judged (:func:`checked`); the oldest are forgotten first, and a new day forgets every earlier
#: day's (they are never asked for again, and a verdict's findings may quote the data: none
#: outlives the day in memory, whatever the retention purge deletes meanwhile).
_CHECKED: OrderedDict[tuple[uuid.UUID, bytes, date], forms.CheckResult] = OrderedDict()
_CHECKED_MAX = 4096
_checked_lock = threading.Lock()


def _check_key(record: NotificationRecord, today: date) -> tuple[uuid.UUID, bytes, date] | None:
    if record.payload is None:
        return None
    return _payload_key(record.id, record.payload, today)


def _payload_key(nid: uuid.UUID, payload: str, today: date) -> tuple[uuid.UUID, bytes, date]:
    return (nid, hashlib.blake2b(payload.encode("utf-8"), digest_size=16).digest(), today)


def checked(record: NotificationRecord, n: forms.Notification, today: date) -> forms.CheckResult:
    """``forms.check`` of the notification ``record`` holds (``n``, as read from it), run once
    per stored content and day in this process: a desk refreshing its queue, opening, reviewing
    and approving judges each version of the data once, not at every look. The result is
    shared: read it, never change it.

    The rules read the notification's data only, never its 事務処理 (jimu) items, so the
    status, kept in its own column, is not part of what is judged.
    """
    if record.payload is None:
        return forms.check(n, today=today)
    return checked_payload(record.id, record.payload, n, today)


def checked_payload(
    notification_id: uuid.UUID, payload: str, n: forms.Notification, today: date
) -> forms.CheckResult:
    """:func:`checked` for data read without its record: ``payload`` is the stored JSON that
    ``n`` was read from."""
    key = _payload_key(notification_id, payload, today)
    with _checked_lock:
        found = _CHECKED.get(key)
        if found is not None:
            _CHECKED.move_to_end(key)
            return found
    result = forms.check(n, today=today)
    _remember(key, result)
    return result


def _remember(key: tuple[uuid.UUID, bytes, date], result: forms.CheckResult) -> None:
    with _checked_lock:
        newest = next(reversed(_CHECKED), None)
        if newest is not None and newest[2] < key[2]:
            for old in [k for k in _CHECKED if k[2] < key[2]]:
                del _CHECKED[old]
        _CHECKED[key] = result
        _CHECKED.move_to_end(key)
        while len(_CHECKED) > _CHECKED_MAX:
            _CHECKED.popitem(last=False)


def load(session: Session, notification_id: uuid.UUID | str) -> forms.Notification:
    """The notification's data, without an audit entry (for services, not for screens)."""
    return _notification(get(session, notification_id))


def notification_of(record: NotificationRecord) -> forms.Notification:
    """The data a record already read holds (:class:`NotFound` once purged), no audit entry."""
    return _notification(record)


def load_many(
    session: Session, notification_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, forms.Notification | WorkflowError | ValueError]:
    """Several notifications' data in one query (a delivery worker's batch), each either the
    notification or why it cannot be read (gone, purged, not valid any more)."""
    t = _NOTIFICATIONS
    columns = (t.c.id, t.c.status, t.c.counter, t.c.reception_no, t.c.payload)
    rows = {
        row.id: row
        for row in session.connection()
        .execute(select(*columns).where(t.c.id.in_(list(notification_ids))))
        .all()
    }
    loaded: dict[uuid.UUID, forms.Notification | WorkflowError | ValueError] = {}
    for nid in notification_ids:
        row = rows.get(nid)
        if row is None:
            loaded[nid] = NotFound(f"no notification {nid}")
        elif row.payload is None:
            loaded[nid] = NotFound(f"notification {nid} holds no data any more (purged)")
        else:
            try:
                n = forms.Notification.model_validate_json(row.payload)
            except ValueError as exc:
                loaded[nid] = exc
                continue
            _derive(n, Status(row.status), row.counter, row.reception_no)  # as in load()
            loaded[nid] = n
    return loaded


def _flush(session: Session, record: NotificationRecord) -> None:
    rid = record.id  # read before: a failed flush rolls back and expires the record
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentChange(
            f"notification {rid} was changed by someone else meanwhile: reload it"
        ) from exc


def _begin(
    session: Session,
    name: str,
    notification_id: uuid.UUID | str,
    actor: Actor,
    expected_version: int | None,
) -> tuple[NotificationRecord, Transition]:
    t = TRANSITIONS[name]
    record = get(session, notification_id)
    if expected_version is not None and record.version != expected_version:
        raise ConcurrentChange(
            f"notification {record.id} is at version {record.version}, not {expected_version}: "
            "someone else changed it; reload it"
        )
    state = record.state
    if state not in t.sources:
        allowed = "/".join(sorted(s.ja for s in t.sources))
        raise IllegalTransition(
            f"cannot {name} notification {record.id}: it is {state.ja} ({state.value}); "
            f"{name} starts only from {allowed}"
        )
    _check_actor(t, actor, record)
    return record, t


def _finish(
    session: Session,
    record: NotificationRecord,
    t: Transition,
    actor: Actor,
    now: datetime,
    detail: dict[str, audit.DetailValue] | None = None,
) -> None:
    previous = record.status
    rid = record.id
    record.status = t.target.value
    record.updated_at = now
    try:
        # The version check takes the notification's row lock before the audit head's.
        _flush(session, record)
    except IntegrityError as exc:
        raise ConcurrentChange(
            f"notification {rid}: {t.name} collided with a change by someone else: reload it"
        ) from exc
    changes.publish(session, record.id, record.status)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action=t.name,
        subject=str(record.id),
        detail={"from": previous, "to": record.status, **(detail or {})},
        at=now,
    )
    log.info("notification %s: %s → %s by %s", record.id, previous, record.status, actor.audit_id)


def _set_payload(
    record: NotificationRecord, n: forms.Notification, status: Status | None = None
) -> None:
    n.jimu.status = (status or record.state).ja
    # Values the counter makes itself are not where a 個人番号 is typed: the id, the digest of
    # what was signed (64 hex digits often hold twelve decimal ones in a row) and the audit ids
    # of the sections confirmed.
    made: dict[str, Any] = {"id": True, "jimu": {"signed_digest": True, "confirmations": True}}
    found = find_my_number(n.model_dump(mode="json", exclude=made))
    if found is not None:
        # 番号法 20条: a 住民異動届 has no use for it, so the counter never keeps one.
        raise WorkflowError(
            f"notification {n.id}: {found} holds what looks like a 12-digit 個人番号; "
            "it is never stored: remove it"
        )
    record.payload = n.model_dump_json()


def _require_fileable(
    record: NotificationRecord, n: forms.Notification, today: date, *, signature: bool = True
) -> forms.CheckResult:
    result = checked(record, n, today)
    codes = [f.code for f in result.errors]
    if signature and not n.filer.signature.strokes and not n.filer.is_paper_signed:
        codes.append("signature_missing")
    if codes:
        raise NotReady(
            f"notification {n.id} cannot be filed yet: {', '.join(codes)}",
            codes,
        )
    return result


# ---------------------------------------------------------------------------------------------
# 受付番号


def next_reception_number(session: Session, counter: str, day: date) -> int:
    """The next 受付番号 of ``counter`` on ``day`` (1, 2, 3 … per counter per day).

    The per-day row is incremented in the caller's transaction, so numbers are gap-free for
    committed notifications and never handed out twice, also with several desks on PostgreSQL.
    """
    bump = (
        update(ReceptionSequence)
        .where(ReceptionSequence.counter == counter, ReceptionSequence.day == day)
        .values(last_no=ReceptionSequence.last_no + 1)
        .returning(ReceptionSequence.last_no)
    )
    number = session.execute(bump).scalar_one_or_none()
    if number is not None:
        return int(number)
    try:
        with session.begin_nested():
            session.execute(insert(ReceptionSequence).values(counter=counter, day=day, last_no=1))
        return 1
    except IntegrityError:
        # Another desk created today's row first; take the next number after theirs.
        return int(session.execute(bump).scalar_one())


def reception_label(counter: str, number: int) -> str:
    """The 受付番号 as shown and printed: counter and number of the day (``1-007``)."""
    return f"{counter}-{number:03d}"


# ---------------------------------------------------------------------------------------------
# Creating and editing


def create_draft(
    session: Session,
    notification: forms.Notification,
    *,
    actor: Actor,
    counter: str,
    now: datetime | None = None,
) -> NotificationRecord:
    """Store a new notification as 入力中 (its id is the notification's own ``id``)."""
    now = now or utcnow()
    resident_session = uuid.UUID(actor.id) if actor.kind == "resident" else None
    record = NotificationRecord(
        id=notification.id,
        kind=str(notification.kind.value),
        status=Status.DRAFT.value,
        counter=counter,
        terminal=actor.terminal or None,
        resident_session=resident_session,
        created_at=now,
        updated_at=now,
    )
    notification.jimu.terminal = actor.terminal
    notification.jimu.entered_at = notification.jimu.entered_at or now
    if actor.kind != "staff" and forms.is_signed(notification):
        forms.mark_signed(notification)  # what the resident signed, for later 訂正
    _set_payload(record, notification)
    session.add(record)
    try:
        session.flush()
    except IntegrityError as exc:
        raise WorkflowError(f"notification {notification.id} already exists") from exc
    changes.publish(session, record.id, record.status)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="create",
        subject=str(record.id),
        detail={"kind": record.kind, "counter": counter},
        at=now,
    )
    return record


def _changed_paths(old: Any, new: Any, prefix: str = "") -> list[str]:
    """Dotted paths whose values differ (names of fields only: safe for the audit log)."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new)):
            out += _changed_paths(old.get(key), new.get(key), f"{prefix}{key}.")
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        out = []
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            out += _changed_paths(a, b, f"{prefix}{i}.")
        return out
    return [] if old == new else [prefix.rstrip(".")]


_WORKFLOW_JIMU = (
    "reception_number",
    "terminal",
    "received_by",
    "reviewed_by",
    "status",
    "entered_at",
    "reviewed_at",
    "signed_digest",
    "intake_mode",
    "confirmations",
)

#: 事務処理 items the counter's own flow sets while a visit is taken (how it was taken, the
#: sections the resident confirmed, the clerk who led it): kept when the flow saves the draft.
_FLOW_JIMU = ("intake_mode", "confirmations", "received_by")


def save(
    session: Session,
    notification: forms.Notification,
    *,
    actor: Actor,
    expected_version: int | None,
    now: datetime | None = None,
) -> NotificationRecord:
    """Save changed data: the resident (or staff) while 入力中, staff while 確認済/審査中.

    Staff corrections are audited with the paths of the fields changed (not their values).
    """
    now = now or utcnow()
    record = get(session, notification.id)
    if expected_version is not None and record.version != expected_version:
        raise ConcurrentChange(
            f"notification {record.id} is at version {record.version}, not {expected_version}: "
            "someone else changed it; reload it"
        )
    state = record.state
    if state is Status.DRAFT:
        allowed = actor.kind == "resident" or actor.has_role(*_ALL_STAFF)
        if actor.kind == "resident" and record.resident_session is not None:
            allowed = str(record.resident_session) == actor.id
    elif state in (Status.CONFIRMED, Status.REVIEWING):
        allowed = actor.has_role(ROLE_REVIEW, ROLE_RECEPTION)
    else:
        raise IllegalTransition(
            f"cannot edit notification {record.id}: it is {state.ja} ({state.value}); "
            "edits are possible while 入力中, 確認済 or 審査中"
        )
    if not allowed:
        raise NotPermitted(f"editing notification {record.id} is not allowed for {actor.kind}")
    if notification.kind.value != record.kind:
        raise WorkflowError(f"notification {record.id}: the kind cannot change ({record.kind})")
    stored = _notification(record)
    before = stored.model_dump(mode="json")
    # The workflow keeps these 事務処理 (jimu) items; staff may still edit its note and alerts.
    if actor.kind == "staff":
        for name in _WORKFLOW_JIMU:
            setattr(notification.jimu, name, getattr(stored.jimu, name))
    else:
        carried = notification.jimu
        notification.jimu = stored.jimu.model_copy()
        for name in _FLOW_JIMU:
            value = getattr(carried, name)
            if value and not (name == "received_by" and stored.jimu.received_by):
                setattr(notification.jimu, name, value)
        signed_again = (
            notification.filer.signature != stored.filer.signature
            or notification.filer.paper_signature != stored.filer.paper_signature
        )
        if forms.is_signed(notification) and signed_again:
            forms.mark_signed(notification)  # the resident signed (again): what they signed
    paths = _changed_paths(before, notification.model_dump(mode="json"))
    if not paths:
        return record
    _set_payload(record, notification)
    record.updated_at = now
    _flush(session, record)
    changes.publish(session, record.id, record.status)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="edit",
        subject=str(record.id),
        detail={"fields": ",".join(paths)[:2000], "count": len(paths)},
        at=now,
    )
    return record


# ---------------------------------------------------------------------------------------------
# Transitions


def confirm(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    expected_version: int | None = None,
    now: datetime | None = None,
    tz: tzinfo = JST,
) -> NotificationRecord:
    """入力中 → 確認済: the resident confirmed and signed; it gets its 受付番号 and joins the queue.

    A notification confirmed again after a 差戻 keeps the 受付番号 it was first given: the
    resident holds a slip with that number, so it never changes and no number is skipped.
    Refused (:class:`NotReady`) while the rules find errors or the signature is missing.
    """
    now = now or utcnow()
    record, t = _begin(session, "confirm", notification_id, actor, expected_version)
    n = _notification(record)
    today = now.astimezone(tz).date()
    _require_fileable(record, n, today)
    if record.reception_no is None:
        record.reception_day = today
        record.reception_no = next_reception_number(session, record.counter, today)
    number = record.reception_no
    record.confirmed_at = now
    n.jimu.reception_number = reception_label(record.counter, number)
    if actor.kind == "staff" and n.jimu.received_by != actor.id:
        # Who took it at the desk is data of its own; the 受付番号 and the status are read
        # from the record's columns, so a resident's filing is not encrypted a second time.
        n.jimu.received_by = actor.id
        _set_payload(record, n, t.target)
    figures.record_filing(session, record, n, now=now)  # the counter's own figures, no names
    _finish(session, record, t, actor, now, {"reception_no": number})
    return record


def start_review(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> NotificationRecord:
    """確認済 → 審査中: a reviewer takes the notification (only one can)."""
    now = now or utcnow()
    record, t = _begin(session, "start_review", notification_id, actor, expected_version)
    record.reviewer = actor.id if actor.kind == "staff" else None
    _finish(session, record, t, actor, now)
    return record


def approve(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    adapter: Adapter,
    expected_version: int | None = None,
    now: datetime | None = None,
    tz: tzinfo = JST,
    render_pdf: Callable[[forms.Notification], bytes] | None = None,
    counter_name: str = "",
    departments: Mapping[str, Department] | None = None,
) -> NotificationRecord:
    """審査中 → 本登録, in the caller's one transaction: status, outbox row, the form PDF and the
    resident's receipt (受付票, headed with ``counter_name``).

    The PDF is rendered from the approved data (with 事務処理 filled in) and stored encrypted;
    the outbox row's idempotency key is stable for this notification and adapter. Each of
    ``departments`` (``[departments.<name>]``) that one of the related procedures calls for
    gets its own outbox row too (:func:`kiosk.outbox.enqueue_departments`).
    """
    now = now or utcnow()
    record, t = _begin(session, "approve", notification_id, actor, expected_version)
    n = _notification(record)
    today = now.astimezone(tz).date()
    result = _require_fileable(record, n, today, signature=False)
    if actor.kind == "staff":
        n.jimu.reviewed_by = actor.id
        record.reviewer = actor.id
    n.jimu.reviewed_at = now
    record.approved_at = now
    _set_payload(record, n, t.target)
    # Only 事務処理 items changed, which no rule reads: the verdict holds for the new version.
    key = _check_key(record, today)
    if key is not None:
        _remember(key, result)
    pdf = render_pdf(n) if render_pdf is not None else forms.render_pdf(n, tz=tz)
    receipt = forms.render_receipt(n, counter_name=counter_name, tz=tz)
    for kind, content in (("form", pdf), ("receipt", receipt)):
        session.add(
            DocumentRecord(
                notification_id=record.id,
                kind=kind,
                content=content,
                sha256=hashlib.sha256(content).hexdigest(),
                created_at=now,
            )
        )
    outbox.enqueue(session, record.id, adapter, now=now)
    routes = outbox.enqueue_departments(session, record.id, n, departments or {}, now=now)
    detail: dict[str, audit.DetailValue] = {"adapter": adapter, "pdf_bytes": len(pdf)}
    if routes:
        detail["routes"] = ",".join(routes)
    _finish(session, record, t, actor, now, detail)
    return record


def return_(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> NotificationRecord:
    """確認済/審査中 → 差戻: sent back to the resident (or reception) with a reason."""
    if not reason.strip():
        raise WorkflowError("a reason is required to return a notification (差戻理由)")
    now = now or utcnow()
    record, t = _begin(session, "return", notification_id, actor, expected_version)
    record.reason = reason.strip()
    record.closed_at = now
    _finish(session, record, t, actor, now)
    return record


def reopen(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> NotificationRecord:
    """差戻 → 入力中: corrections begin; it keeps its 受付番号 and gets confirmed again."""
    now = now or utcnow()
    record, t = _begin(session, "reopen", notification_id, actor, expected_version)
    record.closed_at = None
    _finish(session, record, t, actor, now)
    return record


def cancel(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> NotificationRecord:
    """→ 取消 with a reason (not once approved and in delivery, nor after delivery)."""
    if not reason.strip():
        raise WorkflowError("a reason is required to cancel a notification (取消理由)")
    now = now or utcnow()
    record, t = _begin(session, "cancel", notification_id, actor, expected_version)
    record.reason = reason.strip()
    record.closed_at = now
    _finish(session, record, t, actor, now)
    return record


def mark_delivered(
    session: Session,
    notification_id: uuid.UUID | str,
    delivery_ref: str | None = None,
    *,
    now: datetime | None = None,
    actor: Actor = DELIVERY,
) -> NotificationRecord:
    """本登録/送信失敗 → 送信済: the back office confirmed receipt; ``delivery_ref`` is its ref.

    Idempotent: reporting an already delivered notification again changes nothing.
    """
    nid = _uuid(notification_id)
    mark_delivered_many(session, [(nid, delivery_ref)], now=now, actor=actor)
    return get(session, nid)


def mark_delivered_many(
    session: Session,
    deliveries: Sequence[tuple[uuid.UUID, str | None]],
    *,
    now: datetime | None = None,
    actor: Actor = DELIVERY,
) -> int:
    """Several 本登録/送信失敗 → 送信済 transitions in the caller's one transaction.

    What a delivery worker records after a run of confirmed deliveries, with the same checks
    as one transition (allowed source state, the actor, the optimistic ``version``) for each,
    but written as a few statements for the whole run: the states read in one query and
    changed in one batch (the encrypted columns are neither read nor written), the outbox rows
    settled in one update, the changes announced together and the audit chain appended
    together. Already delivered ones are skipped (idempotent). Returns how many changed state.
    """
    now = now or utcnow()
    t = TRANSITIONS["mark_delivered"]
    refs = dict(deliveries)
    if not refs:
        return 0
    if not (actor.kind == "system" and t.system):
        _check_actor(t, actor, get(session, next(iter(refs))))  # refuses, with the reason
    table = _NOTIFICATIONS
    found = {
        row.id: (Status(row.status), int(row.version))
        for row in session.execute(
            select(table.c.id, table.c.status, table.c.version).where(table.c.id.in_(list(refs)))
        ).all()
    }
    changed: list[dict[str, Any]] = []
    for nid, ref in refs.items():
        if nid not in found:
            raise NotFound(f"no notification {nid}")
        state, version = found[nid]
        if state is Status.DELIVERED:
            continue
        if state not in t.sources:
            allowed = "/".join(sorted(s.ja for s in t.sources))
            raise IllegalTransition(
                f"cannot mark_delivered notification {nid}: it is {state.ja} ({state.value}); "
                f"mark_delivered starts only from {allowed}"
            )
        changed.append(
            {"b_id": nid, "b_version": version, "b_next": version + 1, "b_ref": ref,
             "b_previous": state.value}
        )  # fmt: skip
    if not changed:
        return 0
    result = session.connection().execute(
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        .values(
            status=t.target.value,
            version=bindparam("b_next"),
            delivered_at=now,
            delivery_ref=bindparam("b_ref"),
            updated_at=now,
        ),
        changed,
    )
    if result.rowcount != len(changed):
        raise ConcurrentChange(
            "a notification being marked 送信済 was changed by someone else meanwhile: reload it"
        )
    ids = [c["b_id"] for c in changed]
    outbox.settle_delivered_many(session, ids, now=now)
    # Objects of these rows the caller's session already holds would show the old state.
    for held in list(session.identity_map.values()):
        if (isinstance(held, NotificationRecord) and held.id in refs) or (
            isinstance(held, OutboxEntry) and held.notification_id in refs
        ):
            session.expire(held)
    changes.publish_many(session, [(nid, t.target.value) for nid in ids])
    audit.record_many(
        session,
        [
            audit.Entry(
                actor=actor.audit_id,
                terminal=actor.terminal,
                action=t.name,
                subject=str(c["b_id"]),
                detail={"from": c["b_previous"], "to": t.target.value},
                at=now,
            )
            for c in changed
        ],
    )
    for c in changed:
        log.info(
            "notification %s: %s → %s by %s",
            c["b_id"], c["b_previous"], t.target.value, actor.audit_id,
        )  # fmt: skip
    return len(changed)


def mark_delivery_failed(
    session: Session,
    notification_id: uuid.UUID | str,
    reason: str,
    *,
    now: datetime | None = None,
    actor: Actor = DELIVERY,
) -> NotificationRecord:
    """本登録 → 送信失敗: the back office refused it for good (``reason`` for staff); it waits
    for a person. Temporary failures never come here: they are retried indefinitely.

    Idempotent while 送信失敗 (the newest reason is kept on the outbox row).
    """
    now = now or utcnow()
    record = get(session, notification_id)
    entry = outbox.entry_for(session, record.id)
    if entry is not None:
        outbox.settle_failed(entry, reason)
    if record.state is Status.DELIVERY_FAILED:
        return record
    record, t = _begin(session, "mark_delivery_failed", record.id, actor, None)
    _finish(session, record, t, actor, now)
    log.warning("notification %s: delivery failed (reason kept on its outbox row)", record.id)
    return record


def retry_delivery(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> NotificationRecord:
    """送信失敗 → 本登録: staff fixed the cause; the outbox row is due again (same key)."""
    now = now or utcnow()
    record, t = _begin(session, "retry_delivery", notification_id, actor, expected_version)
    entry = outbox.entry_for(session, record.id)
    if entry is None:  # pragma: no cover - approve always writes one
        raise WorkflowError(f"notification {record.id} has no outbox row")
    outbox.requeue(entry, now=now)
    _finish(session, record, t, actor, now)
    return record


# ---------------------------------------------------------------------------------------------
# Screens, documents, sessions


def view(session: Session, notification_id: uuid.UUID | str, *, actor: Actor) -> forms.Notification:
    """The notification for a staff screen; the view is written to the audit log."""
    record = get(session, notification_id)
    if actor.kind == "staff" and not actor.has_role(*_ALL_STAFF):
        raise NotPermitted("viewing notifications needs a staff role")
    n = _notification(record)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="view",
        subject=str(record.id),
    )
    return n


def record_output(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    action: Literal["print", "export"],
    what: str,
) -> None:
    """Write a print or an export of a notification to the audit log (``what``: form, receipt…)."""
    record = get(session, notification_id)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action=action,
        subject=str(record.id),
        detail={"what": what},
    )


def document(session: Session, notification_id: uuid.UUID | str, kind: str = "form") -> bytes:
    """A stored document of a notification (the form PDF rendered at approval)."""
    nid = _uuid(notification_id)
    content = session.scalar(
        select(DocumentRecord.content).where(
            DocumentRecord.notification_id == nid, DocumentRecord.kind == kind
        )
    )
    if content is None:
        raise NotFound(f"notification {nid} has no {kind} document")
    return content


def wipe_draft(
    session: Session,
    notification_id: uuid.UUID | str,
    *,
    actor: Actor,
    reason: WipeReason,
    now: datetime | None = None,
) -> bool:
    """Delete an unfinished (入力中) notification outright: abandoned data is wiped, not kept.

    Returns False when there was nothing to wipe (already confirmed or gone).
    """
    nid = _uuid(notification_id)
    record = session.get(NotificationRecord, nid, populate_existing=True)
    if record is None or record.state is not Status.DRAFT:
        return False
    session.execute(delete(NotificationRecord).where(NotificationRecord.id == nid))
    changes.publish(session, nid, "wiped")
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="wipe",
        subject=str(nid),
        detail={"reason": reason},
        at=now,
    )
    return True


# ---------------------------------------------------------------------------------------------
# Whole paths used by integrations and the resident screens


def submit_confirmed(
    session: Session,
    notification: forms.Notification,
    *,
    counter: str,
    adapter: Adapter,
    actor: Actor = SYSTEM,
    now: datetime | None = None,
    tz: tzinfo = JST,
    departments: Mapping[str, Department] | None = None,
) -> NotificationRecord:
    """Store an already confirmed notification as 本登録 and queue it (``kiosk submit``).

    For integrations whose own front end did the confirming: the full path (入力中 → 確認済 →
    審査中 → 本登録) runs inside the caller's transaction, each step audited.
    """
    now = now or utcnow()
    record = create_draft(session, notification, actor=actor, counter=counter, now=now)
    confirm(session, record.id, actor=actor, now=now, tz=tz)
    start_review(session, record.id, actor=actor, now=now)
    return approve(
        session, record.id, actor=actor, adapter=adapter, now=now, tz=tz, departments=departments
    )


def submit_from_resident(
    storage: Any,
    notification: forms.Notification,
    *,
    counter: str,
    terminal: str = "",
    resident_session: uuid.UUID | str | None = None,
    tz: tzinfo = JST,
) -> str:
    """File a resident's confirmed and signed notification (仮登録) in one transaction.

    ``storage`` is a :class:`kiosk.storage.Storage`. Returns the 受付番号 label.
    """
    actor = (
        Actor.resident(resident_session, terminal)
        if resident_session is not None
        else Actor.system("resident-screen", terminal)
    )
    with storage.transaction() as session:
        record = get_or_create_draft(session, notification, actor=actor, counter=counter)
        confirm(session, record.id, actor=actor, tz=tz)
        assert record.reception_no is not None
        return reception_label(record.counter, record.reception_no)


def get_or_create_draft(
    session: Session, notification: forms.Notification, *, actor: Actor, counter: str
) -> NotificationRecord:
    """The stored draft with this id updated to ``notification``, or a new draft."""
    existing = session.get(NotificationRecord, notification.id)
    if existing is None:
        return create_draft(session, notification, actor=actor, counter=counter)
    return save(session, notification, actor=actor, expected_version=None)
