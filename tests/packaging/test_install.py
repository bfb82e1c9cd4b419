"""packaging/linux/install.sh: versioned builds behind a ``current`` link; upgrades keep the
configuration, the data key and the database, run the migrations, and can be rolled back.

The "bundles" here run the real ``kiosk`` command (from this checkout) through a one-line
launcher (:func:`tests.packaging.conftest.make_bundle`). Everything is installed below a
temporary root, without systemd. Setting up (municipality, first administrator) is tested in
test_setup.py.
"""

from __future__ import annotations

import json
import os
import tarfile
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


def _pack(folder: Path, name: str, version: str, content: bytes = b"") -> Path:
    """A kiosk-data-NAME-VERSION.tar.gz as the build makes it (small data: the layout counts
    here; the doctor tests read real packs)."""
    file = {"furigana": "system.dic", "postal": "postaldata.db"}[name]
    staging = folder / f"staging-{name}-{version}" / name
    staging.mkdir(parents=True)
    (staging / file).write_bytes(content or f"{name} {version}".encode())
    manifest = {"name": name, "version": version, "file": file}
    (staging / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    archive = folder / f"kiosk-data-{name}-{version}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(staging, arcname=name)
    return archive


@pytest.mark.slow
def test_data_packs_install_beside_the_builds_and_update_on_their_own(tmp_path: Path) -> None:
    root = tmp_path / "root"
    dist = tmp_path / "dist"
    dist.mkdir()
    _pack(dist, "postal", "2026.10.0")
    _pack(dist, "furigana", "20261015")
    out = install_and_set_up(root, make_bundle(dist / "kiosk", "eeee5555")).stdout
    # The packs beside the bundle come along with it.
    assert "installed furigana 20261015" in out and "installed postal 2026.10.0" in out
    data = root / "opt/kiosk/data"
    build = current(root)
    release = root / "opt/kiosk/current"
    assert (release / "data").resolve() == data.resolve()  # where the program looks
    assert (release / "data/postal/postaldata.db").read_bytes() == b"postal 2026.10.0"
    assert oct((data / "postal-2026.10.0/postaldata.db").stat().st_mode & 0o777) == "0o644"

    # Next month's postal data on its own: the program stays, the pack switches, the old one is
    # kept for a while; the one before that goes.
    for version in ("2026.11.0", "2026.12.0"):
        out = install(root, str(_pack(tmp_path / version, "postal", version))).stdout
        assert f"installed postal {version}" in out
    assert current(root) == build
    assert os.readlink(data / "postal") == "postal-2026.12.0"
    assert (data / "postal-2026.11.0").is_dir() and not (data / "postal-2026.10.0").exists()
    assert (release / "data/postal/postaldata.db").read_bytes() == b"postal 2026.12.0"
    assert os.readlink(data / "furigana") == "furigana-20261015"

    # An archive that is no data pack changes nothing.
    odd = tmp_path / "odd"
    (odd / "x").mkdir(parents=True)
    (odd / "x" / "readme.txt").write_text("hello")
    bogus = tmp_path / "kiosk-data-postal-2027.01.0.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        tar.add(odd / "x", arcname="x")
    proc = install(root, str(bogus), check=False)
    assert proc.returncode == 1 and "not a data pack" in proc.stderr
    assert os.readlink(data / "postal") == "postal-2026.12.0"
    assert not list(data.glob(".incoming*"))


def test_a_build_needing_debian_packages_that_are_missing_is_not_installed(
    tmp_path: Path,
) -> None:
    root = tmp_path / "root"
    bundle = make_bundle(tmp_path / "b", "ffff6666")
    # The frozen build lists the Debian packages whose libraries it uses from the machine.
    (bundle / "_internal" / "system-packages.txt").write_text("libc6\nkiosk-no-such-package\n")
    proc = install(root, str(bundle), check=False)
    assert proc.returncode == 1
    assert (
        proc.stderr.strip()
        .splitlines()[-1]
        .endswith("apt-get install --no-install-recommends kiosk-no-such-package")
    )
    assert not (root / "opt/kiosk/current").exists()
