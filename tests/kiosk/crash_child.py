"""A counter process for the crash tests: files notifications step by step, printing progress.

Run as ``python -m tests.kiosk.crash_child`` with the configuration in the environment. With
``CRASH_IN=approve`` it SIGKILLs itself right after the approval's first flush: the state change,
outbox row and PDF are written inside the open transaction, which never commits.
"""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

from kiosk import workflow
from kiosk.config import load_config
from kiosk.storage import open_storage
from tests.kiosk.conftest import NOW, RECEPTION, REVIEWER, fileable


def main() -> None:
    storage = open_storage(load_config())
    crash_in = os.environ.get("CRASH_IN", "")
    armed = {"on": False}

    @event.listens_for(Session, "after_flush")
    def _die(session: Session, _ctx: object) -> None:
        if armed["on"]:
            os.kill(os.getpid(), signal.SIGKILL)

    def create(s: Session, n_id: uuid.UUID) -> None:
        n = fileable()
        n.id = n_id
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)

    def confirm(s: Session, n_id: uuid.UUID) -> None:
        workflow.confirm(s, n_id, actor=RECEPTION, now=NOW)

    def review(s: Session, n_id: uuid.UUID) -> None:
        workflow.start_review(s, n_id, actor=REVIEWER, now=NOW)

    def approve(s: Session, n_id: uuid.UUID) -> None:
        workflow.approve(s, n_id, actor=REVIEWER, adapter="csv", now=NOW)

    def deliver(s: Session, n_id: uuid.UUID) -> None:
        workflow.mark_delivered(s, n_id, f"BO-{n_id.hex[:6]}", now=NOW)

    steps: list[tuple[str, Callable[[Session, uuid.UUID], None]]] = [
        ("create", create),
        ("confirm", confirm),
        ("review", review),
        ("approve", approve),
        ("deliver", deliver),
    ]
    for i in range(int(os.environ.get("CRASH_NOTIFICATIONS", "4"))):
        n_id = uuid.uuid4()
        for name, step in steps:
            with storage.transaction() as s:
                armed["on"] = name == crash_in
                step(s, n_id)
            print(f"{i} {name} {n_id}", flush=True)
    storage.close()


if __name__ == "__main__":
    main()
