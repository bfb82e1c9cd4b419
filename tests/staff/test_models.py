"""The console's Qt models, read cell by cell at ``data(index, role)`` as a view would.

The queue and the review come from the real staff service over a real SQLite database; what is
asserted is what a clerk reads in a cell: labels, local times, waiting times, where a value
came from, the tints that go with words.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kiosk import workflow
from kiosk.desk_queue import QueueRow
from kiosk.staff_service import StaffService, StaffUser
from kiosk.status import Status
from tests.staff.conftest import (
    PASSWORD,
    add_staff,
    family_tennyu,
    file_notification,
    today,
    totp,
)
from ui.staff.layout import clock, lay_out
from ui.staff.viewmodel import (
    ALERT_TINT,
    ConsoleViewModel,
    FieldsModel,
    NumbersModel,
    QueueModel,
    RelatedModel,
    waiting_text,
)

JST = ZoneInfo("Asia/Tokyo")
DISPLAY = Qt.ItemDataRole.DisplayRole


def cell(model: Any, row: int, col: int, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, col), role)


def column(model: Any, header: str) -> int:
    return list(model.HEADERS).index(header)


def morning() -> datetime:
    """08:30 at the counter today (23:30 UTC the day before)."""
    return datetime.combine(today(), time(8, 30), tzinfo=JST).astimezone(UTC)


def queue_row(**changes: Any) -> QueueRow:
    base: dict[str, Any] = {
        "id": uuid.uuid4(),
        "label": "1-007",
        "kind": "tennyu",
        "kind_label": "転入",
        "status": Status.CONFIRMED,
        "terminal": "t1",
        "waiting_seconds": 754,
        "persons": 4,
        "errors": 0,
        "alerts": 2,
        "badges": ("外字",),
        "reviewer": None,
        "version": 3,
        "received_at": morning(),
    }
    base.update(changes)
    return QueueRow(**base)


def test_queue_cells_show_local_times_and_no_waiting_for_finished(qapp: Any) -> None:
    model = QueueModel(JST, today)
    waiting = queue_row()
    finished = queue_row(label="1-003", status=Status.APPROVED, waiting_seconds=None)
    yesterday = queue_row(
        label="1-009", status=Status.DELIVERY_FAILED, waiting_seconds=None,
        received_at=morning() - timedelta(days=1),
    )  # fmt: skip
    model.set_rows([waiting, finished, yesterday])
    assert model.rowCount() == 3 and model.columnCount() == len(QueueModel.HEADERS)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    at = column(model, "受付")
    # 23:30 UTC is 08:30 at a counter in Japan: the clerk never reads UTC.
    assert cell(model, 0, at) == "08:30"
    assert morning().strftime("%H:%M") == "23:30"
    day_before = (today() - timedelta(days=1)).day
    assert cell(model, 2, at).endswith(f"{day_before}日 08:30")
    wait = column(model, "待ち時間")
    assert cell(model, 0, wait) == "12分34秒"
    assert cell(model, 1, wait) == "—"  # 本登録: nobody waits any more
    assert cell(model, 0, column(model, "エラー・注意")) == "注意2・外字"
    assert cell(model, 0, column(model, "状態")) == "確認済"
    assert cell(model, 0, 0, Qt.ItemDataRole.UserRole) == str(waiting.id)
    assert "1-007" in cell(model, 0, 0, Qt.ItemDataRole.AccessibleTextRole)
    tint = cell(model, 2, 0, Qt.ItemDataRole.BackgroundRole)
    assert tint.color().name() == "#fde2e1"  # 送信失敗, and the state says so in words
    assert cell(model, 2, column(model, "状態")) == "送信失敗"
    assert model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "受付番号"
    assert model.row_of(finished.id) == 1 and model.row_of(uuid.uuid4()) == -1


def test_clock_follows_the_configured_zone() -> None:
    moment = morning()
    for zone in ("Asia/Tokyo", "America/New_York", "UTC"):
        tz = ZoneInfo(zone)
        assert clock(moment, tz) == moment.astimezone(tz).strftime("%H:%M")
    assert clock(None, JST) == "—"
    assert waiting_text(3 * 3600 + 5 * 60) == "3時間05分" and waiting_text(None) == "—"


@pytest.fixture
def desk(service: StaffService, reviewer: StaffUser, qapp: Any) -> ConsoleViewModel:
    vm = ConsoleViewModel(service, reviewer, live=False)
    yield vm
    vm.close()


def test_fields_model_marks_where_each_value_came_from(
    desk: ConsoleViewModel, staff_storage: Any, service: StaffService, reviewer: StaffUser
) -> None:
    n = family_tennyu(late=True, gaiji=True)
    file_notification(staff_storage, n)
    desk.refresh_queue()
    assert desk.queue.rowCount() == 1
    assert desk.open(n.id)
    model: FieldsModel = desk.fields
    rows = {cell(model, i, 0, Qt.ItemDataRole.UserRole): i for i in range(model.rowCount())}
    source = column(model, "入力元")

    def mark(path: str) -> str:
        return str(cell(model, rows[path], source))

    # Worked out by the system, not typed by the resident.
    assert mark("new_address.lg_code") == "◇ 自動算出"
    assert mark("filer.id_check.method") == "◇ 自動算出"
    assert mark("todoke.filed_on") == "◇ 自動算出"
    assert mark("persons.0.relationship") == "住民入力"
    # The 外字 field is tinted and says why in words.
    family = rows["persons.0.name.family"]
    assert cell(model, family, column(model, "指摘")) == "外字"
    assert cell(model, family, 2, Qt.ItemDataRole.BackgroundRole).color().name() == ALERT_TINT
    assert cell(model, rows["todoke.moved_on"], column(model, "指摘")) == "届出期間経過"
    assert cell(model, rows["todoke.moved_on"], 2).startswith("令和")
    # A staff correction is marked as one, from then on.
    assert desk.edit("persons.1.name.given", "華子", "resident_request")
    rows = {cell(model, i, 0, Qt.ItemDataRole.UserRole): i for i in range(model.rowCount())}
    assert mark("persons.1.name.given") == "◆ 職員訂正"
    assert cell(model, rows["persons.1.name.given"], 2) == "華子"
    # The layout is plain data: the same rows the model shows.
    assert [r.path for r in lay_out(desk.review)] == [r.path for r in desk.rows]


def test_related_and_numbers_models(
    desk: ConsoleViewModel, staff_storage: Any, service: StaffService, reviewer: StaffUser
) -> None:
    n = family_tennyu()
    label = file_notification(staff_storage, n)
    desk.refresh_queue()
    desk.open(n.id)
    related: RelatedModel = desk.related
    assert related.rowCount() == len(n.related) >= 2
    first = related.rows[0]
    assert cell(related, 0, 0) == "□ 未"
    assert cell(related, 0, 1) == first.name and cell(related, 0, 3) == first.reason
    assert desk.mark_related(first.code, True)
    assert cell(related, 0, 0) == "■ 済"
    assert cell(related, 0, 0, Qt.ItemDataRole.BackgroundRole) is not None

    desk.refresh_day()
    numbers: NumbersModel = desk.numbers
    assert numbers.rowCount() == 1
    assert cell(numbers, 0, 0) == label
    assert cell(numbers, 0, column(numbers, "状態")) == "審査中"
    received = desk.review.received_at
    assert cell(numbers, 0, column(numbers, "受付")) == received.astimezone(JST).strftime("%H:%M")


def test_waiting_time_stops_once_approved(
    desk: ConsoleViewModel, staff_storage: Any, service: StaffService, reviewer: StaffUser
) -> None:
    n = family_tennyu()
    file_notification(staff_storage, n)
    desk.refresh_queue()
    wait = column(desk.queue, "待ち時間")
    assert cell(desk.queue, 0, wait) != "—"
    desk.open(n.id)
    assert desk.approve()
    assert desk.queue.rows[0].status is Status.APPROVED
    assert cell(desk.queue, 0, wait) == "—"


def test_another_desk_sees_the_mark(
    staff_storage: Any, service: StaffService, reviewer: StaffUser
) -> None:
    """関連手続 marks are shared: another session (another desk) reads them back."""
    n = family_tennyu()
    file_notification(staff_storage, n)
    code = n.related[0].code
    service.mark_related(reviewer, n.id, code)
    other = StaffService(service.config, staff_storage, terminal="desk-2")
    secret = add_staff(staff_storage, "suzuki", ["受付"], "鈴木 受付係")
    again = other.login("suzuki", PASSWORD, totp(secret))
    marks = {r.code: r.done for r in other.review(again, n.id).related}
    assert marks[code] is True and not any(v for k, v in marks.items() if k != code)
    with staff_storage.reader() as s:
        assert workflow.load(s, n.id).related[0].done is False  # the data itself is untouched
