"""The ``kiosk`` command: one entry point for residents' screens, staff, IT and integrations.

Sub-commands live in :mod:`kiosk.app.commands`, one module per area (``card``, ``form``, ``db`` …);
each module exposes ``register(subparsers)``. Modules are discovered, so an area that is not
built yet simply has no command rather than a stub.

Errors reach the user as one clear line on stderr and an exit status that means one thing
whatever the command (:class:`kiosk.errors.ExitCode`, the table in docs/exit-codes.md); a
traceback is shown only with ``--debug``. A mistyped command line is one line too.

The logs carry the counter's own lines: Alembic's per-connection notes and Qt's font-database
remarks are kept out of the files and the terminal (``--debug`` lets Alembic's back in).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

import kiosk
from kiosk.app import commands
from kiosk.errors import ExitCode, KioskError, one_line

#: Qt's messages that say nothing about the counter: the font database's note that a bundled
#: font has no OpenType layout tables for some script (printed at every resident-screen start),
#: and the multimedia back-end probing for PipeWire (loaded with the speech engines).
QT_QUIET_RULES = "qt.text.font.db=false;qt.multimedia.symbolsresolver=false"
log = logging.getLogger("kiosk.cli")


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.USAGE, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser, with the sub-commands registered.

    Given the command line about to be parsed, only the module of the command it names is
    imported and registered (every command, the resident screens' start among them, would
    otherwise wait for all the others' modules); a command line that names none, or one that
    module does not register, gets them all, so help and "invalid choice" list every command.
    """
    command = _command_word(argv) if argv is not None else None
    if command is not None:
        parser, registered = _parser_with(lambda module: module == command_module(command))
        if command in registered:
            return parser
    return _parser_with(lambda module: True)[0]


def command_module(command: str) -> str:
    """The module of :mod:`kiosk.app.commands` that registers ``command``: the part of its name
    before the first hyphen (``card-sim`` → ``card``, ``support-bundle`` → ``support``)."""
    return command.split("-", 1)[0]


def _command_word(argv: Sequence[str]) -> str | None:
    """The sub-command a command line names: its first word that is not an option (nor the
    value of ``--config``), or None (none, or help asked for before it)."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif word in ("-h", "--help", "--"):
            return None
        elif not word.startswith("-"):
            return word
    return None


def _parser_with(wanted: Callable[[str], bool]) -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser with the commands of the modules ``wanted`` says yes to, and their names."""
    parser = Parser(
        prog="kiosk",
        description="書かない窓口: the no-handwriting counter for 住民異動届.",
    )
    parser.add_argument("--config", metavar="FILE", help="kiosk.toml to use (or KIOSK_CONFIG)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    parser.add_argument("--version", action="version", version=f"kiosk {kiosk.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or not wanted(info.name):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser, set(sub.choices)


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
    # Alembic notes "Context impl SQLiteImpl" on every connection it configures.
    logging.getLogger("alembic").setLevel(logging.DEBUG if args.debug else logging.WARNING)


def quiet_qt() -> None:
    """Keep Qt's noise out of the terminal and the journal: set before Qt reads its rules."""
    rules = os.environ.get("QT_LOGGING_RULES", "")
    if QT_QUIET_RULES not in rules:
        os.environ["QT_LOGGING_RULES"] = (rules + ";" if rules else "") + QT_QUIET_RULES


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    quiet_qt()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    _setup_logging(args)
    handler = getattr(args, "handler", None)
    if handler is None:  # pragma: no cover - argparse makes the sub-command required
        parser.print_help()
        return ExitCode.USAGE
    from kiosk.logs import FILES_ONLY, redact, uncaught_errors_logged

    try:
        with uncaught_errors_logged():
            return int(handler(args) or 0)
    except KioskError as exc:
        if args.debug:
            raise
        log.info("refused [%s, exit %d]: %s", exc.code, exc.exit_code, exc)
        print(f"kiosk: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except Exception as exc:  # a fault of ours: one line here, the traceback in the log file
        if args.debug:
            raise
        log.error("unexpected error in `kiosk %s`", args.command, exc_info=True, extra=FILES_ONLY)
        print(
            f"kiosk: unexpected error ({redact(one_line(exc))}); the details are in the log "
            "(`kiosk support-bundle` collects them for support)",
            file=sys.stderr,
        )
        return ExitCode.INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
