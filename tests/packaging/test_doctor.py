"""``kiosk doctor``: every check passing and failing against real parts (files, SQLite and a
throwaway PostgreSQL, pcscd with the virtual reader and the card emulator, the reference back
office on loopback over mutual TLS)."""

from __future__ import annotations

import base64
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from cardreader.emulator import CardEmulator, Persona, SlotClaim
from forms import datapacks
from forms.fonts import fonts_dir
from kiosk.app.doctor import Limits, Status
from kiosk.storage import make_engine
from sync.signing import CounterKey
from tests.fixtures.backoffice import Pki, ReceiverServer
from tests.packaging.conftest import FILED_AT, Counter, by_check, store_notification

MakeCounter = Callable[..., Counter]


# -- configuration ------------------------------------------------------------------------------


def test_config_valid_file_passes(make_counter: MakeCounter, tmp_path: Path) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text('[municipality]\nname = "千代田区"\ncode = "131016"\n', encoding="utf-8")
    report = make_counter().doctor(config_path=str(toml))
    finding = report.finding("config")
    assert finding.status is Status.OK
    assert str(toml) in finding.explanation


def test_config_invalid_value_fails_and_says_where(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text('[counter]\nid = "has space"\n', encoding="utf-8")
    report = make_counter().doctor(config_path=str(toml))
    finding = report.finding("config")
    assert finding.status is Status.FAIL
    assert "[counter] id" in finding.explanation
    assert not report.can_serve
    # What needs the configuration is not checked against a half-read one.
    assert report.finding("database").status is Status.SKIP


def test_config_missing_certificate_file_fails(make_counter: MakeCounter, tmp_path: Path) -> None:
    counter = make_counter(KIOSK_BACKOFFICE_CLIENT_CERT=str(tmp_path / "nope.pem"))
    finding = counter.doctor().finding("config")
    assert finding.status is Status.FAIL
    assert "nope.pem" in finding.explanation


def test_config_misspelt_environment_variable_warns(make_counter: MakeCounter) -> None:
    counter = make_counter(KIOSK_DATABASE_ULR="postgresql://x/y")
    finding = counter.doctor().finding("config")
    assert finding.status is Status.WARN
    assert "KIOSK_DATABASE_ULR" in finding.explanation


# -- fonts --------------------------------------------------------------------------------------


def test_fonts_bundled_pass(make_counter: MakeCounter) -> None:
    assert make_counter().doctor().finding("fonts").status is Status.OK


def test_fonts_missing_or_damaged_fail(make_counter: MakeCounter, tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    shutil.copytree(fonts_dir(), fonts)
    (fonts / "BIZUDMincho-Regular.ttf").unlink()
    (fonts / "BIZUDGothic-Bold.ttf").write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 64)
    finding = make_counter().doctor(fonts_dir=fonts).finding("fonts")
    assert finding.status is Status.FAIL
    assert "BIZUDMincho-Regular.ttf is missing" in finding.explanation
    assert "BIZUDGothic-Bold.ttf is damaged" in finding.explanation


# -- data packs (the reading dictionary, the postal data) ----------------------------------------


def _linked_packs(folder: Path) -> Path:
    """Both packs in ``folder``, their data files linked to the installed packages'."""
    for name in (datapacks.FURIGANA, datapacks.POSTAL):
        datapacks.assemble(name, folder, link=True)
    return folder


def _month_after(version: str) -> datetime:
    year, month = (int(p) for p in version.split(".")[:2])
    return datetime(year + month // 12, month % 12 + 1, 15, tzinfo=UTC)


def test_installed_data_packs_pass_with_their_versions(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    packs = _linked_packs(tmp_path / "packs")
    postal_version = datapacks.find(datapacks.POSTAL, {datapacks.PACKS_ENV: str(packs)})
    assert postal_version is not None
    report = make_counter(KIOSK_DATA_PACKS=str(packs)).doctor(
        now=lambda: _month_after(postal_version.version)
    )
    postal, readings = report.finding("postal_data"), report.finding("readings")
    assert postal.status is Status.OK, postal
    assert f"Japan Post data {postal_version.version}, " in postal.explanation
    assert f"data pack in {packs / 'postal'}" in postal.explanation
    assert readings.status is Status.OK, readings
    assert re.search(r"SudachiDict \d{8} \(data pack in ", readings.explanation)
    # The variable naming the packs is no misspelt setting.
    assert report.finding("config").status is Status.OK


def test_missing_packs_turn_readings_off_and_fail_the_postal_check(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    empty = tmp_path / "data"
    empty.mkdir()
    report = make_counter(KIOSK_DATA_PACKS=str(empty)).doctor()
    readings = report.finding("readings")
    assert readings.status is Status.WARN
    assert (
        "振り仮名 candidates are off" in readings.explanation and str(empty) in readings.explanation
    )
    assert "kiosk-data-furigana-" in readings.action
    postal = report.finding("postal_data")
    assert postal.status is Status.FAIL
    assert "郵便番号" in postal.explanation and "kiosk-data-postal-" in postal.action
    assert not report.can_serve


def test_damaged_packs_and_old_postal_data(make_counter: MakeCounter, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    for name, file in (("furigana", "system.dic"), ("postal", "postaldata.db")):
        (packs / name).mkdir(parents=True)
        (packs / name / file).write_bytes(b"damaged " * 512)
        manifest = {"name": name, "version": "2026.01.0", "file": file}
        (packs / name / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    report = make_counter(KIOSK_DATA_PACKS=str(packs)).doctor()
    postal, readings = report.finding("postal_data"), report.finding("readings")
    assert postal.status is Status.FAIL and "cannot be read" in postal.explanation
    assert "2026.01.0" in postal.explanation
    assert readings.status is Status.WARN and "cannot be read" in readings.explanation
    assert "振り仮名 candidates are off" in readings.explanation

    # Real data, but of a month long past: still usable, yet addresses changed since are missing.
    datapacks.assemble(datapacks.POSTAL, packs, link=True)
    (packs / "postal" / "pack.json").write_text(
        json.dumps({"name": "postal", "version": "2025.01.0", "file": "postaldata.db"}),
        encoding="utf-8",
    )
    report = make_counter(KIOSK_DATA_PACKS=str(packs)).doctor(
        now=lambda: datetime(2026, 4, 10, tzinfo=UTC)
    )
    postal = report.finding("postal_data")
    assert postal.status is Status.WARN and "15 months old" in postal.explanation


# -- the Qt binding ------------------------------------------------------------------------------


def test_the_pinned_qt_binding_passes(make_counter: MakeCounter) -> None:
    finding = make_counter().doctor().finding("qt_binding")
    assert finding.status is Status.OK, finding.explanation


def test_a_qt_binding_known_to_abort_the_counter_fails_doctor(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    """A counter whose PySide6 was upgraded by hand to 6.12.0 is told so before its first resident.

    The faulty release is installed as far as the package metadata goes (the dist-info Python
    reads versions from), ahead of the real one on the path.
    """
    site = tmp_path / "site"
    info = site / "pyside6_essentials-6.12.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: PySide6-Essentials\nVersion: 6.12.0\n", encoding="utf-8"
    )
    counter = make_counter().setup()
    status, report = counter.doctor_json(extra_env={"PYTHONPATH": str(site)})
    finding = by_check(report, "qt_binding")
    assert status != 0 and report["can_serve"] is False
    assert finding["status"] == "fail"
    assert "PySide6 6.12.0" in finding["explanation"] and "aborts" in finding["explanation"]
    assert "reinstall" in finding["action"]


def test_on_screen_keyboard_present(make_counter: MakeCounter) -> None:
    finding = make_counter().doctor().finding("keyboard")
    assert finding.status is Status.OK
    assert "all dependencies found" in finding.explanation


def _qt_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of Qt's keyboard plugin and QML module, to break in the tests."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
    out_plugins, out_qml = tmp_path / "plugins", tmp_path / "qml"
    shutil.copytree(plugins / "platforminputcontexts", out_plugins / "platforminputcontexts")
    shutil.copytree(qml / "QtQuick" / "VirtualKeyboard", out_qml / "QtQuick" / "VirtualKeyboard")
    return out_plugins, out_qml


def test_on_screen_keyboard_missing_module_fails(make_counter: MakeCounter, tmp_path: Path) -> None:
    plugins, qml = _qt_copy(tmp_path)
    (qml / "QtQuick" / "VirtualKeyboard" / "qmldir").unlink()
    finding = make_counter().doctor(qt_plugins=plugins, qt_qml=qml).finding("keyboard")
    assert finding.status is Status.FAIL
    assert "its QML module" in finding.explanation


def test_on_screen_keyboard_plugin_that_cannot_load_fails(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    plugins, qml = _qt_copy(tmp_path)
    (qml / "QtQuick" / "VirtualKeyboard" / "Components" / "libbroken.so").write_bytes(
        b"\x7fELF truncated"
    )
    report = make_counter().doctor(qt_plugins=plugins, qt_qml=qml)
    finding = report.finding("keyboard")
    assert finding.status is Status.FAIL
    assert "cannot be loaded" in finding.explanation
    assert "libbroken.so is not a loadable library" in finding.explanation
    assert not report.can_serve


# -- database and key ---------------------------------------------------------------------------


def test_database_migrated_and_key_matching_pass(
    make_counter: MakeCounter, database_url: str
) -> None:
    counter = make_counter(database_url).setup()
    store_notification(counter.config())
    report = counter.doctor()
    assert report.finding("database").status is Status.OK
    assert report.finding("key").status is Status.OK
    assert "opens the database" in report.finding("key").explanation


def test_fresh_counter_warns_but_can_serve(make_counter: MakeCounter) -> None:
    report = make_counter().doctor()
    assert report.finding("database").status is Status.WARN
    assert report.finding("key").status is Status.WARN
    assert "created at the first start" in report.finding("key").explanation


def test_database_unreachable_fails(make_counter: MakeCounter, tmp_path: Path) -> None:
    url = f"postgresql+psycopg://kiosk@/kiosk?host={tmp_path / 'no-server'}&port=5432"
    counter = make_counter(url, KIOSK_DATABASE_BUSY_TIMEOUT_MS="1000")
    report = counter.doctor()
    finding = report.finding("database")
    assert finding.status is Status.FAIL
    assert "cannot open" in finding.explanation
    assert not report.can_serve


def test_database_from_a_newer_release_fails(make_counter: MakeCounter, database_url: str) -> None:
    counter = make_counter(database_url).setup()
    engine = make_engine(counter.config().database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    finding = counter.doctor().finding("database")
    assert finding.status is Status.FAIL
    assert "newer release" in finding.explanation


def test_database_at_an_older_schema_warns(make_counter: MakeCounter) -> None:
    from kiosk.storage import upgrade

    counter = make_counter()
    engine = make_engine(counter.config().database_url)
    upgrade(engine, "0001")
    engine.dispose()
    finding = counter.doctor().finding("database")
    assert finding.status is Status.WARN
    assert "kiosk db upgrade" in finding.action


def test_key_lost_fails(make_counter: MakeCounter, database_url: str) -> None:
    counter = make_counter(database_url).setup()
    counter.config().key_file.unlink()
    report = counter.doctor()
    assert report.finding("key").status is Status.FAIL
    assert "missing" in report.finding("key").explanation
    assert not report.can_serve


def test_key_replaced_fails(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    key_file = counter.config().key_file
    key_file.write_bytes(base64.b64encode(os.urandom(32)) + b"\n")
    finding = counter.doctor().finding("key")
    assert finding.status is Status.FAIL
    assert "does not open this database" in finding.explanation


def test_key_readable_by_others_fails(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    key_file = counter.config().key_file
    key_file.chmod(0o644)
    finding = counter.doctor().finding("key")
    assert finding.status is Status.FAIL
    assert "chmod 600" in finding.explanation


# -- clock and disk -----------------------------------------------------------------------------


def test_clock_before_release_fails(make_counter: MakeCounter) -> None:
    report = make_counter().doctor(now=lambda: datetime(2004, 1, 1, tzinfo=UTC))
    assert report.finding("clock").status is Status.FAIL
    assert not report.can_serve


def test_clock_turned_back_behind_the_audit_log_fails(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    store_notification(counter.config())  # audited at FILED_AT
    report = counter.doctor(now=lambda: FILED_AT - timedelta(days=1))
    finding = report.finding("clock")
    assert finding.status is Status.FAIL
    assert "turned back" in finding.explanation
    assert counter.doctor(now=lambda: FILED_AT + timedelta(days=1)).finding("clock").status in (
        Status.OK,
        Status.WARN,
    )


def test_disk_space_thresholds(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    free = shutil.disk_usage(counter.data_dir).free
    assert counter.doctor().finding("disk").status in (Status.OK, Status.WARN)
    low = Limits(disk_fail_bytes=free * 2, disk_warn_bytes=free * 4)
    failing = counter.doctor(limits=low).finding("disk")
    assert failing.status is Status.FAIL
    assert "GiB free" in failing.explanation
    tight = Limits(disk_fail_bytes=0, disk_warn_bytes=free * 4)
    assert counter.doctor(limits=tight).finding("disk").status is Status.WARN


# -- back office --------------------------------------------------------------------------------


def test_csv_drop_folder_writable_passes_and_a_file_in_its_place_fails(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    counter = make_counter().setup()
    assert counter.doctor().finding("backoffice").status is Status.OK
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    broken = make_counter(KIOSK_BACKOFFICE_CSV_DIR=str(blocker))
    assert broken.doctor().finding("backoffice").status is Status.FAIL


@pytest.fixture
def signing_key(tmp_path: Path) -> tuple[CounterKey, Path]:
    key = CounterKey.generate("counter-1")
    path = tmp_path / "signing-key.pem"
    path.write_bytes(key.private_pem())
    path.chmod(0o600)
    return key, path


@pytest.fixture
def tls_receiver(
    tmp_path: Path, test_pki: Pki, signing_key: tuple[CounterKey, Path]
) -> Iterator[ReceiverServer]:
    """The reference back office over mutual TLS, trusting the counter's signing key."""
    key, _ = signing_key
    server = ReceiverServer(
        tmp_path / "backoffice.sqlite3",
        trusted_pems={key.key_id: key.public_pem()},
        tls=(test_pki.server_cert, test_pki.server_key, test_pki.counter_ca),
    ).start()
    yield server
    server.stop()


def _https_counter(
    make_counter: MakeCounter, pki: Pki, url: str, key_path: Path, **override: str
) -> Counter:
    env = {
        "KIOSK_COUNTER_ID": "counter-1",
        "KIOSK_BACKOFFICE_URL": url,
        "KIOSK_BACKOFFICE_CA_CERT": str(pki.server_ca),
        "KIOSK_BACKOFFICE_CLIENT_CERT": str(pki.client_cert),
        "KIOSK_BACKOFFICE_CLIENT_KEY": str(pki.client_key),
        "KIOSK_BACKOFFICE_SIGNING_KEY": str(key_path),
    }
    env.update(override)
    return make_counter(**env)


def test_backoffice_mutual_tls_and_signed_probe_pass(
    make_counter: MakeCounter,
    test_pki: Pki,
    tls_receiver: ReceiverServer,
    signing_key: tuple[CounterKey, Path],
) -> None:
    url = f"https://localhost:{tls_receiver.port}"
    counter = _https_counter(make_counter, test_pki, url, signing_key[1])
    report = counter.doctor()
    finding = report.finding("backoffice")
    assert finding.status is Status.WARN  # the test PKI's client certificate lives one day
    assert "signed probe was accepted" in finding.explanation
    assert "TLS" in finding.explanation
    assert "expires in 0 days" in finding.explanation
    # With a certificate that is not about to expire, the same path is simply OK.
    relaxed = counter.doctor(limits=Limits(cert_warn_days=0)).finding("backoffice")
    assert relaxed.status is Status.OK
    # The probes stored nothing at the back office.
    assert tls_receiver.arrivals() == []
    # The back office's clock was compared.
    assert "matches the back office" in report.finding("clock").explanation


def test_backoffice_not_knowing_the_signing_key_fails(
    make_counter: MakeCounter, test_pki: Pki, tls_receiver: ReceiverServer, tmp_path: Path
) -> None:
    other = CounterKey.generate("counter-1")
    path = tmp_path / "other.pem"
    path.write_bytes(other.private_pem())
    path.chmod(0o600)
    counter = _https_counter(make_counter, test_pki, f"https://localhost:{tls_receiver.port}", path)
    finding = counter.doctor().finding("backoffice")
    assert finding.status is Status.FAIL
    assert "refuses this counter's signature" in finding.explanation
    assert "kiosk sync --public-key" in finding.action


def test_backoffice_refusing_the_client_certificate_fails(
    make_counter: MakeCounter,
    test_pki: Pki,
    tls_receiver: ReceiverServer,
    signing_key: tuple[CounterKey, Path],
) -> None:
    counter = _https_counter(
        make_counter,
        test_pki,
        f"https://localhost:{tls_receiver.port}",
        signing_key[1],
        KIOSK_BACKOFFICE_CLIENT_CERT=str(test_pki.rogue_client_cert),
        KIOSK_BACKOFFICE_CLIENT_KEY=str(test_pki.rogue_client_key),
    )
    report = counter.doctor()
    finding = report.finding("backoffice")
    assert finding.status is Status.FAIL
    assert "client certificate" in finding.explanation + finding.action
    assert not report.can_serve


def test_backoffice_with_an_untrusted_server_certificate_fails(
    make_counter: MakeCounter,
    test_pki: Pki,
    tls_receiver: ReceiverServer,
    signing_key: tuple[CounterKey, Path],
) -> None:
    counter = _https_counter(
        make_counter,
        test_pki,
        f"https://localhost:{tls_receiver.port}",
        signing_key[1],
        KIOSK_BACKOFFICE_CA_CERT=str(test_pki.rogue_ca),
    )
    finding = counter.doctor().finding("backoffice")
    assert finding.status is Status.FAIL
    assert "not trusted" in finding.explanation


def test_backoffice_unreachable_fails(
    make_counter: MakeCounter, test_pki: Pki, signing_key: tuple[CounterKey, Path]
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    counter = _https_counter(make_counter, test_pki, f"https://localhost:{port}", signing_key[1])
    finding = counter.doctor().finding("backoffice")
    assert finding.status is Status.FAIL
    assert "cannot connect" in finding.explanation


def test_backoffice_without_a_signing_key_fails(
    make_counter: MakeCounter, test_pki: Pki, tls_receiver: ReceiverServer
) -> None:
    counter = make_counter(KIOSK_BACKOFFICE_URL=f"https://localhost:{tls_receiver.port}")
    finding = counter.doctor().finding("backoffice")
    assert finding.status is Status.FAIL
    assert "no signing key" in finding.explanation
    # doctor changes nothing: it did not create the key either.
    assert not (counter.data_dir / "signing-key.pem").exists()


class _SkewedIntake(http.server.BaseHTTPRequestHandler):
    """An intake whose clock is an hour ahead; answers the probe as the contract says (422)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = b'{"title":"Invalid Notification","status":422,"detail":"empty"}'
        self.send_response_only(422)
        self.send_header("Date", format_datetime(datetime.now(UTC) + timedelta(hours=1), True))
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_clock_far_from_the_back_office_fails(
    make_counter: MakeCounter, signing_key: tuple[CounterKey, Path]
) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SkewedIntake)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        counter = make_counter(
            KIOSK_COUNTER_ID="counter-1",
            KIOSK_BACKOFFICE_URL=f"http://127.0.0.1:{server.server_address[1]}",
            KIOSK_BACKOFFICE_SIGNING_KEY=str(signing_key[1]),
        )
        report = counter.doctor()
    finally:
        server.shutdown()
        server.server_close()
    assert report.finding("backoffice").status is Status.OK
    finding = report.finding("clock")
    assert finding.status is Status.FAIL
    assert "five minutes" in finding.explanation


# -- PC/SC: service, readers, card ---------------------------------------------------------------


@pytest.mark.pcsc
def test_pcsc_service_down_fails(make_counter: MakeCounter, tmp_path: Path) -> None:
    # The PC/SC client library talks to pcscd through this socket: point it where none listens.
    status, report = make_counter().doctor_json(
        extra_env={"PCSCLITE_CSOCK_NAME": str(tmp_path / "no-pcscd.comm")}
    )
    assert status == 1
    assert report["can_serve"] is False
    assert by_check(report, "pcscd")["status"] == "fail"
    assert "not running" in by_check(report, "pcscd")["explanation"]
    assert by_check(report, "readers")["status"] == "skip"


@pytest.mark.pcsc
def test_configured_reader_passes_and_a_missing_one_fails(
    make_counter: MakeCounter, pcscd_stack: object, vpcd_slot: SlotClaim
) -> None:
    ok = make_counter(KIOSK_COUNTER_READER=vpcd_slot.reader_name).doctor()
    assert ok.finding("pcscd").status is Status.OK
    assert ok.finding("readers").status is Status.OK
    missing = make_counter(KIOSK_COUNTER_READER="ACS ACR39U ICC Reader 00 00").doctor()
    finding = missing.finding("readers")
    assert finding.status is Status.FAIL
    assert "ACS ACR39U" in finding.explanation
    assert vpcd_slot.reader_name in finding.explanation


@pytest.mark.pcsc
def test_virtual_reader_on_a_counter_warns(make_counter: MakeCounter, pcscd_stack: object) -> None:
    finding = make_counter().doctor().finding("readers")
    assert finding.status is Status.WARN
    assert "vsmartcard-vpcd" in finding.action


@pytest.mark.pcsc
def test_card_answering_select_passes(
    make_counter: MakeCounter, card_emulator: CardEmulator, vpcd_slot: SlotClaim
) -> None:
    card_emulator.insert(Persona.load("kokutou-mikiya"))
    counter = make_counter(KIOSK_COUNTER_READER=vpcd_slot.reader_name)
    finding = counter.doctor(require_card=True).finding("card")
    assert finding.status is Status.OK
    assert "tries left: 3" in finding.explanation
    # Nothing but SELECTs and the tries-left query reached the card: no PIN, no data read.
    assert not any(r.is_verify_with_data for r in card_emulator.apdu_log)


@pytest.mark.pcsc
def test_card_absent_is_skipped_unless_required(
    make_counter: MakeCounter, card_emulator: CardEmulator, vpcd_slot: SlotClaim
) -> None:
    counter = make_counter(KIOSK_COUNTER_READER=vpcd_slot.reader_name)
    assert counter.doctor().finding("card").status is Status.SKIP
    status, report = counter.doctor_json("--card")
    assert by_check(report, "card")["status"] == "fail"
    assert status == 1


@pytest.mark.pcsc
def test_card_that_is_not_a_my_number_card(
    make_counter: MakeCounter, card_emulator: CardEmulator, vpcd_slot: SlotClaim
) -> None:
    card_emulator.not_my_number = True
    card_emulator.insert(Persona.load("kokutou-mikiya"))
    counter = make_counter(KIOSK_COUNTER_READER=vpcd_slot.reader_name)
    assert counter.doctor().finding("card").status is Status.WARN
    assert counter.doctor(require_card=True).finding("card").status is Status.FAIL


@pytest.mark.pcsc
def test_ready_counter_exits_zero_and_a_broken_one_non_zero(
    make_counter: MakeCounter, pcscd_stack: object, vpcd_slot: SlotClaim
) -> None:
    counter = make_counter(KIOSK_COUNTER_READER=vpcd_slot.reader_name).setup()
    status, out = counter.command("doctor")
    assert status == 0, out
    assert "The counter can serve residents." in out
    status, report = counter.doctor_json()
    assert status == 0
    assert report["can_serve"] is True
    assert report["versions"]["schema"]
    # Break it the way it happens: the data key is lost.
    counter.config().key_file.unlink()
    status, out = counter.command("doctor")
    assert status == 1
    assert "FAIL" in out and "restore the key" in out


def test_doctor_output_holds_no_personal_data(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    store_notification(counter.config())
    _status, out = counter.command("doctor", "--json")
    assert "kiosk.sqlite3" in out  # it did look at the database
    assert "佐藤" not in out and "美咲" not in out


def test_skipped_checks_are_reported_as_skipped(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    status, report = counter.doctor_json("--skip", "card", "--skip", "pcscd", "--skip", "readers")
    assert by_check(report, "card")["status"] == "skip"
    assert by_check(report, "pcscd")["explanation"] == "not checked (skipped on request)"
    assert status == 0


def test_text_report_shows_versions_and_what_to_do(make_counter: MakeCounter) -> None:
    counter = make_counter()
    counter.config().key_file.parent.mkdir(parents=True)
    counter.config().key_file.write_bytes(b"not a key\n")
    counter.config().key_file.chmod(0o600)
    # PC/SC is left out: this test is about the report, on any machine.
    status, out = counter.command(
        "doctor", "--skip", "card", "--skip", "pcscd", "--skip", "readers"
    )
    assert status == 1
    assert "Versions: kiosk 0.1.0" in out and "schema " in out
    assert "[FAIL] Data key" in out
    assert "→ " in out
    assert "can NOT serve residents (failed: key)" in out


@pytest.mark.pcsc
def test_no_reader_connected_fails(make_counter: MakeCounter, tmp_path: Path) -> None:
    """A PC/SC service with no reader at all: a private pcscd, in a mount namespace of its
    own (its socket on a private /run/pcscd, no virtual reader configuration), so the
    machine's pcscd and other tests are not touched."""
    unshare = shutil.which("unshare")
    pcscd = shutil.which("pcscd") or shutil.which("pcscd", path="/usr/sbin:/sbin")
    if os.geteuid() != 0 or unshare is None or pcscd is None or not Path("/run/pcscd").is_dir():
        pytest.skip("needs root, unshare and pcscd")
    empty = tmp_path / "reader.conf.d"
    empty.mkdir()
    out = tmp_path / "doctor.json"
    script = (
        'set -e; mount -t tmpfs tmpfs /run/pcscd; mount --bind "$1" /etc/reader.conf.d; '
        '"$2" -f >/dev/null 2>&1 & pid=$!; '
        "for i in $(seq 100); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done; "
        'shift 2; "$@" > "$OUT" || true; kill $pid; wait $pid || true'
    )
    counter = make_counter()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(counter.env, OUT=str(out))
    proc = subprocess.run(
        [unshare, "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(empty),
         pcscd, sys.executable, "-m", "kiosk.app", "doctor", "--json", "--skip", "card"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    if proc.returncode != 0 and "Operation not permitted" in proc.stderr:
        pytest.skip(f"mount namespaces are not allowed here: {proc.stderr.strip()}")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text())
    assert by_check(report, "pcscd")["status"] == "ok"
    readers = by_check(report, "readers")
    if "USB" in readers["explanation"]:  # pragma: no cover - a real reader is plugged in
        pytest.skip("a physical reader is connected to this machine")
    assert readers["status"] == "fail"
    assert readers["explanation"] == "no card reader is connected"
    assert report["can_serve"] is False
