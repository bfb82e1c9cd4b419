"""The view-model behind the resident's touch screens: a thin Qt adapter over the flow.

Every decision — screens and steps, answers, validation, timers, the end of a visit — is
:class:`kiosk.flow.ResidentFlow`'s. This adapter forwards the QML buttons' slots to it, shows its
state (:meth:`~kiosk.flow.ResidentFlow.view`) as Qt properties, and keeps what is Qt's own:
card operations on a worker thread (a card read takes a moment; the answer comes back as a
queued signal, so the screen stays responsive and shows that it is reading), one ``QTimer``
that ticks the flow's timers, touches counted as activity, text-to-speech, screen metrics and
the translator for the resident's language.

Nothing here holds the PIN or 照合番号B: QML collects the digits on its own keypad and hands them
to :meth:`ResidentViewModel.submitPin` / :meth:`~ResidentViewModel.submitCodeB`, which pass them
on and drop them.

All text a resident reads lives in QML (``qsTr``); the flow gives codes (``wrong_pin``,
``kind.tenkyo`` …) that QML turns into translated text, so no resident string is hidden in Python.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from forms import furigana
from kiosk.errors import KioskError
from ui.resident.i18n import BY_CODE, Language, Translations
from ui.resident.voice import voice_for

if TYPE_CHECKING:
    from kiosk.flow import FlowEvent, Limits, ResidentFlow
    from kiosk.resident_service import ResidentService
    from ui.resident.camera import QrCamera

    #: What the screens run on: the resident service (住民側の受付), or a function without
    #: arguments that makes it, called after the welcome screen's first frame.
    ServiceSource = ResidentService | Callable[[], ResidentService]

log = logging.getLogger(__name__)

#: Minimum size of anything a finger must hit (JIS X 8341 / WCAG advise ≥ 9–12 mm; we take 12).
TARGET_MM = 12.0

#: The text sizes the top bar steps through (1.0 → 1.3 → 1.6 → 1.0).
TEXT_SCALES = (1.0, 1.3, 1.6)

#: Events that count as the resident being there (the idle clock restarts).
_ACTIVITY = (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)


@dataclass(frozen=True)
class Timing:
    """Session timers, in milliseconds (from ``[timeouts]`` in the configuration), and how
    often the screen ticks the flow's timer."""

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

    def limits(self) -> Limits:
        """The flow's session limits, in seconds."""
        from kiosk.flow import Limits

        return Limits(
            idle_seconds=self.idle_ms / 1000,
            idle_warning_seconds=self.warning_ms / 1000,
            card_removal_grace_seconds=self.removal_grace_ms / 1000,
            done_seconds=self.done_ms / 1000,
        )


def _municipality_table() -> Iterator[None]:
    """One idle step: load the municipality table (:func:`forms.address.municipality_names`
    reads it once per process, in one go; imported here, as it builds on the notification's
    model, which the welcome screen does not need)."""
    yield
    from forms.address import municipality_names

    municipality_names("132217")


class ResidentViewModel(QObject):
    """State and actions of the resident screens (see the module docstring)."""

    screenChanged = Signal()
    languageChanged = Signal()
    displayChanged = Signal()
    voiceChanged = Signal()
    speechAvailableChanged = Signal()
    stateChanged = Signal()
    overlayChanged = Signal()
    busyChanged = Signal()
    cameraChanged = Signal()
    startedChanged = Signal()
    #: Emitted when the session's data has been wiped (idle, card pulled, finished …).
    wiped = Signal(str)
    #: The resident asked for (or was sent to) a member of staff: ``no_card``, ``not_me``,
    #: ``other_kind``, ``pin_blocked``, ``last_try``, ``code_b``, ``code_b_blocked`` or ``help``
    #: (係員を呼ぶ during the visit). A desk in this process can listen to it; desks elsewhere see
    #: the same call through the core (:mod:`kiosk.staff_calls`).
    staffRequested = Signal(str)
    _cardDone = Signal(object, object)  # (then, outcome) back on the GUI thread
    _cardInserted = Signal()
    _cardRemoved = Signal()
    #: The service and the flow exist (at once for a service, after the first frame for a
    #: factory): what follows the visit — the card watcher, the desk's link — can attach.
    serviceReady = Signal()

    def __init__(
        self,
        service: ServiceSource,
        translations: Translations,
        *,
        languages: tuple[Language, ...],
        px_per_mm: float,
        config: Any = None,
        timing: Timing | None = None,
        speech_engine: str | None = None,
        low_reach: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The service may come as a factory: the welcome screen is drawn from the configuration
        # alone, and the core (the flow, its rules, the database, the card reader) is imported
        # and made after its first frame, in idle time. Anything that needs it before then (a
        # tap on the welcome screen) makes it there and then, and waits for it: nothing is lost.
        self._service: ResidentService | None = None
        self._make_service: Callable[[], ResidentService] | None = None
        if callable(service):
            if config is None:
                raise TypeError("a service factory needs the configuration (config=)")
            self._make_service = service
        else:
            self._service = service
            config = service.config if config is None else config
        self._config = config
        self._flow: ResidentFlow | None = None
        self._unfollow: Callable[[], None] | None = None
        self.engine: Any = None  # the QML engine, to retranslate when the language changes
        self.spoken: list[str] = []
        # 音声案内: which engine can speak is asked in idle time after the first frame (loading
        # Qt TextToSpeech and probing its plug-ins), or when the resident asks for it first.
        self._speech_engine = speech_engine
        self._speech: Any = None
        self._speech_probed = False
        self._voice = False
        self._translations = translations
        self._languages = languages
        self._px_per_mm = px_per_mm
        self._text_scale = 1.0
        self._high_contrast = False
        #: The counter's default for the low-reach layout (``[counter] low_reach``).
        self._low_reach_default = low_reach
        self._low_reach = low_reach
        self._municipality_ruby: str | None = None
        self._timing = timing or Timing()
        # The map is built once per change, not once per QML binding reading it (the confirm
        # screen's holds the whole draft): a change drops it, then notifies.
        self._state_cache: dict[str, Any] | None = None
        self._closed = False
        self._cardDone.connect(self._on_card_done)
        self._cardInserted.connect(self._card_inserted_queued)
        self._cardRemoved.connect(self._card_removed_queued)
        self._camera: QrCamera | None = None
        self._tick = QTimer(self, interval=self._timing.tick_ms)
        self._tick.timeout.connect(self._tick_flow)
        self._tick.start()
        # Data the first resident would otherwise wait for, loaded while the tablet is idle, a
        # small step per idle turn of this thread's event loop (not on a worker thread: see
        # forms.furigana.warm_up_steps): the core, when a factory makes the service (see
        # above), then the 振り仮名 screen's dictionary (seconds), then the
        # municipality table that splits the card's address (the first step after the move
        # date needs it). It starts once the welcome screen is drawn (:meth:`windowShown`), so
        # it does not delay the first frame.
        self._started = False
        self._warming: list[tuple[str, Iterator[None]]] = [
            ("the counter's core", self._core_steps()),
            ("the voice guidance", self._voice_steps()),
            ("the name readings", furigana.warm_up_steps()),
            ("the municipality table", _municipality_table()),
        ]
        self._warm = QTimer(self, interval=0)
        self._warm.timeout.connect(self._warm_up_step)
        if self._service is not None:
            self._make_ready()

    # -- the service and the flow, made at once or after the first frame

    @property
    def service(self) -> ResidentService:
        """The resident service (made now if the idle turns have not made it yet)."""
        self._make_ready()
        assert self._service is not None
        return self._service

    @property
    def flow(self) -> ResidentFlow:
        """The resident flow (made now if the idle turns have not made it yet: a tap on the
        welcome screen before then waits for it)."""
        self._make_ready()
        assert self._flow is not None
        return self._flow

    @property
    def ready(self) -> bool:
        """Whether the service and the flow exist."""
        return self._flow is not None

    def _make_ready(self) -> None:
        if self._flow is not None:
            return
        from kiosk.flow import ResidentFlow

        if self._service is None:
            assert self._make_service is not None
            self._service = self._make_service()
            self._make_service = None
        self._flow = ResidentFlow(
            self._service, limits=self._timing.limits(), run_card=self._run_card
        )
        self._unfollow = self._flow.subscribe(self._follow)
        self._state_cache = None
        self.serviceReady.emit()
        # The screens showed the welcome screen's defaults until now: they read the flow's.
        self.stateChanged.emit()
        self.screenChanged.emit()

    def _core_steps(self) -> Iterator[None]:
        """Idle steps: import the flow, then the service, then make them (a factory's work —
        opening the database, say — is one step)."""
        yield
        import kiosk.flow

        yield
        import kiosk.resident_service  # noqa: F401

        yield
        self._make_ready()

    def _voice_steps(self) -> Iterator[None]:
        yield
        self._probe_speech()

    def _probe_speech(self) -> None:
        if self._speech_probed:
            return
        self._speech_probed = True
        self._speech = voice_for(self._speech_engine)
        if self._speech is not None:
            self.speechAvailableChanged.emit()

    def _tick_flow(self) -> None:
        if self._flow is not None:
            self._flow.tick()

    def _get_started(self) -> bool:
        return self._started

    #: The window has drawn its first frame: QML loads what the welcome screen does not need
    #: (the keyboard, the other screens) from then on.
    started = Property(bool, _get_started, notify=startedChanged)

    @Slot()
    def windowShown(self) -> None:
        """The welcome screen is on the display: start the work left for idle time."""
        if self._started:
            return
        self._started = True
        if self._warming:
            self._warm.start()
        self.startedChanged.emit()

    @property
    def camera(self) -> QrCamera:
        """The camera of the QR screen (事前入力); it runs only while that screen shows. Made on
        first use: probing the multimedia devices takes time no other screen needs."""
        if self._camera is None:
            # Qt Multimedia and the QR decoder are imported here too, not before the first frame
            from ui.resident.camera import QrCamera

            self._camera = QrCamera(self)
            self._camera.codeRead.connect(self.codeRead)
            self._camera.availableChanged.connect(self.cameraChanged)
        return self._camera

    @Slot()
    def _warm_up_step(self) -> None:
        what, steps = self._warming[0]
        try:
            next(steps)
            return
        except StopIteration:
            pass
        except furigana.ReadingsUnavailable as exc:  # the screen still lets them type it
            log.warning("no name readings to propose: %s", exc)
        except KioskError as exc:  # the core's own one line (the database cannot be opened …)
            log.error("could not load %s ahead: %s", what, exc)
        except Exception:  # a fault in the data must not stop the screens; the use reports it
            log.exception("could not load %s ahead", what)
        del self._warming[0]
        if not self._warming:
            self._warm.stop()

    @property
    def warming_up(self) -> bool:
        """Whether idle-time loading (the 振り仮名 dictionary …) is still to do or under way."""
        return bool(self._warming)

    # -- following the flow

    def _follow(self, event: FlowEvent) -> None:
        from kiosk.flow import STAFF_TAKES_OVER

        if event.kind == "changed":
            self._state_cache = None
            self._apply_language()
            self.stateChanged.emit()
        elif event.kind == "screen":
            self.screenChanged.emit()
        elif event.kind == "busy":
            self.busyChanged.emit()
        elif event.kind == "timer":
            self.overlayChanged.emit()
        elif event.kind == "staff_called":
            self.staffRequested.emit(event.reason)
        elif event.kind == "ended":
            if event.reason not in STAFF_TAKES_OVER:
                self._reset_display()
            self.wiped.emit(event.reason)

    def _apply_language(self) -> None:
        code = self.flow.state.language
        if code != self._translations.current.code and code in BY_CODE:
            self._translations.use(code)
            if self.engine is not None:
                self.engine.retranslate()
            self.languageChanged.emit()

    def _reset_display(self) -> None:
        """A new resident starts with the counter's default display."""
        self._text_scale = 1.0
        self._high_contrast = False
        self._low_reach = self._low_reach_default
        self._voice = False
        self.voiceChanged.emit()
        self.displayChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A touch, click or key on the resident's window (it installs this filter) is the
        resident being there: the idle clock restarts."""
        if event.type() in _ACTIVITY and self._flow is not None:
            self._flow.touch()
        return False

    # -- card work on a thread; card events from the watcher's thread

    def _run_card(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        threading.Thread(
            target=lambda: self._cardDone.emit(then, work()), name="card-io", daemon=True
        ).start()

    @Slot(object, object)
    def _on_card_done(self, then: Callable[[object], None], outcome: object) -> None:
        then(outcome)

    def notify_card_inserted(self) -> None:
        """Called from the card watcher's thread; re-emitted on the GUI thread."""
        self._cardInserted.emit()

    def notify_card_removed(self) -> None:
        self._cardRemoved.emit()

    @Slot()
    def _card_inserted_queued(self) -> None:
        if not self._closed:  # a card event queued before the window closed goes nowhere
            self.cardInserted()

    @Slot()
    def _card_removed_queued(self) -> None:
        if not self._closed:
            self.cardRemoved()

    def close(self) -> None:
        """The window is closing: the screens stop following the flow and its timers stop, so
        nothing that happens after (a card event queued by the watcher, a tick) reaches the
        screens or puts this window's language back into the application."""
        self._closed = True
        if self._unfollow is not None:
            self._unfollow()
        self._tick.stop()
        self._warm.stop()

    @Slot()
    def cardInserted(self) -> None:
        self.flow.card_inserted()

    @Slot()
    def cardRemoved(self) -> None:
        self.flow.card_removed()

    # -- properties

    # Until the flow exists, the welcome screen with nothing under way.

    def _get_screen(self) -> str:
        return self._flow.screen if self._flow is not None else "welcome"

    screen = Property(str, _get_screen, notify=screenChanged)

    def _get_state(self) -> dict[str, Any]:
        if self._flow is None:
            return {}
        if self._state_cache is None:
            self._state_cache = self._flow.view()
        return self._state_cache

    state = Property(dict, _get_state, notify=stateChanged)

    def _get_busy(self) -> bool:
        return self._flow is not None and self._flow.busy

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _get_overlay(self) -> str:
        return self._flow.overlay if self._flow is not None else ""

    overlay = Property(str, _get_overlay, notify=overlayChanged)

    def _get_countdown(self) -> int:
        return self._flow.countdown if self._flow is not None else 0

    countdown = Property(int, _get_countdown, notify=overlayChanged)

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

    def _get_low_reach(self) -> bool:
        return self._low_reach

    lowReach = Property(bool, _get_low_reach, notify=displayChanged)

    def _get_speech_available(self) -> bool:
        return self._speech is not None

    speechAvailable = Property(bool, _get_speech_available, notify=speechAvailableChanged)

    def _get_voice(self) -> bool:
        return self._voice

    voice = Property(bool, _get_voice, notify=voiceChanged)

    def _get_municipality(self) -> str:
        return str(self._config.municipality.name)

    municipality = Property(str, _get_municipality, constant=True)

    def _get_counter_name(self) -> str:
        return str(getattr(self._config.counter, "name", "") or "")

    counterName = Property(str, _get_counter_name, constant=True)

    def _get_municipality_ruby(self) -> str:
        """The municipality's name with its reading as a furigana mark (``{清瀬市|きよせし}``),
        for やさしい日本語; the plain name when the reading is not known."""
        if self._municipality_ruby is None:
            name = self._get_municipality()
            reading = self.service.municipality_reading()
            self._municipality_ruby = f"{{{name}|{reading}}}" if reading else name
        return self._municipality_ruby

    municipalityRuby = Property(str, _get_municipality_ruby, constant=True)

    # -- display, language, voice (the screen's own)

    @Slot(str)
    def chooseLanguage(self, code: str) -> None:
        if code in BY_CODE and BY_CODE[code] in self._languages:
            self.flow.set_language(code)

    @Slot(float)
    def setTextScale(self, scale: float) -> None:
        self._text_scale = max(TEXT_SCALES[0], min(TEXT_SCALES[-1], scale))
        self.displayChanged.emit()

    @Slot()
    def toggleLowReach(self) -> None:
        """The low-reach layout: every control in the lower two thirds of the screen."""
        self._low_reach = not self._low_reach
        self.displayChanged.emit()

    @Slot()
    def toggleHighContrast(self) -> None:
        self._high_contrast = not self._high_contrast
        self.displayChanged.emit()

    @Slot()
    def toggleVoice(self) -> None:
        """音声案内: read each screen's question aloud (only where the platform can speak)."""
        self._probe_speech()
        self._voice = self._speech is not None and not self._voice
        self.voiceChanged.emit()

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

    # -- 事前入力: the pre-entry code, by camera or by a 2D scanner

    def _get_camera_available(self) -> bool:
        return bool(self.camera.available)

    cameraAvailable = Property(bool, _get_camera_available, notify=cameraChanged)

    @Slot()
    def startPreentry(self) -> None:
        """「スマートフォンで入力した方」: the QR screen."""
        self.flow.start_preentry()

    @Slot(QObject)
    def startCamera(self, sink: QObject) -> None:
        """The QR screen shows: the camera into its preview (``VideoOutput.videoSink``)."""
        self.camera.start(sink)

    @Slot()
    def stopCamera(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    @Slot(str)
    def codeRead(self, text: str) -> None:
        """A QR code the camera saw."""
        self._read(text)

    @Slot(str)
    def scannerText(self, typed: str) -> None:
        """What a 2D scanner typed into the QR screen's field, up to its Enter."""
        if typed.strip():
            from ui.preentry_scan import code_from_scanner  # with the QR decoder: when needed

            self._read(code_from_scanner(typed) or typed.strip())

    def _read(self, text: str) -> None:
        """Hand the code to the flow (it parses it strictly and keeps it); the screens then
        speak the language it was typed in, unless the resident chose one here already."""
        self.flow.read_preentry(text)
        code = self.flow.state.preentry
        if not code or self._translations.current.code != "ja":
            return
        from forms.preentry import PreEntryError, decode

        try:
            language = decode(code).language
        except PreEntryError:
            return
        if language != "ja":
            self.chooseLanguage(language)

    # -- the flow's actions, as the buttons call them

    @Slot()
    def withoutCard(self) -> None:
        self.flow.without_card()

    @Slot()
    def backToWelcome(self) -> None:
        self.flow.cancel()

    @Slot()
    def callStaff(self) -> None:
        self.flow.call_staff()

    @Slot()
    def dismissOverlay(self) -> None:
        self.flow.touch()

    @Slot()
    def confirmLastTry(self) -> None:
        self.flow.confirm_last_try()

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        self.flow.submit_pin(pin)

    @Slot()
    def forgotPin(self) -> None:
        self.flow.forgot_pin()

    @Slot(int, int, int, int, str)
    def submitCodeB(
        self, birth_year: int, birth_month: int, birth_day: int, expiry_year: int, code: str
    ) -> None:
        """照合番号B from the card face: handed to the flow once, not kept here."""
        from kiosk.flow import CardFace

        self.flow.submit_code_b(CardFace(birth_year, birth_month, birth_day, expiry_year, code))

    @Slot(bool)
    def confirmIdentity(self, is_me: bool) -> None:
        self.flow.confirm_identity(is_me)

    @Slot(str)
    def guideAnswer(self, answer: str) -> None:
        self.flow.guide_answer(answer)

    @Slot()
    def guideBack(self) -> None:
        self.flow.guide_back()

    @Slot()
    def next(self) -> None:
        self.flow.next()

    @Slot()
    def back(self) -> None:
        self.flow.back()

    @Slot(str)
    def edit(self, step: str) -> None:
        self.flow.edit(step)

    @Slot(str)
    def setCalendar(self, calendar: str) -> None:
        self.flow.set_calendar(calendar)

    @Slot(str, int)
    def adjustDate(self, part: str, delta: int) -> None:
        self.flow.adjust_date(part, delta)

    @Slot(int)
    def setDateDaysAgo(self, days: int) -> None:
        self.flow.set_date_days_ago(days)

    @Slot(str)
    def lookupPostal(self, code: str) -> None:
        self.flow.lookup_postal(code)

    @Slot(int)
    def chooseCandidate(self, index: int) -> None:
        self.flow.choose_candidate(index)

    @Slot()
    def addressUnknown(self) -> None:
        self.flow.address_unknown()

    @Slot(int)
    def browseChoose(self, index: int) -> None:
        self.flow.browse_choose(index)

    @Slot(str)
    def setBanchi(self, text: str) -> None:
        self.flow.set_banchi(text)

    @Slot(str)
    def setKatagaki(self, text: str) -> None:
        self.flow.set_katagaki(text)

    @Slot(str, str)
    def setCountry(self, country: str, address: str) -> None:
        self.flow.set_country(country, address)

    @Slot()
    def addMemberByCard(self) -> None:
        self.flow.add_member_by_card()

    @Slot()
    def addMemberForStaff(self) -> None:
        self.flow.add_member_for_staff()

    @Slot(int)
    def removeMember(self, index: int) -> None:
        self.flow.remove_member(index)

    @Slot(int)
    def setHead(self, index: int) -> None:
        self.flow.set_head(index)

    @Slot(int, str)
    def setRelationship(self, index: int, relationship: str) -> None:
        self.flow.set_relationship(index, relationship)

    @Slot(str, bool)
    def setRelated(self, code: str, answer: bool) -> None:
        self.flow.set_related(code, answer)

    @Slot()
    def toSign(self) -> None:
        self.flow.to_sign()

    @Slot(str)
    def confirmSection(self, key: str) -> None:
        """対面受付: the resident confirms one section of what the clerk entered."""
        self.flow.confirm_section(key)

    @Slot("QVariantList", float)
    def submitSignature(self, strokes: list[Any], aspect: float) -> None:
        """The finger signature (strokes of points in 0..1) confirms and files the form."""
        self.flow.sign([[(float(p[0]), float(p[1])) for p in s] for s in strokes if s], aspect)

    @Slot()
    def finish(self) -> None:
        self.flow.finish()

    # -- 振り仮名 (the reading of each person's name)

    @Slot(str, int)
    def chooseReading(self, part: str, index: int) -> None:
        self.flow.choose_reading(part, index)

    @Slot(str, str)
    def typeReading(self, part: str, text: str) -> None:
        self.flow.type_reading(part, text)

    @Slot()
    def confirmReading(self) -> None:
        self.flow.confirm_reading()

    @Slot()
    def skipReading(self) -> None:
        self.flow.skip_reading()
