"""The resident side of the counter (住民側の受付): what the touch screens ask of the application.

The touch screens (``ui.resident``) never touch the card reader, the database or the rules
directly: they call this facade, which

- reads the card through :mod:`cardreader` (tries left first, the PIN passed straight through to
  the card: it is never stored, logged or kept in an attribute, and never retried automatically);
- builds the draft 住民異動届 from the card and the resident's answers
  (:func:`kiosk.flow.build_notification`);
- files the confirmed and signed notification through :mod:`kiosk.workflow` (仮登録, with a
  受付番号), or stores it for staff to complete;
- wipes an abandoned session's stored draft (:meth:`ResidentService.end`).

The screens' flow itself — steps, answers, validation, timers — is :class:`kiosk.flow.
ResidentFlow`, which calls this service; :class:`ResidentSession` is the same filing path for
scripts and integrations without screens.

Errors the resident must see are :class:`ResidentCardProblem` with a stable :attr:`code` the
screens translate; the card's own Japanese messages stay for logs and staff.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import forms
from cardreader import errors as card_errors
from forms.address import PostalCandidate, lookup_postal_code
from forms.model import Notification, Signature, Stroke
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.flow.answers import (
    RELATIONSHIPS,
    UNKNOWN_RELATIONSHIP,
    Answers,
    Member,
    to_fullwidth_banchi,
)
from kiosk.flow.card import CardFacts, ProblemCode, ResidentCardProblem
from kiosk.flow.draft import build_notification, resident_errors, staff_fields

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from cardreader.reader import MyNumberCardReader

__all__ = [
    "RELATIONSHIPS",
    "UNKNOWN_RELATIONSHIP",
    "Answers",
    "CardFacts",
    "CardWatch",
    "Member",
    "NotFileable",
    "ResidentCardProblem",
    "ResidentService",
    "ResidentSession",
    "SignatureMissing",
    "to_fullwidth_banchi",
]


def _problem(exc: card_errors.CardError) -> ResidentCardProblem:
    """Translate a :mod:`cardreader` error into the code the screens know."""
    code: ProblemCode
    tries: int | None = None
    # 照合番号B first: its errors are siblings of the PIN's (CodeBLastTryRefused is even a
    # LastTryRefused), and the screens say which secret was refused.
    if isinstance(exc, card_errors.WrongCodeB):
        code, tries = "wrong_code_b", exc.tries_left
    elif isinstance(exc, card_errors.CodeBBlocked):
        code = "code_b_blocked"
    elif isinstance(exc, card_errors.CodeBLastTryRefused):
        code, tries = "code_b_last_try", 1
    elif isinstance(exc, card_errors.InvalidCodeBFormat):
        code = "invalid_code_b"
    elif isinstance(exc, card_errors.WrongPin):
        code, tries = "wrong_pin", exc.tries_left
    elif isinstance(exc, card_errors.PinBlocked):
        code = "pin_blocked"
    elif isinstance(exc, card_errors.LastTryRefused):
        code, tries = "last_try", 1
    elif isinstance(exc, card_errors.InvalidPinFormat):
        code = "invalid_pin"
    elif isinstance(exc, card_errors.CardRemoved):
        code = "card_removed"
    elif isinstance(exc, card_errors.NoCard):
        code = "no_card"
    elif isinstance(exc, card_errors.NotMyNumberCard):
        code = "not_my_number_card"
    elif isinstance(exc, card_errors.NoReader):
        code = "no_reader"
    else:
        code = "reader_error"
    return ResidentCardProblem(code, exc.message_ja, tries_left=tries)


class CardWatch:
    """Card placed / removed callbacks from :class:`cardreader.events.CardWatcher`.

    The callbacks run on the watcher's background thread; the screens wrap them into Qt
    signals. Only the counter's reader is watched (all readers when none is configured).
    """

    def __init__(
        self,
        reader_name: str | None,
        on_inserted: Callable[[], None],
        on_removed: Callable[[], None],
    ) -> None:
        from cardreader.events import CardEvent, CardWatcher, EventKind

        def forward(event: CardEvent) -> None:
            if event.kind is EventKind.CARD_INSERTED:
                on_inserted()
            elif event.kind in (EventKind.CARD_REMOVED, EventKind.READER_REMOVED):
                on_removed()

        readers = [reader_name] if reader_name else None
        self._watcher = CardWatcher(forward, readers=readers, poll_ms=250).start()

    def stop(self) -> None:
        self._watcher.stop()


class ResidentSession:
    """One resident's notification filed without the screens (scripts, integrations, tests).

    Holds the card facts and answers in memory only; nothing of it reaches the database until
    :meth:`submit`. :meth:`wipe` forgets everything. The touch screens use
    :class:`kiosk.flow.ResidentFlow`, which files the same way.
    """

    def __init__(self, service: ResidentService, holder: CardFacts) -> None:
        self._service = service
        self.id = uuid.uuid4()
        self.holder: CardFacts | None = holder
        self.answers = Answers(members=[Member(card=holder)])
        self.reception_number: str | None = None
        self.handed_to_staff = False

    def draft(self) -> Notification:
        """The notification as it would print now, built from the card(s) and the answers."""
        if self.holder is None:
            raise KioskError("the session was wiped")
        return self._service.build(self.holder, self.answers, self.id)

    def check(self) -> forms.CheckResult:
        """The rules' verdict on the draft (errors block filing, alerts go to staff)."""
        return forms.check(self.draft(), today=self._service.today())

    def add_member_card(self, facts: CardFacts) -> int:
        """A further person moving, read from their own card; returns their index."""
        self.answers.members.append(Member(card=facts))
        return len(self.answers.members) - 1

    def add_member_for_staff(self, relationship: str = "") -> int:
        """A further person moving whose details staff will enter; returns their index."""
        self.answers.members.append(Member(relationship=relationship, staff_enters=True))
        return len(self.answers.members) - 1

    def remove_member(self, index: int) -> None:
        if index == 0:
            raise KioskError("the card holder cannot be removed from their own notification")
        del self.answers.members[index]
        if self.answers.head == index:
            self.answers.head = None
        elif self.answers.head is not None and self.answers.head > index:
            self.answers.head -= 1

    def staff_fields(self) -> list[re.Pattern[str]]:
        """Field paths only staff can fill (:func:`kiosk.flow.staff_fields`)."""
        return staff_fields(self.answers)

    def submit(self, strokes: list[list[tuple[float, float]]], aspect: float) -> str | None:
        """Confirm and sign (確認・署名); returns the 受付番号, or None when staff must complete it.

        With no rule errors left the notification is filed as 確認済 (仮登録) and gets its
        受付番号. When the only errors are fields staff fill (:meth:`staff_fields`), the signed
        notification is stored as 入力中 for staff to complete and None is returned. Any other
        error, or an empty signature, refuses: nothing is stored then.
        """
        if not any(len(s) > 1 for s in strokes):
            raise SignatureMissing("署名がありません")
        notification = self.draft()
        notification.filer.signature = Signature(
            strokes=[Stroke(points=[(x, y) for x, y in s]) for s in strokes if s],
            aspect=aspect,
            signed_at=datetime.now(UTC),
        )
        result = forms.check(notification, today=self._service.today())
        blocking = resident_errors(result, self.staff_fields())
        if blocking:
            raise NotFileable("; ".join(f.message_ja for f in blocking))
        if result.errors:
            self._service.hand_to_staff(notification, self.id)
            self.handed_to_staff = True
            return None
        self.reception_number = self._service.file(notification, self.id)
        return self.reception_number

    def wipe(self) -> None:
        """Forget the card facts and every answer (idle timeout, card pulled, resident left)."""
        self.holder = None
        self.answers = Answers()
        self.reception_number = None


class SignatureMissing(KioskError):
    """The resident has not signed yet."""


class NotFileable(KioskError):
    """The rules still find errors the resident can correct; nothing was stored."""


class ResidentService:
    """The resident screens' single door into the application (see the module docstring).

    ``storage`` is a :class:`kiosk.storage.Storage`; ``reader_name`` None takes the configured
    reader, or the first one found. ``today`` is injectable so tests can pin the date.
    """

    def __init__(
        self,
        config: Config,
        storage: Any,
        *,
        reader_name: str | None = None,
        today: Callable[[], date] | None = None,
        terminal: str = "",
    ) -> None:
        self.config = config
        self.storage = storage
        self.reader_name = reader_name or config.counter.reader or None
        self._today = today
        self.terminal = terminal
        self._lock = threading.Lock()

    def today(self) -> date:
        if self._today is not None:
            return self._today()
        return datetime.now(self.config.tz).date()

    # -- the card -------------------------------------------------------------------------------

    def _reader(self) -> MyNumberCardReader:
        from cardreader.reader import MyNumberCardReader

        try:
            return MyNumberCardReader(self.reader_name)
        except card_errors.CardError as exc:
            raise _problem(exc) from exc

    def watch_cards(self, on_inserted: Callable[[], None], on_removed: Callable[[], None]) -> Any:
        """Start watching the reader; the callbacks run on a background thread."""
        return CardWatch(self.reader_name, on_inserted, on_removed)

    def pin_tries_left(self) -> int:
        """How many PIN tries the card has left, asked before every attempt (no PIN sent)."""
        with self._lock:
            try:
                return int(self._reader().pin_tries_left())
            except card_errors.CardError as exc:
                raise _problem(exc) from exc

    def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
        """Verify ``pin`` once and read the basic four facts; never retries.

        ``allow_last_try`` must be True only after the resident explicitly confirmed the last
        try. The PIN goes straight to the card layer and is not kept.
        """
        with self._lock:
            try:
                identity = self._reader().read_identity(pin, allow_last_try=allow_last_try)
            except card_errors.CardError as exc:
                raise _problem(exc) from exc
        return identity

    def code_b_tries_left(self) -> int:
        """How many 照合番号B tries the card has left (its own counter; nothing sent)."""
        with self._lock:
            try:
                return int(self._reader().code_b_tries_left())
            except card_errors.CardError as exc:
                raise _problem(exc) from exc

    def read_card_with_code_b(self, code_b: str, *, allow_last_try: bool = False) -> CardFacts:
        """Verify 照合番号B once (14 digits from the card face) and read the basic four facts.

        For a resident who does not know their PIN. Checked locally first (a code no card face
        can show costs no try), tries left before the VERIFY, never retried; ``allow_last_try``
        only after the resident's explicit confirmation. The code goes straight to the card
        layer: never logged, stored or kept.
        """
        with self._lock:
            try:
                identity = self._reader().read_identity_with_code_b(
                    code_b, allow_last_try=allow_last_try
                )
            except card_errors.CardError as exc:
                raise _problem(exc) from exc
        return identity

    def start(self, holder: CardFacts) -> ResidentSession:
        """A new resident session for the card holder just read."""
        return ResidentSession(self, holder)

    # -- addresses ------------------------------------------------------------------------------

    def postal_candidates(self, code: str) -> list[PostalCandidate]:
        """Addresses a 郵便番号 may stand for (empty when the code is unknown)."""
        return lookup_postal_code(code)

    @property
    def municipality(self) -> str:
        return self.config.municipality.name

    @property
    def counter_name(self) -> str:
        """The counter's name as residents see it (``[counter] name``, e.g. 3番窓口)."""
        return self.config.counter.name

    def home_municipality(self) -> tuple[str, str] | None:
        """The counter's (都道府県, 市区町村) in the postal data, found by its 地方公共団体コード
        (a name alone is not unique: 府中市 is in 東京都 and 広島県); None when not found."""
        from forms import address

        code, name = self.config.municipality.code, self.config.municipality.name
        for prefecture in address.prefectures():
            for municipality, _ in address.municipalities(prefecture):
                if municipality == name and address.municipality_code(prefecture, name) == code:
                    return prefecture, municipality
        return None

    def municipality_reading(self) -> str:
        """The counter's municipality name in hiragana (きよせし), for furigana; "" if unknown."""
        import jaconv

        from forms import address

        home = self.home_municipality()
        if home is None:
            return ""
        readings = dict(address.municipalities(home[0]))
        return str(jaconv.kata2hira(readings.get(home[1], "")))

    def signature_for(self, kind: str) -> str:
        """``screen`` or ``paper``: how a notification of ``kind`` is signed at this counter
        (``[counter] signature`` and ``[counter.signature_by_kind]``)."""
        return self.config.counter.signature_for(kind)

    # -- the draft ------------------------------------------------------------------------------

    def build(
        self, holder: CardFacts, answers: Answers, notification_id: Any = None
    ) -> Notification:
        """The notification for ``answers``, pre-filled from the holder's (and members') cards."""
        return build_notification(
            holder, answers, today=self.today(), notification_id=notification_id
        )

    def hand_to_staff(self, notification: Notification, session_id: Any) -> None:
        """Store a signed notification staff must complete, as 入力中 of this resident session."""
        from kiosk import workflow

        actor = workflow.Actor.resident(session_id, self.terminal)
        with self.storage.transaction() as session:
            workflow.get_or_create_draft(
                session, notification, actor=actor, counter=self.config.counter.id
            )

    def request_staff(
        self, reason: str, session_id: uuid.UUID | None, draft: Notification | None
    ) -> uuid.UUID | None:
        """Record that this screen needs staff (:func:`kiosk.staff_calls.request`); the call's
        id. The desks see it through the visit (:mod:`kiosk.visits`).

        The visit goes on; with a card read, its draft is stored as 入力中 (never filed) so
        the desk sees every answer. Without a database (scripts, unit tests) nothing is sent.
        """
        if self.storage is None:
            return None
        from kiosk import staff_calls

        with self.storage.transaction() as session:
            return staff_calls.request(
                session,
                reason=reason,
                terminal=self.terminal,
                counter=self.config.counter.id,
                resident_session=session_id,
                draft=draft,
            )

    def answer_staff(self, call_id: uuid.UUID | None, how: str, actor: Any) -> None:
        """Record the end of a call (:func:`kiosk.staff_calls.answer`): a desk answered it or
        took the visit over, staff arrived, or the visit ended. ``actor`` is a
        :class:`~kiosk.workflow.Actor` or the flow's audit id for the reader, the timer or the
        resident."""
        if self.storage is None or call_id is None:
            return
        from kiosk import staff_calls, workflow

        if not isinstance(actor, workflow.Actor):
            kind, _, name = str(actor).partition(":")
            actor = (
                workflow.Actor.resident(name, self.terminal)
                if kind == "resident" and name and name != "-"
                else workflow.Actor.system(kind or "resident-screen", self.terminal)
            )
        with self.storage.transaction() as session:
            staff_calls.answer(session, call_id, actor=actor, how=how)

    def prefill(
        self,
        holder: CardFacts,
        *,
        preentry: str | None = None,
        kind: forms.Kind | None = None,
        onestop_number: str | None = None,
    ) -> Any:
        """The first draft for a card holder (:func:`kiosk.preentry.prefill`): the card's four
        items, a pre-entry code written in, and the 転出証明書情報 held for a 転入 (looked up by
        申請番号, else by the card's name and birth date; the lookup is audited, counts only).
        Without a database no 転出証明書情報 is looked up."""
        from kiosk import preentry as preentry_core
        from kiosk import workflow

        actor = workflow.Actor.system("resident-screen", self.terminal)
        if self.storage is None:
            return preentry_core.prefill(
                None, holder, today=self.today(), preentry=preentry, kind=kind
            )
        with self.storage.transaction() as session:
            return preentry_core.prefill(
                session,
                holder,
                today=self.today(),
                preentry=preentry,
                kind=kind,
                onestop_number=onestop_number,
                actor=actor,
                read_at=datetime.now(UTC),
            )

    def end(self, session_id: Any, reason: str) -> int:
        """The resident left: wipe whatever unfinished draft of theirs the database holds."""
        from kiosk.sessions import EndReason, end_session

        if self.storage is None:
            return 0
        with self.storage.transaction() as session:
            return end_session(session, session_id, EndReason(reason), terminal=self.terminal)

    def file(self, notification: Notification, session_id: Any) -> str:
        """Store the signed notification as 仮登録 and return its 受付番号."""
        from kiosk import workflow

        number: str = workflow.submit_from_resident(
            self.storage,
            notification,
            counter=self.config.counter.id,
            terminal=self.terminal,
            resident_session=session_id,
        )
        return number
