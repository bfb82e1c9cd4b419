"""packaging/linux/install.sh: versioned builds behind a ``current`` link; upgrades keep the
configuration, the data key and the database, run the migrations, and can be rolled back.

The "bundles" here run the real ``kiosk`` command (from this checkout) through a one-line
launcher (:func:`tests.packaging.conftest.make_bundle`). Everything is installed below a
temporary root, without systemd. Setting up (municipality, first administrator) is tested in
test_setup.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk import workflow
from kiosk.config import load_config
from kiosk.storage import open_storage
from tests.packaging.conftest import install, install_and_set_up, make_bundle, store_notification


def current(root: Path) -> str:
    return Path(os.readlink(root / "opt/kiosk/current")).name


def read_back(config_path: Path, nid: object) -> str:
    storage = open_storage(load_config(config_path, env={}))
    try:
        with storage.transaction() as s:
            return workflow.load(s, nid).model_dump_json()  # type: ignore[arg-type]
    finally:
        storage.close()


@pytest.mark.slow
def test_install_upgrade_keeps_data_and_rolls_back(tmp_path: Path) -> None:
    root = tmp_path / "root"
    first = make_bundle(tmp_path / "b1", "aaaa1111")
    second = make_bundle(tmp_path / "b2", "bbbb2222")

    out = install_and_set_up(root, first).stdout
    assert "upgrading the database schema" in out
    build1 = current(root)
    assert build1.startswith("0.1.0-aaaa1111-")
    config_path = root / "etc/kiosk/kiosk.toml"
    data = root / "var/lib/kiosk"
    assert (data / "kiosk.sqlite3").is_file() and (data / "data.key").is_file()
    assert oct((data / "data.key").stat().st_mode & 0o777) == "0o600"

    # IT edits the configuration; a resident's notification is stored.
    config_path.write_text(
        config_path.read_text() + '\n[counter]\nname = "2番窓口"\n', encoding="utf-8"
    )
    edited = config_path.read_text(encoding="utf-8")
    key = (data / "data.key").read_bytes()
    nid = store_notification(load_config(config_path, env={}))
    before = read_back(config_path, nid)

    # Upgrade (no set-up questions: it is done): config, key and database kept, saved first.
    install(root, str(second))
    build2 = current(root)
    assert build2.startswith("0.1.0-bbbb2222-")
    assert Path(os.readlink(root / "opt/kiosk/previous")).name == build1
    assert config_path.read_text(encoding="utf-8") == edited
    assert (data / "data.key").read_bytes() == key
    assert read_back(config_path, nid) == before
    saved = data / "backups" / f"pre-{build2}"
    assert list(saved.glob("kiosk-*.sqlite3")) and list(saved.glob("data-*.key"))

    listing = install(root, "--list").stdout
    assert f"* {build2}" in listing and f"  {build1}" in listing

    # Data entered on the new build, then a rollback that also puts the old database back.
    later = store_notification(load_config(config_path, env={}))
    install(root, "--rollback", "--with-database")
    assert current(root) == build1
    assert read_back(config_path, nid) == before
    storage = open_storage(load_config(config_path, env={}))
    with storage.transaction() as s, pytest.raises(workflow.NotFound):
        workflow.get(s, later)
    storage.close()


@pytest.mark.slow
def test_failed_migration_leaves_the_running_build_in_place(tmp_path: Path) -> None:
    root = tmp_path / "root"
    install_and_set_up(root, make_bundle(tmp_path / "good", "cccc3333"))
    good = current(root)
    proc = install(
        root, str(make_bundle(tmp_path / "bad", "dddd4444", broken_upgrade=True)), check=False
    )
    assert proc.returncode != 0
    assert "switching back" in proc.stdout
    assert "migration 9999 failed" in proc.stderr
    assert current(root) == good


def test_rollback_without_a_previous_build_refuses(tmp_path: Path) -> None:
    proc = install(tmp_path / "root", "--rollback", check=False)
    assert proc.returncode != 0
    assert "no previous build" in proc.stderr
