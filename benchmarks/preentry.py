"""Pre-entry at the counter: reading a code, and finding 転出証明書情報 by decrypting every record.

In the same run, on SQLite (a file, WAL, synchronous=FULL):

- reading a family of four's code: ``forms.preentry.decode`` (base45, inflate, strict JSON,
  pydantic) against a bare ``json.loads`` of the same JSON as the baseline;
- a card-holder lookup, ``kiosk.preentry.find_tenshutsu_info`` by name and birth date, which
  decrypts every record held (no searchable token of a name in the database), with 100 and with
  1,000 records, as a ratio to 100 (linear means about 10);
- the camera side: ``ui.preentry_scan.decode_qr`` on a 1280 × 720 frame, against zxing-cpp on
  the QR alone (``is_pure``) as the baseline.

Prints times and ratios; nothing is asserted. Usage: ``python benchmarks/preentry.py``.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from forms.preentry import decode, encode, from_document  # noqa: E402
from forms.tenshutsu import read_csv  # noqa: E402
from kiosk.config import load_config  # noqa: E402
from kiosk.preentry import find_tenshutsu_info, import_tenshutsu_info  # noqa: E402
from kiosk.storage import open_storage  # noqa: E402
from kiosk.workflow import Actor  # noqa: E402
from tests.preentry.samples import FAMILY, TENSHUTSU_CSV  # noqa: E402

TODAY = date(2026, 11, 20)


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def codes() -> None:
    entry = from_document(FAMILY)
    text = encode(entry)
    raw = entry.to_json()
    base = median_seconds(lambda: json.loads(raw), 2000)
    ours = median_seconds(lambda: decode(text), 2000)
    print(f"decode a family of four: {ours * 1e6:8.1f} µs, {ours / base:6.1f} × json.loads")


def lookups() -> None:
    actor = Actor.system("bench")
    with tempfile.TemporaryDirectory() as folder:
        config = load_config(
            env={"KIOSK_PATHS_DATA_DIR": folder, "KIOSK_PRIVACY_KEY_STORE": "file"}
        )
        storage = open_storage(config)
        try:
            held = 0
            results = {}
            for target in (100, 1000):
                records = []
                for i in range(held, target):
                    csv = TENSHUTSU_CSV.replace("ON-20261101-0042", f"ON-B-{i:06d}")
                    if i:  # only the first household is the card holder's
                        csv = csv.replace("1980-02-17", "1970-01-01")
                    records += read_csv(csv.encode())
                with storage.transaction() as session:
                    import_tenshutsu_info(session, records, actor=actor, source="file", today=TODAY)
                held = target

                def find() -> object:
                    with storage.reader() as session:
                        return find_tenshutsu_info(
                            session, name="黒桐\u3000幹也", birth_date=date(1980, 2, 17)
                        )

                results[target] = median_seconds(find, 5)
            ratio = results[1000] / results[100]
            print(
                f"card-holder lookup: {results[100] * 1e3:7.1f} ms with 100 records, "
                f"{results[1000] * 1e3:7.1f} ms with 1,000 ({ratio:.1f} × the 100)"
            )
        finally:
            storage.close()


def frames() -> None:
    import qrcode
    import zxingcpp
    from qrcode.util import MODE_ALPHA_NUM, QRData

    from tests.preentry.camera import camera_frame
    from ui.preentry_scan import decode_qr

    text = encode(from_document(FAMILY))
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6)
    qr.add_data(QRData(text, mode=MODE_ALPHA_NUM))
    qr.make(fit=True)
    out = io.BytesIO()
    qr.make_image().save(out)
    from PIL import Image

    pure = Image.open(io.BytesIO(out.getvalue())).convert("L")
    frame = camera_frame(out.getvalue())
    base = median_seconds(lambda: zxingcpp.read_barcodes(pure, is_pure=True), 20)
    ours = median_seconds(lambda: decode_qr(frame), 20)
    print(f"camera frame 1280×720: {ours * 1e3:7.1f} ms, {ours / base:5.1f} × the QR alone")


if __name__ == "__main__":
    codes()
    lookups()
    frames()
