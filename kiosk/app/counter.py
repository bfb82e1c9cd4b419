"""One counter on one PC (``kiosk run``): the resident's touch window and the staff console.

The resident window goes full-screen on the touch monitor — the screen configured as
``counter.resident_screen`` when there is more than one, else the first screen that reports a
touch device — and the staff console opens on the primary screen. The delivery worker runs in
a thread of the same process (:func:`sync.worker.running_in_thread`), so one process is the whole
counter, with one SQLite file.

:func:`prepare_qt` must run before the application object exists (the resident screens' input
method is chosen at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QInputDevice, QScreen

import kiosk
from kiosk.config import Config
from kiosk.flow import ResidentFlow
from kiosk.resident_service import ResidentService
from kiosk.staff_service import StaffService
from kiosk.visits import Visits, VisitStore
from ui.resident.app import ResidentWindow, speech_engine
from ui.resident.app import load_fonts as load_resident_fonts
from ui.resident.app import prepare_qt as prepare_resident_qt
from ui.resident.viewmodel import Timing
from ui.staff.app import StaffConsole, use_bundled_font


def prepare_qt() -> None:
    """Environment Qt reads at start-up (the resident screens' virtual keyboard)."""
    prepare_resident_qt()


def touch_screens() -> list[QScreen]:
    """Screens with a touch device attached (by the device's screen, where Qt knows it)."""
    found: list[QScreen] = []
    for device in QInputDevice.devices():
        if device.type() == QInputDevice.DeviceType.TouchScreen:
            screen = device.availableVirtualGeometry()
            for s in QGuiApplication.screens():
                if s.geometry().intersects(screen) and s not in found:
                    found.append(s)
    return found


def resident_screen(config: Config) -> QScreen | None:
    """The screen for the resident window: the configured index when that screen exists
    (with more than one screen), else the first touch screen that is not the primary one,
    else any screen other than the primary one, else the primary screen."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if len(screens) > 1 and 0 <= config.counter.resident_screen < len(screens):
        return screens[config.counter.resident_screen]
    touch = [s for s in touch_screens() if s is not primary] or touch_screens()
    if touch:
        return touch[0]
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary


@dataclass
class Counter:
    """Both windows of one counter and the services behind them."""

    resident: ResidentWindow
    staff: StaffConsole
    resident_service: ResidentService
    staff_service: StaffService
    #: The touch screen's visit, shared with the desk (one flow object: 対面受付).
    visits: Visits | None = None

    def close(self) -> None:
        self.staff.close()
        if self.visits is not None:
            self.visits.close()
        self.resident.close()


def open_counter(
    config: Config,
    storage: Any,
    *,
    app: QGuiApplication,
    terminal: str = "",
    full_screen: bool = True,
    resident_size: QSize | None = None,
    diagonal_inches: float | None = None,
    print_dir: Path | None = None,
    ask_printer: bool = True,
    watch_cards: bool = True,
    reader_name: str | None = None,
) -> Counter:
    """Open the resident window and the staff login of a single-PC counter."""
    load_resident_fonts()
    use_bundled_font(app)
    terminal = terminal or f"counter-{config.counter.id}"
    resident_service = ResidentService(
        config, storage, reader_name=reader_name, terminal=f"{terminal}-touch"
    )
    diagonal_inches = diagonal_inches or config.counter.screen_inches
    resident = ResidentWindow(
        resident_service,
        languages=config.forms.languages,
        size=resident_size,
        diagonal_inches=diagonal_inches,
        timing=Timing.from_config(config.timeouts),
        speech_engine=speech_engine(config),
    )
    resident.log_touch_size(diagonal_inches)
    resident.log_start_up(kiosk.STARTED)
    screen = resident_screen(config)
    if screen is not None:
        resident.view.setScreen(screen)
        if resident_size is None:
            resident.view.setGeometry(screen.geometry())
        else:  # a given size (offscreen runs): keep it, placed on that screen
            resident.view.setPosition(screen.geometry().topLeft())
    if full_screen:
        resident.view.showFullScreen()
    else:
        resident.view.show()
    if watch_cards:
        resident.watch_cards()
    staff_service = StaffService(config, storage, terminal=terminal)
    # One flow, two views: the desk leads the touch screen's very flow (対面受付), and the
    # visit is saved like a floor's, so the desk lists its calls the same way.
    desk_side = ResidentService(config, storage, reader_name=reader_name, terminal=terminal)
    visits = Visits(VisitStore(storage), lambda: ResidentFlow(desk_side), desk=terminal)
    visits.attach(resident_service.terminal, resident.vm.flow)
    console = StaffConsole(
        staff_service, print_dir=print_dir, ask_printer=ask_printer, visits=visits
    )
    console.start()
    return Counter(resident, console, resident_service, staff_service, visits)
