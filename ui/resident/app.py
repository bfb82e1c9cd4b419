"""Putting the resident screens on a display: Qt set-up, fonts, the window, the card watcher.

:func:`prepare_qt` must run before the ``QGuiApplication`` exists (Qt reads the input-method
choice once): it selects Qt Virtual Keyboard as the input method, so the 方書 field types with
the embedded Japanese keyboard rather than any operating-system keyboard.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLoggingCategory, QObject, QSize, QTimer, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtQuick import QQuickView

from ui import pyside_scan

# Before the screens' own imports and the core's after the first frame (see the module).
pyside_scan.read_sources_quickly()

from ui.fonts import load_shipped_fonts  # noqa: E402
from ui.resident.i18n import Translations, offered  # noqa: E402
from ui.resident.viewmodel import ResidentViewModel, Timing  # noqa: E402

if TYPE_CHECKING:
    from kiosk.config import Config

QML_DIR = Path(__file__).parent / "qml"
log = logging.getLogger(__name__)

#: Qt's own messages that say nothing about our screens: the multimedia back-end probing for
#: PipeWire (the virtual keyboard's key clicks) and a note inside Qt Virtual Keyboard's own QML.
QUIET_LOGGING_RULES = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"


def prepare_qt() -> None:
    """Environment Qt reads at start-up; call before creating the application."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    # The resident screens draw the keyboard themselves (the InputPanel in Main.qml). Without
    # this, Qt Virtual Keyboard also floats a keyboard window over any widget that takes the
    # focus: on the single-PC counter over the staff console, whose clerk has a real keyboard,
    # and that window took the desk's activation (no keyboard focus after login).
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    rules = os.environ.get("QT_LOGGING_RULES", "")
    if QUIET_LOGGING_RULES not in rules:
        os.environ["QT_LOGGING_RULES"] = (rules + ";" if rules else "") + QUIET_LOGGING_RULES
    # The variable is read once, when Qt's logging first starts, which importing PySide6 may
    # already have done: set the rules directly too. This matters beyond tidiness: QML is
    # compiled on Qt's loader thread while the main thread holds Python's GIL inside
    # setSource(), so a message from that thread reaching a Python message handler (as test
    # harnesses install) would wait for the GIL for ever.
    QLoggingCategory.setFilterRules(QUIET_LOGGING_RULES.replace(";", "\n"))
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


#: The shipped faces that draw what BIZ UD lacks, in the order Qt tries them: Devanagari first
#: (Qt notes each face without Devanagari shaping it tries on the way), then 外字 kanji in the
#: matching Noto JP face, Vietnamese letters, Hangul, simplified hanzi. The same files and the
#: same order as the printed form (``forms.fonts``).
FALLBACKS = {
    # Proportional Latin (the subset holds Latin only): Japanese from BIZ UDGothic, then as below.
    "BIZ UDPGothic": [
        "BIZ UDGothic",
        "Noto Sans Devanagari",
        "Noto Sans JP",
        "Noto Sans",
        "Noto Sans KR",
        "Noto Sans SC",
    ],
    "BIZ UDGothic": [
        "Noto Sans Devanagari",
        "Noto Sans JP",
        "Noto Sans",
        "Noto Sans KR",
        "Noto Sans SC",
    ],
    "BIZ UDMincho": [
        "Noto Sans Devanagari",
        "Noto Serif JP",
        "Noto Sans",
        "Noto Sans KR",
        "Noto Sans SC",
    ],
}


def load_fonts() -> list[str]:
    """Register the shipped fonts (OFL, ``forms/fonts``) so every language draws the same on every
    counter: BIZ UD for Japanese, Noto for 外字, Vietnamese, Hangul, simplified hanzi and
    Devanagari. The Noto faces are made the first substitutes of the BIZ UD families, so a
    character BIZ UD lacks is drawn with a shipped face, never with whatever the machine has."""
    families = load_shipped_fonts()
    for family, fallbacks in FALLBACKS.items():
        QFont.insertSubstitutions(family, fallbacks)
    return families


def speech_engine(config: Config) -> str | None:
    """The resident screens' text-to-speech engine: "" turns 音声案内 off, None takes the first
    engine that works (``[counter] read_aloud`` and ``speech_engine``)."""
    if not config.counter.read_aloud:
        return ""
    return config.counter.speech_engine or None


def once(signal: Any, slot: Callable[[], object]) -> None:
    """Connect ``slot`` to ``signal`` for its next emission only.

    What Qt's ``SingleShotConnection`` does, without naming PySide6's ``Qt`` namespace: its
    first use turns the hundred-odd enums in it into Python enums, about a tenth of an empty
    window's start on a tablet, which the welcome screen's first frame does without."""

    def fire(*_: object) -> None:
        signal.disconnect(fire)
        slot()

    signal.connect(fire)


def px_per_mm(screen: QScreen | None, size: QSize, diagonal_inches: float | None) -> float:
    """Pixels per millimetre of the resident display.

    With a configured diagonal (the touch monitor's size, e.g. 15.6) it follows from the
    window's pixel size, which is right for a full-screen window; otherwise Qt's physical DPI.
    """
    if diagonal_inches:
        diag_px = math.hypot(size.width(), size.height())
        return diag_px / (diagonal_inches * 25.4)
    dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
    return max(dpi, 72.0) / 25.4


class ResidentWindow(QObject):
    """The resident's window: a ``QQuickView`` showing ``Main.qml`` over one view-model.

    ``service`` is the resident service, or a function without arguments that makes it; with a
    function (and ``config``, the counter's configuration) the window shows the welcome screen
    first and the function is called after its first frame, in idle time (see
    :class:`~ui.resident.viewmodel.ResidentViewModel`), so the resident sees the screen before
    the core is imported and the database opened.
    """

    def __init__(
        self,
        service: Any,
        *,
        config: Any = None,
        languages: list[str] | None = None,
        size: QSize | None = None,
        diagonal_inches: float | None = None,
        timing: Timing | None = None,
        speech_engine: str | None = None,
    ) -> None:
        super().__init__()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "create the QGuiApplication first"
        self.translations = Translations(app)
        self.view = QQuickView()
        self.view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.view.setTitle("書かない窓口")
        if size is not None:
            self.view.resize(size)
        if config is None:
            config = service.config
        pixel_size = size or (
            self.view.screen().size() if self.view.screen() else QSize(1920, 1080)
        )
        self.vm = ResidentViewModel(
            service,
            self.translations,
            languages=offered(languages),
            px_per_mm=px_per_mm(self.view.screen(), pixel_size, diagonal_inches),
            config=config,
            timing=timing,
            speech_engine=speech_engine,
            low_reach=bool(config.counter.low_reach),
        )
        self.vm.engine = self.view.engine()
        # Touches, clicks and keys on this window count as the resident being there. The filter
        # sits on the window, not the application: a Python filter on the application sees
        # every event of every object (timers, paints, Qt's own sockets and files) and made
        # Python wrap each new kind of object it met, before the first frame too.
        self.view.installEventFilter(self.vm)
        self.view.rootContext().setContextProperty("vm", self.vm)
        self.view.setSource(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
        errors = self.view.errors()
        if errors:
            raise RuntimeError("; ".join(e.toString() for e in errors))
        # What the welcome screen does not need waits for its first frame: the keyboard, the
        # other screens' QML, the 振り仮名 dictionary (see ResidentViewModel.windowShown).
        once(self.view.frameSwapped, self.vm.windowShown)
        # … or a few seconds, for a window that is not on a display yet
        self._idle_anyway = QTimer(self.vm, singleShot=True, interval=5000)
        self._idle_anyway.timeout.connect(self.vm.windowShown)
        self._idle_anyway.start()
        self._watch: Any = None
        self._closed = False

    def log_touch_size(self, diagonal_inches: float | None) -> None:
        """Say in the log how large a touch target came out, and from what (IT checks this
        when buttons feel too small or too large on a monitor)."""
        source = (
            f"a {diagonal_inches:g}-inch monitor ([counter] screen_inches)"
            if diagonal_inches
            else "the size the monitor reports"
        )
        log.info(
            "resident screens: %.2f px/mm from %s; touch targets %d px",
            self.vm.pxPerMm,
            source,
            self.vm.targetSize,
        )

    def log_start_up(self, started: float) -> None:
        """Say in the log how long after ``started`` (a :func:`time.perf_counter` reading: when
        the process began loading the counter) the welcome screen's first frame was drawn and
        the screens became ready for a card: IT's figure for a slow start on a tablet, and
        the one the start-up benchmark reads."""

        def since() -> int:
            return round((time.perf_counter() - started) * 1000)

        once(
            self.view.frameSwapped,
            lambda: log.info("resident screens: welcome screen drawn %d ms after start", since()),
        )
        self.when_ready(
            lambda: log.info("resident screens: ready for a card %d ms after start", since())
        )

    def watch_cards(self) -> None:
        """Follow card placement and removal on the configured reader (once the service
        exists: at once, or when the view-model has made it)."""
        self.when_ready(self._start_watching)

    def when_ready(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the view-model's service and flow exist (at once if they do)."""
        if self.vm.ready:
            then()
        else:
            once(self.vm.serviceReady, then)

    def _start_watching(self) -> None:
        if self._closed or self._watch is not None:
            return
        self._watch = self.vm.service.watch_cards(
            self.vm.notify_card_inserted, self.vm.notify_card_removed
        )

    def close(self) -> None:
        self._closed = True
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        self.vm.close()
        self._idle_anyway.stop()
        self.view.close()
        # Drop the QML before the view-model goes, so no binding sees a vanished ``vm``.
        self.view.setSource(QUrl())
        self.view.engine().clearComponentCache()
        self.translations.remove()
