"""The staff side of the counter (職員側): the one door a staff screen calls through.

Every method is one staff action in one transaction: it checks the logged-in account as it
stands now (:func:`kiosk.staff.current_actor`: active, current roles — a disabled account's
session ends at its next action, on every desk), does the step through :mod:`kiosk.workflow`
(transitions, 受付番号, approval with PDF, receipt and outbox row), and writes the audit entries
(:mod:`kiosk.audit`). Refusals reach the screen as :class:`~kiosk.staff_messages.Refused`, one
line in Japanese; a disabled account as :class:`~kiosk.staff_messages.SessionEnded`.

What a screen shows is built by small Qt-free modules the service only calls:
:mod:`kiosk.desk_queue` (受付一覧), :mod:`kiosk.review` (one notification with its findings and
the sources of its values), :mod:`kiosk.day_view` (本日の状況). How fields are grouped and
labelled is the screen's own business (``ui.staff.layout``).

Reasons are coded (:mod:`kiosk.staff_reasons`): the audit log keeps the code of a correction
(訂正理由) or a cancellation (取消理由); a 差戻 reason is free text the resident is told, stored
encrypted with the notification.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

import forms
import forms.related
from forms.fields import FieldError, set_field
from forms.related_forms import combine, render_related_forms
from forms.related_templates import TemplateError, TemplateSet, load_templates
from kiosk import audit, changes, figures, outbox, pairing, staff, workflow
from kiosk.changes import ChangeWatcher
from kiosk.config import Config
from kiosk.day_view import DayView, NumberRow, day_view
from kiosk.desk_queue import QueueRow, desk_queue
from kiosk.errors import KioskError
from kiosk.models import AuditEntry, NotificationRecord, StaffAccount, Status, utcnow
from kiosk.review import (
    DeliveryInfo,
    FindingRow,
    Review,
    Source,
    build_review,
    finding_rows,
    related_marks,
)
from kiosk.staff_messages import Gone, NeedsAcknowledgement, Refused, SessionEnded, refusal
from kiosk.staff_reasons import CANCEL_REASONS, EDIT_REASONS
from kiosk.storage import Storage
from kiosk.workflow import Actor

__all__ = [
    "CANCEL_REASONS",
    "EDIT_REASONS",
    "DayView",
    "DeliveryInfo",
    "FindingRow",
    "Gone",
    "NeedsAcknowledgement",
    "NumberRow",
    "Output",
    "QueueRow",
    "Refused",
    "Review",
    "SessionEnded",
    "Source",
    "StaffService",
    "StaffUser",
]


@dataclass(frozen=True)
class StaffUser:
    """A logged-in staff member: the workflow actor at login, the name to show, the session."""

    actor: Actor
    display_name: str
    #: This login's id (audit entries of its end carry it).
    session_id: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def login_id(self) -> str:
        return self.actor.id

    @property
    def roles(self) -> frozenset[str]:
        """The roles at login (each action checks the account's current ones)."""
        return self.actor.roles


@dataclass(frozen=True)
class Output:
    """A document to print or save: PDF bytes and a file name without personal data."""

    what: Literal["form", "receipt", "related"]
    pdf: bytes
    filename: str
    #: For ``related``: the procedure codes whose forms the PDF holds, in order.
    codes: tuple[str, ...] = ()


class StaffService:
    """The staff screens' single door into the application (see the module docstring).

    ``terminal`` names this desk (audit entries, pairing); ``now`` is injectable so tests can
    pin the clock. Times in what it returns are UTC; screens show them in ``config.tz``.
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
        self._templates: TemplateSet | None = None
        self._chart: tuple[object, bytes] | None = None

    # -- time --------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now()

    def today(self) -> date:
        """The counter's day (in its time zone, not UTC's)."""
        return self.now().astimezone(self.config.tz).date()

    # -- one action --------------------------------------------------------------------------

    @contextmanager
    def _action(
        self,
        user: StaffUser,
        step: str,
        notification_id: uuid.UUID | None = None,
        *,
        hold: bool = False,
        read_only: bool = False,
    ) -> Iterator[tuple[Session, Actor]]:
        """One staff action: a transaction, the account checked in it, refusals in Japanese.

        ``hold`` share-locks the account row for the transaction (steps that change a
        notification); ``read_only`` reads without waiting for writers (SQLite).
        """
        try:
            with self._transaction(read_only) as session:
                actor = staff.current_actor(
                    session, user.login_id, terminal=self.terminal, hold=hold
                )
                yield session, actor
        except staff.AccountDisabled:
            self._end_session(user, "disabled")
            raise SessionEnded(refusal(staff.AccountDisabled("")).args[0]) from None
        except Refused:
            raise
        except (KioskError, FieldError, DBAPIError) as exc:
            raise refusal(exc, step=step, state=self._state(notification_id)) from exc

    @contextmanager
    def _transaction(self, read_only: bool) -> Iterator[Session]:
        if not read_only:
            with self.storage.transaction() as session:
                yield session
            return
        with self.storage.reader() as session:
            yield session

    def _state(self, notification_id: uuid.UUID | None) -> Status | None:
        if notification_id is None:
            return None
        try:
            with self.storage.reader() as session:
                return workflow.get(session, notification_id).state
        except (KioskError, DBAPIError):
            return None

    def _end_session(self, user: StaffUser, why: str) -> None:
        """Write the end of a session whose account was disabled (best effort: the desk
        returns to the login whether or not the database takes the entry)."""
        try:
            with self.storage.transaction() as session:
                audit.record(
                    session,
                    actor=user.actor.audit_id,
                    terminal=self.terminal,
                    action="session_end",
                    subject=f"staff:{user.login_id}",
                    detail={"why": why, "session": str(user.session_id)},
                    at=self.now(),
                )
        except DBAPIError:
            pass

    def _audit(
        self,
        session: Session,
        actor: Actor,
        action: str,
        notification_id: uuid.UUID,
        **detail: audit.DetailValue,
    ) -> None:
        audit.record(
            session,
            actor=actor.audit_id,
            terminal=self.terminal,
            action=action,
            subject=str(notification_id),
            detail=detail,
            at=self.now(),
        )

    def _review(self, session: Session, notification_id: uuid.UUID) -> Review:
        return build_review(session, workflow.get(session, notification_id), self.today())

    # -- sessions ----------------------------------------------------------------------------

    @property
    def second_factor(self) -> str:
        """The configured second factor (``totp``, ``card`` or ``none``)."""
        return self.config.staff.second_factor

    def login(self, login_id: str, password: str, second: str | None) -> StaffUser:
        """Check a staff login (id + password + second factor); failures are audited.

        Raises :class:`Refused` (one Japanese line that never says which part was wrong).
        """
        failure: staff.LoginFailed | None = None
        try:
            with self.storage.session() as session, session.begin():
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
        except DBAPIError as exc:
            raise refusal(exc, step="login") from exc
        if failure is not None:
            raise refusal(failure, step="login") from failure
        return StaffUser(actor, name)

    def logout(self, user: StaffUser) -> None:
        """End a session (audited); also for an account disabled meanwhile."""
        try:
            with self.storage.transaction() as session:
                audit.record(
                    session,
                    actor=user.actor.audit_id,
                    terminal=self.terminal,
                    action="logout",
                    subject=f"staff:{user.login_id}",
                    detail={"session": str(user.session_id)},
                )
        except DBAPIError as exc:
            raise refusal(exc, step="logout") from exc

    def check(self, user: StaffUser) -> None:
        """Raise :class:`SessionEnded` if the account was disabled since login."""
        with self._action(user, "view", read_only=True):
            pass

    # -- reading -----------------------------------------------------------------------------

    def watch(self, *, poll_interval: float = 0.2) -> ChangeWatcher:
        """A watcher that wakes on any committed change (run it off the GUI thread)."""
        return ChangeWatcher(self.storage, poll_interval=poll_interval)

    def queue(self, user: StaffUser) -> list[QueueRow]:
        """This desk's live queue (:func:`kiosk.desk_queue.desk_queue`)."""
        with self._action(user, "view", read_only=True) as (session, _actor):
            return desk_queue(
                session,
                counter=self.config.counter.id,
                tablets=pairing.paired_tablets(session, self.terminal),
                now=self.now(),
                today=self.today(),
            )

    def open(self, user: StaffUser, notification_id: uuid.UUID, *, take: bool = True) -> Review:
        """Show a notification (the view is audited). With ``take``, a reviewer opening a
        確認済 one takes it (審査中), so no other desk reviews it at the same time; without,
        it is only looked at (a row passed over in the queue)."""
        with self._action(user, "view", notification_id) as (session, actor):
            record = workflow.get(session, notification_id)
            if take and record.state is Status.CONFIRMED and actor.has_role(workflow.ROLE_REVIEW):
                workflow.start_review(session, record.id, actor=actor, now=self.now())
            workflow.view(session, record.id, actor=actor)
            return self._review(session, record.id)

    def review(self, user: StaffUser, notification_id: uuid.UUID) -> Review:
        """The review again (after a change seen in the queue), without a new view entry."""
        with self._action(user, "view", notification_id, read_only=True) as (session, _actor):
            return self._review(session, notification_id)

    def load(self, user: StaffUser, notification_id: uuid.UUID) -> forms.Notification:
        """The notification's data alone (the view is audited)."""
        with self._action(user, "view", notification_id) as (session, actor):
            return workflow.view(session, notification_id, actor=actor)

    def status(self, notification_id: uuid.UUID) -> Status:
        """The state of one notification (no personal data: for monitors and scripts)."""
        try:
            with self.storage.reader() as session:
                return workflow.get(session, notification_id).state
        except (KioskError, DBAPIError) as exc:
            raise refusal(exc) from exc

    def delivery_notice(self, user: StaffUser) -> str | None:
        """The line the desk's status bar shows while the back office cannot be reached, e.g.
        「住民記録システムに接続できません（14:05 から、12 件待ち）」 (the counter's time zone);
        None while every route delivers (:func:`kiosk.outbox.delivery_health`)."""
        with self._action(user, "view", read_only=True) as (session, _actor):
            return outbox.delivery_health(session, self.config).message()

    def day_view(self, user: StaffUser, day: date | None = None) -> DayView:
        """本日の状況 (:func:`kiosk.day_view.day_view`) of ``day``, today by default."""
        with self._action(user, "view", read_only=True) as (session, _actor):
            return day_view(session, counter=self.config.counter.id, day=day or self.today())

    def day_chart(self, user: StaffUser, day: date | None = None) -> bytes:
        """本日の状況 as a chart (PNG): filings per hour by intake mode, the minutes of a visit,
        characters not written, related forms (:mod:`kiosk.figures`, no personal data). Drawn
        again only when the figures changed."""
        day = day or self.today()
        with self._action(user, "view", read_only=True) as (session, _actor):
            items = figures.visits(session, start=day, end=day, counter=self.config.counter.id)
        key = (day, tuple(items))
        if self._chart is None or self._chart[0] != key:
            from kiosk.figures_chart import day_chart

            self._chart = (key, day_chart(items, day, self.config.tz))
        return self._chart[1]

    # -- acting ------------------------------------------------------------------------------

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

        ``value`` is the text typed or the code chosen (:func:`forms.fields.set_field`).
        Refused when the value does not fit the field, or someone changed the notification
        since ``expected_version``.
        """
        if reason not in EDIT_REASONS:
            raise Refused("訂正理由を選んでください。")
        with self._action(user, "edit", notification_id, hold=True) as (session, actor):
            n = workflow.load(session, notification_id)
            changed = set_field(n, path, value)
            if forms.is_signed(n):
                # After the resident signed, a change is a 訂正: kept on the notification (and
                # printed struck through, with who, when and why) as well as in the audit log.
                changed = forms.apply_correction(
                    n,
                    path,
                    changed.value_at(path),
                    staff_id=user.login_id,
                    reason=reason,
                    at=self.now(),
                )
            if path.startswith(("persons.", "household.")) or path.startswith("todoke.moved_on"):
                changed.related = forms.related.derive(changed)
            before = workflow.get(session, notification_id).version
            record = workflow.save(
                session,
                changed,
                actor=actor,
                expected_version=expected_version,
                now=self.now(),
            )
            if record.version != before:
                self._audit(session, actor, "edit_reason", record.id, field=path, reason=reason)
            return self._review(session, record.id)

    def return_(
        self, user: StaffUser, notification_id: uuid.UUID, reason: str, *, expected_version: int
    ) -> Review:
        """差戻: back to the resident (or reception) with a reason they will be told."""
        if not reason.strip():
            raise Refused("差戻の理由を入力してください。")
        with self._action(user, "return", notification_id, hold=True) as (session, actor):
            workflow.return_(
                session,
                notification_id,
                actor=actor,
                reason=reason,
                expected_version=expected_version,
                now=self.now(),
            )
            return self._review(session, notification_id)

    def reopen(
        self, user: StaffUser, notification_id: uuid.UUID, *, expected_version: int
    ) -> Review:
        """差戻 → 入力中: corrections begin (the resident at the tablet, or staff here)."""
        with self._action(user, "reopen", notification_id, hold=True) as (session, actor):
            workflow.reopen(
                session,
                notification_id,
                actor=actor,
                expected_version=expected_version,
                now=self.now(),
            )
            return self._review(session, notification_id)

    def resubmit(
        self, user: StaffUser, notification_id: uuid.UUID, *, expected_version: int | None = None
    ) -> Review:
        """入力中 → 確認済 at the desk: after staff completed what the resident could not enter,
        or corrected a returned one. It keeps the 受付番号 it was first given, if any."""
        with self._action(user, "confirm", notification_id, hold=True) as (session, actor):
            workflow.confirm(
                session,
                notification_id,
                actor=actor,
                expected_version=expected_version,
                now=self.now(),
                tz=self.config.tz,
            )
            return self._review(session, notification_id)

    def approve(
        self,
        user: StaffUser,
        notification_id: uuid.UUID,
        *,
        expected_version: int,
        acknowledged: Collection[str] = (),
    ) -> Review:
        """本登録: status, outbox row, the form PDF and the receipt, in one transaction.

        A 確認済 notification is taken (審査中) and approved in the same transaction. Every
        注意 finding (届出期間経過, 外字 …) must be in ``acknowledged`` (its code): else
        :class:`NeedsAcknowledgement` lists them. The acknowledged codes are audited.
        """
        now = self.now()
        with self._action(user, "approve", notification_id, hold=True) as (session, actor):
            record = workflow.get(session, notification_id)
            n = workflow.notification_of(record)
            _errors, alerts = finding_rows(n, forms.check(n, today=record.reception_day or now))
            codes = tuple(dict.fromkeys(f.code for f in alerts))
            missing = tuple(c for c in codes if c not in acknowledged)
            if missing:
                titles = "、".join(dict.fromkeys(f.title for f in alerts if f.code in missing))
                raise NeedsAcknowledgement(f"注意の確認が必要です: {titles}", missing)
            version: int | None = expected_version
            if record.state is Status.CONFIRMED:
                workflow.start_review(
                    session, record.id, actor=actor, expected_version=version, now=now
                )
                version = None
            workflow.approve(
                session,
                record.id,
                actor=actor,
                adapter=self.config.backoffice.adapter,
                expected_version=version,
                now=now,
                tz=self.config.tz,
                counter_name=self.counter_name,
            )
            if codes:
                self._audit(session, actor, "acknowledge", record.id, codes=",".join(codes))
            return self._review(session, record.id)

    def cancel(
        self,
        user: StaffUser,
        notification_id: uuid.UUID,
        reason: str,
        *,
        expected_version: int,
    ) -> Review:
        """取消 with a coded reason (:data:`CANCEL_REASONS`): the code is audited, the text is
        kept with the notification. It keeps its 受付番号 (the day view shows it as 取消)."""
        text = CANCEL_REASONS.get(reason)
        if text is None:
            raise Refused("取消理由を選んでください。")
        with self._action(user, "cancel", notification_id, hold=True) as (session, actor):
            workflow.cancel(
                session,
                notification_id,
                actor=actor,
                reason=text,
                expected_version=expected_version,
                now=self.now(),
            )
            self._audit(session, actor, "cancel_reason", notification_id, reason=reason)
            return self._review(session, notification_id)

    def mark_related(
        self, user: StaffUser, notification_id: uuid.UUID, code: str, *, done: bool = True
    ) -> Review:
        """Mark one related procedure (関連手続, by its code) done at the desk, or not done
        again. The mark is an audit entry: the notification's data (approved, perhaps already
        delivered) is not changed. Other desks are told."""
        with self._action(user, "related", notification_id) as (session, actor):
            record = workflow.get(session, notification_id)
            n = workflow.notification_of(record)
            if code not in {r.code for r in n.related}:
                raise Refused("この届出にその関連手続はありません。")
            if record.state is Status.CANCELLED:
                raise Refused("取消した届出の関連手続は記録できません。")
            action = "related_done" if done else "related_undone"
            self._audit(session, actor, action, record.id, code=code)
            changes.publish(session, record.id, record.status)
            return self._review(session, record.id)

    def retry_delivery(
        self, user: StaffUser, notification_id: uuid.UUID, *, expected_version: int | None = None
    ) -> Review:
        """送信失敗 → 本登録: the worker sends it again (same idempotency key)."""
        with self._action(user, "retry_delivery", notification_id, hold=True) as (s, actor):
            workflow.retry_delivery(
                s, notification_id, actor=actor, expected_version=expected_version, now=self.now()
            )
            return self._review(s, notification_id)

    # -- documents ---------------------------------------------------------------------------

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
        current data as a confirmation print (確認用) and the receipt is not available yet. The
        receipt is printed as things stand: the related procedures marked done at the desk
        listed as done, the others as still to do (the stored one once the data is purged).
        """
        with self._action(user, "output", notification_id) as (session, actor):
            record = workflow.get(session, notification_id)
            try:
                pdf = workflow.document(session, record.id, what)
                if what == "receipt" and record.payload is not None:
                    pdf = self._receipt_now(session, record)
            except workflow.NotFound:
                if what == "receipt":
                    raise Refused("受付票は承認（本登録）の後に印刷できます。") from None
                pdf = forms.render_pdf(workflow.notification_of(record), tz=self.config.tz)
            workflow.record_output(session, record.id, actor=actor, action=action, what=what)
            label = workflow.reception_label(record.counter, record.reception_no or 0)
            return Output(what, pdf, f"{label}-{what}.pdf")

    def _receipt_now(self, session: Session, record: NotificationRecord) -> bytes:
        n = workflow.notification_of(record)
        marks = related_marks(session, record.id)
        return forms.render_receipt(
            n,
            counter_name=self.counter_name,
            tz=self.config.tz,
            done={r.code for r in n.related if marks.get(r.code, r.done)},
        )

    @property
    def counter_name(self) -> str:
        """The counter as printed on receipts (清瀬市　1番窓口)."""
        return f"{self.config.municipality.name}　{self.config.counter.name}"

    def related_templates(self) -> TemplateSet:
        """The configured related-form templates (read once; the shipped ones by default)."""
        if self._templates is None:
            self._templates = load_templates(self.config.forms.related_templates)
        return self._templates

    def related_forms(
        self,
        user: StaffUser,
        notification_id: uuid.UUID,
        *,
        action: Literal["print", "export"] = "print",
    ) -> Output:
        """Every related procedure's form (関連手続の書類) that has a template, pre-filled, as one
        PDF (one print job); each form's output is audited. Only once approved (本登録): 仮登録
        data does not go to other departments."""
        with self._action(user, "output", notification_id) as (session, actor):
            record = workflow.get(session, notification_id)
            if record.state not in (Status.APPROVED, Status.DELIVERED, Status.DELIVERY_FAILED):
                raise Refused("関連手続の書類は承認（本登録）の後に印刷できます。")
            n = workflow.notification_of(record)
            try:
                templates = self.related_templates()
            except TemplateError:
                raise Refused(
                    "関連手続の書類の様式に誤りがあります（kiosk config check で確認）。"
                ) from None
            made = render_related_forms(n, templates, n.related)
            if not made:
                raise Refused("この届出の関連手続には、印刷できる書類の様式がありません。")
            for form in made:
                workflow.record_output(
                    session, record.id, actor=actor, action=action, what=f"related:{form.code}"
                )
            label = workflow.reception_label(record.counter, record.reception_no or 0)
            return Output(
                "related",
                combine([f.pdf for f in made]),
                f"{label}-related.pdf",
                tuple(f.code for f in made),
            )

    # -- pairing -----------------------------------------------------------------------------

    def paired_tablets(self, user: StaffUser) -> list[str]:
        with self._action(user, "view", read_only=True) as (session, _actor):
            return pairing.paired_tablets(session, self.terminal)

    def pair(self, user: StaffUser, code: str) -> str:
        """Pair the tablet showing ``code`` with this desk; refusals are audited too."""
        failure: pairing.PairingError | None = None
        tablet = ""
        with self._action(user, "pair") as (session, actor):
            try:
                tablet = pairing.pair(
                    session, code, desk=self.terminal, actor=actor, now=self.now()
                )
            except pairing.PairingError as exc:
                failure = exc  # its audit entry commits with the action's transaction
        if failure is not None:
            raise refusal(failure, step="pair") from failure
        return tablet

    def unpair(self, user: StaffUser, tablet: str) -> None:
        with self._action(user, "pair") as (session, actor):
            pairing.unpair(session, tablet, desk=self.terminal, actor=actor, now=self.now())

    def offer_code(
        self, tablet: str, *, ttl: timedelta = pairing.DEFAULT_TTL
    ) -> pairing.PairingCode:
        """A pairing code for a tablet to show (used by ``kiosk tablet``)."""
        with self.storage.transaction() as session:
            return pairing.offer_code(
                session,
                tablet,
                actor=Actor.system("tablet", tablet),
                ttl=ttl,
                now=self.now(),
            )

    # -- 対面受付 ------------------------------------------------------------------------------

    #: What a clerk does to a resident screen's visit that the audit log keeps (the commands'
    #: names in :mod:`kiosk.flow.interview`; what was typed is never logged).
    INTERVIEW_ACTIONS = frozenset(
        {"start_staff_led", "take_over", "hand_back", "see_power_of_attorney", "sign_on_paper"}
    )

    def note_interview(
        self, user: StaffUser, command: str, *, tablet: str, visit: str = ""
    ) -> None:
        """Write a clerk's act on a visit to the audit log: who, which screen, which visit
        (its notification id once a card or a clerk began it). Refused for other commands."""
        if command not in self.INTERVIEW_ACTIONS:
            raise Refused("記録できない操作です。")
        with self._action(user, "interview") as (session, actor):
            audit.record(
                session,
                actor=actor.audit_id,
                terminal=self.terminal,
                action=f"interview_{command}"[:32],
                subject=visit or f"tablet:{tablet}"[:64],
                detail={"tablet": tablet[:64]},
                at=self.now(),
            )

    # -- audit -------------------------------------------------------------------------------

    def audit_trail(self, notification_id: uuid.UUID) -> list[tuple[datetime, str, str, str]]:
        """(when, who, action, detail) of every audit entry about one notification (ids and
        codes only: no personal data)."""
        with self.storage.reader() as session:
            rows = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.subject == str(notification_id))
                .order_by(AuditEntry.seq)
            ).all()
            return [(e.at, e.actor, e.action, e.detail) for e in rows]

    def audit_ok(self) -> bool:
        with self.storage.reader() as session:
            return audit.verify(session).ok
