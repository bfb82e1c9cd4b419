"""Charts of the counter's own figures (:mod:`kiosk.figures`), as PNG bytes.

Drawn with Pillow (``PIL.ImageDraw``, which reportlab already brings along for the forms' images)
in the shipped BIZ UD Gothic, so Japanese labels render on any machine and the program carries
no plotting library (matplotlib and numpy weighed about 60 MiB in the frozen bundle). Each chart
is drawn at twice its size and scaled down, for smooth lines and letters. Two charts:

- :func:`day_chart` — 本日の状況 on the desk: notifications filed per hour, by intake mode, and
  the minutes of a visit (median and 90th percentile) with what residents did not write;
- :func:`period_chart` — a period (a month) for the report: notifications per day by intake mode
  above, the median minutes per day below.

Colours are paired with words (legend, labels): meaning never rests on colour alone.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from forms import fonts
from kiosk.figures import Visit, group, spread

__all__ = ["MODE_LABELS", "day_chart", "period_chart"]

MODE_LABELS = {"self_service": "本人操作（タブレット）", "staff_led": "職員聞き取り（対面）"}
"""How intake modes are named on charts (an unknown mode is shown as it is recorded)."""
_MODE_COLOURS = {"self_service": "#2f6fb0", "staff_led": "#e08a1e"}
_OTHER_COLOURS = ("#6b8e23", "#8b5a9e", "#7f7f7f")
_MEASURES = (
    ("card_to_filing", "カード読取 → 受付", "#2f6fb0"),
    ("waiting", "受付 → 職員が開く（待ち）", "#c0392b"),
    ("filing_to_approval", "受付 → 本登録", "#1b6e34"),
)
_INK = "#1a1a1f"
_AXIS = "#333338"
#: Drawn at this many times the final size, then scaled down (anti-aliasing of shapes).
_SCALE = 2
# Type sizes in pixels of the final image (10 pt at 100 dpi is about 14 px).
_TICK, _SMALL, _LABEL, _TITLE, _HEADING = 11, 10, 14, 15, 17
_lock = threading.Lock()

Colour = str | tuple[int, int, int]


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    """The shipped Japanese face at ``size`` pixels of the final image."""
    return ImageFont.truetype(str(fonts.font_path(fonts.GOTHIC)), size * _SCALE)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour.lstrip("#"), 16)
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def _light(colour: str, share: float = 0.3) -> tuple[int, int, int]:
    """``colour`` at ``share`` of its strength over white (a translucent bar on white paper)."""
    return tuple(round(c * share + 255 * (1 - share)) for c in _rgb(colour))  # type: ignore[return-value]


class _Canvas:
    """A white image addressed in the final pixels; drawn at :data:`_SCALE` times that."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * _SCALE, height * _SCALE), "white")
        self.draw = ImageDraw.Draw(self.image)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: int,
        *,
        anchor: str = "la",
        fill: Colour = _INK,
    ) -> None:
        """One line of text; ``anchor`` as Pillow's (``la`` left-top, ``mm`` centre …)."""
        self.draw.text((x * _SCALE, y * _SCALE), text, font=_font(size), anchor=anchor, fill=fill)

    def lines(self, x: float, y: float, text: str, size: int, *, anchor: str = "rm") -> None:
        """Several lines centred vertically on ``y``, each aligned as ``anchor`` says."""
        rows = text.split("\n")
        step = size * 1.25
        first = y - step * (len(rows) - 1) / 2
        for i, row in enumerate(rows):
            self.text(x, first + i * step, row, size, anchor=anchor)

    def vertical(self, x: float, y: float, text: str, size: int) -> None:
        """Text turned a quarter left (an axis label), centred on (x, y)."""
        font = _font(size)
        left, top, right, bottom = font.getbbox(text)
        mask = Image.new("L", (round(right - left) + 2, round(bottom - top) + 2), 0)
        ImageDraw.Draw(mask).text((1 - left, 1 - top), text, font=font, fill=255)
        mask = mask.rotate(90, expand=True)
        at = (round(x * _SCALE - mask.width / 2), round(y * _SCALE - mask.height / 2))
        self.image.paste(_INK, (*at, at[0] + mask.width, at[1] + mask.height), mask)

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: Colour) -> None:
        box = sorted((x0 * _SCALE, x1 * _SCALE)), sorted((y0 * _SCALE, y1 * _SCALE))
        if box[0][1] - box[0][0] < 1 or box[1][1] - box[1][0] < 1:
            return
        self.draw.rectangle((box[0][0], box[1][0], box[0][1], box[1][1]), fill=fill)

    def polyline(self, points: Sequence[tuple[float, float]], fill: Colour, width: float) -> None:
        scaled = [(x * _SCALE, y * _SCALE) for x, y in points]
        self.draw.line(scaled, fill=fill, width=round(width * _SCALE), joint="curve")

    def dot(self, x: float, y: float, radius: float, fill: Colour) -> None:
        r = radius * _SCALE
        self.draw.ellipse((x * _SCALE - r, y * _SCALE - r, x * _SCALE + r, y * _SCALE + r), fill)

    def width_of(self, text: str, size: int) -> float:
        return float(_font(size).getlength(text)) / _SCALE

    def png(self) -> bytes:
        small = self.image.resize((self.width, self.height), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        small.save(buf, format="PNG", optimize=True)
        return buf.getvalue()


def _ticks(top: float, *, integer: bool) -> list[float]:
    """Round steps from 0 up to ``top`` (1, 2, 2.5 or 5 times a power of ten; about five)."""
    raw = max(top, 1e-9) / 5
    if integer:
        raw = max(raw, 1.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integer:
        step = float(math.ceil(step))
    return [i * step for i in range(int(top / step + 1e-9) + 1)]


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


@dataclass
class _Axes:
    """A plot area: ``box`` in pixels (left, top, right, bottom), data limits on x and y."""

    canvas: _Canvas
    box: tuple[float, float, float, float]
    xlim: tuple[float, float]
    ylim: tuple[float, float]

    def x(self, value: float) -> float:
        left, _, right, _ = self.box
        return left + (value - self.xlim[0]) / (self.xlim[1] - self.xlim[0]) * (right - left)

    def y(self, value: float) -> float:
        _, top, _, bottom = self.box
        return bottom - (value - self.ylim[0]) / (self.ylim[1] - self.ylim[0]) * (bottom - top)

    def spines(self) -> None:
        """The left and bottom axis lines (no frame at the top and right)."""
        left, top, right, bottom = self.box
        self.canvas.polyline([(left, top), (left, bottom), (right, bottom)], _AXIS, 1)

    def yticks(self, values: Sequence[float]) -> None:
        left = self.box[0]
        for v in values:
            y = self.y(v)
            self.canvas.polyline([(left - 4, y), (left, y)], _AXIS, 1)
            self.canvas.text(left - 7, y, _number(v), _TICK, anchor="rm")

    def xticks(self, values: Sequence[float], labels: Sequence[str], size: int = _TICK) -> None:
        bottom = self.box[3]
        for v, label in zip(values, labels, strict=True):
            x = self.x(v)
            self.canvas.polyline([(x, bottom), (x, bottom + 4)], _AXIS, 1)
            self.canvas.text(x, bottom + 7, label, size, anchor="ma")

    def ylabel(self, text: str, x: float) -> None:
        self.canvas.vertical(x, (self.box[1] + self.box[3]) / 2, text, _LABEL)

    def title(self, text: str) -> None:
        self.canvas.text(
            (self.box[0] + self.box[2]) / 2, self.box[1] - 8, text, _TITLE, anchor="md"
        )

    def legend(self, entries: Sequence[tuple[str, Colour, str]], corner: str) -> None:
        """Swatches with their words; ``kind`` of an entry: ``bar`` or ``line``; ``corner``:
        ``upper left`` or ``upper right``."""
        left, top, right, _ = self.box
        row = _TICK + 6
        widest = max(self.canvas.width_of(label, _TICK) for label, _, _ in entries)
        x = left + 10 if corner == "upper left" else right - widest - 40
        y = top + 4
        for i, (label, colour, kind) in enumerate(entries):
            middle = y + i * row + row / 2
            if kind == "line":
                self.canvas.polyline([(x, middle), (x + 22, middle)], colour, 2)
                self.canvas.dot(x + 11, middle, 3, colour)
            else:
                self.canvas.rect(x, middle - 5, x + 22, middle + 5, colour)
            self.canvas.text(x + 28, middle, label, _TICK, anchor="lm")


def _mode_label(mode: str) -> str:
    return MODE_LABELS.get(mode, mode)


def _colours(modes: Sequence[str]) -> dict[str, str]:
    others = iter(_OTHER_COLOURS * 4)
    return {m: _MODE_COLOURS.get(m) or next(others) for m in modes}


def _modes(items: Sequence[Visit]) -> list[str]:
    known = [m for m in MODE_LABELS if any(v.intake_mode == m for v in items)]
    return known + sorted({v.intake_mode for v in items} - set(known))


def day_chart(items: Sequence[Visit], day: date, tz: tzinfo, *, title: str = "") -> bytes:
    """本日の状況: filings per hour by intake mode, and a visit's minutes (PNG bytes, 960×360)."""
    with _lock:
        canvas = _Canvas(960, 360)
        not_written = sum(v.chars_not_written for v in items)
        related = sum(v.related_forms for v in items)
        heading = title or f"本日の状況　{day.year}年{day.month}月{day.day}日"
        canvas.text(
            480,
            6,
            f"{heading}　　書かずに済んだ文字 {not_written:,}字　関連書類 {related}枚",
            _HEADING,
            anchor="ma",
        )

        # Filings per hour, stacked by intake mode.
        hours = [v.filed_at.astimezone(tz).hour for v in items]
        slots = list(range(min([8, *hours]), max([17, *hours]) + 1))
        modes = _modes(items) or ["self_service"]
        colours = _colours(modes)
        stacks: list[list[int]] = []
        for mode in modes:
            stacks.append(
                [
                    sum(
                        1
                        for v, h in zip(items, hours, strict=True)
                        if h == s and v.intake_mode == mode
                    )
                    for s in slots
                ]
            )
        totals = [sum(column) for column in zip(*stacks, strict=True)]
        top = max([*totals, 1]) * 1.25
        left = _Axes(canvas, (52, 58, 470, 318), (slots[0] - 0.6, slots[-1] + 0.6), (0, top))
        base = [0] * len(slots)
        for mode, counts in zip(modes, stacks, strict=True):
            for s, b, c in zip(slots, base, counts, strict=True):
                canvas.rect(
                    left.x(s - 0.4), left.y(b), left.x(s + 0.4), left.y(b + c), colours[mode]
                )
            base = [b + c for b, c in zip(base, counts, strict=True)]
        left.spines()
        left.yticks(_ticks(top, integer=True))
        left.xticks(slots, [f"{s}時" for s in slots])
        left.ylabel("件数", 14)
        left.title(f"時間帯別の受付（{len(items)}件）")
        left.legend([(_mode_label(m), colours[m], "bar") for m in modes], "upper left")

        # Minutes of a visit: the 90th percentile as a light bar, the median inside it.
        rows = []
        for attr, label, colour in _MEASURES:
            minutes = spread(getattr(v, attr) for v in items)
            rows.append(
                (
                    f"{label}\n（{minutes.count}件）",
                    minutes.median or 0.0,
                    minutes.p90 or 0.0,
                    colour,
                )
            )
        most = max([*(r[2] for r in rows), *(r[1] for r in rows), 1.0]) * 1.9
        # Room above the top bar for the legend.
        right = _Axes(canvas, (640, 58, 945, 318), (0, most), (-0.5, len(rows) - 0.05))
        for i, (name, median, p90, colour) in enumerate(rows):
            y = len(rows) - 1 - i
            canvas.rect(
                right.x(0), right.y(y + 0.35), right.x(p90), right.y(y - 0.35), _light(colour)
            )
            canvas.rect(right.x(0), right.y(y + 0.2), right.x(median), right.y(y - 0.2), colour)
            canvas.text(
                right.x(max(median, p90) + 0.3),
                right.y(y),
                f"中央値 {median:.1f}分 ／ 90% {p90:.1f}分",
                _TICK,
                anchor="lm",
            )
            canvas.lines(right.box[0] - 7, right.y(y), name, _TICK, anchor="rm")
        right.spines()
        ticks = _ticks(most, integer=False)
        right.xticks(ticks, [_number(t) for t in ticks])
        canvas.text((right.box[0] + right.box[2]) / 2, 340, "分", _LABEL, anchor="ma")
        right.title("1件あたりの所要時間（分）")
        right.legend(
            [
                ("90パーセンタイル", _light(_MEASURES[0][2]), "bar"),
                ("中央値", _MEASURES[0][2], "bar"),
            ],
            "upper right",
        )
        return canvas.png()


def period_chart(items: Sequence[Visit], start: date, end: date, *, title: str = "") -> bytes:
    """A period: notifications per day by intake mode, and the day's median minutes (PNG,
    1000×600)."""
    with _lock:
        canvas = _Canvas(1000, 600)
        not_written = sum(v.chars_not_written for v in items)
        canvas.text(
            500,
            6,
            title
            or f"窓口の実績　{start.isoformat()} 〜 {end.isoformat()}　"
            f"受付 {len(items)}件　書かずに済んだ文字 {not_written:,}字",
            _HEADING,
            anchor="ma",
        )
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        xs = list(range(len(days)))
        xlim = (-0.6, len(days) - 0.4)
        index = {d: i for i, d in enumerate(days)}

        # Notifications per day, stacked by intake mode.
        modes = _modes(items) or ["self_service"]
        colours = _colours(modes)
        stacks = []
        for mode in modes:
            counts = [0] * len(days)
            for v in items:
                if v.intake_mode == mode and v.day in index:
                    counts[index[v.day]] += 1
            stacks.append(counts)
        totals = [sum(column) for column in zip(*stacks, strict=True)]
        high = max([*totals, 1]) * 1.2
        top = _Axes(canvas, (58, 34, 990, 290), xlim, (0, high))
        base = [0] * len(days)
        for mode, counts in zip(modes, stacks, strict=True):
            for x, b, c in zip(xs, base, counts, strict=True):
                canvas.rect(top.x(x - 0.4), top.y(b), top.x(x + 0.4), top.y(b + c), colours[mode])
            base = [b + c for b, c in zip(base, counts, strict=True)]
        top.spines()
        top.yticks(_ticks(high, integer=True))
        top.ylabel("受付件数", 14)
        top.legend([(_mode_label(m), colours[m], "bar") for m in modes], "upper left")

        # The day's median minutes of each step, as lines with a dot per day that has some.
        per_day = {r.day: r for r in group(items, key=lambda v: v.day)}
        series = []
        for attr, label, colour in _MEASURES:
            values = [getattr(per_day[d], attr).median if d in per_day else None for d in days]
            points = [(x, y) for x, y in zip(xs, values, strict=True) if y is not None]
            if points:
                series.append((points, label, colour))
        most = max([y for points, _, _ in series for _, y in points] or [1.0]) * 1.05
        bottom = _Axes(canvas, (58, 305, 990, 560), xlim, (0, most))
        for points, _, colour in series:
            at = [(bottom.x(x), bottom.y(y)) for x, y in points]
            if len(at) > 1:
                canvas.polyline(at, colour, 1.8)
            for px, py in at:
                canvas.dot(px, py, 3, colour)
        bottom.spines()
        bottom.yticks(_ticks(most, integer=False))
        bottom.ylabel("分", 14)
        if series:
            bottom.legend(
                [(f"{label}（中央値）", c, "line") for _, label, c in series], "upper left"
            )
        step = max(1, len(days) // 16)
        bottom.xticks(xs[::step], [f"{d.month}/{d.day}" for d in days[::step]])
        return canvas.png()
