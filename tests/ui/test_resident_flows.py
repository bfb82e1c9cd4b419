"""The resident's scenarios end to end: touch screens → pcscd + card emulator → database.

Each scenario taps through the screens as a resident would, saves a screenshot of every screen
it passes (``test-artifacts/ui/<scenario>/``) and checks what the resident and the staff would
notice: the screens shown, the 受付番号, and the notification stored as 確認済 (仮登録).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import Screen, card

pytestmark = pytest.mark.pcsc

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


def sign_and_file(scr: Screen) -> str | None:
    scr.wait_screen("confirm")
    scr.shot("confirm")
    # signing opens only once every section has been on screen: read down to the end
    for _ in range(20):
        if not scr.has("confirmMore"):
            break
        assert not scr.item("next").isEnabled(), "signing before the whole form was seen"
        scr.tap("confirmMore")
    scr.shot("confirm-end")
    scr.tap("next")
    scr.wait_screen("sign")
    scr.drag("signaturePad", SIGNATURE)
    scr.shot("signed")
    scr.tap("signSubmit")
    scr.wait_screen("done")
    scr.shot("done")
    if scr.has("handedToStaff"):
        return None
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
    scr.wait_screen("furigana")
    scr.tap("reading_given_0")  # 幹也 ミキヤ is proposed; 黒桐 is left to staff here
    scr.tap("readingSkip")
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
    # 方書 on the embedded Japanese keyboard: さくら, converted to 桜 (kana → kanji)
    scr.keyboard_type("sakura")
    assert scr.item("katagakiField").property("displayText") == "さくら"
    scr.keyboard_convert_and_commit()
    assert scr.vm.state["katagaki"] == "桜"
    scr.shot("katagaki-typed")
    scr.tap("next")
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
    scr.wait_screen("confirm")
    assert "✓ カードで確認" in scr.texts(), "card-verified fields are marked"
    # every section can be changed from the confirm screen, which it then returns to
    scr.tap("edit_todoke")
    scr.wait_step("date")
    scr.shot("edit-date")
    scr.tap("minus_day")
    scr.tap("next")
    number = sign_and_file(scr)
    assert number is not None and number.startswith("1-")

    [(state, n)] = stored(ui_storage)
    assert state.value == "confirmed"
    assert n.kind.value == "tenkyo"
    assert n.new_address.one_line() == "東京都清瀬市元町３－５－８\u3000桜"
    assert n.todoke.moved_on.isoformat() == "2026-04-12"
    assert n.persons[0].relationship == "世帯主"
    assert n.is_card_verified("persons.0.name.family")
    assert len(n.filer.signature.strokes) == 1
    assert n.jimu.reception_number == number or number
    assert any(r.code == "dog_registration" for r in n.related)


def verifies_sent(card_emulator: Any) -> int:
    """How many VERIFY commands carrying a PIN reached the card (never the PIN itself)."""
    return sum(1 for r in card_emulator.apdu_log if r.is_verify_with_data)


def through_identity(scr: Screen) -> None:
    """Yes to "this is me", then the 振り仮名 left to staff (see test_furigana_screen)."""
    scr.wait_screen("identity")
    scr.shot("identity")
    scr.tap("identityYes")
    scr.wait_screen("furigana")
    scr.tap("readingSkip")
    scr.wait_screen("guide")


def new_address(scr: Screen, postal: str, banchi: str) -> None:
    scr.wait_step("postal")
    scr.keys(postal)
    scr.shot("postal")
    scr.tap("next")
    scr.wait_step("candidates")
    scr.shot("candidates")
    scr.tap("candidate_0")
    scr.wait_step("banchi")
    scr.keys(banchi)
    scr.shot("banchi")
    scr.tap("next")
    scr.wait_step("katagaki")


def answer_related(scr: Screen, **answers: bool) -> None:
    scr.wait_step("related")
    for code in scr.vm.state["relatedQuestions"]:
        scr.tap(f"related_{code}_{'yes' if answers.get(code) else 'no'}")
    scr.shot("related")
    scr.tap("next")


def test_wrong_pin_then_right(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """A wrong PIN costs one try, says how many are left, and is never retried by itself."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "wrong-pin-then-right")
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "0000")
    qtbot.waitUntil(lambda: scr.vm.state["pinError"] == "wrong_pin", timeout=10000)
    scr.shot("wrong-pin")
    assert "2" in scr.text_of("triesLeft")
    assert "2" in scr.text_of("errorText")
    assert verifies_sent(card_emulator) == 1
    scr.pause(500)
    assert verifies_sent(card_emulator) == 1, "the kiosk retried a PIN by itself"
    enter_pin(scr, "1234")
    scr.wait_screen("identity")
    scr.shot("identity")
    assert verifies_sent(card_emulator) == 2


def test_last_try_needs_explicit_confirmation_and_can_be_refused(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """At one try left the keypad stays locked until the resident confirms; refusing sends
    nothing and hands over to staff."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "last-try-refusal")
    called: list[str] = []
    window.vm.staffRequested.connect(called.append)
    start(scr, card_emulator, card("last-try"))
    assert scr.has("lastTryBox")
    assert not scr.item("key_1").isEnabled()
    assert not scr.item("pinOk").isEnabled()
    scr.tap("askStaff")
    scr.wait_screen("staff")
    scr.shot("staff")
    assert called == ["last_try"]
    assert verifies_sent(card_emulator) == 0


def test_last_try_confirmed_then_right_pin(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "last-try-confirmed")
    start(scr, card_emulator, card("last-try"))
    scr.tap("confirmLastTry")
    scr.shot("confirmed")
    enter_pin(scr, "1111")
    scr.wait_screen("identity")
    scr.shot("identity")
    assert verifies_sent(card_emulator) == 1


def test_blocked_card_explains_how_to_unlock(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "blocked-card")
    scr.wait_screen("welcome")
    card_emulator.insert(card("pin-blocked"))
    scr.wait_screen("blocked")
    scr.shot("blocked")
    assert any("窓口" in t for t in scr.texts())
    assert verifies_sent(card_emulator) == 0
    scr.tap("blockedStaff")
    scr.wait_screen("staff")
    scr.shot("staff")


def test_card_pulled_mid_flow_warns_then_wipes(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    from ui.resident.viewmodel import Timing

    window = make_window(
        reader_name=card_emulator.reader_name,
        timing=Timing(removal_grace_ms=3000, tick_ms=250),
    )
    scr = Screen(qtbot, window, "card-pulled")
    wiped: list[str] = []
    window.vm.wiped.connect(wiped.append)
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    through_identity(scr)
    scr.tap("guide_within")
    scr.wait_step("date")
    card_emulator.remove()
    qtbot.waitUntil(lambda: scr.vm.overlay == "removed", timeout=10000)
    scr.shot("card-removed-warning")
    assert scr.has("timeoutWarning")
    scr.wait_screen("welcome", timeout=15000)
    assert wiped == ["card_removed"]
    scr.shot("welcome-again")
    assert "holder" not in scr.vm.state
    assert stored(ui_storage) == []


def test_card_put_back_in_time_keeps_the_session(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    from ui.resident.viewmodel import Timing

    window = make_window(
        reader_name=card_emulator.reader_name, timing=Timing(removal_grace_ms=20000)
    )
    scr = Screen(qtbot, window, "card-put-back")
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    through_identity(scr)
    card_emulator.remove()
    qtbot.waitUntil(lambda: scr.vm.overlay == "removed", timeout=10000)
    card_emulator.insert()
    qtbot.waitUntil(lambda: scr.vm.overlay == "", timeout=10000)
    scr.shot("continued")
    assert scr.vm.screen == "guide"
    assert scr.vm.state["holder"]["name"] == "黒桐　幹也"


def test_idle_resident_is_warned_then_wiped(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    from ui.resident.viewmodel import Timing

    window = make_window(
        reader_name=card_emulator.reader_name,
        timing=Timing(idle_ms=4000, warning_ms=2000, tick_ms=250),
    )
    scr = Screen(qtbot, window, "idle-wipe")
    wiped: list[str] = []
    window.vm.wiped.connect(wiped.append)
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    through_identity(scr)
    qtbot.waitUntil(lambda: scr.vm.overlay == "idle", timeout=10000)
    scr.shot("idle-warning")
    assert scr.vm.countdown <= 2
    scr.wait_screen("welcome", timeout=10000)
    scr.shot("welcome-again")
    assert wiped == ["idle"]
    assert "holder" not in scr.vm.state
    assert stored(ui_storage) == []


def test_tennyu_family_of_four_two_with_cards(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """転入 of a family: the holder and the spouse read their cards, the two children are left
    for staff to enter; 世帯主 and 続柄 by buttons."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "tennyu-family-of-four")
    start(scr, card_emulator, card("yoshida-takashi"))
    enter_pin(scr, "4321")
    through_identity(scr)
    scr.tap("guide_into")
    qtbot.waitUntil(lambda: scr.vm.state["guideStep"] == "abroad")
    scr.shot("guide-abroad")
    scr.tap("guide_no")
    scr.wait_step("date")
    scr.tap("minus_day")
    scr.tap("minus_day")
    scr.tap("next")
    new_address(scr, "2040011", "2-14-5")
    scr.tap("katagakiNone")
    scr.wait_step("members")
    scr.tap("addByCard")
    scr.wait_screen("placeMember")
    scr.shot("place-member")
    spouse = card(
        "kokutou-mikiya",
        name="𠮷田　花子",
        address="福岡県北九州市小倉北区城内９９－９",
        pin="5678",
    )
    card_emulator.insert(spouse)
    scr.wait_screen("pin")
    qtbot.waitUntil(lambda: scr.vm.state["triesLeft"] == 3, timeout=10000)
    scr.shot("member-pin")
    enter_pin(scr, "5678")
    scr.wait_screen("furigana")  # the spouse's reading: tapped
    scr.tap("reading_family_0")
    scr.tap("reading_given_0")
    scr.shot("member-furigana")
    scr.tap("next")
    scr.wait_step("members")
    scr.tap("addForStaff")
    scr.tap("addForStaff")
    scr.shot("members")
    assert len(scr.vm.state["members"]) == 4
    scr.tap("next")
    scr.wait_step("household")
    scr.tap("head_0")
    scr.tap("rel_1_妻")
    scr.tap("rel_2_子")
    scr.tap("rel_3_子")
    scr.shot("household")
    scr.tap("next")
    answer_related(scr, kokuho=True)
    # 転入前住民票コード (from the 転出証明書) and the children's details are staff's to enter:
    # the signed notification waits for them as 入力中, without a 受付番号 yet.
    assert sign_and_file(scr) is None

    [(state, n)] = stored(ui_storage)
    assert state.value == "draft"
    assert n.kind.value == "tennyu"
    assert not n.filer.signature.is_empty
    assert [p.relationship for p in n.persons] == ["世帯主", "妻", "子", "子"]
    assert n.persons[1].name.full() == "𠮷田　花子"
    assert (n.persons[1].name.full_kana(), n.persons[1].name.kana_confirmed) == (
        "ヨシダ\u3000ハナコ",
        True,
    )
    assert n.is_card_verified("persons.1.name.family")
    assert n.persons[2].name.is_empty and n.persons[3].name.is_empty
    assert n.previous_address.prefecture == "福岡県"
    assert n.new_address.one_line() == "東京都清瀬市下清戸２－１４－５"
    assert n.household.head_name == "𠮷田　髙志"
    assert all(p.answers.get("kokuho") for p in n.persons)


def test_tenshutsu_abroad(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """転出 to another country, filed in advance with the planned date."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "tenshutsu-abroad")
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    through_identity(scr)
    scr.tap("guide_out")
    qtbot.waitUntil(lambda: scr.vm.state["guideStep"] == "abroad")
    scr.tap("guide_yes")
    scr.wait_step("date")
    scr.tap("plus_day")
    scr.tap("plus_day")
    scr.tap("plus_day")
    scr.tap("calendar_seireki")
    scr.shot("date")
    assert scr.text_of("moveDate") == "2026年4月17日"
    scr.tap("next")
    scr.wait_step("country")
    scr.type_text("countryField", "アメリカ合衆国")
    scr.shot("country")
    scr.tap("next")
    scr.wait_step("members")
    scr.tap("next")
    answer_related(scr, inkan=True)
    assert sign_and_file(scr) is not None

    [(state, n)] = stored(ui_storage)
    assert state.value == "confirmed"
    assert n.kind.value == "tenshutsu"
    assert n.todoke.origin.value == "abroad"
    assert n.destination.country == "アメリカ合衆国"
    assert n.todoke.moved_on.isoformat() == "2026-04-17"
    assert any(r.code == "inkan_haishi" for r in n.related)


def test_foreign_resident_in_english(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """A foreign resident chooses English first; every screen is in English (checked on each
    screenshot), and the building name is typed through the input method."""
    window = make_window(reader_name=card_emulator.reader_name, speech_engine="mock")
    scr = Screen(qtbot, window, "foreign-resident-english")
    scr.wait_screen("welcome")
    scr.tap("lang_en")
    qtbot.waitUntil(lambda: scr.vm.language == "en")
    start(scr, card_emulator, card("foreign-resident"))
    assert "Tries left: 3" in scr.text_of("triesLeft")
    enter_pin(scr, "0000")
    scr.wait_screen("identity")
    scr.tap("voice")  # 音声案内: each question is read aloud, in English
    assert scr.vm.spoken == ["Is this information about you correct?"]
    through_identity(scr)
    scr.shot("guide")
    assert scr.vm.spoken[-1] == "Which kind of move is it?"
    scr.tap("guide_into")
    qtbot.waitUntil(lambda: scr.vm.state["guideStep"] == "abroad")
    scr.tap("guide_no")
    scr.wait_step("date")
    scr.shot("date")
    # the Western calendar first, written as English writes dates; 令和 one tap away
    assert scr.text_of("moveDate") == "April 14, 2026"
    scr.tap("calendar_wareki")
    assert scr.text_of("moveDate") == "April 14, Reiwa 8"
    scr.tap("calendar_seireki")
    scr.tap("next")
    new_address(scr, "2040021", "1-1-1")
    # the building name goes onto the 住民票: Japanese keyboard, Japanese example, in English too
    assert scr.root().property("keyboardLocale") == "ja_JP"
    assert scr.item("katagakiField").property("placeholderText") == "例：さくらマンション 201"
    assert "Japanese" in scr.text_of("katagakiJapanese")
    scr.type_text("katagakiField", "コーポ清瀬 101")
    scr.shot("katagaki")
    scr.tap("next")
    scr.wait_step("members")
    assert scr.root().property("keyboardLocale") == "en_US"
    scr.tap("next")
    scr.wait_step("household")
    scr.tap("head_0")
    scr.tap("next")
    answer_related(scr)
    scr.wait_screen("confirm")
    assert "April 14, 2026" in scr.texts() and not any("令和" in t for t in scr.texts())
    assert sign_and_file(scr) is None
    assert "Received" in scr.texts()
    # every date in English and the Western calendar, on the done screen too
    assert scr.text_of("filedOn") == "Date of filing: April 14, 2026"
    scr.tap("finish")
    scr.wait_screen("welcome")

    [(state, n)] = stored(ui_storage)
    assert state.value == "draft", "a finished resident's hand-over to staff is kept"
    assert n.kind.value == "tennyu"
    assert n.new_address.katagaki == "コーポ清瀬 101"
    assert n.persons[0].name.full().startswith("NGUYEN")


def test_easy_japanese_with_furigana(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """やさしい日本語: kanji on every screen carry furigana; the session ends back in 日本語."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "yasashii-nihongo")
    scr.wait_screen("welcome")
    scr.tap("lang_ja-easy")
    qtbot.waitUntil(lambda: scr.vm.language == "ja-easy")
    scr.tap("textSize")
    start(scr, card_emulator, card("kokutou-mikiya"))
    assert any("{暗証番号|あんしょうばんごう}" in t for t in scr.texts()) or any(
        "あんしょうばんごう" in t for t in scr.texts()
    )
    enter_pin(scr, "1234")
    scr.wait_screen("identity")
    scr.tap("contrast")
    through_identity(scr)
    scr.shot("guide-high-contrast")
    assert scr.vm.highContrast
    # the city by its own name, with its reading; 白黒反転 said simply
    assert scr.item("guide_within").property("label").startswith("{清瀬市|きよせし}の")
    assert scr.item("contrast").property("plainLabel") == "いろを かえる"
    scr.tap("guide_within")
    scr.wait_step("date")
    scr.tap("next")
    new_address(scr, "2040021", "3-5-8")
    scr.tap("katagakiNone")
    scr.wait_step("members")
    scr.tap("next")
    scr.wait_step("household")
    scr.tap("head_0")
    scr.tap("next")
    answer_related(scr)
    sign_and_file(scr)
    scr.tap("finish")
    scr.wait_screen("welcome")
    assert scr.vm.language == "ja"
    assert scr.vm.textScale == 1.0
    assert not scr.vm.highContrast
    [(_, n)] = stored(ui_storage)
    assert n.kind.value == "tenkyo"


# -- 照合番号B: a resident who does not know the PIN -------------------------------------------


def code_b_verifies(card_emulator: Any) -> int:
    """VERIFYs that carried 照合番号B (14 bytes); the digits themselves are never logged."""
    return sum(1 for r in card_emulator.apdu_log if r.is_verify_with_data and r.lc == 14)


def to_code_b(scr: Screen, tries: int) -> None:
    scr.tap("forgotPin")
    scr.wait_screen("codeB")
    scr.qtbot.waitUntil(lambda: scr.vm.state["triesLeft"] == tries, timeout=5000)


def type_card_face(scr: Screen, year: str, month: str, day: str, expiry: str, code: str) -> None:
    """The birth date as printed, then the expiry year, then the security code (決定)."""
    scr.keys(year)
    scr.tap("codeB_month")
    scr.keys(month)  # two digits go on to the day by themselves
    scr.keys(day)
    scr.shot("code-b-birth")
    scr.tap("next")
    scr.keys(expiry)
    scr.shot("code-b-expiry")
    scr.tap("next")
    scr.keys(code)
    scr.shot("code-b-code")
    scr.tap("next")


def test_no_pin_the_card_face_numbers_open_the_card(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """「暗証番号がわからない」: the birth date as printed (昭和55年 → 55), the expiry year and the
    security code open the four facts; a wrong code costs one try, says how many are left and
    is never sent again by itself; the PIN's tries are never touched."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "code-b-wrong-then-right")
    start(scr, card_emulator, card("kokutou-mikiya"))
    to_code_b(scr, 10)
    assert "10" in scr.text_of("triesLeft")
    assert scr.has("cardFace")
    type_card_face(scr, "55", "02", "17", "2035", "2286")
    qtbot.waitUntil(lambda: scr.vm.state["pinError"] == "wrong_code_b", timeout=10000)
    scr.shot("code-b-wrong")
    assert "9" in scr.text_of("triesLeft") and "9" in scr.text_of("errorText")
    assert code_b_verifies(card_emulator) == 1
    scr.pause(500)
    assert code_b_verifies(card_emulator) == 1, "the kiosk retried 照合番号B by itself"
    type_card_face(scr, "55", "02", "17", "2035", "2285")
    scr.wait_screen("identity")
    scr.shot("identity")
    assert "黒桐　幹也" in scr.texts()
    assert code_b_verifies(card_emulator) == 2
    assert verifies_sent(card_emulator) == 2, "no PIN was ever sent"
    assert "2285" not in json_state(scr)


def json_state(scr: Screen) -> str:
    import json

    return json.dumps(scr.vm.flow.to_dict(), ensure_ascii=False)


def test_code_b_last_try_needs_an_explicit_yes(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """A foreign resident's card (Western year on the face) with one 照合番号B try left: the
    keypad stays locked until the resident confirms, then the right code opens the card."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "code-b-last-try")
    scr.wait_screen("welcome")
    scr.tap("lang_en")
    qtbot.waitUntil(lambda: scr.vm.language == "en")
    start(scr, card_emulator, card("foreign-resident", code_b_tries_left=1))
    to_code_b(scr, 1)
    scr.shot("code-b-last-try")
    assert scr.has("lastTryBox")
    assert not scr.item("key_1").isEnabled()
    scr.tap("confirmLastTry")
    scr.shot("code-b-last-try-confirmed")
    type_card_face(scr, "1998", "07", "09", "2031", "4817")
    scr.wait_screen("identity")
    scr.shot("identity")
    assert code_b_verifies(card_emulator) == 1
    assert "NGUYEN THI LAN" in scr.texts()
    # dates in English follow the Western calendar first
    assert scr.vm.state["holder"]["birth"] == "July 9, 1998"


def test_code_b_last_try_persona_can_be_refused_and_blocked_goes_to_staff(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "code-b-last-try-refused")
    called: list[str] = []
    window.vm.staffRequested.connect(called.append)
    start(scr, card_emulator, card("code-b-last-try"))
    to_code_b(scr, 1)
    scr.tap("askStaff")
    scr.wait_screen("staff")
    scr.shot("staff")
    assert called == ["code_b"] and code_b_verifies(card_emulator) == 0
    scr.tap("staffBack")
    scr.wait_screen("welcome")
    card_emulator.remove()
    scr2 = Screen(qtbot, window, "code-b-blocked")
    start(scr2, card_emulator, card("code-b-blocked"))
    scr2.tap("forgotPin")
    scr2.wait_screen("blocked")
    scr2.shot("code-b-blocked")
    assert vm_secret(scr2) == "code_b" and code_b_verifies(card_emulator) == 0
    scr2.tap("back")  # the PIN is still there to try
    scr2.wait_screen("pin")
    scr2.shot("pin-again")


def vm_secret(scr: Screen) -> str:
    return str(scr.vm.state["secret"])


def test_call_staff_on_a_step_keeps_every_answer_and_tells_the_desk(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """An 80-year-old stuck on the household step calls staff: nothing is lost, every desk
    lists the call with the draft so far, and the visit goes on to filing."""
    from kiosk import staff_calls
    from kiosk.visits import Visits, VisitStore

    window = make_window(reader_name=card_emulator.reader_name)
    # The visit kept in step with the desks through the database, as ``kiosk tablet`` does.
    visits = Visits(VisitStore(ui_storage), lambda: window.vm.flow)
    visits.attach("t1", window.vm.flow)
    scr = Screen(qtbot, window, "call-staff-keeps-answers")
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    through_identity(scr)
    scr.tap("guide_within")
    scr.wait_step("date")
    scr.tap("yesterday")
    scr.tap("next")
    new_address(scr, "2040021", "3-5-8")
    scr.tap("katagakiNone")
    scr.wait_step("members")
    scr.tap("next")
    scr.wait_step("household")
    before = scr.vm.flow.state.answers.to_dict()
    scr.tap("callStaff")
    qtbot.waitUntil(lambda: scr.has("staffCalled"), timeout=5000)
    scr.shot("staff-called")
    assert scr.vm.flow.state.answers.to_dict() == before, "nothing entered is lost"
    assert (scr.vm.screen, scr.vm.state["step"]) == ("step", "household")
    with ui_storage.reader() as s:
        [call] = staff_calls.open_calls(s)
    assert (call.terminal, call.reason) == ("t1", "help")
    [(state, draft)] = stored(ui_storage)
    assert state.value == "draft" and draft.new_address.one_line() == "東京都清瀬市元町３－５－８"
    # staff helped; the resident goes on and files
    scr.tap("head_0")
    scr.tap("next")
    answer_related(scr)
    number = sign_and_file(scr)
    assert number is not None
    [(state, n)] = stored(ui_storage)
    assert state.value == "confirmed" and n.todoke.moved_on.isoformat() == "2026-04-13"
    visits.close()


def test_no_postal_code_choose_the_address_from_lists(
    qtbot: Any, make_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """「郵便番号がわからない」: a 転居 chooses its 町字 among the city's own; on to the 番地."""
    window = make_window(reader_name=card_emulator.reader_name)
    scr = Screen(qtbot, window, "address-without-postal-code")
    start(scr, card_emulator, card("kokutou-mikiya"))
    enter_pin(scr, "1234")
    through_identity(scr)
    scr.tap("guide_within")
    scr.wait_step("date")
    scr.tap("next")
    scr.wait_step("postal")
    scr.tap("postalUnknown")
    qtbot.waitUntil(lambda: scr.has("browseList"), timeout=5000)
    scr.shot("towns")
    towns = [o["text"] for o in scr.vm.state["browse"]["options"]]
    scr.tap(f"browse_{towns.index('元町')}")
    scr.wait_step("banchi")
    scr.shot("banchi")
    assert scr.vm.state["postalCode"] == "2040021"
    assert scr.vm.state["addressSoFar"] == "東京都清瀬市元町"
