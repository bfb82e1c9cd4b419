"""Related-procedure forms, pre-filled (関連手続の書類): one PDF per procedure that has a template.

A 転入 brings 国民健康保険, 児童手当, 就学 … (:mod:`forms.related`); each department has its own
form. With a template for a procedure (:mod:`forms.related_templates`), its form is printed
already filled from the notification — the household's values once, each person the procedure
covers on a line of their own, continuing on another page when the lines run out — so the
resident writes nothing at any desk.

Printing takes the same care as the main form (:mod:`forms.pdf`): the shipped fonts embedded as
subsets, 外字 drawn from the fallback faces (never dropped: a character no face has prints as
〓), text shrunk to its box and wrapped with 禁則, never cut. A layout drawn by us is drawn from the
template's boxes; a municipality's blank PDF gets the values printed over its page (pypdf).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from forms import fonts
from forms.model import Notification, RelatedProcedure
from forms.pdf import INK, LABEL, MM, TINT, _Sheet
from forms.related_templates import (
    Box,
    Field,
    Template,
    TemplateSet,
    Text,
    default_templates,
)
from forms.related_values import (
    PERSON,
    Context,
    household_value,
    is_foreign,
    person_value,
    render_value,
)

__all__ = [
    "RelatedForm",
    "combine",
    "form_persons",
    "render_related_form",
    "render_related_forms",
    "without_template",
]

_FACES = {"mincho": fonts.MINCHO, "gothic": fonts.GOTHIC, "gothic_bold": fonts.GOTHIC_BOLD}


@dataclass(frozen=True)
class RelatedForm:
    """One printed related-procedure form."""

    code: str
    name: str
    template: str
    pdf: bytes

    @property
    def filename(self) -> str:
        """A file name without personal data: the procedure's code."""
        return f"{self.code}.pdf"


@dataclass
class _Page(_Sheet):
    """A sheet of any height (A4, A5, or the blank PDF's page)."""

    height: float = 0.0

    def y(self, top: float) -> float:
        return self.height - top


def form_persons(n: Notification, procedure: RelatedProcedure, template: Template) -> list[int]:
    """The persons whose lines the form fills (indexes into ``n.persons``).

    ``procedure``: the persons the procedure covers — a household procedure (世帯) covers
    everyone moving; ``all``: everyone moving; ``none``: nobody (a household-only form).
    """
    if template.persons == "none" or template.rows is None:
        return []
    if template.persons == "all" or not procedure.persons:
        return list(range(len(n.persons)))
    return [i for i in procedure.persons if 0 <= i < len(n.persons)]


def _box(s: _Page, b: Box, dy: float = 0.0) -> None:
    s.rect(b.x * MM, (b.y + dy) * MM, b.w * MM, b.h * MM, fill=TINT if b.tint else None, lw=0.5)
    if b.label:
        s.fit(
            b.x * MM + 1.2 * MM,
            (b.y + dy) * MM + 2.9 * MM,
            b.w * MM - 2.4 * MM,
            b.label,
            6.2,
            fonts.GOTHIC,
            3.5,
            LABEL,
        )


def _text(s: _Page, t: Text, dy: float = 0.0) -> None:
    s.text(t.x * MM, (t.y + dy) * MM, t.text, t.size, _FACES[t.font], INK, t.align)


def _field(s: _Page, f: Field, text: str, dy: float = 0.0) -> None:
    if not text:
        return
    x, top, w, face = f.x * MM, (f.y + dy) * MM, f.w * MM, _FACES[f.font]
    if f.format == "check":
        s.text(x, top, text, f.size, fonts.GOTHIC_BOLD, INK)
    elif f.lines == 1:
        s.fit(x, top, w, text, f.size, face, 4.0, INK, f.align)
    else:
        s.lines(x, top, w, text, f.size, face, max_lines=f.lines)


def _household(f: Field, context: Context) -> str:
    return render_value(household_value(f.value, context), f.spec.type, f.format, equals=f.equals)


def _footer(s: _Page, n: Notification, t: Template, page: int, pages: int) -> None:
    bottom = t.page_mm[1] - 6
    number = n.jimu.reception_number
    origin = (
        f"住民異動届（受付番号 {number}）の記載から作成" if number else "住民異動届の記載から作成"
    )
    s.text(10 * MM, bottom * MM, f"{origin}　書かない窓口", 6, fonts.GOTHIC, LABEL)
    if pages > 1:
        s.text(
            (t.page_mm[0] - 10) * MM,
            bottom * MM,
            f"{page} / {pages}",
            7,
            fonts.GOTHIC,
            LABEL,
            "right",
        )


def _overlay(
    n: Notification, procedure: RelatedProcedure, template: Template, persons: list[int]
) -> tuple[bytes, int]:
    """The values (and, for a drawn layout, the boxes) as a PDF; returns it and its pages."""
    rows = template.rows
    per_page = rows.count if rows is not None else 1
    pages = max(1, math.ceil(len(persons) / per_page)) if rows is not None else 1
    width, height = template.page_mm[0] * MM, template.page_mm[1] * MM
    buf = io.BytesIO()
    c = Canvas(
        buf, pagesize=(width, height), pageCompression=1, invariant=1, initialFontName=fonts.GOTHIC
    )
    c.setTitle(f"{template.title}（{procedure.name}）")
    c.setAuthor("kakanai-madoguchi")
    c.setSubject(f"related:{procedure.code} notification:{n.id}")
    c.setCreator("kakanai-madoguchi forms")
    s = _Page(c, height=height)
    context = Context(n, procedure, tuple(persons))
    household = [(f, _household(f, context)) for f in template.fields]
    for page in range(pages):
        for b in template.boxes:
            _box(s, b)
        for t in template.texts:
            _text(s, t)
        for f, text in household:
            _field(s, f, text)
        if rows is not None:
            on_page = persons[page * per_page : (page + 1) * per_page]
            for line in range(rows.count):
                dy = rows.y + line * rows.h
                for b in rows.boxes:
                    _box(s, b, dy)
                if line >= len(on_page):
                    continue
                for t in rows.texts:
                    _text(s, t, dy)
                index = on_page[line]
                person = n.persons[index]
                number = page * per_page + line + 1
                for f in rows.fields:
                    if f.value in PERSON:
                        raw = person_value(f.value, person, n, number)
                    else:
                        raw = household_value(f.value, context)
                    text = render_value(
                        raw, f.spec.type, f.format, equals=f.equals, foreign=is_foreign(person)
                    )
                    _field(s, f, text, dy)
        if template.footer:
            _footer(s, n, template, page + 1, pages)
        c.showPage()
    c.save()
    return buf.getvalue(), pages


def _print_over(base: bytes, page_no: int, overlay: bytes) -> bytes:
    """Each overlay page printed over a fresh copy of the blank PDF's page ``page_no``."""
    from pypdf import PageObject, PdfReader, PdfWriter

    blank = PdfReader(io.BytesIO(base))
    values = PdfReader(io.BytesIO(overlay))
    writer = PdfWriter()
    for ov in values.pages:
        src = blank.pages[page_no - 1]
        page = PageObject.create_blank_page(
            width=float(src.mediabox.width), height=float(src.mediabox.height)
        )
        page.merge_page(src)
        page.merge_page(ov)
        writer.add_page(page)
    meta = dict(values.metadata or {})
    writer.add_metadata({k: str(v) for k, v in meta.items() if k in ("/Title", "/Subject")})
    writer.add_metadata({"/Author": "kakanai-madoguchi", "/Creator": "kakanai-madoguchi forms"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_related_form(
    notification: Notification, procedure: RelatedProcedure, template: Template
) -> bytes:
    """The form of ``procedure`` filled from ``notification`` with ``template``, as PDF bytes."""
    fonts.register()
    persons = form_persons(notification, procedure, template)
    overlay, _pages = _overlay(notification, procedure, template, persons)
    if template.base is None:
        return overlay
    return _print_over(template.base, template.base_page, overlay)


def render_related_forms(
    notification: Notification,
    templates: TemplateSet | None = None,
    procedures: Sequence[RelatedProcedure] | None = None,
) -> list[RelatedForm]:
    """One filled form per related procedure that has a template, in the procedures' order.

    ``procedures`` defaults to the notification's own list (``notification.related``);
    ``templates`` to the shipped ones.
    """
    templates = templates or default_templates()
    out = []
    for p in notification.related if procedures is None else procedures:
        template = templates.for_procedure(p.code)
        if template is not None:
            pdf = render_related_form(notification, p, template)
            out.append(RelatedForm(p.code, p.name, template.id, pdf))
    return out


def without_template(
    procedures: Sequence[RelatedProcedure], templates: TemplateSet | None = None
) -> list[RelatedProcedure]:
    """The procedures no template serves (they are done at their desk as before)."""
    templates = templates or default_templates()
    return [p for p in procedures if templates.for_procedure(p.code) is None]


def combine(pdfs: Sequence[bytes]) -> bytes:
    """Several PDFs as one document, pages in order (one print job for the desk)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": "関連手続の書類", "/Creator": "kakanai-madoguchi forms"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
