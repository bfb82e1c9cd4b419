"""The resident side of the counter (住民側の受付): what the touch screens ask of the application.

The touch screens (``ui.resident``) never touch the card reader, the database or the rules
directly: they call this facade, which

- reads the card through :mod:`cardreader` (tries left first, the PIN passed straight through to
  the card: it is never stored, logged or kept in an attribute, and never retried automatically);
- builds the draft 住民異動届 with :func:`forms.prefill_from_card` and applies the resident's
  answers (:class:`Answers`) to it, every change checked by :func:`forms.check`;
- files the confirmed and signed notification through :mod:`kiosk.workflow` (仮登録, with a
  受付番号);
- forgets everything when the resident walks away or pulls the card (:meth:`ResidentSession.wipe`).

Errors the resident must see are :class:`ResidentCardProblem` with a stable :attr:`code` the
screens translate; the card's own Japanese messages stay for logs and staff.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

import forms
from cardreader import errors as card_errors
from forms import related as related_rules
from forms.address import PostalCandidate, lookup_postal_code
from forms.model import Address, Kind, Notification, Origin, Person, Signature, Stroke
from kiosk.config import Config
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

__all__ = [
    "RELATIONSHIPS",
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

ProblemCode = Literal[
    "no_reader",
    "no_card",
    "not_my_number_card",
    "card_removed",
    "invalid_pin",
    "wrong_pin",
    "pin_blocked",
    "last_try",
    "reader_error",
]

#: 続柄 (relationship to the head of household) a resident can choose by button; anything else
#: is left for staff ("staff will enter"). Values are the terms printed on the form.
RELATIONSHIPS: tuple[str, ...] = ("妻", "夫", "子", "父", "母", "兄", "弟", "姉", "妹", "同居人")

#: The resident does not know the 続柄 term: staff will ask and enter it.
UNKNOWN_RELATIONSHIP = "?"


class ResidentCardProblem(KioskError):
    """A card problem the resident must act on; :attr:`code` picks the translated message.

    ``tries_left`` is set for ``wrong_pin`` (and is 1 for ``last_try``). The message is the
    card layer's Japanese line, for logs and staff; it never contains the PIN.
    """

    def __init__(self, code: ProblemCode, message: str, *, tries_left: int | None = None) -> None:
        super().__init__(message)
        self.code: ProblemCode = code
        self.tries_left = tries_left


def _problem(exc: card_errors.CardError) -> ResidentCardProblem:
    """Translate a :mod:`cardreader` error into the code the screens know."""
    code: ProblemCode
    tries: int | None = None
    if isinstance(exc, card_errors.WrongPin):
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


@dataclass(frozen=True)
class CardFacts:
    """The basic four facts (基本4情報) read from one card, as the screens show them.

    Has the attributes :func:`forms.prefill_from_card` reads. The 12-digit 個人番号 is never
    read. Personal data stays out of ``repr``.
    """

    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: str = field(repr=False)
    alerts: tuple[str, ...] = field(default=(), repr=False)


@dataclass
class Member:
    """One person who moves (異動者) as the resident described them.

    ``card`` holds the facts read from their own card; without a card only the 続柄 is chosen
    and the rest is marked for staff to enter (``staff_enters``).
    """

    card: CardFacts | None = None
    relationship: str = ""
    staff_enters: bool = False

    @property
    def display_name(self) -> str:
        return self.card.name if self.card is not None else ""


@dataclass
class Answers:
    """Everything the resident answered on the touch screens, before it becomes a form.

    ``head`` is the index into ``members`` of the 世帯主, or None when the head of household is
    someone not moving with them (then ``head_outside`` is True and staff enter the name).
    """

    kind: Kind | None = None
    abroad: bool = False
    moved_on: date | None = None
    new_address: Address | None = None
    destination: Address | None = None
    abroad_country: str = ""
    abroad_address: str = ""
    members: list[Member] = field(default_factory=list)
    head: int | None = None
    head_outside: bool = False
    related: dict[str, bool] = field(default_factory=dict)


def to_fullwidth_banchi(text: str) -> str:
    """番地・号 as the register writes them: full-width digits and U+FF0D between parts.

    ``"1-2-3"`` → ``"１－２－３"``; the numeric pad only produces digits and hyphens.
    """
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isdigit():
            out.append(chr(ord("０") + int(ch)))
        elif ch in "-‐−ー－":
            out.append("－")
        else:
            out.append(ch)
    return "".join(out).strip("－")


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
    """One resident at the counter, from the first card read to the done screen (or a wipe).

    Holds the card facts and answers in memory only; nothing of it reaches the database until
    :meth:`submit`. :meth:`wipe` forgets everything.
    """

    def __init__(self, service: ResidentService, holder: CardFacts) -> None:
        self._service = service
        self.id = _new_uuid()
        self.holder: CardFacts | None = holder
        self.answers = Answers(members=[Member(card=holder)])
        self.reception_number: str | None = None
        self.handed_to_staff = False

    # -- building the draft -------------------------------------------------------------------

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

    # -- filing ---------------------------------------------------------------------------------

    def staff_fields(self) -> list[re.Pattern[str]]:
        """Field paths only staff can fill, so they do not stop the resident from signing.

        転入前住民票コード and the 転出証明書 come from a paper certificate or 住基ネット; the
        details of a person without a card, and the name of a head of household who is not
        here, are entered by staff from documents.
        """
        patterns = [re.compile(p) for p in _STAFF_ONLY]
        for i, member in enumerate(self.answers.members):
            if member.staff_enters:
                patterns.append(re.compile(rf"^persons\.{i}\."))
            elif member.relationship == UNKNOWN_RELATIONSHIP:
                patterns.append(re.compile(rf"^persons\.{i}\.relationship"))
        if self.answers.head_outside:
            patterns.append(re.compile(r"^household\.head_name"))
        return patterns

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
        staff = self.staff_fields()
        blocking = [f for f in result.errors if not any(p.match(f.field) for p in staff)]
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


#: Related-procedure answers that concern every person moving (国民健康保険, 障害者手帳) and those
#: that concern the card holder alone (印鑑登録 is personal); ``dog`` is the household's.
_ALL_PERSONS = ("kokuho", "shogai_techo")
_HOLDER_ONLY = ("inkan",)


#: Fields only staff can fill (see :meth:`ResidentSession.staff_fields`).
_STAFF_ONLY = (
    r"^persons\.\d+\.juminhyo_code$",
    r"^todoke\.tenshutsu_shomei$",
    r"^persons\.\d+\.foreign\.",
)


class SignatureMissing(KioskError):
    """The resident has not signed yet."""


class NotFileable(KioskError):
    """The rules still find errors the resident can correct; nothing was stored."""


def _person_answers(related: dict[str, bool], index: int) -> dict[str, bool]:
    out = {k: v for k, v in related.items() if k in _ALL_PERSONS}
    if index == 0:
        out.update({k: v for k, v in related.items() if k in _HOLDER_ONLY})
    return out


def _new_uuid() -> Any:
    import uuid

    return uuid.uuid4()


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

    def _reader(self) -> Any:
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
        return CardFacts(
            name=identity.name,
            address=identity.address,
            birth_date=identity.birth_date,
            sex=identity.sex,
            alerts=tuple(identity.alerts),
        )

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

    # -- the draft ------------------------------------------------------------------------------

    def build(
        self, holder: CardFacts, answers: Answers, notification_id: Any = None
    ) -> Notification:
        """The notification for ``answers``, pre-filled from the holder's (and members') cards."""
        kind = answers.kind or Kind.TENKYO
        origin = Origin.ABROAD if answers.abroad else Origin.DOMESTIC
        n: Notification = forms.prefill_from_card(
            holder, kind=kind, filed_on=self.today(), origin=origin
        )
        if notification_id is not None:
            n.id = notification_id
        n.todoke.origin = Origin.ABROAD if answers.abroad else Origin.DOMESTIC
        if answers.moved_on is not None:
            n.todoke.moved_on = answers.moved_on
        if answers.new_address is not None and kind in (Kind.TENNYU, Kind.TENKYO):
            n.new_address = answers.new_address.model_copy()
        abroad_block = Address(
            country=answers.abroad_country or None, foreign_address=answers.abroad_address
        )
        if kind is Kind.TENNYU and answers.abroad:
            n.previous_address = abroad_block
        if kind is Kind.TENSHUTSU:
            if answers.abroad:
                n.destination = abroad_block
            elif answers.destination is not None:
                n.destination = answers.destination.model_copy()
        persons: list[Person] = []
        for i, member in enumerate(answers.members):
            if i == 0:
                person = n.persons[0] if n.persons else Person()
            elif member.card is not None:
                other = forms.prefill_from_card(member.card, kind=kind, filed_on=self.today())
                person = other.persons[0]
                for path, prov in other.provenance.items():
                    if path.startswith("persons.0."):
                        n.provenance[f"persons.{i}." + path[len("persons.0.") :]] = prov
            else:
                person = Person()
            relationship = (
                "" if member.relationship == UNKNOWN_RELATIONSHIP else member.relationship
            )
            if answers.head == i:
                relationship = "世帯主"
            person.relationship = relationship
            person.answers = {**person.answers, **_person_answers(answers.related, i)}
            persons.append(person)
        n.persons = persons
        if answers.head is not None and answers.head < len(answers.members):
            head = answers.members[answers.head]
            n.household.head_name = head.display_name
        n.household.scope = "all" if answers.head is not None else "part"
        if "dog" in answers.related:
            n.household.answers = {**n.household.answers, "dog": answers.related["dog"]}
        n.related = related_rules.derive(n)
        return n

    def hand_to_staff(self, notification: Notification, session_id: Any) -> None:
        """Store a signed notification staff must complete, as 入力中 of this resident session."""
        from kiosk import workflow

        actor = workflow.Actor.resident(session_id, self.terminal)
        with self.storage.transaction() as session:
            workflow.get_or_create_draft(
                session, notification, actor=actor, counter=self.config.counter.id
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
