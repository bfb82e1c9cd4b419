"""The receipt slip (受付票) handed to the resident: reception number, what is still to do, QR.

An A5 portrait page (half of A4, what counter printers take in their second tray): the
counter's name, the reception number large enough to be called out, the kind of notification
and the persons it covers, and — the reason residents keep it — the list of related procedures
still to do, with the department and the reason, each with a box to tick at that desk, and
below it those already done at the counter, ticked. A QR code carries the notification id,
the reception number and the content hash, so any desk can pull the record up.

Every phrase is in Japanese and, when the resident used another language on the screens, in
that language too, Japanese first (:mod:`forms.receipt_text`); each script is drawn in its own
shipped face, Latin text in a proportional one (:mod:`forms.fonts`).
"""

from __future__ import annotations

import io
import json
from collections.abc import Collection
from datetime import tzinfo

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from forms import fonts
from forms.model import Notification
from forms.pdf import COUNTER_TZ, INK, LABEL, MM, TINT, _date, _dt, _Sheet, _wrap
from forms.receipt_text import LANGUAGES, ReceiptText, receipt_text
from forms.schema import content_hash

__all__ = ["LANGUAGES", "receipt_payload", "render_receipt"]

A5_W, A5_H = float(A5[0]), float(A5[1])
LEFT, RIGHT = 10 * MM, A5_W - 10 * MM
WIDTH = RIGHT - LEFT


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


def render_receipt(
    notification: Notification,
    *,
    language: str = "ja",
    counter_name: str = "",
    tz: tzinfo = COUNTER_TZ,
    done: Collection[str] | None = None,
) -> bytes:
    """The 受付票 as a one-page A5 PDF (more pages only when very many procedures remain).

    ``language`` is the resident's language on the screens (``ja``, ``ja-easy``, ``en``, ``zh``,
    ``ko``, ``vi``, ``pt``, ``es``, ``fil``, ``ne``): every phrase is printed in Japanese and,
    below it, in that language. ``counter_name`` is printed at the top (清瀬市役所 市民課 1番窓口)
    so the resident knows where to come back to. ``tz`` is the counter's time zone: the time
    received is printed in it. ``done`` holds the codes of the related procedures already done
    at the counter (the desk's marks); without it, each procedure's own ``done`` counts. What
    remains is listed with its reasons, what is done below it, ticked, one line each.
    """
    fonts.register()
    n = notification
    ja = receipt_text("ja")
    other = receipt_text(language) if language in LANGUAGES and language != "ja" else None
    lang = language if other is not None else None
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A5, pageCompression=1, invariant=1, initialFontName=fonts.GOTHIC)
    c.setTitle(f"受付票 {n.jimu.reception_number}")
    c.setAuthor("kakanai-madoguchi")
    c.setSubject(receipt_payload(n))
    s = _A5(c, tz)

    def second(
        x: float,
        top: float,
        w: float,
        phrase: str,
        size: float,
        color: Color = INK,
        anchor: str = "left",
    ) -> None:
        """The resident's language under a Japanese phrase (nothing when Japanese only)."""
        if other is not None and phrase:
            s.fit(x, top, w, phrase, size, fonts.GOTHIC, 3.5, color, anchor, lang)

    def page_head() -> float:
        if counter_name:
            s.fit(LEFT, 8 * MM, WIDTH, counter_name, 8.5, fonts.GOTHIC, color=LABEL)
        s.text(LEFT, 17 * MM, ja.title, 18, fonts.GOTHIC_BOLD)
        second(LEFT, 21.5 * MM, 50 * MM, other.title if other else "", 8.5)
        kind_ja = ja.kinds[n.kind]
        s.text(RIGHT, 16 * MM, kind_ja, 11, fonts.GOTHIC, anchor="right")
        if other is not None:
            second(RIGHT - 70 * MM, 20.5 * MM, 70 * MM, other.kinds[n.kind], 7.5, anchor="right")
        top = 23.5 * MM if other is not None else 19 * MM
        s.hline(LEFT, RIGHT, top, 1.0)
        return top

    top = page_head()
    # Reception number, large, in a box, with the QR beside it.
    qr = 30 * MM
    s.rect(LEFT, top + 4 * MM, WIDTH - qr - 4 * MM, qr, fill=TINT, lw=0.8)
    s.label(LEFT + 3 * MM, top + 8.5 * MM, ja.reception_number, 8)
    second(
        LEFT + 3 * MM,
        top + 12 * MM,
        WIDTH - qr - 10 * MM,
        other.reception_number if other else "",
        7,
    )
    number = n.jimu.reception_number or ja.unnumbered
    s.fit(
        LEFT + 3 * MM,
        top + 26 * MM,
        WIDTH - qr - 10 * MM,
        number,
        30,
        fonts.GOTHIC_BOLD,
        min_size=12,
    )
    s.qr(RIGHT - qr, top + 4 * MM, qr, receipt_payload(n))
    top += qr + 9 * MM
    # What was filed.
    filed = _date(n.todoke.filed_on)
    if other is not None:
        filed += f"（{n.todoke.filed_on.isoformat()}）"
    rows: list[tuple[str, str, str]] = [(ja.filed_on, _t(other, "filed_on"), filed)]
    if n.jimu.entered_at is not None:
        rows.append((ja.received_at, _t(other, "received_at"), _dt(n.jimu.entered_at, tz)))
    rows.append((ja.filer, _t(other, "filer"), n.filer.name.full()))
    persons = "、".join(
        p.name.full() or (p.foreign.name_roman if p.foreign else "") for p in n.persons
    )
    rows.append((ja.persons, _t(other, "persons"), persons))
    if n.jimu.status:
        rows.append((ja.status, _t(other, "status"), n.jimu.status))
    label_w = 24 * MM
    for label, label_other, value in rows:
        s.label(LEFT, top, label, 8)
        second(LEFT, top + 3.4 * MM, label_w - 2 * MM, label_other, 6.5, color=LABEL)
        lines = _wrap(value, fonts.MINCHO, 10.5, WIDTH - label_w) or [""]
        for k, line in enumerate(lines):
            s.text(LEFT + label_w, top + k * 5 * MM, line, 10.5)
        height = max(5 * MM * len(lines), 6.2 * MM if other is not None else 0)
        top += height + 1.5 * MM
    top += 1 * MM
    s.hline(LEFT, RIGHT, top, 0.5)
    top += 7 * MM
    finished_codes = set(done) if done is not None else {r.code for r in n.related if r.done}
    todo = [r for r in n.related if r.code not in finished_codes]
    finished = [r for r in n.related if r.code in finished_codes]
    s.text(LEFT, top, ja.todo, 11, fonts.GOTHIC_BOLD)
    s.text(RIGHT, top, ja.count.format(n=len(todo)), 10, fonts.GOTHIC, anchor="right")
    if other is not None:
        second(LEFT, top + 4.2 * MM, WIDTH - 20 * MM, other.todo, 8)
        top += 4 * MM
    top += 3 * MM
    if not todo:
        s.text(LEFT + 2 * MM, top + 6 * MM, ja.none, 10, fonts.GOTHIC)
        second(LEFT + 2 * MM, top + 10.5 * MM, WIDTH - 4 * MM, other.none if other else "", 8)
        top += 14 * MM
    for r in todo:
        reason = _wrap(r.reason, fonts.GOTHIC, 7.5, WIDTH - 10 * MM)
        where = other.where.format(department=r.department) if other and r.department else ""
        need = (9 + 3.6 * len(reason) + (3.6 if where else 0)) * MM
        if top + need > A5_H - 20 * MM:
            _foot(s, n, ja, other, lang)
            c.showPage()
            top = page_head() + 6 * MM
        s.checkbox(LEFT + 1 * MM, top + 5 * MM, False, "", 9)
        dept = ja.where.format(department=r.department) if r.department else ""
        dept_w = fonts.string_width(dept, fonts.GOTHIC, 8.5)
        s.fit(LEFT + 7 * MM, top + 5 * MM, WIDTH - 9 * MM - dept_w, r.name, 10, fonts.GOTHIC_BOLD)
        if dept:
            s.text(RIGHT, top + 5 * MM, dept, 8.5, fonts.GOTHIC, INK, anchor="right")
        y = top + 9.2 * MM
        if where:
            second(LEFT + 7 * MM, y, WIDTH - 9 * MM, where, 7.5)
            y += 3.6 * MM
        for k, line in enumerate(reason):
            s.text(LEFT + 7 * MM, y + 3.6 * k * MM, line, 7.5, fonts.GOTHIC, LABEL)
        top += need
    if finished:
        head = (10 if other is not None else 6) * MM
        if top + head + 5.5 * MM > A5_H - 19 * MM:  # the heading keeps with its first line
            _foot(s, n, ja, other, lang)
            c.showPage()
            top = page_head() + 2 * MM
        top += 4 * MM
        s.hline(LEFT, RIGHT, top - 3.5 * MM, 0.3)
        s.text(LEFT, top, ja.done, 9.5, fonts.GOTHIC_BOLD)
        s.text(RIGHT, top, ja.count.format(n=len(finished)), 9, fonts.GOTHIC, anchor="right")
        if other is not None:
            second(LEFT, top + 3.8 * MM, WIDTH - 20 * MM, other.done, 7)
            top += 3.8 * MM
        top += 2 * MM
        for r in finished:
            if top + 5.5 * MM > A5_H - 19 * MM:
                _foot(s, n, ja, other, lang)
                c.showPage()
                top = page_head() + 2 * MM
            s.checkbox(LEFT + 1 * MM, top + 4 * MM, True, "", 8)
            dept = ja.where.format(department=r.department) if r.department else ""
            dept_w = fonts.string_width(dept, fonts.GOTHIC, 7.5)
            s.fit(LEFT + 7 * MM, top + 4 * MM, WIDTH - 9 * MM - dept_w, r.name, 8.5, fonts.GOTHIC)
            if dept:
                s.text(RIGHT, top + 4 * MM, dept, 7.5, fonts.GOTHIC, LABEL, anchor="right")
            top += 5.5 * MM
    _foot(s, n, ja, other, lang)
    c.showPage()
    c.save()
    return buf.getvalue()


def _t(text: ReceiptText | None, name: str) -> str:
    return "" if text is None else str(getattr(text, name))


def _foot(
    s: _Sheet, n: Notification, ja: ReceiptText, other: ReceiptText | None, lang: str | None
) -> None:
    y = A5_H - 13 * MM
    s.hline(LEFT, RIGHT, y - 4.5 * MM, 0.4)
    s.lines(LEFT, y, WIDTH, ja.show_slip, 6.8, fonts.GOTHIC, max_lines=1, color=LABEL)
    if other is not None:
        s.lines(LEFT, y + 3.2 * MM, WIDTH, other.show_slip, 6, fonts.GOTHIC, color=LABEL, lang=lang)
    s.label(RIGHT - 62 * MM, A5_H - 4 * MM, f"ID {n.id}", 5.2)
