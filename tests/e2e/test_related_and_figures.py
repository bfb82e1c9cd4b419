"""A family 転入 through both windows prints its related forms pre-filled at the desk, and the
day's own figures count it (as ``kiosk demo`` leaves them in ``report/``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.forms.pdfcheck import squash


def test_a_family_moving_in_gets_its_related_forms_and_is_counted(
    counter: Any, tmp_path: Path
) -> None:
    from kiosk.app.demo import write_day_report
    from kiosk.app.walkthrough import play, wait_for_deliveries

    demo, windows, stage = counter
    [result] = play(stage, ("tennyu-family",))
    nid = result.notification_id
    assert nid is not None
    wait_for_deliveries(windows.staff_service, [nid], timeout=60)
    # The clerk printed the related forms in one go: the child's 児童手当 認定請求, filled in.
    [related] = [p for p in result.documents if p.name.endswith("-related.pdf")]
    text = squash("".join(p.extract_text() or "" for p in PdfReader(str(related)).pages))
    assert "児童手当認定請求" in text and "𠮷田結衣" in text and "平成27年6月1日" in text
    printed = [d for _at, _who, a, d in windows.staff_service.audit_trail(nid) if a == "print"]
    assert any("related:jido_teate" in d for d in printed)

    count = write_day_report(demo.storage, demo.config, tmp_path / "report")
    assert count == 1
    [row] = csv.DictReader(io.StringIO((tmp_path / "report" / "kpi.csv").read_text("utf-8")))
    assert (row["kind"], row["intake_mode"], row["notifications"], row["approved"]) == (
        "tennyu",
        "self_service",
        "1",
        "1",
    )
    assert int(row["related_forms"]) >= 1
    # Two members' names, birth dates and the address came from their cards: not written.
    assert 0 < int(row["characters_not_written"]) < int(row["paper_characters"])
    assert float(row["card_to_filing_median_min"]) >= 0
    assert (tmp_path / "report" / "day.png").read_bytes().startswith(b"\x89PNG")
