"""A counter floor on PostgreSQL: a desk leads a paired tablet's visit through the database.

The desk (the real staff console, by keyboard) and the tablet (its flow, with a fake card on a
fake reader) each have their own database engine, as two PCs do, on one throwaway PostgreSQL;
neither holds the other's flow. The desk learns of the tablet's call through LISTEN/NOTIFY,
takes the visit over, types a step, hands it back; the tablet follows each change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk import pairing
from kiosk.flow import ResidentFlow
from kiosk.resident_service import ResidentService
from kiosk.staff_service import StaffService
from kiosk.storage import Storage, open_storage
from kiosk.visits import Visits, VisitStore
from tests.fixtures.postgres import postgres_cluster, postgres_url  # noqa: F401 - fixtures
from tests.kiosk.test_flow import HOLDER, FakeCard
from tests.staff.conftest import Shots, add_staff, login, make_config, today
from ui.visit_sync import VisitFollower

pytestmark = pytest.mark.postgres

TABLET = "tablet-3"


class Tablet:
    """A tablet's flow on its own engine, kept in step with the database."""

    def __init__(self, config: Any, storage: Storage) -> None:
        service = ResidentService(config, storage, today=today, terminal=TABLET)
        self.card = FakeCard()
        self.flow = ResidentFlow(service, card=self.card)
        self.visits = Visits(VisitStore(storage), lambda: self.flow)
        link = self.visits.attach(TABLET, self.flow)
        self.follower = VisitFollower(
            storage, lambda ids: [TABLET] if link.id in ids and link.pull() else []
        )

    def close(self) -> None:
        self.follower.stop()
        self.visits.close()


def ctrl(key: Qt.Key) -> None:
    """Ctrl+``key`` where the keyboard is."""
    QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def floor(tmp_path: Path, postgres_url: str) -> Iterator[tuple[Any, Storage, Storage]]:  # noqa: F811
    config = make_config(tmp_path / "data", postgres_url)
    desk, tablet = open_storage(config), open_storage(config)
    try:
        yield config, desk, tablet
    finally:
        desk.close()
        tablet.close()


def test_the_desk_takes_over_a_paired_tablets_call(
    qtbot: Any, fonts: None, floor: tuple[Any, Storage, Storage], tmp_path: Path
) -> None:
    from ui.staff.app import StaffConsole

    config, desk_storage, tablet_storage = floor
    secret = add_staff(desk_storage, "sato", ["審査", "受付"], "佐藤 審査係")
    tablet = Tablet(config, tablet_storage)
    service = StaffService(config, desk_storage, terminal="desk-1")
    desk_side = ResidentService(config, desk_storage, today=today, terminal="desk-1")
    visits = Visits(VisitStore(desk_storage), lambda: ResidentFlow(desk_side), desk="desk-1")
    console = StaffConsole(service, print_dir=tmp_path / "print", ask_printer=False, visits=visits)
    shots = Shots("floor-take-over")
    try:
        window = login(qtbot, console, secret, shots)
        code = pairing.code_for_tablet(tablet_storage, TABLET)
        window.vm.pair(code.code)
        console.interview.refresh()
        assert console.interview.tablets() == [TABLET]

        flow = tablet.flow
        tablet.card.place(HOLDER)
        flow.card_inserted()
        flow.submit_pin("1234")
        flow.confirm_identity(True)
        flow.skip_reading()
        flow.guide_answer("within")
        flow.call_staff("help")
        qtbot.waitUntil(lambda: "呼出し" in window.status_text, timeout=10000)
        QTest.keyClick(window, Qt.Key.Key_F6)
        pane = window.interview
        qtbot.waitUntil(lambda: pane.page_key == "date")
        shots(window, "floor-call")
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda: flow.state.driver == "staff:sato", timeout=10000)
        assert flow.view()["mirror"] is True and flow.state.staff_call == ""
        edit = pane.pages["date"].day
        edit.setFocus()
        edit.clear()
        QTest.keyClicks(edit, (today() - timedelta(days=3)).isoformat())
        QTest.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: flow.step == "postal", timeout=10000)
        assert flow.state.answers.moved_on == today() - timedelta(days=3)
        shots(window, "floor-taken-over")
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda: flow.state.driver == "", timeout=10000)
        flow.lookup_postal("2040021")  # the resident again, on the tablet
        qtbot.waitUntil(lambda: pane.page_key == "candidates", timeout=10000)
    finally:
        console.close()
        tablet.close()
        visits.close()
