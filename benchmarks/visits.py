"""What sharing a visit through the database costs: one flow alone, and the same flow linked.

A 転居 is played through the resident flow (no Qt; the card's facts handed over by a stand-in
for the reader) in two ways in the same run, on a SQLite file in a temporary folder:

- ``alone``: the flow as the single-PC counter's windows share it (one object, no database);
- ``linked``: the same flow kept in step with the database (:class:`kiosk.visits.VisitLink`):
  every change saved, encrypted, versioned and announced, as on a counter floor;
- ``followed``: linked, and a second flow on its own engine takes every change (as the desk
  does), reading it back after each one.

It prints the median time per command of each as a ratio to ``alone``, and the size of the
stored state (encrypted) at the end of the visit.

Usage::

    .venv/bin/python benchmarks/visits.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from kiosk.config import load_config  # noqa: E402
from kiosk.flow import CardFacts, ResidentFlow  # noqa: E402
from kiosk.resident_service import ResidentService  # noqa: E402
from kiosk.storage import open_storage  # noqa: E402
from kiosk.visits import VisitLink, Visits, VisitStore  # noqa: E402

TODAY = date(2026, 4, 14)
HOLDER = CardFacts("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1")


class Card:
    def pin_tries_left(self) -> int:
        return 3

    def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
        return HOLDER


def visit(flow: ResidentFlow) -> list[Callable[[], object]]:
    """The resident's commands of a 転居, in order."""
    return [
        flow.card_inserted,
        lambda: flow.submit_pin("1234"),
        lambda: flow.confirm_identity(True),
        flow.skip_reading,
        lambda: flow.guide_answer("within"),
        lambda: flow.set_date_days_ago(1),
        flow.next,
        lambda: flow.lookup_postal("2040021"),
        lambda: flow.choose_candidate(0),
        lambda: flow.set_banchi("3-5-8"),
        flow.next,
        flow.next,
        flow.next,
        lambda: flow.set_head(0),
        flow.next,
        lambda: flow.set_related("kokuho", False),
        lambda: flow.set_related("shogai_techo", False),
        lambda: flow.set_related("dog", False),
        flow.next,
    ]


def play(make: Callable[[], tuple[ResidentFlow, Callable[[], object]]]) -> list[float]:
    flow, after = make()
    times = []
    for command in visit(flow):
        start = time.perf_counter()
        command()
        after()
        times.append(time.perf_counter() - start)
    flow.cancel()  # the visit ends: its stored state is emptied
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(env={"KIOSK_PATHS_DATA_DIR": tmp, "KIOSK_PRIVACY_KEY_STORE": "file"})
        storage = open_storage(config)
        desk_storage = open_storage(config)
        service = ResidentService(config, storage, today=lambda: TODAY, terminal="touch")
        desk_service = ResidentService(config, desk_storage, today=lambda: TODAY)
        size = 0

        def alone() -> tuple[ResidentFlow, Callable[[], object]]:
            return ResidentFlow(service, card=Card()), lambda: None

        def linked() -> tuple[ResidentFlow, Callable[[], object]]:
            flow = ResidentFlow(service, card=Card())
            Visits(VisitStore(storage), lambda: flow).attach("touch", flow)
            return flow, lambda: None

        def followed() -> tuple[ResidentFlow, Callable[[], object]]:
            flow = ResidentFlow(service, card=Card())
            Visits(VisitStore(storage), lambda: flow).attach("touch", flow)
            desk = VisitLink(ResidentFlow(desk_service), VisitStore(desk_storage), "touch")
            return flow, desk.pull

        from sqlalchemy import text

        def stored_size() -> int:
            with storage.reader() as session:
                raw = session.execute(text("SELECT state FROM visits")).scalar()
            return len(bytes(raw)) if raw is not None else 0

        results: dict[str, list[float]] = {"alone": [], "linked": [], "followed": []}
        for _ in range(args.rounds):
            for name, make in (("alone", alone), ("linked", linked), ("followed", followed)):
                results[name].extend(play(make))
        flow, _after = linked()
        for command in visit(flow):
            command()
        size = stored_size()  # at the confirm screen: everything answered
        flow.cancel()
        emptied = stored_size()
        storage.close()
        desk_storage.close()
    base = statistics.median(results["alone"])
    print(f"commands per visit: {len(results['alone']) // args.rounds}, rounds: {args.rounds}")
    for name, times in results.items():
        ratio = statistics.median(times) / base
        print(f"{name:9s} median per command, ratio to alone: {ratio:8.1f}")
    print(f"stored state at the confirm screen (encrypted): {size} bytes; after: {emptied}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
