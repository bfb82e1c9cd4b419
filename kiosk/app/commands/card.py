"""``kiosk card readers``, ``kiosk card read`` and ``kiosk card-sim``: the card from the shell.

Other tools script against exactly this contract:

- ``kiosk card readers`` prints one reader name a line.
- ``kiosk card read [--reader NAME] [--json] [--allow-last-try] [--code-b]`` reads the PIN
  from stdin (without echo on a terminal; never printed or logged), then the card's 基本4情報.
  With ``--code-b`` it reads the 14 digits of 照合番号B instead (birth date YYMMDD as printed
  on the card face, the 有効期限 year, the セキュリティコード; spaces allowed), guarded the same
  way on its own counter. Exit status, for either (:class:`kiosk.errors.ExitCode`): 0 read;
  11 wrong PIN / 照合番号B (stderr says how many tries are left); 12 refused (one try left and
  no ``--allow-last-try``) or blocked; 10 no card, not a My Number Card, or card removed;
  1 anything else (a malformed PIN or code among them). The default reader is the first with a
  card on it.
- ``kiosk card-sim --persona FILE_OR_NAME [--port 35963] [--latency-ms N] [--pull-after N]``
  runs the virtual card (starting pcscd with the vpcd driver if none runs) until interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import json
import signal
import sys
import threading
from types import FrameType
from typing import Any

from cardreader import (
    CardError,
    CardIdentity,
    CardRemoved,
    LastTryRefused,
    MyNumberCardReader,
    NoCard,
    NotMyNumberCard,
    SecretBlocked,
    WrongSecret,
    list_readers,
)
from cardreader.emulator import DEFAULT_PORT, VIRTUAL_READERS, CardEmulator, Persona
from cardreader.emulator import shipped_personas as _shipped
from forms.charset import describe, non_jis_chars
from kiosk.errors import ExitCode, KioskError

EXIT_WRONG_PIN = ExitCode.WRONG_PIN
EXIT_REFUSED_OR_BLOCKED = ExitCode.PIN_LOCKED
EXIT_NO_USABLE_CARD = ExitCode.NO_CARD

SEX_JA = {"1": "男", "2": "女", "9": "適用不能", "0": "不明"}


def alerts(identity: CardIdentity) -> list[str]:
    """One line per character of the name and address outside JIS X 0208 (外字), for the person
    reading the card: the same finding the notification's rules make (``forms.charset``)."""
    lines: list[str] = []
    for label, text in (("氏名", identity.name), ("住所", identity.address)):
        for char in dict.fromkeys(c.char for c in non_jis_chars(text)):
            lines.append(f"{label}に JIS X 0208 外の文字 {describe(char)} があります")
    return lines


def register(subparsers: Any) -> None:
    card = subparsers.add_parser(
        "card",
        help="My Number Card: list readers, read the basic four facts",
        description="Read the 券面事項入力補助AP of a My Number Card through PC/SC.",
    )
    sub = card.add_subparsers(dest="card_command", metavar="ACTION")
    sub.required = True

    readers = sub.add_parser("readers", help="list card readers, one a line")
    readers.set_defaults(handler=_readers)

    read = sub.add_parser(
        "read",
        help="read name, address, birth date and sex (PIN or 照合番号B from stdin)",
        description=(
            "Reads the 4-digit PIN (or, with --code-b, the 14 digits of 照合番号B) from stdin "
            "(no echo on a terminal), checks the tries left, then reads the card. Exit: 0 read, "
            "11 wrong PIN or code, 12 last try refused or blocked, 10 no card / not a My Number "
            "Card / card removed, 1 anything else."
        ),
    )
    read.add_argument("--reader", metavar="NAME", help="reader (default: first with a card)")
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument(
        "--allow-last-try",
        action="store_true",
        help="send the PIN or code even when only one try is left (the resident confirmed)",
    )
    read.add_argument(
        "--code-b",
        action="store_true",
        help=(
            "read 照合番号B from stdin instead of the PIN: birth date YYMMDD as printed on the "
            "card, the expiry year, the security code (14 digits, spaces allowed)"
        ),
    )
    read.set_defaults(handler=_read)

    sim = subparsers.add_parser(
        "card-sim",
        help="run a virtual My Number Card on pcscd's vpcd reader",
        description=(
            "Runs the card emulator until interrupted, starting pcscd with the vsmartcard-vpcd "
            f"driver if none runs. Shipped personas: {', '.join(_shipped())}."
        ),
    )
    sim.add_argument("--persona", required=True, metavar="FILE_OR_NAME")
    sim.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        choices=sorted(VIRTUAL_READERS),
        help=f"vpcd port (default {DEFAULT_PORT})",
    )
    sim.add_argument("--latency-ms", type=int, default=0, metavar="N", help="delay per APDU")
    sim.add_argument(
        "--pull-after",
        type=int,
        metavar="N",
        help="pull the card when APDU N+1 arrives (it is put back 2 s later)",
    )
    sim.add_argument("--garbage-after", type=int, metavar="N", help="garbage after N APDUs")
    sim.add_argument(
        "--not-my-number", action="store_true", help="behave as a card without the My Number APs"
    )
    sim.set_defaults(handler=_card_sim)


def _fail(exc: CardError, exit_code: int = 1) -> KioskError:
    return KioskError(f"{exc.message_ja} ({exc})", exit_code=exit_code)


def _readers(args: argparse.Namespace) -> int:
    try:
        names = list_readers()
    except CardError as exc:
        raise _fail(exc) from None
    for name in names:
        print(name)
    return 0


def _read_secret(prompt: str) -> str:
    """The PIN or 照合番号B from stdin: without echo on a terminal, else the first line."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _read(args: argparse.Namespace) -> int:
    reader = MyNumberCardReader(args.reader)
    try:
        identity: CardIdentity
        if args.code_b:
            code_b = _read_secret(
                "照合番号B (生年月日6桁・有効期限の年4桁・セキュリティコード4桁): "
            )
            identity = reader.read_identity_with_code_b(code_b, allow_last_try=args.allow_last_try)
        else:
            pin = _read_secret("暗証番号 (数字4桁): ")
            identity = reader.read_identity(pin, allow_last_try=args.allow_last_try)
    except WrongSecret as exc:
        raise _fail(exc, EXIT_WRONG_PIN) from None
    except (LastTryRefused, SecretBlocked) as exc:
        raise _fail(exc, EXIT_REFUSED_OR_BLOCKED) from None
    except (NoCard, NotMyNumberCard, CardRemoved) as exc:
        raise _fail(exc, EXIT_NO_USABLE_CARD) from None
    except CardError as exc:
        raise _fail(exc) from None
    if args.json:
        print(json.dumps({**identity.to_dict(), "alerts": alerts(identity)}, ensure_ascii=False))
    else:
        print(f"氏名: {identity.name}")
        print(f"住所: {identity.address}")
        print(f"生年月日: {identity.birth_date.isoformat()}")
        print(f"性別: {SEX_JA.get(identity.sex, identity.sex)} ({identity.sex})")
        for alert in alerts(identity):
            print(f"注意: {alert}")
    return 0


def _card_sim(args: argparse.Namespace) -> int:
    from cardreader.pcscd import ensure_pcscd

    try:
        persona = Persona.load(args.persona)
    except (OSError, ValueError, KeyError) as exc:
        raise KioskError(f"cannot load persona {args.persona!r}: {exc}") from None
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            pcscd = ensure_pcscd()
        except CardError as exc:
            raise _fail(exc) from None
        emulator = CardEmulator(
            persona,
            port=args.port,
            latency_ms=args.latency_ms,
            pull_after=args.pull_after,
            garbage_after=args.garbage_after,
            not_my_number=args.not_my_number,
        )
        try:
            emulator.start(wait=10)
            print(
                f"virtual card {persona.key or persona.name} in {emulator.reader_name!r}"
                f"{' (pcscd started)' if pcscd.started else ''}; Ctrl+C to stop",
                flush=True,
            )
            while not stop.wait(0.2):
                if emulator.pulled and not emulator.inserted:
                    print("card pulled; putting it back in 2 s", file=sys.stderr, flush=True)
                    if stop.wait(2.0):
                        break
                    emulator.insert()
        except CardError as exc:
            raise _fail(exc) from None
        finally:
            emulator.stop()
            pcscd.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
