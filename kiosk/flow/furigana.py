"""The 振り仮名 (furigana) screen: each person read by card confirms how their name is read.

The card's chip holds no reading, and since 2025-05-26 the 振り仮名 of the name is an item of
the 住民票. Right after "this is me" (and after each further member's card is read) one screen
per person shows the family name (氏) and the given name (名), each with the readings
:mod:`forms.furigana` proposes, best first. The resident taps the right one for each part, or
types it (katakana or hiragana, turned into full-width katakana and checked by
:mod:`forms.kana`), then confirms: the reading goes into the draft's
``PersonName.family_kana`` / ``given_kana`` with ``kana_confirmed`` set.

"わからない" (don't know) skips: nothing is written, ``kana_confirmed`` stays False, and staff
see the name without a reading (the rules' フリガナがありません) and enter it. A name written
without kanji or kana — a foreign resident's ローマ字 name — gets no proposal: its katakana is
typed, or skipped for staff.

What the resident answered lives on the member (:class:`Reading` in
:class:`kiosk.flow.answers.Member`), so it is sent, mirrored and restored with the answers; the
proposals are worked out again from the name whenever the screen is shown (they are the
dictionary's, not the resident's). Only confirmed readings reach the draft
(:func:`apply_readings`).

Commands (on :class:`kiosk.flow.ResidentFlow`, each taking ``actor`` like the others)::

    flow.choose_reading(part, index)   # part "family" | "given": the index-th proposal
    flow.type_reading(part, text)      # typed; "" clears; errors in state.step_error
    flow.confirm_reading()             # both parts answered: on to the next screen
    flow.skip_reading()                # わからない: staff will enter it
    flow.back()                        # the holder: back to "is this you?"; a member: skipped

Step errors (``state.step_error``): ``reading_missing`` (a part has no reading yet),
``reading_not_katakana`` (typed text that is not kana), ``reading_too_long``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from forms import furigana
from forms.kana import is_katakana, to_katakana
from forms.model import Notification
from forms.prefill import split_name

if TYPE_CHECKING:
    from kiosk.flow.answers import Answers, Member
    from kiosk.flow.state import FlowState
    from kiosk.workflow import Actor

log = logging.getLogger(__name__)

__all__ = ["READING_MAX_LENGTH", "Part", "Reading", "ReadingSteps", "apply_readings"]

Part = Literal["family", "given"]
_PARTS: tuple[Part, ...] = ("family", "given")

#: The longest reading of one part typed on the screen (a long foreign name in katakana has some
#: twenty characters; the form allows 200).
READING_MAX_LENGTH = 60

ReadingStatus = Literal["asking", "confirmed", "skipped"]


@dataclass
class Reading:
    """One person's 振り仮名 as answered on the screen: katakana per part, and its status.

    ``asking`` while the screen is open (parts may be chosen already), ``confirmed`` once the
    resident confirmed both parts (本人確認), ``skipped`` for "don't know" (staff enter it).
    """

    family: str = ""
    given: str = ""
    status: ReadingStatus = "asking"

    @property
    def confirmed(self) -> bool:
        return self.status == "confirmed"

    def to_dict(self) -> dict[str, Any]:
        return {"family": self.family, "given": self.given, "status": self.status}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reading:
        status = str(data.get("status", "asking"))
        if status not in ("asking", "confirmed", "skipped"):
            raise ValueError(f"not a reading status: {status!r}")
        return cls(
            family=str(data.get("family", "")),
            given=str(data.get("given", "")),
            status=status,  # type: ignore[arg-type]
        )


def _parts(member: Member) -> tuple[str, str]:
    """The member's 氏 and 名 as the form splits the card's name."""
    if member.card is None:
        return "", ""
    name = split_name(member.card.name)
    return name.family, name.given


def apply_readings(n: Notification, answers: Answers) -> None:
    """Write the confirmed readings into the draft: each person's, and the filer's (the card
    holder files). Unconfirmed ones are left out: staff enter those."""
    for i, member in enumerate(answers.members):
        reading = member.reading
        if reading is None or not reading.confirmed or i >= len(n.persons):
            continue
        names = [n.persons[i].name] + ([n.filer.name] if i == 0 else [])
        for name in names:
            name.family_kana = reading.family
            name.given_kana = reading.given if name.given else ""
            name.kana_confirmed = True


def proposals(family: str, given: str) -> dict[Part, list[str]]:
    """The dictionary's readings for each part, best first; none when it cannot be read (the
    resident can still type the reading, or leave it to staff)."""
    try:
        found = furigana.candidates_for(family, given)
    except furigana.ReadingsUnavailable as exc:
        log.warning("no name readings to propose: %s", exc)
        return {"family": [], "given": []}
    except Exception:  # a fault in the dictionary must not stop the visit
        log.exception("could not look up name readings")
        return {"family": [], "given": []}
    return {"family": list(found.family), "given": list(found.given)}


class ReadingSteps:
    """The 振り仮名 screen's part of :class:`kiosk.flow.ResidentFlow` (mixed into it)."""

    _state: FlowState

    if TYPE_CHECKING:

        def _change(
            self, action: str, actor: Actor | str | None, *, active: bool = True
        ) -> AbstractContextManager[None]: ...

        def _go(self, screen: str) -> None: ...

        def _answered(self) -> None: ...

    # -- which person ---------------------------------------------------------------------------

    def _reading_subject(self) -> tuple[int, Member] | None:
        """The person the 振り仮名 screen asks about (the one whose reading is ``asking``)."""
        members = self._state.answers.members
        for i in range(len(members) - 1, -1, -1):
            reading = members[i].reading
            if reading is not None and reading.status == "asking":
                return i, members[i]
        return None

    def _ask_reading(self, index: int) -> None:
        """Open the 振り仮名 screen for the member at ``index`` (a person read by card)."""
        s = self._state
        members = s.answers.members
        if not 0 <= index < len(members) or members[index].card is None:
            self._after_reading(index)
            return
        for i, other in enumerate(members):
            if i != index and other.reading is not None and other.reading.status == "asking":
                other.reading.status = "skipped"
        member = members[index]
        if member.reading is None:
            member.reading = Reading()
        else:
            member.reading.status = "asking"  # asked again: what was chosen stays shown
        s.step_error = ""
        self._answered()
        self._go("furigana")

    def _after_reading(self, index: int) -> None:
        """On from the 振り仮名 screen: the holder to the 手続き案内, a member to the members."""
        s = self._state
        s.step_error = ""
        if index <= 0:
            s.guide_step = "kind"
            self._go("guide")
        else:
            self._go("step")

    def _reading_back(self) -> None:
        subject = self._reading_subject()
        index = subject[0] if subject is not None else 0
        s = self._state
        s.step_error = ""
        if index == 0:
            self._go("identity")  # the holder's reading stays as chosen for the next time
        else:
            if subject is not None and subject[1].reading is not None:
                subject[1].reading.status = "skipped"
                self._answered()
            self._go("step")

    # -- commands -------------------------------------------------------------------------------

    def _asking(self) -> Iterator[tuple[int, Member, Reading]]:
        """The subject and its reading, when the 振り仮名 screen is showing."""
        if self._state.screen != "furigana":
            return
        subject = self._reading_subject()
        if subject is not None and subject[1].reading is not None:
            yield subject[0], subject[1], subject[1].reading

    def choose_reading(self, part: str, index: int, actor: Actor | None = None) -> None:
        """The resident tapped the ``index``-th proposed reading of ``part``."""
        with self._change("choose_reading", actor):
            for _, member, reading in self._asking():
                if part not in _PARTS:
                    return
                offered = proposals(*_parts(member))[part]
                if 0 <= index < len(offered):
                    setattr(reading, part, offered[index])
                    self._state.step_error = ""
                    self._answered()

    def type_reading(self, part: str, text: str, actor: Actor | None = None) -> None:
        """The reading of ``part`` as typed (hiragana or katakana; "" clears it)."""
        with self._change("type_reading", actor):
            for _, _member, reading in self._asking():
                if part not in _PARTS:
                    return
                kana = to_katakana(text[: READING_MAX_LENGTH * 4]).strip("\u3000")
                if len(kana) > READING_MAX_LENGTH:
                    self._state.step_error = "reading_too_long"
                    return
                if kana and not is_katakana(kana):
                    self._state.step_error = "reading_not_katakana"
                    return
                setattr(reading, part, kana)
                self._state.step_error = ""
                self._answered()

    def confirm_reading(self, actor: Actor | None = None) -> None:
        """This is how the name is read: confirmed by the resident, on to the next screen."""
        with self._change("confirm_reading", actor):
            for index, member, reading in self._asking():
                family, given = _parts(member)
                if (family and not reading.family) or (given and not reading.given):
                    self._state.step_error = "reading_missing"
                    return
                reading.status = "confirmed"
                self._answered()
                self._after_reading(index)

    def skip_reading(self, actor: Actor | None = None) -> None:
        """わからない: no reading from the resident; staff will enter it."""
        with self._change("skip_reading", actor):
            for index, _member, reading in self._asking():
                reading.status = "skipped"
                self._answered()
                self._after_reading(index)

    # -- what the screen shows ------------------------------------------------------------------

    def reading_view(self) -> dict[str, Any] | None:
        """The 振り仮名 screen's map (``reading`` in :meth:`ResidentFlow.view`), or None."""
        for index, member, reading in self._asking():
            family, given = _parts(member)
            offered = proposals(family, given)
            return {
                "person": index,
                "holder": index == 0,
                "name": member.display_name,
                "family": family,
                "given": given,
                "familyCandidates": offered["family"],
                "givenCandidates": offered["given"],
                "familyKana": reading.family,
                "givenKana": reading.given,
                "proposed": bool(offered["family"] or offered["given"]),
            }
        return None
