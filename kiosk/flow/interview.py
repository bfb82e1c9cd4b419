"""対面受付 (staff-led interview): the clerk's commands, and who may give which command.

In a staff-led visit a clerk at the desk drives the very same :class:`~kiosk.flow.ResidentFlow`
the touch screen shows: the resident's steps, plus what only a clerk asks (who files and how
their identity was checked, the address left when no card of a mover gives it, the paper
転出証明書 of a 転入, which household change a 世帯変更 is — :data:`~kiosk.flow.steps.
INTERVIEW_STEPS`). The touch screen meanwhile mirrors the form as it is filled in the resident's
language, read-only, and then asks the resident to confirm each section (a tap per section) and
sign. Nothing the resident has not seen is signed: a section changed after the resident
confirmed it is unconfirmed again (each confirmation keeps a digest of the section as shown),
and signing waits until every section is confirmed.

Who may do what (:func:`may`), whoever drives:

- only the resident types their PIN or 照合番号B, confirms a section and signs (staff never
  handle a card's secret, and never consent for the resident); the 振り仮名 of their name is
  theirs to give on the screen while a clerk leads (a clerk may answer it for them, recorded);
- only staff take a visit over, hand it back, start a staff-led visit, record the filer, the
  identity check, the 委任状, the persons and certificates they typed, and a signature on paper;
- while a clerk drives (``state.driver``), the screen is read-only for the resident but for
  their own acts above, their language, a call for staff and, at the done screen, leaving.

A refused command changes nothing and is told to the views as a ``refused`` event.

Take-over and hand-back: when a resident calls staff, the desk takes the visit over
(:meth:`Interview.take_over`) with everything entered so far and the same step; the clerk can
hand it back (:meth:`Interview.hand_back`): the resident goes on at the same step by themselves.

Print-and-sign: where the counter's configuration says ``paper`` for the kind
(``[counter] signature``), confirming leads to ``paperSign``: the desk prints the pre-filled form
(:meth:`Interview.form_for_paper`), the resident signs it by hand and the clerk records that they
checked the signature (:meth:`Interview.sign_on_paper`), which files it.

Each filed notification records how it was taken (``jimu.intake_mode``), the sections the
resident confirmed, by whom and when (``jimu.confirmations``, UTC), and the clerk who led it
(``jimu.received_by``).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import logging
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Any

from forms import kana
from forms.model import (
    IntakeMode,
    Kind,
    Notification,
    PaperSignature,
    SectionConfirmation,
    SetaiHenkoKubun,
)
from forms.rules import CheckResult, Finding
from kiosk.flow.answers import (
    FILER_KUBUN,
    ID_METHODS,
    Answers,
    Certificate,
    CertificateEntry,
    Member,
    PersonEntry,
)
from kiosk.flow.certificate import certificate_mismatches
from kiosk.flow.confirm import Section
from kiosk.flow.state import Confirmation, FlowState
from kiosk.flow.steps import INTERVIEW_FINDINGS, STEP_FINDINGS
from kiosk.workflow import Actor

log = logging.getLogger(__name__)

__all__ = [
    "RESIDENT_ONLY",
    "STAFF_ONLY",
    "STEP_ERRORS_JA",
    "Interview",
    "gate",
    "may",
    "section_digest",
]

#: The resident's own acts: a card's secret, consent section by section, the signature.
RESIDENT_ONLY = frozenset(
    {
        "submit_pin",
        "submit_code_b",
        "confirm_last_try",
        "forgot_pin",
        "confirm_section",
        "sign",
    }
)
#: What only staff do.
STAFF_ONLY = frozenset(
    {
        "start_staff_led",
        "take_over",
        "hand_back",
        "choose_kind",
        "set_filer",
        "set_filer_identity",
        "see_power_of_attorney",
        "set_filer_details",
        "add_member_details",
        "set_member_details",
        "set_previous_address",
        "set_certificate",
        "set_member_certificate",
        "set_setai",
        "sign_on_paper",
        "answer_call",
    }
)
#: What the resident may still do while a clerk drives (besides :data:`RESIDENT_ONLY`).
_RESIDENT_WHILE_LED = frozenset(
    {
        "set_language",
        "call_staff",
        "to_sign",
        "without_card",
        # the 振り仮名 of their own name, on the screen (kiosk.flow.furigana)
        "choose_reading",
        "type_reading",
        "confirm_reading",
        "skip_reading",
    }
)

#: A step's error code as the desk says it (the screens translate the same codes for residents).
STEP_ERRORS_JA: dict[str, str] = {
    "date_missing": "異動日を入力してください。",
    "date_future": "異動日が今日より後です（転入・転居は引っ越した後に届け出ます）。",
    "invalid": "入力した内容を確かめてください。",
    "postal_unknown": "郵便番号が見つかりません。",
    "choose_candidate": "住所の候補から選んでください。",
    "banchi_missing": "番地・号を入力してください。",
    "country_missing": "国名を入力してください。",
    "choose_head": "世帯主を選んでください。",
    "choose_relationship": "続柄が未入力の人がいます。",
    "answer_all": "関連手続の質問にすべて答えてください。",
    "filer_invalid": "届出人の記録に不足があります。",
    "previous_missing": "住所（異動前）を入力してください。",
    "certificate_missing": "転出証明書の内容を入力してください。",
    "certificate_invalid": "転出証明書の内容に不足か誤りがあります。",
    "setai_missing": "世帯変更の区分と新しい世帯主を入力してください。",
    "member_details": "異動者の氏名・生年月日・性別に不足があります。",
    "unconfirmed": "住民がまだ確認していない欄があります。",
    "rules": "届出にまだ誤りがあります。",
    "not_ready": "届出にまだ誤りがあります。",
}

_SECTION_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


def _who_is(actor: object) -> str:
    """``resident``, ``staff`` or ``system`` (the reader, the timer) for a command's actor."""
    if actor is None:
        return "resident"
    if isinstance(actor, Actor):
        return "staff" if actor.kind == "staff" else actor.kind
    return "system"


def may(state: FlowState, action: str, actor: object) -> bool:
    """Whether ``actor`` may give the command ``action`` now (see the module docstring)."""
    who = _who_is(actor)
    if who == "system":
        return True
    if action in RESIDENT_ONLY:
        return who == "resident"
    if action in STAFF_ONLY:
        return who == "staff"
    if state.driver and who == "resident":
        if action == "finish":
            return state.screen == "done"
        if action == "back":
            return state.screen == "sign"
        return action in _RESIDENT_WHILE_LED
    return True


def gate(cls: type) -> None:
    """Guard every command of ``cls`` (its methods taking ``actor``) with :func:`may`.

    Only the outermost command is judged: the commands one command calls are the flow's own.
    """
    for name, method in list(vars(cls).items()) + [
        (n, m) for base in cls.__mro__[1:] for n, m in vars(base).items() if n not in vars(cls)
    ]:
        if name.startswith("_") or not inspect.isfunction(method):
            continue
        signature = inspect.signature(method)
        if "actor" not in signature.parameters:
            continue
        setattr(cls, name, _guarded(name, method, signature))


def _guarded(name: str, method: Callable[..., Any], signature: inspect.Signature) -> Any:
    @functools.wraps(method)
    def command(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not self._depth:
            actor = signature.bind(self, *args, **kwargs).arguments.get("actor")
            if not may(self._state, name, actor):
                self._refused(name, actor)
                return None
        return method(self, *args, **kwargs)

    return command


def section_digest(section: Section) -> str:
    """What a section shows, as a digest: a confirmation holds for exactly this content."""
    text = json.dumps(section.to_dict(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


_REFUSED_CATEGORIES = ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def _text(value: str, limit: int) -> str:
    """Typed text as a field can hold it: printable characters only, one line, bounded."""
    clean = "".join(
        " " if unicodedata.category(ch) in ("Zl", "Zp") or ch in "\t\r\n" else ch
        for ch in unicodedata.normalize("NFC", value)
        if unicodedata.category(ch) not in _REFUSED_CATEGORIES or ch in "\t\r\n"
    )
    return clean.strip()[:limit]


def _kana(value: str) -> str:
    return kana.to_katakana(_text(value, 200))


def _sex(value: str) -> str:
    return value if value in ("1", "2", "9", "0") else ""


def _digits(value: str, limit: int) -> str:
    return re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", value))[:limit]


def _entry(
    family: str, given: str, family_kana: str, given_kana: str, birth_date: date | None, sex: str
) -> PersonEntry:
    return PersonEntry(
        family=_text(family, 100),
        given=_text(given, 100),
        family_kana=_kana(family_kana),
        given_kana=_kana(given_kana),
        birth_date=birth_date,
        sex=_sex(sex),
    )


class Interview:
    """The clerk's commands of :class:`~kiosk.flow.ResidentFlow` (a mixin: the flow provides
    its state, its change bookkeeping and its draft)."""

    #: UTC now, for the times recorded (confirmations, the 委任状 seen, a paper signature);
    #: replaceable (``flow.now = …``) so tests pin it.
    now: Callable[[], datetime] = staticmethod(lambda: datetime.now(UTC))

    # -- what the flow provides ----------------------------------------------------------------

    _state: FlowState
    _depth: int
    _actor: str

    def _change(
        self, action: str, actor: Actor | str | None, *, active: bool = True
    ) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _answered(self) -> None:
        raise NotImplementedError

    def _go(self, screen: str) -> None:
        raise NotImplementedError

    def _emit_refused(self, action: str, who: str) -> None:
        raise NotImplementedError

    def _close_call(self, how: str, actor: Actor | str | None) -> None:
        raise NotImplementedError

    def _who(self, actor: Actor | str | None) -> str:
        raise NotImplementedError

    def _file_notification(self, signed: Notification, result: CheckResult) -> bool:
        raise NotImplementedError

    def _today(self) -> date:
        raise NotImplementedError

    def checked(self) -> tuple[Notification, CheckResult]:
        raise NotImplementedError

    def confirm_sections(self) -> list[Section]:
        raise NotImplementedError

    @property
    def steps(self) -> list[str]:
        raise NotImplementedError

    @property
    def step(self) -> str:
        raise NotImplementedError

    # -- reading -------------------------------------------------------------------------------

    @property
    def led(self) -> bool:
        """A clerk drives the visit (the screen mirrors it)."""
        return bool(self._state.driver)

    def in_visit(self) -> bool:
        """A visit is under way: a card was read, or a clerk started one without a card."""
        s = self._state
        return s.holder is not None or (bool(s.session_id) and s.mode == "staff_led")

    def may(self, action: str, actor: Actor | None) -> bool:
        """Whether ``actor`` may give ``action`` now (for a desk to grey out a key)."""
        return may(self._state, action, actor)

    def _refused(self, action: str, actor: object) -> None:
        who = self._who(actor if isinstance(actor, Actor | str) else None)
        log.info("flow: %s refused for %s", action, who)
        self._emit_refused(action, who)

    def findings(self) -> list[Finding]:
        """The rules' errors on the draft as the desk sees them (every field, staff's too)."""
        if not self.in_visit():
            return []
        try:
            return list(self.checked()[1].errors)
        except Exception:  # a draft that cannot be built shows as nothing to do: staff review
            log.exception("could not build the draft for the desk")
            return []

    def step_findings(self) -> list[Finding]:
        """The rules' errors on the fields the step shown answers (every error at the confirm
        screen); the signature, the resident's to give, is left out."""
        found = [f for f in self.findings() if f.code != "signature_missing"]
        if self._state.screen != "step":
            return found
        step = self.step
        maps = (*STEP_FINDINGS.get(step, ()), *INTERVIEW_FINDINGS.get(step, ()))
        return [f for f in found if any(m.field.match(f.field) for m in maps)]

    def alerts(self) -> list[Finding]:
        """The rules' 注意 findings on the draft (for the desk)."""
        if not self.in_visit():
            return []
        try:
            return list(self.checked()[1].alerts)
        except Exception:
            log.exception("could not build the draft for the desk")
            return []

    def certificate_check(self) -> list[str]:
        """Where the 転出証明書 as typed and the cards disagree (one line each; empty: agree)."""
        return certificate_mismatches(self._state.answers)

    def unconfirmed_sections(self) -> list[str]:
        """The keys of the sections the resident has not confirmed as they now read."""
        done = {(c.section, c.digest) for c in self._state.confirmations}
        return [
            section.key
            for section in self.confirm_sections()
            if (section.key, section_digest(section)) not in done
        ]

    def all_confirmed(self) -> bool:
        """Self-service, or every section confirmed as it now reads (staff-led)."""
        return self._state.mode != "staff_led" or not self.unconfirmed_sections()

    def interview_view(self) -> dict[str, Any]:
        """What the mirror and the desk add to :meth:`~kiosk.flow.ResidentFlow.view`."""
        s = self._state
        confirmed = {c.section: c.at for c in s.confirmations}
        view: dict[str, Any] = {
            "mode": s.mode,
            "staffDriving": bool(s.driver),
            "signing": s.signing,
            "mirror": bool(s.driver) and s.screen in ("identity", "guide", "step", "staff"),
            "confirmedSections": sorted(confirmed),
        }
        if s.mode == "staff_led" and s.screen in ("confirm", "sign", "paperSign"):
            view["unconfirmedSections"] = self.unconfirmed_sections()
        return view

    def form_for_paper(self) -> Notification:
        """The pre-filled form to print for signing by hand (everything but the signature)."""
        draft = self.checked()[0].model_copy(deep=True)
        self._record(draft, paper=True)
        return draft

    # -- the record ------------------------------------------------------------------------------

    def _record(self, n: Notification, *, paper: bool = False) -> None:
        """How the visit was taken, what the resident confirmed, the clerk who led it."""
        s = self._state
        if paper:
            n.jimu.intake_mode = IntakeMode.PAPER_SIGNED
        else:
            staff_led = s.mode == "staff_led"
            n.jimu.intake_mode = IntakeMode.STAFF_LED if staff_led else IntakeMode.SELF_SERVICE
        n.jimu.confirmations = [
            SectionConfirmation(section=c.section, by=c.by[:100], at=c.at) for c in s.confirmations
        ]
        if s.driver.startswith("staff:"):
            n.jimu.received_by = s.driver.split(":", 1)[1][:100]

    def _prune_confirmations(self) -> None:
        """After a change: a confirmed section that now reads otherwise is unconfirmed again,
        and signing goes back to confirming."""
        s = self._state
        if not s.confirmations:
            return
        current = {sec.key: section_digest(sec) for sec in self.confirm_sections()}
        kept = [c for c in s.confirmations if current.get(c.section) == c.digest]
        if len(kept) != len(s.confirmations):
            s.confirmations = kept
            if s.screen in ("sign", "paperSign"):
                self._go("confirm")

    def _signing_for(self, kind: Kind | None) -> str:
        """``screen`` or ``paper`` as the counter's configuration says for ``kind``."""
        service = getattr(self, "_service", None)
        ask = getattr(service, "signature_for", None)
        if kind is None or not callable(ask):
            return "screen"
        answer = ask(kind.value)
        return "paper" if answer == "paper" else "screen"

    # -- starting and handing over ---------------------------------------------------------------

    def _begin(self, actor: Actor, *, card: bool) -> None:
        s = self._state
        self._close_call("taken_over", actor)
        s.mode, s.driver = "staff_led", actor.audit_id
        s.confirmations = []
        if card:
            self._go("welcome")  # the card goes on the reader; the resident types the PIN
            return
        s.session_id = str(uuid.uuid4())
        s.answers = Answers()
        s.guide_step = "kind"
        self._answered()
        self._go("guide")

    def start_staff_led(self, actor: Actor, *, card: bool = True) -> None:
        """The desk starts a visit it leads: with a card (placed on the reader; the resident
        types the PIN on the screen) or without one (the clerk types the filer's details)."""
        with self._change("start_staff_led", actor):
            s = self._state
            if s.session_id or s.screen not in ("welcome", "staff"):
                return
            self._begin(actor, card=card)

    def take_over(self, actor: Actor) -> None:
        """The clerk takes the visit over with everything entered so far, at the same step
        (after a call for staff, or from the desk). Without a visit (no card, a refused
        identity, another kind) a staff-led visit without a card begins."""
        with self._change("take_over", actor):
            s = self._state
            if not s.session_id:
                if s.screen in ("welcome", "staff"):
                    self._begin(actor, card=False)
                return
            step = self.step
            self._close_call("taken_over", actor)
            s.mode, s.driver = "staff_led", actor.audit_id
            s.returning_to_confirm = False
            if step in self.steps:
                s.step_index = self.steps.index(step)
            if s.screen in ("sign", "paperSign"):
                self._go("confirm")

    def hand_back(self, actor: Actor) -> None:
        """The resident goes on by themselves at the same step (a visit with a card only)."""
        with self._change("hand_back", actor):
            s = self._state
            if not s.driver or s.holder is None or s.screen in ("done", "welcome", "staff"):
                return
            step = self.step
            s.driver, s.mode, s.confirmations = "", "self_service", []
            steps = self.steps
            s.step_index = steps.index(step) if step in steps else 0
            s.step_error = ""
            if s.screen in ("sign", "paperSign"):
                self._go("confirm")

    def choose_kind(self, kind: Kind, abroad: bool = False, actor: Actor | None = None) -> None:
        """The clerk names the kind of notification (世帯変更 included) and the steps begin."""
        with self._change("choose_kind", actor):
            s = self._state
            if not self.in_visit():
                return
            a = s.answers
            a.kind = kind
            a.abroad = abroad and kind in (Kind.TENNYU, Kind.TENSHUTSU)
            if a.moved_on is None:
                a.moved_on = self._today()
            self._answered()
            s.step_index = 0
            s.step_error = ""
            s.returning_to_confirm = False
            self._go("step")

    # -- the filer -------------------------------------------------------------------------------

    def set_filer(
        self,
        kubun: str,
        relationship: str = "",
        *,
        moves: bool | None = None,
        actor: Actor | None = None,
    ) -> None:
        """届出人の区分 and the relation to the persons moving. ``moves``: whether the filer is
        one of them (本人: yes; 任意代理人・法定代理人: no unless said; 世帯主・世帯員: as said).
        A card holder who does not move is taken off the persons moving (their card fills the
        届出人 block only), and put back first when they do."""
        with self._change("set_filer", actor):
            s = self._state
            if not self.in_visit() or kubun not in FILER_KUBUN:
                return
            a = s.answers
            f = a.filer
            f.kubun = kubun
            f.relationship = _text(relationship, 40)
            if moves is None:
                moves = {"honnin": True, "nini_dairinin": False, "hotei_dairinin": False}.get(
                    kubun, f.moves
                )
            self._filer_moves(moves)
            self._answered()

    def _filer_moves(self, moves: bool) -> None:
        s = self._state
        a, holder = s.answers, s.holder
        a.filer.moves = moves
        if holder is None:
            return
        first = a.members[0].card if a.members else None
        if not moves and first == holder:
            a.filer.reading = a.members[0].reading  # the filer's own 振り仮名 stays theirs
            del a.members[0]
            if a.head == 0:
                a.head = None
            elif a.head is not None:
                a.head -= 1
        elif moves and first != holder:
            a.members.insert(0, Member(card=holder, reading=a.filer.reading))
            if a.head is not None:
                a.head += 1

    def set_filer_identity(
        self, method: str, documents: Sequence[str] = (), actor: Actor | None = None
    ) -> None:
        """本人確認: ``ic`` (the card's chip), ``card_face`` (its face checked by eye) or
        ``other_documents`` (named in ``documents``, e.g. 運転免許証, 健康保険証)."""
        with self._change("set_filer_identity", actor):
            s = self._state
            if not self.in_visit() or method not in ID_METHODS:
                return
            if method == "ic" and s.holder is None:
                return  # no chip was read in this visit
            f = s.answers.filer
            f.id_method = method
            f.id_documents = [d for d in (_text(x, 50) for x in documents) if d][:5]
            self._answered()

    def see_power_of_attorney(self, seen: bool = True, actor: Actor | None = None) -> None:
        """The clerk saw the 委任状 (recorded with who and when, UTC), or takes it back."""
        with self._change("see_power_of_attorney", actor):
            if not self.in_visit() or not isinstance(actor, Actor):
                return
            f = self._state.answers.filer
            f.power_of_attorney = seen
            f.poa_seen_by = actor.id[:100] if seen else ""
            f.poa_seen_at = self.now() if seen else None
            self._answered()

    def set_filer_details(
        self,
        family: str,
        given: str = "",
        family_kana: str = "",
        given_kana: str = "",
        *,
        address: str = "",
        phone: str = "",
        actor: Actor | None = None,
    ) -> None:
        """A filer without a card: the name and address the clerk typed; anyone's phone."""
        with self._change("set_filer_details", actor):
            s = self._state
            if not self.in_visit():
                return
            f = s.answers.filer
            if s.holder is None:
                f.details = _entry(family, given, family_kana, given_kana, None, "")
                f.address = _text(address, 200)
            f.phone = re.sub(r"[^0-9+\-() ]", "", unicodedata.normalize("NFKC", phone))[:30]
            self._answered()

    # -- persons a clerk typed ---------------------------------------------------------------------

    def add_member_details(
        self,
        family: str,
        given: str = "",
        family_kana: str = "",
        given_kana: str = "",
        birth_date: date | None = None,
        sex: str = "",
        relationship: str = "",
        actor: Actor | None = None,
    ) -> None:
        """Another person moving without a card, as the clerk typed them from documents."""
        with self._change("add_member_details", actor):
            a = self._state.answers
            if not self.in_visit() or len(a.members) >= 50:
                return
            a.members.append(
                Member(
                    relationship=_text(relationship, 40),
                    staff_enters=True,
                    details=_entry(family, given, family_kana, given_kana, birth_date, sex),
                )
            )
            self._answered()

    def set_member_details(
        self,
        index: int,
        family: str,
        given: str = "",
        family_kana: str = "",
        given_kana: str = "",
        birth_date: date | None = None,
        sex: str = "",
        actor: Actor | None = None,
    ) -> None:
        """The details of a person without a card (one the resident added for staff too)."""
        with self._change("set_member_details", actor):
            a = self._state.answers
            if not 0 <= index < len(a.members) or a.members[index].card is not None:
                return
            m = a.members[index]
            m.staff_enters = True
            m.details = _entry(family, given, family_kana, given_kana, birth_date, sex)
            self._answered()

    def set_previous_address(self, text: str, actor: Actor | None = None) -> None:
        """The address left (転居前・転出元; 世帯変更: the address) when no card gives it."""
        with self._change("set_previous_address", actor):
            if self.in_visit():
                self._state.answers.previous_address = _text(text, 200)
                self._state.step_error = ""
                self._answered()

    # -- the paper 転出証明書 ---------------------------------------------------------------

    def set_certificate(
        self,
        address: str,
        head_name: str = "",
        planned_on: date | None = None,
        actor: Actor | None = None,
    ) -> None:
        """転出証明書 (paper): the address left, its 世帯主, the planned date of moving out."""
        with self._change("set_certificate", actor):
            if not self.in_visit():
                return
            self._state.answers.certificate = Certificate(
                address=_text(address, 200), head_name=_text(head_name, 200), planned_on=planned_on
            )
            self._state.step_error = ""
            self._answered()

    def set_member_certificate(
        self,
        index: int,
        name: str = "",
        birth_date: date | None = None,
        sex: str = "",
        juminhyo_code: str = "",
        actor: Actor | None = None,
    ) -> None:
        """One person as the certificate lists them: checked against their card, and the
        転入前住民票コード it gives (11 digits; the rules check its 検査数字)."""
        with self._change("set_member_certificate", actor):
            a = self._state.answers
            if not 0 <= index < len(a.members):
                return
            a.members[index].certificate = CertificateEntry(
                name=_text(name, 200),
                birth_date=birth_date,
                sex=_sex(sex),
                juminhyo_code=_digits(juminhyo_code, 11),
            )
            if a.certificate is None:
                a.certificate = Certificate()
            self._state.step_error = ""
            self._answered()

    # -- 世帯変更 -----------------------------------------------------------------------------

    def set_setai(self, kubun: str, actor: Actor | None = None) -> None:
        """世帯変更区分: ``bunri`` 世帯分離, ``gappei`` 世帯合併, ``setainushi_henko`` 世帯主変更,
        ``kosei_henko`` 世帯変更 (構成変更)."""
        with self._change("set_setai", actor):
            if not self.in_visit() or kubun not in {k.value for k in SetaiHenkoKubun}:
                return
            self._state.answers.setai = kubun
            self._state.step_error = ""
            self._answered()

    # -- confirming and signing ------------------------------------------------------------------

    def confirm_section(self, key: str, actor: Actor | None = None) -> None:
        """The resident confirms one section of the form as shown (staff-led visits)."""
        with self._change("confirm_section", actor):
            s = self._state
            if s.mode != "staff_led" or s.screen != "confirm" or not _SECTION_KEY.match(key):
                return
            for section in self.confirm_sections():
                if section.key == key:
                    kept = [c for c in s.confirmations if c.section != key]
                    kept.append(Confirmation(key, self._actor, self.now(), section_digest(section)))
                    s.confirmations = kept
                    return

    def sign_on_paper(self, actor: Actor | None = None) -> None:
        """The clerk checked the signature on the printed form: it is filed (or handed to staff
        when only their fields are missing), recording who checked it and when."""
        with self._change("sign_on_paper", actor):
            s = self._state
            if s.screen != "paperSign" or not isinstance(actor, Actor):
                return
            if not self.all_confirmed():
                s.sign_error = "unconfirmed"
                return
            try:
                draft, result = self.checked()
            except Exception:
                log.exception("could not build the draft to file")
                s.sign_error = "rules"
                return
            signed = draft.model_copy(deep=True)
            signed.filer.paper_signature = PaperSignature(
                checked_by=actor.id[:100], checked_at=self.now()
            )
            self._record(signed, paper=True)
            if self._file_notification(signed, result):
                s.sign_error = ""
                self._go("done")
