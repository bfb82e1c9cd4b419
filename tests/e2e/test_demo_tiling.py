"""The interactive demo on one display: tablet, desk and card controls side by side, all seen.

Before, on a plain display the three windows opened on top of one another at its top left,
and a newcomer saw only the last one. The counter is the demo's own (the card emulator in a
virtual reader, a throwaway database); the display is Qt's offscreen one.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from kiosk.app.demo import tile


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1040), (2560, 1400), (1024, 600)])
def test_three_windows_share_one_display_without_overlapping(size: tuple[int, int]) -> None:
    width, height = size
    rects = {k: QRect(*r) for k, r in tile(0, 30, width, height).items()}
    area = QRect(0, 30, width, height)
    for name, r in rects.items():
        assert area.contains(r), name
        assert r.width() >= 300 and r.height() >= 200, name
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not rects[a].intersects(rects[b]), (a, b)
    assert rects["resident"].width() > rects["staff"].width(), "the tablet is the larger"


@pytest.mark.pcsc
@pytest.mark.slow
def test_the_interactive_demo_tiles_its_windows(qapp: Any, tmp_path: Any) -> None:
    from kiosk.app.demo import demo_counter, open_interactive

    with demo_counter(tmp_path, second_factor="none") as demo:
        counter, cards = open_interactive(demo, qapp, tmp_path)
        try:
            [screen] = QGuiApplication.screens()
            area = screen.availableGeometry()
            windows = {
                "resident": counter.resident.view.geometry(),
                "staff": counter.staff.login.geometry(),
                "cards": cards.geometry(),
            }
            expected = {k: QRect(*r) for k, r in tile(*area.getRect()).items()}
            for name, at in windows.items():
                # Where its tile starts (a frame may shift it by a few pixels); a window whose
                # content needs more room than its tile keeps its own minimum size.
                want = expected[name]
                assert abs(at.x() - want.x()) <= 4 and abs(at.y() - want.y()) <= 4, name
            names = list(windows)
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    assert not windows[a].intersects(windows[b]), (a, b)
        finally:
            cards.close()
            counter.close()
