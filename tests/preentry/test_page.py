"""The pre-entry page in Debian's Chromium on a phone viewport: from the empty page to the QR,
in Japanese, English and Vietnamese, the QR read back by the counter's own decoder from a camera
frame; nothing leaves the phone but requests for wording and a postal prefix."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

import pytest

from forms.preentry import decode
from tests.preentry.browser import ARTIFACTS, Phone
from tests.preentry.camera import camera_frame
from tests.preentry.walk import FAMILY, ONESTOP, family_of_four
from ui.preentry_scan import decode_qr

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: What the page may ask the server for: its files, its wording, one postal prefix.
ALLOWED = re.compile(
    r"^/(|index\.html|app\.js|style\.css|qrcode\.js|fonts\.css|fonts/[\w.-]+\.ttf"
    r"|i18n/[a-z-]+\.json|postal/\d{3}\.json)$"
)


@pytest.mark.parametrize("language", ["ja", "en", "vi"])
def test_from_the_empty_page_to_the_qr(language: str, phone: Callable[[str], Phone]) -> None:
    p = phone(language)
    assert p.page.evaluate("document.documentElement.lang") == {"ja": "ja", "en": "en"}.get(
        language, language
    )
    moved_on = family_of_four(p, language)

    # The counter's decoder reads the QR from what a tablet camera would see of the phone.
    png = p.page.locator("#qr svg").screenshot()
    frame = camera_frame(png, save=ARTIFACTS / f"{language}-camera-frame.png")
    text = decode_qr(frame)
    assert text is not None, "the counter could not read the QR from the camera frame"
    assert text == p.page.get_attribute("#qr", "data-code")
    entry = decode(text)

    assert entry.language == language
    assert entry.kind == "tennyu" and not entry.abroad
    assert entry.moved_on == date.fromisoformat(moved_on)
    assert entry.address is not None
    assert (entry.address.postal_code, entry.address.municipality, entry.address.town) == (
        "2040011",
        "清瀬市",
        "下清戸",
    )
    assert (entry.address.banchi, entry.address.katagaki) == ("1-2-3", "清瀬ハイツ201")
    assert [(q.family, q.given, q.birth_date.isoformat() if q.birth_date else "") for q in
            entry.persons] == [(f["f"], f["g"], f["b"]) for f in FAMILY]  # fmt: skip
    assert [q.relationship for q in entry.persons] == ["", "妻", "子", "子"]
    assert [q.sex for q in entry.persons] == [None, "2", "2", "1"]
    assert entry.head == 0
    assert entry.related == {"kokuho": True, "shogai_techo": False, "dog": True}
    assert entry.onestop_number == ONESTOP
    assert len(text) < 1000

    # Nothing was sent: only GETs of the page's files, its wording and the postal prefix 204.
    assert p.errors == []
    assert {m for m, _ in p.requests} == {"GET"}
    paths = [urlsplit(u).path for _, u in p.requests]
    assert all(ALLOWED.match(path) for path in paths), paths
    assert "/postal/204.json" in paths
    assert not any("2040011" in u or "0011" in urlsplit(u).path for _, u in p.requests)


def test_every_step_can_be_changed_from_the_check_screen(phone: Callable[[str], Phone]) -> None:
    p = phone("ja")
    family_of_four(p, "ja", shots=False)
    page = p.page
    page.click("#back")  # from the QR back to the check screen
    page.wait_for_selector("html[data-screen='check']")
    page.click("[data-edit='postal']")
    page.wait_for_selector("html[data-screen='postal']")
    page.fill("#postal", "1000001")  # 千代田区千代田
    page.click("#next")
    page.wait_for_selector("html[data-screen='candidates']")
    page.click("[data-candidate='0']")
    page.wait_for_selector("html[data-screen='banchi']")
    page.fill("#banchi", "1")
    page.click("#next")  # as on the tablet: a new address runs through to the 方書 …
    page.wait_for_selector("html[data-screen='katagaki']")
    page.fill("#katagaki", "")
    page.click("#next")  # … and then the check screen comes back
    page.wait_for_selector("html[data-screen='check']")
    assert "東京都千代田区千代田1" in page.inner_text("[data-section='sec_new_address']")
    page.click("#next")
    page.wait_for_selector("html[data-screen='qr'] #qr svg")
    entry = decode(page.get_attribute("#qr", "data-code") or "")
    assert entry.address is not None and entry.address.municipality == "千代田区"
    assert len(entry.persons) == 4  # the rest kept


def test_the_page_stops_on_what_the_tablet_would_refuse(phone: Callable[[str], Phone]) -> None:
    p = phone("en")
    page = p.page
    page.click("#start")
    page.click("[data-answer='within']")
    page.wait_for_selector("html[data-screen='date']")
    page.fill("#move-date", "2999-01-01")
    page.click("#next")
    assert page.inner_text("#error") == "The moving date cannot be later than today."
    page.click("#yesterday")
    page.click("#next")
    page.fill("#postal", "0000000")
    page.click("#next")
    page.wait_for_selector("#error:has-text('postal code')")
    assert "not found" in page.inner_text("#error")
    assert page.evaluate("document.documentElement.dataset.screen") == "postal"
    p.shot("en-postal-unknown")
    # A 個人番号 typed where a building name goes never reaches a QR.
    page.fill("#postal", "2040011")
    page.click("#next")
    page.click("[data-candidate='0']")
    page.fill("#banchi", "1")
    page.click("#next")
    page.fill("#katagaki", "123456789018")
    page.click("#next")
    assert page.inner_text("#error") == "Please check what you entered."


def test_the_steps_are_the_tablets(phone: Callable[[str], Phone]) -> None:
    """The page asks what the tablet asks, in the same order; it adds only the name a card
    gives at the counter ("you") and the 申請番号 ("onestop")."""
    steps_for = _tablet_steps_for()
    from forms.model import Kind

    page = phone("ja").page
    for kind in ("tennyu", "tenkyo", "tenshutsu"):
        for abroad in (False, True):
            if kind == "tenkyo" and abroad:
                continue
            ours = page.evaluate(f"window.kmPreEntry.stepsFor('{kind}', {str(abroad).lower()})")
            tablet = steps_for(Kind(kind), abroad)
            assert [s for s in ours if s not in ("you", "onestop")] == tablet, (kind, abroad)


def _tablet_steps_for() -> Callable[..., list[str]]:
    try:  # the Qt-free resident flow, where it exists
        from kiosk.flow import steps_for  # type: ignore[attr-defined]
    except ImportError:
        from ui.resident.viewmodel import steps_for
    return steps_for  # type: ignore[no-any-return]
