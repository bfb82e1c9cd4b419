"""``kiosk demo``: the whole counter in one command, with an emulated card and back office.

- ``kiosk demo`` opens the single-PC counter (resident touch window + staff console) on a
  throwaway database, with the card emulator in the PC/SC reader (pcscd is started with the
  virtual reader driver when none runs), a small window to put a persona's card on the reader,
  and the reference back office on loopback receiving what staff approve.
- ``kiosk demo --headless --out DIR`` plays the canonical scenarios without a display (Qt's
  offscreen platform) and leaves in DIR: ``screens/`` (a PNG of every screen a resident or staff
  member passes, per scenario), ``forms/`` (the printed PDFs: forms and receipts) and
  ``backoffice-received/`` (what the reference back office stored, one JSON per notification).
  On a machine without a display ``kiosk demo`` does this by itself.

Nothing of the demo touches a real counter's data: the database, its key and the signing key
live in a temporary folder removed at the end.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.app.demo import has_display, run_headless, run_interactive
from kiosk.app.scenarios import SCENARIOS


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help="the whole counter with an emulated card and back office",
        description="Run the single-PC counter with the card emulator and the reference back "
        "office. Without a display (or with --headless) the canonical scenarios are played "
        "offscreen and their screens, forms and deliveries are written to --out.",
    )
    p.add_argument("--headless", action="store_true", help="play the scenarios offscreen")
    p.add_argument(
        "--out",
        type=Path,
        default=Path("demo-out"),
        metavar="DIR",
        help="where the headless run leaves screens/, forms/, backoffice-received/ "
        "(default: ./demo-out)",
    )
    p.add_argument(
        "--scenario",
        action="append",
        choices=tuple(SCENARIOS),
        help="play only this scenario (repeatable; default: all)",
    )
    p.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    headless = args.headless or not has_display()
    if headless:
        return run_headless(args.out, tuple(args.scenario or ()))
    return run_interactive()
