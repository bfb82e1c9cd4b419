"""The resident flow (受付の流れ) itself: :class:`ResidentFlow` (its API: :mod:`kiosk.flow`)."""

from __future__ import annotations

import logging
import math
import re
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal, Protocol, cast

import forms
from forms import address as postal_data
from forms.address import PostalCandidate
from forms.model import Kind, Notification, Signature, Stroke
from forms.preentry import PreEntry, PreEntryError, decode
from forms.rules import CheckResult
from kiosk.errors import KioskError
from kiosk.flow.answers import RELATIONSHIPS, UNKNOWN_RELATIONSHIP, Answers, Member
from kiosk.flow.card import CardAccess, CardFace, CardFacts, ResidentCardProblem
from kiosk.flow.confirm import Section, confirm_sections
from kiosk.flow.dates import format_any
from kiosk.flow.draft import build_notification, resident_errors, staff_fields
from kiosk.flow.furigana import ReadingSteps
from kiosk.flow.interview import Interview, gate
from kiosk.flow.seed import add_certificate_persons, answers_from_preentry
from kiosk.flow.state import HISTORY_LIMIT, Change, FlowState
from kiosk.flow.steps import interview_steps, related_questions, step_error, steps_for
from kiosk.flow.view import screen_view
from kiosk.sessions import EndReason, Limits, Phase, SessionTimer, TimerState
from kiosk.workflow import Actor

if TYPE_CHECKING:
    from kiosk.preentry import Prefilled

log = logging.getLogger(__name__)

__all__ = [
    "STAFF_TAKES_OVER",
    "CardRunner",
    "EventKind",
    "FlowEvent",
    "FlowService",
    "Listener",
    "ResidentFlow",
]

EventKind = Literal["changed", "screen", "busy", "timer", "staff_called", "ended", "refused"]


@dataclass(frozen=True)
class FlowEvent:
    """What happened to a flow, for the views that follow it.

    - ``changed``: the state changed (read :meth:`ResidentFlow.view` or ``state`` again);
    - ``screen``: another screen is showing (``reason`` is its name);
    - ``busy``: a card operation started or ended (:attr:`ResidentFlow.busy`);
    - ``timer``: the timer's overlay or countdown changed (``overlay`` / ``countdown``);
    - ``staff_called``: the resident (or the screens for them) asked for staff; ``reason``
      says why (``no_card``, ``last_try``, ``pin_blocked``, ``not_me``, ``other_kind`` or
      what :meth:`ResidentFlow.call_staff` was given);
    - ``ended``: the visit ended and its data was wiped; ``reason`` is ``finished``,
      ``idle``, ``card_removed``, ``cancelled``, ``not_me`` or ``other_kind``;
    - ``refused``: a command that actor may not give now changed nothing (``reason`` is the
      command's name; see :mod:`kiosk.flow.interview`).

    ``actor`` is who caused it (an audit id, ``reader`` or ``timer``).
    """

    kind: EventKind
    actor: str = ""
    reason: str = ""


Listener = Callable[[FlowEvent], None]

#: Runs a card operation (the first callable, which returns its outcome and never raises) and
#: hands the outcome to the second, on the thread that owns the flow.
CardRunner = Callable[[Callable[[], object], Callable[[object], None]], None]

#: Ends after which staff carry on with the same resident: the display settings stay.
STAFF_TAKES_OVER = frozenset({"not_me", "other_kind"})

_READER = "reader"
_TIMER = "timer"

#: Why a visit ended (the flow's words) → :class:`kiosk.sessions.EndReason` for the database.
_END_REASONS = {"finished": "completed", "idle": "idle", "card_removed": "card_removed"}
_TIMER_ENDS = {
    EndReason.IDLE: "idle",
    EndReason.CARD_REMOVED: "card_removed",
    EndReason.COMPLETED: "finished",
    EndReason.RESIDENT_ENDED: "cancelled",
}
_OVERLAYS = {Phase.WARNING: "idle", Phase.CARD_OUT: "removed", Phase.CLOSING: "done"}

#: The fields signing answers: the rules' findings there are what the signature resolves.
_SIGNATURE_FIELD = re.compile(r"^filer\.signature")

#: The card's answers that mean the secret in use is locked.
_BLOCKED = frozenset({"pin_blocked", "code_b_blocked"})


class FlowService(Protocol):
    """What the flow needs of the counter besides the card (:class:`ResidentService` has it)."""

    def today(self) -> date: ...

    def postal_candidates(self, code: str) -> list[PostalCandidate]: ...

    def file(self, notification: Notification, session_id: uuid.UUID) -> str: ...

    def hand_to_staff(self, notification: Notification, session_id: uuid.UUID) -> None: ...

    def request_staff(
        self, reason: str, session_id: uuid.UUID | None, draft: Notification | None
    ) -> uuid.UUID | None:
        """Tell the desks this counter needs staff (the draft so far, never filed); the call's
        id (:mod:`kiosk.staff_calls`), None where nothing records it."""
        ...

    def answer_staff(self, call_id: uuid.UUID | None, how: str, actor: Actor | str) -> None:
        """Record that the call was closed: ``answered`` or ``taken_over`` by a desk,
        ``arrived`` (staff came to the screen), ``ended`` with the visit."""
        ...

    def prefill(
        self,
        holder: CardFacts,
        *,
        preentry: str | None = None,
        kind: Kind | None = None,
        onestop_number: str | None = None,
    ) -> Prefilled:
        """The first draft for a card holder from a pre-entry code and / or the 転出証明書情報
        held (:func:`kiosk.preentry.prefill`)."""
        ...

    def home_municipality(self) -> tuple[str, str] | None:
        """The counter's own (都道府県, 市区町村), where a 転居 stays."""
        ...

    def end(self, session_id: uuid.UUID, reason: str) -> int: ...


def _run_here(work: Callable[[], object], then: Callable[[object], None]) -> None:
    then(work())


class ResidentFlow(ReadingSteps, Interview):
    """One counter's resident flow: from the card placed to the done screen (or a wipe).

    Plain Python: it calls a :class:`~kiosk.flow.card.CardAccess` for the card (through
    ``run_card``: the screens pass one that works on a thread), ``service`` for the date, postal
    codes and filing, and keeps its timers in a :class:`~kiosk.sessions.SessionTimer` on
    ``clock``. Use it from one thread (the one that owns it); see :mod:`kiosk.flow`.

    ``run_card`` stays replaceable (``flow.run_card``): a benchmark runs card work at once.
    """

    def __init__(
        self,
        service: FlowService,
        *,
        card: CardAccess | None = None,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
        run_card: CardRunner | None = None,
        state: FlowState | None = None,
    ) -> None:
        self._service = service
        self._card_access = card if card is not None else cast(CardAccess, service)
        self.limits = limits or Limits()
        self._clock = clock
        self.run_card = run_card or _run_here
        self._state = state or FlowState()
        self._listeners: list[Listener] = []
        self._timer: SessionTimer | None = None
        self._overlay = ""
        self._countdown = 0
        self._busy = False
        self._visit = 0  # counts visits, so a card answer for an ended one is dropped
        self._depth = 0
        self._actor = ""  # who made the change under way
        self._pending: list[FlowEvent] = []
        self._cache: tuple[tuple[str, int, date], Notification, CheckResult] | None = None
        code = self._state.answers.postal_code
        self._candidates = service.postal_candidates(code) if len(code) == 7 else []
        if self._state.screen != "welcome":
            self._timer = self._new_timer()

    # -- reading -----------------------------------------------------------------------------

    @property
    def state(self) -> FlowState:
        """The current state (read it; change it only through the flow's methods)."""
        return self._state

    @property
    def screen(self) -> str:
        return self._state.screen

    @property
    def steps(self) -> list[str]:
        """The kind's steps, once the kind is known (a clerk's interview has more)."""
        s = self._state
        a = s.answers
        if a.kind is None:
            return []
        if s.mode == "staff_led":
            from_card = s.holder is not None and a.filer.moves
            return interview_steps(a.kind, a.abroad, address_from_card=from_card)
        return steps_for(a.kind, a.abroad)

    @property
    def step(self) -> str:
        steps = self.steps
        i = self._state.step_index
        return steps[i] if 0 <= i < len(steps) else ""

    @property
    def busy(self) -> bool:
        """A card operation is under way."""
        return self._busy

    @property
    def overlay(self) -> str:
        """The timer's warning: ``idle``, ``removed`` (card pulled), ``done`` or ""."""
        return self._overlay

    @property
    def countdown(self) -> int:
        """Whole seconds left before the overlay's timer ends the visit."""
        return self._countdown

    @property
    def candidates(self) -> list[PostalCandidate]:
        """The addresses the entered 郵便番号 stands for."""
        return list(self._candidates)

    def checked(self) -> tuple[Notification, CheckResult]:
        """The draft notification and the rules' verdict on it, once per change of the answers.

        Do not change the notification returned: it is shared until the next change.
        """
        s = self._state
        if not self.in_visit():
            raise KioskError("no card has been read in this visit")
        today = self._service.today()
        key = (s.session_id, s.revision, today)
        if self._cache is None or self._cache[0] != key:
            n = build_notification(
                s.holder,
                s.answers,
                today=today,
                notification_id=uuid.UUID(s.session_id),
                seed=s.seed,
            )
            self._cache = (key, n, forms.check(n, today=today))
        return self._cache[1], self._cache[2]

    def _verdict(self) -> CheckResult:
        """The rules' verdict for a step; a draft that cannot be built stops no one (staff
        review every notification, and filing checks again)."""
        try:
            return self.checked()[1]
        except Exception:
            log.exception("could not build the draft to check a step")
            return CheckResult()

    def confirm_sections(self) -> list[Section]:
        """The confirm screen's sections (empty when the draft cannot be built)."""
        try:
            n, result = self.checked()
        except Exception:  # a rule failure must not blank the screen: staff will review
            log.exception("could not build the draft for the confirm screen")
            return []
        s = self._state
        calendar, language = s.shown_calendar(), s.language
        return confirm_sections(
            n,
            result,
            staff_fields(s.answers),
            self.steps,
            date_text=lambda d: format_any(d, calendar, language),
            interview=s.mode == "staff_led",
        )

    def view(self) -> dict[str, object]:
        """What the screens show (:func:`kiosk.flow.view.screen_view`)."""
        s = self._state
        # A clerk's visit shows the form as it fills (the mirror); the resident's at the end.
        shown = ("confirm", "sign", "done", "paperSign")
        confirm = (
            self.confirm_sections()
            if self.in_visit() and (s.screen in shown or s.mode == "staff_led")
            else None
        )
        view = screen_view(
            s,
            steps=self.steps,
            candidates=self._candidates,
            confirm=confirm,
            browse=self._browse_options() if s.browsing else None,
            today=self._service.today(),
        )
        if s.screen == "furigana":
            view["reading"] = self.reading_view()
        view.update(self.interview_view())
        return view

    def to_dict(self) -> dict[str, object]:
        """The state as JSON-ready data (:meth:`FlowState.to_dict`)."""
        return self._state.to_dict()

    def restore(self, state: FlowState, *, by: str = "remote") -> None:
        """Take ``state`` as the visit's own: another view of the same visit changed it (the
        desk or the tablet, in another process: :mod:`kiosk.visits`). The views are told as
        after any change; the change counts as activity for the timers here."""
        before = self._state
        if state.session_id != before.session_id:
            self._visit += 1  # a card answer still under way belongs to another visit
        self._state = state
        self._cache = None
        code = state.answers.postal_code
        self._candidates = self._service.postal_candidates(code) if len(code) == 7 else []
        self._timer = None if state.screen == "welcome" else self._new_timer()
        self._emit(FlowEvent("changed", by))
        if state.screen != before.screen:
            self._emit(FlowEvent("screen", by, state.screen))

    # -- following ---------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every :class:`FlowEvent`; returns the call that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: FlowEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one broken view must not stop the flow or the other views
                log.exception("a view following the resident flow failed on %s", event.kind)

    @contextmanager
    def _change(
        self, action: str, actor: Actor | str | None, *, active: bool = True
    ) -> Iterator[None]:
        """One command: recorded with its actor, then the views are told (once, outermost)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        who = self._who(actor)
        state, screen = self._state, self._state.screen
        self._actor = who
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
            if self._state is state:
                try:
                    self._prune_confirmations()
                except Exception:  # the record of what was confirmed must not stop the flow
                    log.exception("could not check the confirmed sections")
                history = state.history
                history.append(Change(history[-1].seq + 1 if history else 1, who, action))
                del history[:-HISTORY_LIMIT]
            if active and self._timer is not None:
                self._timer.activity()
            self._settle_timer()
            pending, self._pending = self._pending, []
            self._emit(FlowEvent("changed", who))
            if self._state.screen != screen:
                self._emit(FlowEvent("screen", who, self._state.screen))
            for event in pending:
                self._emit(event)

    def _emit_refused(self, action: str, who: str) -> None:
        self._emit(FlowEvent("refused", who, action))

    def _today(self) -> date:
        return self._service.today()

    def _who(self, actor: Actor | str | None) -> str:
        if isinstance(actor, Actor):
            return actor.audit_id
        if isinstance(actor, str):
            return actor
        return f"resident:{self._state.session_id or '-'}"

    # -- timers ------------------------------------------------------------------------------

    def _new_timer(self) -> SessionTimer:
        return SessionTimer(self.limits, clock=self._clock)

    def _show(self, polled: TimerState | None) -> None:
        """Show the timer's phase: the overlay and its whole seconds left."""
        overlay = "" if polled is None else _OVERLAYS.get(polled.phase, "")
        countdown = max(0, math.ceil(polled.seconds_left)) if polled and overlay else 0
        if (overlay, countdown) != (self._overlay, self._countdown):
            self._overlay, self._countdown = overlay, countdown
            self._emit(FlowEvent("timer", _TIMER, overlay))

    def _staff_hold(self) -> bool:
        """A clerk leads the visit: the resident's idle and card-out clocks do not run (the
        clerk decides when it ends), until the done screen."""
        if not self._state.driver or self._state.screen == "done" or self._timer is None:
            return False
        self._timer.card_inserted()  # counts as activity, and forgets a card taken back
        return True

    def _settle_timer(self) -> None:
        """Inside a change: end the visit if a limit has passed, else show the timer."""
        if self._staff_hold():
            self._show(None)
            return
        polled = self._timer.poll() if self._timer is not None else None
        if polled is not None and polled.phase is Phase.ENDED and polled.reason is not None:
            self._end(_TIMER_ENDS[polled.reason])
            polled = None
        self._show(polled)

    def tick(self) -> TimerState | None:
        """Let the timers run (the screens call this every tick); None outside a visit."""
        if self._timer is None:
            return None
        if self._staff_hold():
            self._show(None)
            return None
        polled = self._timer.poll()
        if polled.phase is Phase.ENDED:
            with self._change("timeout", _TIMER, active=False):
                pass  # the change's end settles the timer: the visit ends
        else:
            self._show(polled)
        return polled

    def touch(self) -> None:
        """Someone touched the screen: the idle clock restarts (ending an idle warning)."""
        if self._timer is not None:
            self._timer.activity()
            self.tick()

    # -- moving between screens --------------------------------------------------------------

    def _go(self, screen: str) -> None:
        self._state.screen = screen
        if screen == "welcome":
            self._timer = None
        elif self._timer is None:
            self._timer = self._new_timer()

    def _answered(self) -> None:
        """The answers (or the card facts) changed: drafts and checks are due again."""
        self._state.revision += 1

    def _staff_called(self, reason: str, actor: Actor | str | None) -> None:
        """Open a call for staff (a newer call replaces an open one: it is closed first)."""
        self._close_call("replaced", actor)
        self._state.staff_call = reason
        self._pending.append(FlowEvent("staff_called", self._who(actor), reason))
        self._tell_desk(reason)

    def _tell_desk(self, reason: str) -> None:
        """Hand the call to the core, so every desk lists it (with the draft so far)."""
        s = self._state
        draft = None
        if self.in_visit():
            try:
                draft = self.checked()[0].model_copy(deep=True)
            except Exception:  # the call matters more than the draft
                log.exception("could not build the draft to show the desk")
        try:
            call_id = self._service.request_staff(
                reason, uuid.UUID(s.session_id) if s.session_id else None, draft
            )
        except Exception:  # the resident is still told that staff are coming
            log.exception("could not tell the desk that staff were called")
            call_id = None
        s.staff_call_id = "" if call_id is None else str(call_id)

    def _close_call(self, how: str, actor: Actor | str | None) -> None:
        """Close the open call, if any: the screen's banner and every desk's notice go at once
        (both read ``staff_call``), and the core records who closed it and how."""
        s = self._state
        if not s.staff_call:
            return
        call_id = uuid.UUID(s.staff_call_id) if s.staff_call_id else None
        s.staff_call = s.staff_call_id = ""
        try:
            self._service.answer_staff(
                call_id, how, actor if actor is not None else self._who(None)
            )
        except Exception:  # the call is closed on the screens all the same
            log.exception("could not record that the call for staff was closed")

    def _end(self, reason: str, *, to_staff: bool = False) -> None:
        """Wipe the visit: forget the card and every answer, tell the database why."""
        self._close_call("ended", self._actor or None)
        s = self._state
        if s.session_id:
            filed = bool(s.reception_number) or s.handed_to_staff
            # Once filed (or handed to staff) the notification is the counter's, however the
            # resident leaves; otherwise whatever was stored of it is wiped.
            why = "completed" if filed else _END_REASONS.get(reason, "resident_ended")
            try:
                self._service.end(uuid.UUID(s.session_id), why)
            except KioskError:
                log.exception("could not wipe the session's drafts")
        language = s.language if reason in STAFF_TAKES_OVER else "ja"
        self._state = FlowState(language=language)
        self._visit += 1
        self._cache = None
        self._candidates = []
        self._timer = None
        self._go("staff" if to_staff else "welcome")
        self._pending.append(FlowEvent("ended", self._actor, reason))

    # -- the card ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self._emit(FlowEvent("busy", _READER, "busy" if busy else ""))

    def _card(
        self, work: Callable[[], object], then: Callable[[object], None], action: str
    ) -> None:
        """Run one card operation through the runner; ``then`` gets its outcome or problem."""
        visit = self._visit

        def guarded() -> object:
            try:
                return work()
            except ResidentCardProblem as exc:
                return exc
            except Exception as exc:  # an unexpected failure is the reader's, said as one line
                log.exception("card operation failed")
                return ResidentCardProblem("reader_error", str(exc))

        def finish(outcome: object) -> None:
            self._set_busy(False)
            if visit != self._visit:
                return  # the visit ended meanwhile (the card was pulled, the time ran out)
            with self._change(action, _READER):
                then(outcome)

        self._set_busy(True)
        self.run_card(guarded, finish)

    def card_inserted(self) -> None:
        """A card was placed: start the PIN (the holder's, or a further member's)."""
        with self._change("card_inserted", _READER):
            if self._timer is not None:
                self._timer.card_inserted()
            if self._busy:
                return
            if self._state.screen in ("welcome", "preentry"):
                self._begin_secret("pin", member=False)
            elif self._state.screen == "placeMember":
                self._begin_secret("pin", member=True)

    def card_removed(self) -> None:
        """The card was taken: end at the PIN, count down elsewhere (put it back to go on)."""
        with self._change("card_removed", _READER, active=False):
            s = self._state
            if s.screen in ("pin", "codeB", "blocked") and not s.reading_member:
                self._end("card_removed")
            elif s.screen == "preentry":
                s.preentry_from = "welcome"  # the card is asked for again after the code
            elif s.screen in ("pin", "codeB") and s.reading_member:
                self._go("placeMember")
            elif s.screen == "done" and self._timer is not None:
                self._timer.closing()
            elif (
                self.in_visit()
                and not s.driver
                and s.screen not in ("welcome", "staff", "placeMember")
                and self._timer is not None
            ):
                self._timer.card_removed()

    def _begin_secret(self, secret: str, *, member: bool) -> None:
        """The card stage with ``pin`` or ``code_b``: its tries are asked first (none spent)."""
        s = self._state
        s.reading_member = member
        s.secret = secret
        s.tries_left = -1
        s.pin_error = ""
        s.last_try_confirmed = False
        access = self._card_access
        if secret == "code_b":
            self._go("codeB")
            self._card(access.code_b_tries_left, self._got_tries, "code_b_tries_left")
        else:
            self._go("pin")
            self._card(access.pin_tries_left, self._got_tries, "tries_left")

    def _got_tries(self, outcome: object) -> None:
        s = self._state
        if isinstance(outcome, ResidentCardProblem):
            if outcome.code in _BLOCKED:
                self._go("blocked")
            else:
                s.pin_error = outcome.code
            return
        s.tries_left = int(cast(int, outcome))
        if s.tries_left == 0:
            self._go("blocked")

    def confirm_last_try(self, actor: Actor | None = None) -> None:
        """The resident explicitly accepted that a wrong PIN now locks the card."""
        with self._change("confirm_last_try", actor):
            if self._state.tries_left == 1:
                self._state.last_try_confirmed = True

    def submit_pin(self, pin: str, actor: Actor | None = None) -> None:
        """Send the PIN once; the card's answer decides the next screen. Never retried."""
        with self._change("submit_pin", actor):
            s = self._state
            if self._busy or s.secret != "pin" or s.tries_left < 1:
                return
            if s.tries_left == 1 and not s.last_try_confirmed:
                s.pin_error = "last_try"
                return
            allow = s.last_try_confirmed
            s.pin_error = ""
            access = self._card_access
            self._card(
                lambda: access.read_card(pin, allow_last_try=allow), self._got_identity, "read_card"
            )

    def forgot_pin(self, actor: Actor | None = None) -> None:
        """「暗証番号がわからない」: open the card with 照合番号B from the card face instead.

        From the PIN screen (or a locked PIN): B has its own tries counter, asked first.
        """
        with self._change("forgot_pin", actor):
            s = self._state
            if not self._busy and s.secret == "pin" and s.screen in ("pin", "blocked"):
                self._begin_secret("code_b", member=s.reading_member)

    def submit_code_b(self, face: CardFace, actor: Actor | None = None) -> None:
        """Send 照合番号B once, built from what the resident read off the card face.

        Guarded as the PIN: what cannot be a card face's is refused before anything is sent
        (``code_b_birth`` / ``code_b_expiry`` / ``code_b_security_code``), the last try needs
        :meth:`confirm_last_try`, and nothing is retried. The code is handed to the card and
        dropped; the state never holds it.
        """
        with self._change("submit_code_b", actor):
            s = self._state
            if self._busy or s.secret != "code_b" or s.tries_left < 1:
                return
            problem = face.problem(self._service.today())
            if problem:
                s.pin_error = f"code_b_{problem}"
                return
            if s.tries_left == 1 and not s.last_try_confirmed:
                s.pin_error = "code_b_last_try"
                return
            allow = s.last_try_confirmed
            s.pin_error = ""
            access, code = self._card_access, face.code_b()
            self._card(
                lambda: access.read_card_with_code_b(code, allow_last_try=allow),
                self._got_identity,
                "read_card_with_code_b",
            )

    def _got_identity(self, outcome: object) -> None:
        s = self._state
        if isinstance(outcome, ResidentCardProblem):
            if outcome.code in _BLOCKED:
                self._go("blocked")
                return
            if outcome.code in ("wrong_pin", "wrong_code_b") and outcome.tries_left is not None:
                s.tries_left = outcome.tries_left
                s.last_try_confirmed = False
                if s.tries_left == 0:
                    self._go("blocked")
                    return
            s.pin_error = outcome.code
            return
        facts = cast(CardFacts, outcome)
        s.pin_error = ""
        s.secret = "pin"  # a further member's card starts with their PIN again
        if s.reading_member and self.in_visit():
            index = self._listed_without_card(facts)
            if index is None:
                s.answers.members.append(Member(card=facts))
                index = len(s.answers.members) - 1
            else:  # a person typed at home (or on the 転出証明書情報) brought their card
                member = s.answers.members[index]
                member.card, member.staff_enters = facts, False
            s.reading_member = False
            self._answered()
            self._ask_reading(index)  # 振り仮名, then the members again
            return
        s.session_id = str(uuid.uuid4())
        s.holder = facts
        s.answers = Answers(members=[Member(card=facts)])
        if s.preentry:
            self._seed_from_preentry(facts)
        self._answered()
        self._go("identity")

    def without_card(self, actor: Actor | None = None) -> None:
        """カードなしで: no card, an unknown PIN, or a locked one; staff take over."""
        with self._change("without_card", actor):
            s = self._state
            why = {
                "pin": "last_try",
                "codeB": "code_b",
                "blocked": "code_b_blocked" if s.secret == "code_b" else "pin_blocked",
            }.get(s.screen, "no_card")
            self._go("staff")
            self._staff_called(why, actor)

    def confirm_identity(self, is_me: bool, actor: Actor | None = None) -> None:
        """ "Is this you?": yes goes to the 手続き案内; no wipes the card's facts for staff."""
        with self._change("confirm_identity", actor):
            if not is_me:
                self._end("not_me", to_staff=True)
                self._staff_called("not_me", actor)
                return
            self._ask_reading(0)  # 振り仮名, then the 手続き案内

    # -- 事前入力 (a pre-entry code) and 転出証明書情報 ------------------------------------------

    def start_preentry(self, actor: Actor | None = None) -> None:
        """「スマートフォンで入力した方」: open the QR screen, before the card is read (from the
        welcome screen, or from the PIN pad when the card lies on the reader already)."""
        with self._change("start_preentry", actor):
            s = self._state
            if self._busy or s.driver or s.holder is not None:
                return
            if s.screen == "welcome" or (s.screen == "pin" and not s.reading_member):
                s.preentry_from = s.screen
                s.preentry_error = ""
                self._go("preentry")

    def read_preentry(self, text: str, actor: Actor | None = None) -> None:
        """A code the camera or a 2D scanner read on the QR screen, parsed strictly
        (:func:`forms.preentry.decode`). A code that cannot be used is refused with its
        ``preentry_error`` code (nothing else of it is kept or logged); a good one is kept
        until the card is read (from the PIN pad's QR screen, back to the PIN)."""
        with self._change("read_preentry", actor):
            s = self._state
            if s.screen != "preentry" or s.holder is not None:
                return
            try:
                decode(text)
            except PreEntryError as exc:
                s.preentry_error = exc.code
                log.info("a pre-entry code was refused: %s", exc.code)  # never its content
                return
            s.preentry, s.preentry_error = text.strip(), ""
            if s.preentry_from == "pin":
                self._go("pin")

    def enter_onestop_number(self, number: str, actor: Actor | None = None) -> None:
        """The 引越しワンストップ申請番号 (or the 転出届's number) of a 転入 from within Japan:
        the 転出証明書情報 held for it makes the visit a 特例転入 (``preentry_error``
        ``onestop_not_found`` when none is held)."""
        with self._change("enter_onestop_number", actor):
            s = self._state
            a = s.answers
            clean = re.sub(r"[^0-9A-Za-z-]", "", unicodedata.normalize("NFKC", number))[:20]
            if not clean or s.holder is None or a.kind is not Kind.TENNYU or a.abroad:
                return
            found = self._seed_from_certificate_data(onestop_number=clean)
            s.preentry_error = "" if found else "onestop_not_found"

    def _listed_without_card(self, facts: CardFacts) -> int | None:
        """The person without a card already listed (pre-entered) whom this card is."""
        from kiosk.flow.seed import _name_key

        for i, member in enumerate(self._state.answers.members):
            d = member.details
            if (
                member.card is None
                and d is not None
                and d.birth_date == facts.birth_date
                and _name_key(d.full_name) == _name_key(facts.name)
            ):
                return i
        return None

    def _prefill(
        self,
        holder: CardFacts,
        *,
        preentry: str | None,
        kind: Kind | None = None,
        onestop_number: str | None = None,
    ) -> Prefilled | None:
        try:
            return self._service.prefill(
                holder, preentry=preentry, kind=kind, onestop_number=onestop_number
            )
        except Exception:  # the visit goes on from the card alone: the resident answers
            log.exception("could not make the first draft from the pre-entry")
            return None

    def _seed_from_preentry(self, holder: CardFacts) -> None:
        """The card was read after a pre-entry code: the first draft, and the answers it gives
        (:func:`kiosk.flow.seed.answers_from_preentry`)."""
        s = self._state
        done = self._prefill(holder, preentry=s.preentry)
        if done is None or done.preentry is None:
            s.preentry = ""
            return
        entry: PreEntry = done.preentry
        code = entry.address.postal_code if entry.address is not None else ""
        candidates = self._service.postal_candidates(code) if code else []
        s.answers = answers_from_preentry(entry, holder, candidates)
        if done.tenshutsu is not None:
            add_certificate_persons(s.answers, done.tenshutsu)
        self._candidates = candidates
        s.seed = self._noted(done)
        s.preanswered = True

    def _seed_from_certificate_data(self, *, onestop_number: str | None = None) -> bool:
        """A 転入 from within Japan: the 転出証明書情報 held for the card holder (or the
        申請番号) makes it a 特例転入 — the household listed, the rest in the seed. True when
        one record was found."""
        s = self._state
        holder = s.holder
        if holder is None:
            return False
        if onestop_number is None and s.seed is not None and s.seed.kind is Kind.TENNYU:
            return s.seed.todoke.tokurei  # looked up already (the pre-entry's, or before)
        # The pre-entry goes along while it is the 転入's own (the resident kept its kind).
        own = s.seed is not None and s.seed.kind is Kind.TENNYU and bool(s.preentry)
        done = self._prefill(
            holder,
            preentry=s.preentry if own else None,
            kind=Kind.TENNYU,
            onestop_number=onestop_number,
        )
        if done is None:
            return False
        if done.tenshutsu is None and s.seed is not None and onestop_number is not None:
            return False  # a number not found leaves what the visit had
        if done.tenshutsu is not None:
            add_certificate_persons(s.answers, done.tenshutsu)
        s.seed = self._noted(done)
        self._answered()
        return done.tenshutsu is not None

    @staticmethod
    def _noted(done: Prefilled) -> Notification:
        """The first draft with the notes staff need about the 転出証明書情報 (which one was
        used, or that several matched); "none held for this card" is no news."""
        n = done.notification
        for note in done.notes:
            news = "転出証明書情報" in note and not note.endswith(
                "（カードの氏名・生年月日で照合）"
            )
            if news and note not in n.jimu.alerts:
                n.jimu.alerts.append(note)
        return n

    def _after_reading(self, index: int) -> None:
        """After the holder's 振り仮名, a visit pre-answered at home skips the 手続き案内: the
        first step the pre-entry left unanswered, else the confirm screen (every answer shown
        at once, each section changed through its own step)."""
        s = self._state
        if index > 0 or not s.preanswered or s.answers.kind is None:
            super()._after_reading(index)
            return
        s.preanswered = False
        s.step_error = ""
        s.guide_step = "abroad" if s.answers.kind in (Kind.TENNYU, Kind.TENSHUTSU) else "kind"
        if s.answers.moved_on is None:
            s.answers.moved_on = self._service.today()
            self._answered()
        for i, step in enumerate(self.steps):
            s.step_index = i
            if step_error(
                step,
                s.answers,
                candidates_found=bool(self._candidates),
                check=self._verdict,
                staff=staff_fields(s.answers),
            ):
                self._go("step")
                return
        self._go("confirm")

    # -- 手続き案内 (which notification) -------------------------------------------------------

    def guide_answer(self, answer: str, actor: Actor | None = None) -> None:
        """``within`` / ``into`` / ``out`` / ``other``, then ``yes`` / ``no`` for abroad."""
        with self._change("guide_answer", actor):
            s = self._state
            if not self.in_visit():
                return
            a = s.answers
            if s.guide_step == "kind":
                if answer == "within":
                    a.kind, a.abroad = Kind.TENKYO, False
                    self._answered()
                    self._start_steps()
                elif answer in ("into", "out"):
                    a.kind = Kind.TENNYU if answer == "into" else Kind.TENSHUTSU
                    self._answered()
                    s.guide_step = "abroad"
                    self._go("guide")
                else:
                    self._end("other_kind", to_staff=True)
                    self._staff_called("other_kind", actor)
            elif s.guide_step == "abroad":
                a.abroad = answer == "yes"
                self._answered()
                if a.kind is Kind.TENNYU and not a.abroad:
                    self._seed_from_certificate_data()
                self._start_steps()

    def guide_back(self, actor: Actor | None = None) -> None:
        with self._change("guide_back", actor):
            if self._state.guide_step == "abroad":
                self._state.guide_step = "kind"
                self._go("guide")
            else:
                self._ask_reading(0)

    def _start_steps(self) -> None:
        s = self._state
        s.step_index = 0
        if s.answers.moved_on is None:
            s.answers.moved_on = self._service.today()
            self._answered()
        self._go("step")

    # -- the steps ---------------------------------------------------------------------------

    def next(self, actor: Actor | None = None) -> None:
        """On to the next step (or back to the confirm screen) when this one is answered."""
        with self._change("next", actor):
            s = self._state
            if not self.in_visit():
                return
            step = self.step
            s.step_error = step_error(
                step,
                s.answers,
                candidates_found=bool(self._candidates),
                check=self._verdict,
                staff=[] if s.driver else staff_fields(s.answers),
                interview=bool(s.driver),
            )
            if s.step_error:
                return
            if s.returning_to_confirm and step not in ("postal", "candidates", "banchi"):
                s.returning_to_confirm = False
                self._go("confirm")
            elif s.step_index + 1 < len(self.steps):
                s.step_index += 1
                self._go("step")
            else:
                self._go("confirm")

    def back(self, actor: Actor | None = None) -> None:
        """One screen back: confirm → last step, a step → the one before, first → 手続き案内."""
        with self._change("back", actor):
            s = self._state
            s.step_error = ""
            if s.screen == "preentry":
                s.preentry = s.preentry_error = ""  # nothing read is kept but from this screen
                self._go("pin" if s.preentry_from == "pin" else "welcome")
            elif s.screen == "furigana":
                self._reading_back()
            elif s.screen == "confirm":
                s.step_index = len(self.steps) - 1
                self._go("step")
            elif s.screen == "sign":
                self._go("confirm")
            elif s.screen == "codeB" or (s.screen == "blocked" and s.secret == "code_b"):
                self._begin_secret("pin", member=s.reading_member)
            elif s.browsing and self.step == "candidates":
                self._browse_up()
            elif s.screen in ("placeMember", "pin") and s.reading_member:
                s.reading_member = False
                self._go("step")
            elif s.step_index > 0:
                s.step_index -= 1
                self._go("step")
            else:
                moving = s.answers.kind in (Kind.TENNYU, Kind.TENSHUTSU)
                s.guide_step = "abroad" if moving else "kind"
                self._go("guide")

    def edit(self, step: str, actor: Actor | None = None) -> None:
        """From the confirm screen: open one section's step, then come back to confirm."""
        with self._change("edit", actor):
            steps = self.steps
            if step in steps:
                s = self._state
                s.step_index = steps.index(step)
                s.returning_to_confirm = True
                s.step_error = ""
                self._go("step")

    # date --------------------------------------------------------------------------------------

    def set_calendar(self, calendar: str, actor: Actor | None = None) -> None:
        """Show dates in ``wareki`` (和暦) or ``seireki`` (西暦)."""
        with self._change("set_calendar", actor):
            if calendar in ("wareki", "seireki"):
                self._state.calendar = calendar

    def set_moved_on(self, moved_on: date, actor: Actor | None = None) -> None:
        """The day of the move (異動日), as a keyboard on the desk gives it."""
        with self._change("set_moved_on", actor):
            if self.in_visit():
                self._state.answers.moved_on = moved_on
                self._state.step_error = ""
                self._answered()

    def adjust_date(self, part: str, delta: int, actor: Actor | None = None) -> None:
        """Move the date by ``day``, ``month`` or ``year`` (the date pad's − / + buttons)."""
        with self._change("adjust_date", actor):
            s = self._state
            if not self.in_visit() or part not in ("day", "month", "year"):
                return
            d = s.answers.moved_on or self._service.today()
            if part == "day":
                d = d + timedelta(days=delta)
            else:
                months = d.year * 12 + d.month - 1 + (delta if part == "month" else 12 * delta)
                y, m = divmod(months, 12)
                day = d.day
                while True:
                    try:
                        d = date(y, m + 1, day)
                        break
                    except ValueError:
                        day -= 1
            s.answers.moved_on = d
            s.step_error = ""
            self._answered()

    def set_date_days_ago(self, days: int, actor: Actor | None = None) -> None:
        """今日 / 昨日: the move was ``days`` days ago."""
        with self._change("set_date_days_ago", actor):
            if self.in_visit():
                self._state.answers.moved_on = self._service.today() - timedelta(days=days)
                self._state.step_error = ""
                self._answered()

    # address -----------------------------------------------------------------------------------

    def lookup_postal(self, code: str, actor: Actor | None = None) -> None:
        """Look a 郵便番号 up and, when found, go on to its candidates."""
        with self._change("lookup_postal", actor):
            s = self._state
            digits = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", code))[:7]
            s.browsing = False
            s.answers.postal_code = digits
            self._answered()
            self._candidates = self._service.postal_candidates(digits) if len(digits) == 7 else []
            s.step_error = "" if self._candidates else "postal_unknown"
            if self._candidates:
                self.next(actor)

    def choose_candidate(self, index: int, actor: Actor | None = None) -> None:
        """The resident picked one of the postal code's addresses: on to the 番地."""
        with self._change("choose_candidate", actor):
            if not self.in_visit() or not 0 <= index < len(self._candidates):
                return
            self._choose_address(self._candidates[index])
            self.next(actor)

    def _choose_address(self, candidate: PostalCandidate) -> None:
        s = self._state
        address = candidate.to_address()
        if s.answers.moves_out:
            s.answers.destination = address
        else:
            s.answers.new_address = address
        s.browsing = False
        self._answered()

    def address_unknown(self, actor: Actor | None = None) -> None:
        """「わからない」 on the 郵便番号 or 「この中にない」 on its addresses: choose the address
        by 都道府県 → 市区町村 → 町字 from the same postal data instead.

        A 転居 stays in the counter's municipality: it starts at its 町字.
        """
        with self._change("address_unknown", actor):
            s = self._state
            if not self.in_visit() or self.step not in ("postal", "candidates"):
                return
            s.browsing = True
            s.browse_prefecture = s.browse_municipality = ""
            home = self._service.home_municipality() if s.answers.kind is Kind.TENKYO else None
            if home is not None:
                s.browse_prefecture, s.browse_municipality = home
            s.step_index = self.steps.index("candidates")
            s.step_error = ""
            self._go("step")

    def browse_choose(self, index: int, actor: Actor | None = None) -> None:
        """Pick the ``index``-th choice of the address list shown (:meth:`view` ``browse``):
        a 都道府県, then a 市区町村, then a 町字 — which is the address; on to the 番地."""
        with self._change("browse_choose", actor):
            s = self._state
            if not self.in_visit() or not s.browsing or self.step != "candidates":
                return
            if not s.browse_prefecture:
                names = postal_data.prefectures()
                if 0 <= index < len(names):
                    s.browse_prefecture = names[index]
            elif not s.browse_municipality:
                places = postal_data.municipalities(s.browse_prefecture)
                if 0 <= index < len(places):
                    s.browse_municipality = places[index][0]
            else:
                towns = postal_data.towns(s.browse_prefecture, s.browse_municipality)
                if 0 <= index < len(towns):
                    town = towns[index]
                    s.answers.postal_code = town.postal_code
                    self._candidates = self._service.postal_candidates(town.postal_code)
                    self._choose_address(town)
                    self.next(actor)

    def _browse_up(self) -> None:
        """Back while choosing an address: one level up, and from the top to the 郵便番号."""
        s = self._state
        if s.browse_municipality:
            s.browse_municipality = ""
        elif s.browse_prefecture:
            s.browse_prefecture = ""
        else:
            s.browsing = False
            if "postal" in self.steps:
                s.step_index = self.steps.index("postal")
        self._go("step")

    def _browse_options(self) -> dict[str, object]:
        """The address list now shown: its level, what was chosen above it, the choices."""
        s = self._state
        options: list[dict[str, str]]
        if not s.browse_prefecture:
            level = "prefecture"
            options = [{"text": p, "kana": ""} for p in postal_data.prefectures()]
        elif not s.browse_municipality:
            level = "municipality"
            options = [
                {"text": name, "kana": kana}
                for name, kana in postal_data.municipalities(s.browse_prefecture)
            ]
        else:
            level = "town"
            options = [
                {"text": t.town or t.municipality, "kana": t.town_kana, "postal": t.postal_code}
                for t in postal_data.towns(s.browse_prefecture, s.browse_municipality)
            ]
        return {
            "level": level,
            "prefecture": s.browse_prefecture,
            "municipality": s.browse_municipality,
            "options": options,
        }

    def set_banchi(self, text: str, actor: Actor | None = None) -> None:
        """番地・号 as typed on the pad: digits and hyphens (``1-2-3``)."""
        with self._change("set_banchi", actor):
            self._state.answers.banchi = "".join(c for c in text if c.isdigit() or c == "-")[:24]
            self._state.step_error = ""
            self._answered()

    def set_katagaki(self, text: str, actor: Actor | None = None) -> None:
        """方書: the building and room ("" for none)."""
        with self._change("set_katagaki", actor):
            self._state.answers.katagaki = text[:60]
            self._answered()

    def set_country(self, country: str, address: str = "", actor: Actor | None = None) -> None:
        """国外: the country (and, moving out, the address there if known)."""
        with self._change("set_country", actor):
            a = self._state.answers
            a.abroad_country = country.strip()[:40]
            a.abroad_address = address.strip()[:120]
            self._state.step_error = ""
            self._answered()

    # members and household ---------------------------------------------------------------------

    def add_member_by_card(self, actor: Actor | None = None) -> None:
        """Another person moving has a card: ask for it (their own PIN follows)."""
        with self._change("add_member_by_card", actor):
            if self.in_visit():
                self._state.reading_member = True
                self._go("placeMember")

    def add_member_for_staff(self, relationship: str = "", actor: Actor | None = None) -> None:
        """Another person moving, without a card: staff will enter their details."""
        with self._change("add_member_for_staff", actor):
            if self.in_visit():
                member = Member(relationship=relationship, staff_enters=True)
                self._state.answers.members.append(member)
                self._answered()

    def remove_member(self, index: int, actor: Actor | None = None) -> None:
        """Take a person off the list (never the card holder, who is filing)."""
        with self._change("remove_member", actor):
            a = self._state.answers
            if not 0 < index < len(a.members):
                return
            del a.members[index]
            if a.head == index:
                a.head = None
            elif a.head is not None and a.head > index:
                a.head -= 1
            self._answered()

    def set_head(self, index: int, actor: Actor | None = None) -> None:
        """Who is 世帯主: a member's index, or -1 for someone not moving with them."""
        with self._change("set_head", actor):
            a = self._state.answers
            if index < 0:
                a.head, a.head_outside = None, True
            elif index < len(a.members):
                a.head, a.head_outside = index, False
                a.members[index].relationship = ""
            else:
                return
            self._state.step_error = ""
            self._answered()

    def set_relationship(self, index: int, relationship: str, actor: Actor | None = None) -> None:
        """A member's 続柄 to the 世帯主 (one of :data:`RELATIONSHIPS`, or ``?`` for staff); a
        clerk may write any term (妻の父, 子の配偶者 …)."""
        with self._change("set_relationship", actor):
            a = self._state.answers
            known = relationship in RELATIONSHIPS or relationship == UNKNOWN_RELATIONSHIP
            if isinstance(actor, Actor) and actor.kind == "staff":
                relationship = relationship.strip()[:40]
                known = bool(relationship) and relationship.isprintable()
            if 0 <= index < len(a.members) and known:
                a.members[index].relationship = relationship
                self._state.step_error = ""
                self._answered()

    def set_related(self, code: str, answer: bool, actor: Actor | None = None) -> None:
        """Yes / no to one related-procedure question (:func:`related_questions`)."""
        with self._change("set_related", actor):
            a = self._state.answers
            if self.in_visit() and code in related_questions(a.kind):
                a.related[code] = answer
                self._state.step_error = ""
                self._answered()

    # confirm, sign, end --------------------------------------------------------------------------

    def to_sign(self, actor: Actor | None = None) -> None:
        """On to signing: on the screen, or — where the counter signs ``paper`` for the kind —
        the printed form (the desk is told). In a clerk's visit, once every section is
        confirmed."""
        with self._change("to_sign", actor):
            s = self._state
            if not self.in_visit() or not self.all_confirmed():
                return
            s.sign_error = ""
            s.signing = self._signing_for(s.answers.kind)
            if s.signing == "paper":
                self._go("paperSign")
                if not s.driver:
                    self._staff_called("paper_sign", actor)
            else:
                self._go("sign")

    def sign(
        self,
        strokes: Sequence[Sequence[tuple[float, float]]],
        aspect: float,
        actor: Actor | None = None,
    ) -> None:
        """The signature (strokes in 0..1 of the pad) confirms and files the form.

        With no error left the notification is filed (仮登録) and gets its 受付番号; when the
        only errors are fields staff fill it is stored for them; any other error, or an empty
        signature, files nothing (``sign_error``). The rules' verdict is the one of the draft
        the resident confirmed: signing only answers its signature.
        """
        with self._change("sign", actor):
            s = self._state
            if not self.in_visit() or s.screen != "sign":
                return
            if not self.all_confirmed():
                s.sign_error = "unconfirmed"  # nothing the resident has not seen is signed
                return
            clean = [[(float(x), float(y)) for x, y in stroke] for stroke in strokes if stroke]
            if not any(len(stroke) > 1 for stroke in clean):
                s.sign_error = "empty"
                return
            try:
                draft, result = self.checked()
            except Exception:
                log.exception("could not build the draft to file")
                s.sign_error = "rules"
                return
            staff = staff_fields(s.answers)
            blocking = [
                f for f in resident_errors(result, staff) if not _SIGNATURE_FIELD.match(f.field)
            ]
            if blocking:
                log.info("resident could not file: %s", ", ".join(f.code for f in blocking))
                s.sign_error = "rules"
                return
            signed = draft.model_copy(deep=True)
            signed.filer.signature = Signature(
                strokes=[Stroke(points=stroke) for stroke in clean],
                aspect=aspect,
                signed_at=datetime.now(UTC),
            )
            self._record(signed)
            if self._file_notification(signed, result):
                s.sign_error = ""
                self._go("done")

    def _file_notification(self, signed: Notification, result: CheckResult) -> bool:
        """File a signed notification (仮登録, its 受付番号), or store it for staff when only
        their fields are missing; False (``sign_error``) when the counter refused it."""
        s = self._state
        staff = staff_fields(s.answers)
        blocking = [
            f for f in resident_errors(result, staff) if not _SIGNATURE_FIELD.match(f.field)
        ]
        if blocking:
            log.info("could not file: %s", ", ".join(f.code for f in blocking))
            s.sign_error = "rules"
            return False
        session_id = uuid.UUID(s.session_id)
        try:
            if any(not _SIGNATURE_FIELD.match(f.field) for f in result.errors):
                self._service.hand_to_staff(signed, session_id)
                s.handed_to_staff = True
            else:
                s.reception_number = self._service.file(signed, session_id)
        except KioskError as exc:
            log.info("could not file: %s", exc)
            s.sign_error = "rules"
            return False
        return True

    def finish(self, actor: Actor | None = None) -> None:
        """終わる: the resident leaves the done screen."""
        with self._change("finish", actor):
            self._end("finished")

    def cancel(self, actor: Actor | None = None) -> None:
        """やめる: the resident stops; everything entered is wiped."""
        with self._change("cancel", actor):
            self._end("cancelled")

    # staff -----------------------------------------------------------------------------------

    def call_staff(self, reason: str = "help", actor: Actor | None = None) -> None:
        """係員を呼ぶ: ask for staff; the visit goes on and everything entered is kept."""
        with self._change("call_staff", actor):
            self._staff_called(reason, actor)

    def staff_arrived(self, actor: Actor | None = None) -> None:
        """A member of staff came to the screen: the call is closed (``arrived``)."""
        with self._change("staff_arrived", actor):
            self._close_call("arrived", actor)

    def answer_call(self, actor: Actor | None = None) -> None:
        """A desk answered the call (a clerk is on the way; the resident keeps the screen):
        the banner clears on the screen and the notice on every desk (``answered``)."""
        with self._change("answer_call", actor):
            self._close_call("answered", actor)

    def set_language(self, code: str, actor: Actor | None = None) -> None:
        """The resident's language (a code the screens offer; they check it)."""
        with self._change("set_language", actor):
            self._state.language = code


# Who may give which command (the resident's secrets and consent, a clerk's own commands, the
# read-only screen while a clerk leads): kiosk.flow.interview.may.
gate(ResidentFlow)
