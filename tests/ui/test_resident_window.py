"""The resident window's own life: what it loads once the welcome screen is up, and what a closed
window leaves behind for the next one."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtQuick import QQuickItem

from forms import furigana
from tests.ui.conftest import Screen

WELCOME_JA = "マイナンバーカードを置いてください"


def test_the_welcome_screen_loads_the_rest_while_nobody_is_there(
    qtbot: Any, make_window: Any
) -> None:
    """Nothing to touch: the keyboard and the name readings are ready before the first resident
    needs them, and the camera stays off until the QR screen."""
    window = make_window()
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
