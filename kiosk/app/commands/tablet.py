"""``kiosk tablet``: the resident's touch screens alone, full-screen, on this machine.

For a counter floor (wired tablets and staff desks over one database) and for trying the
resident side on its own. It opens the resident screens (welcome, PIN pad, the form in steps,
confirm and sign) full-screen against the configured database and watches the configured card
reader (``counter.reader``, else every reader). The touch monitor's size is
``[counter] screen_inches`` unless ``--screen-inches`` says otherwise.

``kiosk tablet --pairing-code`` prints a fresh pairing code (ペアリングコード) for this tablet and
exits: IT types it on the desk (Ctrl+K) to pair the tablet, e.g. over SSH while the tablet's
screens run.
"""

from __future__ import annotations

import argparse
import contextlib
import math
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
        type=screen_inches,
        metavar="INCHES",
        help="diagonal of the touch monitor, so touch targets are 12 mm on it "
        "(default: [counter] screen_inches, else the size the monitor reports)",
    )
    p.add_argument(
        "--terminal",
        metavar="NAME",
        help="this tablet's name in the audit log (default: tablet-<hostname>)",
    )
    p.add_argument(
        "--pairing-code",
        action="store_true",
        help="print a pairing code for this tablet (type it on the desk with Ctrl+K) and exit",
    )
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    # Quit once the screens are ready for a card (the start-up benchmark times this).
    p.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=_tablet)


def screen_inches(text: str) -> float:
    """A monitor diagonal from the command line: 5 to 100 inches."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of inches: {text!r}") from None
    if not math.isfinite(value) or not 5 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text}: a monitor diagonal is 5 to 100 inches")
    return value


def _pairing_code(args: argparse.Namespace, terminal: str) -> int:
    from kiosk.pairing import code_for_tablet
    from kiosk.storage import open_storage

    config = config_from(args)
    storage = open_storage(config)
    try:
        offer = code_for_tablet(storage, terminal)
    finally:
        storage.close()
    until = offer.expires_at.astimezone(config.tz)
    print(f"pairing code for {terminal}: {offer.code[:3]} {offer.code[3:]}")
    print(f"type it on the desk (Ctrl+K) before {until:%H:%M:%S %Z}")
    return 0


def _tablet(args: argparse.Namespace) -> int:
    terminal = args.terminal or f"tablet-{socket.gethostname()}"[:64]
    if args.pairing_code:
        return _pairing_code(args, terminal)
    from ui.resident.app import load_fonts, prepare_qt

    prepare_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    import kiosk
    from ui.resident.app import ResidentWindow, speech_engine
    from ui.resident.viewmodel import Timing

    config = config_from(args)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not QGuiApplication.screens():
        raise KioskError("no screen to show the resident screens on")
    load_fonts()
    # The welcome screen comes first, from the configuration alone; the database, the service
    # and the link to the desk are made after its first frame (ResidentWindow's factory).
    failed: list[BaseException] = []
    following: list[tuple[Any, Any]] = []
    with contextlib.ExitStack() as stack:

        def make_service() -> Any:
            from kiosk.app.runtime import counter_runtime
            from kiosk.resident_service import ResidentService

            try:
                storage = stack.enter_context(counter_runtime(config, deliver=False))
            except BaseException as exc:  # said on the command line once the window is gone
                failed.append(exc)
                app.quit()
                raise
            return ResidentService(config, storage, reader_name=args.reader, terminal=terminal)

        diagonal = args.screen_inches or config.counter.screen_inches
        window = ResidentWindow(
            make_service,
            config=config,
            languages=config.forms.languages,
            diagonal_inches=diagonal,
            timing=Timing.from_config(config.timeouts),
            speech_engine=speech_engine(config),
        )
        window.log_touch_size(diagonal)
        window.log_start_up(kiosk.STARTED)

        def follow_desk() -> None:
            # The visit is kept in step with the desk through the database: a clerk there can
            # take a call over and lead it (the screen then mirrors it), or start one here.
            from kiosk.visits import Visits, VisitStore
            from ui.visit_sync import VisitFollower

            storage = window.vm.service.storage
            visits = Visits(VisitStore(storage), lambda: window.vm.flow)
            link = visits.attach(terminal, window.vm.flow)
            follower = VisitFollower(
                storage, lambda ids: [terminal] if link.id in ids and link.pull() else []
            )
            following.append((visits, follower))

        window.when_ready(follow_desk)
        if args.quit_when_ready:
            window.when_ready(app.quit)
        try:
            if args.windowed:
                window.view.show()
            else:
                window.view.showFullScreen()
            window.watch_cards()
            if args.quit_after is not None:
                QTimer.singleShot(int(args.quit_after * 1000), app.quit)
            status = int(app.exec())
            if failed:
                raise failed[0]
            return status
        finally:
            for visits, follower in following:
                follower.stop()
                visits.close()
            window.close()
