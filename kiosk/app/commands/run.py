"""``kiosk run``: the single-PC counter — resident touch window, staff console, delivery.

The resident window opens full-screen on the touch monitor (``counter.resident_screen``, else
the first touch screen), the staff console on the main screen; the delivery worker runs in a
thread of the same process and the database is the configured one (a SQLite file by default).
The touch monitor's size is ``[counter] screen_inches`` (else what the monitor reports).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kiosk.app.commands._context import config_from
from kiosk.errors import KioskError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "run",
        help="the single-PC counter (resident touch window + staff console + delivery)",
        description="Open the resident window on the touch monitor and the staff console on "
        "the main screen, with the delivery worker in the same process.",
    )
    p.add_argument(
        "--windowed",
        action="store_true",
        help="show the resident window in a normal window instead of full-screen",
    )
    p.add_argument(
        "--no-sync",
        action="store_true",
        help="do not deliver from this process (a separate `kiosk sync` does)",
    )
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from kiosk.app.counter import prepare_qt

    prepare_qt()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from kiosk.app.runtime import counter_runtime

    config = config_from(args)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not QGuiApplication.screens():
        raise KioskError("no screen to show the counter on (try `kiosk demo --headless`)")
    with counter_runtime(config, deliver=not args.no_sync) as storage:
        return _exec(app, config, storage, args)


def _exec(app: Any, config: Any, storage: Any, args: argparse.Namespace) -> int:
    from kiosk.app.counter import open_counter
    from ui.staff.app import quit_on_interrupt

    counter = open_counter(config, storage, app=app, full_screen=not args.windowed)
    keep = quit_on_interrupt(app)
    if args.quit_after is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    try:
        return int(app.exec())
    finally:
        keep.stop()
        counter.close()
