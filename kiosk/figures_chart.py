"""Charts of the counter's own figures (:mod:`kiosk.figures`), as PNG bytes.

Drawn with matplotlib's Agg renderer on a private :class:`~matplotlib.figure.Figure` (no pyplot,
no global state, no display), with the shipped BIZ UD Gothic registered with matplotlib's font
manager so Japanese labels render on any machine. Two charts:

- :func:`day_chart` — 本日の状況 on the desk: notifications filed per hour, by intake mode, and
  the minutes of a visit (median and 90th percentile) with what residents did not write;
- :func:`period_chart` — a period (a month) for the report: notifications per day by intake mode
  above, the median minutes per day below.

Colours are paired with words (legend, labels): meaning never rests on colour alone.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from datetime import date, timedelta, tzinfo
from functools import cache
from typing import Any, cast

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

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
_lock = threading.Lock()


@cache
def _family() -> str:
    """The shipped Japanese face, registered with matplotlib once; its family name."""
    path = str(fonts.font_path(fonts.GOTHIC))
    font_manager.fontManager.addfont(path)
    return str(font_manager.FontProperties(fname=path).get_name())


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return buf.getvalue()


def _mode_label(mode: str) -> str:
    return MODE_LABELS.get(mode, mode)


def _colours(modes: Sequence[str]) -> dict[str, str]:
    others = iter(_OTHER_COLOURS * 4)
    return {m: _MODE_COLOURS.get(m) or next(others) for m in modes}


def _modes(items: Sequence[Visit]) -> list[str]:
    known = [m for m in MODE_LABELS if any(v.intake_mode == m for v in items)]
    return known + sorted({v.intake_mode for v in items} - set(known))


def _styled(family: str) -> dict[str, object]:
    return {"font.family": family, "font.size": 10, "axes.titlesize": 11}


def day_chart(items: Sequence[Visit], day: date, tz: tzinfo, *, title: str = "") -> bytes:
    """本日の状況: filings per hour by intake mode, and a visit's minutes (PNG bytes)."""
    from matplotlib import rc_context

    family = _family()
    with _lock, rc_context(cast(Any, _styled(family))):
        figure = _figure(9.6, 3.6)
        left, right = figure.subplots(1, 2, width_ratios=(1.35, 1))
        hours = [v.filed_at.astimezone(tz).hour for v in items]
        first = min([8, *hours])
        last = max([17, *hours])
        slots = list(range(first, last + 1))
        modes = _modes(items) or ["self_service"]
        colours = _colours(modes)
        bottom = [0] * len(slots)
        for mode in modes:
            counts = [
                sum(
                    1 for v, h in zip(items, hours, strict=True) if h == s and v.intake_mode == mode
                )
                for s in slots
            ]
            left.bar(
                slots,
                counts,
                bottom=bottom,
                color=colours[mode],
                label=_mode_label(mode),
                width=0.8,
            )
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        left.set_xticks(slots, [f"{s}時" for s in slots], fontsize=8)
        left.set_ylabel("件数")
        left.set_title(f"時間帯別の受付（{len(items)}件）")
        left.yaxis.get_major_locator().set_params(integer=True)
        left.set_ylim(0, max([*bottom, 1]) * 1.25)
        left.legend(loc="upper left", fontsize=8, frameon=False)
        left.spines[["top", "right"]].set_visible(False)
        names, medians, p90s, colors = [], [], [], []
        for attr, label, colour in _MEASURES:
            s = spread(getattr(v, attr) for v in items)
            names.append(f"{label}\n（{s.count}件）")
            medians.append(s.median or 0.0)
            p90s.append(s.p90 or 0.0)
            colors.append(colour)
        ys = list(range(len(names)))[::-1]
        right.barh(ys, p90s, color=colors, alpha=0.3, height=0.7, label="90パーセンタイル")
        right.barh(ys, medians, color=colors, height=0.4, label="中央値")
        for y, m, p in zip(ys, medians, p90s, strict=True):
            right.text(
                max(m, p) + 0.3, y, f"中央値 {m:.1f}分 ／ 90% {p:.1f}分", va="center", fontsize=8
            )
        right.set_yticks(ys, names, fontsize=8)
        right.set_xlabel("分")
        right.set_xlim(0, max([*p90s, *medians, 1.0]) * 1.9)
        not_written = sum(v.chars_not_written for v in items)
        related = sum(v.related_forms for v in items)
        right.set_title("1件あたりの所要時間（分）")
        right.legend(loc="lower right", fontsize=7, frameon=False)
        right.spines[["top", "right"]].set_visible(False)
        heading = title or f"本日の状況　{day.year}年{day.month}月{day.day}日"
        figure.suptitle(
            f"{heading}　　書かずに済んだ文字 {not_written:,}字　関連書類 {related}枚",
            fontsize=12,
        )
        return _png(figure)


def period_chart(items: Sequence[Visit], start: date, end: date, *, title: str = "") -> bytes:
    """A period: notifications per day by intake mode, and the day's median minutes (PNG)."""
    from matplotlib import rc_context

    family = _family()
    with _lock, rc_context(cast(Any, _styled(family))):
        figure = _figure(10.0, 6.0)
        top, bottom_ax = figure.subplots(2, 1, sharex=True, height_ratios=(1, 1))
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        xs = list(range(len(days)))
        modes = _modes(items) or ["self_service"]
        colours = _colours(modes)
        base = [0] * len(days)
        index = {d: i for i, d in enumerate(days)}
        for mode in modes:
            counts = [0] * len(days)
            for v in items:
                if v.intake_mode == mode and v.day in index:
                    counts[index[v.day]] += 1
            top.bar(xs, counts, bottom=base, color=colours[mode], label=_mode_label(mode))
            base = [b + c for b, c in zip(base, counts, strict=True)]
        top.set_ylabel("受付件数")
        top.yaxis.get_major_locator().set_params(integer=True)
        top.set_ylim(0, max([*base, 1]) * 1.2)
        top.legend(loc="upper left", fontsize=8, frameon=False)
        top.spines[["top", "right"]].set_visible(False)
        per_day = {r.day: r for r in group(items, key=lambda v: v.day)}
        for attr, label, colour in _MEASURES:
            values = [getattr(per_day[d], attr).median if d in per_day else None for d in days]
            points = [(x, y) for x, y in zip(xs, values, strict=True) if y is not None]
            if points:
                bottom_ax.plot(
                    [p[0] for p in points],
                    [p[1] for p in points],
                    marker="o",
                    markersize=3,
                    color=colour,
                    label=f"{label}（中央値）",
                )
        bottom_ax.set_ylabel("分")
        bottom_ax.set_ylim(bottom=0)
        bottom_ax.legend(loc="upper left", fontsize=8, frameon=False)
        bottom_ax.spines[["top", "right"]].set_visible(False)
        step = max(1, len(days) // 16)
        bottom_ax.set_xticks(xs[::step], [f"{d.month}/{d.day}" for d in days[::step]], fontsize=8)
        not_written = sum(v.chars_not_written for v in items)
        figure.suptitle(
            title
            or f"窓口の実績　{start.isoformat()} 〜 {end.isoformat()}　"
            f"受付 {len(items)}件　書かずに済んだ文字 {not_written:,}字",
            fontsize=12,
        )
        return _png(figure)
