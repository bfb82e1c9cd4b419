"""``kiosk desk``: a staff desk on a counter floor (tablets and desks over one PostgreSQL).

The desk shows the staff console only; tablets (``kiosk tablet``) are paired with it by the
short-lived code they show (Ctrl+K on the desk), and their visits can be led from the desk's
対面受付 tab (F6: a call for staff taken over, or a visit started here), kept in step through
the database (:mod:`kiosk.visits`). Delivery is left to the floor's ``kiosk sync`` service
unless ``--with-sync`` asks this desk to deliver too.
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from kiosk.app.commands._context import config_from


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "desk",
        help="a staff desk (staff console) supervising paired tablets",
        description="Open the staff console of a desk on a counter floor.",
    )
    p.add_argument(
        "--terminal",
        metavar="NAME",
        help="this desk's name for pairing and the audit log (default: desk-<hostname>)",
    )
    p.add_argument("--with-sync", action="store_true", help="also deliver approved notifications")
    p.set_defaults(handler=_desk)


def _desk(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.app.runtime import counter_runtime
    from kiosk.flow import ResidentFlow
    from kiosk.resident_service import ResidentService
    from kiosk.staff_service import StaffService
    from kiosk.visits import Visits, VisitStore
    from ui.staff.app import StaffConsole, use_bundled_font

    config = config_from(args)
    terminal = args.terminal or f"desk-{socket.gethostname()}"[:64]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    use_bundled_font(app)  # type: ignore[arg-type]
    with counter_runtime(config, deliver=args.with_sync) as storage:
        # The tablets' visits, each as a flow of the desk's own (no card is read here: a card
        # goes on the tablet's reader, where its PIN is typed).
        desk_side = ResidentService(config, storage, terminal=terminal)
        visits = Visits(VisitStore(storage), lambda: ResidentFlow(desk_side), desk=terminal)
        console = StaffConsole(StaffService(config, storage, terminal=terminal), visits=visits)
        try:
            console.start()
            return int(app.exec())
        finally:
            console.close()
