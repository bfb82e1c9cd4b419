"""Child process for test_pcscd_isolated: runs in its own mount + network namespace, so the
pcscd it starts (and kills) is private to it. Prints one JSON object of observations."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cardreader import CardError, MyNumberCardReader, NoReader, list_readers
from cardreader.emulator import CardEmulator, Persona
from cardreader.events import CardEvent, CardWatcher
from cardreader.pcscd import ensure_pcscd, pcscd_readers


def main() -> None:
    out: dict[str, object] = {}
    try:
        list_readers()
        out["before"] = "running"
    except NoReader:
        out["before"] = "no service"

    events: list[str] = []
    lock = threading.Lock()

    def on_event(event: CardEvent) -> None:
        with lock:
            events.append(f"{event.kind.value}:{event.reader}")

    watcher = CardWatcher(on_event).start()  # started before any pcscd: must just wait
    handle = ensure_pcscd(timeout=20)
    out["started"] = handle.started
    out["readers"] = list_readers()
    holder = Persona.load("kokutou-mikiya")
    emulator = CardEmulator(holder, latency_ms=200, wait=15).start()
    reader = MyNumberCardReader(emulator.reader_name)
    out["name"] = reader.read_identity(holder.pin).name

    # The service dies in the middle of a read (an unplugged reader looks the same to us).
    failure: list[str] = []

    def read() -> None:
        try:
            reader.read_identity(holder.pin)
            failure.append("no error")
        except CardError as exc:
            failure.append(type(exc).__name__)
        except Exception as exc:  # the point: nothing but our errors
            failure.append(f"foreign {type(exc).__name__}")

    thread = threading.Thread(target=read)
    thread.start()
    time.sleep(0.5)
    handle.stop()
    thread.join(30)
    out["mid_read"] = failure[0] if failure else "hung"
    try:
        reader.read_identity(holder.pin)
        out["after"] = "no error"
    except CardError as exc:
        out["after"] = type(exc).__name__
    out["readers_after"] = pcscd_readers()
    time.sleep(2.5)  # the watcher retries every second

    # The service comes back: the watcher sees the readers again.
    emulator.stop(wait=None)
    handle = ensure_pcscd(timeout=20)
    time.sleep(2.5)
    watcher.stop()
    handle.stop()
    with lock:
        out["events"] = list(events)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
