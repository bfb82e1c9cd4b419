"""Resident sessions: card-removal grace, idle timeout with a warning, abandoned data wiped."""

from __future__ import annotations

import uuid

from kiosk import audit, sessions, workflow
from kiosk.config import Timeouts
from kiosk.sessions import EndReason, Phase, SessionTimer
from kiosk.storage import Storage
from tests.kiosk.conftest import NOW, fileable

TIMEOUTS = Timeouts(idle_seconds=120, idle_warning_seconds=30, card_removal_grace_seconds=10)


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_idle_warning_then_timeout() -> None:
    clock = Clock()
    timer = SessionTimer(TIMEOUTS, clock=clock)
    clock.t += 80
    assert timer.poll().phase is Phase.ACTIVE
    clock.t += 15
    state = timer.poll()
    assert state.phase is Phase.WARNING and 24 < state.seconds_left <= 25
    timer.activity()  # "still here": the clock restarts
    clock.t += 89
    assert timer.poll().phase is Phase.ACTIVE
    clock.t += 31
    assert timer.poll() == sessions.TimerState(Phase.ENDED, 0.0, EndReason.IDLE)
    timer.activity()  # too late: an ended session stays ended
    assert timer.poll().phase is Phase.ENDED


def test_card_removal_grace() -> None:
    clock = Clock()
    timer = SessionTimer(TIMEOUTS, clock=clock)
    timer.card_removed()
    clock.t += 6
    assert timer.poll().phase is Phase.CARD_OUT
    timer.card_inserted()  # back in time
    clock.t += 20
    assert timer.poll().phase is Phase.ACTIVE
    timer.card_removed()
    clock.t += 10.5
    assert timer.poll().reason is EndReason.CARD_REMOVED


def test_an_ended_session_wipes_its_draft_but_not_filed_ones(storage: Storage) -> None:
    sid = uuid.uuid4()
    resident = workflow.Actor.resident(sid, "tablet-1")
    unfinished, filed, other = fileable(), fileable(), fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, unfinished, actor=resident, counter="1", now=NOW)
        workflow.create_draft(s, filed, actor=resident, counter="1", now=NOW)
        workflow.confirm(s, filed.id, actor=resident, now=NOW)
        workflow.create_draft(
            s, other, actor=workflow.Actor.resident(uuid.uuid4()), counter="1", now=NOW
        )
    with storage.transaction() as s:
        assert sessions.end_session(s, sid, EndReason.CARD_REMOVED, terminal="tablet-1") == 1
    with storage.reader() as s:
        for n, present in ((unfinished, False), (filed, True), (other, True)):
            try:
                workflow.get(s, n.id)
                found = True
            except workflow.NotFound:
                found = False
            assert found is present
        wipes = [e for e in audit.entries(s) if e.action == "wipe"]
        assert [(w.subject, w.detail) for w in wipes] == [
            (str(unfinished.id), '{"reason": "card_removed"}')
        ]
    with storage.transaction() as s:
        assert sessions.end_session(s, sid, EndReason.COMPLETED) == 0
