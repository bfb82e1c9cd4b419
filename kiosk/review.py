"""What a reviewer is shown of one notification (審査): data, findings, sources, delivery.

This is the Qt-free part of a staff screen, shared by the review pane and a clerk's interview at
the desk: the notification itself, the rule findings attached to their fields (外字 with the
characters themselves), where each value came from (IC chip, postal lookup, worked out by the
system, corrected by staff, or entered by the resident), the related procedures with the marks
staff made at the desk, the delivery state and the steps the state allows. How fields are grouped
and labelled on a screen is the screen's business (``ui.staff.layout``).

Staff corrections and 関連手続 marks are read from the audit log, the tamper-evident record of
who did what: they are desk bookkeeping and never change an approved notification's data.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

import forms
from forms.charset import non_jis_chars
from forms.fields import is_derived
from forms.rules import RULES
from kiosk import outbox, workflow
from kiosk.config import Department
from kiosk.models import AuditEntry, NotificationRecord, OutboxEntry, OutboxStatus, Status

__all__ = [
    "HEADLINE_CODES",
    "DeliveryInfo",
    "FindingRow",
    "Review",
    "Source",
    "build_review",
    "finding_rows",
    "related_marks",
    "source_of",
    "staff_edited_paths",
    "unnumbered_label",
]

#: Where a field's value came from, as a screen marks it.
Source = Literal["ic_chip", "postal_lookup", "derived", "staff", "resident"]

#: Findings a reviewer must not miss, shown as badges in the queue.
HEADLINE_CODES: dict[str, str] = {
    "non_jis_char": "外字",
    "late_filing": "届出期間経過",
    "head_count": "世帯主",
    "head_name_mismatch": "世帯主",
    "card_value_changed": "カード値変更",
    "zairyu_expired": "在留期間",
}

#: 関連手続 marks in the audit log: the action, and whether it marks the procedure done.
RELATED_ACTIONS = {"related_done": True, "related_undone": False}


@dataclass(frozen=True)
class FindingRow:
    """A rule finding; ``chars`` holds the 外字 themselves, to show enlarged."""

    code: str
    severity: Literal["error", "alert"]
    message: str
    field: str
    chars: tuple[str, ...] = ()

    @property
    def headline(self) -> str:
        """The badge of a finding a reviewer must not miss (外字, 届出期間経過 …), or ""."""
        return HEADLINE_CODES.get(self.code, "")

    @property
    def title(self) -> str:
        """The rule's short Japanese name (届出期間経過, JIS X 0208外の文字 …)."""
        rule = RULES.get(self.code)
        return rule.title_ja if rule is not None else self.code


@dataclass(frozen=True)
class DeliveryInfo:
    """Where the approved notification is on its way to the back office, or to a department
    (``department``: its name for staff, 国民健康保険課; ``adapter`` is then the route)."""

    adapter: str
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    department: str = ""

    @property
    def label(self) -> str:
        return {
            OutboxStatus.PENDING.value: "送信待ち",
            OutboxStatus.DELIVERED.value: "送信済",
            OutboxStatus.FAILED.value: "送信失敗",
        }.get(self.status, self.status)


@dataclass(frozen=True)
class Review:
    """Everything a staff screen shows of one notification. Times are UTC (show them in the
    counter's time zone)."""

    id: uuid.UUID
    version: int
    status: Status
    label: str
    kind: str
    kind_label: str
    notification: forms.Notification
    errors: tuple[FindingRow, ...]
    alerts: tuple[FindingRow, ...]
    #: The related procedures, ``done`` as staff marked them at the desk.
    related: tuple[forms.RelatedProcedure, ...]
    card_alerts: tuple[str, ...]
    signed: bool
    return_reason: str | None
    cancel_reason: str | None
    delivery: DeliveryInfo | None
    allowed: tuple[str, ...]
    reviewer: str | None
    #: Paths staff corrected (from the audit log).
    staff_paths: frozenset[str]
    received_at: datetime | None
    approved_at: datetime | None
    delivered_at: datetime | None
    #: Each department route the notification goes to (担当課への連携), in route order.
    routes: tuple[DeliveryInfo, ...] = ()

    @property
    def can_approve(self) -> bool:
        """True when the state allows approval (確認済 or 審査中) and no rule finds an error."""
        return self.status in (Status.CONFIRMED, Status.REVIEWING) and not self.errors

    @property
    def findings(self) -> tuple[FindingRow, ...]:
        return (*self.errors, *self.alerts)

    @property
    def alert_codes(self) -> tuple[str, ...]:
        """The codes of the 注意 findings, once each: what approval must acknowledge."""
        return tuple(dict.fromkeys(f.code for f in self.alerts))

    def source(self, path: str) -> Source:
        """Where the value at ``path`` came from (see :func:`source_of`)."""
        return source_of(self.notification, path, self.staff_paths)


def unnumbered_label(notification_id: uuid.UUID) -> str:
    """How a notification without a 受付番号 yet (入力中) is named on screens."""
    return f"入力中-{str(notification_id)[:4]}"


def source_of(n: forms.Notification, path: str, staff_paths: frozenset[str] | set[str]) -> Source:
    """Where the value at ``path`` came from: a staff correction wins, then the IC chip (while
    the value is still the one read), the postal lookup, a value the system worked out, and
    otherwise the resident."""
    if path in staff_paths:
        return "staff"
    if n.is_card_verified(path):
        return "ic_chip"
    prov = n.provenance.get(path)
    if prov is not None and prov.source == "postal_lookup":
        return "postal_lookup"
    if is_derived(path):
        return "derived"
    return "resident"


def staff_edited_paths(session: Session, notification_id: uuid.UUID) -> frozenset[str]:
    """Paths staff changed, from the audit log."""
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
    return frozenset(paths)


def related_marks(session: Session, notification_id: uuid.UUID) -> dict[str, bool]:
    """The 関連手続 staff marked done (or undid) at the desk, latest mark per code."""
    rows = session.execute(
        select(AuditEntry.action, AuditEntry.detail)
        .where(
            AuditEntry.subject == str(notification_id),
            AuditEntry.action.in_(list(RELATED_ACTIONS)),
        )
        .order_by(AuditEntry.seq)
    ).all()
    marks: dict[str, bool] = {}
    for action, detail in rows:
        code = json.loads(detail).get("code")
        if isinstance(code, str):
            marks[code] = RELATED_ACTIONS[action]
    return marks


def finding_rows(
    n: forms.Notification, result: forms.CheckResult
) -> tuple[tuple[FindingRow, ...], tuple[FindingRow, ...]]:
    """(errors, alerts) of a rule check, with the 外字 of each 外字 finding."""

    def row(f: forms.Finding, severity: Literal["error", "alert"]) -> FindingRow:
        chars: tuple[str, ...] = ()
        if f.code == "non_jis_char":
            chars = tuple(c.char for c in non_jis_chars(str(n.value_at(f.field) or "")))
        return FindingRow(f.code, severity, f.message_ja, f.field, chars)

    return (
        tuple(row(f, "error") for f in result.errors),
        tuple(row(f, "alert") for f in result.alerts),
    )


def _delivery_info(entry: OutboxEntry, department: str = "") -> DeliveryInfo:
    return DeliveryInfo(
        entry.adapter,
        entry.status,
        entry.attempts,
        entry.last_error,
        entry.next_attempt_at,
        entry.delivered_at,
        department,
    )


def build_review(
    session: Session,
    record: NotificationRecord,
    today: date,
    departments: Mapping[str, Department] | None = None,
) -> Review:
    """The :class:`Review` of ``record`` (its rules checked as of its reception day, once per
    version of its data: :func:`kiosk.workflow.checked`), with the delivery to the back office
    and to each department route (named from ``departments``)."""
    n = workflow.notification_of(record)
    result = workflow.checked(record, n, record.reception_day or today)
    errors, alerts = finding_rows(n, result)
    entry = outbox.entry_for(session, record.id)
    delivery = _delivery_info(entry) if entry is not None else None
    named = departments or {}
    routes = tuple(
        _delivery_info(e, named[e.adapter].name if e.adapter in named else e.adapter)
        for e in outbox.route_entries(session, record.id)
    )
    marks = related_marks(session, record.id)
    related = tuple(r.model_copy(update={"done": marks.get(r.code, r.done)}) for r in n.related)
    return Review(
        id=record.id,
        version=record.version,
        status=record.state,
        label=n.jimu.reception_number or unnumbered_label(record.id),
        kind=record.kind,
        kind_label=n.kind.label,
        notification=n,
        errors=errors,
        alerts=alerts,
        related=related,
        card_alerts=tuple(n.jimu.alerts),
        signed=forms.is_signed(n),
        return_reason=record.reason if record.state is Status.RETURNED else None,
        cancel_reason=record.reason if record.state is Status.CANCELLED else None,
        delivery=delivery,
        allowed=tuple(workflow.allowed_transitions(record.state)),
        reviewer=record.reviewer,
        staff_paths=staff_edited_paths(session, record.id),
        received_at=record.confirmed_at,
        approved_at=record.approved_at,
        delivered_at=record.delivered_at,
        routes=routes,
    )
