"""The view-model of the desk's 対面受付 (staff-led interview): a Qt adapter over one flow.

The desk reaches the visits of the resident screens it serves (:class:`kiosk.visits.Visits`):
in the single-PC counter the touch screen's very flow, on a floor a flow kept in step with the
tablet through the database. This adapter picks one screen's visit, gives its commands with
the clerk's actor, and turns the flow's events into Qt signals the pane redraws on. Every rule
is the flow's: a command the flow refuses (the resident's PIN, consent and signature are
theirs alone) comes back as :attr:`InterviewModel.failed`, one line in Japanese.

Nothing here touches the database but through :mod:`kiosk.visits` (the store the desk was
given) and the flow's own service.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.errors import KioskError
from kiosk.flow import FlowEvent, ResidentFlow
from kiosk.flow.interview import STEP_ERRORS_JA
from kiosk.staff_service import StaffService, StaffUser
from kiosk.visits import VisitInfo, Visits
from kiosk.workflow import Actor

log = logging.getLogger(__name__)

#: Why staff were called, as the desk says it.
CALL_REASONS = {
    "help": "住民が係員を呼んでいます",
    "no_card": "カードなしで手続きしたい",
    "last_try": "暗証番号が残り1回です",
    "pin_blocked": "暗証番号がロックされています",
    "code_b": "照合番号Bで読めません",
    "code_b_blocked": "照合番号Bがロックされています",
    "not_me": "カードの本人ではありません",
    "other_kind": "画面にない手続きです",
    "paper_sign": "紙の届書に署名します（印刷してください）",
}

#: Commands a refusal is worth explaining.
_REFUSALS = {
    "submit_pin": "暗証番号は住民が画面で入力します",
    "confirm_section": "確認は住民が画面で行います",
    "sign": "署名は住民が行います",
}


class InterviewModel(QObject):
    """One desk's view of the resident screens' visits, and the one it works on."""

    changed = Signal()
    screensChanged = Signal()
    failed = Signal(str)
    informed = Signal(str)

    def __init__(
        self,
        visits: Visits,
        user: StaffUser,
        tablets: Callable[[], list[str]],
        parent: QObject | None = None,
        *,
        service: StaffService | None = None,
    ) -> None:
        super().__init__(parent)
        self.visits = visits
        self.user = user
        self.service = service
        self._tablets = tablets
        self.tablet = ""
        self.flow: ResidentFlow | None = None
        self._stop: Callable[[], None] | None = None
        self._refusals: list[str] = []
        self.infos: list[VisitInfo] = []
        self.refresh()

    # -- which screen ----------------------------------------------------------------------

    @property
    def actor(self) -> Actor:
        return self.user.actor

    def tablets(self) -> list[str]:
        """The resident screens this desk serves (its own, and the tablets paired with it)."""
        return self._tablets()

    def refresh(self) -> None:
        """Read the list of visits again (which screen has a call, who drives where)."""
        try:
            self.infos = self.visits.list(self.tablets())
        except Exception:  # the list is a convenience: a failure must not close the desk
            log.exception("could not list the visits")
            self.infos = []
        if not self.tablet and self.tablets():
            self.choose(self.tablets()[0])
        self.screensChanged.emit()

    def calls(self) -> list[VisitInfo]:
        """Screens whose resident is waiting for staff, and why."""
        return [i for i in self.infos if i.staff_call]

    def choose(self, tablet: str) -> None:
        """Work on ``tablet``'s visit."""
        if tablet == self.tablet and self.flow is not None:
            return
        if self._stop is not None:
            self._stop()
            self._stop = None
        self.tablet = tablet
        self.flow = self.visits.flow(tablet)
        self._stop = self.flow.subscribe(self._follow)
        self.changed.emit()

    def _follow(self, event: FlowEvent) -> None:
        if event.kind == "refused" and event.actor == self.actor.audit_id:
            self._refusals.append(event.reason)
        if event.kind in ("changed", "screen", "staff_called", "ended"):
            self.changed.emit()

    def taken(self, tablets: list[str]) -> None:
        """Visits changed in another process (their flows took the stored state)."""
        self.refresh()

    # -- acting ------------------------------------------------------------------------------

    def act(self, command: str, *args: Any, **kwargs: Any) -> bool:
        """Give the flow ``command`` as this clerk; False (and :attr:`failed`) when refused."""
        flow = self.flow
        if flow is None:
            self.failed.emit("住民の画面を選んでください")
            return False
        self._refusals.clear()
        try:
            getattr(flow, command)(*args, actor=self.actor, **kwargs)
        except Exception:  # a fault in one command must not close the desk; it is logged
            log.exception("interview command %s failed", command)
            self.failed.emit("この操作はできませんでした（記録を確認してください）")
            return False
        if command in self._refusals:
            self.failed.emit(_REFUSALS.get(command, "いまはこの操作はできません"))
            return False
        if self.service is not None and command in self.service.INTERVIEW_ACTIONS:
            try:
                self.service.note_interview(
                    self.user, command, tablet=self.tablet, visit=flow.state.session_id
                )
            except KioskError as exc:
                self.failed.emit(str(exc))
        return True

    def step_error(self) -> str:
        """The current step's error, as the desk says it ("" when none)."""
        flow = self.flow
        if flow is None:
            return ""
        code = flow.state.step_error or flow.state.sign_error
        return STEP_ERRORS_JA.get(code, code)

    def close(self) -> None:
        if self._stop is not None:
            self._stop()
            self._stop = None
