"""While the back office cannot be reached, every desk says so in its status bar, in the
counter's time zone, with how many notifications wait; the line goes once it is back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk import outbox, workflow
from kiosk.storage import Storage
from tests.staff.conftest import Shots, family_tennyu, file_notification, login

JST = ZoneInfo("Asia/Tokyo")


def _route_down(storage: Storage, route: str, since: datetime) -> None:
    with storage.transaction() as session:
        outbox.note_failure(
            session,
            route,
            now=since,
            reason="cannot connect",
            threshold=1,
            probe_delay=lambda _n: 30.0,
            probe=False,
        )


def _route_back(storage: Storage, route: str) -> None:
    with storage.transaction() as session:
        outbox.note_answer(session, route, now=datetime.now(UTC))


def test_the_desk_says_when_the_back_office_is_down_and_how_many_wait(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Storage,
    shots: Shots,
) -> None:
    n = family_tennyu()
    file_notification(staff_storage, n)
    with staff_storage.transaction() as s:
        workflow.start_review(s, n.id, actor=workflow.Actor.staff("sato", ["審査"]))
        workflow.approve(s, n.id, actor=workflow.Actor.staff("sato", ["審査"]), adapter="csv")
    console = make_console(refresh_seconds=0.2)
    window = login(qtbot, console, reviewer_secret, shots)
    assert not window.delivery_label.isVisible()

    since = datetime.now(UTC) - timedelta(minutes=10)
    _route_down(staff_storage, "csv", since)
    qtbot.waitUntil(window.delivery_label.isVisible, timeout=5000)
    text = window.delivery_label.text()
    # The clock of the counter (JST), never UTC; the day is today, so only the time is given.
    local = since.astimezone(JST)
    day = "" if local.date() == datetime.now(JST).date() else f"{local.month}/{local.day} "
    expected = (
        f"住民記録システムの取込フォルダに書き込めません（{day}{local:%H:%M} から、1 件待ち）"
    )
    assert expected in text, text
    assert "長く続いています" not in text  # not yet past the alert horizon
    shots(window, "back-office-down")
    # A passing message in the status bar does not hide it.
    window.say("別の知らせ", 5000)
    assert window.delivery_label.isVisible()

    _route_back(staff_storage, "csv")
    qtbot.waitUntil(lambda: not window.delivery_label.isVisible(), timeout=5000)
