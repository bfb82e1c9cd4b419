"""A counter floor: the tablet and the desk follow one visit through the database.

Each side has its own flow and its own database engine (two processes' worth of connections)
on one database — SQLite and a throwaway PostgreSQL. The desk learns of the tablet's changes
as any desk learns of a change (:class:`kiosk.changes.ChangeWatcher`: LISTEN/NOTIFY on
PostgreSQL), takes the called visit over, hands it back; the resident signs on the tablet.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import text

from forms.model import IntakeMode
from kiosk import retention, workflow
from kiosk.changes import ChangeWatcher
from kiosk.config import Config
from kiosk.flow import ResidentFlow
from kiosk.models import utcnow
from kiosk.resident_service import ResidentService
from kiosk.storage import Storage, open_storage
from kiosk.visits import VisitConflict, VisitLink, Visits, VisitStore, save_visit, visit_id
from kiosk.workflow import Actor
from tests.kiosk.test_flow import HOLDER, SIGNATURE, TODAY, Visit, records

CLERK = Actor.staff("clerk1", ["受付"], "desk-1")
TABLET = "tablet-3"


@pytest.fixture
def desk_storage(config: Config) -> Iterator[Storage]:
    """The desk's own engine on the same database (as another PC's process would have)."""
    opened = open_storage(config)
    yield opened
    opened.close()


class Floor:
    """A tablet and a desk, each with its own flow and engine, on one database."""

    def __init__(self, config: Config, tablet_storage: Storage, desk_storage: Storage) -> None:
        service = ResidentService(config, tablet_storage, today=lambda: TODAY, terminal=TABLET)
        self.tablet = Visit(service)
        self.tablet_link = VisitLink(self.tablet.flow, VisitStore(tablet_storage), TABLET)
        self.tablet_link.push()
        desk_service = ResidentService(config, desk_storage, today=lambda: TODAY, terminal="desk-1")
        self.desk = Visits(
            VisitStore(desk_storage), lambda: ResidentFlow(desk_service), desk="desk-1"
        )
        self.desk_watch = ChangeWatcher(desk_storage, poll_interval=0.05)
        self.tablet_watch = ChangeWatcher(tablet_storage, poll_interval=0.05)

    def desk_sees(self) -> list[str]:
        """The desk wakes on the changes committed since, and takes the visits announced."""
        ids = [c.notification_id for c in self.desk_watch.wait(timeout=3.0)]
        assert visit_id(TABLET) in ids
        return self.desk.changed(ids)

    def tablet_sees(self) -> bool:
        ids = [c.notification_id for c in self.tablet_watch.wait(timeout=3.0)]
        assert visit_id(TABLET) in ids
        return self.tablet_link.pull()

    def close(self) -> None:
        self.desk_watch.close()
        self.tablet_watch.close()
        self.desk.close()
        self.tablet_link.close()


@pytest.fixture
def floor(config: Config, storage: Storage, desk_storage: Storage) -> Iterator[Floor]:
    made = Floor(config, storage, desk_storage)
    yield made
    made.close()


def test_a_call_taken_over_at_the_desk_and_handed_back(floor: Floor, storage: Storage) -> None:
    tablet = floor.tablet
    desk_flow = floor.desk.flow(TABLET)  # the desk opens the tablet's visit
    assert desk_flow.screen == "welcome" and desk_flow is not tablet.flow
    tablet.start("within")
    tablet.to("household")
    tablet.flow.call_staff("help")
    assert floor.desk_sees() == [TABLET]
    [info] = floor.desk.list([TABLET])
    assert (info.staff_call, info.screen, info.driver) == ("help", "step", "")
    assert desk_flow.state.answers.to_dict() == tablet.answers.to_dict()
    assert desk_flow.step == "household"

    desk_flow.take_over(CLERK)
    assert floor.tablet_sees()
    assert tablet.state.driver == "staff:clerk1" and tablet.flow.view()["mirror"] is True
    tablet.flow.set_head(0)  # the resident's screen is read-only now
    assert tablet.told("refused") == ["set_head"]
    desk_flow.set_head(0, actor=CLERK)
    desk_flow.next(actor=CLERK)
    assert floor.tablet_sees() and tablet.flow.step == "related"
    assert tablet.answers.head == 0

    desk_flow.hand_back(CLERK)
    assert floor.tablet_sees() and tablet.state.driver == ""
    tablet.answer("related")
    tablet.flow.to_sign()
    tablet.flow.sign(SIGNATURE, 4.0)
    assert tablet.flow.screen == "done", tablet.state.sign_error
    floor.desk_sees()
    assert desk_flow.screen == "done" and desk_flow.state.reception_number
    [record] = records(storage)
    n = workflow.notification_of(record)
    assert n.jimu.intake_mode is IntakeMode.SELF_SERVICE
    trail = [c.actor for c in n.jimu.confirmations]
    assert trail == []

    tablet.flow.finish()  # the visit ends: what was stored of it goes too
    floor.desk_sees()
    stored = floor.desk.store.load(TABLET)
    assert stored is not None and stored.state is not None
    assert stored.state.holder is None and stored.info.session_id is None
    assert desk_flow.screen == "welcome"


def test_one_writer_at_a_time(floor: Floor) -> None:
    tablet = floor.tablet
    desk_flow = floor.desk.flow(TABLET)
    tablet.start("within")
    floor.desk_sees()
    lost: list[bool] = []
    link = floor.desk.link(TABLET)
    assert link is not None
    link.on_conflict = lambda: lost.append(True)
    # Both act before seeing the other's change: the later save is refused and takes the
    # stored visit; nothing the first one saved is overwritten.
    tablet.flow.set_date_days_ago(3)
    desk_flow.take_over(CLERK)
    assert lost == [True]
    assert (
        desk_flow.state.driver == "" and desk_flow.state.answers.moved_on == tablet.answers.moved_on
    )
    desk_flow.take_over(CLERK)  # again, now on the latest visit
    assert floor.tablet_sees() and tablet.state.driver == "staff:clerk1"


def test_the_stored_visit_is_encrypted_and_purged(floor: Floor, storage: Storage) -> None:
    floor.tablet.start("within")
    with storage.reader() as s:
        raw = s.execute(text("SELECT state FROM visits WHERE tablet = :t"), {"t": TABLET}).scalar()
    assert raw is not None
    blob = bytes(raw)
    for plain in (HOLDER.name, HOLDER.address, "黒桐"):
        assert plain.encode() not in blob
    assert "黒桐".encode("utf-16-le") not in blob
    stored = floor.desk.store.load(TABLET)
    assert stored is not None and stored.state is not None
    assert stored.state.holder is not None and stored.state.holder.name == HOLDER.name
    with storage.transaction() as s:
        retention.purge(s, storage.config.retention, now=utcnow() + timedelta(hours=2))
    stored = floor.desk.store.load(TABLET)
    assert stored is not None and stored.state is None and stored.info.session_id is None


def test_a_save_against_a_moved_visit_is_refused(storage: Storage) -> None:
    flow_state = ResidentFlow(ResidentService(storage.config, storage, today=lambda: TODAY)).state
    with storage.transaction() as s:
        first = save_visit(s, TABLET, flow_state, expected_version=None)
    with storage.transaction() as s:
        save_visit(s, TABLET, flow_state, expected_version=first)
    with pytest.raises(VisitConflict), storage.transaction() as s:
        save_visit(s, TABLET, flow_state, expected_version=first)


def test_the_counter_screen_in_one_process_shares_its_flow(storage: Storage) -> None:
    """Single PC: the desk reaches the very flow object the touch screen shows."""
    service = ResidentService(storage.config, storage, today=lambda: TODAY, terminal="touch")
    screen = Visit(service)
    visits = Visits(VisitStore(storage), lambda: ResidentFlow(service))
    link = visits.attach("touch", screen.flow)
    assert isinstance(link, VisitLink)
    assert visits.flow("touch") is screen.flow
    screen.start("within")
    [info] = visits.list(["touch"])
    assert info.under_way and info.screen == "step"
    visits.close()
