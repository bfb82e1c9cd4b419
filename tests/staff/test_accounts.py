"""A staff account disabled while logged in (``kiosk staff disable``) can do nothing more: its
next action is refused, its console returns to the login with one Japanese line, and a desk
left alone notices within one queue refresh. Roles are the account's current ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import staff, workflow
from kiosk.staff_service import Refused, SessionEnded, StaffService
from kiosk.status import Status
from kiosk.storage import open_storage
from tests.fixtures.postgres import postgres_cluster, postgres_url  # noqa: F401 - fixtures
from tests.staff.conftest import (
    PASSWORD,
    Shots,
    add_staff,
    family_tennyu,
    file_notification,
    login,
    make_config,
    totp,
)

ADMIN = workflow.Actor.system("kiosk staff")


def disable(storage: Any, login_id: str) -> None:
    """What ``kiosk staff disable`` does."""
    with storage.transaction() as s:
        staff.set_active(s, login_id, False, actor=ADMIN)


def audit_actions(storage: Any) -> list[str]:
    from kiosk.models import AuditEntry

    with storage.reader() as s:
        return [e.action for e in s.query(AuditEntry).order_by(AuditEntry.seq)]


def test_a_disabled_account_cannot_approve_and_its_console_returns_to_the_login(
    qtbot: Any,
    make_console: Any,
    reviewer_secret: str,
    staff_storage: Any,
    service: StaffService,
    shots: Shots,
) -> None:
    n = family_tennyu()
    label = file_notification(staff_storage, n)
    console = make_console(live=False)
    window = login(qtbot, console, reviewer_secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None and window.vm.review.label == label)
    assert window.review.approve_button.isEnabled()
    shots(window, "logged-in")

    disable(staff_storage, "sato")  # the administrator, at another terminal
    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: console.window is None)
    qtbot.waitUntil(lambda: console.login is not None and console.login.isVisible())
    message = console.login.error.text()
    assert message.startswith("このアカウントは無効にされたため、ログアウトしました")
    assert "\n" not in message
    shots(console.login, "back-at-login")
    with staff_storage.reader() as s:
        assert workflow.get(s, n.id).state is Status.REVIEWING  # not approved
    actions = audit_actions(staff_storage)
    assert "approve" not in actions and actions[-1] == "session_end"
    # And it cannot log in again.
    dialog = console.login
    QTest.keyClicks(dialog.login_id, "sato")
    QTest.keyClicks(dialog.password, PASSWORD)
    QTest.keyClicks(dialog.second, totp(reviewer_secret))
    QTest.keyClick(dialog.second, Qt.Key.Key_Return)
    assert console.window is None and dialog.error.text().startswith("ログインできません")


def test_an_idle_desk_of_a_disabled_account_ends_within_a_refresh(
    qtbot: Any, make_console: Any, reviewer_secret: str, staff_storage: Any, shots: Shots
) -> None:
    file_notification(staff_storage, family_tennyu())
    console = make_console(refresh_seconds=0.3)
    window = login(qtbot, console, reviewer_secret, shots)
    qtbot.waitUntil(lambda: window.vm.queue.rowCount() == 1)
    disable(staff_storage, "sato")
    qtbot.waitUntil(lambda: console.window is None, timeout=5000)
    qtbot.waitUntil(lambda: console.login is not None and console.login.isVisible())
    assert "無効にされた" in console.login.error.text()
    shots(console.login, "ended")


def test_every_action_checks_the_account_and_its_current_roles(
    service: StaffService, reviewer: Any, colleague: Any, staff_storage: Any
) -> None:
    n = family_tennyu()
    file_notification(staff_storage, n)
    review = service.open(reviewer, n.id)
    # Roles are read at each action: a reviewer made reception-only can no longer approve.
    with staff_storage.transaction() as s:
        from kiosk.models import StaffAccount

        s.get(StaffAccount, "sato").roles = "受付"
    with pytest.raises(Refused, match="承認の権限がありません（審査の役割が必要です）"):
        service.approve(reviewer, n.id, expected_version=review.version)
    disable(staff_storage, "sato")
    for act in (
        lambda: service.queue(reviewer),
        lambda: service.review(reviewer, n.id),
        lambda: service.day_view(reviewer),
        lambda: service.output(reviewer, n.id, "form"),
        lambda: service.mark_related(reviewer, n.id, n.related[0].code),
        lambda: service.cancel(reviewer, n.id, "duplicate", expected_version=review.version),
    ):
        with pytest.raises(SessionEnded):
            act()
    # The colleague's session is not touched.
    assert service.review(colleague, n.id).status is Status.REVIEWING


@pytest.fixture
def pg_desks(tmp_path: Path, postgres_url: str) -> Iterator[list[StaffService]]:  # noqa: F811
    config = make_config(tmp_path / "data", postgres_url)
    first, second = open_storage(config), open_storage(config)
    try:
        yield [
            StaffService(config, first, terminal="desk-1"),
            StaffService(config, second, terminal="desk-2"),
        ]
    finally:
        first.close()
        second.close()


@pytest.mark.postgres
def test_disabling_on_one_desk_ends_the_session_on_another(
    qtbot: Any, make_console: Any, pg_desks: list[StaffService], shots: Shots
) -> None:
    """Two PCs on one PostgreSQL: the account is disabled through one desk's database
    connection; the other desk's console refuses the approval and shows the login."""
    desk, admin_desk = pg_desks
    secret = add_staff(desk.storage, "sato", ["審査"], "佐藤")
    n = family_tennyu()
    file_notification(desk.storage, n)
    console = make_console(desk, live=False)
    window = login(qtbot, console, secret, shots)
    window.open_row(0)
    qtbot.waitUntil(lambda: window.vm.review is not None)
    disable(admin_desk.storage, "sato")
    window.approve_current()
    qtbot.waitUntil(lambda: console.login is not None and console.login.isVisible())
    assert "無効にされた" in console.login.error.text()
    with admin_desk.storage.reader() as s:
        assert workflow.get(s, n.id).state is Status.REVIEWING
    shots(console.login, "ended-on-postgres")
