"""Walking the pre-entry page as a resident does: a family of four moving into 清瀬市."""

from __future__ import annotations

from typing import Any

from tests.preentry import samples
from tests.preentry.browser import Phone

#: The family as typed on the phone (the card holder first); kana typed in hiragana by some.
FAMILY: list[dict[str, str]] = samples.FAMILY["p"]
ONESTOP = "ON-20261101-0042"


def _person(page: Any, i: int, p: dict[str, str]) -> None:
    for key in ("f", "g", "fk", "gk", "b"):
        page.fill(f"#p{i}-{key}", p[key])
    if "s" in p:
        page.click(f"[data-person='{i}'] [data-sex='{p['s']}']")


def _next(page: Any, screen: str) -> None:
    page.click("#next")
    page.wait_for_selector(f"html[data-screen='{screen}']")


def family_of_four(phone: Phone, language: str, *, shots: bool = True) -> str:
    """From the empty page to the QR: a 転入 from within Japan, with a 申請番号. Returns the
    move date the page chose ("yesterday"). Screenshots each screen (``<language>-NN-<screen>``)."""
    page = phone.page
    n = 0

    def shot(name: str) -> None:
        nonlocal n
        n += 1
        if shots:
            phone.shot(f"{language}-{n:02d}-{name}")

    shot("intro")
    page.click("#start")
    page.wait_for_selector("html[data-screen='kind']")
    shot("kind")
    page.click("[data-answer='into']")
    page.wait_for_selector("html[data-screen='abroad']")
    page.click("[data-answer='no']")
    page.wait_for_selector("html[data-screen='date']")
    page.click("#yesterday")
    moved_on = str(page.input_value("#move-date"))
    shot("date")
    _next(page, "postal")
    page.fill("#postal", "204-0011")
    shot("postal")
    _next(page, "candidates")
    shot("candidates")
    page.click("[data-candidate='0']")
    page.wait_for_selector("html[data-screen='banchi']")
    page.fill("#banchi", "1-2-3")
    shot("banchi")
    _next(page, "katagaki")
    page.fill("#katagaki", "清瀬ハイツ201")
    _next(page, "you")
    _person(page, 0, FAMILY[0])
    shot("you")
    _next(page, "members")
    for i, p in enumerate(FAMILY[1:], start=1):
        page.click("#add-person")
        _person(page, i, p)
    shot("members")
    _next(page, "household")
    page.click("[data-head='0']")
    for i, p in enumerate(FAMILY[1:], start=1):
        page.click(f"[data-rel='{i}:{p['r']}']")
    shot("household")
    _next(page, "related")
    page.click("[data-related='kokuho:yes']")
    page.click("[data-related='shogai_techo:no']")
    page.click("[data-related='dog:yes']")
    shot("related")
    _next(page, "onestop")
    page.fill("#onestop", ONESTOP)
    shot("onestop")
    _next(page, "check")
    shot("check")
    page.click("#next")
    page.wait_for_selector("html[data-screen='qr'] #qr svg")
    shot("qr")
    return moved_on
