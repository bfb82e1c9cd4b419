"""The resident's scenarios end to end: touch screens → pcscd + card emulator → database.

Each scenario taps through the screens as a resident would, saves a screenshot of every screen
it passes (``test-artifacts/ui/<scenario>/``) and checks what the resident and the staff would
notice: the screens shown, the 受付番号, and the notification stored as 確認済 (仮登録).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import Screen, card

pytestmark = [pytest.mark.pcsc, pytest.mark.qt_log_level_fail("WARNING")]

SIGNATURE = [(0.1, 0.6), (0.2, 0.3), (0.3, 0.65), (0.4, 0.35), (0.5, 0.6), (0.7, 0.4)]


def stored(storage: Any) -> list[Any]:
    """Every notification in the database, as the staff console would load them."""
    from kiosk import workflow
    from kiosk.models import NotificationRecord

    with storage.transaction() as session:
        records = session.query(NotificationRecord).all()
        return [(r.state, workflow.load(session, r.id)) for r in records]


def start(scr: Screen, card_emulator: Any, who: Any) -> None:
    scr.wait_screen("welcome")
    scr.shot("welcome")
    card_emulator.insert(who)
    scr.wait_screen("pin")
    scr.qtbot.waitUntil(lambda: scr.vm.state["triesLeft"] >= 0, timeout=5000)
    scr.shot("pin")


def enter_pin(scr: Screen, pin: str) -> None:
    scr.keys(pin)
    scr.tap("pinOk")


def sign_and_file(scr: Screen) -> str:
    scr.wait_screen("confirm")
    scr.shot("confirm")
    scr.tap("next")
    scr.wait_screen("sign")
    scr.drag("signaturePad", SIGNATURE)
    scr.shot("signed")
    scr.tap("signSubmit")
    scr.wait_screen("done")
    scr.shot("done")
    return scr.text_of("receptionNumber")


def test_tenkyo_one_person(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """転居: a resident moves within the city, alone, and files without writing anything."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "tenkyo-one-person")
    start(scr, card_emulator, card("kokutou-mikiya"))
    assert "3" in scr.text_of("triesLeft")
    enter_pin(scr, "1234")
    scr.wait_screen("identity")
    scr.shot("identity")
    assert "黒桐" in " ".join(scr.texts())
    scr.tap("identityYes")
    scr.wait_screen("guide")
    scr.shot("guide")
    scr.tap("guide_within")
    scr.wait_step("date")
    scr.tap("yesterday")
    scr.shot("date")
    scr.tap("next")
    scr.wait_step("postal")
    scr.keys("2040021")
    scr.shot("postal")
    scr.tap("next")
    scr.wait_step("candidates")
    scr.shot("candidates")
    scr.tap("candidate_0")
    scr.wait_step("banchi")
    scr.keys("3-5-8")
    scr.shot("banchi")
    scr.tap("next")
    scr.wait_step("katagaki")
    scr.shot("katagaki")
    scr.tap("katagakiNone")
    scr.wait_step("members")
    scr.shot("members")
    scr.tap("next")
    scr.wait_step("household")
    scr.tap("head_0")
    scr.shot("household")
    scr.tap("next")
    scr.wait_step("related")
    scr.tap("related_kokuho_no")
    scr.tap("related_shogai_techo_no")
    scr.tap("related_dog_yes")
    scr.shot("related")
    scr.tap("next")
    number = sign_and_file(scr)
    assert number.startswith("1-")

    [(state, n)] = stored(ui_storage)
    assert state.value == "confirmed"
    assert n.kind.value == "tenkyo"
    assert n.new_address.one_line() == "東京都清瀬市元町３－５－８"
    assert n.todoke.moved_on.isoformat() == "2026-04-13"
    assert n.persons[0].relationship == "世帯主"
    assert n.is_card_verified("persons.0.name.family")
    assert len(n.filer.signature.strokes) == 1
    assert n.jimu.reception_number == number or number
    assert any(r.code == "dog_registration" for r in n.related)
