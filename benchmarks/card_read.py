"""APDUs and time per identity read, against the minimal raw APDU sequence, same run.

Runs on the real PC/SC stack: pcscd (started if none runs) with the vsmartcard-vpcd driver and
our card emulator answering every APDU after ``--latency-ms`` (default 30 ms, a slow
contactless reader). Two ways to read the 基本4情報 are timed, alternately:

- baseline: the minimal raw APDU sequence the PIN guard allows, sent through pyscard by hand —
  connect, SELECT AP, SELECT PIN EF, VERIFY (tries left), VERIFY (PIN), SELECT EF 0002,
  READ BINARY Le=256 (one more READ per further 256 bytes), disconnect;
- ours: ``MyNumberCardReader(reader).read_identity(pin)``.

Printed: APDUs per read for each (counted by the card) and the median time per read as a ratio
ours / baseline. The goal is a ratio ≤ 1.05 and no more APDUs than the baseline.

    .venv/bin/python benchmarks/card_read.py [--reads 20] [--latency-ms 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smartcard import scard

from cardreader import MyNumberCardReader
from cardreader.basic4 import decode_basic4
from cardreader.emulator import CardEmulator, Persona, claim_slot
from cardreader.pcscd import ensure_pcscd


def raw_read(reader: str, pin: str) -> bytes:
    """The minimal sequence, by hand, with no error handling beyond asserting 90 00."""
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    for _ in range(60):  # same patience as ours if another program holds the card
        hresult, card, _ = scard.SCardConnect(
            ctx,
            reader,
            scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if hresult != scard.SCARD_E_SHARING_VIOLATION:
            break
        time.sleep(0.05)
    assert hresult == scard.SCARD_S_SUCCESS

    def send(apdu: bytes) -> list[int]:
        hresult, response = scard.SCardTransmit(card, scard.SCARD_PCI_T1, list(apdu))
        assert hresult == scard.SCARD_S_SUCCESS
        return list(response)

    try:
        assert send(bytes.fromhex("00A4040C0AD3921000310001010408"))[-2:] == [0x90, 0x00]
        assert send(bytes.fromhex("00A4020C020011"))[-2:] == [0x90, 0x00]
        assert send(bytes.fromhex("00200080"))[-2] == 0x63  # tries left
        assert send(bytes.fromhex("0020008004") + pin.encode())[-2:] == [0x90, 0x00]
        assert send(bytes.fromhex("00A4020C020002"))[-2:] == [0x90, 0x00]
        data = bytes(send(bytes.fromhex("00B0000000"))[:-2])
        total = (5 + int.from_bytes(data[3:5], "big")) if data[2] == 0x82 else 3 + data[2]
        while len(data) < total:
            le = min(256, total - len(data))
            apdu = bytes((0x00, 0xB0, len(data) >> 8, len(data) & 0xFF, le & 0xFF))
            data += bytes(send(apdu)[:-2])
        return data[:total]
    finally:
        scard.SCardDisconnect(card, scard.SCARD_UNPOWER_CARD)
        scard.SCardReleaseContext(ctx)


def measure(
    emulator: CardEmulator, persona: Persona, reads: int
) -> tuple[list[float], list[float], int, int]:
    emulator.insert(persona)
    reader_name = emulator.reader_name
    ours = MyNumberCardReader(reader_name)

    def timed(fn: Callable[[], object]) -> tuple[float, int]:
        emulator.clear_log()
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        return elapsed, len(emulator.apdu_log)

    # Warm-up (and a check that both read the same thing).
    assert decode_basic4(raw_read(reader_name, persona.pin)).name == persona.name
    assert ours.read_identity(persona.pin).name == persona.name
    base_t: list[float] = []
    ours_t: list[float] = []
    base_n = ours_n = 0
    for _ in range(reads):  # alternate, so drift hits both alike
        t, base_n = timed(lambda: raw_read(reader_name, persona.pin))
        base_t.append(t)
        t, ours_n = timed(lambda: ours.read_identity(persona.pin))
        ours_t.append(t)
    return base_t, ours_t, base_n, ours_n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=20)
    parser.add_argument("--latency-ms", type=int, default=30)
    args = parser.parse_args()

    with ensure_pcscd() as _pcscd:
        claim = claim_slot()
        emulator = CardEmulator(port=claim.port, latency_ms=args.latency_ms, wait=15)
        try:
            print(f"card read, {args.latency_ms} ms per APDU, {args.reads} reads each, median")
            print(f"{'persona':<18} {'file':>6} {'APDUs base/ours':>16} {'ratio ours/base':>16}")
            for key in ("kokutou-mikiya", "foreign-resident", "long-address"):
                persona = Persona.load(key)
                base_t, ours_t, base_n, ours_n = measure(emulator, persona, args.reads)
                ratio = statistics.median(ours_t) / statistics.median(base_t)
                size = len(persona.basic4_file().rstrip(b"\xff"))
                print(f"{key:<18} {size:>5}B {base_n:>7}/{ours_n:<8} {ratio:>16.3f}")
        finally:
            emulator.stop()
            claim.release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
