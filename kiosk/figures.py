"""The counter's own figures (窓口の実績): minutes per visit, waits, characters not written.

Municipalities report how long a visit takes, how long residents wait and how much they no
longer write by hand; the counter records these itself, per day, counter, kind and intake mode,
with no personal data in any figure:

- **notifications** filed (確認済, each once), by intake mode (``self_service`` at the tablet,
  ``staff_led`` 対面, …), and how many were approved (本登録);
- **card → filing**: minutes from the first card read (or, with no card, the first screen) to
  filing; **waiting**: from filing until a clerk opened it (審査中); **filing → 本登録**; each
  as median and 90th percentile (linear interpolation between the closest ranks);
- **characters not written**: what the paper form of the same notification needs
  (:func:`forms.effort.paper_characters`) minus what the resident typed on the screens;
- **related forms** produced at the desk (each procedure's form once).

Where the facts come from: what exists nowhere else is written when the notification is filed
(:func:`record_filing`, a :class:`~kiosk.models.VisitFigure` row: start, intake mode,
characters); the times of filing and approval are the notification's own columns, the time a
clerk opened it and the related forms printed are audit entries. None of these is personal
data, and none is touched by the retention purge, so the figures outlive the data.
"""

from __future__ import annotations

import csv
import json
import statistics
import uuid
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import forms
from forms.effort import paper_characters, typed_characters
from kiosk.models import AuditEntry, NotificationRecord, VisitFigure

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MODE",
    "MAX_DAYS",
    "STAFF_LED",
    "FigureRow",
    "Spread",
    "Visit",
    "group",
    "intake_mode_of",
    "record_filing",
    "spread",
    "visits",
    "write_csv",
]

DEFAULT_MODE = "self_service"
"""The intake mode of a notification that does not say (the resident at the tablet)."""
MAX_DAYS = 366
"""The longest period one report covers."""
_CHUNK = 500


STAFF_LED = "staff_led"
"""The intake mode of a notification a clerk took down in an interview (対面)."""


def intake_mode_of(n: forms.Notification, *, created_by_staff: bool = False) -> str:
    """How the notification was taken: its ``jimu.intake_mode`` where it records one; else
    ``staff_led`` when a clerk began it at the desk, and self-service otherwise."""
    mode = getattr(n.jimu, "intake_mode", None)
    if mode:
        return str(getattr(mode, "value", mode))[:32]
    return STAFF_LED if created_by_staff else DEFAULT_MODE


def _created_by_staff(session: Session, notification_id: uuid.UUID) -> bool:
    actor = session.scalar(
        select(AuditEntry.actor)
        .where(AuditEntry.subject == str(notification_id), AuditEntry.action == "create")
        .order_by(AuditEntry.seq)
        .limit(1)
    )
    return actor is not None and str(actor).startswith("staff:")


def _staff_paths(session: Session, notification_id: uuid.UUID) -> set[str]:
    """Field paths staff entered or corrected (from the audit log's ``edit`` entries)."""
    paths: set[str] = set()
    for detail in session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.subject == str(notification_id),
            AuditEntry.action == "edit",
            AuditEntry.actor.like("staff:%"),
        )
    ):
        paths.update(p for p in str(json.loads(detail).get("fields", "")).split(",") if p)
    return paths


def record_filing(
    session: Session, record: NotificationRecord, n: forms.Notification, *, now: datetime
) -> VisitFigure:
    """Write (or, filed again after a 差戻, update) the figures of ``record`` being filed."""
    reads = [
        p.recorded_at for p in n.provenance.values() if p.source == "ic_chip" and p.recorded_at
    ]
    mode = intake_mode_of(n, created_by_staff=_created_by_staff(session, record.id))
    paper = paper_characters(n)
    typed = min(
        paper,
        typed_characters(n, intake_mode=mode, staff_paths=_staff_paths(session, record.id)),
    )
    figure = session.get(VisitFigure, record.id)
    if figure is None:
        figure = VisitFigure(notification_id=record.id)
        session.add(figure)
        figure.started_at = min(reads) if reads else record.created_at
        figure.card_read = bool(reads)
    figure.day = record.reception_day or now.date()
    figure.counter = record.counter
    figure.kind = record.kind
    figure.intake_mode = mode
    figure.paper_chars = paper
    figure.typed_chars = typed
    return figure


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    """The figures of one filed notification (no id, no personal data)."""

    day: date
    counter: str
    kind: str
    intake_mode: str
    filed_at: datetime
    approved: bool
    card_read: bool
    #: Minutes; None where the step has not happened (not opened, not approved).
    card_to_filing: float | None
    waiting: float | None
    filing_to_approval: float | None
    paper_chars: int
    typed_chars: int
    related_forms: int

    @property
    def chars_not_written(self) -> int:
        return self.paper_chars - self.typed_chars


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return max(0.0, (end - start).total_seconds() / 60)


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _audit(session: Session, action: str, ids: Sequence[str]) -> list[tuple[str, datetime, str]]:
    out: list[tuple[str, datetime, str]] = []
    for part in _chunks(ids):
        rows = session.execute(
            select(AuditEntry.subject, AuditEntry.at, AuditEntry.detail).where(
                AuditEntry.action == action, AuditEntry.subject.in_(part)
            )
        ).all()
        out.extend((str(s), at, str(d)) for s, at, d in rows)
    return out


def visits(session: Session, *, start: date, end: date, counter: str | None = None) -> list[Visit]:
    """Every notification filed from ``start`` to ``end`` (the counter's days, inclusive)."""
    query = (
        select(VisitFigure, NotificationRecord.confirmed_at, NotificationRecord.approved_at)
        .join(
            NotificationRecord, NotificationRecord.id == VisitFigure.notification_id, isouter=True
        )
        .where(VisitFigure.day >= start, VisitFigure.day <= end)
        .order_by(VisitFigure.day, NotificationRecord.confirmed_at)
    )
    if counter is not None:
        query = query.where(VisitFigure.counter == counter)
    rows = session.execute(query).all()
    ids = [str(f.notification_id) for f, _c, _a in rows]
    opened: dict[str, list[datetime]] = {}
    for subject, at, _detail in _audit(session, "start_review", ids):
        opened.setdefault(subject, []).append(at)
    printed: dict[str, set[str]] = {}
    for subject, _at, detail in _audit(session, "print", ids):
        what = str(json.loads(detail).get("what", ""))
        if what.startswith("related:"):
            printed.setdefault(subject, set()).add(what)
    out = []
    for figure, confirmed_at, approved_at in rows:
        key = str(figure.notification_id)
        filed = confirmed_at or figure.started_at
        # A clerk opens it after it was filed (again, after a 差戻): the first time since.
        first_open = min((t for t in opened.get(key, []) if t >= filed), default=None)
        out.append(
            Visit(
                day=figure.day,
                counter=figure.counter,
                kind=figure.kind,
                intake_mode=figure.intake_mode,
                filed_at=filed,
                approved=approved_at is not None,
                card_read=figure.card_read,
                card_to_filing=_minutes(figure.started_at, confirmed_at),
                waiting=_minutes(confirmed_at, first_open),
                filing_to_approval=_minutes(confirmed_at, approved_at),
                paper_chars=figure.paper_chars,
                typed_chars=figure.typed_chars,
                related_forms=len(printed.get(key, ())),
            )
        )
    return out


@dataclass(frozen=True)
class Spread:
    """Median and 90th percentile of some minutes, and how many values they are of."""

    count: int
    median: float | None
    p90: float | None


def spread(values: Iterable[float | None]) -> Spread:
    """Median and p90 (linear interpolation, ``statistics.quantiles`` inclusive) of the values
    that are not None."""
    known = sorted(v for v in values if v is not None)
    if not known:
        return Spread(0, None, None)
    p90 = known[0] if len(known) == 1 else statistics.quantiles(known, n=10, method="inclusive")[8]
    return Spread(len(known), statistics.median(known), p90)


@dataclass(frozen=True)
class FigureRow:
    """The figures of a group of visits (one day, counter, kind and intake mode by default)."""

    day: date | None
    counter: str
    kind: str
    intake_mode: str
    notifications: int
    approved: int
    card_to_filing: Spread
    waiting: Spread
    filing_to_approval: Spread
    paper_chars: int
    typed_chars: int
    related_forms: int

    @property
    def chars_not_written(self) -> int:
        return self.paper_chars - self.typed_chars

    @property
    def kind_label(self) -> str:
        try:
            return forms.Kind(self.kind).label
        except ValueError:
            return self.kind or "すべて"


def group(
    items: Sequence[Visit],
    key: Callable[[Visit], Hashable] = lambda v: (v.day, v.counter, v.kind, v.intake_mode),
) -> list[FigureRow]:
    """The visits summed up per ``key`` (a group's fields that differ read ``""`` / None)."""
    groups: dict[Hashable, list[Visit]] = {}
    for v in items:
        groups.setdefault(key(v), []).append(v)
    out = []
    for members in groups.values():
        first = members[0]

        def same(attr: str, members: list[Visit] = members, first: Visit = first) -> Any:
            value = getattr(first, attr)
            return value if all(getattr(m, attr) == value for m in members) else None

        out.append(
            FigureRow(
                day=same("day"),
                counter=same("counter") or "",
                kind=same("kind") or "",
                intake_mode=same("intake_mode") or "",
                notifications=len(members),
                approved=sum(m.approved for m in members),
                card_to_filing=spread(m.card_to_filing for m in members),
                waiting=spread(m.waiting for m in members),
                filing_to_approval=spread(m.filing_to_approval for m in members),
                paper_chars=sum(m.paper_chars for m in members),
                typed_chars=sum(m.typed_chars for m in members),
                related_forms=sum(m.related_forms for m in members),
            )
        )
    return out


CSV_COLUMNS = (
    "day",
    "counter",
    "kind",
    "intake_mode",
    "notifications",
    "approved",
    "card_to_filing_median_min",
    "card_to_filing_p90_min",
    "waiting_median_min",
    "waiting_p90_min",
    "filing_to_approval_median_min",
    "filing_to_approval_p90_min",
    "paper_characters",
    "typed_characters",
    "characters_not_written",
    "related_forms",
)
"""The columns of ``kiosk report --csv`` (minutes with one decimal; empty where none)."""


def _m(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def write_csv(rows: Iterable[FigureRow], fh: IO[str]) -> int:
    """Write the rows as CSV (a header, then one line each); returns the rows written."""
    out = csv.writer(fh, lineterminator="\n")
    out.writerow(CSV_COLUMNS)
    count = 0
    for r in rows:
        out.writerow(
            [
                r.day.isoformat() if r.day else "",
                r.counter,
                r.kind,
                r.intake_mode,
                r.notifications,
                r.approved,
                _m(r.card_to_filing.median),
                _m(r.card_to_filing.p90),
                _m(r.waiting.median),
                _m(r.waiting.p90),
                _m(r.filing_to_approval.median),
                _m(r.filing_to_approval.p90),
                r.paper_chars,
                r.typed_chars,
                r.chars_not_written,
                r.related_forms,
            ]
        )
        count += 1
    return count
