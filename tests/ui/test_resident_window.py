"""The resident window's own life: what it loads once the welcome screen is up, and what a closed
window leaves behind for the next one."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from forms import furigana
from tests.ui.conftest import DIAGONAL_INCHES, SCREEN, TODAY, Screen, walk

WELCOME_JA = "マイナンバーカードを置いてください"


def test_the_welcome_screen_loads_the_rest_while_nobody_is_there(
    qtbot: Any, make_window: Any
) -> None:
    """Nothing to touch: the keyboard, the name readings and the voice guidance are ready before
    the first resident needs them, and the camera stays off until the QR screen."""
    window = make_window(speech_engine="mock")
    scr = Screen(qtbot, window, "welcome-idle")
    scr.wait_screen("welcome")
    assert scr.text_of("welcomeTitle") == WELCOME_JA
    qtbot.waitUntil(lambda: window.vm.started, timeout=5000)
    keyboard = scr.root().findChild(QQuickItem, "keyboardLoader")  # hidden until a field asks
    qtbot.waitUntil(lambda: keyboard.property("item") is not None, timeout=10000)
    assert not scr.has("inputPanel"), "no keyboard shows on the welcome screen"
    qtbot.waitUntil(lambda: not window.vm.warming_up, timeout=60000)
    assert furigana.is_loaded()
    assert window.vm._camera is None, "no camera was opened"
    assert window.vm.speechAvailable and scr.has("voice"), "音声案内 offered once probed"


def _rows(label: QQuickItem) -> list[str]:
    """The lines of text a label shows, top to bottom (its texts grouped by where they sit)."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for text in walk(label):
        if text.metaObject().className() == "QQuickText" and str(text.property("text")):
            at = text.mapToScene(QPointF(0, 0))
            rows.setdefault(round(at.y() + text.height()), []).append(
                (at.x(), str(text.property("text")))
            )
    return ["".join(t for _, t in sorted(row)).strip() for _, row in sorted(rows.items())]


def test_the_welcome_title_keeps_its_words_together(qtbot: Any, make_window: Any) -> None:
    """The first words a resident reads: in Japanese the title stays on one line (it left a
    lone い on a second), and やさしい日本語 at the largest text breaks between its phrases
    only, in its own language's button on the Japanese screen (never にほん / ご) as in its
    title (マイナンバーカードを / おいて ください, never おい / て)."""
    window = make_window()
    scr = Screen(qtbot, window, "welcome-title")
    scr.wait_screen("welcome")
    title = scr.item("welcomeTitle")
    assert [t for t in walk(title) if t.property("lineCount")] and all(
        t.property("lineCount") == 1 for t in walk(title) if t.property("lineCount")
    ), _rows(title)
    window.vm.setTextScale(1.6)
    qtbot.wait(100)  # laid out at the new size
    button = scr.item("lang_ja-easy")  # やさしい にほんご, in every language's list
    rows = _rows(button)
    lines = [t.property("lineCount") for t in walk(button) if t.property("lineCount")]
    assert set(lines) == {1} and " ".join(rows).split() == ["やさしい", "にほんご"], (rows, lines)
    window.vm.chooseLanguage("ja-easy")
    qtbot.waitUntil(lambda: scr.text_of("welcomeTitle") != WELCOME_JA, timeout=5000)
    qtbot.wait(100)
    phrases = scr.text_of("welcomeTitle").split()
    rows = _rows(scr.item("welcomeTitle"))
    assert len(rows) > 1 and all(set(row.split()) <= set(phrases) for row in rows), rows
    assert " ".join(rows).split() == phrases, rows


def test_a_closed_window_leaves_japanese_for_the_next_resident(
    qtbot: Any, make_window: Any
) -> None:
    """The card reader reports a card gone just as an English-speaking resident's window
    closes: the report goes nowhere, and the next window speaks Japanese."""
    first = make_window()
    scr = Screen(qtbot, first, "closed-in-english")
    scr.wait_screen("welcome")
    scr.tap("lang_en")
    qtbot.waitUntil(lambda: scr.vm.language == "en")
    assert scr.text_of("welcomeTitle") != WELCOME_JA
    # the watcher's thread: its report is queued for the window's thread
    watcher = threading.Thread(target=first.vm.notify_card_removed)
    watcher.start()
    watcher.join()
    first.close()
    qtbot.wait(100)  # the queued report is delivered now
    second = make_window()
    nxt = Screen(qtbot, second, "next-after-english")
    nxt.wait_screen("welcome")
    assert nxt.text_of("welcomeTitle") == WELCOME_JA
    assert nxt.vm.language == "ja"


def _service_factory(config: Any, storage: Any, calls: list[Any], window: list[Any]) -> Any:
    """A factory as ``kiosk tablet`` passes one; each call notes whether the welcome screen
    had drawn its first frame by then."""
    from kiosk.resident_service import ResidentService

    def make() -> Any:
        calls.append(bool(window) and window[0].vm.started)
        return ResidentService(config, storage, today=lambda: TODAY, terminal="t1")

    return make


def test_the_welcome_screen_is_drawn_before_the_service_is_made(
    qtbot: Any, fonts: list[str], ui_config: Any, ui_storage: Any
) -> None:
    """Given a factory, the window shows the welcome screen (with the municipality's name) from
    the configuration alone, makes the service once after its first frame, and a tap then goes
    through to the visit."""
    from ui.resident.app import ResidentWindow

    calls: list[Any] = []
    holder: list[Any] = []
    window = ResidentWindow(
        _service_factory(ui_config, ui_storage, calls, holder),
        config=ui_config,
        size=SCREEN,
        diagonal_inches=DIAGONAL_INCHES,
    )
    holder.append(window)
    try:
        assert calls == [] and not window.vm.ready
        window.view.show()
        scr = Screen(qtbot, window, "welcome-before-core")
        scr.wait_screen("welcome")
        assert scr.text_of("welcomeTitle") == WELCOME_JA
        assert any(t.startswith("清瀬市") for t in scr.texts())
        qtbot.waitUntil(lambda: window.vm.ready, timeout=20000)
        assert calls == [True], "made once, after the first frame"
        scr.tap("withoutCard")
        scr.wait_screen("staff")
        qtbot.waitUntil(lambda: not window.vm.warming_up, timeout=60000)
        assert calls == [True]
    finally:
        window.close()


def test_a_tap_before_the_service_is_made_waits_for_it(
    qtbot: Any, fonts: list[str], ui_config: Any, ui_storage: Any
) -> None:
    """The resident chooses a language before the idle turns made the service: the choice makes
    it there and then and is kept; the idle turns do not make a second one."""
    from ui.resident.app import ResidentWindow

    calls: list[Any] = []
    window = ResidentWindow(
        _service_factory(ui_config, ui_storage, calls, []),
        config=ui_config,
        size=SCREEN,
        diagonal_inches=DIAGONAL_INCHES,
    )
    try:
        assert window.vm.screen == "welcome" and not window.vm.ready
        window.vm.chooseLanguage("en")  # what the welcome screen's language button calls
        assert calls == [False] and window.vm.ready
        assert window.vm.language == "en"
        window.view.show()
        scr = Screen(qtbot, window, "tap-before-core")
        scr.wait_screen("welcome")
        assert scr.text_of("welcomeTitle") != WELCOME_JA
        keyboard = scr.root().findChild(QQuickItem, "keyboardLoader")
        qtbot.waitUntil(lambda: keyboard.property("item") is not None, timeout=10000)
        # made in the chosen language's layout (not Japanese's, torn down half-made)
        assert keyboard.property("item").property("locale") == window.vm.keyboardLocale != "ja_JP"
        qtbot.waitUntil(lambda: not window.vm.warming_up, timeout=60000)
        assert calls == [False], "the idle turns found the service made"
    finally:
        window.close()


_FIRST_FRAME = """
import json, os, sys
from PySide6.QtCore import Qt
from ui.resident import app as resident_app
made = resident_app.ResidentWindow.__init__
def spied(self, *args, **kwargs):
    made(self, *args, **kwargs)
    def drawn():
        print(json.dumps(sorted(sys.modules)), flush=True)
        os._exit(0)
    self.view.frameSwapped.connect(drawn, Qt.ConnectionType.SingleShotConnection)
resident_app.ResidentWindow.__init__ = spied
from kiosk.app.cli import main
sys.exit(main(["tablet", "--quit-when-ready", "--reader", "No such reader 00 00"]))
"""

#: What the welcome screen must not wait for on a slow tablet: the database, the notification's
#: model and its rules (pydantic models built at import), PDF output, the card stack, the staff
#: console's widgets.
_NOT_BEFORE_FIRST_FRAME = (
    "sqlalchemy", "alembic", "kiosk.storage", "kiosk.flow", "kiosk.workflow", "kiosk.audit",
    "kiosk.staff", "forms.model", "forms.rules", "forms.address", "forms.preentry", "reportlab",
    "cardreader", "httpx", "PySide6.QtTextToSpeech", "PySide6.QtWidgets",
)  # fmt: skip


def test_the_welcome_screen_is_drawn_from_the_configuration_alone(tmp_path: Any) -> None:
    """A fresh ``kiosk tablet`` draws its first frame having imported only the command line, the
    configuration and the screens: the slow parts of the core come after (cold start)."""
    import json
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
    }
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_FRAME],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    early = [m for m in loaded if m.startswith(_NOT_BEFORE_FIRST_FRAME)]
    assert early == []
