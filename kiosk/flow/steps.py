"""The form's steps (手順), one question per screen, and what stops a step from going on.

A step goes on when two things hold:

- the resident has answered it (a 郵便番号 that was found, an address chosen, a 番地 typed,
  every related question answered, a 続柄 chosen for everyone — "don't know" counts): this is
  the screen's own business, not a rule of the form;
- the rules (:func:`forms.check` on the draft) find no error the resident can correct in the
  fields the step answers (:data:`STEP_FINDINGS`); each such finding is named by the step's
  error code, which the screens translate. The rules come first (a missing 世帯主 is said
  before a missing 続柄).

Only the steps whose fields the rules judge (date, country, household) run the rules, and the
flow runs them once per change of the answers (see :class:`kiosk.flow.ResidentFlow`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from forms.model import Kind
from forms.rules import CheckResult
from kiosk.flow.answers import Answers
from kiosk.flow.draft import resident_errors

__all__ = [
    "INTERVIEW_FINDINGS",
    "INTERVIEW_STEPS",
    "RELATED_QUESTIONS",
    "STEP_FINDINGS",
    "FindingMap",
    "interview_steps",
    "related_questions",
    "step_error",
    "steps_for",
]

#: Related-procedure (関連手続) questions the resident answers with yes / no; the rules in
#: :mod:`forms.related` turn the answers into the procedures staff hand over.
RELATED_QUESTIONS: tuple[str, ...] = ("kokuho", "shogai_techo", "dog")


def related_questions(kind: Kind | None) -> tuple[str, ...]:
    """The questions asked for a kind (印鑑登録 matters only when moving out: it ends)."""
    return (*RELATED_QUESTIONS, "inkan") if kind is Kind.TENSHUTSU else RELATED_QUESTIONS


def steps_for(kind: Kind | None, abroad: bool) -> list[str]:
    """The form's steps for a kind of notification.

    転出 (moving out) asks where to (a country, or an address by 郵便番号) and no household;
    転入 (moving in) from abroad first asks the country; 転居 and 転入 ask the new address and
    the household. 世帯変更 is not offered on the screens (staff take it).
    """
    if kind is Kind.TENSHUTSU:
        where = ["country"] if abroad else ["postal", "candidates", "banchi", "katagaki"]
        return ["date", *where, "members", "related"]
    where = ["postal", "candidates", "banchi", "katagaki"]
    origin = ["country"] if kind is Kind.TENNYU and abroad else []
    return ["date", *origin, *where, "members", "household", "related"]


#: Steps only a clerk takes, in a staff-led interview (対面受付): who files (届出人), the address
#: left (``previous``; 世帯変更: the household's ``address``) when no card of a person moving
#: gives it, the paper 転出証明書 of a 転入, and which household change a 世帯変更 is.
INTERVIEW_STEPS = ("filer", "previous", "address", "certificate", "setai")


def interview_steps(kind: Kind | None, abroad: bool, *, address_from_card: bool) -> list[str]:
    """The steps of a staff-led interview: who files first, then the resident's steps with what
    only a clerk asks. ``address_from_card`` is False when no card read so far belongs to a
    person moving (the filer files for others, or no card at all): the address left is typed.

    世帯変更 (分離・合併・世帯主変更) is taken here only: the date, which change, the persons
    concerned and the household's head.
    """
    if kind is Kind.SETAI_HENKO:
        where = [] if address_from_card else ["address"]
        return ["filer", "date", *where, "setai", "members", "household", "related"]
    steps = ["filer", *steps_for(kind, abroad)]
    if kind in (Kind.TENKYO, Kind.TENSHUTSU) and not address_from_card:
        steps.insert(steps.index("date") + 1, "previous")
    if kind is Kind.TENNYU and not abroad:
        steps.insert(steps.index("members") + 1, "certificate")
    return steps


@dataclass(frozen=True)
class FindingMap:
    """Findings on fields matching ``field`` are the step's ``error`` (``code`` None: any)."""

    field: re.Pattern[str]
    error: str
    code: str | None = None

    def matches(self, code: str, field_path: str) -> bool:
        return (self.code is None or self.code == code) and bool(self.field.match(field_path))


def _m(field: str, error: str, code: str | None = None) -> FindingMap:
    return FindingMap(re.compile(field), error, code)


#: The fields each step answers, and the step's error code for the rules' findings there.
#: Findings on these fields not named here are ``invalid`` ("check what you entered").
STEP_FINDINGS: dict[str, tuple[FindingMap, ...]] = {
    "date": (
        _m(r"^todoke\.moved_on$", "date_missing", "required"),
        _m(r"^todoke\.moved_on$", "date_future", "moved_on_after_filed"),
        _m(r"^todoke\.moved_on$", "invalid"),
    ),
    "country": (
        _m(r"^(previous_address|destination)\.(country|foreign_address)$", "country_missing"),
    ),
    "household": (
        _m(r"^household\.head_name$", "choose_head"),
        _m(r"^persons\.\d+\.relationship$", "choose_relationship"),
    ),
}

#: In a staff-led interview, the clerk's steps and the persons a clerk typed are judged too (the
#: desk shows the rules' own words for each finding).
INTERVIEW_FINDINGS: dict[str, tuple[FindingMap, ...]] = {
    "filer": (_m(r"^filer\.(?!signature)", "filer_invalid"),),
    "previous": (_m(r"^previous_address\.", "previous_missing"),),
    "address": (_m(r"^new_address\.", "previous_missing"),),
    "certificate": (
        _m(r"^(previous_address|previous_head_name|todoke\.tenshutsu)", "certificate_invalid"),
        _m(r"^persons\.\d+\.juminhyo_code$", "certificate_invalid"),
    ),
    "setai": (_m(r"^todoke\.setai_henko", "setai_missing"),),
    "household": (_m(r"^household\.new_head_name$", "choose_head"),),
    "members": (
        _m(r"^persons$", "member_details"),
        _m(r"^persons\.\d+\.(name|birth_date|sex)", "member_details"),
    ),
}


def _unanswered(step: str, answers: Answers, candidates_found: bool) -> str:
    """What the resident has not answered yet on ``step`` ("" when answered)."""
    if step == "postal" and not candidates_found:
        return "postal_unknown"
    if step == "candidates" and answers.chosen_address() is None:
        return "choose_candidate"
    if step == "banchi" and not answers.banchi.strip("-"):
        return "banchi_missing"
    if step == "household":
        for i, m in enumerate(answers.members):
            if i != answers.head and not m.relationship:
                return "choose_relationship"
    if step == "related" and any(q not in answers.related for q in related_questions(answers.kind)):
        return "answer_all"
    if step == "setai" and not answers.setai:
        return "setai_missing"
    if step == "certificate" and answers.certificate is None:
        return "certificate_missing"
    return ""


def step_error(
    step: str,
    answers: Answers,
    *,
    candidates_found: bool,
    check: Callable[[], CheckResult],
    staff: Sequence[re.Pattern[str]],
    interview: bool = False,
) -> str:
    """Why ``step`` cannot go on yet ("" when it can).

    ``check`` gives the rules' verdict on the current draft; it is only called for a step whose
    fields the rules judge. ``interview``: a clerk leads (:data:`INTERVIEW_FINDINGS` apply).
    """
    maps = STEP_FINDINGS.get(step, ())
    if interview:
        maps = (*maps, *INTERVIEW_FINDINGS.get(step, ()))
    if maps:
        errors = resident_errors(check(), staff)
        for m in maps:  # in the step's order, not the rules'
            if any(m.matches(f.code, f.field) for f in errors):
                return m.error
    return _unanswered(step, answers, candidates_found)
