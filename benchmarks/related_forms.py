"""Render time of the related-procedure forms and of the counter's figures, as ratios.

Baseline, measured in the same run: the main 住民異動届 of the same notification
(``forms.render_pdf``). Each related render is paired with a main-form render just before it
and the median of those ratios is printed, so the figure depends neither on the machine nor on
what else runs on it:

- each shipped template (drawn by us) on the example that uses it;
- the same template's field map printed over a blank A4 PDF (pypdf overlay);
- every related form of the family 転入 (two forms) combined into one print job;
- the desk's 本日の状況 chart of 40 visits and the monthly report (30 days, 600 visits), both
  against the main form, to show what a refresh of the day tab costs.

Usage::

    .venv/bin/python benchmarks/related_forms.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from forms import Notification, render_pdf
from forms.related import derive
from forms.related_forms import combine, render_related_form, render_related_forms
from forms.related_templates import default_templates, load_templates

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "notifications"
TZ = ZoneInfo("Asia/Tokyo")


def load(name: str) -> Notification:
    n = Notification.model_validate_json((EXAMPLES / name).read_bytes())
    n.related = derive(n)
    return n


def timed(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def ratio(n: Notification, work: Callable[[], object], repeat: int) -> float:
    """Median of (work / main form of ``n``), each pair measured back to back."""
    work()
    render_pdf(n)
    return statistics.median(timed(work) / timed(lambda: render_pdf(n)) for _ in range(repeat))


def _visits(count: int, days: int) -> list[object]:
    from kiosk.figures import Visit

    out: list[object] = []
    start = date(2026, 4, 1)
    for i in range(count):
        day = start + timedelta(days=i % days)
        filed = datetime(day.year, day.month, day.day, 0, 30, tzinfo=UTC) + timedelta(
            minutes=7 * (i % 60)
        )
        out.append(
            Visit(
                day,
                "1",
                ("tennyu", "tenkyo", "tenshutsu")[i % 3],
                ("self_service", "staff_led")[i % 2],
                filed,
                True,
                True,
                4 + i % 9,
                i % 13,
                3 + i % 7,
                120,
                10,
                i % 3,
            )
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    templates = default_templates()
    cases = (
        ("kokuho_idou", "tennyu_family_of_four.json", "kokuho_join"),
        ("jido_teate", "tennyu_family_of_four.json", "jido_teate"),
        ("inkan_haishi", "tenshutsu_domestic.json", "inkan_haishi"),
    )
    print("related form render time against the main form of the same notification:")
    for tid, example, code in cases:
        n = load(example)
        p = next(r for r in n.related if r.code == code)
        t = templates.for_procedure(code)
        assert t is not None and t.id == tid
        r = ratio(n, lambda n=n, p=p, t=t: render_related_form(n, p, t), args.repeat)
        print(f"  {f'{tid} (drawn, {example})':48s} {r:6.2f}x")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        c = Canvas(str(folder / "blank.pdf"), pagesize=A4)
        for k in range(40):
            c.rect(30, 60 + k * 18, 530, 16)
        c.showPage()
        c.save()
        source = Path(__file__).resolve().parents[1] / "forms" / "data" / "related_forms"
        text = (source / "kokuho_idou.toml").read_text("utf-8")
        text = text.replace('paper = "A4"', 'base = "blank.pdf"')
        (folder / "kokuho.toml").write_text(text, "utf-8")
        over = load_templates(folder).for_procedure("kokuho_join")
        assert over is not None and over.base is not None
        n = load("tennyu_family_of_four.json")
        p = next(r for r in n.related if r.code == "kokuho_join")
        r = ratio(n, lambda: render_related_form(n, p, over), args.repeat)
        print(f"  {'kokuho_idou (over a blank PDF)':48s} {r:6.2f}x")
    n = load("tennyu_family_of_four.json")
    r = ratio(n, lambda: combine([f.pdf for f in render_related_forms(n)]), args.repeat)
    print(f"  {'all of the family 転入 (2 forms, one print job)':44s} {r:6.2f}x")

    from kiosk.figures_chart import day_chart
    from kiosk.figures_pdf import render_report

    day = _visits(40, 1)
    month = _visits(600, 30)
    print("the counter's figures against the main form of the family 転入:")
    r = ratio(n, lambda: day_chart(day, date(2026, 4, 1), TZ), args.repeat)  # type: ignore[arg-type]
    print(f"  {'本日の状況 chart (40 visits)':43s} {r:6.2f}x")
    r = ratio(
        n,
        lambda: render_report(month, date(2026, 4, 1), date(2026, 4, 30)),  # type: ignore[arg-type]
        max(3, args.repeat // 3),
    )
    print(f"  {'monthly report PDF (600 visits, chart, tables)':48s} {r:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
