"""転出証明書情報: the import layouts, storage encrypted at rest, lookups, purging, and the
特例転入 a card read (or a 申請番号) pre-fills from it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

import forms
from forms.model import Kind, TenshutsuShomei
from forms.preentry import from_document
from forms.tenshutsu import TenshutsuInfoError, read_csv, read_file, read_json
from kiosk import audit, keys, preentry, retention
from kiosk.preentry import find_tenshutsu_info, import_tenshutsu_info, prefill
from kiosk.storage import Storage
from kiosk.workflow import Actor
from tests.preentry.samples import FAMILY, TENSHUTSU_CSV, TODAY, Card

IT = Actor.system("cli-preentry:it")
NOW = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)


def _import(storage: Storage, data: bytes = TENSHUTSU_CSV.encode(), **kw: object) -> object:
    with storage.transaction() as s:
        return import_tenshutsu_info(
            s, read_file(data), actor=IT, source="file", today=TODAY, now=NOW, **kw
        )


# --- layouts -------------------------------------------------------------------------------------


def test_csv_rows_of_one_application_number_are_one_household() -> None:
    (info,) = read_csv(TENSHUTSU_CSV.encode())
    assert info.onestop_number == "ON-20261101-0042"
    assert info.planned_on == date(2026, 11, 15)
    assert [p.given for p in info.persons] == ["幹也", "鮮花"]
    assert info.persons[1].juminhyo_code == "23456789013"
    # CP932 (as Windows exports it) reads the same; JSON carries the same record.
    assert read_csv(TENSHUTSU_CSV.encode("cp932")) == [info]
    doc = {"format": "tenshutsu-info", "version": 1, "records": [info.model_dump(mode="json")]}
    assert read_json(json.dumps(doc, ensure_ascii=False).encode()) == [info]


_HEADER, _ROW1, _ROW2 = TENSHUTSU_CSV.split("\r\n")[:3]


def _csv(*rows: str, header: str = _HEADER) -> str:
    return "\r\n".join((header, *rows)) + "\r\n"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (_csv(_ROW1, header=_HEADER.replace("住民票コード", "個人番号")), "個人番号"),
        (_csv(_ROW1, header=_HEADER.replace("筆頭者", "備考")), "unknown column"),
        (_csv(_ROW1, header=_HEADER.replace(",性別,", ",,")), "unknown column"),
        (_csv(_ROW1.replace("2026-11-15", "2026-11-31")), "row 2: column 転出予定年月日"),
        (_csv(_ROW1, _ROW2.replace("1982-03-01", "1982/3/1")), "row 3: column 生年月日"),
        (_csv(_ROW1, _ROW2.replace(",鮮花,", ",123456789018,")), "row 3: column 名: "),
        (_csv(_ROW1, _ROW2.replace("2026-11-20", "2026-11-21")), "row 3: column 来庁予定日"),
        (_csv(_ROW1, _ROW2.replace(",2,妻,", ",2,妻,x,")), "row 3: 18 cells"),
        ("申請番号,転出予定年月日\r\n", "required"),
        ("", "empty"),
    ],
)
def test_a_bad_csv_is_refused_in_one_line_naming_where(data: str, says: str) -> None:
    with pytest.raises(TenshutsuInfoError) as info:
        read_csv(data.encode())
    message = str(info.value)
    assert says in message
    assert "\n" not in message
    assert "123456789018" not in message and "鮮花" not in message and "1982" not in message


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        (b'{"format": "tenshutsu-info", "version": 2, "records": []}', "version 2"),
        (b'{"format": "other"}', "layout"),
        (
            b'{"format": "tenshutsu-info", "version": 1, "records": [{"my_number": "1"}]}',
            "個人番号",
        ),
        (b'{"format": "tenshutsu-info", "version": 1, "records": [], "x": NaN}', "NaN"),
        (b'{"format": "tenshutsu-info", "format": "tenshutsu-info"}', "duplicate"),
        (b"\xff" * 10, "UTF-8"),
        (b"{" * (6 * 1024 * 1024), "bytes"),
    ],
)
def test_a_bad_json_import_is_refused_in_one_line(doc: bytes, says: str) -> None:
    with pytest.raises(TenshutsuInfoError) as info:
        read_json(doc)
    assert says in str(info.value)
    assert "\n" not in str(info.value)


# --- storage -------------------------------------------------------------------------------------


def test_records_are_stored_encrypted_found_by_number_or_card_and_replaced(
    storage: Storage,
) -> None:
    report = _import(storage)
    assert report == preentry.ImportReport(added=1)
    with storage.engine.connect() as conn:
        (blob,) = conn.execute(text("select payload from tenshutsu_info")).one()
    raw = bytes(blob)
    for secret in ("黒桐", "幹也", "12345678903", "ON-20261101-0042", "観布子"):
        assert secret.encode() not in raw

    with storage.reader() as s:
        (by_number,) = find_tenshutsu_info(s, onestop_number="on-20261101-0042", today=TODAY)
        (by_card,) = find_tenshutsu_info(
            s, name="黒桐\u3000鮮花", birth_date=date(1982, 3, 1), today=TODAY
        )
        assert by_number == by_card
        assert find_tenshutsu_info(s, name="黒桐\u3000鮮花", birth_date=date(1982, 3, 2)) == []
        assert find_tenshutsu_info(s, name="黒桐\u3000幹", birth_date=date(1980, 2, 17)) == []
        with pytest.raises(preentry.TenshutsuLookupError):
            find_tenshutsu_info(s, name="黒桐\u3000鮮花")

    # The same file again (a correction, or sent twice) replaces, never doubles.
    corrected = TENSHUTSU_CSV.replace("2026-11-20,132217", "2026-11-21,132217")
    assert _import(storage, corrected.encode()) == preentry.ImportReport(replaced=1)
    with storage.reader() as s:
        (info,) = find_tenshutsu_info(s, onestop_number="ON-20261101-0042")
        assert info.visit_planned_on == date(2026, 11, 21)
        details = [e.detail for e in audit.entries(s) if e.action == "tenshutsu_import"]
    assert len(details) == 2
    assert all("黒桐" not in d and "0042" not in d for d in details)


def test_records_leave_once_the_tokurei_period_is_over(storage: Storage) -> None:
    old = TENSHUTSU_CSV.replace("ON-20261101-0042", "ON-OLD").replace("2026-11-15", "2026-09-01")
    with storage.transaction() as s:
        assert import_tenshutsu_info(
            s, read_csv(old.encode()), actor=IT, source="file", today=date(2026, 9, 2), now=NOW
        ) == preentry.ImportReport(added=1)
    # Imported today, it would already be too late: skipped.
    assert _import(storage, old.encode()) == preentry.ImportReport(expired=1)
    _import(storage)
    with storage.transaction() as s:
        report = retention.purge(s, storage.config.retention, now=NOW)
    assert report.tenshutsu_info == 1
    with storage.reader() as s:
        assert find_tenshutsu_info(s, onestop_number="ON-OLD") == []
        assert len(find_tenshutsu_info(s, onestop_number="ON-20261101-0042")) == 1
    later = NOW + preentry.KEPT_AFTER_PLANNED + timedelta(days=1)
    with storage.transaction() as s:
        assert retention.purge(s, storage.config.retention, now=later).tenshutsu_info == 1
    with storage.engine.connect() as conn:
        assert conn.execute(text("select count(*) from tenshutsu_info")).scalar() == 0


def test_records_survive_a_key_rotation(storage: Storage) -> None:
    _import(storage)
    keys.rotate_key(storage, actor=IT)
    with storage.reader() as s:
        assert len(find_tenshutsu_info(s, onestop_number="ON-20261101-0042")) == 1


# --- the 特例転入 pre-filled ---------------------------------------------------------------------


def test_a_card_read_pre_fills_a_tokurei_tennyu(storage: Storage) -> None:
    _import(storage)
    with storage.transaction() as s:
        result = prefill(s, Card(), kind=Kind.TENNYU, today=TODAY, actor=IT)
    n = result.notification
    assert result.tenshutsu is not None
    assert n.todoke.tenshutsu_shomei is TenshutsuShomei.TOKUREI
    assert n.todoke.onestop_number == "ON-20261101-0042"
    assert n.todoke.visit_planned_on == date(2026, 11, 20)
    assert [p.juminhyo_code for p in n.persons] == ["12345678903", "23456789013"]
    assert n.persons[1].name.full() == "黒桐\u3000鮮花"
    assert n.persons[0].honseki == "東京都清瀬市観布子南１２"
    assert n.previous_head_name == "黒桐\u3000幹也"
    assert n.provenance["persons.1.juminhyo_code"].source == "tenshutsu_info"
    assert n.is_card_verified("persons.0.name.family")  # the card's items stay the card's
    assert n.is_card_verified("previous_address.original")
    assert any("特例転入" in note for note in result.notes)
    assert any("異動者を1人追加" in a for a in n.jimu.alerts)
    # What is left for the resident and staff: the new address, the date, the signature.
    fields = {f.field for f in forms.check(n, today=TODAY).errors}
    assert "todoke.tenshutsu_shomei" not in fields
    assert not any(f.endswith("juminhyo_code") for f in fields)


def test_the_pre_entry_and_the_certificate_data_together(storage: Storage) -> None:
    _import(storage)
    code = from_document({**FAMILY, "o": "ON-20261101-0042"})
    with storage.transaction() as s:
        result = prefill(s, Card(), preentry=code, today=TODAY)
    n = result.notification
    assert len(n.persons) == 4  # the two on the certificate data are the pre-entered ones
    assert n.todoke.tokurei
    assert n.new_address.municipality == "清瀬市"
    assert n.provenance["persons.1.name.given_kana"].source == "tenshutsu_info"
    assert n.provenance["persons.2.name.given"].source == "preentry"
    assert [note for note in result.notes if "申請番号" in note]


def test_the_30_day_limit_runs_from_the_planned_move_out(storage: Storage) -> None:
    _import(storage)
    late = TODAY + timedelta(days=35)
    with storage.transaction() as s:
        result = prefill(s, Card(), kind=Kind.TENNYU, today=late)
    n = result.notification
    assert n.todoke.tenshutsu_planned_on == date(2026, 11, 15)
    assert n.provenance["todoke.tenshutsu_planned_on"].source == "tenshutsu_info"
    codes = {f.code for f in forms.check(n, today=late).errors}
    assert "tokurei_period_over" in codes
    # Filed within the 30 days, the same household has no such error.
    with storage.transaction() as s:
        in_time = prefill(s, Card(), kind=Kind.TENNYU, today=TODAY).notification
    assert in_time.todoke.tokurei
    assert "tokurei_period_over" not in {f.code for f in forms.check(in_time, today=TODAY).errors}


def test_two_households_matching_are_left_to_staff(storage: Storage) -> None:
    _import(storage)
    other = TENSHUTSU_CSV.replace("ON-20261101-0042", "ON-20261101-0099")
    _import(storage, other.encode())
    with storage.transaction() as s:
        result = prefill(s, Card(), kind=Kind.TENNYU, today=TODAY)
    assert result.tenshutsu is None
    assert not result.notification.todoke.tokurei
    assert any("2件" in note for note in result.notes)
