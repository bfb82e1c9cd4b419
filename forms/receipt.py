"""The receipt slip (受付票) handed to the resident: reception number, what is still to do, QR.

An A5 portrait page (half of A4, what counter printers take in their second tray): the
reception number large enough to be called out, the kind of notification and the persons it
covers, and — the reason residents keep it — the list of related procedures still to do, with
the department and the reason, each with a box to tick at that desk. A QR code carries the
notification id, the reception number and the content hash, so any desk can pull the record up.
"""

from __future__ import annotations

import io
import json

from reportlab.lib.pagesizes import A5

from forms import fonts
from forms.model import Notification
from forms.pdf import INK, LABEL, MM, TINT, _Sheet, _wrap
from forms.schema import content_hash
from forms.wareki import format_date

__all__ = ["receipt_payload", "render_receipt"]

A5_W, A5_H = float(A5[0]), float(A5[1])


def receipt_payload(notification: Notification) -> str:
    """QR text of the receipt: ``{"id", "reception", "sha256", "v"}`` as compact JSON."""
    return json.dumps(
        {
            "id": str(notification.id),
            "reception": notification.jimu.reception_number,
            "sha256": content_hash(notification),
            "v": 1,
        },
        ensure_ascii=False,
        separators=(",", ":"),
        sort_keys=True,
    )


class _A5(_Sheet):
    def y(self, top: float) -> float:
        return A5_H - top


def render_receipt(notification: Notification) -> bytes:
    """The 受付票 as a one-page A5 PDF (more pages only when very many procedures remain)."""
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    n = notification
    left, right = 10 * MM, A5_W - 10 * MM
    width = right - left
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A5, pageCompression=1, invariant=1, initialFontName=fonts.GOTHIC)
    c.setTitle(f"受付票 {n.jimu.reception_number}")
    c.setAuthor("kakanai-madoguchi")
    c.setSubject(receipt_payload(n))
    s = _A5(c)

    def page_head() -> float:
        s.text(left, 16 * MM, "受付票", 18, fonts.GOTHIC_BOLD)
        s.label(left + 30 * MM, 15.6 * MM, "Receipt", 8)
        s.text(right, 16 * MM, f"{n.kind.label}届", 11, fonts.GOTHIC, anchor="right")
        s.hline(left, right, 19 * MM, 1.0)
        return 19 * MM

    top = page_head()
    # Reception number, large, in a box, with the QR beside it.
    qr = 30 * MM
    s.rect(left, top + 4 * MM, width - qr - 4 * MM, qr, fill=TINT, lw=0.8)
    s.label(left + 3 * MM, top + 9 * MM, "受付番号  Reception number", 8)
    number = n.jimu.reception_number or "（未採番）"
    s.fit(
        left + 3 * MM,
        top + 24 * MM,
        width - qr - 10 * MM,
        number,
        30,
        fonts.GOTHIC_BOLD,
        min_size=12,
    )
    s.qr(right - qr, top + 4 * MM, qr, receipt_payload(n))
    top += qr + 9 * MM
    # What was filed.
    rows = [
        ("届出日", format_date(n.todoke.filed_on)),
        ("届出人", n.filer.name.full()),
        (
            "異動者",
            "、".join(
                p.name.full() or (p.foreign.name_roman if p.foreign else "") for p in n.persons
            ),
        ),
    ]
    if n.jimu.status:
        rows.append(("状態", n.jimu.status))
    for label, value in rows:
        s.label(left, top, label, 8)
        lines = _wrap(value, fonts.MINCHO, 10.5, width - 20 * MM) or [""]
        for k, line in enumerate(lines):
            s.text(left + 20 * MM, top + k * 5 * MM, line, 10.5)
        top += 5 * MM * len(lines) + 1.5 * MM
    top += 2 * MM
    s.hline(left, right, top, 0.5)
    top += 7 * MM
    todo = [r for r in n.related if not r.done]
    s.text(left, top, "このあと必要な手続き", 11, fonts.GOTHIC_BOLD)
    s.label(left + 46 * MM, top - 0.3 * MM, "Procedures still to do", 7.5)
    s.text(right, top, f"{len(todo)}件", 10, fonts.GOTHIC, anchor="right")
    top += 3 * MM
    if not todo:
        s.text(left + 2 * MM, top + 6 * MM, "ありません。お疲れさまでした。", 10, fonts.GOTHIC)
        top += 10 * MM
    for r in todo:
        reason = _wrap(r.reason, fonts.GOTHIC, 7.5, width - 10 * MM)
        need = (9 + 3.6 * len(reason)) * MM
        if top + need > A5_H - 18 * MM:
            _foot(s, n, left, right)
            c.showPage()
            top = page_head() + 6 * MM
        s.checkbox(left + 1 * MM, top + 5 * MM, False, "", 9)
        s.text(left + 7 * MM, top + 5 * MM, r.name, 10, fonts.GOTHIC_BOLD)
        if r.department:
            s.text(right, top + 5 * MM, f"{r.department}へ", 8.5, fonts.GOTHIC, INK, anchor="right")
        for k, line in enumerate(reason):
            s.text(left + 7 * MM, top + (9.2 + 3.6 * k) * MM, line, 7.5, fonts.GOTHIC, LABEL)
        top += need
    _foot(s, n, left, right)
    c.showPage()
    c.save()
    return buf.getvalue()


def _foot(s: _Sheet, n: Notification, left: float, right: float) -> None:
    y = A5_H - 10 * MM
    s.hline(left, right, y - 5 * MM, 0.4)
    s.label(left, y, "この票を各窓口でお見せください。QRコードで受付内容を確認します。", 6.8)
    s.label(left, y + 3.2 * MM, "Please show this slip at each desk.", 6)
    s.label(right - 62 * MM, y + 3.2 * MM, f"ID {n.id}", 5.2)
