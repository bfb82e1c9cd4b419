"""Taking a notification along the workflow's usual path, for tests and benchmarks.

入力中 (:func:`kiosk.workflow.create_draft`) → 確認済 (``confirm``) → 審査中 (``start_review``) →
本登録 (``approve``), each step audited, in the caller's transaction. A test that is about one of
these steps calls the workflow itself; a test (or benchmark) that only needs a notification at a
later state calls :func:`approve_new` or :func:`review_new` and reads as what it is about.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

import forms
from kiosk import workflow
from kiosk.models import NotificationRecord

__all__ = ["approve_new", "review_new"]


def review_new(
    session: Session,
    n: forms.Notification,
    *,
    clerk: workflow.Actor,
    reviewer: workflow.Actor | None = None,
    now: datetime | None = None,
    counter: str = "1",
) -> NotificationRecord:
    """Store ``n`` as a draft and take it to 審査中: ``clerk`` files and confirms it,
    ``reviewer`` (the clerk when None) starts the review."""
    record = workflow.create_draft(session, n, actor=clerk, counter=counter, now=now)
    workflow.confirm(session, record.id, actor=clerk, now=now)
    return workflow.start_review(session, record.id, actor=reviewer or clerk, now=now)


def approve_new(
    session: Session,
    n: forms.Notification,
    *,
    clerk: workflow.Actor,
    reviewer: workflow.Actor | None = None,
    now: datetime | None = None,
    counter: str = "1",
    adapter: workflow.Adapter = "csv",
    render_pdf: Callable[[forms.Notification], bytes] | None = None,
) -> NotificationRecord:
    """Store ``n`` and take it to 本登録 for ``adapter`` (its outbox row written): ``clerk``
    files and confirms it, ``reviewer`` (the clerk when None) reviews and approves it.

    ``render_pdf`` stands in for the form's rendering where a test or benchmark is not about it.
    """
    record = review_new(session, n, clerk=clerk, reviewer=reviewer, now=now, counter=counter)
    return workflow.approve(
        session,
        record.id,
        actor=reviewer or clerk,
        adapter=adapter,
        now=now,
        render_pdf=render_pdf,
    )
