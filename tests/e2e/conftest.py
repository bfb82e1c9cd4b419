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

    from kiosk.app.demo import offscreen_stage

    out = ARTIFACTS / request.node.name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with offscreen_stage(out, qapp) as (demo, windows, stage):
        assert demo.totp_secret is not None
        yield demo, windows, stage
