"""CSV drop: whole files only, one per notification, delivered when the 住記 side acknowledges."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from forms.csvio import read_csv
from kiosk.storage import OutboxEntry, Status, Storage
from sync.csv_drop import AwaitingAck, CsvDropAdapter, file_name, write_atomically
from sync.delivery import Delivered, Parcel, Rejected, RetryPolicy
from sync.worker import OutboxWorker
from tests.sync.conftest import approve_new, make_notification, parcel_for
from tests.sync.test_worker import states


@pytest.fixture
def drop(tmp_path: Path) -> CsvDropAdapter:
    return CsvDropAdapter(tmp_path / "drop", ack_poll_seconds=0.05)


@pytest.fixture
def parcel() -> Parcel:
    return parcel_for(make_notification(2))


def visible_csvs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.csv"))


def test_the_file_is_the_forms_import_csv_named_by_the_key(
    drop: CsvDropAdapter, parcel: Parcel
) -> None:
    outcome = drop.deliver(parcel)
    assert isinstance(outcome, AwaitingAck)
    name = file_name(parcel.idempotency_key)
    assert visible_csvs(drop.folder) == [name]
    assert not list(drop.folder.glob(".*"))  # no temp file left behind
    (back,) = read_csv(drop.folder / name)
    assert back.id == parcel.notification.id
    assert back.persons[0].name == parcel.notification.persons[0].name


def test_done_means_delivered_and_error_means_refused_with_the_reason(
    drop: CsvDropAdapter, parcel: Parcel
) -> None:
    drop.deliver(parcel)
    name = file_name(parcel.idempotency_key)
    # Waiting: asking again neither rewrites nor duplicates the file.
    before = (drop.folder / name).stat().st_ino
    assert isinstance(drop.deliver(parcel), AwaitingAck)
    assert (drop.folder / name).stat().st_ino == before
    (drop.folder / "done").mkdir()
    (drop.folder / name).rename(drop.folder / "done" / name)
    assert drop.deliver(parcel) == Delivered(f"done/{name}")

    other = parcel_for(make_notification(3))
    drop.deliver(other)
    other_name = file_name(other.idempotency_key)
    (drop.folder / "error").mkdir()
    (drop.folder / other_name).rename(drop.folder / "error" / other_name)
    (drop.folder / "error" / f"{other_name}.reason.txt").write_text(
        "住所コード不明\n詳細…", "utf-8"
    )
    outcome = drop.deliver(other)
    assert isinstance(outcome, Rejected)
    assert "住所コード不明" in outcome.reason and "詳細" not in outcome.reason


def test_a_collector_never_sees_a_half_written_file(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    big = b"x" * 4_000_000
    seen: set[int] = set()
    stop = threading.Event()

    def collector() -> None:
        for _ in range(200_000):  # bounded
            if stop.is_set():
                return
            for path in folder.glob("*.csv"):
                with contextlib.suppress(FileNotFoundError):
                    seen.add(path.stat().st_size)

    watcher = threading.Thread(target=collector)
    watcher.start()
    try:
        for i in range(20):
            write_atomically(folder, f"f{i}.csv", big)
    finally:
        stop.set()
        watcher.join(60)
    assert seen == {len(big)}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@contextlib.contextmanager
def permissive_umask() -> Iterator[None]:
    """As if the service ran with umask 000: privacy must not depend on the umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_every_file_and_folder_written_is_private_from_the_first_byte(tmp_path: Path) -> None:
    folder = tmp_path / "share" / "drop"
    seen: set[int] = set()
    stop = threading.Event()

    def watcher() -> None:  # looks at every entry, temporary ones too, while they are written
        for _ in range(200_000):
            if stop.is_set():
                return
            with contextlib.suppress(FileNotFoundError):
                for entry in os.scandir(folder):
                    with contextlib.suppress(FileNotFoundError):
                        seen.add(stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode))

    with permissive_umask():
        folder.parent.mkdir()
        watch = threading.Thread(target=watcher)
        watch.start()
        try:
            for i in range(10):
                write_atomically(folder, f"f{i}.csv", b"x" * 2_000_000)
        finally:
            stop.set()
            watch.join(60)
    assert seen == {0o600}
    assert {mode(p) for p in folder.iterdir()} == {0o600}
    assert mode(folder) == 0o700
    assert mode(folder.parent) == 0o777  # a folder that existed is left as it was


def test_a_symlink_planted_in_the_drop_folder_is_never_followed(
    drop: CsvDropAdapter, parcel: Parcel, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("a file the counter must never touch")
    name = file_name(parcel.idempotency_key)
    drop.folder.mkdir(parents=True)
    (drop.folder / f".{name}.tmp").symlink_to(victim)  # the old, guessable temporary name
    assert isinstance(drop.deliver(parcel), AwaitingAck)
    assert victim.read_text() == "a file the counter must never touch"
    assert read_csv(drop.folder / name)[0].id == parcel.notification.id
    assert not (drop.folder / name).is_symlink() and mode(drop.folder / name) == 0o600
    # A symlink at the final name is replaced by the file, its target left alone.
    (drop.folder / "other.csv").symlink_to(victim)
    write_atomically(drop.folder, "other.csv", b"data")
    assert victim.read_text() == "a file the counter must never touch"
    assert (drop.folder / "other.csv").read_bytes() == b"data"
    assert not (drop.folder / "other.csv").is_symlink()
    assert [p.name for p in drop.folder.glob(".*")] == []


def test_a_crash_leftover_temp_file_is_replaced_not_published(
    drop: CsvDropAdapter, parcel: Parcel
) -> None:
    name = file_name(parcel.idempotency_key)
    drop.folder.mkdir(parents=True)
    (drop.folder / f".{name}.tmp").write_bytes(b"half a fi")  # what a power cut leaves
    assert visible_csvs(drop.folder) == []
    drop.deliver(parcel)
    assert visible_csvs(drop.folder) == [name]
    assert read_csv(drop.folder / name)[0].id == parcel.notification.id
    assert not (drop.folder / f".{name}.tmp").exists()


def test_a_character_the_encoding_cannot_hold_is_refused_for_staff(tmp_path: Path) -> None:
    drop = CsvDropAdapter(tmp_path / "drop", encoding="cp932")
    n = make_notification(4)
    n.persons[0].name.family = "𠮷野"  # not in CP932
    outcome = drop.deliver(parcel_for(n))
    assert isinstance(outcome, Rejected)
    assert "𠮷" in outcome.reason
    assert not drop.folder.exists() or visible_csvs(drop.folder) == []


def test_the_worker_delivers_by_csv_once_acknowledged(storage: Storage, tmp_path: Path) -> None:
    ids = approve_new(storage, 3, adapter="csv")
    drop = CsvDropAdapter(tmp_path / "drop", ack_poll_seconds=0.05)
    policy = RetryPolicy(base_delay=0.05, max_delay=0.1)
    with OutboxWorker(storage, {"csv": drop}, policy=policy) as worker:
        summary = worker.drain(max_wait=0.5)
        # Handed over, not yet imported: still pending, and waiting used up no attempts.
        assert summary.pending == 3
        assert {s for s, _o, _r in states(storage, ids).values()} == {Status.APPROVED.value}
        assert len(visible_csvs(drop.folder)) == 3
        (drop.folder / "done").mkdir()
        for path in drop.folder.glob("*.csv"):
            path.rename(drop.folder / "done" / path.name)
        summary = worker.drain(max_wait=5)
    assert (summary.pending, summary.failed) == (0, 0)
    assert {s for s, _o, _r in states(storage, ids).values()} == {Status.DELIVERED.value}
    with storage.transaction() as s:
        assert set(s.scalars(select(OutboxEntry.attempts)).all()) == {1}
    assert sorted(p.stem for p in (drop.folder / "done").glob("*.csv")) == sorted(keys(storage))


def keys(storage: Storage) -> list[str]:
    with storage.transaction() as s:
        return list(s.scalars(select(OutboxEntry.idempotency_key)).all())
