"""The 振り仮名 screen through the real QML: proposals as buttons, typing on the embedded
keyboard, "don't know", and the explanation in the resident's language.

The card is read through pcscd + vpcd + the emulator; screenshots of each state are saved under
``test-artifacts/ui/<scenario>/``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import Screen, card
from tests.ui.test_resident_flows import enter_pin, start

pytestmark = pytest.mark.pcsc


def to_reading(scr: Screen) -> None:
    scr.wait_screen("identity")
    scr.tap("identityYes")
    scr.wait_screen("furigana")


def test_choose_and_type_the_reading_on_the_keyboard(
    qtbot: Any, make_window: Any, card_emulator: Any
) -> None:
    """黒桐　幹也: ミキヤ is proposed and tapped; 黒桐 (コクトウ) is not in the dictionary and is
    typed on the embedded keyboard in katakana."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "furigana-choose-and-type")
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    to_reading(scr)
    scr.shot("proposals")
    assert scr.text_of("reading_family_written") == "黒桐"
    assert scr.text_of("reading_given_written") == "幹也"
    assert scr.item("reading_given_0").property("label") == "ミキヤ"
    assert not scr.has("readingExplained"), "in Japanese, フリガナ needs no explanation"

    scr.tap("next")  # nothing chosen: the screen says what is missing and stays
    assert "読み方" in scr.text_of("errorText")
    assert scr.vm.screen == "furigana"

    scr.tap("reading_given_0")
    qtbot.waitUntil(lambda: scr.item("reading_given_0").property("selected") is True)
    scr.tap("reading_family_other")
    field = scr.item("reading_family_field")
    qtbot.waitUntil(lambda: bool(scr.has("inputPanel")), timeout=5000)
    scr.keyboard_type("kokutou")
    qtbot.waitUntil(lambda: field.property("displayText") == "コクトウ", timeout=5000)
    scr.shot("typing-katakana")
    scr.tap("reading_family_ok")
    qtbot.waitUntil(lambda: scr.vm.state["reading"]["familyKana"] == "コクトウ")
    assert scr.item("reading_family_typed").property("selected") is True
    scr.shot("chosen")

    scr.tap("next")
    scr.wait_screen("guide")
    holder = scr.vm.flow.state.answers.members[0].reading
    assert (holder.family, holder.given, holder.confirmed) == ("コクトウ", "ミキヤ", True)


def test_dont_know_in_english_explains_and_leaves_it_to_staff(
    qtbot: Any, make_window: Any, card_emulator: Any
) -> None:
    """A foreign resident in English: one line says what フリガナ is; their ローマ字 name gets
    no proposal (the typing field is open at once), and "don't know" leaves it to staff."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "furigana-english-dont-know")
    scr.wait_screen("welcome")
    scr.tap("lang_en")
    qtbot.waitUntil(lambda: scr.vm.language == "en")
    start(scr, card_emulator, card("foreign-resident"))
    enter_pin(scr, "0000")
    to_reading(scr)
    scr.shot("no-proposals")
    assert "katakana" in scr.text_of("readingExplained")
    assert scr.has("reading_family_field"), "nothing to choose: type it"
    assert not scr.has("reading_family_0")
    scr.tap("readingSkip")
    scr.wait_screen("guide")
    reading = scr.vm.flow.state.answers.members[0].reading
    assert reading.status == "skipped" and not reading.confirmed
    n, result = scr.vm.flow.checked()
    assert not n.persons[0].name.kana_confirmed
    assert "kana_missing" in [f.code for f in result.alerts], "staff are told to enter it"

    # the resident stops: everything is wiped and the next resident starts in 日本語
    scr.tap("cancel")
    scr.tap("warningYes")
    scr.wait_screen("welcome")
    qtbot.waitUntil(lambda: scr.vm.language == "ja")
