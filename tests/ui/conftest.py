"""Harness for the resident screens: offscreen Qt, bundled fonts, real touches, screenshots.

- Qt runs with the ``offscreen`` platform and the Qt Virtual Keyboard input method, in the one
  ``QApplication`` the root conftest makes for the whole run.
- Every tap is a real touch event (``QTest.touchEvent`` on a touch-screen device) at the centre
  of the control, found by its ``objectName`` among the *visible* items: a hidden or covered-up
  button cannot be pressed by a test either.
- Every screen a scenario passes is saved under ``test-artifacts/ui/<scenario>/`` for a person
  to look at.
- Any Qt warning fails the test (``qt_log_level_fail`` in pyproject.toml).
- Card tests run against the real PC/SC stack: pcscd with the vpcd driver and the project's
  card emulator on a claimed vpcd slot (the shared ``card_emulator`` fixture).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtGui import QAccessible, QInputDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from ui.resident.app import load_fonts

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"

#: The counter's standard resident display: a 15.6-inch full-HD touch monitor.
SCREEN = QSize(1920, 1080)
DIAGONAL_INCHES = 15.6

#: The day the scenarios are filed on (a Tuesday; 令和8年).
TODAY = date(2026, 4, 14)


@pytest.fixture(scope="session")
def fonts(qapp: Any) -> list[str]:
    return load_fonts()


@pytest.fixture
def ui_config(tmp_path: Path) -> Any:
    from kiosk.config import load_config

    return load_config(
        env={
            "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_MUNICIPALITY_NAME": "清瀬市",
            "KIOSK_MUNICIPALITY_CODE": "132217",
        }
    )


@pytest.fixture
def ui_storage(ui_config: Any) -> Iterator[Any]:
    from kiosk.storage import open_storage

    storage = open_storage(ui_config)
    yield storage
    storage.close()


_PRESSABLE = (QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton)


def _inside_keyboard(item: QQuickItem) -> bool:
    """Items of Qt Virtual Keyboard's own InputPanel (its keys are sized by its style)."""
    node: QQuickItem | None = item
    while node is not None:
        if node.objectName() == "inputPanel":
            return True
        node = node.parentItem()
    return False


def _plain(text: str) -> str:
    return re.sub(r"\{([^|}]*)\|[^}]*\}", r"\1", text).strip()


@functools.cache
def japanese_sources(code: str) -> frozenset[str]:
    """Japanese source strings whose translation into ``code`` reads differently.

    A visible text equal to one of them is a string the screen forgot to translate. (Some
    やさしい日本語 translations rightly equal their source, e.g. やめる.)
    """
    from ui.resident.i18n import BY_CODE

    ts = BY_CODE[code].ts_path
    assert ts is not None
    out = set()
    for m in ElementTree.parse(ts).getroot().iter("message"):
        source = (m.findtext("source") or "").strip()
        tr = m.find("translation")
        texts = (
            [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            if tr is not None
            else []
        )
        if source and any(_plain(t) != source for t in texts):
            out.add(source)
    return frozenset(out)


def _visible(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


def walk(item: QQuickItem) -> Iterator[QQuickItem]:
    """Every visible item under ``item`` (visual tree order)."""
    for child in item.childItems():
        if _visible(child):
            yield child
            yield from walk(child)


class Screen:
    """Drives one resident window like a finger would, and photographs what it shows."""

    def __init__(self, qtbot: Any, window: Any, scenario: str) -> None:
        self.qtbot = qtbot
        self.window = window
        self.view = window.view
        self.vm = window.vm
        self.device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
        self.dir = ARTIFACTS / scenario
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in self.dir.glob("*.png"):
            old.unlink()
        self.count = 0
        self.taps = 0
        self.typed = 0

    # -- finding ---------------------------------------------------------------------------

    def root(self) -> QQuickItem:
        root = self.view.rootObject()
        assert root is not None
        return root

    def items(self, name: str) -> list[QQuickItem]:
        return [i for i in walk(self.root()) if i.objectName() == name]

    def item(self, name: str) -> QQuickItem:
        self.qtbot.waitUntil(lambda: len(self.items(name)) > 0, timeout=5000)
        found = self.items(name)
        assert len(found) == 1, f"{len(found)} visible items named {name!r}"
        return found[0]

    def has(self, name: str) -> bool:
        return len(self.items(name)) > 0

    def texts(self) -> list[str]:
        """Every text a resident can see now (plain, furigana marks removed)."""
        out = []
        for item in walk(self.root()):
            meta = item.metaObject()
            if meta.indexOfProperty("text") >= 0 and meta.className().startswith(
                ("QQuickText", "QQuickTextInput", "QQuickTextField")
            ):
                text = item.property("text")
                if isinstance(text, str) and text.strip():
                    out.append(text)
        return out

    def text_of(self, name: str) -> str:
        item = self.item(name)
        plain = item.property("plain")
        return str(plain if plain is not None else item.property("text"))

    # -- acting ----------------------------------------------------------------------------

    def _finger(self, action: str, pt: QPoint) -> None:
        """One touch-point change (press / move / release) as a real touch event.

        The sequence commits when it is destroyed: PySide6 6.12's explicit ``commit()`` (and
        ``QTest.qWait``) drop a reference to ``None`` on every call, which crashes the
        interpreter after a few thousand taps. Pauses therefore use ``qtbot.wait``.
        """
        sequence = QTest.touchEvent(self.view, self.device)
        getattr(sequence, action)(0, pt, self.view)
        del sequence

    def pause(self, ms: int) -> None:
        self.qtbot.wait(ms)

    def _center(self, item: QQuickItem) -> QPoint:
        pt = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return pt.toPoint()

    def tap(self, name: str) -> None:
        """One finger tap at the centre of the visible control called ``name``."""
        item = self.item(name)
        self.qtbot.waitUntil(lambda: bool(item.isEnabled()), timeout=5000)
        pt = self._center(item)
        self._finger("press", pt)
        self.pause(20)
        self._finger("release", pt)
        self.pause(30)
        self.taps += 1

    def drag(self, name: str, points: list[tuple[float, float]]) -> None:
        """A finger stroke across ``name`` through ``points`` (0..1 of its box)."""
        item = self.item(name)

        def at(x: float, y: float) -> QPoint:
            return item.mapToScene(QPointF(item.width() * x, item.height() * y)).toPoint()

        self._finger("press", at(*points[0]))
        for p in points[1:]:
            self.pause(10)
            self._finger("move", at(*p))
        self._finger("release", at(*points[-1]))
        self.pause(30)

    def keys(self, digits: str) -> None:
        """Type on the screen's own keypad, one tap per key."""
        for ch in digits:
            self.tap(f"key_{ch}")
            self.typed += 1

    def type_text(self, name: str, text: str) -> None:
        """Type into a text field through the input method, as the virtual keyboard commits."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QInputMethodEvent

        item = self.item(name)
        self.tap(name)
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QCoreApplication.sendEvent(item, event)
        self.pause(30)
        self.typed += len(text)

    def _keyboard_key(self, kind: str, text: str = "") -> QQuickItem:
        """A key of the embedded Qt Virtual Keyboard, by its type (``Key``, ``SpaceKey`` …)."""
        for item in walk(self.root()):
            cls = item.metaObject().className()
            if not cls.startswith(kind + "_") or not _inside_keyboard(item):
                continue
            if not text or text in (item.property("text"), item.property("displayText")):
                return item
        raise LookupError(f"no {kind} {text!r} on the virtual keyboard")

    def _touch(self, item: QQuickItem) -> None:
        pt = self._center(item)
        self._finger("press", pt)
        self.pause(20)
        self._finger("release", pt)
        self.pause(60)
        self.taps += 1

    def keyboard_type(self, romaji: str) -> None:
        """Type on the embedded Japanese virtual keyboard: romaji keys → かな (preedit)."""
        for ch in romaji:
            self._touch(self._keyboard_key("Key", ch))
            self.typed += 1

    def keyboard_convert_and_commit(self) -> None:
        """Space converts the かな to its first kanji candidate; Enter commits it."""
        self._touch(self._keyboard_key("SpaceKey"))
        self.pause(100)
        self.shot("keyboard-candidates")
        self._touch(self._keyboard_key("EnterKey"))
        self.pause(100)

    def wait_screen(self, screen: str, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: self.vm.screen == screen and not self.vm.busy, timeout=timeout)
        self.pause(50)

    def wait_step(self, step: str, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(
            lambda: self.vm.screen == "step" and self.vm.state.get("step") == step,
            timeout=timeout,
        )
        self.pause(50)

    def check(self) -> None:
        """What every screen must honour, checked on every screenshot.

        - each control a finger can press is at least 12 mm square at the configured screen
          size and has an accessible name (without furigana marks);
        - in any language but Japanese, no visible text is a Japanese source string left
          untranslated.
        """
        target = self.vm.targetSize
        for item in walk(self.root()):
            if _inside_keyboard(item):
                continue
            iface = QAccessible.queryAccessibleInterface(item)
            if iface is None or iface.role() not in _PRESSABLE:
                continue
            label = item.objectName() or item.metaObject().className()
            name = iface.text(QAccessible.Text.Name)
            assert name.strip(), f"{label}: a control without an accessible name"
            assert "{" not in name, f"{label}: furigana marks in the accessible name {name!r}"
            assert item.width() >= target - 0.5 and item.height() >= target - 0.5, (
                f"{label} ({name}) is {item.width():.0f}x{item.height():.0f} px, "
                f"smaller than 12 mm ({target:.0f} px)"
            )
        if self.vm.language != "ja":
            untranslated = [
                t for t in self.texts() if _plain(t) in japanese_sources(self.vm.language)
            ]
            assert not untranslated, f"untranslated in {self.vm.language}: {untranslated}"

    def shot(self, name: str) -> Path:
        """Check the screen (:meth:`check`) and save what the resident sees as ``NN-name.png``."""
        self.pause(30)
        self.check()
        self.count += 1
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", name)
        path = self.dir / f"{self.count:02d}-{safe}.png"
        image = self.view.grabWindow()
        assert not image.isNull()
        assert image.save(str(path))
        return path


@pytest.fixture
def make_window(
    qtbot: Any, fonts: list[str], ui_config: Any, ui_storage: Any
) -> Iterator[Callable[..., Any]]:
    """Build a resident window (and its service) at the counter's screen size."""
    from kiosk.resident_service import ResidentService
    from ui.resident.app import ResidentWindow

    made: list[Any] = []

    def make(
        *,
        reader_name: str | None = None,
        timing: Any = None,
        watch: bool = True,
        speech_engine: str = "",
    ) -> Any:
        service = ResidentService(
            ui_config, ui_storage, reader_name=reader_name, today=lambda: TODAY, terminal="t1"
        )
        window = ResidentWindow(
            service,
            size=SCREEN,
            diagonal_inches=DIAGONAL_INCHES,
            timing=timing,
            speech_engine=speech_engine,
        )
        made.append(window)
        window.view.show()
        qtbot.waitExposed(window.view)
        if watch and reader_name is not None:
            window.watch_cards()
        return window

    yield make
    for window in made:
        window.close()


def card(persona_name: str, /, **changes: Any) -> Any:
    """A shipped card persona, optionally changed (another PIN, tries left …)."""
    from cardreader.emulator import Persona

    loaded = Persona.load(persona_name)
    return loaded.with_changes(**changes) if changes else loaded
