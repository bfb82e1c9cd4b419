"""本日の状況 on the desk shows the day's figures as a chart a person can read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.staff_service import StaffService
from tests.staff.conftest import Shots, family_tennyu, file_notification, login


def test_the_day_tab_shows_the_days_figures_as_a_chart(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    colleague: Any,
    shots: Shots,
) -> None:
    for _ in range(3):
        n = family_tennyu()
        file_notification(staff_storage, n)
        review = service.open(colleague, n.id)
        service.approve(colleague, n.id, expected_version=review.version)
    file_notification(staff_storage, family_tennyu())  # one still waiting for a clerk
    png = service.day_chart(colleague)
    assert png.startswith(b"\x89PNG")
    assert service.day_chart(colleague) is png  # unchanged figures: not drawn again
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    QTest.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    chart = window.day.chart
    qtbot.waitUntil(lambda: not chart.pixmap().isNull())
    assert chart.pixmap().width() >= 900 and chart.isVisible()
    assert window.day.figures["handed_out"].text() == "4件"
    shots(window, "day-with-chart")
