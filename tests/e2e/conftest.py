"""End-to-end harness: the whole single-PC counter as ``kiosk demo`` assembles it.

Both windows run offscreen in the test process with the bundled fonts; the card is the
project's emulator in pcscd's virtual reader, the database a throwaway SQLite file, the back
office the reference receiver on loopback, and the delivery worker runs in its thread, exactly
as in ``kiosk run``. Screens go under ``test-artifacts/e2e/<test>/``.

PC/SC tests share one pcscd per machine and one emulator per vpcd slot: run them serialised
(``flock /tmp/pcsc-tests.lock``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


@pytest.fixture
def counter(qapp: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """(demo counter, both windows, the walkthrough stage) for one test."""
    import shutil

    import pyotp
    from PySide6.QtCore import QSize

    from cardreader.emulator import Persona
    from kiosk.app.counter import open_counter
    from kiosk.app.demo import DEMO_LOGIN, DEMO_PASSWORD, demo_counter
    from kiosk.app.walkthrough import Stage

    out = ARTIFACTS / request.node.name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with demo_counter(out, second_factor="totp") as demo:
        secret = demo.totp_secret
        assert secret is not None
        windows = open_counter(
            demo.config,
            demo.storage,
            app=qapp,
            full_screen=False,
            resident_size=QSize(1920, 1080),
            diagonal_inches=15.6,
            print_dir=out / "forms",
            ask_printer=False,
            reader_name=demo.emulator.reader_name,
        )
        stage = Stage(
            resident_window=windows.resident,
            console=windows.staff,
            emulator=demo.emulator,
            service=windows.staff_service,
            personas=Persona.load,
            login=(DEMO_LOGIN, DEMO_PASSWORD, lambda: pyotp.TOTP(secret).now()),
            out=out,
        )
        try:
            yield demo, windows, stage
        finally:
            windows.close()
