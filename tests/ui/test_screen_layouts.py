"""Every resident screen, in every language, at every text size: nothing spills out.

A resident may choose any of the ten languages and 1.0×, 1.3× or 1.6× text, and a wheelchair
user the low-reach layout. For each combination this tour visits every screen (and the states a
screen has: the QR screen of a pre-entry and its refusals, errors, the last try, each part of
照合番号B, the address lists, a family's long
confirm screen scrolled to its end, the overlays), saves a screenshot under
``test-artifacts/ui/layout/<language>-<size>[-low]/`` and measures, on the live QML item tree:

- every text inside a button lies within the button (its laid-out box, its painted size and
  its natural width once wrapped), and no text is elided; every other text drawn in a framed
  box (a fact on the identity screen, a section of the confirm screen) lies within the box;
- every control a finger can press lies within the window, and two controls never overlap
  (controls in a scrolling list are measured against the list's window);
- in the low-reach layout, every control lies in the lower two thirds of the screen;
- the usual checks of every screenshot (12 mm targets, accessible names, nothing left in
  Japanese in another language: ``Screen.check``).

The card here is a stand-in that answers as the guarded reader does (tries first, a wrong
secret costs one): this test is about pixels. The PC/SC path of every card answer is proved in
``test_resident_flows.py`` with the real stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQml import QQmlProperty
from PySide6.QtQuick import QQuickItem

from kiosk.flow import CardFace, CardFacts, ResidentCardProblem
from kiosk.resident_service import ResidentService
from tests.ui.conftest import DIAGONAL_INCHES, SCREEN, TODAY, Screen, walk
from ui.resident.i18n import LANGUAGES

HOLDER = CardFacts("𠮷田　髙志", "福岡県北九州市小倉北区城内９９－９", date(1975, 5, 5), "1")
SPOUSE = CardFacts("𠮷田　花子", "福岡県北九州市小倉北区城内９９－９", date(1978, 8, 8), "2")
FACE = CardFace(50, 5, 5, 2034, "1234")
SCALES = (1.0, 1.3, 1.6)
#: A pixel of slack for anti-aliased edges.
SLACK = 1.0


class StandInCard(ResidentService):
    """The counter's service with a card that answers like the guarded reader (no PC/SC)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.facts = HOLDER
        self.tries = 3
        self.code_b_tries = 10

    def pin_tries_left(self) -> int:
        return self.tries

    def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
        if self.tries == 1 and not allow_last_try:
            raise ResidentCardProblem("last_try", "", tries_left=1)
        if pin != "1234":
            self.tries -= 1
            raise ResidentCardProblem("wrong_pin", "", tries_left=self.tries)
        return self.facts

    def code_b_tries_left(self) -> int:
        return self.code_b_tries

    def read_card_with_code_b(self, code_b: str, *, allow_last_try: bool = False) -> CardFacts:
        if code_b != FACE.code_b():
            self.code_b_tries -= 1
            raise ResidentCardProblem("wrong_code_b", "", tries_left=self.code_b_tries)
        return self.facts


def _is_button(item: QQuickItem) -> bool:
    return item.metaObject().className().startswith("Btn_")


def _scene_rect(item: QQuickItem, w: float | None = None, h: float | None = None) -> QRectF:
    return item.mapRectToScene(
        QRectF(0, 0, item.width() if w is None else w, item.height() if h is None else h)
    )


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - SLACK
        and inner.top() >= outer.top() - SLACK
        and inner.right() <= outer.right() + SLACK
        and inner.bottom() <= outer.bottom() + SLACK
    )


def _texts(item: QQuickItem) -> Iterator[QQuickItem]:
    for child in walk(item):
        if child.metaObject().className() == "QQuickText" and str(child.property("text")).strip():
            yield child


def _viewport(item: QQuickItem) -> QQuickItem | None:
    """The scrolling list (Flickable) an item is in, if any."""
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickFlickable"):
            return node
        node = node.parentItem()
    return None


def _keyboard(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if node.objectName() == "inputPanel":
            return True
        node = node.parentItem()
    return False


def _box(item: QQuickItem) -> QQuickItem | None:
    """The nearest framed box around an item (a rectangle drawn with a border), if any."""
    node = item.parentItem()
    while node is not None:
        if (
            node.inherits("QQuickRectangle")
            and float(QQmlProperty(node, "border.width").read() or 0) > 0
            and node.isVisible()
        ):
            return node
        node = node.parentItem()
    return None


def _painted(text: QQuickItem) -> QRectF:
    return _scene_rect(
        text,
        max(float(text.property("contentWidth")), float(text.property("paintedWidth"))),
        max(float(text.property("contentHeight")), float(text.property("paintedHeight"))),
    )


def box_problems(root: QQuickItem) -> list[str]:
    """Texts that run out of the framed box they are drawn in (a fact on the identity screen,
    a section of the confirm screen), outside the buttons (measured on their own)."""
    problems: list[str] = []
    for text in _texts(root):
        box = _box(text)
        if box is None or not text.isVisible() or _keyboard(text):
            continue
        node: QQuickItem | None = text
        while node is not None and node is not box and not _is_button(node):
            node = node.parentItem()
        if node is not box or _viewport(text) is not _viewport(box):
            continue
        rect, frame = _painted(text), _scene_rect(box)
        if not _inside(rect, frame):
            problems.append(
                f"{str(text.property('text'))!r} ({rect.width():.0f}x{rect.height():.0f} at "
                f"{rect.x():.0f},{rect.y():.0f}) runs out of its box ({frame.width():.0f}x"
                f"{frame.height():.0f} at {frame.x():.0f},{frame.y():.0f})"
            )
    return problems


def layout_problems(root: QQuickItem, *, low_reach: bool) -> list[str]:
    """What a resident would see spilling, hidden or out of reach (see the module docstring)."""
    problems: list[str] = box_problems(root)
    window = QRectF(0, 0, root.width(), root.height())
    buttons = [b for b in walk(root) if _is_button(b) and not _keyboard(b)]
    placed: list[tuple[QRectF, str, QQuickItem | None]] = []
    for button in buttons:
        name = button.objectName() or str(button.property("label"))
        box = _scene_rect(button)
        for text in _texts(button):
            words = str(text.property("text"))
            laid = _scene_rect(text)
            painted = _painted(text)
            for what, rect in (("box", laid), ("painted text", painted)):
                if not _inside(rect, box):
                    problems.append(
                        f"{name}: the {what} of {words!r} ({rect.width():.0f}x{rect.height():.0f}"
                        f" at {rect.x():.0f},{rect.y():.0f}) leaves its button "
                        f"({box.width():.0f}x{box.height():.0f} at {box.x():.0f},{box.y():.0f})"
                    )
            if text.property("truncated"):
                problems.append(f"{name}: {words!r} is cut short")
        view = _viewport(button)
        frame = _scene_rect(view) if view is not None else window
        if view is None and not _inside(box, window):
            problems.append(f"{name}: outside the window ({box})")
        if low_reach and frame.intersects(box) and box.top() < root.height() / 3 - SLACK:
            problems.append(f"{name}: above the lower two thirds in the low-reach layout")
        placed.append((box.intersected(frame), name, view))
    for i, (a, name_a, view_a) in enumerate(placed):
        for b, name_b, view_b in placed[i + 1 :]:
            overlap = a.intersected(b)
            if view_a is view_b and overlap.width() > SLACK and overlap.height() > SLACK:
                problems.append(f"{name_a} and {name_b} overlap")
    return problems


class Tour:
    """One window, driven through every screen; each stop is measured and photographed."""

    def __init__(self, scr: Screen, service: StandInCard, low_reach: bool) -> None:
        self.scr, self.vm, self.service, self.low_reach = scr, scr.vm, service, low_reach
        self.flow = scr.vm.flow
        self.problems: list[str] = []
        self.language, self.scale = "ja", 1.0

    def stop(self, name: str) -> None:
        self.scr.qtbot.waitUntil(lambda: not self.vm.busy, timeout=5000)
        self.scr.pause(40)
        for problem in layout_problems(self.scr.root(), low_reach=self.low_reach):
            self.problems.append(f"{name}: {problem}")
        self.scr.shot(name)

    def display(self) -> None:
        """The resident's language and display (a new visit starts with the counter's)."""
        vm = self.vm
        vm.chooseLanguage(self.language)
        vm.setTextScale(self.scale)
        if vm.lowReach != self.low_reach:
            vm.toggleLowReach()

    def screen_item(self) -> QQuickItem:
        loader = self.scr.item("screenLoader")
        item = loader.property("item")
        assert isinstance(item, QQuickItem)
        return item

    def begin(self, language: str, scale: float) -> None:
        self.language, self.scale = language, scale
        self.display()
        self.scr.wait_screen("welcome")
        self.stop("welcome")

    def card_stage(self) -> None:
        f, service = self.flow, self.service
        service.tries, service.code_b_tries = 3, 10
        f.card_inserted()
        self.scr.wait_screen("pin")
        self.stop("pin")
        f.submit_pin("0000")
        self.scr.qtbot.waitUntil(lambda: f.state.pin_error == "wrong_pin", timeout=5000)
        self.stop("pin-wrong")
        f.forgot_pin()
        self.scr.wait_screen("codeB")
        self.stop("code-b-birth")
        for part in ("expiry", "code"):
            self.screen_item().setProperty("part", part)
            self.stop(f"code-b-{part}")
        f.submit_code_b(CardFace(50, 5, 5, 2034, "9999"))
        self.scr.qtbot.waitUntil(lambda: f.state.pin_error == "wrong_code_b", timeout=5000)
        self.stop("code-b-wrong")
        service.tries = 1
        f.back()  # to the PIN again: its tries are asked afresh
        self.scr.wait_screen("pin")
        self.stop("pin-last-try")
        service.tries = 0
        f.cancel()
        self.display()
        f.card_inserted()
        self.scr.wait_screen("blocked")
        self.stop("blocked-pin")
        service.code_b_tries = 0
        f.forgot_pin()
        self.scr.wait_screen("blocked")
        self.stop("blocked-code-b")
        service.tries, service.code_b_tries = 3, 1
        f.back()
        self.scr.wait_screen("pin")
        f.forgot_pin()
        self.scr.wait_screen("codeB")
        self.stop("code-b-last-try")
        f.confirm_last_try()
        f.submit_code_b(FACE)
        self.scr.wait_screen("identity")
        self.stop("identity")

    def steps(self) -> None:
        f = self.flow
        f.confirm_identity(True)
        self.scr.wait_screen("furigana")
        self.stop("furigana")
        f.choose_reading("family", 0)
        f.choose_reading("given", 0)
        f.confirm_reading()
        self.stop("guide")
        f.guide_answer("into")
        self.stop("guide-abroad")
        f.guide_answer("yes")
        self.scr.wait_step("date")
        self.stop("date")
        f.set_calendar("wareki" if f.state.shown_calendar() == "seireki" else "seireki")
        self.stop("date-other-calendar")
        f.next()
        self.stop("country")
        f.set_country("アメリカ合衆国")
        f.next()
        self.stop("postal")
        f.lookup_postal("2040021")
        self.stop("candidates")
        f.address_unknown()
        self.stop("browse-prefecture")
        f.browse_choose(12)  # 東京都
        self.stop("browse-municipality")
        places = [o["text"] for o in f.view()["browse"]["options"]]  # type: ignore[index]
        f.browse_choose(places.index("清瀬市"))
        self.stop("browse-town")
        towns = [o["text"] for o in f.view()["browse"]["options"]]  # type: ignore[index]
        f.browse_choose(towns.index("元町"))
        f.set_banchi("12-34-5")
        self.stop("banchi")
        f.next()
        self.stop("katagaki")
        f.set_katagaki("コーポ清瀬 101")
        f.next()
        f.add_member_by_card()
        self.stop("place-member")
        self.service.facts = SPOUSE
        f.card_inserted()
        self.scr.wait_screen("pin")
        f.submit_pin("1234")
        self.scr.wait_screen("furigana")
        f.skip_reading()  # the member's reading is left to staff
        self.scr.wait_step("members")
        self.service.facts = HOLDER
        f.add_member_for_staff()
        f.add_member_for_staff()
        self.stop("members")
        f.next()
        f.set_head(0)
        f.set_relationship(1, "妻")
        f.set_relationship(2, "子")
        self.stop("household")
        f.set_relationship(3, "?")
        f.next()
        for code in f.view()["relatedQuestions"]:  # type: ignore[attr-defined]
            f.set_related(code, code == "kokuho")
        self.stop("related")
        f.call_staff()
        self.stop("staff-called")
        f.staff_arrived()
        f.next()
        self.scr.wait_screen("confirm")
        self.stop("confirm")
        for _ in range(40):
            if not self.scr.has("confirmMore"):
                break
            self.scr.tap("confirmMore")
        self.stop("confirm-end")
        assert self.scr.item("next").isEnabled(), "every section seen: signing opens"
        f.to_sign()
        self.stop("sign")
        f.sign([[(0.1, 0.5), (0.4, 0.6), (0.8, 0.4)]], 4.0)
        self.scr.wait_screen("done")
        self.stop("done")
        self.scr.root().setProperty("askingCancel", True)
        self.stop("cancel-question")
        self.scr.root().setProperty("askingCancel", False)
        f.finish()
        self.display()  # a new resident, the same language and display
        f.without_card()
        self.stop("staff")
        f.cancel()


@pytest.fixture
def tour_window(fonts: list[str], ui_config: Any, ui_storage: Any, qtbot: Any) -> Any:
    from ui.resident.app import ResidentWindow

    made: list[Any] = []

    def make(scenario: str, low_reach: bool) -> Tour:
        service = StandInCard(ui_config, ui_storage, today=lambda: TODAY, terminal="tablet-layout")
        window = ResidentWindow(service, size=SCREEN, diagonal_inches=DIAGONAL_INCHES)
        made.append(window)
        window.view.show()
        qtbot.waitExposed(window.view)
        return Tour(Screen(qtbot, window, scenario), service, low_reach)

    yield make
    for window in made:
        window.close()


@pytest.mark.parametrize("language", [lang.code for lang in LANGUAGES])
def test_every_screen_fits_in_every_language_at_every_size(tour_window: Any, language: str) -> None:
    problems: list[str] = []
    for scale in SCALES:
        tour = tour_window(f"layout/{language}-{scale:.1f}", False)
        tour.begin(language, scale)
        tour.card_stage()
        tour.steps()
        problems += [f"{language} {scale}×: {p}" for p in tour.problems]
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("language", ["ja", "en", "vi", "ne"])
def test_the_low_reach_layout_keeps_every_control_in_the_lower_two_thirds(
    tour_window: Any, language: str
) -> None:
    problems: list[str] = []
    for scale in (1.0, 1.6):
        tour = tour_window(f"layout/{language}-{scale:.1f}-low", True)
        tour.begin(language, scale)
        tour.card_stage()
        tour.steps()
        problems += [f"{language} {scale}× low reach: {p}" for p in tour.problems]
    assert not problems, "\n".join(problems[:40])


def test_the_counter_can_start_every_visit_in_the_low_reach_layout(
    fonts: list[str], qtbot: Any, tmp_path: Any
) -> None:
    """``[counter] low_reach = true``: every visit starts low; a resident may switch it off, and
    the next visit starts low again."""
    from kiosk.config import load_config
    from ui.resident.app import ResidentWindow

    config = load_config(
        env={
            "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_COUNTER_LOW_REACH": "true",
        }
    )
    service = StandInCard(config, None, today=lambda: TODAY, terminal="tablet-low")
    window = ResidentWindow(service, size=SCREEN, diagonal_inches=DIAGONAL_INCHES)
    try:
        window.view.show()
        qtbot.waitExposed(window.view)
        scr = Screen(qtbot, window, "low-reach-by-default")
        assert window.vm.lowReach
        scr.shot("welcome-low")
        assert scr.item("lowReach").property("selected")
        assert scr.item("callStaff").mapToScene(QPointF(0, 0)).y() >= SCREEN.height() / 3
        scr.tap("lowReach")
        assert not window.vm.lowReach
        window.vm.flow.card_inserted()
        scr.wait_screen("pin")
        window.vm.flow.cancel()
        scr.wait_screen("welcome")
        assert window.vm.lowReach, "the next resident starts in the counter's layout"
    finally:
        window.close()
