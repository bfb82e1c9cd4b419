"""The charts of the counter's figures: every word drawn has a glyph in the shipped face, and
the bars stand where the filings are (a day without filings has no bar)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from forms import fonts
from kiosk import figures_chart
from kiosk.figures import Visit

TOKYO = ZoneInfo("Asia/Tokyo")
APRIL = (date(2026, 4, 1), date(2026, 4, 30))
BLUE, ORANGE = (0x2F, 0x6F, 0xB0), (0xE0, 0x8A, 0x1E)  # self-service, staff-led


def _visit(day: int, hour: int, mode: str) -> Visit:
    filed = datetime(2026, 4, day, hour, 10, tzinfo=TOKYO).astimezone(UTC)
    return Visit(
        date(2026, 4, day), "1", "tenkyo", mode, filed, True, True, 6.0, 2.0, 4.0, 320, 40, 1
    )


VISITS = [
    *(_visit(10, 9, "self_service") for _ in range(4)),
    _visit(10, 11, "staff_led"),
    *(_visit(20, 14, "self_service") for _ in range(2)),
    _visit(20, 14, "staff_led"),
]


def _near(pixel: tuple[int, int, int], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(pixel, colour, strict=True))


def _columns_with(image: Image.Image, colour: tuple[int, int, int], rows: range) -> set[int]:
    rgb = image.convert("RGB")
    return {x for x in range(image.width) for y in rows if _near(rgb.getpixel((x, y)), colour)}  # type: ignore[arg-type]


def test_every_word_on_the_charts_has_a_glyph(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    text, vertical = figures_chart._Canvas.text, figures_chart._Canvas.vertical

    def spy_text(
        self: figures_chart._Canvas, x: float, y: float, s: str, *a: object, **k: object
    ) -> None:
        drawn.append(s)
        text(self, x, y, s, *a, **k)  # type: ignore[arg-type]

    def spy_vertical(self: figures_chart._Canvas, x: float, y: float, s: str, size: int) -> None:
        drawn.append(s)
        vertical(self, x, y, s, size)

    monkeypatch.setattr(figures_chart._Canvas, "text", spy_text)
    monkeypatch.setattr(figures_chart._Canvas, "vertical", spy_vertical)
    figures_chart.day_chart(VISITS[:5], date(2026, 4, 10), TOKYO)
    figures_chart.period_chart(VISITS, *APRIL)
    words = "".join(drawn)
    for needed in ("本日の状況", "時間帯別の受付", "中央値", "90パーセンタイル", "窓口の実績"):
        assert needed in words
    assert all(label in words for label in figures_chart.MODE_LABELS.values())
    cmap = TTFont(str(fonts.font_path(fonts.GOTHIC))).getBestCmap()
    tofu = {c for c in words if not c.isspace() and ord(c) not in cmap}
    assert not tofu  # a missing glyph would print as an empty box


def test_the_period_chart_has_a_bar_on_each_day_with_filings_and_none_elsewhere() -> None:
    png = figures_chart.period_chart(VISITS, *APRIL)
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.size == (1000, 600)
        # Below the legend, above the axis of the upper plot: only bars are in these colours.
        bars = range(120, 288)
        blue = _columns_with(image, BLUE, bars)
        orange = _columns_with(image, ORANGE, bars)
    assert blue and orange
    # Two runs of coloured columns, one per day with filings (the 10th and the 20th), ten days
    # apart on a plot of 30 days about 930 pixels wide.
    runs: list[list[int]] = []
    for x in sorted(blue | orange):
        if runs and x - runs[-1][-1] <= 2:
            runs[-1].append(x)
        else:
            runs.append([x])
    assert len(runs) == 2
    centres = [(r[0] + r[-1]) / 2 for r in runs]
    assert 280 < centres[1] - centres[0] < 340
    assert all(r[-1] - r[0] < 31 for r in runs)  # each bar narrower than a day


def test_the_day_chart_of_a_day_without_filings_is_drawn() -> None:
    png = figures_chart.day_chart([], date(2026, 4, 11), TOKYO)
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (960, 360)
        assert not _columns_with(image, ORANGE, range(100, 316))  # no bar at all
