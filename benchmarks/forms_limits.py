"""How cheaply the notification model refuses what no counter should hold.

Baseline, measured in the same run: validating the shipped 転入 of a family of four from its JSON
(``Notification.model_validate_json``), the everyday work of the model. Against it:

- refusing a 50-million-character name (``PersonName(family=…)``; the string itself is built
  once, outside the timing) — the length is checked before any character is looked at;
- refusing a notification whose signature holds NaN;
- reading ``/dev/zero`` as a notification (``forms.files.read_bounded`` with the 4 MiB limit the
  ``kiosk form`` commands use): it stops after the limit instead of filling the memory.

Each figure is the median of per-pair ratios (measure / baseline, one baseline run just before
each measure), so it does not depend on the machine.

Usage::

    .venv/bin/python benchmarks/forms_limits.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# This directory holds a forms.py: put the repository first so that "forms" is the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import ValidationError

from forms import Notification, PersonName
from forms.files import FileTooLarge, read_bounded

EXAMPLE = (
    Path(__file__).resolve().parents[1]
    / "examples"
    / "notifications"
    / "tennyu_family_of_four.json"
)
NOTIFICATION_LIMIT = 4 * 1024 * 1024


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def refusing(fn: Callable[[], object], *errors: type[Exception]) -> Callable[[], None]:
    def run() -> None:
        try:
            fn()
        except errors:
            return
        raise AssertionError("expected a refusal")

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    example = EXAMPLE.read_bytes()
    huge_name = "あ" * 50_000_000
    nan_signature = example.replace(b'"aspect": 4.0', b'"aspect": NaN', 1)
    assert nan_signature != example

    def baseline() -> object:
        return Notification.model_validate_json(example)

    measures: dict[str, Callable[[], None]] = {
        "50M-character name": refusing(lambda: PersonName(family=huge_name), ValidationError),
        "NaN in the signature": refusing(
            lambda: Notification.model_validate_json(nan_signature), ValidationError
        ),
        "/dev/zero as a notification": refusing(
            lambda: read_bounded("/dev/zero", NOTIFICATION_LIMIT), FileTooLarge
        ),
    }
    baseline()  # warm up
    print(f"baseline: validate {EXAMPLE.name} ({len(example):,} bytes)")
    print(f"{'refusal':<30} {'ratio to baseline':>18}")
    for name, fn in measures.items():
        fn()
        ratios = []
        for _ in range(args.repeat):
            base = timed(baseline)
            ratios.append(timed(fn) / base)
        print(f"{name:<30} {statistics.median(ratios):>18.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
