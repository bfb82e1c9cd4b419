"""The monthly report of the counter's own figures (窓口の実績報告) as an A4 PDF to forward.

Page 1: the period's totals (notifications by intake mode, minutes of a visit, waits, characters
residents did not write, related forms) and the period chart (:func:`kiosk.figures_chart.
period_chart`). Then a table with a line per day and one per kind of notification. The shipped
BIZ UD Gothic is embedded (:mod:`forms.fonts`); no personal data is in it, only counts, minutes
and characters.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from forms import fonts
from kiosk.figures import FigureRow, Spread, Visit, group
from kiosk.figures_chart import MODE_LABELS, period_chart

__all__ = ["render_report"]

MM = 72 / 25.4
W, H = float(A4[0]), float(A4[1])
LEFT, RIGHT = 12 * MM, W - 12 * MM
INK = Color(0.1, 0.1, 0.12)
GREY = Color(0.35, 0.35, 0.4)
TINT = Color(0.93, 0.95, 0.97)


def _spread(s: Spread) -> str:
    if s.median is None or s.p90 is None:
        return "—"
    return f"{s.median:.1f} / {s.p90:.1f}"


def _text(
    c: Canvas,
    x: float,
    top: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    color: Color = INK,
    anchor: str = "left",
) -> None:
    face = fonts.GOTHIC_BOLD if bold else fonts.GOTHIC
    c.setFillColor(color)
    c.setFont(face, size)
    y = H - top
    if anchor == "right":
        c.drawRightString(x, y, text)
    elif anchor == "center":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)


_COLUMNS = (
    ("", 30),
    ("受付", 14),
    ("本人操作/対面", 24),
    ("読取→受付", 24),
    ("待ち", 24),
    ("受付→本登録", 24),
    ("書かずに済んだ文字", 28),
    ("関連書類", 14),
)


def _modes(r: Sequence[Visit]) -> str:
    own = sum(1 for v in r if v.intake_mode == "self_service")
    return f"{own} / {len(r) - own}"


def _table(c: Canvas, top: float, title: str, rows: list[tuple[str, FigureRow, str]]) -> float:
    _text(c, LEFT, top, title, 10.5, bold=True)
    top += 3 * MM
    c.setFillColor(TINT)
    c.rect(LEFT, H - top - 6 * MM, RIGHT - LEFT, 6 * MM, stroke=0, fill=1)
    x = LEFT
    for head, width in _COLUMNS:
        _text(
            c,
            x + width * MM - 1.5 * MM if head else x + 1.5 * MM,
            top + 4.2 * MM,
            head,
            7,
            bold=True,
            anchor="right" if head else "left",
        )
        x += width * MM
    top += 6 * MM
    for label, r, modes in rows:
        if top > H - 22 * MM:
            c.showPage()
            top = 18 * MM
        values = [
            label,
            str(r.notifications),
            modes,
            _spread(r.card_to_filing),
            _spread(r.waiting),
            _spread(r.filing_to_approval),
            f"{r.chars_not_written:,}",
            str(r.related_forms),
        ]
        x = LEFT
        for (head, width), value in zip(_COLUMNS, values, strict=True):
            anchor = "right" if head else "left"
            _text(
                c,
                x + width * MM - 1.5 * MM if head else x + 1.5 * MM,
                top + 4 * MM,
                value,
                8,
                anchor=anchor,
            )
            x += width * MM
        c.setStrokeColor(Color(0.8, 0.8, 0.85))
        c.setLineWidth(0.3)
        c.line(LEFT, H - top - 5.6 * MM, RIGHT, H - top - 5.6 * MM)
        top += 5.6 * MM
    _text(c, LEFT, top + 4 * MM, "時間は 分（中央値 / 90パーセンタイル）。", 6.5, color=GREY)
    return top + 8 * MM


def render_report(
    items: Sequence[Visit],
    start: date,
    end: date,
    *,
    place: str = "",
    made_at: datetime | None = None,
) -> bytes:
    """The report of ``items`` (the visits from ``start`` to ``end``) as PDF bytes.

    ``place`` names the counter (清瀬市　1番窓口); ``made_at`` is printed as when it was made.
    """
    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, invariant=1, initialFontName=fonts.GOTHIC)
    c.setTitle(f"窓口の実績報告 {start.isoformat()}〜{end.isoformat()}")
    c.setAuthor("kakanai-madoguchi")
    c.setCreator("kakanai-madoguchi kiosk report")
    whole = group(items, key=lambda v: ()) or []
    total = whole[0] if whole else None
    month = start.day == 1 and (end + timedelta(days=1)).day == 1 and start.month == end.month
    period = (
        f"{start.year}年{start.month}月" if month else f"{start.isoformat()} 〜 {end.isoformat()}"
    )
    _text(c, LEFT, 18 * MM, f"窓口の実績報告　{period}", 17, bold=True)
    if place:
        _text(c, RIGHT, 18 * MM, place, 10, anchor="right")
    if made_at is not None:
        _text(c, RIGHT, 24 * MM, f"作成 {made_at:%Y-%m-%d %H:%M}", 7.5, color=GREY, anchor="right")
    top = 30 * MM
    counts = {
        m: sum(1 for v in items if v.intake_mode == m) for m in {v.intake_mode for v in items}
    }
    mode_text = "　".join(f"{MODE_LABELS.get(m, m)} {n}件" for m, n in sorted(counts.items()))
    lines = [
        ("受付件数", f"{len(items)}件（本登録 {total.approved if total else 0}件）　{mode_text}"),
        ("カード読取 → 受付", _spread(total.card_to_filing) + " 分" if total else "—"),
        ("受付 → 職員が開く（待ち）", _spread(total.waiting) + " 分" if total else "—"),
        ("受付 → 本登録", _spread(total.filing_to_approval) + " 分" if total else "—"),
        (
            "書かずに済んだ文字",
            f"{total.chars_not_written:,}字（紙の届書なら {total.paper_chars:,}字、"
            f"タブレットで入力 {total.typed_chars:,}字）"
            if total
            else "—",
        ),
        ("関連書類（記入済みで印刷）", f"{total.related_forms if total else 0}枚"),
    ]
    c.setFillColor(TINT)
    c.rect(
        LEFT,
        H - top - len(lines) * 6.2 * MM - 2 * MM,
        RIGHT - LEFT,
        len(lines) * 6.2 * MM + 2 * MM,
        stroke=0,
        fill=1,
    )
    for k, (label, value) in enumerate(lines):
        y = top + 5 * MM + k * 6.2 * MM
        _text(c, LEFT + 3 * MM, y, label, 9, color=GREY)
        _text(c, LEFT + 55 * MM, y, value, 10, bold=k == 0)
    top += len(lines) * 6.2 * MM + 6 * MM
    _text(c, LEFT, top, "時間は 分（中央値 / 90パーセンタイル）", 6.5, color=GREY)
    top += 3 * MM
    chart = period_chart(items, start, end)
    width = RIGHT - LEFT
    height = width * 0.6
    c.drawImage(ImageReader(io.BytesIO(chart)), LEFT, H - top - height, width, height)
    top += height + 6 * MM
    _text(c, LEFT, H - 8 * MM, "個人情報は含みません（件数・時間・文字数のみ）。", 6.5, color=GREY)
    c.showPage()
    top = 18 * MM
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    by_day = {r.day: r for r in group(items, key=lambda v: v.day)}
    day_rows = [
        (
            f"{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）",
            by_day[d],
            _modes([v for v in items if v.day == d]),
        )
        for d in days
        if d in by_day
    ]
    top = _table(c, top, "日ごとの実績", day_rows)
    by_kind = group(items, key=lambda v: v.kind)
    kind_rows = [(r.kind_label, r, _modes([v for v in items if v.kind == r.kind])) for r in by_kind]
    if top > H - 60 * MM:
        c.showPage()
        top = 18 * MM
    _table(c, top + 4 * MM, "届出の種類ごとの実績", kind_rows)
    c.showPage()
    c.save()
    return buf.getvalue()
