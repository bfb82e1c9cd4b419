"""The resident flow without Qt: a fake clock and fake card facts, the real rules and storage.

The screens (``tests/ui``) prove the same visits end to end with a real card; these drive the
flow directly, as the desk will, and run in a fraction of the time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from forms.model import Kind
from kiosk.config import Config, Timeouts
from kiosk.flow import (
    Answers,
    CardFace,
    CardFacts,
    FlowEvent,
    FlowState,
    Limits,
    ResidentCardProblem,
    ResidentFlow,
    resident_errors,
    staff_fields,
)
from kiosk.models import AuditEntry, NotificationRecord, Status
from kiosk.resident_service import ResidentService
from kiosk.sessions import EndReason, Phase, SessionTimer, TimerState
from kiosk.storage import Storage
from kiosk.workflow import Actor

TODAY = date(2026, 4, 14)
HOLDER = CardFacts("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1")
FROM_AFAR = CardFacts("山田　太郎", "福岡県北九州市小倉北区城内９９－９", date(1975, 5, 5), "1")
SPOUSE = CardFacts("山田　花子", "福岡県北九州市小倉北区城内９９－９", date(1978, 8, 8), "2")
SIGNATURE = [[(0.1, 0.6), (0.2, 0.3), (0.3, 0.65), (0.4, 0.35)]]
LIMITS = Limits(
    idle_seconds=120, idle_warning_seconds=30, card_removal_grace_seconds=10, done_seconds=20
)
CLERK = Actor.staff("clerk1", ["受付"], "desk-1")


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@dataclass
class Placed:
    facts: CardFacts
    pin: str
    tries: int
    code_b: str = "55021720352285"
    code_b_tries: int = 10


class FakeCard:
    """A card on the reader, guarded as the real one: tries first, never a retry by itself."""

    def __init__(self) -> None:
        self.placed: Placed | None = None
        self.verifies = 0

    def place(self, facts: CardFacts, pin: str = "1234", tries: int = 3) -> None:
        self.placed = Placed(facts, pin, tries)

    def pin_tries_left(self) -> int:
        if self.placed is None:
            raise ResidentCardProblem("no_card", "カードがありません")
        return self.placed.tries

    def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
        card = self.placed
        if card is None:
            raise ResidentCardProblem("no_card", "カードがありません")
        if card.tries == 0:
            raise ResidentCardProblem("pin_blocked", "ロックされています")
        if card.tries == 1 and not allow_last_try:
            raise ResidentCardProblem("last_try", "残り1回です", tries_left=1)
        self.verifies += 1
        if pin != card.pin:
            card.tries -= 1
            raise ResidentCardProblem("wrong_pin", "暗証番号が違います", tries_left=card.tries)
        card.tries = 3
        return card.facts

    def code_b_tries_left(self) -> int:
        if self.placed is None:
            raise ResidentCardProblem("no_card", "カードがありません")
        return self.placed.code_b_tries

    def read_card_with_code_b(self, code_b: str, *, allow_last_try: bool = False) -> CardFacts:
        card = self.placed
        if card is None:
            raise ResidentCardProblem("no_card", "カードがありません")
        if card.code_b_tries == 0:
            raise ResidentCardProblem("code_b_blocked", "ロックされています")
        if card.code_b_tries == 1 and not allow_last_try:
            raise ResidentCardProblem("code_b_last_try", "残り1回です", tries_left=1)
        self.verifies += 1
        if code_b != card.code_b:
            card.code_b_tries -= 1
            raise ResidentCardProblem(
                "wrong_code_b", "照合番号Bが違います", tries_left=card.code_b_tries
            )
        card.code_b_tries = 10
        return card.facts


class Visit:
    """One flow with its fake card and clock, and the events it told its views."""

    def __init__(self, service: ResidentService) -> None:
        self.card = FakeCard()
        self.clock = Clock()
        self.flow = ResidentFlow(service, card=self.card, limits=LIMITS, clock=self.clock)
        self.events: list[FlowEvent] = []
        self.flow.subscribe(self.events.append)

    @property
    def state(self) -> FlowState:
        return self.flow.state

    @property
    def answers(self) -> Answers:
        return self.flow.state.answers

    def told(self, kind: str) -> list[str]:
        return [e.reason for e in self.events if e.kind == kind]

    def read(self, facts: CardFacts = HOLDER, pin: str = "1234") -> None:
        self.card.place(facts, pin)
        self.flow.card_inserted()
        assert self.flow.screen == "pin" and self.state.tries_left == 3
        self.flow.submit_pin(pin)

    def start(self, *guide: str, facts: CardFacts = HOLDER) -> None:
        """Card, PIN, "this is me", the 振り仮名 left to staff, then the 手続き案内's answers."""
        self.read(facts)
        assert self.flow.screen == "identity"
        self.flow.confirm_identity(True)
        assert self.flow.screen == "furigana"
        self.flow.skip_reading()
        for answer in guide:
            self.flow.guide_answer(answer)
        assert self.flow.screen == "step" and self.flow.step == "date"

    def answer(self, step: str) -> None:
        """Answer ``step`` as a resident would, and go on."""
        f = self.flow
        if step == "date":
            if self.answers.kind is Kind.TENSHUTSU:
                f.adjust_date("day", 3)
            else:
                f.set_date_days_ago(1)
            f.next()
        elif step == "country":
            f.set_country("アメリカ合衆国", "")
            f.next()
        elif step == "postal":
            f.lookup_postal("2040021")  # found: on to its candidates by itself
        elif step == "candidates":
            f.choose_candidate(0)  # chosen: on to the 番地 by itself
        elif step == "banchi":
            f.set_banchi("3-5-8")
            f.next()
        elif step == "katagaki":
            f.set_katagaki("")
            f.next()
        elif step == "household":
            f.set_head(0)
            f.next()
        elif step == "related":
            for code in f.view()["relatedQuestions"]:
                f.set_related(code, False)
            f.next()
        else:
            f.next()

    def walk(self) -> list[str]:
        """Answer every step to the confirm screen; returns the steps seen, in order."""
        seen: list[str] = []
        while self.flow.screen == "step":
            step = self.flow.step
            seen.append(step)
            self.answer(step)
            assert self.state.step_error == "", f"{step}: {self.state.step_error}"
            assert len(seen) < 20
        assert self.flow.screen == "confirm"
        return seen

    def to(self, target: str) -> None:
        """Answer the steps before ``target``."""
        while self.flow.step != target:
            self.answer(self.flow.step)
            assert self.state.step_error == ""


@pytest.fixture
def counter(make_config: Callable[..., Config]) -> ResidentService:
    """The counter without a database (the tests that file use ``filing``)."""
    return ResidentService(make_config(), None, today=lambda: TODAY, terminal="t1")


@pytest.fixture
def visit(counter: ResidentService) -> Visit:
    return Visit(counter)


@pytest.fixture
def filing(config: Config, storage: Storage) -> Visit:
    return Visit(ResidentService(config, storage, today=lambda: TODAY, terminal="t1"))


def records(storage: Storage) -> list[NotificationRecord]:
    with storage.transaction() as s:
        return list(s.query(NotificationRecord).all())


sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_the_flow_runs_without_qt() -> None:
    code = (
        "import sys, kiosk.flow, kiosk.resident_service; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'ui') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# -- steps ------------------------------------------------------------------------------------

ADDRESS = ["postal", "candidates", "banchi", "katagaki"]


@pytest.mark.parametrize(
    ("guide", "kind", "steps"),
    [
        (("within",), Kind.TENKYO, ["date", *ADDRESS, "members", "household", "related"]),
        (("into", "no"), Kind.TENNYU, ["date", *ADDRESS, "members", "household", "related"]),
        (
            ("into", "yes"),
            Kind.TENNYU,
            ["date", "country", *ADDRESS, "members", "household", "related"],
        ),
        (("out", "no"), Kind.TENSHUTSU, ["date", *ADDRESS, "members", "related"]),
        (("out", "yes"), Kind.TENSHUTSU, ["date", "country", "members", "related"]),
    ],
    ids=["tenkyo", "tennyu", "tennyu-abroad", "tenshutsu", "tenshutsu-abroad"],
)
def test_each_kind_asks_its_steps_in_order(
    visit: Visit, guide: tuple[str, ...], kind: Kind, steps: list[str]
) -> None:
    visit.start(*guide)
    assert visit.answers.kind is kind
    assert visit.answers.abroad is (guide[-1] == "yes")
    assert visit.walk() == steps
    n, result = visit.flow.checked()
    assert n.kind is kind
    left = [f.code for f in resident_errors(result, staff_fields(visit.answers))]
    assert left == ["signature_missing"], "only the signature is left to give"


def test_other_kinds_go_to_staff_with_nothing_kept(visit: Visit) -> None:
    """世帯変更 and anything else are not offered on the screens: staff take them."""
    visit.read()
    visit.flow.confirm_identity(True)
    visit.flow.guide_answer("other")
    assert visit.flow.screen == "staff"
    assert visit.told("ended") == ["other_kind"]
    assert visit.told("staff_called") == ["other_kind"]
    assert visit.state.holder is None and visit.answers.members == []


def test_guide_back_and_forth(visit: Visit) -> None:
    visit.start("into", "no")
    visit.flow.back()  # from the first step: the last question of the 手続き案内
    assert (visit.flow.screen, visit.state.guide_step) == ("guide", "abroad")
    visit.flow.guide_back()
    assert visit.state.guide_step == "kind"
    visit.flow.guide_back()
    assert visit.flow.screen == "furigana"
    visit.flow.back()
    assert visit.flow.screen == "identity"


# -- validation ---------------------------------------------------------------------------------


def test_a_move_in_the_future_is_refused_by_the_rules(
    visit: Visit, counter: ResidentService
) -> None:
    """転居 is notified after the move (the rule 異動日が届出日より後); 転出 may be in advance."""
    visit.start("within")
    visit.flow.adjust_date("day", 1)
    visit.flow.next()
    assert (visit.flow.step, visit.state.step_error) == ("date", "date_future")
    visit.flow.adjust_date("day", -1)  # answering clears the message
    assert visit.state.step_error == ""
    visit.flow.next()
    assert visit.flow.step == "postal"

    out = Visit(counter)
    out.start("out", "no")
    out.flow.adjust_date("month", 1)
    out.flow.next()
    assert (out.flow.step, out.state.step_error) == ("postal", "")


@pytest.mark.parametrize(
    ("guide", "step", "act", "error"),
    [
        (("within",), "postal", lambda f: f.lookup_postal("0000000"), "postal_unknown"),
        (("within",), "candidates", lambda f: f.next(), "choose_candidate"),
        (("within",), "banchi", lambda f: f.next(), "banchi_missing"),
        (("into", "yes"), "country", lambda f: f.next(), "country_missing"),
        (("out", "yes"), "country", lambda f: f.set_country("  ", "x"), None),
        (("within",), "household", lambda f: f.next(), "choose_head"),
        (("within",), "related", lambda f: (f.set_related("dog", True), f.next()), "answer_all"),
    ],
    ids=["postal", "candidates", "banchi", "country-in", "country-out", "household", "related"],
)
def test_each_step_says_what_is_missing(
    visit: Visit, guide: tuple[str, ...], step: str, act: Any, error: str | None
) -> None:
    visit.start(*guide)
    visit.to(step)
    act(visit.flow)
    if error is None:  # typing spaces is no country: the rules say so on next
        visit.flow.next()
        error = "country_missing"
    assert (visit.flow.step, visit.state.step_error) == (step, error)
    assert visit.flow.view()["stepError"] == error


def test_relationships_everyone_but_the_head_and_dont_know(visit: Visit) -> None:
    visit.start("within")
    visit.to("members")
    visit.flow.add_member_for_staff()
    visit.flow.next()
    visit.flow.set_head(0)
    visit.flow.next()
    assert visit.state.step_error == "choose_relationship"
    visit.flow.set_relationship(1, "祖父")  # not a button: ignored
    assert visit.answers.members[1].relationship == ""
    visit.flow.set_relationship(1, "?")  # "don't know": staff will ask
    visit.flow.next()
    assert (visit.flow.step, visit.state.step_error) == ("related", "")
    # someone not moving with them heads the household: staff enter the name
    visit.flow.back()
    visit.flow.set_head(-1)
    visit.flow.set_relationship(0, "子")
    visit.flow.next()
    assert visit.flow.step == "related"


# -- confirm, back and edit -------------------------------------------------------------------


def test_confirm_sections_are_data_with_card_marks_and_edit_steps(visit: Visit) -> None:
    visit.start("within")
    visit.walk()
    sections = {s.key: s for s in visit.flow.confirm_sections()}
    assert list(sections) == [
        "todoke",
        "newAddress",
        "previousAddress",
        "persons",
        "household",
        "related",
    ]
    assert {k: s.edit for k, s in sections.items()} == {
        "todoke": "date",
        "newAddress": "postal",
        "previousAddress": "",
        "persons": "members",
        "household": "household",
        "related": "related",
    }
    rows = {r.key: r for r in sections["newAddress"].rows}
    assert rows["address"].value == "東京都清瀬市元町３－５－８"
    assert not rows["address"].verified
    assert sections["previousAddress"].rows[0].verified, "the old address is the card's"
    [person] = sections["persons"].rows
    assert (person.value, person.relationship, person.verified) == ("黒桐　幹也", "世帯主", True)
    assert visit.flow.view()["confirm"][0]["rows"][0] == {
        "key": "kind",
        "value": "転居届",
        "verified": False,
        "flagged": False,
        "relationship": "",
        "birth": "",
        "staffEnters": False,
    }


def test_back_and_edit_from_the_confirm_screen(visit: Visit) -> None:
    visit.start("within")
    visit.walk()
    visit.flow.back()
    assert visit.flow.step == "related"
    visit.flow.next()
    assert visit.flow.screen == "confirm"

    visit.flow.edit("date")
    assert visit.flow.step == "date" and visit.state.returning_to_confirm
    visit.flow.adjust_date("day", -1)
    visit.flow.next()
    assert visit.flow.screen == "confirm", "an edit returns to the confirm screen"
    assert visit.answers.moved_on == TODAY - timedelta(days=2)

    # the address spans several steps: the edit goes through them, then back
    visit.flow.edit("postal")
    visit.flow.lookup_postal("2040011")
    visit.flow.choose_candidate(0)
    assert visit.flow.step == "banchi"
    visit.flow.set_banchi("2-14-5")
    visit.flow.next()
    assert visit.flow.step == "katagaki"
    visit.flow.set_katagaki("清瀬ハイツ202")
    visit.flow.next()
    assert visit.flow.screen == "confirm"
    n, _ = visit.flow.checked()
    assert n.new_address.one_line() == "東京都清瀬市下清戸２－１４－５\u3000清瀬ハイツ202"
    visit.flow.edit("no-such-step")
    assert visit.flow.screen == "confirm"
    visit.flow.to_sign()
    visit.flow.back()
    assert visit.flow.screen == "confirm"


# -- members, related procedures ----------------------------------------------------------------


def test_members_read_from_their_cards_or_left_for_staff(visit: Visit) -> None:
    visit.start("into", "no", facts=FROM_AFAR)
    visit.to("members")
    visit.flow.add_member_by_card()
    assert visit.flow.screen == "placeMember"
    visit.card.place(SPOUSE, "5678")
    visit.flow.card_inserted()
    assert visit.flow.screen == "pin" and visit.state.reading_member
    visit.flow.submit_pin("5678")
    assert visit.flow.screen == "furigana"
    visit.flow.skip_reading()
    assert (visit.flow.screen, visit.flow.step) == ("step", "members")
    visit.flow.add_member_for_staff()
    visit.flow.add_member_for_staff()
    visit.flow.add_member_for_staff()
    visit.flow.remove_member(3)
    visit.flow.remove_member(0)  # the holder files: never removed
    members = visit.flow.view()["members"]
    assert [(m["name"], m["fromCard"], m["staffEnters"]) for m in members] == [
        ("山田　太郎", True, False),
        ("山田　花子", True, False),
        ("", False, True),
        ("", False, True),
    ]
    visit.flow.next()
    visit.flow.set_head(1)
    for i, rel in ((0, "夫"), (2, "子"), (3, "子")):
        visit.flow.set_relationship(i, rel)
    visit.flow.next()
    visit.flow.remove_member(2)  # the head's index stays right
    assert visit.answers.head == 1
    n, _ = visit.flow.checked()
    assert [p.relationship for p in n.persons] == ["夫", "世帯主", "子"]
    assert n.household.head_name == "山田　花子"
    assert n.is_card_verified("persons.1.name.family")


def test_back_from_a_members_card_returns_to_the_members(visit: Visit) -> None:
    visit.start("within")
    visit.to("members")
    for where in ("placeMember", "pin"):
        visit.flow.add_member_by_card()
        if where == "pin":
            visit.card.place(SPOUSE)
            visit.flow.card_inserted()
        assert visit.flow.screen == where
        visit.flow.back()
        assert (visit.flow.screen, visit.flow.step) == ("step", "members")
        assert not visit.state.reading_member


@pytest.mark.parametrize(
    ("guide", "questions", "procedure"),
    [
        (("within",), ["kokuho", "shogai_techo", "dog"], "dog_registration"),
        (("out", "yes"), ["kokuho", "shogai_techo", "dog", "inkan"], "inkan_haishi"),
    ],
)
def test_related_questions_and_where_the_answers_go(
    visit: Visit, guide: tuple[str, ...], questions: list[str], procedure: str
) -> None:
    visit.start(*guide)
    visit.to("related")
    assert visit.flow.view()["relatedQuestions"] == questions
    visit.flow.set_related("unknown", True)
    assert "unknown" not in visit.answers.related
    for code in questions:
        visit.flow.set_related(code, code in ("dog", "inkan"))
    visit.flow.next()
    assert visit.flow.screen == "confirm"
    n, _ = visit.flow.checked()
    assert n.household.answers == {"dog": True}
    assert n.persons[0].answers.get("kokuho") is False
    assert procedure in {r.code for r in n.related}


# -- the PIN ----------------------------------------------------------------------------------


def test_a_wrong_pin_costs_one_try_and_is_never_retried(visit: Visit) -> None:
    visit.card.place(HOLDER, "1234")
    visit.flow.card_inserted()
    visit.flow.submit_pin("0000")
    assert (visit.state.pin_error, visit.state.tries_left) == ("wrong_pin", 2)
    assert visit.card.verifies == 1
    visit.flow.submit_pin("0000")
    assert visit.state.tries_left == 1 and visit.card.verifies == 2
    visit.flow.submit_pin("1234")  # the last try needs an explicit yes first
    assert visit.state.pin_error == "last_try" and visit.card.verifies == 2
    visit.flow.confirm_last_try()
    visit.flow.submit_pin("1234")
    assert visit.flow.screen == "identity" and visit.card.verifies == 3
    assert "1234" not in json.dumps(visit.flow.to_dict())


def test_a_blocked_card_and_no_card_go_to_staff(visit: Visit) -> None:
    visit.card.place(HOLDER, tries=0)
    visit.flow.card_inserted()
    assert visit.flow.screen == "blocked"
    visit.flow.without_card()
    assert visit.flow.screen == "staff"
    assert visit.told("staff_called") == ["pin_blocked"]
    assert visit.card.verifies == 0


def test_not_me_wipes_the_card_facts_and_calls_staff(visit: Visit) -> None:
    visit.flow.set_language("en")
    visit.read()
    visit.flow.confirm_identity(False)
    assert visit.flow.screen == "staff"
    assert visit.state.holder is None
    assert visit.told("ended") == ["not_me"] and visit.told("staff_called") == ["not_me"]
    assert visit.state.language == "en", "staff go on with the same resident"


# -- timers -----------------------------------------------------------------------------------


def test_idle_warning_then_wipe(visit: Visit) -> None:
    visit.start("within")
    visit.flow.set_language("en")
    visit.clock.t += 95
    visit.flow.tick()
    assert (visit.flow.overlay, visit.flow.countdown) == ("idle", 25)
    visit.flow.touch()  # "still here"
    assert visit.flow.overlay == ""
    visit.clock.t += 100
    visit.flow.tick()
    assert visit.flow.overlay == "idle"
    visit.clock.t += 20
    visit.flow.tick()
    assert visit.flow.screen == "welcome"
    assert visit.told("ended") == ["idle"]
    assert visit.events[-1] == FlowEvent("ended", "timer", "idle")
    assert visit.state.holder is None and visit.state.answers == Answers()
    assert visit.state.language == "ja", "the next resident starts in Japanese"
    assert visit.flow.overlay == "" and visit.flow.tick() is None


def test_card_removal_grace_then_wipe(visit: Visit) -> None:
    visit.start("within")
    visit.flow.card_removed()
    assert (visit.flow.overlay, visit.flow.countdown) == ("removed", 10)
    visit.clock.t += 6
    visit.flow.tick()
    assert visit.flow.countdown == 4
    visit.flow.card_inserted()  # back in time: the visit goes on
    assert visit.flow.overlay == "" and visit.flow.step == "date"
    visit.flow.card_removed()
    visit.clock.t += 10.5
    visit.flow.tick()
    assert visit.flow.screen == "welcome"
    assert visit.told("ended") == ["card_removed"]


def test_the_done_screen_closes_whatever_is_touched() -> None:
    """Once filed and the card taken, touches and a card put back do not keep the screen."""
    clock = Clock()
    timer = SessionTimer(LIMITS, clock=clock)
    timer.closing()
    clock.t += 15
    timer.activity()
    timer.card_inserted()
    assert timer.poll().phase is Phase.CLOSING
    clock.t += 5
    assert timer.poll() == TimerState(Phase.ENDED, 0.0, EndReason.COMPLETED)
    assert Limits.from_config(Timeouts()).idle_seconds == 180


def test_a_card_pulled_at_the_pin_ends_at_once(visit: Visit) -> None:
    visit.card.place(HOLDER)
    visit.flow.card_inserted()
    visit.flow.card_removed()
    assert visit.flow.screen == "welcome" and visit.told("ended") == ["card_removed"]


def test_a_timer_ends_a_card_answer_that_comes_too_late(counter: ResidentService) -> None:
    """A card read still under way when the visit ends does not start a new one."""
    pending: list[Callable[[], None]] = []
    card = FakeCard()
    flow = ResidentFlow(
        counter,
        card=card,
        limits=LIMITS,
        run_card=lambda work, then: pending.append(lambda: then(work())),
    )
    card.place(HOLDER)
    flow.card_inserted()
    assert flow.busy
    pending.pop()()
    flow.submit_pin("1234")
    flow.card_removed()
    assert flow.screen == "welcome"
    pending.pop()()
    assert flow.screen == "welcome" and flow.state.holder is None and not flow.busy


# -- filing -------------------------------------------------------------------------------------


@sqlite_only
def test_signed_and_filed_then_the_done_screen_closes(filing: Visit, storage: Storage) -> None:
    filing.start("within")
    filing.walk()
    filing.flow.to_sign()
    filing.flow.sign([], 4.0)
    assert filing.state.sign_error == "empty" and records(storage) == []
    filing.flow.sign(SIGNATURE, 4.0)
    assert filing.flow.screen == "done"
    number = filing.state.reception_number
    assert number.startswith("1-")
    assert filing.flow.view()["receptionNumber"] == number
    [record] = records(storage)
    assert record.state is Status.CONFIRMED
    filing.flow.card_removed()  # the resident takes the card: the screen closes soon
    assert filing.flow.overlay == "done"
    filing.clock.t += 21
    filing.flow.tick()
    assert filing.flow.screen == "welcome" and filing.told("ended") == ["finished"]
    assert len(records(storage)) == 1, "a filed notification stays"


@sqlite_only
def test_staff_only_fields_hand_the_signed_notification_to_staff(
    filing: Visit, storage: Storage
) -> None:
    filing.start("into", "no", facts=FROM_AFAR)
    filing.walk()
    flagged = [r.key for s in filing.flow.confirm_sections() for r in s.rows if r.flagged]
    assert flagged == [], "転出証明書 and 住民票コード are staff's, not the resident's"
    filing.flow.to_sign()
    filing.flow.sign(SIGNATURE, 4.0)
    assert filing.flow.screen == "done"
    assert (filing.state.reception_number, filing.state.handed_to_staff) == ("", True)
    [record] = records(storage)
    assert record.state is Status.DRAFT
    filing.flow.cancel()  # leaving afterwards keeps what staff must finish
    assert len(records(storage)) == 1


@sqlite_only
def test_an_abandoned_visit_leaves_nothing(filing: Visit, storage: Storage) -> None:
    filing.start("within")
    filing.walk()
    filing.flow.cancel()
    assert filing.told("ended") == ["cancelled"]
    assert filing.flow.screen == "welcome" and records(storage) == []


# -- staff, actors, views, serialisation --------------------------------------------------------


def test_call_staff_keeps_everything_and_staff_can_drive(visit: Visit) -> None:
    visit.start("within")
    visit.to("household")
    before = visit.answers.to_dict()
    visit.flow.call_staff("help")
    assert visit.told("staff_called") == ["help"]
    assert visit.state.staff_call == "help" and visit.flow.view()["staffCall"] == "help"
    assert (visit.flow.screen, visit.flow.step) == ("step", "household")
    assert visit.answers.to_dict() == before, "nothing entered is lost"
    # a clerk at the desk answers for the resident; every change says who made it
    visit.flow.staff_arrived(actor=CLERK)
    visit.flow.set_head(0, actor=CLERK)
    visit.flow.next(actor=CLERK)
    assert visit.flow.step == "related" and visit.state.staff_call == ""
    history = visit.state.history
    assert [(c.actor, c.action) for c in history[-3:]] == [
        ("staff:clerk1", "staff_arrived"),
        ("staff:clerk1", "set_head"),
        ("staff:clerk1", "next"),
    ]
    assert history[-4].actor == f"resident:{visit.state.session_id}"
    assert [c.seq for c in history] == list(range(1, len(history) + 1))


def test_two_views_follow_one_flow(visit: Visit) -> None:
    desk: list[FlowEvent] = []
    stop = visit.flow.subscribe(desk.append)
    visit.start("within")
    assert desk == visit.events
    screens = [e.reason for e in desk if e.kind == "screen"]
    assert screens == ["pin", "identity", "furigana", "guide", "step"]
    stop()
    visit.flow.next()
    assert len(visit.events) > len(desk)

    def broken(event: FlowEvent) -> None:
        raise RuntimeError("a view that fails")

    visit.flow.subscribe(broken)
    visit.flow.back()  # one broken view stops neither the flow nor the others
    assert visit.flow.step == "date" and visit.events[-1].kind == "changed"


def test_the_state_serialises_and_restores(visit: Visit, counter: ResidentService) -> None:
    visit.start("into", "no", facts=FROM_AFAR)
    visit.to("members")
    visit.flow.add_member_by_card()
    visit.card.place(SPOUSE, "9876")
    visit.flow.card_inserted()
    visit.flow.submit_pin("9876")
    visit.flow.add_member_for_staff()
    visit.flow.next()
    visit.flow.set_head(0)
    visit.flow.set_relationship(1, "妻")
    visit.flow.set_calendar("seireki")
    visit.flow.call_staff("help")
    data = json.loads(json.dumps(visit.flow.to_dict()))
    text = json.dumps(data, ensure_ascii=False)
    assert "9876" not in text and "1234" not in text, "never the PIN"
    assert data["answers"]["members"][1]["card"]["name"] == "山田　花子"

    restored = ResidentFlow(counter, card=FakeCard(), state=FlowState.from_dict(data))
    assert restored.to_dict() == visit.flow.to_dict()
    assert restored.view() == visit.flow.view()
    assert restored.checked()[0].model_dump() == visit.flow.checked()[0].model_dump()
    restored.set_relationship(2, "子")  # and it carries on where the other left off
    restored.next(actor=CLERK)
    assert restored.step == "related"
    with pytest.raises(ValueError, match="format"):
        FlowState.from_dict({**data, "format": 99})


# -- dates in the resident's language and calendar ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "moved", "other"),
    [
        ("ja", "令和8年4月13日", "2026年4月13日"),
        (
            "ja-easy",
            "{令和|れいわ}8{年|ねん}4{月|がつ}13{日|にち}",
            "2026{年|ねん}4{月|がつ}13{日|にち}",
        ),
        ("en", "April 13, 2026", "April 13, Reiwa 8"),
        ("zh", "2026年4月13日", "令和8年4月13日"),
        ("ko", "2026년 4월 13일", "레이와 8년 4월 13일"),
        ("vi", "ngày 13 tháng 4 năm 2026", "ngày 13 tháng 4 năm Reiwa 8"),
        ("pt", "13 de abril de 2026", "13 de abril de Reiwa 8"),
        ("es", "13 de abril de 2026", "13 de abril de Reiwa 8"),
        ("fil", "Abril 13, 2026", "Abril 13, Reiwa 8"),
        ("ne", "2026 अप्रिल 13", "रेइवा 8 अप्रिल 13"),
    ],
)
def test_dates_follow_the_language_and_its_calendar(
    visit: Visit, language: str, moved: str, other: str
) -> None:
    """Japanese readers start in 和暦, everyone else in 西暦; every date shown follows."""
    visit.flow.set_language(language)
    visit.start("within")
    visit.flow.set_date_days_ago(1)
    view = visit.flow.view()
    assert (view["moveDate"], view["moveDateOther"]) == (moved, other)
    visit.walk()
    todoke = visit.flow.confirm_sections()[0].rows
    assert [r.value for r in todoke if r.key == "moveDate"] == [moved]


def test_a_chosen_calendar_is_used_on_every_screen(visit: Visit) -> None:
    """The bug residents met: "Moving date 令和8年4月14日" after choosing the Western calendar."""
    visit.flow.set_language("en")
    visit.start("within")
    visit.flow.set_calendar("wareki")
    visit.flow.set_calendar("seireki")
    visit.walk()
    visit.flow.to_sign()
    rows = {r.key: r.value for s in visit.flow.confirm_sections() for r in s.rows}
    assert rows["moveDate"] == "April 13, 2026" and rows["filedOn"] == "April 14, 2026"
    [person] = [r for s in visit.flow.confirm_sections() for r in s.rows if r.key == "person"]
    assert person.birth == "February 17, 1980"
    view = visit.flow.view()
    assert view["holder"]["birth"] == "February 17, 1980"
    assert view["holder"]["birthOther"] == "February 17, Showa 55"
    assert view["filedOn"] == "April 14, 2026"
    assert not any("令和" in str(v) for v in (view["moveDate"], view["filedOn"]))


# -- 照合番号B: no PIN -------------------------------------------------------------------------

FACE = CardFace(55, 2, 17, 2035, "2285")  # 昭和55年2月17日, 有効期限 2035, セキュリティコード 2285


def test_without_the_pin_the_card_opens_with_code_b(visit: Visit) -> None:
    visit.card.place(HOLDER, "1234")
    visit.flow.card_inserted()
    visit.flow.forgot_pin()
    assert (visit.flow.screen, visit.state.secret, visit.state.tries_left) == (
        "codeB",
        "code_b",
        10,
    )
    assert visit.card.verifies == 0, "only the tries were asked"
    visit.flow.submit_code_b(FACE)
    assert visit.flow.screen == "identity" and visit.card.verifies == 1
    assert visit.state.holder == HOLDER and visit.state.secret == "pin"
    text = json.dumps(visit.flow.to_dict())
    assert "2285" not in text and "550217" not in text, "the code is never kept"


def test_a_wrong_code_b_costs_one_try_and_the_last_needs_a_yes(visit: Visit) -> None:
    visit.card.place(HOLDER)
    visit.card.placed.code_b_tries = 2  # type: ignore[union-attr]
    visit.flow.card_inserted()
    visit.flow.forgot_pin()
    visit.flow.submit_code_b(CardFace(55, 2, 17, 2035, "9999"))
    assert (visit.state.pin_error, visit.state.tries_left) == ("wrong_code_b", 1)
    assert visit.card.verifies == 1
    visit.flow.submit_code_b(FACE)  # the last try: nothing is sent without an explicit yes
    assert visit.state.pin_error == "code_b_last_try" and visit.card.verifies == 1
    visit.flow.confirm_last_try()
    visit.flow.submit_code_b(FACE)
    assert visit.flow.screen == "identity" and visit.card.verifies == 2


@pytest.mark.parametrize(
    ("face", "error"),
    [
        (CardFace(55, 13, 17, 2035, "2285"), "code_b_birth"),
        (CardFace(55, 2, 30, 2035, "2285"), "code_b_birth"),
        (CardFace(2035, 2, 17, 1980, "2285"), "code_b_birth"),  # parts typed in the wrong order
        (CardFace(1998, 7, 9, 2015, "4817"), "code_b_expiry"),
        (CardFace(1998, 7, 9, 2031, "48"), "code_b_security_code"),
    ],
)
def test_a_code_b_no_card_face_shows_costs_no_try(visit: Visit, face: CardFace, error: str) -> None:
    visit.card.place(HOLDER)
    visit.flow.card_inserted()
    visit.flow.forgot_pin()
    visit.flow.submit_code_b(face)
    assert visit.state.pin_error == error
    assert (visit.card.verifies, visit.state.tries_left) == (0, 10)


def test_a_blocked_code_b_sends_to_staff_and_back_returns_to_the_pin(visit: Visit) -> None:
    visit.card.place(HOLDER)
    visit.card.placed.code_b_tries = 0  # type: ignore[union-attr]
    visit.flow.card_inserted()
    visit.flow.forgot_pin()
    assert (visit.flow.screen, visit.state.secret) == ("blocked", "code_b")
    visit.flow.back()
    assert (visit.flow.screen, visit.state.secret, visit.state.tries_left) == ("pin", "pin", 3)
    visit.flow.forgot_pin()
    visit.flow.without_card()
    assert visit.flow.screen == "staff" and visit.told("staff_called") == ["code_b_blocked"]
    assert visit.card.verifies == 0


def test_a_locked_pin_can_still_open_with_code_b(visit: Visit) -> None:
    visit.card.place(HOLDER, tries=0)
    visit.flow.card_inserted()
    assert visit.flow.screen == "blocked"
    visit.flow.forgot_pin()
    visit.flow.submit_code_b(FACE)
    assert visit.flow.screen == "identity"


# -- choosing the address without a 郵便番号 ----------------------------------------------------


def test_no_postal_code_choose_prefecture_municipality_town(visit: Visit) -> None:
    visit.start("into", "no", facts=FROM_AFAR)
    visit.to("postal")
    visit.flow.address_unknown()
    view = visit.flow.view()
    assert visit.flow.step == "candidates" and view["browse"]["level"] == "prefecture"
    prefectures = [o["text"] for o in view["browse"]["options"]]
    assert prefectures[0] == "北海道" and prefectures[12] == "東京都" and len(prefectures) == 47
    visit.flow.browse_choose(12)
    places = [o["text"] for o in visit.flow.view()["browse"]["options"]]
    visit.flow.browse_choose(places.index("清瀬市"))
    towns = [o["text"] for o in visit.flow.view()["browse"]["options"]]
    assert "元町" in towns and "" not in towns
    visit.flow.back()  # one level up, nothing lost
    assert visit.flow.view()["browse"]["level"] == "municipality"
    visit.flow.browse_choose(places.index("清瀬市"))
    visit.flow.browse_choose(towns.index("元町"))
    assert visit.flow.step == "banchi" and not visit.state.browsing
    chosen = visit.answers.new_address
    assert chosen is not None and chosen.one_line() == "東京都清瀬市元町"
    assert chosen.postal_code == "204-0021" and chosen.lg_code == "132217"


def test_a_tenkyo_chooses_among_its_own_towns_and_back_reaches_the_postal_code(
    make_config: Callable[..., Config],
) -> None:
    config = make_config(KIOSK_MUNICIPALITY_NAME="清瀬市", KIOSK_MUNICIPALITY_CODE="132217")
    visit = Visit(ResidentService(config, None, today=lambda: TODAY, terminal="t1"))
    visit.start("within")
    visit.to("candidates")
    visit.flow.address_unknown()  # "not in this list"
    browse = visit.flow.view()["browse"]
    assert (browse["level"], browse["municipality"]) == ("town", "清瀬市")
    for _ in range(3):
        visit.flow.back()
    assert visit.flow.step == "postal" and not visit.state.browsing


# -- a call for staff reaches every desk ---------------------------------------------------------


def _linked(visit: Visit, storage: Storage) -> Any:
    """The screen's visit kept in the shared table, as every resident screen's is."""
    from kiosk.visits import VisitLink, VisitStore

    link = VisitLink(visit.flow, VisitStore(storage), "t1")
    link.push()
    return link


def test_call_staff_is_listed_for_the_desks_with_every_answer(
    filing: Visit, storage: Storage
) -> None:
    from kiosk import staff_calls
    from kiosk.changes import ChangeWatcher

    link = _linked(filing, storage)
    watcher = ChangeWatcher(storage, poll_interval=0.01)
    filing.start("within")
    filing.to("household")
    filing.flow.call_staff("help")
    assert staff_calls.CALLED in [c.status for c in watcher.wait(timeout=1.0)]
    with storage.reader() as s:
        [call] = staff_calls.open_calls(s)
    assert (call.terminal, call.reason, call.driver) == ("t1", "help", "")
    assert call.notification_id is not None
    assert str(call.notification_id) == filing.state.session_id
    [record] = records(storage)
    assert record.state is Status.DRAFT and record.reception_no is None, "nothing filed"
    from kiosk import workflow

    with storage.reader() as s:
        draft = workflow.load(s, call.notification_id)
    assert draft.new_address.one_line() == "東京都清瀬市元町３－５－８"
    assert filing.flow.step == "household", "the visit goes on"
    call_id = filing.state.staff_call_id
    filing.flow.answer_call(actor=CLERK)  # the desk answers: the banner and the notice go
    assert filing.state.staff_call == "" and filing.flow.view()["staffCall"] == ""
    with storage.reader() as s:
        assert staff_calls.open_calls(s) == []
        [answered] = [e for e in s.query(AuditEntry).filter_by(action=staff_calls.ANSWERED).all()]
    assert (answered.subject, answered.actor, json.loads(answered.detail)) == (
        call_id,
        "staff:clerk1",
        {"how": "answered"},
    )
    filing.flow.cancel()  # leaving wipes the draft the desk was shown
    assert records(storage) == []
    watcher.close()
    link.close()


def test_a_call_before_any_card_names_the_tablet(filing: Visit, storage: Storage) -> None:
    from kiosk import staff_calls

    link = _linked(filing, storage)
    filing.flow.without_card()
    with storage.reader() as s:
        [call] = staff_calls.open_calls(s)
    assert (call.terminal, call.reason, call.notification_id) == ("t1", "no_card", None)
    link.close()


def test_a_call_closes_with_the_visit_and_a_newer_one_replaces_it(
    filing: Visit, storage: Storage
) -> None:
    """Every end of a call is recorded, with how it ended: the resident who calls twice has
    one open call, and leaving closes it."""
    from kiosk import staff_calls

    link = _linked(filing, storage)
    filing.start("within")
    filing.flow.call_staff("help")
    first = filing.state.staff_call_id
    filing.flow.without_card()  # e.g. the last try: a second call replaces the first
    second = filing.state.staff_call_id
    assert first and second and first != second
    filing.flow.cancel()
    with storage.reader() as s:
        assert staff_calls.open_calls(s) == []
        ends = {
            e.subject: json.loads(e.detail)["how"]
            for e in s.query(AuditEntry).filter_by(action=staff_calls.ANSWERED).all()
        }
    assert ends == {first: "replaced", second: "ended"}
    link.close()
