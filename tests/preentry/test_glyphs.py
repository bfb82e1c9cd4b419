"""Every language of the page renders without a missing glyph (no "tofu" boxes), checked in
Chromium with the page's own font stack, and screenshotted for a person to look at."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from kiosk.app.preentry_web.site import catalogue, native_names
from kiosk.config import RESIDENT_LANGUAGES
from tests.preentry.browser import Phone

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: Draws each character with the body's font stack and compares it with what the browser draws
#: for a code point no font has: the same picture means the glyph is missing.
MISSING = """
async (chars) => {
  await document.fonts.ready;
  const family = getComputedStyle(document.body).fontFamily;
  const canvas = document.createElement("canvas");
  canvas.width = 64;
  canvas.height = 64;
  const g = canvas.getContext("2d", { willReadFrequently: true });
  g.font = "40px " + family;
  const draw = (ch) => {
    g.clearRect(0, 0, 64, 64);
    g.fillText(ch, 8, 48);
    const d = g.getImageData(0, 0, 64, 64).data;
    let h = 0;
    for (let i = 3; i < d.length; i += 4) h = (Math.imul(h, 31) + d[i]) >>> 0;
    return h;
  };
  const nothing = draw("\\u{10FFFD}");
  return chars.filter((ch) => draw(ch) === nothing);
}
"""

RUBY = re.compile(r"\{([^|}]*)\|([^}]*)\}")


def _characters(code: str) -> list[str]:
    text = "".join(catalogue(code).values()) + native_names()[code]
    text = RUBY.sub(r"\1\2", text)
    return sorted({ch for ch in text if not ch.isspace() and ch not in "%"})


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_every_language_renders_every_character(code: str, phone: Callable[[str], Phone]) -> None:
    p = phone(code)
    page = p.page
    # The check itself sees a missing glyph (an Egyptian hieroglyph no installed font has).
    assert page.evaluate(MISSING, ["\U00013000", "あ"]) == ["\U00013000"]
    assert page.evaluate(MISSING, _characters(code)) == []
    p.shot(f"lang-{code}-intro")
    page.click("#start")
    page.wait_for_selector("html[data-screen='kind']")
    p.shot(f"lang-{code}-kind")
    page.click("[data-answer='out']")
    page.click("[data-answer='no']")
    page.wait_for_selector("html[data-screen='date']")
    page.click("#today")
    page.click("#next")
    page.fill("#postal", "9999999")
    page.click("#next")
    page.wait_for_selector("#error:not(:empty)")
    p.shot(f"lang-{code}-postal-error")
    assert p.errors == []
