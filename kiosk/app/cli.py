"""The ``kiosk`` command: one entry point for residents' screens, staff, IT and integrations.

Sub-commands live in :mod:`kiosk.app.commands`, one module per area (``card``, ``form``, ``db`` …);
each module exposes ``register(subparsers)``. Modules are discovered, so an area that is not
built yet simply has no command rather than a stub.

Errors reach the user as one clear line on stderr and a non-zero exit status; a traceback is
shown only with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import kiosk
from kiosk.app import commands
from kiosk.errors import KioskError


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every discovered sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="書かない窓口: the no-handwriting counter for 住民異動届.",
    )
    parser.add_argument("--config", metavar="FILE", help="kiosk.toml to use (or KIOSK_CONFIG)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    parser.add_argument("--version", action="version", version=f"kiosk {kiosk.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


# Commands that check or export the configuration itself log to the console only: they must work
# (and say what is wrong) when the configuration or its data folder is broken.
_CONSOLE_ONLY = {"config", "doctor", "support-bundle"}


def _setup_logging(args: argparse.Namespace) -> None:
    """Rotating, redacted log files under the data folder (see :mod:`kiosk.logs`) + stderr."""
    from kiosk import logs
    from kiosk.config import ConfigError, load_config

    config = None
    if args.command not in _CONSOLE_ONLY:
        try:
            config = load_config(args.config)
        except ConfigError:
            config = None  # the command itself reports the configuration error
    logs.setup_logging(config, args.command, debug=args.debug)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args)
    handler = getattr(args, "handler", None)
    if handler is None:  # pragma: no cover - argparse makes the sub-command required
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except KioskError as exc:
        if args.debug:
            raise
        print(f"kiosk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
