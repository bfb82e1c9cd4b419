"""What IT sees when a counter starts: the command's log holds the counter's own lines (the
touch-target size and where it came from), not Alembic's notes, and the terminal gets no Qt
font-database remarks. The touch monitor's size comes from ``[counter] screen_inches`` for
``kiosk run`` and ``kiosk tablet`` alike (``--screen-inches`` still wins for a tablet)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from tests.packaging.conftest import ROOT, Counter

MakeCounter = Callable[..., Counter]


def start(counter: Counter, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(counter.env, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_LOGGING_RULES", None)
    return subprocess.run(
        [sys.executable, "-m", "kiosk.app", *args, "--windowed", "--quit-after", "3"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )


@pytest.mark.slow
@pytest.mark.parametrize("command", [("tablet",), ("run", "--no-sync")])
def test_the_touch_screen_size_is_a_setting_and_the_log_says_so(
    make_counter: MakeCounter, command: tuple[str, ...]
) -> None:
    counter = make_counter(KIOSK_COUNTER_SCREEN_INCHES="15.6")
    proc = start(counter, *command)
    assert proc.returncode == 0, proc.stderr
    assert "qt.text.font.db" not in proc.stderr  # Qt's remark at every start, gone
    log = (counter.data_dir / "logs" / f"{command[0]}.log").read_text(encoding="utf-8")
    assert "from a 15.6-inch monitor ([counter] screen_inches)" in log
    assert "alembic" not in log  # the schema was created, without Alembic's notes
    assert "Context impl" not in log

    unset = make_counter()
    proc = start(unset, *command)
    assert proc.returncode == 0, proc.stderr
    log = (unset.data_dir / "logs" / f"{command[0]}.log").read_text(encoding="utf-8")
    assert "from the size the monitor reports" in log


@pytest.mark.slow
def test_a_tablet_flag_wins_over_the_setting(make_counter: MakeCounter) -> None:
    counter = make_counter(KIOSK_COUNTER_SCREEN_INCHES="15.6")
    proc = start(counter, "tablet", "--screen-inches", "21.5")
    assert proc.returncode == 0, proc.stderr
    log = (counter.data_dir / "logs" / "tablet.log").read_text(encoding="utf-8")
    assert "from a 21.5-inch monitor" in log


def test_a_screen_size_out_of_range_is_refused_in_one_line(make_counter: MakeCounter) -> None:
    counter = make_counter(KIOSK_COUNTER_SCREEN_INCHES="nan")
    proc = start(counter, "tablet")
    assert proc.returncode == 78
    assert (
        proc.stderr.strip().splitlines() == [proc.stderr.strip()]
        and "[counter] screen_inches" in proc.stderr
    )
    flag = start(make_counter(), "tablet", "--screen-inches", "inf")
    assert flag.returncode == 2
    assert "a monitor diagonal is 5 to 100 inches" in flag.stderr
    assert len(flag.stderr.strip().splitlines()) == 1
