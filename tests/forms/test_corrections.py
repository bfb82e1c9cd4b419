"""訂正 after signing, read off the printed form as a clerk would.

The scenario of the issue: the resident signed 元町９－９; staff correct it to ９－１０. The form
must show ９－９ struck through, ９－１０ beside it, and — in the 訂正 list — the staff id, the
time in the counter's zone and the reason, with the short form of the digest of what was
signed. The strike-through is checked in the rendered page: two red lines across the old value.
"""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from forms import (
    CorrectionError,
    Notification,
    apply_correction,
    mark_signed,
    render_pdf,
    signed_digest,
)
from forms.correction import field_label, short_digest
from forms.related import derive
from tests.forms import factory
from tests.forms.pdfcheck import page_texts, render_page, save, squash

AT = datetime(2026, 11, 30, 22, 19, tzinfo=UTC)  # 令和8年12月1日 07:19 in Tokyo
DPI = 200


def signed_at_motomachi() -> Notification:
    n = factory.tennyu_family()
    n.new_address.town = "元町"
    n.new_address.banchi = "９－９"
    n.related = derive(n)
    mark_signed(n)
    return n


def corrected() -> Notification:
    return apply_correction(
        signed_at_motomachi(),
        "new_address.banchi",
        "９－１０",
        staff_id="sato",
        reason="input_error",
        at=AT,
    )


def text_positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float, float]]:
    """Every text run drawn: (text, x, y from the bottom, font size), in points."""
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), tm[4], tm[5], size))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return runs


def red_rows(image: Image.Image, x0: float, x1: float, base: float, size: float) -> list[int]:
    """Rows (pixels) above a baseline where most of the span ``x0..x1`` is correction red."""
    k = DPI / 72
    height = image.height
    top, bottom = int(height - (base + size) * k), int(height - base * k)
    a = np.asarray(image.crop((int(x0 * k), top, int(x1 * k), bottom))).astype(int)
    red = (a[..., 0] > 140) & (a[..., 1] < 90) & (a[..., 2] < 100)
    return [r for r in range(red.shape[0]) if red[r].mean() > 0.6]


def test_staff_correction_after_signing_is_printed_like_a_paper_teisei() -> None:
    n = corrected()
    data = render_pdf(n)
    path = save("teisei_motomachi.pdf", data)
    image = render_page(path, 1, dpi=DPI)
    text = squash(page_texts(data)[0])
    # In place: the signed value, then the new one, on the address line.
    assert "東京都清瀬市元町９－９９－１０①" in text
    # The 訂正 list: field, old → new, who, when (Tokyo), why.
    assert "①新住所番地・号９－９→９－１０訂正者sato令和8年12月1日07:19入力誤りの訂正" in text
    assert "11月30日" not in text
    # The 事務処理 box carries the short form of the digest of what was signed.
    assert f"署名時の内容SHA-256{short_digest(n.jimu.signed_digest)}".replace(" ", "") in text
    # The old value is struck through: two red lines across it where it stands on the line.
    runs = text_positions(data)
    old = [r for r in runs if r[0] == "９－９"]
    new = [r for r in runs if r[0] == "９－１０"]
    assert old and new
    (_, x, y, size) = max(old, key=lambda r: r[2])  # the one on the address line (highest)
    width = 3 * size  # three full-width characters
    rows = red_rows(image, x + 1, x + width - 1, y, size)
    assert rows, "no strike-through across ９－９"
    bands = [r for k, r in enumerate(rows) if k == 0 or r != rows[k - 1] + 1]
    assert len(bands) == 2, f"expected a double line (二重線), found rows {rows}"
    # The new value is written in red, and not struck through.
    (_, nx, ny, nsize) = max(new, key=lambda r: r[2])
    k = DPI / 72
    box = np.asarray(
        image.crop(
            (
                int(nx * k),
                int(image.height - (ny + nsize) * k),
                int((nx + 4 * nsize) * k),
                int(image.height - ny * k),
            )
        )
    ).astype(int)
    assert ((box[..., 0] > 140) & (box[..., 1] < 90)).sum() > 50
    assert red_rows(image, nx + 1, nx + 4 * nsize - 1, ny, nsize) == []


def test_signed_digest_covers_what_was_signed_and_not_the_clerks_box() -> None:
    n = signed_at_motomachi()
    digest = signed_digest(n)
    data = n.model_dump(mode="json", exclude={"jimu"})
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert digest == hashlib.sha256(canonical.encode()).hexdigest()
    assert n.jimu.signed_digest == digest
    n.jimu.reception_number = "R8-000099"
    n.jimu.status = "審査中"
    assert signed_digest(n) == digest  # 事務処理 is not what the resident signed
    changed = corrected()
    assert signed_digest(changed) != digest  # the content changed …
    assert changed.jimu.signed_digest == digest  # … the record of what was signed did not


def test_a_correction_records_field_values_staff_time_and_reason() -> None:
    n = corrected()
    [c] = n.jimu.corrections
    assert (c.path, c.before, c.after, c.staff_id, c.reason) == (
        "new_address.banchi",
        "９－９",
        "９－１０",
        "sato",
        "input_error",
    )
    assert c.at == AT and c.at.utcoffset() is not None
    assert field_label(c.path) == "新住所 番地・号"
    # Round trip through JSON keeps it.
    assert Notification.model_validate_json(n.model_dump_json()) == n


def test_no_record_for_an_unchanged_value_or_the_clerks_box() -> None:
    n = signed_at_motomachi()
    same = apply_correction(
        n, "new_address.banchi", "９－９", staff_id="sato", reason="input_error"
    )
    assert same.jimu.corrections == []
    note = apply_correction(n, "jimu.note", "電話で確認", staff_id="sato", reason="input_error")
    assert note.jimu.note == "電話で確認" and note.jimu.corrections == []


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("new_address.banchi", "９－１０", "because"),  # no such reason code
        ("new_address.nowhere", "x", "input_error"),  # no such field
        ("persons.9.name.family", "x", "input_error"),  # no such person
        ("new_address.postal_code", "12-34", "input_error"),  # does not fit the field
        ("new_address", "x", "input_error"),  # not a single value
    ],
)
def test_corrections_that_cannot_be_made_are_refused(path: str, value: str, reason: str) -> None:
    n = signed_at_motomachi()
    with pytest.raises(CorrectionError):
        apply_correction(n, path, value, staff_id="sato", reason=reason)
    assert n.jimu.corrections == []


def test_many_corrections_continue_on_the_next_page() -> None:
    n = signed_at_motomachi()
    for k in range(7):
        n = apply_correction(
            n, "todoke.note", f"備考{k + 1}", staff_id=f"staff{k}", reason="resident_request", at=AT
        )
    data = render_pdf(n)
    path = save("teisei_many.pdf", data)
    render_page(path, 2)
    pages = [squash(t) for t in page_texts(data)]
    assert len(pages) == 2
    assert "ほか3件（次ページ）" in pages[0]
    assert "訂正（続き）" in pages[1]
    assert "⑦届出備考備考6→備考7訂正者staff6" in pages[1]
    # Related procedures that no longer fit above the taller 事務処理 box move on too.
    for r in n.related:
        assert any(squash(r.name) in p for p in pages), r.name


def test_first_page_layout_without_corrections_is_unchanged_in_page_count(tmp_path: Path) -> None:
    n = signed_at_motomachi()
    assert len(page_texts(render_pdf(n))) == 1
