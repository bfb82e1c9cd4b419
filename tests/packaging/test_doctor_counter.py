"""``kiosk doctor`` on what makes a counter correctly configured for residents: the municipality,
the printer, the clock's synchronisation and time zone, the read-aloud voice, the fonts of every
offered language, the audit log's anchors, deliveries and (on a floor) pairing.

Databases, anchors and outboxes are real (SQLite and the throwaway PostgreSQL); what the
operating system answers about printers, voices and time servers is put in through the
doctor's probes where this machine cannot be made to answer otherwise (no CUPS queue, no speech
engine, no time daemon in a container) — the probes themselves run for real in the last tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk import audit, outbox, pairing, workflow
from kiosk.app import probes
from kiosk.app.doctor import Status
from kiosk.models import OutboxEntry
from kiosk.storage import Storage, open_storage
from tests.approvals import approve_new
from tests.forms.factory import tenkyo_single
from tests.packaging.conftest import FILED_AT, Counter

MakeCounter = Callable[..., Counter]
REVIEWER = workflow.Actor.staff("rev01", ["審査"], "desk-1")
RECEPTION = workflow.Actor.staff("rec01", ["受付"], "desk-1")


def unset(counter: Counter) -> Counter:
    """The counter as a fresh installation leaves it: no municipality."""
    counter.env.pop("KIOSK_MUNICIPALITY_NAME")
    counter.env.pop("KIOSK_MUNICIPALITY_CODE")
    return counter


# -- the municipality ---------------------------------------------------------------------------


def test_an_unconfigured_municipality_means_the_counter_cannot_serve(
    make_counter: MakeCounter,
) -> None:
    counter = unset(make_counter()).setup()
    report = counter.doctor()
    finding = report.finding("municipality")
    assert finding.status is Status.FAIL
    assert "[municipality] name and code are not set" in finding.explanation
    assert "kiosk config set-municipality" in finding.action
    assert not report.can_serve
    # As IT meets it: the doctor exits non-zero and says why; so does `config check`.
    status, out = counter.command(
        "doctor", "--skip", "card", "--skip", "pcscd", "--skip", "readers"
    )
    assert status == 1
    assert "The counter can NOT serve residents (failed: municipality)." in out
    status, out = counter.command("config", "check")
    assert status == 78
    assert "[municipality] name and code are not set" in out
    assert "kiosk config set-municipality" in out


@pytest.mark.parametrize(
    ("name", "code", "says"),
    [
        ("サンプル市", "131016", "still the sample 「サンプル市」"),
        ("清瀬市", "131016", "code 131016 is 東京都千代田区 in Japan Post's data, not 「清瀬市」"),
        ("清瀬市役所", "132217", "is not a municipality's name"),
        ("清瀬市", "", "[municipality] code is not set"),
        ("", "132217", 'code 132217 is 東京都清瀬市: name = "清瀬市"'),
    ],
)
def test_a_sample_or_mismatched_municipality_fails_saying_what_to_set(
    make_counter: MakeCounter, name: str, code: str, says: str
) -> None:
    counter = make_counter(KIOSK_MUNICIPALITY_NAME=name, KIOSK_MUNICIPALITY_CODE=code)
    finding = counter.doctor().finding("municipality")
    assert finding.status is Status.FAIL
    assert says in finding.explanation


def test_a_set_municipality_passes(make_counter: MakeCounter) -> None:
    finding = make_counter().doctor().finding("municipality")
    assert finding.status is Status.OK
    assert finding.explanation == "清瀬市 (132217, 東京都), as in Japan Post's data"
    # A 政令指定都市 has no code of its own in the postal data (its wards do): accepted.
    city = make_counter(KIOSK_MUNICIPALITY_NAME="札幌市", KIOSK_MUNICIPALITY_CODE="011002")
    finding = city.doctor().finding("municipality")
    assert finding.status is Status.OK and "政令指定都市" in finding.explanation


# -- printer ------------------------------------------------------------------------------------


def test_printer_default_missing_or_none(make_counter: MakeCounter, tmp_path: Path) -> None:
    counter = make_counter()
    ok = counter.doctor(printers=lambda: probes.Printers(["counter", "office"], "counter"))
    assert ok.finding("printer").status is Status.OK
    assert ok.finding("printer").explanation == "default printer “counter” (also: office)"
    no_default = counter.doctor(printers=lambda: probes.Printers(["counter"], ""))
    assert no_default.finding("printer").status is Status.WARN
    assert "none is the default" in no_default.finding("printer").explanation
    # No printer at all (this machine, asked for real): PDFs go to the print folder instead.
    none = counter.doctor().finding("printer")
    assert none.status is Status.WARN
    assert str(counter.data_dir / "print") in none.explanation
    assert "docs/printers.md" in none.action
    # … unless that folder cannot be made: then forms cannot be given out at all.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    broken = make_counter(KIOSK_PATHS_DATA_DIR=str(blocker / "data"))
    report = broken.doctor(printers=lambda: probes.Printers())
    assert report.finding("printer").status is Status.FAIL


# -- time ---------------------------------------------------------------------------------------


def test_clock_is_shown_in_the_counters_time_zone(make_counter: MakeCounter) -> None:
    at = datetime(2026, 11, 30, 23, 50, tzinfo=UTC)
    report = make_counter().doctor(now=lambda: at)
    assert report.finding("clock").explanation == "2026-12-01 08:50 JST (Asia/Tokyo)"
    assert "2026-12-01 08:50 JST (Asia/Tokyo)" in report.as_text().splitlines()[0]
    berlin = make_counter(KIOSK_COUNTER_TIMEZONE="Europe/Berlin").doctor(now=lambda: at)
    assert berlin.finding("clock").explanation == "2026-12-01 00:50 CET (Europe/Berlin)"


def test_clock_turned_back_names_both_times_in_the_counters_zone(
    make_counter: MakeCounter,
) -> None:
    counter = make_counter().setup()
    store(counter)  # audited at FILED_AT: 2026-04-10 10:00 in Japan
    finding = counter.doctor(now=lambda: FILED_AT - timedelta(days=1)).finding("clock")
    assert finding.status is Status.FAIL
    assert "(2026-04-10 10:00 JST)" in finding.explanation


@pytest.mark.parametrize(
    ("answer", "status", "says"),
    [
        (probes.TimeSync(True, "timedatectl", "NTPSynchronized=yes"), Status.OK, "synchronised"),
        (probes.TimeSync(False, "w32tm", "Local CMOS Clock"), Status.WARN, "not synchronised"),
        (probes.TimeSync(None, "", "no tool answered"), Status.WARN, "cannot tell"),
    ],
)
def test_time_synchronisation(
    make_counter: MakeCounter, answer: probes.TimeSync, status: Status, says: str
) -> None:
    finding = make_counter().doctor(time_sync=lambda: answer).finding("timesync")
    assert finding.status is status
    assert says in finding.explanation
    if status is not Status.OK:
        assert "docs/time.md" in finding.action


def _tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(0o755)


@pytest.mark.parametrize(
    ("timedatectl", "chronyc", "expected"),
    [
        ("echo yes", None, True),
        ("echo no", None, False),
        ("exit 1", "printf 'Reference ID : 0A000001\\nLeap status     : Normal\\n'", True),
        ("exit 1", "printf 'Leap status     : Not synchronised\\n'", False),
        ("exit 1", None, None),
    ],
)
def test_the_time_probe_reads_timedatectl_then_chrony(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    timedatectl: str,
    chronyc: str | None,
    expected: bool | None,
) -> None:
    """The probe as it runs: it asks the tools on PATH (here stand-ins printing what systemd
    and chrony print) and degrades to "cannot tell" where neither answers."""
    _tool(tmp_path, "timedatectl", timedatectl)
    if chronyc is not None:
        _tool(tmp_path, "chronyc", chronyc)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert probes.time_sync().synchronised is expected


# -- read-aloud ---------------------------------------------------------------------------------


def test_read_aloud_voice(make_counter: MakeCounter) -> None:
    counter = make_counter(KIOSK_FORMS_LANGUAGES="ja,en,vi")
    none = counter.doctor(voices=lambda _: probes.Voices(None, note="no speech engine can start"))
    finding = none.finding("speech")
    assert finding.status is Status.WARN
    assert "no speech engine can start" in finding.explanation
    assert "read_aloud = false" in finding.action and "docs/speech.md" in finding.action
    english = counter.doctor(voices=lambda _: probes.Voices("speechd", ["en-US"]))
    assert english.finding("speech").status is Status.WARN
    assert "no Japanese voice" in english.finding("speech").explanation
    good = counter.doctor(voices=lambda _: probes.Voices("sapi", ["en-US", "ja-JP"]))
    assert good.finding("speech").status is Status.OK
    assert good.finding("speech").explanation == (
        "sapi speaks Japanese; no voice for vi (those screens are not read aloud)"
    )
    off = make_counter(KIOSK_COUNTER_READ_ALOUD="false").doctor(
        voices=lambda _: pytest.fail("not asked when read-aloud is off")  # type: ignore[arg-type,return-value]
    )
    assert off.finding("speech").status is Status.SKIP


def test_read_aloud_asks_for_the_configured_engine(make_counter: MakeCounter) -> None:
    asked: list[str | None] = []

    def voices(engine: str | None) -> probes.Voices:
        asked.append(engine)
        return probes.Voices(None)

    make_counter(KIOSK_COUNTER_SPEECH_ENGINE="winrt").doctor(voices=voices)
    make_counter().doctor(voices=voices)
    assert asked == ["winrt", None]


def test_the_speech_probe_on_this_machine_answers_without_failing() -> None:
    """Qt TextToSpeech asked for real: an engine named that does not exist is reported."""
    found = probes.voices("no-such-engine")
    assert found.engine is None and "no engine 'no-such-engine'" in found.note
    assert isinstance(probes.voices(None).locales, list)


# -- fonts of the offered languages -------------------------------------------------------------


def test_languages_the_fonts_cannot_draw(make_counter: MakeCounter) -> None:
    counter = make_counter(KIOSK_FORMS_LANGUAGES="ja,en,ko")

    def no_hangul(text: str) -> str:
        return "".join(c for c in text if "\uac00" <= c <= "\ud7a3")

    finding = counter.doctor(glyphs=no_hangul).finding("glyphs")
    assert finding.status is Status.FAIL
    assert "한국어 (ko)" in finding.explanation and "日本語" not in finding.explanation
    assert "[forms] languages" in finding.action


def test_the_bundled_fonts_draw_the_latin_and_japanese_languages(make_counter: MakeCounter) -> None:
    counter = make_counter(KIOSK_FORMS_LANGUAGES="ja,ja-easy,en,pt,es,fil")
    finding = counter.doctor().finding("glyphs")
    assert finding.status is Status.OK
    assert "日本語, やさしい にほんご, English" in finding.explanation


# -- audit anchors ------------------------------------------------------------------------------


def store(counter: Counter) -> uuid.UUID:
    n = tenkyo_single()
    n.id = uuid.uuid4()
    storage = open_storage(counter.config())
    try:
        with storage.transaction() as s:
            workflow.create_draft(s, n, actor=workflow.Actor.system("test"), counter="1",
                                  now=FILED_AT)  # fmt: skip
    finally:
        storage.close()
    return n.id


def test_audit_log_against_its_anchors(make_counter: MakeCounter, database_url: str) -> None:
    counter = make_counter(database_url).setup()
    store(counter)
    # The counter anchored its database when it first opened it.
    first = counter.doctor().finding("audit")
    assert first.status is Status.OK and "consistent with the anchors" in first.explanation
    # Without an anchor file (a counter older than anchors) doctor says how to write one.
    anchors = counter.data_dir / audit.ANCHOR_FILE
    anchors.rename(anchors.with_suffix(".moved"))
    missing = counter.doctor().finding("audit")
    assert missing.status is Status.WARN and "no anchor" in missing.explanation
    assert "kiosk audit verify" in missing.action
    status, out = counter.command("audit", "verify")
    assert status == 0, out
    ok = counter.doctor().finding("audit")
    assert ok.status is Status.OK
    assert "consistent with the anchors, the newest of" in ok.explanation
    assert "JST" in ok.explanation
    # An anchor the log no longer matches: entries were cut off (or rewritten).
    with anchors.open("a", encoding="ascii") as fh:
        fh.write(f"9999 {'0' * 64} 2026-04-11T00:00:00+00:00\n")
    cut = counter.doctor()
    assert cut.finding("audit").status is Status.FAIL
    assert (
        "entry 9999, anchored 2026-04-11T00:00:00+00:00, is gone"
        in cut.finding("audit").explanation
    )
    assert not cut.can_serve


def test_an_emptied_database_is_a_failure_not_a_new_counter(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    store(counter)
    database = Path(counter.config().database_url.removeprefix("sqlite:///"))
    database.write_bytes(b"")  # truncated to 0 bytes, as a disk fault or a careless copy does
    status, out = counter.command("doctor")
    assert status != 0
    assert "backup" in out and "Traceback" not in out
    assert database.stat().st_size == 0  # doctor only looked


# -- deliveries ---------------------------------------------------------------------------------


def approve(storage: Storage) -> uuid.UUID:
    n = tenkyo_single()
    n.id = uuid.uuid4()
    with storage.transaction() as s:
        approve_new(s, n, clerk=RECEPTION, reviewer=REVIEWER, now=FILED_AT)
    return n.id


def test_deliveries_waiting_late_or_failed(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    assert counter.doctor().finding("delivery").explanation == "0 delivered, nothing waiting"
    storage = open_storage(counter.config())
    try:
        nid = approve(storage)
        soon = counter.doctor(now=lambda: FILED_AT + timedelta(minutes=5)).finding("delivery")
        assert soon.status is Status.OK and soon.explanation == "0 delivered, 1 waiting"
        late = counter.doctor(now=lambda: FILED_AT + timedelta(hours=2)).finding("delivery")
        assert late.status is Status.WARN
        assert "the oldest since 2026-04-10 10:00 JST" in late.explanation
        with storage.transaction() as s:
            s.execute(
                update(OutboxEntry).values(
                    status="failed", last_error="HTTP 422: 佐藤 美咲 is not known"
                )
            )
        failed = counter.doctor().finding("delivery")
    finally:
        storage.close()
    assert failed.status is Status.WARN
    assert str(nid) in failed.explanation and "kiosk sync --retry ID" in failed.action
    assert "佐藤" not in failed.explanation  # the error text is redacted like the logs


def test_a_back_office_outage_is_said_as_the_desks_say_it(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    storage = open_storage(counter.config())
    try:
        approve(storage)
        since = datetime.now(UTC) - timedelta(minutes=20)
        with storage.transaction() as s:
            outbox.note_failure(
                s,
                "csv",
                now=since,
                reason="cannot write",
                threshold=1,
                probe_delay=lambda _n: 30.0,
                probe=False,
            )
    finally:
        storage.close()
    finding = counter.doctor().finding("delivery")
    assert finding.status is Status.WARN
    assert "住民記録システムの取込フォルダに書き込めません（" in finding.explanation
    assert "1 件待ち" in finding.explanation and "nothing is lost" in finding.action
    assert counter.doctor().can_serve  # residents can still file: nothing is dropped


# -- pairing on a floor -------------------------------------------------------------------------


def test_pairing_is_skipped_on_a_single_pc_counter(make_counter: MakeCounter) -> None:
    finding = make_counter().setup().doctor().finding("pairing")
    assert finding.status is Status.SKIP and "single-PC" in finding.explanation


@pytest.mark.postgres
def test_pairing_on_a_floor(make_counter: MakeCounter, postgres_url: str) -> None:
    counter = make_counter(postgres_url).setup()
    alone = counter.doctor(hostname="madoguchi3").finding("pairing")
    assert alone.status is Status.WARN
    assert "neither tablet-madoguchi3 nor desk-madoguchi3 is paired" in alone.explanation
    assert "Ctrl+K" in alone.action
    storage = open_storage(counter.config())
    try:
        offer = pairing.code_for_tablet(storage, "tablet-madoguchi3")
        waiting = counter.doctor(hostname="madoguchi3").finding("pairing")
        assert waiting.explanation == "tablet-madoguchi3 is not paired with a desk"
        with storage.transaction() as s:
            pairing.pair(s, offer.code, desk="desk-honcho", actor=REVIEWER)
    finally:
        storage.close()
    tablet = counter.doctor(hostname="madoguchi3").finding("pairing")
    assert tablet.status is Status.OK
    assert tablet.explanation.startswith("tablet-madoguchi3 is paired with desk-honcho since ")
    desk = counter.doctor(hostname="honcho").finding("pairing")
    assert (
        desk.status is Status.OK and desk.explanation == "desk-honcho supervises tablet-madoguchi3"
    )
    # A floor machine without a signing key does not deliver: its back-office check waits for
    # the machine that does.
    http = make_counter(postgres_url, KIOSK_BACKOFFICE_URL="https://backoffice.example.lg.jp")
    assert http.doctor().finding("backoffice").status is Status.SKIP


def test_no_personal_data_and_every_new_check_in_the_json(make_counter: MakeCounter) -> None:
    counter = make_counter().setup()
    store(counter)
    _status, report = counter.doctor_json("--skip", "card")
    checks = {c["check"] for c in report["checks"]}
    assert {"municipality", "glyphs", "speech", "printer", "audit", "delivery", "pairing",
            "timesync"} <= checks  # fmt: skip
    text = str(report)
    assert "佐藤" not in text and "美咲" not in text
