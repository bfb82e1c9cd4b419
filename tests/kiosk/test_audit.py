"""The audit log: append-only in the database, and tampering is found by ``audit verify``."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kiosk import audit, workflow
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.storage import Storage
from tests.kiosk.conftest import REVIEWER, approved


def drop_guards(storage: Storage) -> None:
    """What an attacker with DDL rights would do first."""
    with storage.engine.begin() as conn:
        if storage.is_postgresql:
            conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))


def raw(storage: Storage, sql: str) -> None:
    with storage.engine.begin() as conn:
        conn.execute(text(sql))


def verify(storage: Storage) -> audit.VerifyResult:
    with storage.reader() as s:
        return audit.verify(s)


@pytest.fixture
def logged(storage: Storage) -> Storage:
    """A database with a few notifications' worth of audit entries (at least 10)."""
    for _ in range(2):
        nid = approved(storage)
        with storage.transaction() as s:
            workflow.view(s, nid, actor=REVIEWER)
            workflow.record_output(s, nid, actor=REVIEWER, action="print", what="form")
    result = verify(storage)
    assert result.ok and result.checked >= 10
    return storage


def test_the_database_refuses_updates_and_deletes(logged: Storage) -> None:
    for sql in ("UPDATE audit_log SET actor = 'x' WHERE seq = 2", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(logged, sql)
    assert verify(logged).ok


def test_a_changed_entry_is_found(logged: Storage) -> None:
    drop_guards(logged)
    raw(logged, "UPDATE audit_log SET actor = 'staff:someone-else' WHERE seq = 3")
    result = verify(logged)
    assert result.problems == ["entry 3: content changed"]


def test_a_rehashed_change_is_still_found(logged: Storage) -> None:
    """Without the key (kept outside the database) a forger cannot recompute the chain."""
    drop_guards(logged)
    with logged.engine.begin() as conn:
        row = conn.execute(text("SELECT prev_hash FROM audit_log WHERE seq = 4")).one()
        forged = hashlib.sha256((row.prev_hash + "approve").encode()).hexdigest()
        conn.execute(
            text("UPDATE audit_log SET action = 'view', hash = :h WHERE seq = 4"), {"h": forged}
        )
    problems = verify(logged).problems
    assert "entry 4: content changed" in problems
    assert "entry 5: does not follow the entry before it" in problems


def test_a_deleted_entry_is_found(logged: Storage) -> None:
    drop_guards(logged)
    raw(logged, "DELETE FROM audit_log WHERE seq = 5")
    problems = verify(logged).problems
    assert "entry 5 deleted" in problems
    assert "entry 6: does not follow the entry before it" in problems


def test_deleting_the_newest_entries_is_found(logged: Storage) -> None:
    drop_guards(logged)
    with logged.reader() as s:
        last = max(e.seq for e in audit.entries(s))
    raw(logged, f"DELETE FROM audit_log WHERE seq >= {last - 1}")
    assert verify(logged).problems == [f"entries {last - 1}-{last} deleted (the log ends early)"]


def test_audit_verify_command(
    logged: Storage,
    config: Config,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {
        "KIOSK_PATHS_DATA_DIR": str(config.data_dir),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": config.database.url,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert main(["audit", "verify"]) == 0
    assert "audit log intact" in capsys.readouterr().out
    anchors = audit.read_anchors(config.data_dir / audit.ANCHOR_FILE)
    assert [a.seq for a in anchors if a.seq], "verify anchors the head it checked"
    assert main(["audit", "list", "--actor", REVIEWER.audit_id]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["seq", "at", "actor", "terminal", "action", "subject", "detail"]
    assert {r[4] for r in rows[1:]} == {"start_review", "approve", "view", "print"}
    assert all(r[2] == REVIEWER.audit_id and r[3] == "desk-1" for r in rows[1:])
    drop_guards(logged)
    raw(logged, "DELETE FROM audit_log WHERE seq = 2")
    assert main(["audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "TAMPERED: entry 2 deleted" in out


def test_entries_hold_ids_only(logged: Storage) -> None:
    with logged.reader() as s:
        entries = list(audit.entries(s))
    actions = {e.action for e in entries}
    assert {"create", "confirm", "start_review", "approve", "view", "print"} <= actions
    for e in entries:
        assert e.actor.split(":")[0] in {"staff", "system", "resident"}


def test_detail_refuses_anything_but_scalars(storage: Storage) -> None:
    with pytest.raises(TypeError), storage.transaction() as s:
        audit.record(s, actor="system:x", action="view", detail={"names": ["山田"]})  # type: ignore[dict-item]


def test_cutting_back_the_log_and_its_head_is_found_by_an_anchor(
    logged: Storage, tmp_path: Path
) -> None:
    anchors = tmp_path / "audit.anchor"
    with logged.reader() as s:
        anchored_seq, _ = audit.write_anchor(s, anchors)
    approved(logged)  # more work after the anchor
    assert verify(logged).ok
    # A forger removes the newest entries and rewinds the head row to match: the chain
    # itself looks whole again …
    drop_guards(logged)
    raw(logged, f"DELETE FROM audit_log WHERE seq >= {anchored_seq}")
    with logged.engine.begin() as conn:
        last = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
        conn.execute(
            text("UPDATE audit_head SET seq = :s, hash = :h"), {"s": last.seq, "h": last.hash}
        )
    assert verify(logged).ok
    # … but not against the anchor kept outside the database.
    with logged.reader() as s:
        result = audit.verify(s, anchors)
    assert result.problems and "was cut back" in result.problems[0]
    assert str(anchored_seq) in result.problems[0]
