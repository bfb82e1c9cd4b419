"""The staff facade without a screen: findings a reviewer must see, corrections it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.errors import KioskError
from tests.staff.conftest import family_tennyu, file_notification


def test_head_of_household_conflict_and_late_filing_are_headlined(
    service: Any, reviewer: Any, staff_storage: Any
) -> None:
    n = family_tennyu(late=True)
    n.persons[1].relationship = "世帯主"  # two heads in one household
    with pytest.raises(KioskError):  # the resident screens could not file this …
        file_notification(staff_storage, n)
    n.persons[1].relationship = "妻"
    n.household.head_name = "山田　花子"  # … but a head name that is not the 世帯主 is an error
    with pytest.raises(KioskError):
        file_notification(staff_storage, n)
    n.household.head_name = "山田　太郎"
    file_notification(staff_storage, n)
    [row] = service.queue(reviewer)
    assert "届出期間経過" in row.badges
    review = service.open(reviewer, row.id)
    review = service.edit(
        reviewer,
        row.id,
        "persons.1.relationship",
        "世帯主",
        reason="resident_request",
        expected_version=review.version,
    )
    assert "世帯主" in service.queue(reviewer)[0].badges
    assert any(f.code == "head_count" for f in review.errors)
    assert not review.can_approve
    late = [f for f in review.alerts if f.code == "late_filing"]
    assert late and late[0].field == "todoke.moved_on"


def test_corrections_need_a_reason_and_a_value_that_fits(
    service: Any, reviewer: Any, staff_storage: Any
) -> None:
    n = family_tennyu()
    file_notification(staff_storage, n)
    review = service.open(reviewer, n.id)
    with pytest.raises(KioskError, match="訂正理由"):
        service.edit(reviewer, n.id, "persons.0.name.given", "太朗", reason="", expected_version=1)
    with pytest.raises(KioskError, match="異動者1・生年月日: 日付として読めません"):
        service.edit(
            reviewer,
            n.id,
            "persons.0.birth_date",
            "not a date",
            reason="input_error",
            expected_version=review.version,
        )
    # 和暦 typed by staff is understood.
    review = service.edit(
        reviewer,
        n.id,
        "persons.0.birth_date",
        "昭和60年6月2日",
        reason="input_error",
        expected_version=review.version,
    )
    assert review.notification.persons[0].birth_date.isoformat() == "1985-06-02"
    # A stale version is refused: someone else changed it meanwhile.
    with pytest.raises(KioskError, match="先に変更しました"):
        service.edit(
            reviewer,
            n.id,
            "persons.0.name.given",
            "太朗",
            reason="input_error",
            expected_version=review.version - 1,
        )
    with pytest.raises(KioskError, match="受付票は承認"):
        service.output(reviewer, n.id, "receipt")


def test_kiosk_submit_stores_the_receipt_with_the_form(
    staff_config: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """Approval renders the receipt (受付票) itself, so a notification filed by ``kiosk submit``
    (no desk involved) has one to print like any other."""
    from kiosk import workflow
    from kiosk.app.cli import main
    from kiosk.storage import open_storage
    from tests.forms.pdfcheck import page_texts, squash

    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(staff_config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", staff_config.database.url)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    n = family_tennyu()
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["submit", str(path)]) == 0
    capsys.readouterr()
    storage = open_storage(staff_config)
    try:
        with storage.reader() as s:
            receipt = workflow.document(s, n.id, "receipt")
            label = workflow.load(s, n.id).jimu.reception_number
    finally:
        storage.close()
    text = squash(page_texts(receipt)[0])
    assert receipt.startswith(b"%PDF") and "受付票" in text and label in text
