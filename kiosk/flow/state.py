"""The resident flow's state (状態) as plain data: what a screen shows, and what can be sent.

:class:`FlowState` is everything a visit needs to be shown or picked up again — the screen, the
step, the answers, the card holder's four facts, the PIN stage's counters, the 受付番号 — and
nothing else: never the PIN (the flow does not hold it) and never the 個人番号 (never read).
:meth:`FlowState.to_dict` gives JSON-ready data and :meth:`FlowState.from_dict` reads it back,
so a second view (the desk) can follow a visit and a session can be handed over. The data holds
personal data (the card's four facts): keep it in memory or encrypted, as any draft.

Timers are not part of it: they run on the machine the resident stands at, and a restored flow
starts its idle clock afresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from forms.model import Notification
from kiosk.flow.answers import Answers
from kiosk.flow.card import CardFacts
from kiosk.flow.dates import default_calendar

__all__ = ["FORMAT", "Change", "Confirmation", "FlowState"]

#: The version of :meth:`FlowState.to_dict`'s shape.
FORMAT = 1

#: How many changes a visit remembers (a visit has some tens; the cap bounds memory).
HISTORY_LIMIT = 500


@dataclass(frozen=True)
class Change:
    """One change to the flow: its number in the visit, who made it, and what it was.

    ``actor`` is an audit id (``resident:<session>``, ``staff:<login>``) or ``reader`` /
    ``timer`` for what the card reader and the clock did; ``action`` is the flow method's name.
    Values are never recorded here.
    """

    seq: int
    actor: str
    action: str

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "actor": self.actor, "action": self.action}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        return cls(int(data["seq"]), str(data["actor"]), str(data["action"]))


@dataclass(frozen=True)
class Confirmation:
    """住民確認: the resident confirmed one section of the form on the screen.

    ``digest`` is the section's content when confirmed: a later change of the section (by staff)
    no longer matches it, and the section counts as unconfirmed again. ``at`` is UTC.
    """

    section: str
    by: str
    at: datetime
    digest: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "by": self.by,
            "at": self.at.isoformat(),
            "digest": self.digest,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Confirmation:
        return cls(
            str(data["section"]),
            str(data["by"]),
            datetime.fromisoformat(str(data["at"])),
            str(data["digest"]),
        )


@dataclass
class FlowState:
    """One visit's state (see the module docstring). Screens read it; only the flow writes it.

    - ``screen``: ``welcome``, ``preentry`` (reading a pre-entry QR code), ``pin``, ``codeB``,
      ``blocked``, ``identity``, ``guide``, ``step``, ``placeMember``, ``confirm``, ``sign``,
      ``done`` or ``staff``;
    - ``secret``: what opens the card at the card stage: ``pin`` (暗証番号) or ``code_b``
      (照合番号B, for a resident who does not know the PIN); ``tries_left``, ``pin_error`` and
      ``last_try_confirmed`` are that secret's. The secret itself is never here;
    - ``calendar``: ``wareki`` or ``seireki`` as the resident chose, "" until they choose (then
      the language decides: :meth:`shown_calendar`);
    - ``browsing``: the resident looks the address up by 都道府県 → 市区町村 → 町字 instead of a
      郵便番号; ``browse_prefecture`` / ``browse_municipality`` are the levels chosen so far;
    - ``guide_step``: ``kind`` or ``abroad`` (the 手続き案内's question); ``step_index`` into
      the kind's steps (:func:`kiosk.flow.steps.steps_for`); ``returning_to_confirm`` while a
      section is changed from the confirm screen;
    - ``step_error`` / ``sign_error`` / ``pin_error``: codes the screens translate;
    - ``tries_left``: -1 until the card said; ``reading_member``: a further member's card is
      being read;
    - ``session_id``: the resident session (the notification's id), "" before a card is read;
    - ``staff_call``: why staff were called ("" when not); the visit goes on meanwhile;
      ``staff_call_id``: the call's id as :mod:`kiosk.staff_calls` recorded it ("" without a
      database), so whoever answers it closes that very call;
    - ``preentry``: the pre-entry code (事前入力, ``KM1:…``) read on the ``preentry`` screen,
      kept for the visit (its answers are in ``answers`` and ``seed`` once the card is read);
      ``preentry_error``: why the last code read was refused (a :class:`forms.preentry.
      PreEntryError` code the screens translate); ``preentry_from``: the screen the QR screen
      was opened from (``welcome``, or ``pin`` when the card lies on the reader already);
      ``preanswered``: the card was read with a pre-entry whose answers still wait to be shown
      (the 手続き案内 is then skipped: :meth:`kiosk.flow.ResidentFlow.confirm_reading`);
    - ``seed``: the first draft (最初の下書き) the answers sit on — the card's four items with a
      pre-entry and / or 転出証明書情報 written in (:func:`kiosk.preentry.prefill`); each draft
      takes from it what the answers do not hold, and its provenance where the answers still
      hold its values (:func:`kiosk.flow.seed.merge_seed`);
    - ``mode``: ``self_service`` (the resident answers on the screen) or ``staff_led`` (a clerk
      interviews and types at the desk; the screen mirrors and asks the resident to confirm
      each section and sign); ``driver``: the audit id of the clerk who leads (``""`` while the
      resident does): the screen is then read-only but for the resident's own acts (the PIN,
      confirming, signing);
    - ``signing``: ``screen`` or ``paper`` (the form is printed and signed by hand), as the
      counter's configuration says for the kind, fixed when the form is confirmed;
    - ``confirmations``: the sections the resident confirmed (:class:`Confirmation`);
    - ``revision``: counts changes of the answers (a view can tell what is new);
    - ``history``: every change, with its actor (:class:`Change`).
    """

    screen: str = "welcome"
    language: str = "ja"
    session_id: str = ""
    holder: CardFacts | None = None
    answers: Answers = field(default_factory=Answers)
    guide_step: str = "kind"
    step_index: int = 0
    returning_to_confirm: bool = False
    calendar: str = ""
    step_error: str = ""
    sign_error: str = ""
    tries_left: int = -1
    pin_error: str = ""
    last_try_confirmed: bool = False
    reading_member: bool = False
    secret: str = "pin"
    browsing: bool = False
    browse_prefecture: str = ""
    browse_municipality: str = ""
    reception_number: str = ""
    handed_to_staff: bool = False
    staff_call: str = ""
    staff_call_id: str = ""
    preentry: str = field(default="", repr=False)
    preentry_error: str = ""
    preentry_from: str = ""
    preanswered: bool = False
    seed: Notification | None = field(default=None, repr=False)
    mode: str = "self_service"
    driver: str = ""
    signing: str = "screen"
    confirmations: list[Confirmation] = field(default_factory=list)
    revision: int = 0
    history: list[Change] = field(default_factory=list)

    def shown_calendar(self) -> str:
        """The calendar dates are shown in: the resident's choice, else their language's."""
        return self.calendar or default_calendar(self.language)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (dates as ISO strings, kinds as their codes)."""
        return {
            "format": FORMAT,
            "screen": self.screen,
            "language": self.language,
            "session_id": self.session_id,
            "holder": None if self.holder is None else self.holder.to_dict(),
            "answers": self.answers.to_dict(),
            "guide_step": self.guide_step,
            "step_index": self.step_index,
            "returning_to_confirm": self.returning_to_confirm,
            "calendar": self.calendar,
            "step_error": self.step_error,
            "sign_error": self.sign_error,
            "tries_left": self.tries_left,
            "pin_error": self.pin_error,
            "last_try_confirmed": self.last_try_confirmed,
            "reading_member": self.reading_member,
            "secret": self.secret,
            "browsing": self.browsing,
            "browse_prefecture": self.browse_prefecture,
            "browse_municipality": self.browse_municipality,
            "reception_number": self.reception_number,
            "handed_to_staff": self.handed_to_staff,
            "staff_call": self.staff_call,
            "staff_call_id": self.staff_call_id,
            "preentry": self.preentry,
            "preentry_error": self.preentry_error,
            "preentry_from": self.preentry_from,
            "preanswered": self.preanswered,
            "seed": None if self.seed is None else self.seed.model_dump(mode="json"),
            "mode": self.mode,
            "driver": self.driver,
            "signing": self.signing,
            "confirmations": [c.to_dict() for c in self.confirmations],
            "revision": self.revision,
            "history": [c.to_dict() for c in self.history],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FlowState:
        """The state :meth:`to_dict` gave; raises ValueError for another format."""
        if data.get("format") != FORMAT:
            raise ValueError(f"resident flow state of format {data.get('format')!r}, not {FORMAT}")
        holder, seed = data.get("holder"), data.get("seed")
        return cls(
            screen=str(data["screen"]),
            language=str(data.get("language", "ja")),
            session_id=str(data.get("session_id", "")),
            holder=None if holder is None else CardFacts.from_dict(holder),
            answers=Answers.from_dict(dict(data.get("answers", {}))),
            guide_step=str(data.get("guide_step", "kind")),
            step_index=int(data.get("step_index", 0)),
            returning_to_confirm=bool(data.get("returning_to_confirm", False)),
            calendar=str(data.get("calendar", "")),
            step_error=str(data.get("step_error", "")),
            sign_error=str(data.get("sign_error", "")),
            tries_left=int(data.get("tries_left", -1)),
            pin_error=str(data.get("pin_error", "")),
            last_try_confirmed=bool(data.get("last_try_confirmed", False)),
            reading_member=bool(data.get("reading_member", False)),
            secret=str(data.get("secret", "pin")),
            browsing=bool(data.get("browsing", False)),
            browse_prefecture=str(data.get("browse_prefecture", "")),
            browse_municipality=str(data.get("browse_municipality", "")),
            reception_number=str(data.get("reception_number", "")),
            handed_to_staff=bool(data.get("handed_to_staff", False)),
            staff_call=str(data.get("staff_call", "")),
            staff_call_id=str(data.get("staff_call_id", "")),
            preentry=str(data.get("preentry", "")),
            preentry_error=str(data.get("preentry_error", "")),
            preentry_from=str(data.get("preentry_from", "")),
            preanswered=bool(data.get("preanswered", False)),
            seed=None if seed is None else Notification.model_validate(seed),
            mode=str(data.get("mode", "self_service")),
            driver=str(data.get("driver", "")),
            signing=str(data.get("signing", "screen")),
            confirmations=[Confirmation.from_dict(c) for c in data.get("confirmations", [])],
            revision=int(data.get("revision", 0)),
            history=[Change.from_dict(c) for c in data.get("history", [])],
        )
