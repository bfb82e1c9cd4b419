"""Pre-entry at the counter, through the real resident window: the code the phone made is read
on the QR screen — from a camera frame by the real decoder, or typed by a 2D scanner — and the
My Number Card, read through pcscd + vsmartcard-vpcd + the emulator, then completes the draft.
And a 特例転入 pre-filled from imported 転出証明書情報 when the card is read.

The test machine has no camera: the QR screen says so and offers the scanner (what a counter
without a camera shows). The camera's path behind the preview is the same one the frames take
here: a frame put into the preview's ``QVideoSink`` goes to the decoder on its worker thread.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

import pytest
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtQuick import QQuickItem

from forms.preentry import encode, from_document, from_preentry
from forms.tenshutsu import read_csv
from kiosk.preentry import import_tenshutsu_info
from kiosk.workflow import Actor
from tests.preentry.camera import camera_frame
from tests.preentry.samples import FAMILY, TENSHUTSU_CSV, TODAY
from tests.ui.conftest import DIAGONAL_INCHES, SCREEN, Screen, _plain, card
from tests.ui.test_resident_flows import enter_pin, sign_and_file, stored

pytestmark = pytest.mark.pcsc


def scanner_types(scr: Screen, text: str) -> None:
    """A keyboard-wedge 2D scanner: one key press and release per character, then Enter."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(scr.view, event)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        QCoreApplication.sendEvent(scr.view, event)
    scr.pause(30)


#: The QR screen's refusals, as written in its source (Japanese).
NOT_A_CODE = (
    "この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。"
)
DAMAGED = "コードを読み取れませんでした。もう一度かざしてください。"


def one_line(language: str, source: str) -> str:
    """What the resident reads for ``source`` in ``language``: its translation (furigana
    removed), checked to be one line of that language and no Japanese left in a foreign one."""
    from ui.resident.i18n import BY_CODE

    text = source
    ts = BY_CODE[language].ts_path
    if ts is not None:
        [message] = [
            m
            for m in ElementTree.parse(ts).getroot().iter("message")
            if m.findtext("source") == source
        ]
        text = message.findtext("translation") or ""
    text = _plain(text)
    assert text and "\n" not in text
    if language not in ("ja", "ja_easy"):
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text), text
    return text


def family_code(**changes: Any) -> str:
    document = copy.deepcopy(FAMILY)
    document.update(changes)
    return encode(from_document(document))


def qr_png(text: str) -> bytes:
    """The code as the phone page shows it: a QR in alphanumeric mode, error correction M."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, box_size=6)
    qr.add_data(qrcode.util.QRData(text, mode=qrcode.util.MODE_ALPHA_NUM))
    qr.make(fit=True)
    out = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def counter_window(
    qtbot: Any, fonts: list[str], ui_config: Any, ui_storage: Any, card_emulator: Any
) -> Iterator[Any]:
    """The counter's resident window on the day the family comes (their pre-entry's dates)."""
    from kiosk.resident_service import ResidentService
    from ui.resident.app import ResidentWindow

    service = ResidentService(
        ui_config,
        ui_storage,
        reader_name=card_emulator.reader_name,
        today=lambda: TODAY,
        terminal="t1",
    )
    window = ResidentWindow(service, size=SCREEN, diagonal_inches=DIAGONAL_INCHES)
    window.view.show()
    qtbot.waitExposed(window.view)
    window.watch_cards()
    yield window
    window.close()


def open_qr_screen(scr: Screen) -> None:
    scr.wait_screen("welcome")
    scr.shot("welcome")
    scr.tap("startPreentry")
    scr.wait_screen("preentry")
    scr.view.requestActivate()  # the kiosk's only window: keys go to it
    scr.qtbot.waitUntil(lambda: scr.view.activeFocusItem() is not None, timeout=5000)
    scr.qtbot.waitUntil(
        lambda: scr.view.activeFocusItem().objectName() == "scannerField", timeout=5000
    )
    # No camera on this machine: the screen says so and offers the scanner.
    assert scr.has("noCamera") and not scr.has("cameraBox")
    scr.shot("qr-screen-no-camera")


def card_then_confirm(scr: Screen, card_emulator: Any) -> None:
    """The card completes what the code began: PIN, "is this you?", the reading typed at home."""
    card_emulator.insert(card("kokutou-mikiya"))
    scr.wait_screen("pin")
    scr.qtbot.waitUntil(lambda: scr.vm.state["triesLeft"] >= 0, timeout=5000)
    scr.shot("pin")
    enter_pin(scr, "1234")
    scr.wait_screen("identity")
    scr.shot("identity")
    scr.tap("identityYes")
    scr.wait_screen("furigana")
    reading = scr.vm.state["reading"]
    assert (reading["familyKana"], reading["givenKana"]) == ("コクトウ", "ミキヤ"), "from home"
    scr.shot("furigana-from-home")
    scr.tap("next")


def test_a_camera_frame_of_the_phone_then_the_card(
    qtbot: Any, counter_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    scr = Screen(qtbot, counter_window, "preentry-camera")
    open_qr_screen(scr)
    # The phone held up to the camera: a frame as a tablet camera sees it (turned, noisy) goes
    # into the preview's sink, and the real decoder reads it off the GUI thread.
    frame = camera_frame(qr_png(family_code()), angle=-6.0, save=scr.dir / "camera-frame.png")
    preview = scr.root().findChild(QQuickItem, "cameraPreview")
    assert preview is not None
    sink = preview.property("videoSink")
    sink.setVideoFrame(QVideoFrame(frame))
    qtbot.waitUntil(lambda: bool(scr.vm.state["preentryRead"]), timeout=10000)
    assert scr.has("preentryRead")
    scr.shot("qr-read")
    card_then_confirm(scr, card_emulator)
    # Everything was answered at home: the confirm screen, every answer to read once.
    scr.wait_screen("confirm")
    texts = " ".join(scr.texts())
    assert "下清戸" in texts and "清瀬ハイツ201" in texts
    assert sign_and_file(scr) is None, "a 転入 waits for staff's 転出証明書"
    [(_, n)] = stored(ui_storage)
    assert n.persons[0].name.full() == "黒桐\u3000幹也" and n.is_card_verified(
        "persons.0.birth_date"
    )
    assert [p.name.given for p in n.persons] == ["幹也", "鮮花", "未那", "一"]
    marked = set(from_preentry(n))
    assert {"new_address.town", "persons.2.birth_date", "todoke.moved_on"} <= marked
    assert not any(p in marked for p in ("persons.0.name.family", "persons.0.birth_date"))


def test_a_scanner_types_the_code_and_the_screens_speak_its_language(
    qtbot: Any, counter_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    scr = Screen(qtbot, counter_window, "preentry-scanner")
    open_qr_screen(scr)
    # A keyboard-wedge scanner: its own prefix, then the code, then Enter — keys, not a tap.
    scanner_types(scr, "]Q1" + "NOT A CODE")
    qtbot.waitUntil(lambda: scr.has("errorText"), timeout=5000)
    assert scr.text_of("errorText") == one_line("ja", NOT_A_CODE)
    assert scr.vm.screen == "preentry" and not scr.vm.state["preentryRead"]
    scr.shot("not-a-code")
    good = family_code(l="vi")
    scanner_types(scr, "]Q1" + good)
    qtbot.waitUntil(lambda: bool(scr.vm.state["preentryRead"]), timeout=5000)
    assert scr.vm.language == "vi", "answered in Vietnamese at home"
    assert not scr.has("errorText") and not scr.has("inputPanel"), "no on-screen keyboard"
    scr.shot("qr-read-vi")
    # The phone held up once more, half off the scanner: one line in Vietnamese, and the
    # code already read is kept (the card still completes it).
    scanner_types(scr, "]Q1" + good[:-10])
    qtbot.waitUntil(lambda: scr.has("errorText"), timeout=5000)
    assert scr.text_of("errorText") == one_line("vi", DAMAGED)
    assert scr.has("preentryRead") and scr.vm.language == "vi"
    scr.shot("damaged-after-read-vi")
    card_then_confirm(scr, card_emulator)
    scr.wait_screen("confirm")
    scr.shot("confirm-vi")
    # The resident changes one answer: it is theirs, the rest still shows where it came from.
    scr.tap("edit_newAddress")
    scr.wait_step("postal")
    assert scr.vm.state["postalCode"] == "2040011"
    scr.tap("next")
    scr.wait_step("candidates")
    scr.tap("candidate_0")
    scr.wait_step("banchi")
    assert scr.vm.state["banchi"] == "1-2-3"
    scr.tap("key_back")
    scr.keys("5")
    scr.tap("next")
    scr.wait_step("katagaki")
    scr.tap("next")
    sign_and_file(scr)
    [(_, n)] = stored(ui_storage)
    assert n.new_address.banchi == "１－２－５"
    marked = set(from_preentry(n))
    assert "new_address.banchi" not in marked and "new_address.katagaki" in marked


def test_a_tokurei_tennyu_is_pre_filled_when_the_card_is_read(
    qtbot: Any, counter_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """No phone: the card alone finds the 転出証明書情報 the back office handed over."""
    with ui_storage.transaction() as session:
        import_tenshutsu_info(
            session,
            read_csv(TENSHUTSU_CSV.encode("cp932")),
            actor=Actor.system("test"),
            source="file",
            today=TODAY,
        )
    scr = Screen(qtbot, counter_window, "tokurei-tennyu")
    scr.wait_screen("welcome")
    card_emulator.insert(card("kokutou-mikiya"))
    scr.wait_screen("pin")
    scr.qtbot.waitUntil(lambda: scr.vm.state["triesLeft"] >= 0, timeout=5000)
    enter_pin(scr, "1234")
    scr.wait_screen("identity")
    scr.tap("identityYes")
    scr.wait_screen("furigana")
    scr.tap("readingSkip")
    scr.wait_screen("guide")
    scr.tap("guide_into")
    scr.tap("guide_no")
    scr.wait_step("date")
    scr.tap("today")
    scr.tap("next")
    scr.wait_step("postal")
    scr.keys("2040011")
    scr.tap("next")
    scr.wait_step("candidates")
    scr.tap("candidate_0")
    scr.wait_step("banchi")
    scr.keys("1-2-3")
    scr.tap("next")
    scr.wait_step("katagaki")
    scr.tap("next")
    scr.wait_step("members")
    # The household on the record is listed: the wife came, from the 転出 data.
    members = scr.vm.state["members"]
    assert [m["name"] for m in members] == ["黒桐\u3000幹也", "黒桐\u3000鮮花"]
    assert members[1]["source"] == "tenshutsu_info"
    scr.shot("members-from-tenshutsu")
    scr.tap("next")
    scr.wait_step("household")
    assert scr.vm.state["head"] == 0 and members[1]["relationship"] == "妻"
    scr.shot("household-from-tenshutsu")
    n, _ = scr.vm.flow.checked()
    assert n.todoke.tokurei and n.todoke.onestop_number == "ON-20261101-0042"
    assert [p.juminhyo_code for p in n.persons] == ["12345678903", "23456789013"]
    assert n.provenance["persons.1.honseki"].source == "tenshutsu_info"
    assert n.is_card_verified("persons.0.name.family")


def test_the_card_first_then_the_code_from_the_pin_pad(
    qtbot: Any, counter_window: Any, card_emulator: Any, ui_storage: Any
) -> None:
    """The card already lies on the reader when the resident remembers the phone: the PIN
    pad opens the QR screen and, the code read, comes back for the PIN."""
    scr = Screen(qtbot, counter_window, "preentry-from-pin")
    scr.wait_screen("welcome")
    card_emulator.insert(card("kokutou-mikiya"))
    scr.wait_screen("pin")
    assert not scr.has("pinPreentryRead")
    scr.tap("pinPreentry")
    scr.wait_screen("preentry")
    scr.view.requestActivate()
    scr.qtbot.waitUntil(
        lambda: getattr(scr.view.activeFocusItem(), "objectName", lambda: "")() == "scannerField",
        timeout=5000,
    )
    scanner_types(scr, family_code())
    scr.wait_screen("pin")
    assert scr.has("pinPreentryRead") and not scr.has("pinPreentry")
    scr.shot("pin-code-read")
    scr.qtbot.waitUntil(lambda: scr.vm.state["triesLeft"] >= 0, timeout=5000)
    enter_pin(scr, "1234")
    scr.wait_screen("identity")
    scr.tap("identityYes")
    scr.wait_screen("furigana")
    scr.tap("next")
    scr.wait_screen("confirm")
    texts = " ".join(scr.texts())
    assert "下清戸" in texts and "清瀬ハイツ201" in texts, "the draft typed at home"
