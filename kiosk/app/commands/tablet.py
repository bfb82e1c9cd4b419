"""``kiosk tablet``: the resident's touch screens alone, full-screen, on this machine.

For a counter floor (wired tablets and staff desks over one database) and for trying the
resident side on its own. It opens the resident screens (welcome, PIN pad, the form in steps,
confirm and sign) full-screen against the configured database and watches the configured card
reader (``counter.reader``, else every reader).
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from kiosk.app.commands._context import config_from
from kiosk.errors import KioskError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "tablet",
        help="the resident's touch screens, full-screen",
        description="Show the resident touch screens full-screen against the configured "
        "database, reading cards from the configured reader.",
    )
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full-screen")
    p.add_argument(
        "--reader", metavar="NAME", help="PC/SC reader to watch (default: counter.reader)"
    )
    p.add_argument(
        "--screen-inches",
        type=float,
        metavar="INCHES",
        help="diagonal of the touch monitor, so touch targets are 12 mm on it "
        "(default: the size the monitor reports)",
    )
    p.add_argument(
        "--terminal",
        metavar="NAME",
        help="this tablet's name in the audit log (default: tablet-<hostname>)",
    )
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    p.set_defaults(handler=_tablet)


def _tablet(args: argparse.Namespace) -> int:
    from ui.resident.app import load_fonts, prepare_qt

    prepare_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.app.runtime import counter_runtime
    from kiosk.resident_service import ResidentService
    from kiosk.visits import Visits, VisitStore
    from ui.resident.app import ResidentWindow
    from ui.resident.viewmodel import Timing
    from ui.visit_sync import VisitFollower

    config = config_from(args)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not QGuiApplication.screens():
        raise KioskError("no screen to show the resident screens on")
    load_fonts()
    terminal = args.terminal or f"tablet-{socket.gethostname()}"[:64]
    with counter_runtime(config, deliver=False) as storage:
        service = ResidentService(config, storage, reader_name=args.reader, terminal=terminal)
        window = ResidentWindow(
            service,
            languages=config.forms.languages,
            diagonal_inches=args.screen_inches,
            timing=Timing.from_config(config.timeouts),
        )
        # The visit is kept in step with the desk through the database: a clerk there can take
        # a call over and lead it (the screen then mirrors it), or start one here.
        visits = Visits(VisitStore(storage), lambda: window.vm.flow)
        link = visits.attach(terminal, window.vm.flow)
        follower = VisitFollower(
            storage, lambda ids: [terminal] if link.id in ids and link.pull() else []
        )
        try:
            if args.windowed:
                window.view.show()
            else:
                window.view.showFullScreen()
            window.watch_cards()
            if args.quit_after is not None:
                QTimer.singleShot(int(args.quit_after * 1000), app.quit)
            return int(app.exec())
        finally:
            follower.stop()
            visits.close()
            window.close()
