"""The staff side of the counter (職員側): what the staff console asks of the application.

The console (``ui.staff``) never opens a database session, a card reader or an HTTP client: it
calls this facade, which stands on :mod:`kiosk.workflow` (transitions, 受付番号, approval in one
transaction), :mod:`kiosk.staff` (login with the second-factor hook), :mod:`kiosk.audit` (every
view, edit, approval and print is logged), :mod:`kiosk.changes` (live queue) and
:mod:`kiosk.pairing` (which tablets a desk supervises).

What it adds on top of them is what a reviewer's screen needs in one call: the queue with waiting
times and alerts, a notification laid out field by field with where each value came from (IC
chip / resident / staff), the rule findings attached to their fields (外字 with the characters
themselves, 届出期間経過, 世帯主 conflicts), edits with a reason, the stored PDF and receipt, the
delivery state, and the figures of the day.

Edit reasons are chosen from :data:`EDIT_REASONS` (codes go to the audit log, which holds no free
text); a 差戻 reason is free text and is stored encrypted with the notification.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

import forms
import forms.related
from forms.charset import non_jis_chars
from forms.model import FlexDate, Notification
from kiosk import audit, pairing, staff, workflow
from kiosk.changes import ChangeWatcher
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.models import (
    AuditEntry,
    DocumentRecord,
    NotificationRecord,
    OutboxEntry,
    OutboxStatus,
    StaffAccount,
    Status,
    utcnow,
)
from kiosk.storage import Storage
from kiosk.workflow import Actor

__all__ = [
    "EDIT_REASONS",
    "DayView",
    "DeliveryInfo",
    "FieldRow",
    "FindingRow",
    "Output",
    "QueueRow",
    "Review",
    "StaffService",
    "StaffUser",
]

Source = Literal["ic_chip", "resident", "staff", "postal_lookup"]

#: Why a staff member changed a field (訂正理由). Codes are what the audit log keeps.
EDIT_REASONS: dict[str, str] = {
    "resident_request": "本人の申出による訂正",
    "document_check": "確認書類（転出証明書・在留カード等）との照合",
    "register_char": "住民記録の字形に合わせる（外字）",
    "card_outdated": "カードの券面情報が古い",
    "input_error": "入力誤りの訂正",
    "staff_entry": "職員による代理入力（カードなしの方）",
}

SOURCE_LABELS: dict[str, str] = {
    "ic_chip": "ICチップ",
    "resident": "住民入力",
    "staff": "職員訂正",
    "postal_lookup": "郵便番号検索",
}

#: Findings a reviewer must not miss, shown as badges in the queue.
HEADLINE_CODES: dict[str, str] = {
    "non_jis_char": "外字",
    "late_filing": "届出期間経過",
    "head_count": "世帯主",
    "head_name_mismatch": "世帯主",
    "card_value_changed": "カード値変更",
    "zairyu_expired": "在留期間",
}

_OPEN = (Status.DRAFT, Status.CONFIRMED, Status.REVIEWING)
_TODAY_DONE = (Status.APPROVED, Status.RETURNED, Status.DELIVERY_FAILED, Status.DELIVERED)


@dataclass(frozen=True)
class StaffUser:
    """A logged-in staff member: the workflow actor and the name to show."""

    actor: Actor
    display_name: str

    @property
    def login_id(self) -> str:
        return self.actor.id

    @property
    def roles(self) -> frozenset[str]:
        return self.actor.roles


@dataclass(frozen=True)
class QueueRow:
    """One line of a desk's live queue (no names: ids, states, times and alert badges)."""

    id: uuid.UUID
    label: str
    kind: str
    kind_label: str
    status: Status
    terminal: str
    waiting_seconds: int
    persons: int
    errors: int
    alerts: int
    badges: tuple[str, ...]
    reviewer: str | None
    version: int

    @property
    def status_label(self) -> str:
        return self.status.ja


@dataclass(frozen=True)
class FindingRow:
    """A rule finding for a screen; ``chars`` holds the 外字 themselves, to show enlarged."""

    code: str
    severity: Literal["error", "alert"]
    message: str
    field: str
    chars: tuple[str, ...] = ()

    @property
    def headline(self) -> str:
        return HEADLINE_CODES.get(self.code, "")


@dataclass(frozen=True)
class FieldRow:
    """One field of the form as the reviewer sees it, in form order."""

    path: str
    section: str
    label: str
    value: str
    source: Source
    editable: bool
    findings: tuple[FindingRow, ...] = ()
    #: (value, label) pairs when the field takes one of a few coded values (性別, 転出証明書 …).
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]


@dataclass(frozen=True)
class DeliveryInfo:
    """Where the approved notification is on its way to the back office."""

    adapter: str
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None

    @property
    def label(self) -> str:
        return {
            OutboxStatus.PENDING.value: "送信待ち",
            OutboxStatus.DELIVERED.value: "送信済",
            OutboxStatus.FAILED.value: "送信失敗",
        }.get(self.status, self.status)


@dataclass(frozen=True)
class Review:
    """Everything the review screen shows for one notification."""

    id: uuid.UUID
    version: int
    status: Status
    label: str
    kind: str
    kind_label: str
    notification: Notification
    fields: list[FieldRow]
    errors: list[FindingRow]
    alerts: list[FindingRow]
    related: list[forms.RelatedProcedure]
    card_alerts: list[str]
    signed: bool
    return_reason: str | None
    delivery: DeliveryInfo | None
    allowed: tuple[str, ...]
    reviewer: str | None

    @property
    def can_approve(self) -> bool:
        return "approve" in self.allowed and not self.errors


@dataclass(frozen=True)
class Output:
    """A document to print or save: PDF bytes and a file name without personal data."""

    what: Literal["form", "receipt"]
    pdf: bytes
    filename: str


@dataclass(frozen=True)
class DayView:
    """The figures of one counter day (本日の状況)."""

    day: date
    counts_by_kind: dict[str, int]
    counts_by_status: dict[str, int]
    median_card_to_approval: timedelta | None
    approvals: int
    pending_deliveries: int
    failed_deliveries: int


@dataclass
class _Walk:
    rows: list[tuple[str, str, str, object, bool]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Field layout


#: Labels where the model's description is English or too long for a screen.
_LABELS = {
    "method": "確認方法",
    "joins_existing": "既存の世帯に入る",
    "scope": "異動する範囲",
    "previous_address": "従前の住所",
    "original": "住所（カード記載のまま）",
    "kana_confirmed": "フリガナの確認",
}

#: Values shown in Japanese (codes stay in the data).
_VALUES = {
    "sex": {"1": "男", "2": "女", "9": "適用不能", "0": "不明"},
    "origin": {"domestic": "国内", "abroad": "国外"},
    "tenshutsu_shomei": {"paper": "紙の転出証明書", "tokurei": "特例転入", "none": "なし"},
    "resident_type": {"japanese": "日本人", "foreign": "外国人"},
    "scope": {"all": "世帯全部", "part": "世帯の一部"},
    "method": {"ic": "ICチップ読取", "visual": "目視"},
    "kana_confirmed": {"True": "本人確認済", "False": "未確認"},  # the resident chose the reading
}

#: The previous-address block's name depends on the kind (転入: 従前の住所, 転居: 転居前の住所 …).
_PREVIOUS_BLOCK = {
    "tennyu": "従前の住所",
    "tenkyo": "転居前の住所",
    "tenshutsu": "現住所（転出元）",
    "setai_henko": "住所",
}


def _label_of(model: type[BaseModel], name: str) -> str:
    if name in _LABELS:
        return _LABELS[name]
    info = model.model_fields[name]
    text = (info.description or name).split(" (")[0].split(" …")[0]
    return text.strip()


_SKIP = {"provenance", "jimu", "related", "answers", "signature", "schema_version", "id"}


def _display(value: object) -> str:
    from forms.wareki import format_date

    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, date | FlexDate):
        try:
            text = format_date(value)
        except (ValueError, KeyError):
            text = ""
        iso = value.isoformat() if isinstance(value, date) else ""
        return f"{text}（{iso}）" if iso and text and text != iso else (text or iso)
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return str(label) if label else str(value.value)
    return str(value)


def _walk(model: BaseModel, prefix: str, section: str, out: _Walk) -> None:
    cls = type(model)
    for name in cls.model_fields:
        if name in _SKIP:
            continue
        value = getattr(model, name)
        path = f"{prefix}{name}"
        label = _label_of(cls, name)
        if isinstance(value, BaseModel) and not isinstance(value, FlexDate):
            sub = f"{section}・{label}" if section else label
            _walk(value, f"{path}.", sub, out)
        elif isinstance(value, list):
            if name == "persons":
                for i, person in enumerate(value):
                    _walk(person, f"{path}.{i}.", f"異動者{i + 1}", out)
            continue
        elif isinstance(value, dict):
            continue
        else:
            mapped = _VALUES.get(name, {}).get(str(getattr(value, "value", value)))
            out.rows.append((path, section or "届出", label, mapped or value, True))


#: Fields shown even when empty: what staff enter for a person who came without a card, and
#: the items only staff can fill (転出証明書, 転入前住民票コード).
_ALWAYS_SHOWN = re.compile(
    r"^persons\.\d+\.(name\.(family|given|family_kana|given_kana)|birth_date|sex|relationship"
    r"|juminhyo_code)$|^todoke\.tenshutsu_shomei$"
)


def _staff_edited_paths(session: Session, notification_id: uuid.UUID) -> set[str]:
    """Paths staff changed, from the audit log (the tamper-evident record of who changed what)."""
    rows = session.execute(
        select(AuditEntry.detail).where(
            AuditEntry.subject == str(notification_id),
            AuditEntry.action == "edit",
            AuditEntry.actor.like("staff:%"),
        )
    ).scalars()
    paths: set[str] = set()
    for detail in rows:
        text = json.loads(detail).get("fields", "")
        paths.update(p for p in str(text).split(",") if p)
    return paths


def _finding_rows(n: Notification, result: forms.CheckResult) -> tuple[list[FindingRow], ...]:
    def row(f: forms.Finding, severity: Literal["error", "alert"]) -> FindingRow:
        chars: tuple[str, ...] = ()
        if f.code == "non_jis_char":
            chars = tuple(c.char for c in non_jis_chars(str(n.value_at(f.field) or "")))
        return FindingRow(f.code, severity, f.message_ja, f.field, chars)

    return (
        [row(f, "error") for f in result.errors],
        [row(f, "alert") for f in result.alerts],
    )


def _layout(n: Notification, findings: list[FindingRow], staff_paths: set[str]) -> list[FieldRow]:
    walk = _Walk()
    _walk(n, "", "", walk)
    previous = _PREVIOUS_BLOCK.get(n.kind.value, "従前の住所")
    walk.rows = [
        (p, sec.replace("従前の住所", previous, 1), lab, v, e) for p, sec, lab, v, e in walk.rows
    ]
    by_field: dict[str, list[FindingRow]] = {}
    for f in findings:
        by_field.setdefault(f.field, []).append(f)
    shown: list[FieldRow] = []
    for path, section, label, value, editable in walk.rows:
        if path == "todoke.tenshutsu_shomei" and n.kind.value != "tennyu":
            continue
        attached = tuple(by_field.get(path, ()))
        text = _display(value)
        if not text and not attached and not _ALWAYS_SHOWN.match(path):
            continue  # empty and nothing to fix: not on the reviewer's screen
        prov = n.provenance.get(path)
        source: Source
        if path in staff_paths:
            source = "staff"
        elif n.is_card_verified(path):
            source = "ic_chip"
        elif prov is not None and prov.source == "postal_lookup":
            source = "postal_lookup"
        else:
            source = "resident"
        name = path.rsplit(".", 1)[-1]
        choices: tuple[tuple[str, str], ...] = ()
        if name in _VALUES:
            choices = tuple(_VALUES[name].items())
        elif isinstance(value, bool):
            choices = (("true", "はい"), ("false", "いいえ"))
        shown.append(FieldRow(path, section, label, text, source, editable, attached, choices))
    return shown


def _set_path(n: Notification, path: str, text: str) -> Notification:
    """A copy of ``n`` with the field at ``path`` set from ``text`` (validated by the model)."""
    data = n.model_dump(mode="json")
    node: Any = data
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.get(part)
        if node is None:
            raise KioskError(f"{path}: no such field")
    last = parts[-1]
    if not isinstance(node, dict) or last not in node:
        raise KioskError(f"{path}: no such field")
    current = node[last]
    value: object = text.strip()
    if value == "" and current is None:
        value = None
    elif isinstance(current, bool):
        value = str(value) in ("1", "true", "True", "はい")
    elif isinstance(current, int) and not isinstance(current, bool):
        try:
            value = int(str(value))
        except ValueError as exc:
            raise KioskError(f"{path}: a number is expected") from exc
    elif value == "" and current not in ("", None):
        value = None if not isinstance(current, str) else ""
    if isinstance(value, str) and isinstance(current, str | type(None)):
        value = _parse_date_text(value)
    node[last] = value
    try:
        return Notification.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise KioskError(f"{path}: {err['msg']}") from exc


def _parse_date_text(text: str) -> str:
    """和暦 typed by staff (令和8年4月13日) becomes ISO; anything else is left as typed."""
    if text and text[0] in "明大昭平令" and "年" in text:
        from forms.wareki import parse

        try:
            parsed = parse(text)
        except ValueError:
            return text
        if isinstance(parsed, date):
            return parsed.isoformat()
    return text


def _render_receipt(n: Notification) -> bytes | None:
    """The resident's receipt (受付票), or None while ``forms`` ships no receipt renderer."""
    try:
        render = forms.render_receipt
    except ModuleNotFoundError as exc:
        if exc.name != "forms.receipt":
            raise
        return None
    pdf: bytes = render(n)
    return pdf


def _safe_name(label: str, what: str) -> str:
    return f"{label or 'notification'}-{what}.pdf"


# ---------------------------------------------------------------------------------------------
# The facade


class StaffService:
    """The staff console's single door into the application (see the module docstring).

    ``terminal`` names this desk (audit entries, pairing); ``now`` and ``today`` are
    injectable so tests can pin the clock.
    """

    def __init__(
        self,
        config: Config,
        storage: Storage,
        *,
        terminal: str = "desk",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.config = config
        self.storage = storage
        self.terminal = terminal
        self._now = now or utcnow

    # -- time --------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now()

    def today(self) -> date:
        return self.now().astimezone(self.config.tz).date()

    def _session(self) -> AbstractContextManager[Session]:
        return self.storage.transaction()

    # -- login -------------------------------------------------------------------------------

    @property
    def second_factor(self) -> str:
        """The configured second factor (``totp``, ``card`` or ``none``)."""
        return self.config.staff.second_factor

    def login(self, login_id: str, password: str, second: str | None) -> StaffUser:
        """Check a staff login (id + password + second factor); failures are audited."""
        failure: staff.LoginFailed | None = None
        with self.storage.session() as session:
            with session.begin():
                try:
                    actor = staff.login(
                        session,
                        login_id.strip(),
                        password,
                        second,
                        method=self.second_factor,
                        terminal=self.terminal,
                        max_failed=self.config.staff.max_failed_logins,
                        lockout=timedelta(minutes=self.config.staff.lockout_minutes),
                        now=self.now(),
                    )
                except staff.LoginFailed as exc:
                    failure = exc  # the audit entry of the failure commits with this block
                else:
                    account = session.get(StaffAccount, actor.id)
                    name = account.display_name if account is not None else actor.id
            if failure is not None:
                raise failure
        return StaffUser(actor, name)

    def logout(self, user: StaffUser) -> None:
        with self._session() as session:
            audit.record(
                session,
                actor=user.actor.audit_id,
                terminal=self.terminal,
                action="logout",
                subject=f"staff:{user.login_id}",
            )

    # -- the queue ---------------------------------------------------------------------------

    def watch(self, *, poll_interval: float = 0.2) -> ChangeWatcher:
        """A watcher that wakes on any committed change (run it off the GUI thread)."""
        return ChangeWatcher(self.storage, poll_interval=poll_interval)

    def paired_tablets(self) -> list[str]:
        with self._session() as session:
            return pairing.paired_tablets(session, self.terminal)

    def queue(self) -> list[QueueRow]:
        """This desk's live queue: its own counter and every tablet paired with it.

        Waiting (確認済, 審査中) and unfinished ones first in 受付番号 order, then today's
        finished ones; 送信失敗 always, as staff must act on it.
        """
        now = self.now()
        today = self.today()
        with self._session() as session:
            tablets = pairing.paired_tablets(session, self.terminal)
            mine = or_(
                NotificationRecord.counter == self.config.counter.id,
                NotificationRecord.terminal.in_(tablets),
            )
            wanted = or_(
                NotificationRecord.status.in_([s.value for s in _OPEN]),
                NotificationRecord.status == Status.DELIVERY_FAILED.value,
                NotificationRecord.reception_day == today,
            )
            records = session.scalars(
                select(NotificationRecord).where(
                    mine, wanted, NotificationRecord.payload.is_not(None)
                )
            ).all()
            rows = [self._queue_row(r, now, today) for r in records]
        order = {
            Status.DELIVERY_FAILED: 0,
            Status.CONFIRMED: 1,
            Status.REVIEWING: 1,
            Status.DRAFT: 2,
        }
        return sorted(rows, key=lambda r: (order.get(r.status, 3), r.label))

    def _queue_row(self, r: NotificationRecord, now: datetime, today: date) -> QueueRow:
        n = workflow._notification(r)
        result = forms.check(n, today=r.reception_day or today)
        start = r.confirmed_at or r.created_at
        end = now if r.state in _OPEN else (r.approved_at or r.closed_at or r.updated_at)
        badges: list[str] = []
        for f in [*result.errors, *result.alerts]:
            badge = HEADLINE_CODES.get(f.code)
            if badge and badge not in badges:
                badges.append(badge)
        return QueueRow(
            id=r.id,
            label=(
                workflow.reception_label(r.counter, r.reception_no)
                if r.reception_no
                else f"入力中-{str(r.id)[:4]}"
            ),
            kind=r.kind,
            kind_label=n.kind.label,
            status=r.state,
            terminal=r.terminal or "",
            waiting_seconds=max(0, int((end - start).total_seconds())),
            persons=len(n.persons),
            errors=len(result.errors),
            alerts=len(result.alerts),
            badges=tuple(badges),
            reviewer=r.reviewer,
            version=r.version,
        )

    # -- review ------------------------------------------------------------------------------

    def open(self, user: StaffUser, notification_id: uuid.UUID, *, take: bool = True) -> Review:
        """Show a notification (the view is audited); a reviewer opening a 確認済 one takes it
        (審査中) so no other desk reviews it at the same time."""
        with self._session() as session:
            record = workflow.get(session, notification_id)
            if (
                take
                and record.state is Status.CONFIRMED
                and user.actor.has_role(workflow.ROLE_REVIEW)
            ):
                workflow.start_review(session, record.id, actor=user.actor, now=self.now())
            workflow.view(session, record.id, actor=user.actor)
            return self._review(session, record.id)

    def review(self, notification_id: uuid.UUID) -> Review:
        """The review data again (after a change seen in the queue), without a new view entry."""
        with self._session() as session:
            return self._review(session, notification_id)

    def _review(self, session: Session, notification_id: uuid.UUID) -> Review:
        record = workflow.get(session, notification_id)
        n = workflow._notification(record)
        result = forms.check(n, today=record.reception_day or self.today())
        errors, alerts = _finding_rows(n, result)
        rows = _layout(n, [*errors, *alerts], _staff_edited_paths(session, record.id))
        entry = session.scalar(select(OutboxEntry).where(OutboxEntry.notification_id == record.id))
        delivery = None
        if entry is not None:
            delivery = DeliveryInfo(
                entry.adapter,
                entry.status,
                entry.attempts,
                entry.last_error,
                entry.next_attempt_at,
                entry.delivered_at,
            )
        return Review(
            id=record.id,
            version=record.version,
            status=record.state,
            label=n.jimu.reception_number or f"入力中-{str(record.id)[:4]}",
            kind=record.kind,
            kind_label=n.kind.label,
            notification=n,
            fields=rows,
            errors=errors,
            alerts=alerts,
            related=list(n.related),
            card_alerts=list(n.jimu.alerts),
            signed=not n.filer.signature.is_empty,
            return_reason=record.reason if record.state is Status.RETURNED else None,
            delivery=delivery,
            allowed=tuple(workflow.allowed_transitions(record.state)),
            reviewer=record.reviewer,
        )

    def edit(
        self,
        user: StaffUser,
        notification_id: uuid.UUID,
        path: str,
        value: str,
        *,
        reason: str,
        expected_version: int,
    ) -> Review:
        """Correct one field with a reason (訂正): the change and the reason code are audited.

        Refused when the value does not fit the field, or someone changed the notification
        since ``expected_version`` (:class:`kiosk.workflow.ConcurrentChange`).
        """
        if reason not in EDIT_REASONS:
            raise KioskError("choose the reason for the correction (訂正理由)")
        with self._session() as session:
            n = workflow.load(session, notification_id)
            changed = _set_path(n, path, value)
            if path.startswith(("persons.", "household.")) or path.startswith("todoke.moved_on"):
                changed.related = forms.related.derive(changed)
            before = workflow.get(session, notification_id).version
            record = workflow.save(
                session,
                changed,
                actor=user.actor,
                expected_version=expected_version,
                now=self.now(),
            )
            if record.version != before:
                audit.record(
                    session,
                    actor=user.actor.audit_id,
                    terminal=self.terminal,
                    action="edit_reason",
                    subject=str(record.id),
                    detail={"field": path, "reason": reason},
                    at=self.now(),
                )
            return self._review(session, record.id)

    def return_(
        self, user: StaffUser, notification_id: uuid.UUID, reason: str, *, expected_version: int
    ) -> Review:
        """差戻: back to the resident (or reception) with a reason they will be told."""
        with self._session() as session:
            workflow.return_(
                session,
                notification_id,
                actor=user.actor,
                reason=reason,
                expected_version=expected_version,
                now=self.now(),
            )
            return self._review(session, notification_id)

    def reopen(
        self, user: StaffUser, notification_id: uuid.UUID, *, expected_version: int
    ) -> Review:
        """差戻 → 入力中: corrections begin (the resident at the tablet, or staff here)."""
        with self._session() as session:
            workflow.reopen(
                session,
                notification_id,
                actor=user.actor,
                expected_version=expected_version,
                now=self.now(),
            )
            return self._review(session, notification_id)

    def resubmit(self, user: StaffUser, notification_id: uuid.UUID) -> Review:
        """入力中 → 確認済 at the desk: after staff completed what the resident could not enter,
        or corrected a returned one. Confirmation hands out the next 受付番号 of the day."""
        with self._session() as session:
            workflow.confirm(
                session, notification_id, actor=user.actor, now=self.now(), tz=self.config.tz
            )
            return self._review(session, notification_id)

    def approve(
        self, user: StaffUser, notification_id: uuid.UUID, *, expected_version: int
    ) -> Review:
        """本登録: status, outbox row, the form PDF and the receipt, in one transaction."""
        now = self.now()
        with self._session() as session:
            record = workflow.approve(
                session,
                notification_id,
                actor=user.actor,
                adapter=self.config.backoffice.adapter,
                expected_version=expected_version,
                now=now,
                tz=self.config.tz,
            )
            receipt = _render_receipt(workflow._notification(record))
            if receipt is not None:
                session.add(
                    DocumentRecord(
                        notification_id=record.id,
                        kind="receipt",
                        content=receipt,
                        sha256=hashlib.sha256(receipt).hexdigest(),
                        created_at=now,
                    )
                )
                session.flush()
            return self._review(session, record.id)

    def cancel(
        self, user: StaffUser, notification_id: uuid.UUID, reason: str, *, expected_version: int
    ) -> Review:
        """取消 with a reason."""
        with self._session() as session:
            workflow.cancel(
                session,
                notification_id,
                actor=user.actor,
                reason=reason,
                expected_version=expected_version,
                now=self.now(),
            )
            return self._review(session, notification_id)

    # -- documents and delivery --------------------------------------------------------------

    def output(
        self,
        user: StaffUser,
        notification_id: uuid.UUID,
        what: Literal["form", "receipt"],
        *,
        action: Literal["print", "export"] = "print",
    ) -> Output:
        """The form PDF or the receipt, for printing or saving; the output is audited.

        After approval the stored documents are used; before it, the form is rendered from the
        current data as a confirmation print (確認用) and the receipt is not available yet.
        """
        with self._session() as session:
            record = workflow.get(session, notification_id)
            try:
                pdf = workflow.document(session, record.id, what)
            except workflow.NotFound:
                if what == "receipt":
                    raise KioskError(
                        "the receipt exists once the notification is approved"
                    ) from None
                pdf = forms.render_pdf(workflow._notification(record))
            workflow.record_output(session, record.id, actor=user.actor, action=action, what=what)
            label = workflow.reception_label(record.counter, record.reception_no or 0)
            return Output(what, pdf, _safe_name(label, what))

    def retry_delivery(self, user: StaffUser, notification_id: uuid.UUID) -> Review:
        """送信失敗 → 本登録: the worker sends it again (same idempotency key)."""
        with self._session() as session:
            workflow.retry_delivery(session, notification_id, actor=user.actor, now=self.now())
            return self._review(session, notification_id)

    # -- the day -----------------------------------------------------------------------------

    def day_view(self, day: date | None = None) -> DayView:
        """Counts by kind and state, the median time from card to approval, deliveries due."""
        day = day or self.today()
        with self._session() as session:
            records = session.scalars(
                select(NotificationRecord).where(
                    NotificationRecord.reception_day == day,
                    NotificationRecord.counter == self.config.counter.id,
                )
            ).all()
            by_kind: dict[str, int] = {}
            by_status: dict[str, int] = {}
            durations: list[float] = []
            for r in records:
                label = forms.Kind(r.kind).label
                by_kind[label] = by_kind.get(label, 0) + 1
                by_status[r.state.ja] = by_status.get(r.state.ja, 0) + 1
                if r.approved_at is None or r.payload is None:
                    continue
                n = workflow._notification(r)
                reads = [p.recorded_at for p in n.provenance.values() if p.recorded_at]
                start = min(reads) if reads else r.created_at
                durations.append((r.approved_at - start).total_seconds())
            pending = session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.status == OutboxStatus.PENDING.value)
            )
            failed = session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.status == OutboxStatus.FAILED.value)
            )
        median = timedelta(seconds=statistics.median(durations)) if durations else None
        return DayView(
            day=day,
            counts_by_kind=by_kind,
            counts_by_status=by_status,
            median_card_to_approval=median,
            approvals=len(durations),
            pending_deliveries=int(pending or 0),
            failed_deliveries=int(failed or 0),
        )

    # -- pairing -----------------------------------------------------------------------------

    def pair(self, user: StaffUser, code: str) -> str:
        """Pair the tablet showing ``code`` with this desk; refusals are audited too."""
        failure: pairing.PairingError | None = None
        with self.storage.session() as session:
            with session.begin():
                try:
                    tablet = pairing.pair(
                        session, code, desk=self.terminal, actor=user.actor, now=self.now()
                    )
                except pairing.PairingError as exc:
                    failure = exc
            if failure is not None:
                raise failure
        return tablet

    def unpair(self, user: StaffUser, tablet: str) -> None:
        with self._session() as session:
            pairing.unpair(session, tablet, desk=self.terminal, actor=user.actor, now=self.now())

    def offer_code(
        self, tablet: str, *, ttl: timedelta = pairing.DEFAULT_TTL
    ) -> pairing.PairingCode:
        """A pairing code for a tablet to show (used by ``kiosk tablet``)."""
        with self._session() as session:
            return pairing.offer_code(
                session,
                tablet,
                actor=Actor.system("tablet", tablet),
                ttl=ttl,
                now=self.now(),
            )

    # -- audit -------------------------------------------------------------------------------

    def audit_trail(self, notification_id: uuid.UUID) -> list[tuple[datetime, str, str, str]]:
        """(when, who, action, detail) of every audit entry about one notification."""
        with self._session() as session:
            rows = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.subject == str(notification_id))
                .order_by(AuditEntry.seq)
            ).all()
            return [(e.at, e.actor, e.action, e.detail) for e in rows]

    def audit_ok(self) -> bool:
        with self._session() as session:
            return audit.verify(session).ok
