"""PDF render time of the 住民異動届, per notification and per page, against plain reportlab.

Baseline, measured in the same run: a plain reportlab A4 page with the same embedded TrueType
font (BIZ UD Mincho) and a comparable amount of Japanese text (about 1,200 characters drawn in
60 lines), saved as a PDF. Every render is paired with a baseline render just before it, and the
figure printed is the median of those ratios, so it depends neither on the machine nor on what
else runs on it.

Usage::

    .venv/bin/python benchmarks/forms.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

# This file is named forms.py: put the repository first so that "forms" is the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from forms import Notification, apply_correction, fonts, mark_signed, render_pdf, render_receipt
from forms.pdf import _qr_matrix
from forms.related import derive

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "notifications"
SAMPLE = "東京都清瀬市下清戸一丁目２２３番地　清瀬ハイツ２０２号室　山田　太郎　昭和60年6月1日"


def baseline_page() -> bytes:
    """One A4 page of plain reportlab text in the same embedded font."""
    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, invariant=1, initialFontName=fonts.MINCHO)
    c.setFont(fonts.MINCHO, 9)
    for line in range(60):
        c.drawString(36, 800 - line * 12.5, SAMPLE[line % 7 :] + SAMPLE[: line % 7])
    c.showPage()
    c.save()
    return buf.getvalue()


def timed(fn: Callable[[], bytes]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def paired(fn: Callable[[], bytes], repeat: int) -> tuple[float, float]:
    """(median seconds of ``fn``, median of per-pair ratios fn / baseline).

    Each run of ``fn`` is paired with a baseline run right before it, so load from other
    processes affects both sides of each ratio alike.
    """
    fn()  # warm up: font files parsed, caches filled (they stay for the whole process)
    baseline_page()
    times, ratios = [], []
    for _ in range(repeat):
        base = timed(baseline_page)
        t = timed(fn)
        times.append(t)
        ratios.append(t / base)
    return statistics.median(times), statistics.median(ratios)


def cold(render: Callable[[Notification], bytes], n: Notification) -> bytes:
    """Render as the first time: each notification has its own QR code, so no cached matrix."""
    _qr_matrix.cache_clear()
    return render(n)


def many_persons(base: Notification, count: int) -> Notification:
    n = base.model_copy(deep=True)
    template = n.persons[-1]
    while len(n.persons) < count:
        p = template.model_copy(deep=True)
        p.name.given = f"{p.name.given}{len(n.persons)}"
        n.persons.append(p)
    n.related = derive(n)
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    cases: list[tuple[str, Notification]] = []
    for path in sorted(EXAMPLES.glob("*.json")):
        cases.append((path.stem, Notification.model_validate_json(path.read_bytes())))
    family = dict(cases)["tennyu_family_of_four"]
    cases.append(("tennyu_20_persons", many_persons(family, 20)))

    base, _ = paired(baseline_page, args.repeat)
    print(f"baseline: plain reportlab A4 page, same font: {base * 1000:.1f} ms (median)")
    print("ratios: median of (render / baseline) over runs paired back to back")
    print()
    print(f"{'notification':30} {'pages':>5} {'ms':>8} {'ratio/notif':>12} {'ratio/page':>11}")
    for name, n in cases:
        pages = len(PdfReader(io.BytesIO(render_pdf(n))).pages)
        t, ratio = paired(lambda n=n: cold(render_pdf, n), args.repeat)
        print(f"{name:30} {pages:5d} {t * 1000:8.1f} {ratio:12.2f} {ratio / pages:11.2f}")
    fixed = corrected(family)
    pages = len(PdfReader(io.BytesIO(render_pdf(fixed))).pages)
    t, ratio = paired(lambda: cold(render_pdf, fixed), args.repeat)
    name = "family_with_3_corrections"
    print(f"{name:30} {pages:5d} {t * 1000:8.1f} {ratio:12.2f} {ratio / pages:11.2f}")
    t, ratio = paired(lambda: cold(render_receipt, family), args.repeat)
    print(f"{'receipt (受付票)':28} {1:5d} {t * 1000:8.1f} {ratio:12.2f} {ratio:11.2f}")
    for lang in ("en", "zh", "ne"):

        def receipt(n: Notification, lang: str = lang) -> bytes:
            return render_receipt(n, language=lang, counter_name="清瀬市役所　市民課　1番窓口")

        t, ratio = paired(lambda receipt=receipt: cold(receipt, family), args.repeat)
        label = f"receipt (受付票, +{lang})"
        print(f"{label:{30 - 3}} {1:5d} {t * 1000:8.1f} {ratio:12.2f} {ratio:11.2f}")
    return 0


def corrected(base: Notification) -> Notification:
    """The family, signed, with three values corrected by staff (訂正 printed in place)."""
    n = base.model_copy(deep=True)
    mark_signed(n)
    at = datetime(2026, 11, 30, 22, 19, tzinfo=UTC)
    for path, value in (
        ("new_address.banchi", "一丁目２２４番地"),
        ("persons.1.name.given", "華子"),
        ("persons.0.birth_date", date(1985, 6, 2)),
    ):
        n = apply_correction(n, path, value, staff_id="sato", reason="input_error", at=at)
    return n


if __name__ == "__main__":
    sys.exit(main())
