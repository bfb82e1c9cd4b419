"""The counter end to end: resident touch screens → card → database → staff → back office.

Each test plays a canonical scenario through both windows (the same script ``kiosk demo``
plays), then checks what the back office received, the states, and the audit log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.models import Status

pytestmark = [pytest.mark.pcsc, pytest.mark.slow]


def arrivals_of(demo: Any, notification_id: Any) -> list[Any]:
    return [
        a
        for a in demo.backoffice.app.state.store.list()
        if str(a.notification_id) == str(notification_id)
    ]


def received_body(demo: Any, arrival: Any) -> dict[str, Any]:
    body = demo.backoffice.app.state.store.body(arrival.idempotency_key)
    data: dict[str, Any] = json.loads(body)
    return data


def test_family_tennyu_edit_approve_delivered_once(counter: Any) -> None:
    """A family files a 転入 at the touch screen (two cards, one child without); staff enter
    the child and correct a field, each with a reason, and approve; the back office receives
    it exactly once; the audit log holds every step."""
    from kiosk.app.walkthrough import play, wait_for_deliveries

    demo, windows, stage = counter
    [result] = play(stage, ("tennyu-family",))
    assert result.notification_id is not None
    nid = result.notification_id
    wait_for_deliveries(windows.staff_service, [nid], timeout=60)

    [arrival] = arrivals_of(demo, nid)
    assert arrival.replays == 0
    body = received_body(demo, arrival)
    persons = body["persons"]
    assert len(persons) == 3
    assert persons[0]["name"]["family"] == "𠮷田" and persons[0]["relationship"] == "世帯主"
    assert persons[1]["name"]["family"] == "渡辺" and persons[1]["relationship"] == "母"
    assert persons[2]["name"]["given"] == "結衣" and persons[2]["birth_date"] == "2015-06-01"
    assert body["todoke"]["tenshutsu_shomei"] == "paper"
    assert [p["juminhyo_code"] for p in persons] == ["10000000014", "10000000022", "10000000030"]
    assert body["new_address"]["municipality"] == "清瀬市"

    review = windows.staff_service.review(stage.console.vm.user, nid)
    assert review.status is Status.DELIVERED
    assert review.source("persons.0.name.given") == "ic_chip"
    assert review.source("persons.2.name.given") == "staff"
    trail = windows.staff_service.audit_trail(nid)
    actions = [a for _at, _who, a, _d in trail]
    for step in (
        "create",
        "view",
        "edit",
        "edit_reason",
        "confirm",
        "start_review",
        "approve",
        "print",
        "mark_delivered",
    ):
        assert step in actions, f"{step} missing from the audit log: {actions}"
    assert actions.count("approve") == 1
    staff_edits = [d for _at, who, a, d in trail if a == "edit_reason" and who == "staff:demo"]
    assert len(staff_edits) == 10  # the child's six items, 転出証明書, three 住民票コード
    assert all(json.loads(d)["reason"] in ("staff_entry", "document_check") for d in staff_edits)
    assert windows.staff_service.audit_ok()
    assert any(p.name.endswith("-resident-confirm.png") for p in result.screens)
    assert any("-staff-approved" in p.name for p in result.screens)
    assert {p.suffix for p in result.documents} == {".pdf"}


def test_return_and_resubmission(counter: Any) -> None:
    """差戻 with a reason, corrected at the desk, filed again and approved: delivered once."""
    from kiosk.app.walkthrough import play, wait_for_deliveries

    demo, windows, stage = counter
    [result] = play(stage, ("return-resubmit",))
    nid = result.notification_id
    assert nid is not None
    wait_for_deliveries(windows.staff_service, [nid], timeout=60)
    [arrival] = arrivals_of(demo, nid)
    body = received_body(demo, arrival)
    assert body["new_address"]["banchi"] == "９－１０"
    actions = [a for _at, _who, a, _d in windows.staff_service.audit_trail(nid)]
    assert actions.index("return") < actions.index("reopen") < actions.index("approve")
    assert actions.count("confirm") == 2
    assert any("-staff-returned" in p.name for p in result.screens)


def test_kiosk_demo_without_display_leaves_the_three_folders(tmp_path: Path) -> None:
    """The README's first command on a machine with no display: the headless walkthrough."""
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    kiosk = Path(sys.executable).with_name("kiosk")
    done = subprocess.run(
        [str(kiosk), "demo", "--out", str(out), "--scenario", "tenkyo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert str(out) in done.stdout
    screens = sorted((out / "screens").rglob("*.png"))
    assert any("-resident-" in p.name for p in screens)
    assert any("-staff-" in p.name for p in screens)
    pdfs = sorted((out / "forms").glob("*.pdf"))
    assert pdfs and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    received = sorted((out / "backoffice-received").glob("*.json"))
    assert len(received) == 1
    record = json.loads(received[0].read_text(encoding="utf-8"))
    assert record["notification"]["kind"] == "tenkyo"
    # The day's own figures: one 転居 filed, and the chart of the day.
    kpi = (out / "report" / "kpi.csv").read_text(encoding="utf-8").splitlines()
    assert kpi[0].startswith("day,counter,kind,intake_mode,notifications")
    assert len(kpi) == 2 and ",tenkyo,self_service,1,1," in kpi[1]
    assert (out / "report" / "day.png").read_bytes().startswith(b"\x89PNG")
