"""The printed 住民異動届: an A4 PDF laid out like the paper form a counter uses.

What it holds, top to bottom: the kind of notification with its check boxes, the dates, the
address blocks (新しい住所 / 前の住所 / 転出先), the household, the persons moving (four on the
first page, the rest on continuation pages), the filer with the signature drawn from its
strokes, the related procedures, and the 事務処理 box for staff. Every value of the model is
printed. Fields still holding the value read from a card's IC chip carry an ``IC`` mark.

Each page has a vector QR code (reportlab's QR widget, no bitmap) carrying the notification id
and the SHA-256 of its canonical JSON (:func:`forms.schema.content_hash`), so a printed page can
be matched to its stored record and a changed record detected.

Fonts are the bundled BIZ UD Gothic (labels) and BIZ UD Mincho (entries), embedded as TrueType
subsets, with IPAmj Mincho for characters BIZ UD lacks (:mod:`forms.fonts`).
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

import qrcode
import qrcode.constants
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas

from forms import fonts, linebreak
from forms.codes import code_list, default_reason_code
from forms.correction import CORRECTION_REASONS, field_label, short_digest
from forms.model import (
    Address,
    Correction,
    FilerKubun,
    IntakeMode,
    Kind,
    Notification,
    Origin,
    ResidentType,
    SectionConfirmation,
    SetaiHenkoKubun,
    Signature,
    TenshutsuShomei,
)
from forms.rules import RULES, check
from forms.schema import content_hash
from forms.wareki import WarekiError, format_date

__all__ = ["COUNTER_TZ", "FIRST_PAGE_PERSONS", "MORE_PAGE_PERSONS", "qr_payload", "render_pdf"]

COUNTER_TZ = ZoneInfo("Asia/Tokyo")
"""The counter's time zone unless told otherwise: times are stored in UTC, printed in this."""

FIRST_PAGE_PERSONS = 4
"""Persons printed on the first page, as on the paper form."""
MORE_PAGE_PERSONS = 12
"""Persons per continuation page."""

INK = Color(0.10, 0.10, 0.12)
RULE = Color(0.25, 0.25, 0.30)
LABEL = Color(0.28, 0.28, 0.33)
TINT = Color(0.93, 0.95, 0.97)  # label column background
JIMU_TINT = Color(0.90, 0.90, 0.90)
IC_COLOR = Color(0.0, 0.36, 0.55)
FIX = Color(0.70, 0.05, 0.10)
"""訂正 ink: the new value and its mark, in the red a clerk's correction is written in."""
PEN = Color(0.05, 0.10, 0.35)

MM: float = float(_mm)
"""One millimetre in points."""
PAGE_W, PAGE_H = float(A4[0]), float(A4[1])
LEFT = 12 * MM
RIGHT = PAGE_W - 12 * MM
WIDTH = RIGHT - LEFT


def qr_payload(notification: Notification) -> str:
    """The text in the QR code: compact JSON ``{"id": …, "sha256": …, "v": 1}``."""
    return json.dumps(
        {"id": str(notification.id), "sha256": content_hash(notification), "v": 1},
        separators=(",", ":"),
        sort_keys=True,
    )


def _date(value: object, *, western: bool = False) -> str:
    if value is None:
        return ""
    try:
        return format_date(value, western=western)  # type: ignore[arg-type]
    except WarekiError:
        return format_date(value, western=True)  # type: ignore[arg-type]


def local_time(value: datetime, tz: tzinfo) -> datetime:
    """``value`` in the counter's time zone (a naive time is taken as UTC, as stored)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz)


def _dt(value: datetime | None, tz: tzinfo) -> str:
    """A stored (UTC) time as printed: 和暦 date and hh:mm in the counter's time zone."""
    if value is None:
        return ""
    local = local_time(value, tz)
    return f"{_date(local.date())} {local:%H:%M}"


@dataclass
class _Sheet:
    """A canvas with top-down millimetre coordinates and the form's drawing vocabulary."""

    c: Canvas
    tz: tzinfo = COUNTER_TZ
    """The counter's time zone: every time on the page is printed in it."""
    fixes: dict[str, tuple[list[int], str, str]] = field(default_factory=dict)
    """Corrected paths → (their numbers in the 訂正 list, value as signed, value now)."""

    def y(self, top: float) -> float:
        return PAGE_H - top

    # -- primitives --------------------------------------------------------------------------

    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float,
        font: str = fonts.MINCHO,
        color: Color = INK,
        anchor: str = "left",
        lang: str | None = None,
    ) -> float:
        """Draw ``s`` with its baseline at ``top`` (points from the top); returns its width.

        ``s`` is drawn run by run in the faces :func:`forms.fonts.runs` picks (``lang`` names
        the resident's language for text in it); scripts that need shaping are shaped.
        """
        width = fonts.string_width(s, font, size, lang)
        if anchor == "center":
            x -= width / 2
        elif anchor == "right":
            x -= width
        cx = x
        self.c.setFillColor(color)
        for f, run in fonts.runs(s, font, lang):
            fonts.draw(self.c, cx, self.y(top), run, f, size)
            cx += fonts.run_width(run, f, size)
        return width

    def fit(
        self,
        x: float,
        top: float,
        w: float,
        s: str,
        size: float,
        font: str = fonts.MINCHO,
        min_size: float = 5.0,
        color: Color = INK,
        anchor: str = "left",
        lang: str | None = None,
    ) -> None:
        """Draw ``s`` in width ``w``: shrink to fit, and wrap onto more lines if needed.

        A label too short to break (:data:`forms.linebreak.KEEP_WHOLE`) shrinks further
        instead of being split.
        """
        if not s:
            return
        cur = size
        while cur > min_size and fonts.string_width(s, font, cur, lang) > w:
            cur -= 0.25
        lines = _wrap(s, font, cur, w, lang)
        if len(lines) == 1:
            while cur > 2 and fonts.string_width(s, font, cur, lang) > w:
                cur -= 0.25
            ax = {"center": x + w / 2, "right": x + w}.get(anchor, x)
            self.text(ax, top, s, cur, font, color, anchor, lang)
            return
        lead = cur * 1.15
        start = top - lead * (len(lines) - 1) / 2
        for i, line in enumerate(lines):
            self.text(x, start + i * lead, line, cur, font, color, lang=lang)

    def value(
        self,
        x: float,
        top: float,
        w: float,
        parts: Sequence[tuple[str | None, str]],
        size: float,
        font: str = fonts.MINCHO,
        *,
        min_size: float = 5.0,
        anchor: str = "left",
    ) -> None:
        """Draw a value made of ``parts`` — ``(field path, text)`` — in width ``w``.

        A part whose field was corrected after signing is printed as a paper 訂正: the value as
        signed struck through with two lines, the new value after it in red, and the number of
        its line in the 訂正 list (①②…) raised after that. Without corrections this is
        :meth:`fit` of the joined text.
        """
        pieces: list[tuple[str, str]] = []  # (style, text)
        for path, text in parts:
            fix = self.fixes.get(path) if path else None
            if fix is None:
                pieces.append(("plain", text))
                continue
            numbers, before, after = fix
            if before:
                pieces.append(("struck", _shown(before)))
                pieces.append(("plain", " "))
            pieces.append(("new", _shown(after) if after else "（削除）"))
            pieces.append(("mark", "".join(_circled(k) for k in numbers)))
        if all(style == "plain" for style, _ in pieces):
            self.fit(x, top, w, "".join(t for _, t in pieces), size, font, min_size, anchor=anchor)
            return
        if _pieces_width(pieces, font, size) * 0.8 > w:
            # Too narrow for both on one line: the value as signed goes small above the new one,
            # as a clerk writes a correction above a struck-out value in a narrow box.
            above = [(st, t) for st, t in pieces if st == "struck"]
            below = [(st, t) for st, t in pieces if st != "struck" and t != " "]
            self.pieces(x, top - size * 1.05, w, above, size, font, anchor=anchor)
            pieces = below
        self.pieces(x, top, w, pieces, size, font, anchor=anchor)

    def pieces(
        self,
        x: float,
        top: float,
        w: float,
        pieces: Sequence[tuple[str, str]],
        size: float,
        font: str = fonts.MINCHO,
        *,
        anchor: str = "left",
    ) -> None:
        """Draw styled ``(style, text)`` pieces on one line, shrunk together to fit ``w``.

        Styles: ``plain``; ``struck`` (struck through with two red lines, 二重線); ``new`` (red);
        ``mark`` (the raised ①② of the 訂正 list); ``label`` (small grey Gothic).
        """

        cur = size
        while cur > 2 and _pieces_width(pieces, font, cur) > w:
            cur -= 0.25
        total = _pieces_width(pieces, font, cur)
        cx = {"center": x + (w - total) / 2, "right": x + w - total}.get(anchor, x)
        for style, text in pieces:
            sz = cur * _SCALE[style]
            if style == "mark":
                cx += self.text(cx, top - cur * 0.45, text, sz, fonts.GOTHIC, FIX)
                continue
            color = {"new": FIX, "label": LABEL}.get(style, INK)
            wd = self.text(cx, top, text, sz, _piece_face(style, font), color)
            if style == "struck":
                self.c.setStrokeColor(FIX)
                self.c.setLineWidth(max(0.35, sz * 0.05))
                for dy in (0.22, 0.36):  # 二重線, as a clerk strikes a value out
                    self.c.line(cx, self.y(top) + sz * dy, cx + wd, self.y(top) + sz * dy)
            cx += wd

    def lines(
        self,
        x: float,
        top: float,
        w: float,
        s: str,
        size: float,
        font: str = fonts.MINCHO,
        *,
        max_lines: int = 2,
        lead: float = 1.2,
        min_size: float = 4.0,
        color: Color = INK,
        lang: str | None = None,
    ) -> int:
        """Draw ``s`` wrapped (with 禁則) in at most ``max_lines`` lines from baseline ``top``.

        The size goes down until the text fits in that many lines; below ``min_size`` the last
        line takes the rest, shrunk to the width. Returns the number of lines drawn.
        """
        if not s:
            return 0
        cur = size
        wrapped = _wrap(s, font, cur, w, lang)
        while len(wrapped) > max_lines and cur > min_size:
            cur -= 0.25
            wrapped = _wrap(s, font, cur, w, lang)
        if len(wrapped) > max_lines:
            wrapped = [*wrapped[: max_lines - 1], "".join(wrapped[max_lines - 1 :])]
        for k, line in enumerate(wrapped):
            self.fit(x, top + k * cur * lead, w, line, cur, font, 2.0, color, lang=lang)
        return len(wrapped)

    def rect(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        *,
        fill: Color | None = None,
        lw: float = 0.6,
        stroke: bool = True,
    ) -> None:
        self.c.setLineWidth(lw)
        self.c.setStrokeColor(RULE)
        if fill is not None:
            self.c.setFillColor(fill)
        self.c.rect(x, self.y(top + h), w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x0: float, x1: float, top: float, lw: float = 0.4) -> None:
        self.c.setLineWidth(lw)
        self.c.setStrokeColor(RULE)
        self.c.line(x0, self.y(top), x1, self.y(top))

    def vline(self, x: float, top: float, bottom: float, lw: float = 0.4) -> None:
        self.c.setLineWidth(lw)
        self.c.setStrokeColor(RULE)
        self.c.line(x, self.y(top), x, self.y(bottom))

    def label(self, x: float, top: float, s: str, size: float = 6.5) -> float:
        return self.text(x, top, s, size, fonts.GOTHIC, LABEL)

    def checkbox(self, x: float, top: float, checked: bool, caption: str, size: float = 8) -> float:
        """A □ / ☑ box with its caption; returns the width used."""
        box = size * 0.95
        self.c.setLineWidth(0.6)
        self.c.setStrokeColor(INK)
        self.c.rect(x, self.y(top), box, box, stroke=1, fill=0)
        if checked:
            self.c.setLineWidth(1.3)
            p = self.c.beginPath()
            p.moveTo(x + box * 0.18, self.y(top) + box * 0.52)
            p.lineTo(x + box * 0.42, self.y(top) + box * 0.2)
            p.lineTo(x + box * 0.86, self.y(top) + box * 0.9)
            self.c.drawPath(p, stroke=1, fill=0)
        w = self.text(x + box + 2, top, caption, size, fonts.GOTHIC, INK)
        return box + 2 + w + 7

    def ic_mark(self, x: float, top: float) -> None:
        """The card-verified mark: a small filled tag reading ``IC``."""
        w, h = 11, 6.6
        self.c.setFillColor(IC_COLOR)
        self.c.roundRect(x, self.y(top) - 1.4, w, h, 1.6, stroke=0, fill=1)
        self.c.setFillColor(white)
        self.c.setFont(fonts.GOTHIC_BOLD, 5)
        self.c.drawCentredString(x + w / 2, self.y(top) + 0.3, "IC")

    def side_label(self, x: float, top: float, w: float, h: float, s: str) -> None:
        """A tinted label column with ``s`` centred (stacked when it is long)."""
        self.rect(x, top, w, h, fill=TINT, lw=0.6)
        size = 8.5
        lines = [s] if fonts.string_width(s, fonts.GOTHIC_BOLD, size) <= w - 4 else s.split("／")
        lead = size * 1.2
        first = top + h / 2 - lead * (len(lines) - 1) / 2 + size * 0.35
        for i, line in enumerate(lines):
            self.fit(x + 2, first + i * lead, w - 4, line, size, fonts.GOTHIC_BOLD, anchor="center")

    def qr(self, x: float, top: float, size: float, payload: str) -> None:
        """A vector QR code (error correction M, 4-module quiet zone) filling ``size`` points.

        Drawn as filled rectangles, one per run of dark modules in a row: no bitmap, and no
        font resource (reportlab's graphics renderer would add an unembedded Helvetica).
        """
        matrix = _qr_matrix(payload)
        count = len(matrix)
        module = size / (count + 8)
        self.c.setFillColor(white)
        self.c.rect(x, self.y(top + size), size, size, stroke=0, fill=1)
        self.c.saveState()
        # Module units, origin at the top-left module, y down: integer coordinates only.
        self.c.translate(x + 4 * module, self.y(top) - 4 * module)
        self.c.scale(module, -module)
        self.c.setFillColor(INK)
        path = self.c.beginPath()
        for r, row in enumerate(matrix):
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect(start, r, c - start, 1)
                else:
                    c += 1
        self.c.drawPath(path, stroke=0, fill=1)
        self.c.restoreState()


@lru_cache(maxsize=64)
def _qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``payload`` (QR, error correction M, smallest version)."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(payload)
    qr.make(fit=True)
    return tuple(tuple(bool(v) for v in row) for row in qr.get_matrix())


def _wrap(s: str, font: str, size: float, w: float, lang: str | None = None) -> list[str]:
    """Break ``s`` into lines of width ``w`` with 禁則 (:func:`forms.linebreak.wrap`)."""
    return linebreak.wrap(s, w, lambda t: fonts.string_width(t, font, size, lang))


_SCALE = {"plain": 1.0, "struck": 0.85, "new": 1.0, "mark": 0.6, "label": 0.85}


def _piece_face(style: str, font: str) -> str:
    return fonts.GOTHIC if style in ("mark", "label") else font


def _pieces_width(pieces: Sequence[tuple[str, str]], font: str, size: float) -> float:
    return sum(fonts.string_width(t, _piece_face(st, font), size * _SCALE[st]) for st, t in pieces)


def _circled(k: int) -> str:
    """①…⑳ for the 訂正 list's numbers, (21) beyond."""
    return chr(0x2460 + k - 1) if 1 <= k <= 20 else f"({k})"


def _shown(text: str) -> str:
    """A recorded value as printed: ISO dates as 和暦, the rest as it is."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return _date(date.fromisoformat(text))
        except ValueError:
            return text
    return text


def _fixes(n: Notification) -> dict[str, tuple[list[int], str, str]]:
    """Corrected paths → (numbers, value as first signed, latest value), in list order."""
    out: dict[str, tuple[list[int], str, str]] = {}
    for k, c in enumerate(n.jimu.corrections, start=1):
        if c.path in out:
            numbers, before, _ = out[c.path]
            out[c.path] = ([*numbers, k], before, c.after)
        else:
            out[c.path] = ([k], c.before, c.after)
    return out


# --- content helpers -----------------------------------------------------------------------------


def _municipality_of(n: Notification) -> str:
    a = n.previous_address if n.kind is Kind.TENSHUTSU else n.new_address
    return a.municipality or ""


def _verified(n: Notification, prefix: str) -> bool:
    return any(p.startswith(prefix) for p in n.card_verified_paths())


def _sex(code: str | None) -> str:
    return code_list("seibetsu").name(code) if code else ""


def _address_lines(a: Address) -> tuple[str, str]:
    """(main line, 方書) of an address as printed."""
    if a.is_abroad:
        return f"{a.country or ''}（国外）　{a.foreign_address}".strip(), ""
    main = f"{a.prefecture}{a.municipality}{a.town}{a.banchi}"
    if not main and a.original:
        main = a.original
    return main, a.katagaki


def _address_parts(a: Address, path: str, main: str) -> list[tuple[str | None, str]]:
    """The main address line as (field path, text) parts, so a corrected part shows in place."""
    if a.is_abroad or not f"{a.prefecture}{a.municipality}{a.town}{a.banchi}":
        return [(None, main)]
    return [
        (f"{path}.{name}", getattr(a, name))
        for name in ("prefecture", "municipality", "town", "banchi")
    ]


def _name_parts(
    s: _Sheet, base: str, family: str, given: str, suffix: str
) -> list[tuple[str | None, str]]:
    """氏 U+3000 名 as parts (``suffix`` ``_kana`` for the フリガナ)."""
    parts: list[tuple[str | None, str]] = [(f"{base}.name.family{suffix}", family)]
    if given or f"{base}.name.given{suffix}" in s.fixes:
        parts += [(None, "\u3000"), (f"{base}.name.given{suffix}", given)]
    return parts


def _squash(text: str) -> str:
    return "".join(text.split())


# --- page parts ----------------------------------------------------------------------------------


def _header(s: _Sheet, n: Notification, page: int, pages: int, continuation: bool) -> float:
    title = "住民異動届" if not continuation else "住民異動届（続き）"
    s.text(LEFT, 21 * MM, title, 19, fonts.GOTHIC_BOLD)
    sub = f"（{n.kind.label}届）" if not continuation else ""
    if sub:
        s.text(
            LEFT + fonts.string_width(title, fonts.GOTHIC_BOLD, 19) + 4,
            21 * MM,
            sub,
            11,
            fonts.GOTHIC,
        )
    s.label(RIGHT - 78 * MM, 12.5 * MM, "届出日")
    s.text(RIGHT - 66 * MM, 13 * MM, _date(n.todoke.filed_on), 10.5)
    muni = _municipality_of(n)
    addressee = f"{muni}長　様" if muni else "市区町村長　様"
    s.text(RIGHT, 21 * MM, addressee, 10.5, anchor="right")
    return 25 * MM


_KUBUN_CAPTIONS = {
    SetaiHenkoKubun.BUNRI: "世帯分離",
    SetaiHenkoKubun.GAPPEI: "世帯合併",
    SetaiHenkoKubun.SETAINUSHI_HENKO: "世帯主変更",
    SetaiHenkoKubun.KOSEI_HENKO: "構成変更",
}
"""The 区分 captions under 世帯変更. The kind box already says 世帯変更 once: the 区分 that the
model calls 世帯変更 (構成変更, persons moving between households at one address) is captioned
by what sets it apart, so the box does not print 世帯変更 twice."""


def _kind_row(s: _Sheet, n: Notification, top: float) -> float:
    h = 9 * MM
    s.side_label(LEFT, top, 24 * MM, 2 * h, "異動の種類")
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, 2 * h)
    t = n.todoke
    x = LEFT + 27 * MM
    base = top + 5.8 * MM
    x += s.checkbox(x, base, n.kind is Kind.TENNYU, "転入")
    x += s.checkbox(x, base, n.kind is Kind.TENNYU and t.origin is Origin.ABROAD, "国外から", 7)
    x += s.checkbox(x, base, n.kind is Kind.TENNYU and t.tokurei, "特例転入", 7)
    x += 4
    x += s.checkbox(x, base, n.kind is Kind.TENKYO, "転居")
    x += 4
    x += s.checkbox(x, base, n.kind is Kind.TENSHUTSU, "転出")
    x += s.checkbox(x, base, n.kind is Kind.TENSHUTSU and t.origin is Origin.ABROAD, "国外へ", 7)
    x += 4
    x += s.checkbox(x, base, n.kind is Kind.SETAI_HENKO, "世帯変更")
    x2 = LEFT + 27 * MM
    base2 = base + h
    s.label(x2, base2 - 0.6 * MM, "世帯変更の区分")
    x2 += 17 * MM
    for kubun in SetaiHenkoKubun:
        x2 += s.checkbox(x2, base2, t.setai_henko is kubun, _KUBUN_CAPTIONS[kubun], 7)
    s.hline(LEFT + 24 * MM, RIGHT, top + h)
    # 異動事由 at the right of the first line, 転出証明書 at the right of the second.
    code = t.reason_code or default_reason_code(n.kind, t.origin, t.setai_henko)
    reason = f"{code} {code_list('ido_jiyu').name(code)}"
    s.text(RIGHT - 3 * MM, base, reason, 8.5, anchor="right")
    s.label(
        RIGHT - 5 * MM - fonts.string_width(reason, fonts.MINCHO, 8.5) - 12 * MM,
        base - 0.6 * MM,
        "異動事由",
    )
    if n.kind is Kind.TENNYU:
        xr = RIGHT - 62 * MM
        s.label(xr, base2 - 0.6 * MM, "転出証明書")
        xr += 15 * MM
        for value, cap in (
            (TenshutsuShomei.PAPER, "紙"),
            (TenshutsuShomei.TOKUREI, "特例"),
            (TenshutsuShomei.NONE, "なし"),
        ):
            xr += s.checkbox(xr, base2, t.tenshutsu_shomei is value, cap, 7)
    return top + 2 * h


def _dates_row(s: _Sheet, n: Notification, top: float) -> float:
    h = 8.5 * MM
    t = n.todoke
    what = {
        Kind.TENNYU: "転入した日",
        Kind.TENKYO: "転居した日",
        Kind.TENSHUTSU: "転出予定日",
        Kind.SETAI_HENKO: "変更した日",
    }[n.kind]
    s.side_label(LEFT, top, 24 * MM, h, what)
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, h)
    s.value(LEFT + 27 * MM, top + 5.8 * MM, 50 * MM, [("todoke.moved_on", _date(t.moved_on))], 11)
    x = LEFT + 80 * MM
    s.vline(x, top, top + h)
    s.label(x + 2, top + 3 * MM, "引越しワンストップ申請番号")
    s.fit(x + 2, top + 7 * MM, 58 * MM, t.onestop_number, 8.5)
    x2 = x + 62 * MM
    s.vline(x2, top, top + h)
    s.label(x2 + 2, top + 3 * MM, "来庁予定日")
    s.fit(x2 + 2, top + 7 * MM, RIGHT - x2 - 4, _date(t.visit_planned_on), 8.5)
    return top + h


def _note_row(s: _Sheet, n: Notification, top: float) -> float:
    """備考: the filing's free-text note, on a row of its own so it stays legible."""
    h = 8 * MM
    s.side_label(LEFT, top, 24 * MM, h, "備考")
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, h)
    note = n.todoke.note
    width = WIDTH - 28 * MM
    if "todoke.note" in s.fixes:
        s.value(LEFT + 26 * MM, top + 5.4 * MM, width, [("todoke.note", note)], 9)
    elif fonts.string_width(note, fonts.MINCHO, 9) <= width:
        s.text(LEFT + 26 * MM, top + 5.4 * MM, note, 9)
    else:
        s.lines(LEFT + 26 * MM, top + 3.4 * MM, width, note, 7.5, lead=1.25)
    return top + h


def _address_block(
    s: _Sheet,
    n: Notification,
    top: float,
    title: str,
    a: Address,
    path: str,
    head: str,
    head_kana: str,
    head_label: str = "世帯主",
    head_path: str | None = None,
) -> float:
    h = 21 * MM
    s.side_label(LEFT, top, 24 * MM, h, title)
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, h)
    x = LEFT + 26 * MM
    # Line 1: 〒, 地方公共団体コード, 町字コード, フリガナ.
    if a.is_abroad:
        s.label(x, top + 3.2 * MM, f"国外　国名コード {a.country_code or ''}")
    else:
        s.label(x, top + 3.2 * MM, f"〒 {a.postal_code or ''}")
        s.label(x + 24 * MM, top + 3.2 * MM, f"地方公共団体コード {a.lg_code or ''}")
    if a.machiaza_code:
        s.label(x + 62 * MM, top + 3.2 * MM, f"町字コード {a.machiaza_code}")
    kana = " ".join(k for k in (a.kana, a.katagaki_kana) if k)
    if kana:
        s.label(x + 90 * MM, top + 3.2 * MM, "フリガナ")
        s.fit(x + 101 * MM, top + 3.2 * MM, RIGHT - x - 103 * MM, kana, 6.5, fonts.GOTHIC)
    main, katagaki = _address_lines(a)
    s.value(x, top + 9.5 * MM, WIDTH - 40 * MM, _address_parts(a, path, main), 12)
    if katagaki or f"{path}.katagaki" in s.fixes:
        s.label(x, top + 13.7 * MM, "方書")
        s.value(x + 7 * MM, top + 13.7 * MM, 80 * MM, [(f"{path}.katagaki", katagaki)], 9)
    if a.original and a.original != main and not a.is_abroad:
        s.label(x + 90 * MM, top + 13.7 * MM, "カード記載")
        s.fit(x + 104 * MM, top + 13.7 * MM, RIGHT - x - 106 * MM, a.original, 7)
    if _verified(n, path + "."):
        s.ic_mark(RIGHT - 14 * MM, top + 3.4 * MM)
    # Line 3: 世帯主.
    s.hline(LEFT + 24 * MM, RIGHT, top + 15.5 * MM, 0.3)
    s.label(x, top + 19.3 * MM, head_label)
    s.value(x + 14 * MM, top + 19.5 * MM, 60 * MM, [(head_path, head)], 10)
    if head_kana:
        s.label(x + 78 * MM, top + 19.3 * MM, "フリガナ")
        s.fit(x + 90 * MM, top + 19.3 * MM, RIGHT - x - 92 * MM, head_kana, 7.5, fonts.GOTHIC)
    return top + h


def _household_block(s: _Sheet, n: Notification, top: float) -> float:
    h = 8.5 * MM
    hh = n.household
    s.side_label(LEFT, top, 24 * MM, h, "世帯")
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, h)
    x = LEFT + 26 * MM
    base = top + 5.6 * MM
    s.label(x, base - 0.4 * MM, "異動する範囲")
    x += 18 * MM
    x += s.checkbox(x, base, hh.scope == "all", "世帯全部", 7)
    x += s.checkbox(x, base, hh.scope == "part", "世帯の一部", 7)
    x += s.checkbox(x, base, hh.joins_existing, "既存の世帯に入る", 7)
    s.label(x, base - 0.4 * MM, "新世帯主")
    s.value(x + 12 * MM, base, 30 * MM, [("household.new_head_name", hh.new_head_name)], 9)
    x += 44 * MM
    s.label(x, base - 0.4 * MM, "従前の世帯主")
    s.value(
        x + 17 * MM,
        base,
        RIGHT - x - 18 * MM,
        [("household.former_head_name", hh.former_head_name)],
        9,
    )
    return top + h


_PERSON_COLS = (
    ("", 7),
    ("氏名・フリガナ", 49),
    ("生年月日", 31),
    ("性別", 10),
    ("続柄", 19),
    ("本籍・筆頭者／国籍・在留資格等", 50),
    ("住民票コード", 20),
)
_ROW_H = 15.5 * MM


def _persons_table(
    s: _Sheet, n: Notification, top: float, indexes: Sequence[int], rows: int
) -> float:
    head_h = 5.5 * MM
    s.rect(LEFT, top, WIDTH, head_h, fill=TINT)
    x = LEFT
    for title, w in _PERSON_COLS:
        if title:
            s.fit(x + 1, top + 3.9 * MM, w * MM - 2, title, 7, fonts.GOTHIC_BOLD, anchor="center")
        x += w * MM
    s.text(LEFT + 1.2 * MM, top + 3.9 * MM, "異動者", 5.5, fonts.GOTHIC_BOLD)
    y = top + head_h
    for r in range(rows):
        s.rect(LEFT, y, WIDTH, _ROW_H)
        x = LEFT
        for _, w in _PERSON_COLS[:-1]:
            x += w * MM
            s.vline(x, y, y + _ROW_H)
        if r < len(indexes):
            _person_row(s, n, indexes[r], y)
        y += _ROW_H
    return y


def _person_row(s: _Sheet, n: Notification, i: int, top: float) -> None:
    p = n.persons[i]
    cols = [w * MM for _, w in _PERSON_COLS]
    x = LEFT
    s.text(x + cols[0] / 2, top + 9 * MM, str(i + 1), 9, fonts.GOTHIC_BOLD, anchor="center")
    x += cols[0]
    # 氏名・フリガナ (+ 旧氏 / 通称 / ローマ字).
    foreign = p.foreign
    pp = f"persons.{i}"
    s.value(
        x + 1.5 * MM,
        top + 3.3 * MM,
        cols[1] - 3 * MM,
        _name_parts(s, pp, p.name.family_kana, p.name.given_kana, "_kana"),
        6.5,
        fonts.GOTHIC,
    )
    name = p.name.full()
    if not name and foreign is not None:
        name = foreign.name_roman
    if p.name.full() or foreign is None:
        name_parts = _name_parts(s, pp, p.name.family, p.name.given, "")
    else:
        name_parts = [(f"{pp}.foreign.name_roman", foreign.name_roman)]
    s.value(x + 1.5 * MM, top + 8.8 * MM, cols[1] - 3 * MM, name_parts, 12.5)
    extra = []
    if p.former_surname:
        extra.append(
            f"旧氏 {p.former_surname}"
            + (f"（{p.former_surname_kana}）" if p.former_surname_kana else "")
        )
    if foreign is not None:
        if foreign.name_roman and _squash(foreign.name_roman) != _squash(name):
            extra.append(foreign.name_roman)
        if foreign.name_kanji:
            extra.append(f"漢字 {foreign.name_kanji}")
        if foreign.tsusho:
            extra.append(
                f"通称 {foreign.tsusho}"
                + (f"（{foreign.tsusho_kana}）" if foreign.tsusho_kana else "")
            )
    if p.name.kana_confirmed:
        extra.append("フリガナ確認済")
    if extra:
        s.fit(x + 1.5 * MM, top + 13.3 * MM, cols[1] - 3 * MM, "　".join(extra), 6.2, fonts.GOTHIC)
    if _verified(n, f"persons.{i}.name."):
        s.ic_mark(x + cols[1] - 12.5, top + 2.2 * MM)
    x += cols[1]
    # 生年月日.
    western = p.resident_type is ResidentType.FOREIGN
    s.value(
        x + 1.2 * MM,
        top + 8.8 * MM,
        cols[2] - 2.4 * MM,
        [(f"{pp}.birth_date", _date(p.birth_date, western=western))],
        8.5,
    )
    if _verified(n, f"persons.{i}.birth_date"):
        s.ic_mark(x + cols[2] - 12.5, top + 2.2 * MM)
    x += cols[2]
    s.text(x + cols[3] / 2, top + 8.8 * MM, _sex(p.sex), 9.5, anchor="center")
    if _verified(n, f"persons.{i}.sex"):
        s.ic_mark(x + cols[3] / 2 - 5.5, top + 12.6 * MM)
    x += cols[3]
    s.value(
        x + 1.2 * MM,
        top + 8.8 * MM,
        cols[4] - 2.4 * MM,
        [(f"{pp}.relationship", p.relationship)],
        9.5,
    )
    if p.relationship_code:
        s.label(x + 1.2 * MM, top + 13.3 * MM, f"コード {p.relationship_code}", 5.5)
    x += cols[4]
    w5 = cols[5] - 2.4 * MM
    if foreign is not None or p.resident_type is ResidentType.FOREIGN:
        f = foreign
        kubun = code_list("kubun_30_45").name(f.kubun_30_45) if f else ""
        status = code_list("zairyu_shikaku").name(f.status_of_residence) if f else ""
        line1 = f"国籍・地域 {f.nationality if f else ''}" + (
            f"（{f.nationality_code}）" if f and f.nationality_code else ""
        )
        line2 = f"{kubun}　{status}".strip("　") + (
            f"　{f.period_of_stay}" if f and f.period_of_stay else ""
        )
        line3 = line4 = ""
        if f is not None:
            parts = []
            if f.period_expires_on:
                parts.append(f"満了日 {_date(f.period_expires_on, western=True)}")
            if f.card_number:
                parts.append(f"カード番号 {f.card_number}")
            line3 = "　".join(parts)
            if f.became_resident_on is not None:
                line4 = f"外国人住民となった日 {_date(f.became_resident_on, western=True)}"
        for k, line in enumerate((line1, line2, line3, line4)):
            s.fit(x + 1.2 * MM, top + (3.6 + 3.6 * k) * MM, w5, line, 6.8, fonts.GOTHIC)
    else:
        s.label(x + 1.2 * MM, top + 3.3 * MM, "本籍", 5.5)
        s.value(x + 1.2 * MM, top + 7.4 * MM, w5, [(f"{pp}.honseki", p.honseki)], 8)
        s.label(x + 1.2 * MM, top + 10.3 * MM, "筆頭者", 5.5)
        s.value(x + 1.2 * MM, top + 13.8 * MM, w5, [(f"{pp}.hittosha", p.hittosha)], 8)
    x += cols[5]
    s.value(
        x + 1 * MM,
        top + 8.8 * MM,
        cols[6] - 2 * MM,
        [(f"{pp}.juminhyo_code", p.juminhyo_code or "")],
        7.5,
        fonts.GOTHIC,
    )


def _filer_block(s: _Sheet, n: Notification, top: float) -> float:
    h = 29 * MM
    f = n.filer
    s.side_label(LEFT, top, 24 * MM, h, "届出人")
    sig_w = 64 * MM
    body_w = WIDTH - 24 * MM - sig_w
    s.rect(LEFT + 24 * MM, top, body_w, h)
    x = LEFT + 26 * MM
    base = top + 4.6 * MM
    for kubun in FilerKubun:
        x += s.checkbox(x, base, f.kubun is kubun, kubun.label, 6.8)
    if f.relationship or f.kubun is not FilerKubun.HONNIN:
        # Who the filer is to the persons moving (世帯主・代理人 …), beside the 区分.
        rx = x + 1 * MM
        s.label(rx, base - 0.2 * MM, "関係", 5.8)
        s.value(
            rx + 6 * MM,
            base,
            LEFT + 24 * MM + body_w - rx - 7 * MM,
            [("filer.relationship", f.relationship or "—")],
            7.5,
        )
    x = LEFT + 26 * MM
    s.hline(LEFT + 24 * MM, LEFT + 24 * MM + body_w, top + 6.6 * MM, 0.3)
    s.label(x, top + 9.8 * MM, "氏名")
    if f.name.full_kana():
        kana = _name_parts(s, "filer", f.name.family_kana, f.name.given_kana, "_kana")
        s.value(x + 8 * MM, top + 9.6 * MM, 50 * MM, kana, 6.5, fonts.GOTHIC)
    s.value(
        x + 8 * MM,
        top + 14.6 * MM,
        56 * MM,
        _name_parts(s, "filer", f.name.family, f.name.given, ""),
        12,
    )
    if _verified(n, "filer.name."):
        s.ic_mark(x + 60 * MM, top + 12.2 * MM)
    s.label(x + 71 * MM, top + 9.8 * MM, "電話")
    s.value(x + 71 * MM, top + 14.4 * MM, body_w - 74 * MM, [("filer.phone", f.phone)], 9)
    s.hline(LEFT + 24 * MM, LEFT + 24 * MM + body_w, top + 16.6 * MM, 0.3)
    s.label(x, top + 20 * MM, "住所")
    main, katagaki = _address_lines(f.address)
    same = f.address.is_empty
    s.fit(
        x + 8 * MM,
        top + 20.2 * MM,
        body_w - 14 * MM,
        "（異動者の住所と同じ）" if same else f"{main}　{katagaki}".strip("　"),
        8.5,
    )
    if _verified(n, "filer.address."):
        s.ic_mark(LEFT + 24 * MM + body_w - 12.5, top + 19.4 * MM)
    s.hline(LEFT + 24 * MM, LEFT + 24 * MM + body_w, top + 22.6 * MM, 0.3)
    base = top + 26.6 * MM
    s.label(x, base - 0.3 * MM, "本人確認")
    xx = x + 12 * MM
    check = f.id_check
    documents = "・".join([check.document, *check.documents] if check.document else check.documents)
    end = LEFT + 24 * MM + body_w - 2 * MM
    boxes = [
        (check.method == "ic", "IC読取"),
        (check.method in ("card_face", "visual"), "券面確認"),
        (check.method == "other_documents", "他の書類"),
        (f.power_of_attorney, "委任状"),
    ]
    width = sum(6.5 * 0.95 + 9 + fonts.string_width(t, fonts.GOTHIC, 6.5) for _, t in boxes)
    doc_w = max(8 * MM, end - xx - width - 2)
    s.fit(xx, base, doc_w, documents or "—", 7.5, fonts.GOTHIC)
    xx += doc_w + 2
    for ticked, caption in boxes:
        xx += s.checkbox(xx, base, ticked, caption, 6.5)
    if f.power_of_attorney_seen_by:
        seen = f"委任状確認 {f.power_of_attorney_seen_by}"
        if f.power_of_attorney_seen_at is not None:
            seen += f" {_dt(f.power_of_attorney_seen_at, s.tz)}"
        s.text(end, top + 24.6 * MM - 3.2 * MM, seen, 5.6, fonts.GOTHIC, LABEL, anchor="right")
    # Signature box: the screen's strokes, or the hand-signed paper and who checked it.
    sx = RIGHT - sig_w
    s.rect(sx, top, sig_w, h)
    paper = f.paper_signature
    if paper is not None:
        s.label(sx + 2, top + 3 * MM, "署名（印刷した届書に本人が手書き）")
        s.text(
            sx + sig_w / 2,
            top + h / 2 + 1 * MM,
            "紙の届書に署名済（原本は紙）",
            8,
            fonts.GOTHIC,
            anchor="center",
        )
        s.label(
            sx + 2,
            top + h - 1.4 * MM,
            f"確認 {paper.checked_by} {_dt(paper.checked_at, s.tz)}",
            5.8,
        )
        return top + h
    if n.jimu.intake_mode is IntakeMode.PAPER_SIGNED and f.signature.is_empty:
        # Printed for signing by hand: the box stays empty for the pen.
        s.label(sx + 2, top + 3 * MM, "署名（この欄に届出人が手書きで署名してください）")
        return top + h
    s.label(sx + 2, top + 3 * MM, "署名（画面に本人が記入）")
    _signature(s, f.signature, sx + 2 * MM, top + 4.5 * MM, sig_w - 4 * MM, h - 9 * MM)
    if f.signature.signed_at is not None:
        s.label(sx + 2, top + h - 1.4 * MM, f"署名日時 {_dt(f.signature.signed_at, s.tz)}", 5.8)
    return top + h


def _signature(s: _Sheet, sig: Signature, x: float, top: float, w: float, h: float) -> None:
    """Draw the strokes, scaled to the box and keeping the aspect they were written with."""
    if sig.is_empty:
        s.text(x + w / 2, top + h / 2 + 2, "（署名なし）", 8, fonts.GOTHIC, LABEL, anchor="center")
        return
    aspect = sig.aspect
    bw, bh = (w, w / aspect) if w / aspect <= h else (h * aspect, h)
    ox = x + (w - bw) / 2
    otop = top + (h - bh) / 2
    c = s.c
    c.setStrokeColor(PEN)
    c.setLineWidth(1.4)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in sig.strokes:
        pts = stroke.points
        if not pts:
            continue
        path = c.beginPath()
        px, py = pts[0]
        path.moveTo(ox + px * bw, s.y(otop + py * bh))
        if len(pts) == 1:
            path.lineTo(ox + px * bw + 0.3, s.y(otop + py * bh))
        for px, py in pts[1:]:
            path.lineTo(ox + px * bw, s.y(otop + py * bh))
        c.drawPath(path, stroke=1, fill=0)
    c.setLineCap(0)
    c.setLineJoin(0)


def _related_block(s: _Sheet, n: Notification, top: float, items: int, start: int = 0) -> float:
    rel = n.related[start : start + items]
    row = _RELATED_ROW
    h = 2 * MM + row * max(1, len(rel))
    s.side_label(LEFT, top, 24 * MM, h, "関連手続")
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, h)
    if not rel:
        s.text(LEFT + 27 * MM, top + 5.5 * MM, "なし", 8, fonts.GOTHIC, LABEL)
        return top + h
    reason_x = LEFT + 80 * MM
    for k, r in enumerate(rel):
        y0 = top + 1 * MM + row * k
        if k:
            s.hline(LEFT + 24 * MM, RIGHT, y0, 0.2)
        s.checkbox(LEFT + 26 * MM, y0 + 3.4 * MM, r.done, "", 7.2)
        s.fit(
            LEFT + 30 * MM, y0 + 3.3 * MM, reason_x - LEFT - 32 * MM, r.name, 7.6, fonts.GOTHIC_BOLD
        )
        if r.department:
            s.label(LEFT + 30 * MM, y0 + 5.9 * MM, r.department, 5.6)
        s.lines(reason_x, y0 + 2.7 * MM, RIGHT - reason_x - 2 * MM, r.reason, 6.2, fonts.GOTHIC)
    remaining = len(n.related) - start - items
    if remaining > 0:
        s.label(RIGHT - 36 * MM, top + h + 2.6 * MM, f"ほか{remaining}件（次ページ）", 6)
    return top + h


def _jimu_block(s: _Sheet, n: Notification, top: float, bottom: float) -> None:
    h = bottom - top
    j = n.jimu
    qr_size = 27 * MM
    body_w = WIDTH - qr_size - 4 * MM
    s.rect(LEFT, top, body_w, h, fill=JIMU_TINT, lw=0.9)
    s.text(
        LEFT + 2 * MM,
        top + 4 * MM,
        "事務処理欄（職員記入欄・届出人は記入しないでください）",
        7,
        fonts.GOTHIC_BOLD,
    )
    if j.signed_digest:
        s.text(
            LEFT + body_w - 2 * MM,
            top + 4 * MM,
            f"署名時の内容 SHA-256 {short_digest(j.signed_digest)}",
            6,
            fonts.GOTHIC,
            LABEL,
            anchor="right",
        )
    if j.intake_mode is not None:
        title_w = fonts.string_width(
            "事務処理欄（職員記入欄・届出人は記入しないでください）", fonts.GOTHIC_BOLD, 7
        )
        s.text(
            LEFT + 6 * MM + title_w,
            top + 4 * MM,
            f"受付方法 {INTAKE_SHORT[j.intake_mode]}",
            7,
            fonts.GOTHIC_BOLD,
        )
    cells = [
        ("受付番号", j.reception_number),
        ("端末", j.terminal),
        ("受付者", j.received_by),
        ("審査者", j.reviewed_by),
        ("状態", j.status),
        ("入力日時", _dt(j.entered_at, s.tz)),
        ("審査日時", _dt(j.reviewed_at, s.tz)),
    ]
    cw = (body_w - 4 * MM) / 4
    for k, (lab, val) in enumerate(cells):
        col, row = k % 4, k // 4
        cx = LEFT + 2 * MM + col * cw
        cy = top + 6 * MM + row * 9 * MM
        s.rect(cx, cy, cw - 1.5 * MM, 8 * MM, fill=white, lw=0.4)
        s.label(cx + 1.2 * MM, cy + 2.8 * MM, lab, 5.8)
        s.fit(cx + 1.2 * MM, cy + 6.6 * MM, cw - 4 * MM, val, 8.5, fonts.GOTHIC, anchor="left")
    # Stamp boxes (受付印, 審査印) in the last cell of the second row.
    sx = LEFT + 2 * MM + 3 * cw
    sy = top + 15 * MM
    half = (cw - 1.5 * MM) / 2
    for k, lab in enumerate(("受付印", "審査印")):
        s.rect(sx + k * half, sy, half, 8 * MM, fill=white, lw=0.4)
        s.label(sx + k * half + 1 * MM, sy + 2.5 * MM, lab, 5.5)
    # 確認事項: what the rules flag as of the filing date (so the print is the same whenever it
    # is made), then the notes staff and the card reader left.
    result = check(n, today=n.todoke.filed_on)
    # A form printed to be signed by hand has no signature yet: that is its purpose.
    for_pen = j.intake_mode is IntakeMode.PAPER_SIGNED
    flagged = [
        f"要修正:{RULES[f.code].title_ja}"
        for f in result.errors
        if not (for_pen and f.code == "signature_missing")
    ]
    flagged += [f"要確認:{RULES[f.code].title_ja}" for f in result.alerts]
    notes = list(dict.fromkeys([*flagged, *j.alerts]))
    if j.confirmations:
        notes.append(_confirmed_note(j.confirmations, s.tz))
    if j.note:
        notes.append(j.note)
    y = top + 26.5 * MM
    s.label(LEFT + 2 * MM, y, "確認事項")
    text = "　／　".join(notes) if notes else "なし"
    s.lines(LEFT + 14 * MM, y + 0.3 * MM, body_w - 16 * MM, text, 6.6, fonts.GOTHIC, lead=1.3)
    if j.corrections:
        shown = _fixes_on_first_page(n)
        y = top + 34 * MM
        s.label(LEFT + 2 * MM, y - 0.2 * MM, "訂正")
        s.label(LEFT + 2 * MM, y + 2.6 * MM, "（署名後）", 4.8)
        for k, c in enumerate(j.corrections[:shown], start=1):
            _correction_row(s, LEFT + 14 * MM, y + (k - 1) * FIX_ROW, body_w - 16 * MM, k, c)
        rest = len(j.corrections) - shown
        if rest:
            s.label(LEFT + 14 * MM, y + shown * FIX_ROW, f"ほか{rest}件（次ページ）", 6)
    # QR with caption.
    qx = RIGHT - qr_size
    s.qr(qx, top, qr_size, qr_payload(n))
    s.label(qx + 1.5 * MM, top + qr_size + 2.6 * MM, "ID・内容ハッシュ", 5.5)


#: 受付方法 as the 事務処理 box's heading says it.
INTAKE_SHORT = {
    IntakeMode.SELF_SERVICE: "セルフ入力",
    IntakeMode.STAFF_LED: "対面入力（職員入力・住民確認）",
    IntakeMode.PAPER_SIGNED: "紙に署名（職員確認）",
}

#: The confirm screen's sections as the 事務処理 box names them.
SECTION_NAMES = {
    "todoke": "届出",
    "newAddress": "新住所",
    "previousAddress": "従前の住所",
    "address": "住所",
    "destination": "転出先",
    "persons": "異動者",
    "household": "世帯",
    "related": "関連手続",
    "filer": "届出人",
    "setai": "世帯変更",
}


def _confirmed_note(confirmations: Sequence[SectionConfirmation], tz: tzinfo) -> str:
    """住民確認: the sections the resident confirmed on the screen, and from when to when."""
    names = "・".join(SECTION_NAMES.get(c.section, c.section) for c in confirmations)
    first = min(c.at for c in confirmations)
    last = max(c.at for c in confirmations)
    span = _dt(first, tz) if first == last else f"{_dt(first, tz)}〜{local_time(last, tz):%H:%M}"
    return f"住民確認: {names}（{span}）"


FIX_ROW = 3.4 * MM
"""Height of one line of the 訂正 list."""
FIRST_PAGE_FIXES = 5
"""訂正 lines the first page's 事務処理 box holds (one of them says how many follow)."""


def _fixes_on_first_page(n: Notification) -> int:
    count = len(n.jimu.corrections)
    return count if count <= FIRST_PAGE_FIXES else FIRST_PAGE_FIXES - 1


def _fix_height(n: Notification) -> float:
    """How much taller the 事務処理 box grows for the 訂正 list on the first page."""
    if not n.jimu.corrections:
        return 0.0
    return min(len(n.jimu.corrections), FIRST_PAGE_FIXES) * FIX_ROW + 1.5 * MM


def _correction_row(s: _Sheet, x: float, top: float, w: float, k: int, c: Correction) -> None:
    """One line of the 訂正 list: number, field, old → new, who, when (counter's zone), why."""
    pieces: list[tuple[str, str]] = [("label", f"{_circled(k)} {field_label(c.path)}　")]
    if c.before:
        pieces += [("struck", _shown(c.before)), ("label", " → ")]
    pieces.append(("new", _shown(c.after) if c.after else "（削除）"))
    reason = CORRECTION_REASONS.get(c.reason, c.reason)
    pieces.append(("label", f"　訂正者 {c.staff_id}　{_dt(c.at, s.tz)}　{reason}"))
    s.pieces(x, top, w, pieces, 7, fonts.GOTHIC)


def _fix_list_block(s: _Sheet, n: Notification, top: float, start: int) -> float:
    """The 訂正 list from entry ``start`` on, on a continuation page."""
    fixes = n.jimu.corrections[start:]
    h = 2 * MM + FIX_ROW * len(fixes) + 1 * MM
    s.side_label(LEFT, top, 24 * MM, h, "訂正（続き）")
    s.rect(LEFT + 24 * MM, top, WIDTH - 24 * MM, h)
    for k, c in enumerate(fixes, start=start + 1):
        y = top + 1.5 * MM + FIX_ROW * (k - start) - 0.6 * MM
        _correction_row(s, LEFT + 26 * MM, y, WIDTH - 28 * MM, k, c)
    return top + h


def _footer(s: _Sheet, n: Notification, page: int, pages: int) -> None:
    s.ic_mark(LEFT, 289.5 * MM)
    s.label(
        LEFT + 13,
        289.6 * MM,
        "＝マイナンバーカード等のICチップから読み取り、変更されていない項目",
        6,
    )
    s.label(RIGHT - 88 * MM, 289.6 * MM, f"ID {n.id}", 5.8)
    s.text(RIGHT, 289.6 * MM, f"{page} / {pages}", 7, fonts.GOTHIC, LABEL, anchor="right")


# --- pages --------------------------------------------------------------------------------------


def _first_page(s: _Sheet, n: Notification, pages: int, related_items: int) -> None:
    top = _header(s, n, 1, pages, continuation=False) + 2 * MM
    top = _kind_row(s, n, top)
    top = _dates_row(s, n, top)
    hh = n.household
    if n.kind is Kind.TENSHUTSU:
        top = _address_block(
            s,
            n,
            top,
            "現住所",
            n.previous_address,
            "previous_address",
            hh.head_name,
            hh.head_name_kana,
            head_path="household.head_name",
        )
        top = _address_block(
            s, n, top, "転出先（予定）", n.destination, "destination", "", "", "世帯主"
        )
    elif n.kind is Kind.SETAI_HENKO:
        top = _address_block(
            s,
            n,
            top,
            "住所",
            n.new_address,
            "new_address",
            hh.head_name,
            hh.head_name_kana,
            head_path="household.head_name",
        )
        top = _household_block(s, n, top)
    else:
        top = _address_block(
            s,
            n,
            top,
            "新しい住所",
            n.new_address,
            "new_address",
            hh.head_name,
            hh.head_name_kana,
            head_path="household.head_name",
        )
        prev_title = "前の住所" if n.kind is Kind.TENNYU else "転居前の住所"
        top = _address_block(
            s,
            n,
            top,
            prev_title,
            n.previous_address,
            "previous_address",
            n.previous_head_name,
            "",
            head_path="previous_head_name",
        )
    if n.kind is not Kind.SETAI_HENKO:
        top = _household_block(s, n, top)
    top = _note_row(s, n, top)
    top += 1.5 * MM
    first = list(range(min(len(n.persons), FIRST_PAGE_PERSONS)))
    top = _persons_table(s, n, top, first, FIRST_PAGE_PERSONS)
    if len(n.persons) > FIRST_PAGE_PERSONS:
        s.label(
            RIGHT - 52 * MM, top + 3 * MM, f"異動者 {len(n.persons)}人（5人目以降は次ページ）", 6.5
        )
    top += 4 * MM
    top = _filer_block(s, n, top)
    top += 1.5 * MM
    top = _related_block(s, n, top, related_items)
    jimu_top = 250 * MM - _fix_height(n)
    _jimu_block(s, n, max(top + 2 * MM, jimu_top), 284 * MM)
    _footer(s, n, 1, pages)


def _more_page(
    s: _Sheet, n: Notification, page: int, pages: int, persons: list[int], related_from: int
) -> None:
    top = _header(s, n, page, pages, continuation=True) + 3 * MM
    if persons:
        top = _persons_table(s, n, top, persons, max(len(persons), 1)) + 4 * MM
    if related_from < len(n.related):
        top = _related_block(s, n, top, len(n.related) - related_from, related_from) + 4 * MM
    if page == pages and _fixes_on_first_page(n) < len(n.jimu.corrections):
        top = _fix_list_block(s, n, top, _fixes_on_first_page(n)) + 4 * MM
    qr_size = 27 * MM
    s.qr(RIGHT - qr_size, 284 * MM - qr_size, qr_size, qr_payload(n))
    s.label(RIGHT - qr_size + 1.5 * MM, 284 * MM + 2.6 * MM, "ID・内容ハッシュ", 5.5)
    _footer(s, n, page, pages)


FIRST_PAGE_RELATED = 4
_RELATED_ROW = 6.4 * MM


def render_pdf(notification: Notification, *, tz: tzinfo = COUNTER_TZ) -> bytes:
    """The notification as an A4 PDF (bytes), several pages when many persons move.

    ``tz`` is the counter's time zone (a :class:`zoneinfo.ZoneInfo`): the times stored in UTC
    (署名日時, 入力日時, 審査日時, 訂正日時) are printed in it.
    """
    fonts.register()
    n = notification
    extra_persons = list(range(FIRST_PAGE_PERSONS, len(n.persons)))
    person_pages = [
        extra_persons[k : k + MORE_PAGE_PERSONS]
        for k in range(0, len(extra_persons), MORE_PAGE_PERSONS)
    ]
    # The 訂正 list makes the 事務処理 box taller: fewer related procedures fit above it.
    cut = math.ceil(_fix_height(n) / _RELATED_ROW)
    related_overflow = len(n.related) > FIRST_PAGE_RELATED + 1 - cut
    first_related = FIRST_PAGE_RELATED - cut if related_overflow else len(n.related)
    fixes_overflow = _fixes_on_first_page(n) < len(n.jimu.corrections)
    if (related_overflow or fixes_overflow) and not person_pages:
        person_pages = [[]]
    pages = 1 + len(person_pages)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, invariant=1, initialFontName=fonts.GOTHIC)
    c.setTitle(f"住民異動届（{n.kind.label}） {n.id}")
    c.setAuthor("kakanai-madoguchi")
    c.setSubject(qr_payload(n))
    c.setCreator("kakanai-madoguchi forms")
    s = _Sheet(c, tz, _fixes(n))
    _first_page(s, n, pages, first_related)
    c.showPage()
    for k, persons in enumerate(person_pages):
        last = k == len(person_pages) - 1
        _more_page(s, n, k + 2, pages, persons, first_related if last else len(n.related))
        c.showPage()
    c.save()
    return buf.getvalue()
