"""Everything the counter writes is private from the first byte, whole or absent, and purged.

Checked on the real file system: folders and files the counter creates (data folder, logs,
anchors, print fallbacks, exports) under a permissive umask, exclusive creation, atomic
replacement when a write fails part-way, and the purge of saved print files.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk import audit, private_files, retention
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.models import utcnow
from kiosk.storage import open_storage
from tests.kiosk.conftest import fileable


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read what is not made private on purpose."""
    old = os.umask(0o002)
    yield
    os.umask(old)


def test_the_data_folder_and_everything_in_it_are_private(
    make_config: Callable[..., Config], tmp_path: Path, open_umask: None
) -> None:
    data = tmp_path / "new" / "deep" / "data"
    config = make_config(KIOSK_PATHS_DATA_DIR=str(data))
    open_storage(config).close()
    for folder in (tmp_path / "new", tmp_path / "new" / "deep", data):
        assert mode(folder) == 0o700, folder
    for name in ("kiosk.sqlite3", "data.key", audit.ANCHOR_FILE):
        assert mode(data / name) == 0o600, name


def test_an_existing_folder_is_left_as_it_is(tmp_path: Path, open_umask: None) -> None:
    shared = tmp_path / "srv"
    shared.mkdir(mode=0o750)
    private_files.make_private_dir(shared / "kiosk")
    assert mode(shared) == 0o750, "a folder IT made keeps its mode"
    assert mode(shared / "kiosk") == 0o700


def test_a_new_file_never_replaces_another(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "x" / "a.pdf"
    private_files.write_private(path, b"first")
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    with pytest.raises(FileExistsError):
        private_files.write_private(path, b"second")
    assert path.read_bytes() == b"first"
    # A link planted where the file goes is not followed.
    target = tmp_path / "elsewhere"
    target.write_bytes(b"keep")
    (tmp_path / "x" / "b.pdf").symlink_to(target)
    saved = private_files.write_private_new(tmp_path / "x", "b.pdf", b"doc")
    assert saved.name == "b-2.pdf" and target.read_bytes() == b"keep"
    with pytest.raises(ValueError):
        private_files.write_private_new(tmp_path / "x", "../escape.pdf", b"doc")


WRITE_TOO_MUCH = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from kiosk import private_files

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    try:
        private_files.write_private(Path(sys.argv[1]), b"x" * 100_000, replace=sys.argv[2] == "1")
    except OSError as exc:
        print("refused", exc.errno)
    """
)


@pytest.mark.parametrize("replace", [False, True])
def test_a_write_that_fails_part_way_leaves_no_half_file(tmp_path: Path, replace: bool) -> None:
    """The disk refuses the rest after 4 KiB (a file size limit stands in for a full disk)."""
    path = tmp_path / "export.zip"
    if replace:
        path.write_bytes(b"the earlier, complete export")
    proc = subprocess.run(
        [sys.executable, "-c", WRITE_TOO_MUCH, str(path), "1" if replace else "0"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert proc.stdout.startswith("refused"), proc.stderr
    if replace:
        assert path.read_bytes() == b"the earlier, complete export"
    else:
        assert not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == (["export.zip"] if replace else [])


def test_print_fallback_pdfs_are_private_new_files(tmp_path: Path, open_umask: None) -> None:
    printing = pytest.importorskip("ui.staff.printing")
    if printing.has_printer():  # pragma: no cover - a machine with a printer configured
        pytest.skip("this machine has a printer: the fallback is not used")
    folder = tmp_path / "data" / "print"
    first = printing.print_pdf(b"%PDF-1 one", filename="受付票-1-001.pdf", fallback_dir=folder)
    again = printing.print_pdf(b"%PDF-1 two", filename="受付票-1-001.pdf", fallback_dir=folder)
    assert first.saved_to is not None and again.saved_to is not None
    assert first.saved_to != again.saved_to, "printing again keeps the first file"
    assert first.saved_to.read_bytes() == b"%PDF-1 one"
    assert again.saved_to.read_bytes() == b"%PDF-1 two"
    assert {mode(first.saved_to), mode(again.saved_to)} == {0o600}
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700


def _pdf(folder: Path, name: str, age: timedelta) -> Path:
    path = private_files.write_private(folder / name, b"%PDF-1.7 personal")
    stamp = time.time() - age.total_seconds()
    os.utime(path, (stamp, stamp))
    return path


def test_saved_print_files_are_purged_on_schedule(
    config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    folder = config.print_dir
    old = _pdf(folder, "form-old.pdf", timedelta(days=2))
    fresh = _pdf(folder, "form-new.pdf", timedelta(hours=2))
    other = folder / "notes.txt"
    other.write_text("not ours to purge", encoding="utf-8")
    assert main(["purge"]) == 0
    assert "1 saved print file(s) and 0 reconciliation file(s) deleted" in capsys.readouterr().out
    assert not old.exists() and fresh.exists() and other.exists()
    storage = open_storage(config)
    try:
        with storage.reader() as s:
            last = list(audit.entries(s))[-1]
        assert last.action == "purge" and '"printed_files": 1' in last.detail
        # The daily schedule does the same, a day later.
        later = utcnow() + timedelta(days=1, hours=1)
        report = retention.purge_if_due(storage, now=later)
        assert report is not None and report.printed_files == 1
        assert not fresh.exists()
    finally:
        storage.close()


def test_form_commands_write_private_files(
    tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    source = tmp_path / "n.json"
    source.write_text(n.model_dump_json(), encoding="utf-8")
    out = tmp_path / "out"
    for command, name in (("pdf", "form.pdf"), ("receipt", "receipt.pdf"), ("csv", "rows.csv")):
        target = out / name
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(b"an older file")
        target.chmod(0o644)
        args = ["form", command, str(source), "-o", str(target)]
        if command == "csv":
            args = ["form", "csv", "-o", str(target), str(source)]
        assert main(args) == 0, capsys.readouterr().err
        assert mode(target) == 0o600, name
        assert target.read_bytes() != b"an older file"
    assert sorted(p.name for p in out.iterdir()) == ["form.pdf", "receipt.pdf", "rows.csv"]
