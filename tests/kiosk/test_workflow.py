"""The workflow: every legal and illegal move, approval in one transaction, 受付番号, the queue."""

from __future__ import annotations

import functools
import logging
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

import forms
from kiosk import audit, workflow
from kiosk.day_view import day_view
from kiosk.models import DocumentRecord, NotificationRecord, OutboxEntry, Status
from kiosk.storage import Storage
from tests.forms import factory
from tests.kiosk.conftest import ADMIN, NOW, RECEPTION, REVIEWER, approved, fileable

SYSTEM = workflow.Actor.system("test")


@functools.cache
def form_pdf() -> bytes:
    return forms.render_pdf(factory.tenkyo_single())


def reach(storage: Storage, status: Status) -> uuid.UUID:
    """A fresh notification brought to ``status`` by legal moves."""
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
        if status is Status.DRAFT:
            return n.id
        if status is Status.CANCELLED:
            workflow.cancel(s, n.id, actor=RECEPTION, reason="resident left", now=NOW)
            return n.id
        workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
        if status is Status.CONFIRMED:
            return n.id
        if status is Status.RETURNED:
            workflow.return_(s, n.id, actor=REVIEWER, reason="wrong date", now=NOW)
            return n.id
        workflow.start_review(s, n.id, actor=REVIEWER, now=NOW)
        if status is Status.REVIEWING:
            return n.id
        # Getting there is not under test: one PDF rendered for all (approve's own tests render).
        workflow.approve(
            s, n.id, actor=REVIEWER, adapter="csv", now=NOW, render_pdf=lambda _n: form_pdf()
        )
        if status is Status.APPROVED:
            return n.id
        if status is Status.DELIVERED:
            workflow.mark_delivered(s, n.id, "BO-1", now=NOW)
        elif status is Status.DELIVERY_FAILED:
            workflow.mark_delivery_failed(s, n.id, "HTTP 422", now=NOW)
        return n.id


def perform(storage: Storage, action: str, nid: uuid.UUID) -> None:
    with storage.transaction() as s:
        if action == "confirm":
            workflow.confirm(s, nid, actor=RECEPTION, now=NOW)
        elif action == "start_review":
            workflow.start_review(s, nid, actor=REVIEWER, now=NOW)
        elif action == "approve":
            workflow.approve(s, nid, actor=REVIEWER, adapter="csv", now=NOW)
        elif action == "return":
            workflow.return_(s, nid, actor=REVIEWER, reason="check the date", now=NOW)
        elif action == "reopen":
            workflow.reopen(s, nid, actor=RECEPTION, now=NOW)
        elif action == "mark_delivered":
            workflow.mark_delivered(s, nid, "BO-2", now=NOW)
        elif action == "mark_delivery_failed":
            workflow.mark_delivery_failed(s, nid, "refused", now=NOW)
        elif action == "retry_delivery":
            workflow.retry_delivery(s, nid, actor=REVIEWER, now=NOW)
        elif action == "cancel":
            workflow.cancel(s, nid, actor=REVIEWER, reason="withdrawn", now=NOW)
        else:  # pragma: no cover
            raise AssertionError(action)


def state(storage: Storage, nid: uuid.UUID) -> Status:
    with storage.reader() as s:
        return workflow.get(s, nid).state


CASES = [(action, status) for action in workflow.TRANSITIONS for status in Status]
# Reporting a delivery outcome again is idempotent, not an error.
IDEMPOTENT = {
    ("mark_delivered", Status.DELIVERED),
    ("mark_delivery_failed", Status.DELIVERY_FAILED),
}


@pytest.mark.parametrize(("action", "status"), CASES, ids=[f"{a}-{s.value}" for a, s in CASES])
def test_every_transition_from_every_state(storage: Storage, action: str, status: Status) -> None:
    nid = reach(storage, status)
    t = workflow.TRANSITIONS[action]
    if status in t.sources:
        perform(storage, action, nid)
        assert state(storage, nid) is t.target
    elif (action, status) in IDEMPOTENT:
        perform(storage, action, nid)
        assert state(storage, nid) is status
    else:
        with pytest.raises(workflow.IllegalTransition) as err:
            perform(storage, action, nid)
        assert status.ja in str(err.value)
        assert state(storage, nid) is status


def test_provisional_data_never_reaches_the_outbox(storage: Storage) -> None:
    for status in (Status.DRAFT, Status.CONFIRMED, Status.REVIEWING, Status.RETURNED):
        reach(storage, status)
    with storage.reader() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 0


def test_approval_writes_status_outbox_and_pdf_together(storage: Storage) -> None:
    nid = approved(storage)
    with storage.reader() as s:
        record = workflow.get(s, nid)
        assert record.state is Status.APPROVED
        entry = s.scalars(select(OutboxEntry)).one()
        assert entry.notification_id == nid
        assert entry.status == "pending" and entry.attempts == 0 and entry.adapter == "csv"
        assert entry.idempotency_key == workflow.idempotency_key(nid, "csv")
        pdf = workflow.document(s, nid)
        assert pdf.startswith(b"%PDF")
        stored = workflow.load(s, nid)
        assert stored.jimu.status == "本登録"
        assert stored.jimu.reviewed_by == REVIEWER.id
        assert stored.jimu.reception_number == "1-001"


def test_approval_is_rolled_back_whole_when_rendering_fails(storage: Storage) -> None:
    nid = reach(storage, Status.REVIEWING)

    def broken(_n: object) -> bytes:
        raise RuntimeError("printer font missing")

    with pytest.raises(RuntimeError), storage.transaction() as s:
        workflow.approve(s, nid, actor=REVIEWER, adapter="csv", now=NOW, render_pdf=broken)
    assert state(storage, nid) is Status.REVIEWING
    with storage.reader() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_roles_are_enforced(storage: Storage) -> None:
    nid = reach(storage, Status.CONFIRMED)
    with pytest.raises(workflow.NotPermitted), storage.transaction() as s:
        workflow.start_review(s, nid, actor=RECEPTION, now=NOW)
    with storage.transaction() as s:
        workflow.start_review(s, nid, actor=REVIEWER, now=NOW)
    with pytest.raises(workflow.NotPermitted), storage.transaction() as s:
        workflow.approve(s, nid, actor=ADMIN, adapter="csv", now=NOW)
    resident = workflow.Actor.resident(uuid.uuid4())
    with pytest.raises(workflow.NotPermitted), storage.transaction() as s:
        workflow.cancel(s, nid, actor=resident, reason="x", now=NOW)
    assert state(storage, nid) is Status.REVIEWING
    done = approved(storage)
    with pytest.raises(workflow.NotPermitted), storage.transaction() as s:
        workflow.mark_delivered(s, done, actor=REVIEWER)  # only delivery reports a delivery
    assert state(storage, done) is Status.APPROVED


def test_a_resident_only_touches_their_own_session(storage: Storage) -> None:
    mine, other = uuid.uuid4(), uuid.uuid4()
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=workflow.Actor.resident(mine), counter="1", now=NOW)
    with pytest.raises(workflow.NotPermitted), storage.transaction() as s:
        workflow.confirm(s, n.id, actor=workflow.Actor.resident(other), now=NOW)
    with storage.transaction() as s:
        workflow.confirm(s, n.id, actor=workflow.Actor.resident(mine), now=NOW)
    assert state(storage, n.id) is Status.CONFIRMED


def test_confirm_refuses_an_incomplete_or_unsigned_notification(storage: Storage) -> None:
    unsigned = fileable()
    unsigned.filer.signature.strokes = []
    incomplete = fileable()
    incomplete.persons = []
    for n, code in ((unsigned, "signature_missing"), (incomplete, None)):
        with storage.transaction() as s:
            workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
        with pytest.raises(workflow.NotReady) as err, storage.transaction() as s:
            workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
        assert err.value.codes
        if code:
            assert code in err.value.codes
        assert state(storage, n.id) is Status.DRAFT


def test_reasons_are_required_to_return_or_cancel(storage: Storage) -> None:
    nid = reach(storage, Status.CONFIRMED)
    with pytest.raises(workflow.WorkflowError, match="reason"), storage.transaction() as s:
        workflow.return_(s, nid, actor=REVIEWER, reason="  ", now=NOW)
    with pytest.raises(workflow.WorkflowError, match="reason"), storage.transaction() as s:
        workflow.cancel(s, nid, actor=REVIEWER, reason="", now=NOW)


def test_stale_version_is_refused(storage: Storage) -> None:
    nid = reach(storage, Status.CONFIRMED)
    with storage.reader() as s:
        seen = workflow.get(s, nid).version
    with storage.transaction() as s:
        workflow.return_(s, nid, actor=REVIEWER, reason="x", expected_version=seen, now=NOW)
    with storage.transaction() as s:
        workflow.reopen(s, nid, actor=RECEPTION, now=NOW)
    # A desk still showing the old version cannot act on what it no longer sees.
    with pytest.raises(workflow.ConcurrentChange), storage.transaction() as s:
        workflow.cancel(s, nid, actor=REVIEWER, reason="old screen", expected_version=seen)
    assert state(storage, nid) is Status.DRAFT


def test_two_sessions_editing_at_once_cannot_both_win(storage: Storage) -> None:
    nid = reach(storage, Status.REVIEWING)
    # Two desks show the same notification (read earlier), then both save.
    a = storage.session()
    b = storage.session()
    try:
        with storage.reader() as r:
            na = workflow.load(r, nid)
            nb = workflow.load(r, nid)
            version = workflow.get(r, nid).version
        na.todoke.note = "A's note"
        nb.todoke.note = "B's note"
        with a.begin():
            workflow.save(a, na, actor=REVIEWER, expected_version=version)
        with pytest.raises(workflow.ConcurrentChange), b.begin():
            workflow.save(b, nb, actor=REVIEWER, expected_version=version)
    finally:
        a.close()
        b.close()
    with storage.reader() as s:
        assert workflow.load(s, nid).todoke.note == "A's note"


def test_staff_edits_are_audited_by_field_path_not_value(storage: Storage) -> None:
    nid = reach(storage, Status.REVIEWING)
    with storage.transaction() as s:
        n = workflow.load(s, nid)
        n.persons[0].name.given = "美咲子"
        workflow.save(s, n, actor=REVIEWER, expected_version=None)
    with storage.reader() as s:
        last = list(audit.entries(s))[-1]
        assert last.action == "edit" and last.subject == str(nid)
        assert "persons.0.name.given" in last.detail
        assert "美咲子" not in last.detail
        assert workflow.load(s, nid).persons[0].name.given == "美咲子"


def test_edits_are_refused_once_approved(storage: Storage) -> None:
    nid = approved(storage)
    with pytest.raises(workflow.IllegalTransition), storage.transaction() as s:
        n = workflow.load(s, nid)
        n.todoke.note = "late"
        workflow.save(s, n, actor=REVIEWER, expected_version=None)


def test_reception_numbers_per_counter_per_day(storage: Storage) -> None:
    numbers = []
    for counter, now in (
        ("1", NOW),
        ("1", NOW),
        ("2", NOW),
        ("1", NOW),
        ("1", NOW + timedelta(days=1)),
    ):
        n = fileable()
        n.todoke.filed_on = now.date()
        with storage.transaction() as s:
            workflow.create_draft(s, n, actor=RECEPTION, counter=counter, now=now)
            r = workflow.confirm(s, n.id, actor=RECEPTION, now=now)
            numbers.append((counter, r.reception_day, r.reception_no))
    assert [n[2] for n in numbers] == [1, 2, 1, 3, 1]
    assert numbers[4][1] == numbers[0][1] + timedelta(days=1)


def test_a_returned_notification_keeps_its_reception_number_when_filed_again(
    storage: Storage,
) -> None:
    # The resident holds a slip saying 1-002; after 差戻 and correction it is filed again (the
    # next day, even) and must still be 1-002, and the next resident gets 1-003: no gap.
    first, second = fileable(), fileable()
    with storage.transaction() as s:
        for n in (first, second):
            workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
            workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
        workflow.return_(s, second.id, actor=REVIEWER, reason="番地を確認", now=NOW)
        workflow.reopen(s, second.id, actor=RECEPTION, now=NOW)
        again = workflow.confirm(s, second.id, actor=RECEPTION, now=NOW + timedelta(hours=2))
        third = fileable()
        workflow.create_draft(s, third, actor=RECEPTION, counter="1", now=NOW)
        next_one = workflow.confirm(s, third.id, actor=RECEPTION, now=NOW + timedelta(hours=2))
    assert (again.reception_day, again.reception_no) == (NOW.date(), 2)
    assert next_one.reception_no == 3
    with storage.reader() as s:
        assert workflow.load(s, second.id).jimu.reception_number == "1-002"
        day = day_view(s, counter="1", day=NOW.date())
    assert [(row.label, row.status) for row in day.numbers] == [
        ("1-001", Status.CONFIRMED),
        ("1-002", Status.CONFIRMED),
        ("1-003", Status.CONFIRMED),
    ]


def test_the_day_is_the_counters_local_day(storage: Storage) -> None:
    # 23:30 UTC on 9 April is 08:30 on 10 April in Japan.
    late = NOW.replace(day=9, hour=23, minute=30)
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=late)
        r = workflow.confirm(s, n.id, actor=RECEPTION, now=late)
        assert r.reception_day == NOW.date()


def test_delivery_outcomes(storage: Storage) -> None:
    nid = approved(storage)
    with storage.transaction() as s:
        workflow.mark_delivery_failed(s, nid, "HTTP 422 schema")
    with storage.reader() as s:
        entry = s.scalars(select(OutboxEntry)).one()
        assert entry.status == "failed" and entry.last_error == "HTTP 422 schema"
    with storage.transaction() as s:
        workflow.retry_delivery(s, nid, actor=REVIEWER)
    with storage.reader() as s:
        assert s.scalars(select(OutboxEntry)).one().status == "pending"
    with storage.transaction() as s:
        workflow.mark_delivered(s, nid, "BO-77")
    with storage.transaction() as s:
        workflow.mark_delivered(s, nid, "BO-77")  # reported twice: still one delivery
    with storage.reader() as s:
        record = workflow.get(s, nid)
        assert record.state is Status.DELIVERED and record.delivery_ref == "BO-77"
        assert s.scalars(select(OutboxEntry)).one().status == "delivered"
        actions = [e.action for e in audit.entries(s) if e.subject == str(nid)]
        assert actions.count("mark_delivered") == 1


def test_submit_confirmed_files_and_queues_in_one_go(storage: Storage) -> None:
    n = factory.tennyu_family()
    n.id = uuid.uuid4()
    with storage.transaction() as s:
        record = workflow.submit_confirmed(s, n, counter="3", adapter="http", actor=SYSTEM, now=NOW)
    with storage.reader() as s:
        assert workflow.get(s, record.id).state is Status.APPROVED
        assert s.scalars(select(OutboxEntry)).one().adapter == "http"
        actions = [e.action for e in audit.entries(s)]
        assert actions == ["create", "confirm", "start_review", "approve"]


def test_submit_from_resident_returns_the_reception_number(storage: Storage) -> None:
    session_id = uuid.uuid4()
    label = workflow.submit_from_resident(
        storage, fileable(), counter="2", terminal="tablet-1", resident_session=session_id
    )
    assert label.startswith("2-")
    with storage.reader() as s:
        (record,) = s.scalars(select(NotificationRecord)).all()
        assert record.state is Status.CONFIRMED
        assert record.resident_session == session_id


def test_logs_carry_ids_not_names(storage: Storage, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    n = fileable()
    nid = approved(storage, n)
    with storage.transaction() as s:
        workflow.mark_delivery_failed(s, nid, "timeout")
    text = caplog.text
    assert str(nid) in text
    for personal in (n.persons[0].name.family, n.new_address.town, n.filer.phone):
        assert personal not in text
    with storage.reader() as s:
        for entry in audit.entries(s):
            assert n.persons[0].name.family not in entry.detail + entry.actor + entry.subject


@pytest.mark.parametrize("number", ["123456789018", "１２３４５６７８９０１８"])
def test_a_my_number_is_never_stored(storage: Storage, number: str) -> None:
    n = fileable()
    n.todoke.note = f"個人番号 {number}"
    refused = pytest.raises(workflow.WorkflowError, match=r"todoke\.note .*個人番号")
    with refused, storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
    ok = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, ok, actor=RECEPTION, counter="1", now=NOW)
    ok.todoke.note = number
    with pytest.raises(workflow.WorkflowError, match="never stored"), storage.transaction() as s:
        workflow.save(s, ok, actor=RECEPTION, expected_version=None)
    # Twelve digits that fail the check digit are just digits (a reference number, say).
    ok.todoke.note = "123456789011"
    with storage.transaction() as s:
        workflow.save(s, ok, actor=RECEPTION, expected_version=None)


def test_the_workflow_keeps_its_own_clerical_items(storage: Storage) -> None:
    nid = reach(storage, Status.REVIEWING)
    with storage.transaction() as s:
        n = workflow.load(s, nid)
        n.jimu.reception_number = "9-999"  # not the editor's to change …
        n.jimu.status = "本登録"
        n.jimu.note = "本人確認済 (運転免許証)"  # … but the clerks' note is
        workflow.save(s, n, actor=REVIEWER, expected_version=None)
    with storage.reader() as s:
        stored = workflow.load(s, nid)
    assert (stored.jimu.reception_number, stored.jimu.status) == ("1-001", "審査中")
    assert stored.jimu.note == "本人確認済 (運転免許証)"


def test_malformed_ids_are_not_found(storage: Storage) -> None:
    with storage.reader() as s, pytest.raises(workflow.NotFound, match="not a notification id"):
        workflow.get(s, "12345")
