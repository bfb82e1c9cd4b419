"""Pre-entry at the counter (事前入力): a draft seeded from a resident's code and from the
転出証明書情報 the back office handed over, the card's four items taking precedence over both.

Two things arrive before the resident does:

- a pre-entry code (``KM1:…``, :mod:`forms.preentry`), made on a phone at home and read at the
  counter by the tablet's camera or a 2D scanner. It holds the resident's answers and nothing
  else; the counter keeps it only inside the draft it seeds;
- 転出証明書情報 (:mod:`forms.tenshutsu`): for a 特例転入, the certificate data the old
  municipality sent ahead over 住基ネット, which the back office hands to the counter as a file
  (``kiosk preentry import FILE``) or over HTTP (``kiosk preentry receive``). These records are
  stored here, encrypted at rest (:class:`kiosk.privacy.EncryptedJSON`), looked up by
  引越しワンストップ申請番号 or by the card holder's name and birth date
  (:func:`find_tenshutsu_info`), and purged once the 特例転入 they serve is no longer possible
  (:func:`purge_tenshutsu_info`, run by :func:`kiosk.retention.purge`).

The resident flow plugs all of it in through one function, :func:`prefill`: the draft for the
card holder, with the pre-entry and the matching 転出証明書情報 written in and what was used
reported, so staff see where each value came from (:attr:`Notification.provenance`).

Why a scan and not an index: the records are few (the 特例転入 of the coming weeks) and every
field is encrypted; decrypting them to match keeps no searchable token of a name or number in
the database, and key rotation (:mod:`kiosk.keys`) re-encrypts them like every other column.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import Date, Index, String, Uuid, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

import forms
from forms.model import Kind, Notification, Origin, Todoke
from forms.preentry import PreEntry, apply_preentry, decode
from forms.prefill import IdentityLike
from forms.tenshutsu import TenshutsuInfo, apply_tenshutsu_info, matches
from kiosk import audit
from kiosk.errors import KioskError
from kiosk.models import Base, UTCDateTime, utcnow
from kiosk.privacy import EncryptedJSON
from kiosk.workflow import Actor

log = logging.getLogger(__name__)

__all__ = [
    "KEPT_AFTER_PLANNED",
    "ImportReport",
    "Prefilled",
    "TenshutsuInfoRecord",
    "TenshutsuLookupError",
    "describe",
    "find_all",
    "find_tenshutsu_info",
    "import_tenshutsu_info",
    "prefill",
    "purge_tenshutsu_info",
]

KEPT_AFTER_PLANNED = timedelta(days=40)
"""How long 転出証明書情報 is kept after its 転出予定日: a 特例転入 must come within 30 days of
it (住基法 24条の2), a deadline that moves past the office's closed days (at most a week, at the
New Year); after that the data cannot serve a 転入 and leaves the counter."""


class TenshutsuLookupError(KioskError):
    """A lookup without what it needs (a 申請番号, or a name with a birth date)."""

    exit_code = 2


class TenshutsuInfoRecord(Base):
    """One 転出証明書情報 (one 申請番号 and its household), encrypted; no personal data in clear."""

    __tablename__ = "tenshutsu_info"
    __table_args__ = (Index("ix_tenshutsu_info_expires_on", "expires_on"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    #: The day after which the record is purged (転出予定日 + :data:`KEPT_AFTER_PLANNED`).
    expires_on: Mapped[date] = mapped_column(Date)
    #: How it arrived: ``file`` (``kiosk preentry import``) or ``http`` (``preentry receive``).
    source: Mapped[str] = mapped_column(String(8))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: :class:`forms.tenshutsu.TenshutsuInfo` as JSON.
    payload: Mapped[str] = mapped_column(EncryptedJSON("tenshutsu_info.payload"))


@dataclass(frozen=True)
class ImportReport:
    """What one import did: new records, records replaced (same 申請番号), and records skipped
    because their 特例転入 period was already over."""

    added: int = 0
    replaced: int = 0
    expired: int = 0

    @property
    def total(self) -> int:
        return self.added + self.replaced


def _expires_on(info: TenshutsuInfo) -> date:
    return info.planned_on + KEPT_AFTER_PLANNED


def _load(row: TenshutsuInfoRecord) -> TenshutsuInfo:
    return TenshutsuInfo.model_validate_json(row.payload)


def _live(session: Session, today: date | None) -> Iterable[TenshutsuInfoRecord]:
    query = select(TenshutsuInfoRecord)
    if today is not None:
        query = query.where(TenshutsuInfoRecord.expires_on >= today)
    return session.scalars(query.order_by(TenshutsuInfoRecord.imported_at))


def import_tenshutsu_info(
    session: Session,
    records: Sequence[TenshutsuInfo],
    *,
    actor: Actor,
    source: Literal["file", "http"],
    today: date,
    now: datetime | None = None,
) -> ImportReport:
    """Store ``records`` in the caller's transaction (all or nothing).

    A record whose 申請番号 is already held replaces it (the back office sent a correction, or
    the same file twice); one past its keeping period (:data:`KEPT_AFTER_PLANNED`) is skipped.
    The audit log records the counts, never a name or number.
    """
    now = now or utcnow()
    held = {_load(row).onestop_number: row for row in _live(session, None)}
    added = replaced = expired = 0
    seen: set[str] = set()
    for info in records:
        if info.onestop_number in seen:
            raise KioskError(f"申請番号 {_mask(info.onestop_number)} appears twice in one import")
        seen.add(info.onestop_number)
        if _expires_on(info) < today:
            expired += 1
            continue
        payload = info.model_dump_json()
        existing = held.get(info.onestop_number)
        if existing is None:
            session.add(
                TenshutsuInfoRecord(
                    id=uuid.uuid4(),
                    expires_on=_expires_on(info),
                    source=source,
                    imported_at=now,
                    payload=payload,
                )
            )
            added += 1
        else:
            existing.payload = payload
            existing.expires_on = _expires_on(info)
            existing.source = source
            existing.imported_at = now
            replaced += 1
    session.flush()
    report = ImportReport(added=added, replaced=replaced, expired=expired)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="tenshutsu_import",
        subject="tenshutsu_info",
        detail={"source": source, "added": added, "replaced": replaced, "expired": expired},
        at=now,
    )
    log.info(
        "転出証明書情報: %d added, %d replaced, %d expired (%s)", added, replaced, expired, source
    )
    return report


def _mask(number: str) -> str:
    return "*" * max(0, len(number) - 4) + number[-4:]


def find_tenshutsu_info(
    session: Session,
    *,
    onestop_number: str | None = None,
    name: str | None = None,
    birth_date: date | None = None,
    today: date | None = None,
    actor: Actor | None = None,
) -> list[TenshutsuInfo]:
    """The 転出証明書情報 held for a 申請番号, or for a person (the card's name, 氏 U+3000 名, and
    birth date: any person on the record). ``today`` leaves out records past keeping.

    With an ``actor`` the lookup is written to the audit log (counts only).
    """
    number = (onestop_number or "").strip()
    if not number and not (name and birth_date):
        raise TenshutsuLookupError(
            "a 転出証明書情報 lookup needs a 申請番号, or a name and a birth date"
        )
    found: list[TenshutsuInfo] = []
    for row in _live(session, today):
        info = _load(row)
        if number:
            if info.onestop_number.upper() == number.upper():
                found.append(info)
        elif (
            name
            and birth_date
            and any(matches(p, name=name, birth_date=birth_date) for p in info.persons)
        ):
            found.append(info)
    if actor is not None:
        audit.record(
            session,
            actor=actor.audit_id,
            terminal=actor.terminal,
            action="tenshutsu_lookup",
            subject="tenshutsu_info",
            detail={"by": "onestop_number" if number else "name_birth", "found": len(found)},
        )
    return found


def find_all(session: Session, *, today: date | None = None) -> list[TenshutsuInfo]:
    """Every record held (past keeping left out with ``today``), oldest import first."""
    return [_load(row) for row in _live(session, today)]


def purge_tenshutsu_info(session: Session, *, today: date) -> int:
    """Delete the records whose 特例転入 can no longer be filed; returns how many."""
    result = session.execute(
        delete(TenshutsuInfoRecord)
        .where(TenshutsuInfoRecord.expires_on < today)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- the one function the resident flow calls ---------------------------------------------------


@dataclass
class Prefilled:
    """A draft seeded from a card, a pre-entry and 転出証明書情報, and what was used.

    ``notes`` are for staff (Japanese, one line each, no personal values): which sources were
    used, and why 転出証明書情報 was not (none found, several found).
    """

    notification: Notification
    preentry: PreEntry | None = None
    tenshutsu: TenshutsuInfo | None = None
    notes: list[str] = field(default_factory=list)


def prefill(
    session: Session | None,
    holder: IdentityLike | None,
    *,
    today: date,
    preentry: str | PreEntry | None = None,
    kind: Kind | None = None,
    onestop_number: str | None = None,
    actor: Actor | None = None,
    read_at: datetime | None = None,
) -> Prefilled:
    """The draft for a resident: the card's four items, then the pre-entry, then 転出証明書情報.

    - ``holder``: the card's basic four (None when staff take it without a card: the
      pre-entered values are then used as typed);
    - ``preentry``: the code's text as the camera or a scanner read it, or a decoded
      :class:`~forms.preentry.PreEntry` (a bad code raises :class:`forms.preentry.PreEntryError`,
      one line, with a ``code`` for the screens);
    - ``kind``: the notification's kind when there is no pre-entry (it gives the kind otherwise;
      both given and different is a :class:`~forms.preentry.PreEntryError`);
    - ``onestop_number``: a 申請番号 typed at the counter (else the pre-entry's).

    For a 転入 from within Japan the 転出証明書情報 is looked up (``session`` given) by 申請番号,
    else by the card holder's name and birth date; exactly one match makes the draft a 特例転入,
    several are left to staff (a note says so). The card's values always win; a differing
    pre-entered or certificate value is reported in ``jimu.alerts``.
    """
    entry = decode(preentry) if isinstance(preentry, str) else preentry
    if entry is not None and kind is not None and kind.value != entry.kind:
        from forms.preentry import PreEntryError

        raise PreEntryError(
            "kind_mismatch",
            f"the pre-entry is for a {entry.kind}, the counter chose a {kind.value}",
            f"事前入力は{Kind(entry.kind).label}届ですが、選ばれた届出は{kind.label}届です",
        )
    kind = Kind(entry.kind) if entry is not None else (kind or Kind.TENKYO)
    origin = Origin.ABROAD if entry is not None and entry.abroad else Origin.DOMESTIC
    if holder is not None:
        n = forms.prefill_from_card(
            holder, kind=kind, filed_on=today, origin=origin, read_at=read_at
        )
    else:
        n = Notification(kind=kind, todoke=Todoke(filed_on=today, origin=origin))
    result = Prefilled(notification=n, preentry=entry)
    if entry is not None:
        result.notification = apply_preentry(
            result.notification,
            entry,
            card_facts_take_precedence=holder is not None,
            recorded_at=read_at,
        )
        result.notes.append("事前入力（QRコード）の内容を使いました")
    if session is None or kind is not Kind.TENNYU or origin is Origin.ABROAD:
        return result
    number = onestop_number or (entry.onestop_number if entry is not None else "")
    if number:
        found = find_tenshutsu_info(session, onestop_number=number, today=today, actor=actor)
        how = "申請番号"
    elif holder is not None:
        found = find_tenshutsu_info(
            session, name=holder.name, birth_date=holder.birth_date, today=today, actor=actor
        )
        how = "カードの氏名・生年月日"
    else:
        return result
    if len(found) == 1:
        result.tenshutsu = found[0]
        result.notification = apply_tenshutsu_info(
            result.notification,
            found[0],
            card_facts_take_precedence=holder is not None,
            recorded_at=read_at,
        )
        result.notes.append(f"転出証明書情報（{how}で照合）を使い、特例転入としました")
    elif found:
        result.notes.append(
            f"転出証明書情報が{len(found)}件見つかりました（{how}で照合）：係員が選んでください"
        )
    else:
        result.notes.append(f"転出証明書情報は見つかりませんでした（{how}で照合）")
    return result


def describe(info: TenshutsuInfo) -> str:
    """One line for staff lists: the masked 申請番号, dates and how many persons (no names)."""
    return json.dumps(
        {
            "申請番号": _mask(info.onestop_number),
            "転出予定日": info.planned_on.isoformat(),
            "来庁予定日": info.visit_planned_on.isoformat() if info.visit_planned_on else None,
            "人数": len(info.persons),
        },
        ensure_ascii=False,
    )
