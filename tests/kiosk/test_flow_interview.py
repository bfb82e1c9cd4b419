"""対面受付 without Qt: a clerk drives the resident flow; the resident confirms and signs.

The same fakes as ``test_flow`` (a card on a fake reader, a fake clock) and the real rules and
storage: a visit led by the desk with a 任意代理人's card, one without any card, a take-over
after a call for staff and its hand-back, printing for a signature by hand, a 転入's paper
転出証明書 checked against the card, and a 世帯変更.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from forms.model import FilerKubun, IntakeMode, Kind, SetaiHenkoKubun
from kiosk import workflow
from kiosk.config import Config
from kiosk.flow import CardFacts, FlowState, ResidentFlow
from kiosk.models import Status
from kiosk.resident_service import ResidentService
from kiosk.storage import Storage
from kiosk.workflow import Actor
from tests.kiosk.test_flow import HOLDER, SIGNATURE, TODAY, Visit, records, sqlite_only

CLERK = Actor.staff("clerk1", ["受付"], "desk-1")
AGENT = CardFacts("吉田　隆", "東京都清瀬市元町１－２－３", date(1970, 7, 7), "1")
AT = datetime(2026, 4, 14, 1, 30, tzinfo=UTC)


@pytest.fixture
def counter(make_config: Callable[..., Config]) -> ResidentService:
    """The counter without a database."""
    return ResidentService(make_config(), None, today=lambda: TODAY, terminal="t1")


@pytest.fixture
def visit(counter: ResidentService) -> Visit:
    return Visit(counter)


@pytest.fixture
def filing(config: Config, storage: Storage) -> Visit:
    """A visit whose notification is filed in the database."""
    return Visit(ResidentService(config, storage, today=lambda: TODAY, terminal="t1"))


def refused(v: Visit) -> list[str]:
    return v.told("refused")


def lead_with_card(
    v: Visit, facts: CardFacts = HOLDER, reading: tuple[str, str] | None = None
) -> None:
    """The desk starts a visit it leads; the card goes on the reader, the resident types the
    PIN on the screen, the clerk checks the face and confirms the identity, the resident
    gives the 振り仮名 of their name on the screen (or leaves it to staff)."""
    v.flow.now = lambda: AT
    v.flow.start_staff_led(CLERK)
    assert (v.flow.screen, v.state.mode, v.state.driver) == ("welcome", "staff_led", "staff:clerk1")
    v.read(facts)
    assert v.flow.screen == "identity"
    v.flow.confirm_identity(True, actor=CLERK)
    assert v.flow.screen == "furigana"
    if reading is None:
        v.flow.skip_reading()
    else:
        v.flow.type_reading("family", reading[0])
        v.flow.type_reading("given", reading[1])
        v.flow.confirm_reading()
    assert v.flow.screen == "guide"


def to_confirm(v: Visit) -> list[str]:
    """The clerk answers each step (as the desk does) to the confirm screen."""
    f, seen = v.flow, []
    while f.screen == "step":
        step = f.step
        seen.append(step)
        if step == "filer":
            pass
        elif step == "date":
            f.set_date_days_ago(2, actor=CLERK)
        elif step == "postal":
            f.lookup_postal("2040021", actor=CLERK)
            continue
        elif step == "candidates":
            f.choose_candidate(0, actor=CLERK)
            continue
        elif step == "banchi":
            f.set_banchi("3-5-8", actor=CLERK)
        elif step == "household":
            f.set_head(0, actor=CLERK)
        elif step == "related":
            for code in f.view()["relatedQuestions"]:
                f.set_related(code, False, actor=CLERK)
        f.next(actor=CLERK)
        assert v.state.step_error == "", f"{step}: {v.state.step_error} {f.findings()}"
        assert len(seen) < 20
    assert f.screen == "confirm"
    return seen


def confirm_all(v: Visit) -> None:
    for key in list(v.flow.unconfirmed_sections()):
        v.flow.confirm_section(key)
    assert v.flow.unconfirmed_sections() == []


@sqlite_only
def test_an_agent_files_for_a_resident_the_desk_leads(filing: Visit, storage: Storage) -> None:
    v = filing
    lead_with_card(v, AGENT, ("よしだ", "たかし"))
    v.flow.guide_answer("within")  # a resident's button does nothing while the clerk leads
    assert refused(v) == ["guide_answer"] and v.flow.screen == "guide"
    v.flow.choose_kind(Kind.TENKYO, actor=CLERK)
    assert v.flow.step == "filer"
    v.flow.set_filer("nini_dairinin", "知人", actor=CLERK)
    assert v.answers.members == [], "the agent's card is not a person moving"
    v.flow.next(actor=CLERK)
    assert v.state.step_error == "filer_invalid"
    assert "power_of_attorney_missing" in {f.code for f in v.flow.findings()}
    v.flow.see_power_of_attorney(actor=CLERK)
    v.flow.next(actor=CLERK)
    assert v.flow.step == "date", [(f.field, f.code) for f in v.flow.findings()]
    assert v.flow.steps == [
        "filer",
        "date",
        "previous",
        "postal",
        "candidates",
        "banchi",
        "katagaki",
        "members",
        "household",
        "related",
    ]
    v.flow.set_date_days_ago(2, actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.next(actor=CLERK)  # the address left is not known yet
    assert (v.flow.step, v.state.step_error) == ("previous", "previous_missing")
    v.flow.set_previous_address(HOLDER.address, actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.lookup_postal("2040021", actor=CLERK)
    v.flow.choose_candidate(0, actor=CLERK)
    v.flow.set_banchi("3-5-8", actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.next(actor=CLERK)
    assert v.flow.step == "members", (v.state.step_error, v.state.history[-6:])
    v.flow.add_member_details(
        "黒桐", "幹也", "こくとう", "ミキヤ", date(1980, 2, 17), "1", actor=CLERK
    )
    assert v.answers.members[0].details is not None
    assert v.answers.members[0].details.family_kana == "コクトウ"
    assert to_confirm(v) == ["members", "household", "related"]
    # The resident's part: every section, one tap each, then the signature.
    v.flow.to_sign()
    assert v.flow.screen == "confirm", "not before every section is confirmed"
    keys = v.flow.unconfirmed_sections()
    assert keys[:3] == ["filer", "todoke", "newAddress"] and "persons" in keys
    confirm_all(v)
    # A change by the clerk after the resident confirmed it unconfirms that section only.
    v.flow.edit("banchi", actor=CLERK)
    v.flow.set_banchi("3-5-9", actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.next(actor=CLERK)  # the 方書, then back to the confirm screen
    assert v.flow.screen == "confirm"
    assert v.flow.unconfirmed_sections() == ["newAddress"]
    v.flow.confirm_section("newAddress")
    v.flow.sign(SIGNATURE, 4.0, actor=CLERK)  # the clerk cannot sign
    v.flow.to_sign()
    v.flow.sign(SIGNATURE, 4.0)
    assert v.flow.screen == "done", v.state.sign_error
    assert refused(v)[-1] == "sign"
    [record] = records(storage)
    n = workflow.notification_of(record)
    assert record.status == "confirmed" and n.jimu.reception_number
    f = n.filer
    assert (f.kubun, f.relationship) == (FilerKubun.NINI_DAIRININ, "知人")
    assert f.name.full() == "吉田　隆" and n.is_card_verified("filer.name.family")
    assert (f.name.family_kana, f.name.given_kana, f.name.kana_confirmed) == (
        "ヨシダ",
        "タカシ",
        True,
    ), "the agent's own reading, given on the screen"
    assert n.persons[0].name.family_kana == "コクトウ", "the clerk's, from documents"
    assert f.id_check.method == "ic" and f.power_of_attorney
    assert (f.power_of_attorney_seen_by, f.power_of_attorney_seen_at) == ("clerk1", AT)
    assert [p.name.full() for p in n.persons] == ["黒桐　幹也"]
    assert not any(p.startswith("persons.") for p in n.provenance), "typed, not read"
    assert n.previous_address.municipality == "清瀬市"
    assert n.jimu.intake_mode is IntakeMode.STAFF_LED and n.jimu.received_by == "clerk1"
    confirmed = [(c.section, c.at) for c in n.jimu.confirmations]
    assert ("newAddress", AT) in confirmed and len(confirmed) == len(keys)
    assert all(c.by == f"resident:{n.id}" for c in n.jimu.confirmations)


def test_staff_never_type_the_pin_confirm_or_sign(visit: Visit) -> None:
    v = visit
    v.flow.start_staff_led(CLERK)
    v.card.place(HOLDER)
    v.flow.card_inserted()
    v.flow.submit_pin("1234", actor=CLERK)
    assert v.card.verifies == 0 and refused(v) == ["submit_pin"]
    v.flow.submit_pin("1234")  # the resident, on the screen
    assert v.flow.screen == "identity"


@sqlite_only
def test_the_desk_takes_a_call_over_and_hands_it_back(filing: Visit, storage: Storage) -> None:
    v = filing
    v.start("within")
    v.to("household")
    v.flow.call_staff("help")
    before = v.answers.to_dict()
    v.flow.take_over(CLERK)
    s = v.state
    assert (s.driver, s.mode, s.staff_call) == ("staff:clerk1", "staff_led", "")
    assert (v.flow.screen, v.flow.step) == ("step", "household"), "the same step"
    assert v.answers.to_dict() == before, "everything entered so far"
    assert v.flow.view()["mirror"] is True
    v.flow.set_head(0)  # the screen is read-only now
    assert refused(v) == ["set_head"] and v.answers.head is None
    v.flow.set_head(0, actor=CLERK)
    v.flow.next(actor=CLERK)
    assert v.flow.step == "related"
    v.flow.hand_back(CLERK)
    assert (v.state.driver, v.state.mode, v.flow.step) == ("", "self_service", "related")
    assert v.flow.view()["mirror"] is False
    v.answer("related")
    v.flow.to_sign()
    v.flow.sign(SIGNATURE, 4.0)
    assert v.flow.screen == "done", v.state.sign_error
    [record] = records(storage)
    n = workflow.notification_of(record)
    assert n.jimu.intake_mode is IntakeMode.SELF_SERVICE and n.jimu.confirmations == []
    assert n.persons[0].relationship == "世帯主", "what the clerk entered is kept"


def test_no_idle_timeout_while_the_clerk_leads(visit: Visit) -> None:
    v = visit
    lead_with_card(v)
    v.flow.choose_kind(Kind.TENKYO, actor=CLERK)
    v.clock.t += 10_000  # a long interview: documents, phone calls
    v.flow.tick()
    v.card.placed = None
    v.flow.card_removed()  # the resident takes the card back
    v.clock.t += 60
    v.flow.tick()
    assert v.flow.screen == "step" and v.told("ended") == []


@sqlite_only
def test_a_visit_without_any_card(filing: Visit, storage: Storage) -> None:
    v = filing
    v.flow.now = lambda: AT
    v.flow.start_staff_led(CLERK, card=False)
    assert v.flow.screen == "guide" and v.flow.in_visit() and v.state.holder is None
    v.flow.choose_kind(Kind.TENKYO, actor=CLERK)
    v.flow.set_filer_details(
        "山田", "花子", "やまだ", "はなこ", address="東京都清瀬市元町１－１", actor=CLERK
    )
    v.flow.set_filer("honnin", "本人", actor=CLERK)
    v.flow.set_filer_identity("other_documents", ["運転免許証", " "], actor=CLERK)
    v.flow.set_filer_identity("ic", actor=CLERK)  # no chip was read: refused quietly
    assert v.answers.filer.id_method == "other_documents"
    v.flow.next(actor=CLERK)
    v.flow.set_date_days_ago(1, actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.set_previous_address("東京都清瀬市元町１－１", actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.lookup_postal("2040021", actor=CLERK)
    v.flow.choose_candidate(0, actor=CLERK)
    v.flow.set_banchi("3-5-8", actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.next(actor=CLERK)
    assert (v.flow.step, v.state.step_error) == ("members", "member_details")
    v.flow.add_member_details(
        "山田", "花子", "ヤマダ", "ハナコ", date(1985, 3, 3), "2", actor=CLERK
    )
    to_confirm(v)
    confirm_all(v)
    v.flow.to_sign()
    v.flow.sign(SIGNATURE, 4.0)
    assert v.flow.screen == "done", v.state.sign_error
    [record] = records(storage)
    n = workflow.notification_of(record)
    assert n.filer.name.full() == "山田　花子" and n.filer.name.family_kana == "ヤマダ"
    assert n.filer.id_check.method == "other_documents"
    assert n.filer.id_check.documents == ["運転免許証"]
    assert n.provenance == {} or not any(n.is_card_verified(p) for p in n.provenance)
    assert n.jimu.intake_mode is IntakeMode.STAFF_LED


@sqlite_only
def test_printed_and_signed_by_hand(
    make_config: Callable[..., Config], storage: Storage, config: Config
) -> None:
    paper = make_config(config.database.url, KIOSK_COUNTER_SIGNATURE_BY_KIND='{"tenkyo":"paper"}')
    v = Visit(ResidentService(paper, storage, today=lambda: TODAY, terminal="t1"))
    v.flow.now = lambda: AT
    v.start("within")
    v.walk()
    v.flow.to_sign()
    assert v.flow.screen == "paperSign" and v.state.signing == "paper"
    assert v.told("staff_called") == ["paper_sign"]
    form = v.flow.form_for_paper()
    assert form.jimu.intake_mode is IntakeMode.PAPER_SIGNED and form.filer.signature.is_empty
    v.flow.sign(SIGNATURE, 4.0)  # no screen signature when the counter signs on paper
    # Nothing filed: the desk was called with the draft so far (入力中, no 受付番号).
    assert v.flow.screen == "paperSign"
    assert [(r.state, r.reception_no) for r in records(storage)] == [(Status.DRAFT, None)]
    v.flow.sign_on_paper()  # the resident cannot record it
    v.flow.sign_on_paper(actor=CLERK)
    assert v.flow.screen == "done", v.state.sign_error
    [record] = records(storage)
    n = workflow.notification_of(record)
    assert n.jimu.intake_mode is IntakeMode.PAPER_SIGNED and n.jimu.reception_number
    assert n.filer.paper_signature is not None
    assert (n.filer.paper_signature.checked_by, n.filer.paper_signature.checked_at) == (
        "clerk1",
        AT,
    )
    assert n.filer.signature.is_empty and n.jimu.signed_digest


def test_the_paper_certificate_is_checked_against_the_card(visit: Visit) -> None:
    v = visit
    lead_with_card(v)
    v.flow.choose_kind(Kind.TENNYU, actor=CLERK)
    assert "certificate" in v.flow.steps
    v.flow.set_certificate(
        "東京都清瀬市観布子南12-7-202", "黒桐　幹也", date(2026, 4, 1), actor=CLERK
    )
    v.flow.set_member_certificate(0, "黒桐 幹也", date(1980, 2, 17), "1", "12345678903", CLERK)
    assert v.flow.certificate_check() == [], "the same person, written another way"
    v.flow.set_member_certificate(0, "黒桐 幹哉", date(1980, 2, 18), "1", "12345678903", CLERK)
    check = v.flow.certificate_check()
    assert check == [
        "異動者1の氏名（カード 黒桐　幹也／証明書 黒桐 幹哉）",
        "異動者1の生年月日（カード 1980-02-17／証明書 1980-02-18）",
    ]
    n, _ = v.flow.checked()
    assert n.todoke.tenshutsu_shomei is not None and n.todoke.tenshutsu_shomei.value == "paper"
    assert n.persons[0].juminhyo_code == "12345678903"
    assert any(a.startswith("転出証明書とカードの照合: 異動者1の氏名") for a in n.jimu.alerts)


def test_a_household_change_has_a_path(visit: Visit) -> None:
    v = visit
    lead_with_card(v)
    v.flow.choose_kind(Kind.SETAI_HENKO, actor=CLERK)
    assert v.flow.steps == ["filer", "date", "setai", "members", "household", "related"]
    v.flow.next(actor=CLERK)
    v.flow.set_date_days_ago(0, actor=CLERK)
    v.flow.next(actor=CLERK)
    v.flow.next(actor=CLERK)
    assert (v.flow.step, v.state.step_error) == ("setai", "setai_missing")
    v.flow.set_setai("bunri", actor=CLERK)
    v.flow.next(actor=CLERK)
    to_confirm(v)
    n, result = v.flow.checked()
    assert n.todoke.setai_henko is SetaiHenkoKubun.BUNRI
    assert n.household.new_head_name == "黒桐　幹也"
    assert n.new_address.municipality == "清瀬市"
    assert [f.code for f in result.errors] == ["signature_missing"]


def test_the_state_of_a_led_visit_restores(visit: Visit, counter: ResidentService) -> None:
    v = visit
    lead_with_card(v, AGENT)
    v.flow.choose_kind(Kind.TENKYO, actor=CLERK)
    v.flow.set_filer("nini_dairinin", "知人", actor=CLERK)
    v.flow.see_power_of_attorney(actor=CLERK)
    v.flow.add_member_details("黒桐", "幹也", birth_date=date(1980, 2, 17), actor=CLERK)
    data = json.loads(json.dumps(v.flow.to_dict()))
    again = ResidentFlow(counter, state=FlowState.from_dict(data))
    assert again.to_dict() == v.flow.to_dict()
    assert again.state.answers.filer.poa_seen_at == AT
    assert again.view() == v.flow.view()
    again.next()  # still led by the clerk after the move
    assert again.step == "filer"


@pytest.mark.parametrize(
    ("action", "args", "by"),
    [
        ("take_over", (), None),
        ("see_power_of_attorney", (), None),
        ("sign_on_paper", (), None),
        ("confirm_section", ("todoke",), CLERK),
    ],
)
def test_who_may_give_which_command(
    visit: Visit, action: str, args: tuple[object, ...], by: Actor | None
) -> None:
    visit.start("within")
    before = visit.flow.to_dict()
    getattr(visit.flow, action)(*args, actor=by)
    assert refused(visit) == [action]
    assert visit.flow.to_dict() == before
