"""Harness for the staff console: offscreen Qt, the bundled fonts, a real database, screenshots.

- Qt runs on the ``offscreen`` platform; the application font is the bundled BIZ UD Gothic.
- Staff log in for real: an account with an argon2 password and a TOTP second factor, the code
  computed from the enrolment secret as an authenticator app would.
- Notifications are filed as the resident screens file them (:func:`kiosk.workflow.
  submit_from_resident`: 仮登録 with a 受付番号), through the real encrypted database.
- Every staff screen a test passes is saved under ``test-artifacts/staff/<test>/`` for a person
  to look at; any Qt warning fails a test (``qt_log_level_fail`` in pyproject.toml).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

import forms
from kiosk import staff, workflow
from kiosk.config import Config, load_config
from kiosk.staff_service import StaffService, StaffUser
from kiosk.storage import Storage, open_storage
from tests.forms import factory

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "staff"
PASSWORD = "kiyose-counter-2026"
JST_TODAY = lambda: datetime.now(load_config(env={}).tz).date()  # noqa: E731


@pytest.fixture(scope="session")
def fonts(qapp: Any) -> None:
    from ui.staff.app import use_bundled_font

    use_bundled_font(qapp)


def make_config(data: Path, url: str = "", **env: str) -> Config:
    base = {
        "KIOSK_PATHS_DATA_DIR": str(data),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": url,
        "KIOSK_MUNICIPALITY_NAME": "清瀬市",
        "KIOSK_MUNICIPALITY_CODE": "132217",
    }
    base.update(env)
    return load_config(env=base)


@pytest.fixture
def staff_config(tmp_path: Path) -> Config:
    return make_config(tmp_path / "data")


@pytest.fixture
def staff_storage(staff_config: Config) -> Iterator[Storage]:
    storage = open_storage(staff_config)
    yield storage
    storage.close()


def add_staff(storage: Storage, login_id: str, roles: list[str], name: str) -> str:
    """Create a staff account; returns its TOTP secret (as enrolled in an authenticator)."""
    with storage.transaction() as s:
        enrollment = staff.add(
            s,
            login_id,
            display_name=name,
            roles=roles,
            password=PASSWORD,
            second_factor="totp",
            actor=workflow.Actor.system("test-setup"),
        )
    assert enrollment is not None
    return enrollment.secret


def totp(secret: str) -> str:
    return pyotp.TOTP(secret).now()


@pytest.fixture
def reviewer_secret(staff_storage: Storage) -> str:
    return add_staff(staff_storage, "sato", ["審査", "受付"], "佐藤 審査係")


@pytest.fixture
def service(staff_config: Config, staff_storage: Storage) -> StaffService:
    return StaffService(staff_config, staff_storage, terminal="desk-1")


@pytest.fixture
def reviewer(service: StaffService, reviewer_secret: str) -> StaffUser:
    return service.login("sato", PASSWORD, totp(reviewer_secret))


@pytest.fixture
def colleague(service: StaffService, staff_storage: Storage) -> StaffUser:
    """Another reviewer, logged in on the service directly (the console's clerk is sato)."""
    secret = add_staff(staff_storage, "kato", ["審査", "受付"], "加藤 審査係")
    return service.login("kato", PASSWORD, totp(secret))


def today() -> date:
    return JST_TODAY()


def family_tennyu(*, late: bool = False, gaiji: bool = False) -> forms.Notification:
    """A signed 転入 of a family of four filed today (optionally late, optionally with 外字)."""
    n = factory.tennyu_family()
    n.id = uuid.uuid4()
    n.todoke.filed_on = today()
    n.todoke.moved_on = today() - timedelta(days=30 if late else 3)
    if gaiji:
        for p in (n.persons[0], n.persons[1], n.persons[2], n.persons[3]):
            p.name.family = "𠮷田"
            p.name.family_kana = "ヨシダ"
        n.filer.name.family = "𠮷田"
        n.household.head_name = "𠮷田　太郎"
        n.previous_head_name = "𠮷田　太郎"
        n.persons[0].hittosha = "𠮷田　太郎"
    n.related = forms.related.derive(n)
    return n


def file_notification(storage: Storage, n: forms.Notification, *, terminal: str = "t1") -> str:
    """File as the resident screen does (仮登録, 確認済); returns the 受付番号."""
    return workflow.submit_from_resident(
        storage, n, counter="1", terminal=terminal, resident_session=uuid.uuid4()
    )


def login(
    qtbot: Any,
    console: Any,
    secret: str,
    shots: Shots,
    login_id: str = "sato",
    at: datetime | None = None,
) -> Any:
    """Log in at the console's login dialog by keyboard; returns the desk window.

    ``at``: the time the service's clock says (the one-time password is for that moment)."""
    dialog = console.start()
    qtbot.waitExposed(dialog)
    shots(dialog, "login")
    QTest.keyClicks(dialog.login_id, login_id)
    QTest.keyClick(dialog.login_id, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.password, PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.second, totp(secret) if at is None else pyotp.TOTP(secret).at(at))
    QTest.keyClick(dialog.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.window is not None and console.window.isActiveWindow())
    return console.window


class Shots:
    """Saves what staff see, numbered in the order a test passes the screens."""

    def __init__(self, name: str) -> None:
        self.dir = ARTIFACTS / re.sub(r"[^A-Za-z0-9_-]+", "-", name)
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in self.dir.glob("*.png"):
            old.unlink()
        self.count = 0

    def __call__(self, widget: QWidget, name: str) -> Path:
        from PySide6.QtTest import QTest

        QTest.qWait(50)
        self.count += 1
        path = self.dir / f"{self.count:02d}-{name}.png"
        snapshot = getattr(widget, "snapshot", None)  # the desk with its open dialog
        pixmap = snapshot() if snapshot is not None else widget.grab()
        assert not pixmap.isNull()
        assert pixmap.save(str(path))
        return path


@pytest.fixture
def shots(request: pytest.FixtureRequest) -> Shots:
    return Shots(request.node.name)


@pytest.fixture
def make_console(
    qtbot: Any, fonts: None, service: StaffService, tmp_path: Path
) -> Iterator[Callable[..., Any]]:
    from ui.staff.app import StaffConsole

    made: list[Any] = []

    def make(svc: StaffService | None = None, **options: Any) -> Any:
        console = StaffConsole(
            svc or service, print_dir=tmp_path / "print", ask_printer=False, **options
        )
        made.append(console)
        return console

    yield make
    for console in made:
        console.close()
