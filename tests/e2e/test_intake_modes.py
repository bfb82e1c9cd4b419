"""Each way of taking a notification, end to end with both windows and the real card stack.

The desk (the real staff console, by keyboard) and the resident's tablet (the real touch
screens) share one flow, as in the single-PC counter; the card is the project's emulator in
pcscd's virtual reader; the notification goes through the real database to the reference back
office. Both screens are saved at every step (``test-artifacts/e2e/<test>/screens``).

- 対面受付 (staff-led) of a 転居 filed by a 任意代理人: printed and delivered with the filer's data;
- print-and-sign of a 世帯分離: the form printed for the pen, the signature checked at the desk;
- self-service with a call for staff: taken over at the desk, handed back, signed on the tablet;
- ``kiosk demo`` without a display: one notification of each intake mode in its back-office
  folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Qt

from forms import wareki
from kiosk.models import Status
from tests.e2e.test_counter import arrivals_of, received_body
from tests.forms.pdfcheck import page_texts, squash

pytestmark = [pytest.mark.pcsc, pytest.mark.slow]

TOKYO = ZoneInfo("Asia/Tokyo")


def screen_file(windows: Any) -> str:
    loader = windows.resident.view.rootObject().findChild(QObject, "screenLoader")
    return str(loader.property("source").toString()).rsplit("/", 1)[-1]


def test_an_agent_files_at_the_desk_printed_and_delivered_with_the_filer(counter: Any) -> None:
    from kiosk.app.walkthrough import play, wait_for_deliveries

    demo, windows, stage = counter
    [result] = play(stage, ("staff-led-agent",))
    nid = result.notification_id
    assert nid is not None
    wait_for_deliveries(windows.staff_service, [nid], timeout=60)
    [arrival] = arrivals_of(demo, nid)
    body = received_body(demo, arrival)
    filer = body["filer"]
    assert filer["kubun"] == "nini_dairinin" and filer["relationship"] == "知人"
    assert filer["name"]["family"] == "𠮷田", "the agent's own card, read at the counter"
    assert filer["id_check"]["method"] == "ic" and filer["power_of_attorney"] is True
    assert filer["power_of_attorney_seen_by"] == "demo" and filer["power_of_attorney_seen_at"]
    assert filer["phone"] == "090-1234-5678"
    assert [p["name"]["family"] + p["name"]["given"] for p in body["persons"]] == ["黒桐幹也"]
    provenance = body["provenance"]
    assert "filer.name.family" in provenance and provenance["filer.name.family"]["source"] == (
        "ic_chip"
    )
    assert not any(path.startswith("persons.") for path in provenance), "typed at the desk"
    jimu = body["jimu"]
    assert jimu["intake_mode"] == "staff_led" and jimu["received_by"] == "demo"
    sections = {c["section"] for c in jimu["confirmations"]}
    assert {"filer", "todoke", "newAddress", "previousAddress", "persons"} <= sections
    assert all(c["by"].startswith("resident:") for c in jimu["confirmations"])

    review = windows.staff_service.review(stage.console.vm.user, nid)
    assert review.status is Status.DELIVERED
    [form] = [p for p in result.documents if p.name.endswith("-form.pdf")]
    text = squash(page_texts(form.read_bytes())[0])
    assert "任意代理人" in text and "関係知人" in text and "委任状確認demo" in text
    assert "受付方法対面入力" in text
    names = [p.name for p in result.screens]
    for step in ("identity", "filer", "previous", "members", "confirm", "done"):
        assert any(f"-staff-interview-{step}" in n for n in names), step
        assert any(f"-resident-mirror-{step}" in n for n in names), step
    assert any("-resident-confirm-sections" in n for n in names)
    trail = [a for _at, _who, a, _d in windows.staff_service.audit_trail(nid)]
    assert trail.count("approve") == 1 and "mark_delivered" in trail
    assert "interview_see_power_of_attorney" in trail, "the clerk who saw the 委任状, audited"


def test_a_household_change_signed_on_paper(counter: Any) -> None:
    from kiosk.app.walkthrough import play, wait_for_deliveries

    demo, windows, stage = counter
    [result] = play(stage, ("paper-setai",))
    nid = result.notification_id
    assert nid is not None
    wait_for_deliveries(windows.staff_service, [nid], timeout=60)
    [arrival] = arrivals_of(demo, nid)
    body = received_body(demo, arrival)
    assert body["kind"] == "setai_henko" and body["todoke"]["setai_henko"] == "bunri"
    assert body["household"]["new_head_name"] == "黒桐　幹也"
    assert body["jimu"]["intake_mode"] == "paper_signed"
    assert body["filer"]["paper_signature"]["checked_by"] == "demo"
    assert body["filer"]["signature"]["strokes"] == []
    signing = [p for p in result.documents if p.name.startswith("signing-")]
    assert signing, "the form printed for the pen"
    blank = squash(page_texts(signing[0].read_bytes())[0])
    assert "この欄に届出人が手書きで署名してください" in blank
    [form] = [p for p in result.documents if p.name.endswith("-form.pdf")]
    signed = squash(page_texts(form.read_bytes())[0])
    assert "紙の届書に署名済" in signed and "確認demo" in signed and "受付方法紙に署名" in signed
    assert any("-resident-mirror-paper-sign" in p.name for p in result.screens)


def test_a_call_for_staff_taken_over_and_handed_back(counter: Any) -> None:
    from kiosk.app.walkthrough import (
        Camera,
        Clerk,
        Interviewer,
        Resident,
        wait_for_deliveries,
        wait_until,
    )

    demo, windows, stage = counter
    camera = Camera(stage.out / "screens" / "take-over")
    resident = Resident(stage.resident_window, stage.emulator, camera)
    clerk = Clerk(stage.console, camera)
    login_id, password, second = stage.login
    clerk.login(login_id, password, second())
    resident.card_in(stage.personas("kokutou-mikiya"), "1234")
    resident.wait("identity")
    resident.vm.confirmIdentity(True)
    resident.wait("furigana")
    resident.vm.skipReading()
    resident.wait("guide")
    resident.vm.guideAnswer("within")
    resident.wait_step("date")
    resident.vm.setDateDaysAgo(1)
    resident.vm.next()
    resident.address("2040021", "3-5-8")
    resident.wait_step("members")
    resident.vm.next()
    resident.wait_step("household")
    resident.vm.callStaff()
    resident.shot("called")
    desk = Interviewer(clerk, resident)
    wait_until(lambda: "呼出し" in clerk.window.status_text, "the call on the desk")
    desk.open()
    assert desk.pane.banner.isVisible()
    desk.shots("call")
    desk.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    desk.at("household")
    wait_until(lambda: screen_file(windows) == "Mirror.qml", "the tablet's mirror")
    desk.shots("taken-over")
    desk.enter()  # the clerk answers the household for the resident
    desk.at("related")
    desk.key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    resident.wait_step("related")
    assert screen_file(windows) == "StepRelated.qml"
    resident.shot("handed-back")
    for code in ("kokuho", "shogai_techo", "dog"):
        resident.vm.setRelated(code, False)
    resident.vm.next()
    label = resident.sign_and_file()
    resident.leave()
    clerk.open(label)
    clerk.approve()
    nid = windows.staff_service.queue(clerk.window.vm.user)[0].id
    wait_for_deliveries(windows.staff_service, [nid], timeout=60)
    [arrival] = arrivals_of(demo, nid)
    body = received_body(demo, arrival)
    assert body["jimu"]["intake_mode"] == "self_service"
    assert body["persons"][0]["relationship"] == "世帯主"


def test_kiosk_demo_leaves_one_notification_of_each_intake_mode(tmp_path: Path) -> None:
    """Also the day's paper: 受付番号 in filing order without a gap, and every receipt's
    受付日時 on the counter's clock (Asia/Tokyo), within the minutes the demo ran."""
    out = tmp_path / "out"
    started = datetime.now(TOKYO).replace(second=0, microsecond=0)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    kiosk = Path(sys.executable).with_name("kiosk")
    args = [str(kiosk), "demo", "--out", str(out)]
    for name in ("tenkyo", "staff-led-agent", "paper-setai"):
        args += ["--scenario", name]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    ended = datetime.now(TOKYO)
    received = [
        json.loads(p.read_text(encoding="utf-8"))["notification"]
        for p in sorted((out / "backoffice-received").glob("*.json"))
    ]
    modes = sorted(n["jimu"]["intake_mode"] for n in received)
    assert modes == ["paper_signed", "self_service", "staff_led"]
    screens = sorted((out / "screens").rglob("*.png"))
    led = [p.name for p in screens if "staff-led-agent" in str(p.parent)]
    assert any("-staff-interview-" in n for n in led) and any("-resident-mirror-" in n for n in led)

    receipts = sorted((out / "forms").glob("*-receipt.pdf"))
    numbers, times = [], []
    for receipt in receipts:
        lines = page_texts(receipt.read_bytes())[0].splitlines()
        numbers.append(lines[lines.index("受付番号") + 1])
        times.append(lines[lines.index("受付日時") + 1])
        assert lines[lines.index("届出日") + 1] == times[-1].split(" ")[0], "filed that day"
    assert numbers == [f"1-{i:03d}" for i in range(1, len(received) + 1)], "no gap, no repeat"
    for printed in times:
        day, clock = printed.split(" ")
        on = wareki.parse(day)
        assert isinstance(on, date), printed
        at = datetime.combine(on, time.fromisoformat(clock), TOKYO)
        assert started <= at <= ended, f"{printed} is not the counter's clock ({started}–{ended})"
