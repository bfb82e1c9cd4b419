"""Putting the staff console on a screen: fonts, the login → desk cycle, the idle lock.

:class:`StaffConsole` shows the login dialog; after a successful login it opens the
:class:`~ui.staff.window.StaffWindow`; logging out (or leaving the desk idle for
``timeouts.staff_idle_seconds``) closes the window and shows the login again, so a desk left
alone never stays open on personal data. So does an account disabled while logged in (``kiosk
staff disable``): its next action, or the queue's next refresh, ends the session and the login
comes back with one line saying why.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.staff_service import StaffService, StaffUser
from kiosk.visits import Visits
from ui.fonts import load_shipped_fonts
from ui.staff.dialogs import LoginDialog
from ui.staff.interview_model import InterviewModel
from ui.staff.viewmodel import ConsoleViewModel
from ui.staff.window import StaffWindow
from ui.visit_sync import VisitFollower

UI_FAMILY = "BIZ UDGothic"


def use_bundled_font(app: QGuiApplication, point_size: int = 11) -> None:
    """Make BIZ UD Gothic the application font, so every desk renders Japanese alike."""
    families = load_shipped_fonts()
    family = UI_FAMILY if UI_FAMILY in families else (families[0] if families else "")
    if family:
        font = QFont(family)
        font.setPointSize(point_size)
        app.setFont(font)


def quit_on_interrupt(app: QCoreApplication) -> QTimer:
    """Ctrl-C in the terminal closes the application cleanly (Qt's loop would hold Python's
    signal handler until the next event); returns the timer that lets Python run."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


class _IdleFilter(QObject):
    """Restarts the idle timer on any key press or mouse action in the application."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
        ):
            self._timer.start()
        return False


class StaffConsole(QObject):
    """Login, then the desk window; back to the login on logout or idle timeout."""

    def __init__(
        self,
        service: StaffService,
        *,
        print_dir: Path | None = None,
        ask_printer: bool = True,
        live: bool = True,
        idle_seconds: float | None = None,
        refresh_seconds: float = 5.0,
        visits: Visits | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        #: The resident screens' visits this desk can lead (対面受付), if it serves any.
        self.visits = visits
        self.interview: InterviewModel | None = None
        self._follower: VisitFollower | None = None
        #: Where the login and the desk open (default: the primary screen's top left); the
        #: demo on one display tiles its windows with it.
        self.placement: Callable[[QWidget], None] | None = None
        self.print_dir = print_dir or service.config.data_dir / "print"
        self.ask_printer = ask_printer
        self.live = live
        self.refresh_seconds = refresh_seconds
        self.login: LoginDialog | None = None
        self.window: StaffWindow | None = None
        self.vm: ConsoleViewModel | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        idle = service.config.timeouts.staff_idle_seconds if idle_seconds is None else idle_seconds
        self._idle.setInterval(int(idle * 1000))
        self._idle.timeout.connect(self._idle_lock)
        self._filter = _IdleFilter(self._idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._filter)

    def start(self, notice: str = "") -> LoginDialog:
        """Show the login dialog (with ``notice``: why the last session ended)."""
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
        self.login = LoginDialog(self.service, notice=notice)
        self.login.loggedIn.connect(self.open_desk)
        self._on_main_screen(self.login)
        self.login.show()
        return self.login

    def open_desk(self, user: StaffUser) -> StaffWindow | None:
        """Open the desk window for a logged-in staff member (None: the account was disabled
        between the login and the desk's first read; the login shows why)."""
        vm = ConsoleViewModel(
            self.service, user, live=self.live, refresh_seconds=self.refresh_seconds
        )
        if vm.ended:
            self.start(vm.end_message)
            return None
        self.vm = vm
        self.vm.loggedOut.connect(self._logged_out)
        self.vm.sessionEnded.connect(self._logged_out)
        if self.visits is not None:
            self.interview = InterviewModel(
                self.visits, user, lambda: self._screens(vm), service=self.service
            )
            if self.live:
                self._follower = VisitFollower(self.service.storage, self.visits.changed)
                self._follower.taken.connect(self.interview.taken)
        self.window = StaffWindow(
            self.vm,
            print_dir=self.print_dir,
            ask_printer=self.ask_printer,
            interview=self.interview,
        )
        self._on_main_screen(self.window)
        self.window.show()
        self.window.activateWindow()
        self._idle.start()
        return self.window

    def _screens(self, vm: ConsoleViewModel) -> list[str]:
        """The resident screens this desk serves: the counter's own, then its paired tablets."""
        own = self.visits.own() if self.visits is not None else []
        return [*own, *(t for t in vm.paired() if t not in own)]

    def _stop_interview(self) -> None:
        if self._follower is not None:
            self._follower.stop()
            self._follower = None
        if self.interview is not None:
            self.interview.close()
            self.interview = None

    def _on_main_screen(self, widget: QWidget) -> None:
        """Staff windows open on the primary screen (the resident's touch monitor is another)."""
        if self.placement is not None:
            self.placement(widget)
            return
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            widget.setScreen(screen)
            widget.move(screen.availableGeometry().topLeft())

    def _logged_out(self, notice: str = "") -> None:
        self._idle.stop()
        self._stop_interview()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.vm = None
        self.start(notice)

    def _idle_lock(self) -> None:
        if self.vm is not None:
            self.vm.logout()

    def close(self) -> None:
        self._idle.stop()
        self._stop_interview()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._filter)
        if self.vm is not None:
            self.vm.close()
        if self.window is not None:
            self.window.close()
        if self.login is not None:
            self.login.close()
