"""Random sequences of workflow steps: the database always agrees with the transition table."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import forms
from kiosk import audit, workflow
from kiosk.models import DocumentRecord, OutboxEntry, Status
from kiosk.storage import Storage
from tests.forms import factory
from tests.kiosk.conftest import NOW, RECEPTION, REVIEWER, fileable

FILED = {Status.APPROVED, Status.DELIVERED, Status.DELIVERY_FAILED}


@functools.cache
def form_pdf() -> bytes:
    return forms.render_pdf(factory.tenkyo_single())


def step(storage: Storage, action: str, nid: object) -> None:
    with storage.transaction() as s:
        if action == "confirm":
            workflow.confirm(s, nid, actor=RECEPTION, now=NOW)  # type: ignore[arg-type]
        elif action == "start_review":
            workflow.start_review(s, nid, actor=REVIEWER, now=NOW)  # type: ignore[arg-type]
        elif action == "approve":
            workflow.approve(
                s,
                nid,
                actor=REVIEWER,
                adapter="csv",
                now=NOW,
                render_pdf=lambda _n: form_pdf(),  # type: ignore[arg-type]
            )
        elif action == "return":
            workflow.return_(s, nid, actor=REVIEWER, reason="r", now=NOW)  # type: ignore[arg-type]
        elif action == "reopen":
            workflow.reopen(s, nid, actor=RECEPTION, now=NOW)  # type: ignore[arg-type]
        elif action == "mark_delivered":
            workflow.mark_delivered(s, nid, "BO", now=NOW)  # type: ignore[arg-type]
        elif action == "mark_delivery_failed":
            workflow.mark_delivery_failed(s, nid, "x", now=NOW)  # type: ignore[arg-type]
        elif action == "retry_delivery":
            workflow.retry_delivery(s, nid, actor=REVIEWER, now=NOW)  # type: ignore[arg-type]
        elif action == "cancel":
            workflow.cancel(s, nid, actor=REVIEWER, reason="c", now=NOW)  # type: ignore[arg-type]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(moves=st.lists(st.tuples(st.booleans(), st.integers(0, 50)), max_size=14))
def test_any_sequence_keeps_the_database_consistent(
    storage: Storage, moves: list[tuple[bool, int]]
) -> None:
    """Each move is a legal step (to get deep into the workflow) or any step at all."""
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
    expected = Status.DRAFT
    everything = sorted(workflow.TRANSITIONS)
    for legal, pick in moves:
        allowed = workflow.allowed_transitions(expected)
        action = allowed[pick % len(allowed)] if legal and allowed else everything[pick % 9]
        t = workflow.TRANSITIONS[action]
        try:
            step(storage, action, n.id)
        except workflow.IllegalTransition:
            assert expected not in t.sources
        else:
            if expected in t.sources:
                expected = t.target
            else:  # only the idempotent delivery reports may repeat
                assert (action, expected) in {
                    ("mark_delivered", Status.DELIVERED),
                    ("mark_delivery_failed", Status.DELIVERY_FAILED),
                }
    with storage.reader() as s:
        record = workflow.get(s, n.id)
        assert record.state is expected
        outbox = s.scalars(select(OutboxEntry).where(OutboxEntry.notification_id == n.id)).all()
        docs = s.scalars(select(DocumentRecord).where(DocumentRecord.notification_id == n.id)).all()
        filed_ever = any(e.action == "approve" and e.subject == str(n.id) for e in audit.entries(s))
        assert len(outbox) == (1 if filed_ever else 0)
        assert sorted(d.kind for d in docs) == (["form", "receipt"] if filed_ever else [])
        if expected in FILED:
            assert filed_ever
        if expected is Status.DELIVERED:
            assert outbox[0].status == "delivered"
        assert workflow.load(s, n.id).jimu.status == expected.ja
        assert audit.verify(s).ok
