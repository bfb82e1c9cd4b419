"""Asking IT questions on a terminal, and showing a TOTP enrolment as a QR code there.

Commands that need an answer (a password, the municipality) ask only when standard input is a
terminal; without one they fail in one line saying which option gives the answer instead, never
with Python's "can not control echo" warning and an ``EOFError``.

A new authenticator (TOTP, ワンタイムパスワード) is shown as a QR code drawn in the terminal — an
authenticator app scans it off the screen — with the secret in groups of four for typing by
hand. On a terminal the code is drawn with background colours (two spaces per module), which
stay square whatever width the terminal gives East Asian characters; into a file or a pipe (an
installer's log), or on a terminal too narrow for that, it is drawn with half blocks
(``▀▄█``), dark modules as spaces.
"""

from __future__ import annotations

import getpass
import os
import shutil
import sys
from collections.abc import Callable
from typing import TextIO

import pyotp
import qrcode

from kiosk.errors import ExitCode, KioskError, UsageError
from kiosk.staff import Enrollment

_DARK = "\x1b[40m  "
_LIGHT = "\x1b[47m  "
_RESET = "\x1b[0m"


def interactive() -> bool:
    """Whether questions can be asked: standard input is a terminal."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # a closed stdin
        return False


def need_terminal(command: str, instead: str) -> UsageError:
    """The one-line error of a command that would have to ask and has no terminal."""
    return UsageError(f"{command}: no terminal to ask on: {instead}")


def ask(prompt: str, *, default: str = "", check: Callable[[str], str | None] | None = None) -> str:
    """Ask until ``check`` finds nothing wrong (it returns the problem, or None)."""
    suffix = f" [{default}]" if default else ""
    for _ in range(5):
        try:
            answer = input(f"{prompt}{suffix}: ").strip() or default
        except EOFError:
            raise UsageError("no answer (end of input)") from None
        problem = check(answer) if check else (None if answer else "an answer is needed")
        if problem is None:
            return answer
        print(f"  {problem}", file=sys.stderr)
    raise UsageError(f"{prompt}: no usable answer after 5 tries")


def read_password(*, stdin: bool, command: str) -> str:
    """A new password: the first line of standard input (``stdin``), else asked twice on the
    terminal without echo."""
    if stdin:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError(f"{command}: --password-stdin read no password")
        return password
    if not interactive():
        raise need_terminal(command, "pipe the password in and give --password-stdin")
    for _ in range(3):
        try:
            first = getpass.getpass("パスワード (password): ")
            again = getpass.getpass("もう一度 (again): ")
        except EOFError:
            raise UsageError(f"{command}: no password (end of input)") from None
        if first == again and first:
            return first
        print("  the two passwords differ (or are empty); again", file=sys.stderr)
    raise UsageError(f"{command}: the passwords differed three times")


def _enable_ansi(out: TextIO) -> bool:
    """Whether ``out`` understands colour escapes (turned on in the Windows console)."""
    try:
        if not out.isatty():
            return False
    except (AttributeError, ValueError):
        return False
    if sys.platform != "win32":
        return os.environ.get("TERM") != "dumb"
    try:  # pragma: no cover - Windows only
        import ctypes
        import msvcrt

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = msvcrt.get_osfhandle(out.fileno())  # type: ignore[attr-defined]
        mode = ctypes.c_uint32()
        if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            return False
        return bool(kernel32.SetConsoleMode(handle, mode.value | 0x0004))
    except (OSError, AttributeError, ValueError):
        return False


def _columns() -> int:
    return shutil.get_terminal_size(fallback=(80, 24)).columns


def qr_lines(data: str, *, ansi: bool) -> list[str]:
    """``data`` as a QR code in text lines (see the module docstring for the two drawings)."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_L)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    if ansi:
        return ["".join(_DARK if dark else _LIGHT for dark in row) + _RESET for row in matrix]
    lines = []
    blank = [False] * len(matrix[0])
    for top, bottom in zip(matrix[0::2], [*matrix[1::2], blank], strict=True):
        # Dark modules are spaces: on the usual dark terminal they come out dark.
        chars = {(False, False): "█", (False, True): "▀", (True, False): "▄", (True, True): " "}
        lines.append("".join(chars[(t, b)] for t, b in zip(top, bottom, strict=True)))
    return lines


def grouped(secret: str) -> str:
    """A base32 secret in groups of four, for typing into an authenticator by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def show_enrollment(login_id: str, enrollment: Enrollment, out: TextIO | None = None) -> None:
    """Print a new second factor once: the QR code to scan, the secret, the URI."""
    out = out or sys.stdout
    if enrollment.method != "totp":
        print(f"{enrollment.method} for {login_id} (shown once): {enrollment.secret}", file=out)
        return
    print(
        f"認証アプリ (authenticator) for {login_id}: scan this QR code with the staff member's "
        "phone (shown once)",
        file=out,
    )
    ansi = _enable_ansi(out)
    lines = qr_lines(enrollment.uri, ansi=ansi)
    if ansi and len(lines[0].replace(_RESET, "")) // len(_DARK) * 2 > _columns():
        lines = qr_lines(enrollment.uri, ansi=False)  # too wide: half the width in blocks
    for line in lines:
        print(line, file=out)
    print(
        f"totp secret (shown once, to type by hand instead): {grouped(enrollment.secret)}", file=out
    )
    print(f"authenticator URI: {enrollment.uri}", file=out)
    out.flush()


def confirm_totp(login_id: str, secret: str) -> None:
    """Ask for a code from the freshly enrolled authenticator (three tries): proof the phone
    holds the right secret and keeps the right time before anyone relies on it."""
    totp = pyotp.TOTP(secret)
    for _ in range(3):
        try:
            code = input("認証アプリの6桁の数字 (the 6-digit code the app shows now): ").strip()
        except EOFError:
            break
        if code.isdigit() and totp.verify(code, valid_window=1):
            print("ok: the authenticator works")
            return
        print("  that code does not match (is the phone's clock right?)", file=sys.stderr)
    raise KioskError(
        f"staff {login_id} was added, but no code from the authenticator matched: check the "
        f"phone's time, then enrol again with `kiosk staff totp {login_id}`",
        exit_code=ExitCode.STAFF,
    )
