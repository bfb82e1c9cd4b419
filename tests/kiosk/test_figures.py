"""The counter's own figures against a scripted day with known timings, on SQLite and
PostgreSQL: minutes (median, p90), waits, intake modes, characters not written, related forms;
the same after the retention purge; ``kiosk report`` as text, CSV, chart and PDF."""

from __future__ import annotations

import csv
import io
import os
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import forms
from forms.effort import paper_characters
from kiosk import retention, workflow
from kiosk.config import Config
from kiosk.figures import STAFF_LED, group, spread, visits
from kiosk.storage import Storage
from kiosk.workflow import Actor
from tests.forms.pdfcheck import squash
from tests.kiosk.conftest import RECEPTION, REVIEWER, fileable

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "figures"
DAY = date(2026, 4, 10)  # the factory's filing day, in Japan
MORNING = datetime(2026, 4, 10, 0, 0, tzinfo=UTC)  # 09:00 in Japan

# One visit per line: minutes from the card read to filing, from filing until a reviewer opened
# it, from filing to 本登録.
SCRIPT = [
    (4, 0, 3),
    (6, 2, 4),
    (8, 5, 6),
    (10, 5, 9),
    (30, 12, 10),
]


def _card_read(n: forms.Notification, at: datetime) -> None:
    """Every text the card gives, as read from its chip at ``at`` (the resident typed none)."""
    paths = [
        "persons.0.name.family",
        "persons.0.name.given",
        "filer.name.family",
        "filer.name.given",
        "persons.0.birth_date",
        "persons.0.sex",
    ]
    for path in paths:
        n.provenance[path] = forms.Provenance(
            source="ic_chip", value=forms.model.provenance_text(n.value_at(path)), recorded_at=at
        )


def _visit(
    storage: Storage,
    start: datetime,
    minutes: tuple[int, int, int],
    *,
    actor: Actor,
    counter: str = "1",
) -> uuid.UUID:
    card, wait, approve = minutes
    n = fileable()
    if actor.kind == "resident":
        _card_read(n, start)
    filed = start + timedelta(minutes=card)
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=actor, counter=counter, now=start + timedelta(seconds=30))
        workflow.confirm(s, n.id, actor=actor, now=filed)
    with storage.transaction() as s:
        workflow.start_review(s, n.id, actor=REVIEWER, now=filed + timedelta(minutes=wait))
        workflow.approve(
            s, n.id, actor=REVIEWER, adapter="csv", now=filed + timedelta(minutes=approve)
        )
    return n.id


def scripted_day(storage: Storage) -> list[uuid.UUID]:
    """Five residents at the tablet, an hour apart, and one interview at the desk."""
    ids = []
    for k, minutes in enumerate(SCRIPT):
        resident = Actor.resident(uuid.uuid4(), "tablet-1")
        ids.append(_visit(storage, MORNING + timedelta(hours=k), minutes, actor=resident))
    ids.append(_visit(storage, MORNING + timedelta(hours=6), (15, 1, 2), actor=RECEPTION))
    # Related forms printed at the desk: two for the first visit (one of them twice).
    with storage.transaction() as s:
        for what in ("related:kokuho_change", "related:kokuho_change", "related:jido_teate"):
            workflow.record_output(s, ids[0], actor=REVIEWER, action="print", what=what)
    return ids


def test_figures_of_a_scripted_day(storage: Storage) -> None:
    scripted_day(storage)
    with storage.reader() as s:
        items = visits(s, start=DAY, end=DAY)
    assert len(items) == 6
    rows = {r.intake_mode: r for r in group(items)}
    assert set(rows) == {"self_service", STAFF_LED}
    own = rows["self_service"]
    assert (own.day, own.counter, own.kind, own.notifications, own.approved) == (
        DAY,
        "1",
        "tenkyo",
        5,
        5,
    )
    # Median and 90th percentile (linear between ranks: 10 + 0.6 × (30 − 10) = 22).
    assert (own.card_to_filing.median, own.card_to_filing.p90) == pytest.approx((8.0, 22.0))
    assert (own.waiting.median, own.waiting.p90) == pytest.approx((5.0, 9.2))
    assert (own.filing_to_approval.median, own.filing_to_approval.p90) == pytest.approx((6.0, 9.6))
    # Characters: the card gave the names, the birth date and the sex; the resident typed the
    # rest of what the paper form needs, so less than the paper form but more than nothing.
    paper = paper_characters(fileable())
    assert own.paper_chars == 5 * paper
    assert 0 < own.typed_chars < own.paper_chars
    assert own.related_forms == 2  # two forms, one printed twice: two forms produced
    desk = rows[STAFF_LED]
    assert desk.notifications == 1 and desk.typed_chars == 0  # the clerk typed everything
    assert desk.chars_not_written == paper
    # The 転居 without a card read counts from the first screen (the draft's creation).
    assert desk.card_to_filing.median == pytest.approx(14.5)


def test_figures_survive_the_retention_purge(storage: Storage, config: Config) -> None:
    ids = scripted_day(storage)
    with storage.reader() as s:
        before = group(visits(s, start=DAY, end=DAY))
    with storage.transaction() as s:
        for nid in ids:
            workflow.mark_delivered(s, nid, "BO", now=MORNING + timedelta(hours=8))
    with storage.transaction() as s:
        report = retention.purge(s, config.retention, now=MORNING + timedelta(days=30))
    assert report.delivered == len(ids)
    with storage.reader() as s:
        assert all(workflow.get(s, nid).payload is None for nid in ids)  # personal data gone
        after = group(visits(s, start=DAY, end=DAY))
    assert after == before


def test_a_visit_filed_again_after_a_return_counts_once(storage: Storage) -> None:
    n = fileable()
    resident = Actor.resident(uuid.uuid4(), "tablet-1")
    _card_read(n, MORNING)
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=resident, counter="1", now=MORNING)
        workflow.confirm(s, n.id, actor=resident, now=MORNING + timedelta(minutes=5))
        workflow.start_review(s, n.id, actor=REVIEWER, now=MORNING + timedelta(minutes=6))
        workflow.return_(
            s, n.id, actor=REVIEWER, reason="住所を確認", now=MORNING + timedelta(minutes=7)
        )
        workflow.reopen(s, n.id, actor=resident, now=MORNING + timedelta(minutes=8))
        workflow.confirm(s, n.id, actor=resident, now=MORNING + timedelta(minutes=12))
        workflow.start_review(s, n.id, actor=REVIEWER, now=MORNING + timedelta(minutes=15))
    with storage.reader() as s:
        (visit,) = visits(s, start=DAY, end=DAY)
    assert visit.card_to_filing == pytest.approx(12.0)
    assert visit.waiting == pytest.approx(3.0)  # opened 3 minutes after it was filed again
    assert visit.filing_to_approval is None and not visit.approved


def test_spread_of_one_and_of_none() -> None:
    assert spread([None, 4.0]).p90 == 4.0 and spread([None, 4.0]).count == 1
    assert spread([]).median is None


def _env(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    monkeypatch.setenv("KIOSK_MUNICIPALITY_NAME", "清瀬市")
    monkeypatch.setenv("KIOSK_MUNICIPALITY_CODE", "132217")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_kiosk_report_csv_chart_and_pdf(
    storage: Storage,
    config: Config,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from kiosk.app.cli import main

    scripted_day(storage)
    _env(config, monkeypatch)
    assert main(["report", "--from", "2026-04-01", "--to", "2026-04-30", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    own = next(r for r in rows if r["intake_mode"] == "self_service")
    assert own["day"] == "2026-04-10" and own["kind"] == "tenkyo" and own["notifications"] == "5"
    assert (own["card_to_filing_median_min"], own["card_to_filing_p90_min"]) == ("8.0", "22.0")
    assert (own["waiting_median_min"], own["waiting_p90_min"]) == ("5.0", "9.2")
    assert own["related_forms"] == "2"
    assert int(own["characters_not_written"]) == int(own["paper_characters"]) - int(
        own["typed_characters"]
    )
    # Nothing personal: the columns are counts, minutes and codes.
    everything = "".join(",".join(r.values()) for r in rows)
    assert "佐藤" not in everything and "清瀬" not in everything

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    chart, pdf = ARTIFACTS / "april.png", ARTIFACTS / "april.pdf"
    code = main(["report", "--month", "2026-04", "--chart", str(chart), "--pdf", str(pdf)])
    assert code == 0
    with Image.open(chart) as image:
        assert image.format == "PNG" and image.size == (1000, 600)
    pages = PdfReader(str(pdf)).pages
    text = squash("".join(p.extract_text() or "" for p in pages))
    assert "窓口の実績報告2026年4月" in text
    assert "6件（本登録6件）" in text and "4月10日" in text
    # The day's line, all six visits: card → filing of 4, 6, 8, 10, 14.5 and 30 minutes.
    assert "9.0/22.2" in text

    assert main(["report", "--from", "2026-04-10"]) == 0  # until today: the text table
    out = capsys.readouterr().out
    assert "self_service" in out and "8.0/22.0" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--from", "2026-04-10", "--to", "2026-04-01"], "is before"),
        (["--from", "2024-01-01", "--to", "2026-01-01"], "at most 366 days"),
        (["--month", "2026-13"], "not a month"),
        (["--month", "2026-04", "--from", "2026-04-01"], "either --month"),
    ],
)
def test_kiosk_report_refuses_bad_periods_in_one_line(
    argv: list[str],
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from kiosk.app.cli import main

    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    try:
        code = main(["report", *argv])
    except SystemExit as exc:  # argparse refuses a malformed value itself
        code = int(exc.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) <= 2
    assert not (tmp_path / "data" / "kiosk.sqlite3").exists()  # a report creates no database
