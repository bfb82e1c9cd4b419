"""Data key rotation: everything stays readable, the audit chain verifies, crashes recover."""

from __future__ import annotations

import pytest

from kiosk import audit, privacy, staff, workflow
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.keys import rotate_key
from kiosk.storage import Storage, open_storage
from tests.kiosk.conftest import REVIEWER, approved

ADMIN = workflow.Actor.system("test-admin")


def populate(storage: Storage) -> tuple[str, str]:
    nid = approved(storage)
    with storage.transaction() as s:
        staff.add(
            s, "rev01", display_name="x", roles=["審査"], password="long enough pw", actor=ADMIN
        )
        workflow.view(s, nid, actor=REVIEWER)
    with storage.reader() as s:
        family = workflow.load(s, nid).persons[0].name.family
    return str(nid), family


def test_rotation_keeps_everything_readable(storage: Storage, config: Config) -> None:
    nid, family = populate(storage)
    old_key = config.key_file.read_bytes()
    new_id = rotate_key(storage, actor=ADMIN)
    assert config.key_file.read_bytes() != old_key
    assert not (config.key_file.with_name("data.key.new")).exists()
    storage.close()
    reopened = open_storage(config)
    try:
        assert reopened.cipher.key_id.hex() == new_id
        with reopened.reader() as s:
            assert workflow.load(s, nid).persons[0].name.family == family
            assert workflow.document(s, nid).startswith(b"%PDF")
            result = audit.verify(s)
            assert result.ok, result.problems
            assert [e.action for e in audit.entries(s)][-1] == "key_rotate"
        with reopened.transaction() as s:
            workflow.record_output(s, nid, actor=REVIEWER, action="print", what="form")
        with reopened.reader() as s:
            assert audit.verify(s).ok  # entries after the rotation chain on
    finally:
        reopened.close()
    # The old key opens nothing any more.
    config.key_file.unlink()
    config.key_file.write_bytes(old_key)
    config.key_file.chmod(0o600)
    with pytest.raises(privacy.KeyMismatchError):
        open_storage(config)


def test_a_rotation_interrupted_after_its_commit_is_finished_on_start(
    storage: Storage, config: Config
) -> None:
    nid, family = populate(storage)
    old_key = config.key_file.read_bytes()
    new_id = rotate_key(storage, actor=ADMIN, promote=False)  # "crash" before the swap
    storage.close()
    assert config.key_file.read_bytes() == old_key
    reopened = open_storage(config)
    try:
        assert reopened.cipher.key_id.hex() == new_id
        with reopened.reader() as s:
            assert workflow.load(s, nid).persons[0].name.family == family
            assert audit.verify(s).ok
    finally:
        reopened.close()
    assert config.key_file.read_bytes() != old_key
    assert not config.key_file.with_name("data.key.new").exists()


def test_a_rotation_interrupted_before_its_commit_leaves_the_old_key(
    storage: Storage, config: Config
) -> None:
    nid, family = populate(storage)
    old_key = config.key_file.read_bytes()
    old_id = storage.cipher.key_id
    pending = privacy.new_key()
    privacy.FileKeyStore(config.key_file).put_pending(pending)  # nothing re-encrypted
    storage.close()
    reopened = open_storage(config)
    try:
        # The key that opens the database is the one stored before, not the pending one.
        assert reopened.cipher.key_id == old_id
        assert reopened.cipher.key_id != privacy.FieldCipher(pending).key_id
        with reopened.reader() as s:
            assert workflow.load(s, nid).persons[0].name.family == family
            assert workflow.document(s, nid).startswith(b"%PDF")
            assert audit.verify(s).ok
    finally:
        reopened.close()
    assert config.key_file.read_bytes() == old_key


def test_key_rotate_command(
    storage: Storage, config: Config, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    nid, family = populate(storage)
    storage.close()
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    assert main(["key", "rotate"]) == 0
    assert "data key rotated" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 0
    reopened = open_storage(config)
    try:
        with reopened.reader() as s:
            assert workflow.load(s, nid).persons[0].name.family == family
    finally:
        reopened.close()
