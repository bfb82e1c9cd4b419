"""At the counter: the QR the phone made, read by the counter's decoder from a camera frame,
becomes a draft; the My Number Card, read through pcscd + vsmartcard-vpcd + our emulator, then
verifies identity and its four items take precedence. And a 特例転入 pre-filled from
転出証明書情報 imported with ``kiosk preentry import``, when the card is read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import forms
from cardreader import MyNumberCardReader
from cardreader.emulator import CardEmulator, Persona
from forms.preentry import from_preentry
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.preentry import prefill
from kiosk.storage import Storage
from tests.preentry.browser import ARTIFACTS, Phone
from tests.preentry.camera import camera_frame
from tests.preentry.samples import TENSHUTSU_CSV
from tests.preentry.walk import family_of_four
from ui.preentry_scan import code_from_scanner, decode_qr

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(240)]


def _read_card(card_emulator: CardEmulator, persona: Persona) -> object:
    card_emulator.insert(persona)
    return MyNumberCardReader(card_emulator.reader_name).read_identity(persona.pin)


@pytest.mark.browser
@pytest.mark.slow
def test_the_counter_reads_the_qr_into_a_draft_the_card_completes(
    phone: Callable[[str], Phone],
    card_emulator: CardEmulator,
    persona: Callable[[str], Persona],
    storage: Storage,
) -> None:
    # At home: the family's answers, on a phone, in Vietnamese; the typed name has a typo.
    p = phone("vi")
    family_of_four(p, "vi", shots=False)
    png = p.page.locator("#qr svg").screenshot()

    # At the counter: the tablet camera sees the phone; the decoder reads the code.
    code = decode_qr(camera_frame(png, angle=-5.0, save=ARTIFACTS / "counter-camera-frame.png"))
    assert code is not None

    # Then the card: PIN through the real PC/SC stack; the card's four items win.
    holder = persona("kokutou-mikiya")
    identity = _read_card(card_emulator, holder)
    today = datetime.now(ZoneInfo("Asia/Tokyo")).date()  # the phone's day, in its time zone
    with storage.transaction() as session:
        result = prefill(session, identity, preentry=code, today=today)  # type: ignore[arg-type]
    n = result.notification

    assert n.kind is forms.Kind.TENNYU
    assert n.persons[0].name.full() == "黒桐\u3000幹也"
    assert n.is_card_verified("persons.0.name.family")
    assert n.is_card_verified("persons.0.birth_date")
    assert n.is_card_verified("previous_address.original")  # where they come from: the card
    assert n.persons[0].name.full_kana() == "コクトウ\u3000ミキヤ"  # typed at home
    assert [q.name.given for q in n.persons] == ["幹也", "鮮花", "未那", "一"]
    assert n.new_address.one_line() == "東京都清瀬市下清戸１－２－３\u3000清瀬ハイツ201"
    assert n.household.head_name == "黒桐\u3000幹也"
    # Staff see what came from the phone, and what came from the card.
    pre = from_preentry(n)
    assert "new_address.town" in pre and "persons.3.birth_date" in pre
    assert "persons.0.name.family" not in pre and "persons.0.name.family_kana" in pre
    assert not any("カードと異なる" in a for a in n.jimu.alerts)
    # No 転出証明書情報 was handed over: the 申請番号 was looked up and not found.
    assert any("見つかりませんでした" in note for note in result.notes)
    assert n.todoke.onestop_number == "ON-20261101-0042"

    # A 2D scanner typing the same code into a field gives the same draft.
    typed = "\x02" + code.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}) + "\r\n"
    scanned = code_from_scanner(typed)
    assert scanned is not None
    with storage.transaction() as session:
        again = prefill(session, identity, preentry=scanned, today=today)  # type: ignore[arg-type]
    assert again.notification.persons == n.persons


def test_a_tokurei_tennyu_pre_fills_from_imported_certificate_data(
    card_emulator: CardEmulator,
    persona: Callable[[str], Persona],
    config: Config,
    storage: Storage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The back office drops the 転出証明書情報 (CP932, as Windows writes it); IT imports it.
    drop = tmp_path / "tenshutsu-20261120.csv"
    drop.write_bytes(TENSHUTSU_CSV.encode("cp932"))
    for key, value in (
        ("KIOSK_PATHS_DATA_DIR", str(config.data_dir)),
        ("KIOSK_PRIVACY_KEY_STORE", "file"),
        ("KIOSK_DATABASE_URL", config.database.url),
    ):
        monkeypatch.setenv(key, value)
    assert main(["preentry", "import", str(drop)]) == 0
    assert "1 added" in capsys.readouterr().out

    # The resident comes without a pre-entry; the card is read.
    identity = _read_card(card_emulator, persona("kokutou-mikiya"))
    with storage.transaction() as session:
        result = prefill(
            session,
            identity,  # type: ignore[arg-type]
            kind=forms.Kind.TENNYU,
            today=date(2026, 11, 20),
        )
    n = result.notification
    assert n.todoke.tokurei
    assert n.todoke.onestop_number == "ON-20261101-0042"
    assert [q.name.full() for q in n.persons] == ["黒桐\u3000幹也", "黒桐\u3000鮮花"]
    assert [q.juminhyo_code for q in n.persons] == ["12345678903", "23456789013"]
    assert n.persons[1].relationship == "妻"
    assert n.provenance["persons.1.honseki"].source == "tenshutsu_info"
    assert n.is_card_verified("persons.0.name.given")
    fields = {f.field for f in forms.check(n, today=date(2026, 11, 20)).errors}
    assert not any(f.startswith("todoke.tenshutsu") or f.endswith("juminhyo_code") for f in fields)
