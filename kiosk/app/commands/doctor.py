"""``kiosk doctor [--json] [--card]``: can this counter serve residents? Checks for IT.

Runs every check of :mod:`kiosk.app.doctor` and prints what it found and what to do, or with
``--json`` one JSON document (for monitoring). Exit status 0 only when the counter can serve
(no check failed), 1 otherwise. Times are shown in the counter's time zone.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from kiosk.app import doctor


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "doctor",
        help="check that this counter can serve (readers, database, key, back office …)",
        description="Check that this counter can serve residents, and say what to fix. "
        "Exit status 0 only when it can. Changes nothing.",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument(
        "--card",
        action="store_true",
        help="require a card on the reader (place a test card first)",
    )
    p.add_argument(
        "--skip",
        metavar="CHECK",
        action="append",
        default=[],
        choices=[c.__name__.removeprefix("check_") for c in doctor.CHECKS],
        help="do not run this check (repeatable), e.g. --skip card",
    )
    p.set_defaults(handler=run_doctor)


def qt_core_application() -> Any:
    """Qt's application object, so engines that start asynchronously (speech voices on
    Windows) can answer; a command process has none of its own."""
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:
        return None
    return QCoreApplication.instance() or QCoreApplication(["kiosk-doctor"])


def run_doctor(args: argparse.Namespace) -> int:
    app = qt_core_application()  # noqa: F841 - kept alive while the checks run
    ctx = doctor.Context(
        config_path=getattr(args, "config", None),
        require_card=args.card,
        skip=frozenset(args.skip),
    )
    report = doctor.run(ctx)
    if args.json:
        data: dict[str, Any] = report.as_dict()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report.as_text())
    return 0 if report.can_serve else 1
