"""A staff correction after the resident signed reaches the stored form as a 訂正.

Filed as the resident screens file it (the signature stored, the digest of what was signed
recorded by the workflow), corrected at the desk with a reason, approved: the form PDF stored
with the approval shows the old value, the new one, the staff id, the time in the counter's
zone and the reason, and the receipt names the counter.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

import forms
from forms.wareki import format_wareki
from kiosk import workflow
from tests.staff.conftest import family_tennyu, file_notification, today


def text(pdf: bytes) -> str:
    return re.sub(
        r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    )


def test_a_correction_after_signing_is_kept_and_printed(
    service: Any, reviewer: Any, staff_storage: Any
) -> None:
    n = family_tennyu()
    n.new_address.town = "元町"
    n.new_address.banchi = "９－９"
    n.related = forms.related.derive(n)
    signed = forms.signed_digest(n)
    file_notification(staff_storage, n)
    with staff_storage.transaction() as session:
        stored = workflow.load(session, n.id)
    assert stored.jimu.signed_digest == signed  # recorded where the signature was stored

    # 07:19 in Tokyo on the filing day is 22:19 UTC the day before: the form must print Tokyo's
    # date and time (the day the resident filed, never a day in the future of the filing).
    at = datetime.combine(today(), time(7, 19), tzinfo=ZoneInfo("Asia/Tokyo")).astimezone(UTC)
    assert at.date() < today()
    service.now = lambda: at
    review = service.open(reviewer, n.id)
    review = service.edit(
        reviewer,
        n.id,
        "new_address.banchi",
        "９－１０",
        reason="input_error",
        expected_version=review.version,
    )
    [c] = review.notification.jimu.corrections
    assert (c.before, c.after, c.staff_id, c.reason) == (
        "９－９",
        "９－１０",
        "sato",
        "input_error",
    )
    assert review.notification.jimu.signed_digest == signed  # what was signed is unchanged

    service.approve(reviewer, n.id, expected_version=review.version)
    form = text(service.output(reviewer, n.id, "form").pdf)
    assert "元町９－９９－１０①" in form
    stamp = f"{format_wareki(today())}07:19"
    assert f"①新住所番地・号９－９→９－１０訂正者sato{stamp}入力誤りの訂正" in form
    receipt = text(service.output(reviewer, n.id, "receipt").pdf)
    assert "1番窓口" in receipt
