"""The resident flow (受付の流れ): one visit at the counter, from the card to the done screen.

Plain Python, no Qt: the touch screens (``ui.resident``) are a thin view over it, and the desk
can drive the very same flow (a clerk typing while the resident watches), follow it, or take
over a self-service visit after a "call staff" and hand it back.

What it holds — one owner for everything of a visit (:class:`FlowState`): the screen and step,
the :class:`Answers`, the card holder's four facts, the PIN stage's counters, the 受付番号.
Never the PIN or 照合番号B, never the 個人番号.

What it decides:

- the steps per kind (:func:`steps_for`), next / back / edit from the confirm screen;
- whether a step may go on: the resident answered it, and :func:`forms.check` on the draft
  finds no error the resident can correct in the step's fields (:mod:`kiosk.flow.steps`). The
  rules run at most once per change of the answers (:meth:`ResidentFlow.checked` caches the
  draft and its verdict);
- the confirm screen's sections as data (:func:`confirm_sections`), every date in the
  resident's language and calendar (:mod:`kiosk.flow.dates`: 和暦 first for Japanese readers,
  西暦 for everyone else);
- the card stage with the PIN or, for a resident who does not know it, 照合番号B from the card
  face (:class:`CardFace`), both guarded alike: tries left first, no retry by itself, the last
  try only after :meth:`~ResidentFlow.confirm_last_try`;
- an address without its 郵便番号: 都道府県 → 市区町村 → 町字 from the offline postal data;
- a call for staff reaches every desk through the core (:mod:`kiosk.staff_calls`), with the
  draft so far, and the visit goes on;
- every timer (idle, its warning, the card-removal grace, the done screen) through one
  :class:`kiosk.sessions.SessionTimer` on an injectable clock; screens only call
  :meth:`ResidentFlow.tick` and show :attr:`~ResidentFlow.overlay` / ``countdown``;
- the end of a visit (wipe) and its reason.

The card is read through a small protocol, :class:`CardAccess` (the counter's
:class:`kiosk.resident_service.ResidentService`; fake facts in unit tests), handed to a
``run_card`` runner (screens run it on a worker thread; by default it runs at once).

API::

    flow = ResidentFlow(service, card=None, limits=Limits(), clock=time.monotonic,
                        run_card=None, state=None)

    # commands: each takes actor=None (the resident at the screen) or a kiosk.workflow.Actor
    # (Actor.staff(login, roles, terminal) when the desk drives); each is recorded in
    # state.history as Change(seq, actor audit id, method name), values never recorded.
    flow.card_inserted() / card_removed()                    # from the reader ("reader")
    flow.submit_pin(pin) / confirm_last_try() / without_card()
    flow.forgot_pin()                                        # pin (or locked pin) → codeB
    flow.submit_code_b(CardFace(birth_year, birth_month, birth_day, expiry_year, code))
    flow.confirm_identity(is_me) / guide_answer(answer) / guide_back()
    flow.choose_reading(part, i) / type_reading(part, text)  # 振り仮名 (kiosk.flow.furigana)
    flow.confirm_reading() / skip_reading()
    flow.next() / back() / edit(step)
    flow.set_calendar(c) / set_moved_on(d) / adjust_date(part, delta) / set_date_days_ago(n)
    flow.lookup_postal(code) / choose_candidate(i) / set_banchi(t) / set_katagaki(t)
    flow.address_unknown() / browse_choose(i)               # no 郵便番号: 都道府県 → 市区町村
                                                             # → 町字 (back() goes up one level)
    flow.set_country(country, address)
    flow.add_member_by_card() / add_member_for_staff(rel="") / remove_member(i)
    flow.set_head(i) / set_relationship(i, rel) / set_related(code, yes)
    flow.to_sign() / sign(strokes, aspect) / finish() / cancel()
    flow.call_staff(reason="help") / staff_arrived()         # the visit goes on, all kept;
                                                             # the desks see it (kiosk.staff_calls)
    flow.set_language(code)
    flow.tick() / touch()                                    # timers; touch = activity

    # 対面受付, staff-led (kiosk.flow.interview; staff's Actor, the resident's own where said)
    flow.start_staff_led(actor, card=True) / take_over(actor) / hand_back(actor)
    flow.choose_kind(kind, abroad=False)                      # 世帯変更 included
    flow.set_filer(kubun, relationship="", moves=None) / set_filer_identity(method, documents)
    flow.see_power_of_attorney(seen=True) / set_filer_details(family, given, …, address, phone)
    flow.add_member_details(family, given, kana…, birth_date, sex, relationship)
    flow.set_member_details(i, …) / set_previous_address(text) / set_setai(kubun)
    flow.set_certificate(address, head_name, planned_on)     # the paper 転出証明書 (転入)
    flow.set_member_certificate(i, name, birth_date, sex, juminhyo_code)
    flow.confirm_section(key)                                 # the resident, one per section
    flow.sign_on_paper(actor)                                 # print-and-sign: staff checked it
    flow.may(action, actor) / in_visit() / led / findings() / step_findings()
    flow.unconfirmed_sections() / all_confirmed() / certificate_check() / form_for_paper()
    flow.restore(state)                                       # another view saved this visit

    # reading
    flow.state            # FlowState (read only); flow.screen, flow.step, flow.steps
    flow.busy, flow.overlay ("idle" | "removed" | "done" | ""), flow.countdown (seconds)
    flow.view()           # the screens' map (kiosk.flow.view.screen_view)
    flow.checked()        # (draft Notification, CheckResult), cached per change
    flow.confirm_sections()
    flow.to_dict()        # JSON-ready; ResidentFlow(service, state=FlowState.from_dict(d))

    # following: two views can follow one flow
    stop = flow.subscribe(listener)   # listener(FlowEvent(kind, actor, reason))
    # kinds: "changed", "screen" (reason = screen), "busy", "timer" (reason = overlay),
    #        "staff_called" (reason = why: help | no_card | last_try | code_b | pin_blocked |
    #        code_b_blocked | not_me | other_kind), "ended" (reason = finished | idle |
    #        card_removed | cancelled | not_me | other_kind), "refused" (reason = the command a
    #        driver rule refused); events come on the flow's thread, after the command that
    #        caused them has completed.

The serialised state (:meth:`FlowState.to_dict`, ``format`` 1) is::

    {"format": 1, "screen": str, "language": str, "session_id": str,
     "holder": {"name", "address", "birth_date" (ISO), "sex"} | None,
     "answers": {"kind": "tenkyo" | "tennyu" | "tenshutsu" | None, "abroad": bool,
                 "moved_on": ISO | None, "postal_code": str,
                 "new_address": Address | None, "destination": Address | None,
                 "banchi": str, "katagaki": str, "abroad_country": str, "abroad_address": str,
                 "members": [{"card": facts | None, "relationship": str, "staff_enters": bool,
                              "reading": {"family", "given", "status"} | None,
                              "details": {"family", "given", "family_kana", "given_kana",
                                          "birth_date" (ISO | None), "sex"} | None,
                              "certificate": {"name", "birth_date", "sex", "juminhyo_code"}
                                             | None}],
                 "head": int | None, "head_outside": bool, "related": {code: bool},
                 "filer": {"kubun", "relationship", "moves": bool, "id_method",
                           "id_documents": [str], "power_of_attorney": bool, "poa_seen_by",
                           "poa_seen_at": ISO | None, "phone", "details": {…} | None,
                           "address", "reading": {…} | None},
                 "previous_address": str, "setai": str,
                 "certificate": {"address", "head_name", "planned_on": ISO | None} | None},
     "guide_step": str, "step_index": int, "returning_to_confirm": bool,
     "calendar": "wareki" | "seireki" | "" (the language decides), "step_error": str,
     "sign_error": str, "tries_left": int, "pin_error": str, "last_try_confirmed": bool,
     "reading_member": bool, "secret": "pin" | "code_b", "browsing": bool,
     "browse_prefecture": str, "browse_municipality": str, "reception_number": str,
     "handed_to_staff": bool, "staff_call": str,
     "mode": "self_service" | "staff_led", "driver": str (a staff audit id, "" = resident),
     "signing": "screen" | "paper",
     "confirmations": [{"section", "by", "at" (ISO, UTC), "digest"}], "revision": int,
     "history": [{"seq": int, "actor": str, "action": str}]}

(``Address`` as :meth:`forms.model.Address.model_dump` in JSON mode, defaults left out.)
"""

from __future__ import annotations

from kiosk.flow.answers import (
    RELATIONSHIPS,
    UNKNOWN_RELATIONSHIP,
    Answers,
    Member,
    to_fullwidth_banchi,
)
from kiosk.flow.card import CardAccess, CardFace, CardFacts, ProblemCode, ResidentCardProblem
from kiosk.flow.confirm import Row, Section, confirm_sections
from kiosk.flow.dates import default_calendar, format_date
from kiosk.flow.draft import build_notification, resident_errors, staff_fields
from kiosk.flow.resident import (
    STAFF_TAKES_OVER,
    CardRunner,
    EventKind,
    FlowEvent,
    FlowService,
    Listener,
    ResidentFlow,
)
from kiosk.flow.state import Change, Confirmation, FlowState
from kiosk.flow.steps import RELATED_QUESTIONS, related_questions, step_error, steps_for
from kiosk.sessions import Limits

__all__ = [
    "RELATED_QUESTIONS",
    "RELATIONSHIPS",
    "STAFF_TAKES_OVER",
    "UNKNOWN_RELATIONSHIP",
    "Answers",
    "CardAccess",
    "CardFace",
    "CardFacts",
    "CardRunner",
    "Change",
    "Confirmation",
    "EventKind",
    "FlowEvent",
    "FlowService",
    "FlowState",
    "Limits",
    "Listener",
    "Member",
    "ProblemCode",
    "ResidentCardProblem",
    "ResidentFlow",
    "Row",
    "Section",
    "build_notification",
    "confirm_sections",
    "default_calendar",
    "format_date",
    "related_questions",
    "resident_errors",
    "staff_fields",
    "step_error",
    "steps_for",
    "to_fullwidth_banchi",
]
