"""The view-model behind the resident's touch screens: state for QML, slots for its buttons.

Thin on purpose: it keeps which screen is showing and what the resident has answered so far,
and leaves every decision about cards, forms and storage to :class:`kiosk.resident_service.
ResidentService`. Card operations run on a worker thread (a card read takes a moment) and come
back as queued signals, so the screen stays responsive and shows that it is reading.

Nothing here holds the PIN: QML collects the four digits in its masked keypad and hands them to
:meth:`ResidentViewModel.submitPin`, which passes them to the service and drops them.

All text a resident reads lives in QML (``qsTr``); the view-model exposes codes (``wrong_pin``,
``kind.tenkyo`` …) that QML turns into translated text, so no resident string is hidden in Python.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)

from forms import wareki
from forms.model import Address, Kind
from kiosk.errors import KioskError
from kiosk.resident_service import (
    RELATIONSHIPS,
    CardFacts,
    ResidentCardProblem,
    ResidentService,
    ResidentSession,
    SignatureMissing,
    to_fullwidth_banchi,
)
from ui.pyside_fix import emit
from ui.resident.i18n import BY_CODE, Language, Translations

log = logging.getLogger(__name__)

#: Minimum size of anything a finger must hit (JIS X 8341 / WCAG advise ≥ 9–12 mm; we take 12).
TARGET_MM = 12.0

#: Related-procedure (関連手続) questions the resident answers with yes / no; the rules in
#: :mod:`forms.related` turn the answers into the procedures staff hand over.
RELATED_QUESTIONS: tuple[str, ...] = ("kokuho", "shogai_techo", "dog")


def related_questions(kind: Kind | None) -> tuple[str, ...]:
    """The questions asked for a kind (印鑑登録 matters only when moving out: it ends)."""
    return (*RELATED_QUESTIONS, "inkan") if kind is Kind.TENSHUTSU else RELATED_QUESTIONS


@dataclass(frozen=True)
class Timing:
    """Session timers, in milliseconds (from ``[timeouts]`` in the configuration)."""

    idle_ms: int = 180_000
    warning_ms: int = 30_000
    removal_grace_ms: int = 10_000
    done_ms: int = 30_000
    tick_ms: int = 1_000

    @classmethod
    def from_config(cls, timeouts: Any) -> Timing:
        return cls(
            idle_ms=timeouts.idle_seconds * 1000,
            warning_ms=timeouts.idle_warning_seconds * 1000,
            removal_grace_ms=timeouts.card_removal_grace_seconds * 1000,
        )


#: Why a session ended, in :class:`kiosk.sessions.EndReason` terms.
_END_REASONS = {
    "finished": "completed",
    "idle": "idle",
    "card_removed": "card_removed",
}


def steps_for(kind: Kind | None, abroad: bool) -> list[str]:
    """The form's steps, one question per screen, for a kind of notification."""
    if kind is Kind.TENSHUTSU:
        where = ["country"] if abroad else ["postal", "candidates", "banchi", "katagaki"]
        return ["date", *where, "members", "related"]
    where = ["postal", "candidates", "banchi", "katagaki"]
    origin = ["country"] if kind is Kind.TENNYU and abroad else []
    return ["date", *origin, *where, "members", "household", "related"]


def _speech(engine: str | None) -> Any:
    """A text-to-speech voice (Qt TextToSpeech), or None where the platform has none.

    ``engine`` None takes the first real engine (the ``mock`` plugin is for tests only), ""
    turns voice guidance off; an engine that cannot start (speech-dispatcher not running …)
    means no voice guidance.
    """
    if engine == "":
        return None
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # pragma: no cover - PySide6-Addons always ships it
        return None
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock" and _engine_usable(e)]
    name = engine if engine is not None else (engines[0] if engines else None)
    if name is None:
        return None
    speech = QTextToSpeech(name)
    if speech.state() == QTextToSpeech.State.Error:
        return None
    return speech


def _engine_usable(name: str) -> bool:
    """Whether an engine's plug-in can load here: speechd needs the speech-dispatcher library
    (Qt reports a failed load as a critical error, so do not even try without it)."""
    if name == "speechd":
        import ctypes.util

        return ctypes.util.find_library("speechd") is not None
    return True


def _wareki(d: date | None) -> str:
    return "" if d is None else wareki.format_wareki(d)


def _seireki(d: date | None) -> str:
    return "" if d is None else f"{d.year}年{d.month}月{d.day}日"


class ResidentViewModel(QObject):
    """State and actions of the resident screens (see the module docstring)."""

    screenChanged = Signal()
    languageChanged = Signal()
    displayChanged = Signal()
    voiceChanged = Signal()
    stateChanged = Signal()
    overlayChanged = Signal()
    busyChanged = Signal()
    #: Emitted when the session's data has been wiped (idle, card pulled, finished).
    wiped = Signal(str)
    #: The resident asked for (or was sent to) a member of staff: ``no_card``, ``not_me``,
    #: ``other_kind``, ``pin_blocked`` or ``last_try``. The staff console can listen to it.
    staffRequested = Signal(str)
    _cardDone = Signal(object, object)  # (callback, outcome) back on the GUI thread
    _cardInserted = Signal()
    _cardRemoved = Signal()

    def __init__(
        self,
        service: ResidentService,
        translations: Translations,
        *,
        languages: tuple[Language, ...],
        px_per_mm: float,
        timing: Timing | None = None,
        speech_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speech = _speech(speech_engine)
        self._voice = False
        self.spoken: list[str] = []
        self._service = service
        self._translations = translations
        self._languages = languages
        self._px_per_mm = px_per_mm
        self._timing = timing or Timing()
        self._screen = "welcome"
        self._text_scale = 1.0
        self._high_contrast = False
        self._busy = False
        self._overlay = ""
        self._countdown = 0
        self._session: ResidentSession | None = None
        self._card_present = False
        self._reading_member = False
        self._reset_answers_state()

        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self._idle_expired)
        self._tick = QTimer(self, interval=self._timing.tick_ms)
        self._tick.timeout.connect(self._tick_down)
        self._deadline_ms = 0
        # The state map is built once per change, not once per QML binding reading it (the
        # confirm screen's map holds the whole draft): _changed() drops it, then notifies.
        self._state_cache: dict[str, Any] | None = None
        self._cardDone.connect(self._on_card_done)
        self._cardInserted.connect(self.cardInserted)
        self._cardRemoved.connect(self.cardRemoved)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _reset_answers_state(self) -> None:
        self._tries_left = -1
        self._pin_error = ""
        self._last_try_confirmed = False
        self._guide_step = "kind"
        self._steps: list[str] = []
        self._step_index = 0
        self._calendar = "wareki"
        self._candidates: list[Any] = []
        self._candidate_target = "new"
        self._postal_code = ""
        self._postal_error = ""
        self._banchi = ""
        self._katagaki = ""
        self._country = ""
        self._country_address = ""
        self._step_error = ""
        self._returning_to_confirm = False
        self._sign_error = ""

    # -- card events (any thread)

    def notify_card_inserted(self) -> None:
        """Called from the card watcher's thread; re-emitted on the GUI thread."""
        emit(self._cardInserted)

    def notify_card_removed(self) -> None:
        emit(self._cardRemoved)

    # -- properties

    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=screenChanged)

    def _get_language(self) -> str:
        return self._translations.current.code

    language = Property(str, _get_language, notify=languageChanged)

    def _get_languages(self) -> list[dict[str, str]]:
        return [{"code": lang.code, "name": lang.native_name} for lang in self._languages]

    languages = Property(list, _get_languages, constant=True)

    def _get_keyboard_locale(self) -> str:
        return self._translations.current.keyboard

    keyboardLocale = Property(str, _get_keyboard_locale, notify=languageChanged)

    def _get_px_per_mm(self) -> float:
        return self._px_per_mm

    pxPerMm = Property(float, _get_px_per_mm, constant=True)

    def _get_target(self) -> float:
        return math.ceil(TARGET_MM * self._px_per_mm)

    targetSize = Property(float, _get_target, constant=True)

    def _get_text_scale(self) -> float:
        return self._text_scale

    textScale = Property(float, _get_text_scale, notify=displayChanged)

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    highContrast = Property(bool, _get_high_contrast, notify=displayChanged)

    def _get_busy(self) -> bool:
        return self._busy

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _get_overlay(self) -> str:
        return self._overlay

    overlay = Property(str, _get_overlay, notify=overlayChanged)

    def _get_countdown(self) -> int:
        return self._countdown

    countdown = Property(int, _get_countdown, notify=overlayChanged)

    def _get_speech_available(self) -> bool:
        return self._speech is not None

    speechAvailable = Property(bool, _get_speech_available, constant=True)

    def _get_voice(self) -> bool:
        return self._voice

    voice = Property(bool, _get_voice, notify=voiceChanged)

    @Slot()
    def toggleVoice(self) -> None:
        """音声案内: read each screen's question aloud (only where the platform can speak)."""
        self._voice = self._speech is not None and not self._voice
        emit(self.voiceChanged)

    @Slot(str)
    def speak(self, text: str) -> None:
        """Say ``text`` (already translated, furigana removed) in the resident's language."""
        if not self._voice or self._speech is None or not text:
            return
        from PySide6.QtCore import QLocale

        self._speech.setLocale(QLocale(self._translations.current.qt_locale))
        self._speech.stop()
        self._speech.say(text)
        self.spoken.append(text)

    def _get_municipality(self) -> str:
        return self._service.municipality

    municipality = Property(str, _get_municipality, constant=True)

    def _get_state(self) -> dict[str, Any]:
        if self._state_cache is None:
            self._state_cache = self._build_state()
        return self._state_cache

    def _changed(self) -> None:
        """The state changed: forget the cached map, then tell QML."""
        self._state_cache = None
        emit(self.stateChanged)

    state = Property(dict, _get_state, notify=stateChanged)

    # -- display

    @Slot(str)
    def chooseLanguage(self, code: str) -> None:
        if code not in BY_CODE or BY_CODE[code] not in self._languages:
            return
        self._translations.use(code)
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.retranslate()
        emit(self.languageChanged)
        self._changed()

    @Slot(float)
    def setTextScale(self, scale: float) -> None:
        self._text_scale = max(1.0, min(1.6, scale))
        emit(self.displayChanged)

    @Slot()
    def toggleHighContrast(self) -> None:
        self._high_contrast = not self._high_contrast
        emit(self.displayChanged)

    # -- navigation helpers

    def _go(self, screen: str) -> None:
        changed = screen != self._screen
        self._screen = screen
        self._changed()  # first: the next screen's file depends on the state
        if changed:
            emit(self.screenChanged)
        self._restart_idle()

    @Slot()
    def withoutCard(self) -> None:
        """カードなしで: the resident has no card (or no PIN); staff take over."""
        why = {"pin": "last_try", "blocked": "pin_blocked"}.get(self._screen, "no_card")
        self._go("staff")
        emit(self.staffRequested, why)

    @Slot()
    def backToWelcome(self) -> None:
        self._wipe("cancelled")

    # -- card + PIN

    def _run_card(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run a card operation on a worker thread; ``then`` gets its result or its problem."""
        self._busy = True
        emit(self.busyChanged)

        def worker() -> None:
            try:
                outcome: Any = work()
            except ResidentCardProblem as exc:
                outcome = exc
            except KioskError as exc:  # pragma: no cover - unexpected service failure
                outcome = ResidentCardProblem("reader_error", str(exc))
            emit(self._cardDone, then, outcome)

        threading.Thread(target=worker, name="card-io", daemon=True).start()

    @Slot(object, object)
    def _on_card_done(self, then: Callable[[Any], None], outcome: Any) -> None:
        self._busy = False
        emit(self.busyChanged)
        then(outcome)

    @Slot()
    def cardInserted(self) -> None:
        self._card_present = True
        if self._overlay == "removed":
            self._clear_overlay()
        if self._screen == "welcome" and not self._busy:
            self._begin_pin(member=False)
        elif self._screen == "placeMember" and not self._busy:
            self._begin_pin(member=True)

    @Slot()
    def cardRemoved(self) -> None:
        self._card_present = False
        if self._screen in ("pin", "blocked") and not self._reading_member:
            self._wipe("card_removed")
        elif self._screen == "pin" and self._reading_member:
            self._go("placeMember")
        elif self._screen == "done":
            self._start_overlay("done", self._timing.done_ms)
        elif self._session is not None and self._screen not in ("welcome", "staff", "placeMember"):
            self._start_overlay("removed", self._timing.removal_grace_ms)

    def _begin_pin(self, *, member: bool) -> None:
        self._reading_member = member
        self._tries_left = -1
        self._pin_error = ""
        self._last_try_confirmed = False
        self._go("pin")
        self._run_card(self._service.pin_tries_left, self._got_tries)

    def _got_tries(self, outcome: Any) -> None:
        if isinstance(outcome, ResidentCardProblem):
            if outcome.code == "pin_blocked":
                self._go("blocked")
                return
            self._pin_error = outcome.code
        else:
            self._tries_left = int(outcome)
            if self._tries_left == 0:
                self._go("blocked")
                return
        self._changed()

    @Slot()
    def confirmLastTry(self) -> None:
        """The resident explicitly accepted that a wrong PIN now locks the card."""
        if self._tries_left == 1:
            self._last_try_confirmed = True
            self._changed()

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        """Send the PIN once; the result decides the next screen. Never retried."""
        if self._busy or self._tries_left < 1:
            return
        if self._tries_left == 1 and not self._last_try_confirmed:
            self._pin_error = "last_try"
            self._changed()
            return
        allow = self._last_try_confirmed
        self._pin_error = ""
        self._run_card(
            lambda: self._service.read_card(pin, allow_last_try=allow), self._got_identity
        )

    def _got_identity(self, outcome: Any) -> None:
        if isinstance(outcome, ResidentCardProblem):
            if outcome.code == "pin_blocked":
                self._go("blocked")
                return
            if outcome.code == "wrong_pin" and outcome.tries_left is not None:
                self._tries_left = outcome.tries_left
                self._last_try_confirmed = False
                if self._tries_left == 0:
                    self._go("blocked")
                    return
            self._pin_error = outcome.code
            self._changed()
            return
        facts: CardFacts = outcome
        self._pin_error = ""
        if self._reading_member and self._session is not None:
            self._session.add_member_card(facts)
            self._reading_member = False
            self._go("step")
            return
        self._session = self._service.start(facts)
        self._go("identity")

    @Slot(bool)
    def confirmIdentity(self, is_me: bool) -> None:
        """ "Is this you?": yes goes to the 手続き案内, no hands over to staff."""
        if not is_me:
            self._wipe("not_me")
            self._go("staff")
            emit(self.staffRequested, "not_me")
            return
        self._guide_step = "kind"
        self._go("guide")

    # -- 手続き案内

    @Slot(str)
    def guideAnswer(self, answer: str) -> None:
        """Plain questions pick the kind (within, into, out, other), then ask about abroad."""
        session = self._session
        if session is None:
            return
        a = session.answers
        if self._guide_step == "kind":
            if answer == "within":
                a.kind, a.abroad = Kind.TENKYO, False
                self._start_steps()
            elif answer in ("into", "out"):
                a.kind = Kind.TENNYU if answer == "into" else Kind.TENSHUTSU
                self._guide_step = "abroad"
                self._go("guide")
            else:
                self._wipe("other_kind")
                self._go("staff")
                emit(self.staffRequested, "other_kind")
        elif self._guide_step == "abroad":
            a.abroad = answer == "yes"
            self._start_steps()

    @Slot()
    def guideBack(self) -> None:
        if self._guide_step == "abroad":
            self._guide_step = "kind"
            self._go("guide")
        else:
            self._go("identity")

    def _start_steps(self) -> None:
        assert self._session is not None
        a = self._session.answers
        self._steps = steps_for(a.kind, a.abroad)
        self._step_index = 0
        if a.moved_on is None:
            a.moved_on = self._service.today()
        self._go("step")

    # -- form steps

    @property
    def _step(self) -> str:
        return self._steps[self._step_index] if self._steps else ""

    @Slot()
    def next(self) -> None:
        if self._session is None:
            return
        error = self._validate_step()
        self._step_error = error
        if error:
            self._changed()
            return
        if self._returning_to_confirm and self._step not in ("postal", "candidates", "banchi"):
            self._returning_to_confirm = False
            self._go("confirm")
            return
        if self._step_index + 1 < len(self._steps):
            self._step_index += 1
            self._go("step")
        else:
            self._go("confirm")

    @Slot()
    def back(self) -> None:
        self._step_error = ""
        if self._screen == "confirm":
            self._step_index = len(self._steps) - 1
            self._go("step")
        elif self._screen == "sign":
            self._go("confirm")
        elif self._screen == "placeMember":
            self._go("step")
        elif self._step_index > 0:
            self._step_index -= 1
            self._go("step")
        else:
            self._guide_step = (
                "abroad"
                if self._session
                and self._session.answers.kind
                in (
                    Kind.TENNYU,
                    Kind.TENSHUTSU,
                )
                else "kind"
            )
            self._go("guide")

    @Slot(str)
    def edit(self, step: str) -> None:
        """From the confirm screen: open one section's step, then come back to confirm."""
        if step in self._steps:
            self._step_index = self._steps.index(step)
            self._returning_to_confirm = True
            self._step_error = ""
            self._go("step")

    def _validate_step(self) -> str:
        assert self._session is not None
        a = self._session.answers
        step = self._step
        today = self._service.today()
        if step == "date":
            if a.moved_on is None:
                return "date_missing"
            if a.kind is not Kind.TENSHUTSU and a.moved_on > today:
                return "date_future"
        elif step == "candidates":
            target = a.destination if a.kind is Kind.TENSHUTSU else a.new_address
            if target is None:
                return "choose_candidate"
        elif step == "postal":
            if not self._candidates:
                return "postal_unknown"
        elif step == "banchi":
            if not self._banchi.strip("-"):
                return "banchi_missing"
        elif step == "country":
            if not self._country.strip():
                return "country_missing"
        elif step == "household":
            if a.head is None and not a.head_outside:
                return "choose_head"
            for i, m in enumerate(a.members):
                if i != a.head and not m.relationship:
                    return "choose_relationship"
        elif step == "related" and any(q not in a.related for q in related_questions(a.kind)):
            return "answer_all"
        return ""

    # date ---------------------------------------------------------------------------------

    @Slot(str)
    def setCalendar(self, calendar: str) -> None:
        if calendar in ("wareki", "seireki"):
            self._calendar = calendar
            self._changed()

    @Slot(str, int)
    def adjustDate(self, part: str, delta: int) -> None:
        """Move the date by days, months or years (the date pad's − / + buttons)."""
        if self._session is None:
            return
        a = self._session.answers
        d = a.moved_on or self._service.today()
        if part == "day":
            d = d + timedelta(days=delta)
        elif part in ("month", "year"):
            months = d.year * 12 + d.month - 1 + (delta if part == "month" else 12 * delta)
            y, m = divmod(months, 12)
            day = d.day
            while True:
                try:
                    d = date(y, m + 1, day)
                    break
                except ValueError:
                    day -= 1
        a.moved_on = d
        self._step_error = ""
        self._changed()

    @Slot(int)
    def setDateDaysAgo(self, days: int) -> None:
        if self._session is None:
            return
        self._session.answers.moved_on = self._service.today() - timedelta(days=days)
        self._step_error = ""
        self._changed()

    # address --------------------------------------------------------------------------------

    @Slot(str)
    def lookupPostal(self, code: str) -> None:
        """Look a 郵便番号 up and, when found, move on to its candidates."""
        self._postal_code = code
        self._candidates = self._service.postal_candidates(code) if len(code) == 7 else []
        self._postal_error = "" if self._candidates else "postal_unknown"
        self._step_error = self._postal_error
        if self._candidates:
            self.next()
        else:
            self._changed()

    @Slot(int)
    def chooseCandidate(self, index: int) -> None:
        if self._session is None or not 0 <= index < len(self._candidates):
            return
        address = self._candidates[index].to_address()
        a = self._session.answers
        if a.kind is Kind.TENSHUTSU:
            a.destination = address
        else:
            a.new_address = address
        self._apply_address_parts()
        self.next()

    def _target_address(self) -> Address | None:
        if self._session is None:
            return None
        a = self._session.answers
        return a.destination if a.kind is Kind.TENSHUTSU else a.new_address

    def _apply_address_parts(self) -> None:
        target = self._target_address()
        if target is None:
            return
        target.banchi = to_fullwidth_banchi(self._banchi)
        target.katagaki = self._katagaki.strip()

    @Slot(str)
    def setBanchi(self, text: str) -> None:
        self._banchi = "".join(c for c in text if c.isdigit() or c == "-")[:24]
        self._apply_address_parts()
        self._step_error = ""
        self._changed()

    @Slot(str)
    def setKatagaki(self, text: str) -> None:
        self._katagaki = text[:60]
        self._apply_address_parts()
        self._changed()

    @Slot(str, str)
    def setCountry(self, country: str, address: str) -> None:
        """国外: the country (and, moving out, the address there if known)."""
        if self._session is None:
            return
        self._country = country.strip()[:40]
        self._country_address = address.strip()[:120]
        a = self._session.answers
        a.abroad_country = self._country
        a.abroad_address = self._country_address
        self._step_error = ""
        self._changed()

    # members / household ---------------------------------------------------------------------

    @Slot()
    def addMemberByCard(self) -> None:
        """Another person moving has a card: ask for it (their own PIN follows)."""
        self._reading_member = True
        self._go("placeMember")

    @Slot()
    def addMemberForStaff(self) -> None:
        if self._session is not None:
            self._session.add_member_for_staff()
            self._changed()

    @Slot(int)
    def removeMember(self, index: int) -> None:
        if self._session is not None and index > 0:
            self._session.remove_member(index)
            self._changed()

    @Slot(int)
    def setHead(self, index: int) -> None:
        """Who is 世帯主: a member's index, or -1 for someone not moving with them."""
        if self._session is None:
            return
        a = self._session.answers
        if index < 0:
            a.head, a.head_outside = None, True
        elif index < len(a.members):
            a.head, a.head_outside = index, False
            a.members[index].relationship = ""
        self._step_error = ""
        self._changed()

    @Slot(int, str)
    def setRelationship(self, index: int, relationship: str) -> None:
        if self._session is None:
            return
        a = self._session.answers
        if 0 <= index < len(a.members) and (relationship in RELATIONSHIPS or relationship == "?"):
            a.members[index].relationship = relationship
            self._step_error = ""
            self._changed()

    @Slot(str, bool)
    def setRelated(self, code: str, answer: bool) -> None:
        if self._session is not None and code in related_questions(self._session.answers.kind):
            self._session.answers.related[code] = answer
            self._step_error = ""
            self._changed()

    # confirm + sign ----------------------------------------------------------------------------

    @Slot()
    def toSign(self) -> None:
        self._sign_error = ""
        self._go("sign")

    @Slot("QVariantList", float)
    def submitSignature(self, strokes: list[Any], aspect: float) -> None:
        """The finger signature (strokes in 0..1 coordinates) confirms and files the form."""
        if self._session is None:
            return
        clean = [[(float(p[0]), float(p[1])) for p in s] for s in strokes if s]
        try:
            number = self._session.submit(clean, aspect)
        except SignatureMissing:
            self._sign_error = "empty"
            self._changed()
            return
        except KioskError as exc:
            log.info("resident could not file: %s", exc)
            self._sign_error = "rules"
            self._changed()
            return
        self._reception_number = number or ""
        self._go("done")

    @Slot()
    def finish(self) -> None:
        self._wipe("finished")

    # -- idle / removal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.TouchBegin,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
        ):
            self._restart_idle()
            if self._overlay == "idle":
                self._clear_overlay()
        return False

    def _restart_idle(self) -> None:
        if self._screen in ("welcome",):
            self._idle.stop()
            return
        self._idle.start(max(0, self._timing.idle_ms - self._timing.warning_ms))

    def _idle_expired(self) -> None:
        if self._screen != "welcome" and not self._overlay:
            self._start_overlay("idle", self._timing.warning_ms)

    def _start_overlay(self, kind: str, ms: int) -> None:
        self._overlay = kind
        self._deadline_ms = ms
        self._countdown = math.ceil(ms / 1000)
        self._tick.start()
        emit(self.overlayChanged)
        if ms <= 0:
            self._tick_down()

    def _tick_down(self) -> None:
        self._deadline_ms -= self._timing.tick_ms
        self._countdown = max(0, math.ceil(self._deadline_ms / 1000))
        emit(self.overlayChanged)
        if self._deadline_ms <= 0:
            reason = {"idle": "idle", "removed": "card_removed", "done": "finished"}.get(
                self._overlay, "idle"
            )
            self._wipe(reason)

    @Slot()
    def dismissOverlay(self) -> None:
        if self._overlay == "idle":
            self._clear_overlay()
            self._restart_idle()

    def _clear_overlay(self) -> None:
        self._tick.stop()
        self._overlay = ""
        self._countdown = 0
        emit(self.overlayChanged)

    def _wipe(self, reason: str) -> None:
        """Forget the session and return to the welcome screen, display settings reset."""
        if self._session is not None:
            session_id = self._session.id
            filed = self._session.reception_number is not None or self._session.handed_to_staff
            self._session.wipe()
            # Once filed (or handed to staff) the notification is the counter's, however the
            # resident leaves the screen; otherwise whatever was stored is wiped.
            why = "completed" if filed else _END_REASONS.get(reason, "resident_ended")
            try:
                self._service.end(session_id, why)
            except KioskError:
                log.exception("could not wipe the session's drafts")
        self._session = None
        self._reading_member = False
        self._reception_number = ""
        self._reset_answers_state()
        self._clear_overlay()
        self._idle.stop()
        if reason != "not_me" and reason != "other_kind":
            self._text_scale = 1.0
            self._high_contrast = False
            self._voice = False
            emit(self.voiceChanged)
            emit(self.displayChanged)
            if self._translations.current.code != "ja":
                self.chooseLanguage("ja")
        self._go("welcome")
        emit(self.wiped, reason)

    # -- state for QML

    def _build_state(self) -> dict[str, Any]:
        s: dict[str, Any] = {
            "triesLeft": self._tries_left,
            "pinError": self._pin_error,
            "lastTryConfirmed": self._last_try_confirmed,
            "readingMember": self._reading_member,
            "guideStep": self._guide_step,
            "stepError": self._step_error,
            "signError": self._sign_error,
            "receptionNumber": getattr(self, "_reception_number", ""),
            "relationships": list(RELATIONSHIPS),
            "relatedQuestions": list(
                related_questions(self._session.answers.kind if self._session else None)
            ),
        }
        session = self._session
        if session is None or session.holder is None:
            return s
        h = session.holder
        a = session.answers
        s.update(
            holder={
                "name": h.name,
                "address": h.address,
                "birth": _wareki(h.birth_date),
                "birthWestern": h.birth_date.isoformat(),
                "sex": h.sex,
            },
            kind=a.kind.value if a.kind else "",
            abroad=a.abroad,
            steps=self._steps,
            step=self._step,
            stepIndex=self._step_index,
            returningToConfirm=self._returning_to_confirm,
            calendar=self._calendar,
            moveDate=(_wareki(a.moved_on) if self._calendar == "wareki" else _seireki(a.moved_on)),
            moveDateOther=(
                _seireki(a.moved_on) if self._calendar == "wareki" else _wareki(a.moved_on)
            ),
            postalCode=self._postal_code,
            candidates=[
                {"text": f"{c.prefecture}{c.municipality}{c.town}", "kana": c.town_kana}
                for c in self._candidates
            ],
            banchi=self._banchi,
            katagaki=self._katagaki,
            country=self._country,
            countryAddress=self._country_address,
            members=[
                {
                    "name": m.display_name,
                    "birth": _wareki(m.card.birth_date) if m.card else "",
                    "fromCard": m.card is not None,
                    "staffEnters": m.staff_enters,
                    "relationship": m.relationship,
                }
                for m in a.members
            ],
            head=-1 if a.head is None else a.head,
            headOutside=a.head_outside,
            related=dict(a.related),
        )
        target = self._target_address()
        s["addressSoFar"] = target.one_line() if target is not None else ""
        if self._screen in ("confirm", "sign", "done"):
            s["confirm"] = self._confirm_sections(session)
        return s

    def _confirm_sections(self, session: ResidentSession) -> list[dict[str, Any]]:
        """The form as it will print, section by section, with card-verified marks."""
        try:
            n = session.draft()
            findings = session.check()
        except Exception:  # a rule failure must not blank the screen: staff will review
            log.exception("could not build the draft for the confirm screen")
            return []
        staff = session.staff_fields()
        # Errors only staff can resolve are not the resident's to worry about.
        resident_errors = [
            f.field for f in findings.errors if not any(p.match(f.field) for p in staff)
        ]

        def row(key: str, value: str, path: str | None = None) -> dict[str, Any]:
            verified = path is not None and n.is_card_verified(path)
            flagged = path is not None and any(e.startswith(path) for e in resident_errors)
            return {"key": key, "value": value, "verified": verified, "flagged": flagged}

        kind_first = "date"
        sections: list[dict[str, Any]] = [
            {
                "key": "todoke",
                "edit": kind_first,
                "rows": [
                    row("kind", n.kind.label + "届"),
                    row("moveDate", wareki.format_date(n.todoke.moved_on), "todoke.moved_on"),
                    row("filedOn", wareki.format_date(n.todoke.filed_on)),
                ],
            }
        ]
        if n.kind in (Kind.TENNYU, Kind.TENKYO):
            addr_step = "postal"
            sections.append(
                {
                    "key": "newAddress",
                    "edit": addr_step,
                    "rows": [
                        row("postalCode", n.new_address.postal_code or ""),
                        row("address", n.new_address.one_line(), "new_address"),
                    ],
                }
            )
        prev = n.previous_address
        sections.append(
            {
                "key": "previousAddress",
                "edit": "country" if "country" in self._steps and n.kind is Kind.TENNYU else "",
                "rows": [
                    row(
                        "address",
                        prev.one_line() or prev.original or "",
                        _prov(n, "previous_address"),
                    )
                ],
            }
        )
        if n.kind is Kind.TENSHUTSU:
            sections.append(
                {
                    "key": "destination",
                    "edit": "country" if "country" in self._steps else "postal",
                    "rows": [row("address", n.destination.one_line(), "destination")],
                }
            )
        people_rows: list[dict[str, Any]] = []
        for i, p in enumerate(n.persons):
            name = p.name.full()
            people_rows.append(
                {
                    "key": "person",
                    "value": name,
                    "verified": n.is_card_verified(f"persons.{i}.name.family")
                    or n.is_card_verified(f"persons.{i}.name"),
                    "flagged": False,
                    "relationship": p.relationship,
                    "birth": wareki.format_date(p.birth_date) if p.birth_date else "",
                    "staffEnters": name == "",
                }
            )
        sections.append({"key": "persons", "edit": "members", "rows": people_rows})
        if "household" in self._steps:
            sections.append(
                {
                    "key": "household",
                    "edit": "household",
                    "rows": [row("head", n.household.head_name)],
                }
            )
        sections.append(
            {
                "key": "related",
                "edit": "related",
                "rows": [
                    {"key": "procedure", "value": r.name, "verified": False, "flagged": False}
                    for r in n.related
                ],
            }
        )
        return sections


def _prov(n: Any, prefix: str) -> str | None:
    """The provenance path under ``prefix`` recorded from the card, if any."""
    for path in n.provenance:
        if path.startswith(prefix):
            return str(path)
    return None
