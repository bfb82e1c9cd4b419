"""What the resident screens show, as one plain map (keys in the screens' camelCase).

The touch screens' QML reads it through the view-model; a second view of the same flow (the
desk mirroring a visit) can read the very same map. Values are display-ready (dates in the
resident's language, in 和暦 or 西暦 as they chose: :mod:`kiosk.flow.dates`) and codes the screens
translate; nothing here is Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from forms.address import PostalCandidate
from kiosk.flow.answers import RELATIONSHIPS
from kiosk.flow.confirm import Section
from kiosk.flow.dates import format_date
from kiosk.flow.state import FlowState
from kiosk.flow.steps import related_questions

__all__ = ["screen_view"]


def screen_view(
    state: FlowState,
    *,
    steps: Sequence[str],
    candidates: Sequence[PostalCandidate],
    confirm: Sequence[Section] | None,
    browse: dict[str, Any] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """The map the screens read: the PIN stage and errors always, the visit once a card is read.

    ``confirm`` (the confirm screen's sections) and ``browse`` (the address list while the
    resident chooses 都道府県 → 市区町村 → 町字) are included when given; ``today`` is the
    filing day (``filedOn``).
    """
    a = state.answers
    calendar = state.shown_calendar()
    other = "seireki" if calendar == "wareki" else "wareki"
    language = state.language

    def shown(d: date | None) -> str:
        return format_date(d, calendar, language)

    def other_shown(d: date | None) -> str:
        return format_date(d, other, language)

    s: dict[str, Any] = {
        "secret": state.secret,
        "triesLeft": state.tries_left,
        "pinError": state.pin_error,
        "lastTryConfirmed": state.last_try_confirmed,
        "readingMember": state.reading_member,
        "guideStep": state.guide_step,
        "stepError": state.step_error,
        "signError": state.sign_error,
        "receptionNumber": state.reception_number,
        "staffCall": state.staff_call,
        "preentryRead": bool(state.preentry),
        "preentryError": state.preentry_error,
        "preentryFrom": state.preentry_from,
        "relationships": list(RELATIONSHIPS),
        "relatedQuestions": list(related_questions(a.kind if state.holder else None)),
    }
    h = state.holder
    if h is None:
        return s
    target = a.typed_address()
    s.update(
        holder={
            "name": h.name,
            "address": h.address,
            "birth": shown(h.birth_date),
            "birthOther": other_shown(h.birth_date),
            "sex": h.sex,
        },
        kind=a.kind.value if a.kind else "",
        abroad=a.abroad,
        steps=list(steps),
        step=steps[state.step_index] if 0 <= state.step_index < len(steps) else "",
        stepIndex=state.step_index,
        returningToConfirm=state.returning_to_confirm,
        calendar=calendar,
        moveDate=shown(a.moved_on),
        moveDateOther=other_shown(a.moved_on),
        filedOn=shown(today),
        postalCode=a.postal_code,
        browsing=state.browsing,
        candidates=[
            {"text": f"{c.prefecture}{c.municipality}{c.town}", "kana": c.town_kana}
            for c in candidates
        ],
        banchi=a.banchi,
        katagaki=a.katagaki,
        country=a.abroad_country,
        countryAddress=a.abroad_address,
        members=[
            {
                "name": m.display_name,
                "birth": shown(m.card.birth_date)
                if m.card
                else shown(m.details.birth_date)
                if m.details is not None and m.details.birth_date is not None
                else "",
                "fromCard": m.card is not None,
                "staffEnters": m.staff_enters,
                "source": "" if m.card is not None else m.source,
                "relationship": m.relationship,
            }
            for m in a.members
        ],
        head=-1 if a.head is None else a.head,
        headOutside=a.head_outside,
        related=dict(a.related),
        addressSoFar=target.one_line() if target is not None else "",
    )
    if confirm is not None:
        s["confirm"] = [section.to_dict() for section in confirm]
    if browse is not None:
        s["browse"] = browse
    return s
