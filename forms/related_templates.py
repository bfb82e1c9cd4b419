"""Related-procedure form templates (関連手続の書類): configuration, not code.

A template is one TOML file: which related procedures it serves (by the codes of the rules
file, :mod:`forms.related`), the page it prints on — a layout drawn from the file's own boxes
and texts, or a municipality's blank PDF (``base``) printed over — and a *field map*: which
value (:mod:`forms.related_values`) goes where, for the household and for each person the
procedure covers, and how it is formatted (和暦, ふりがな, 〒 …).

A municipality keeps its templates in one folder (``[forms] related_templates`` in kiosk.toml);
without one the counter uses the three generic templates shipped in
``forms/data/related_forms`` (国民健康保険 異動届, 児童手当 認定請求・受給事由消滅届,
印鑑登録 廃止申請書), which are of our own design and documented key by key. Copy them as a
start.

The file, key by key (lengths in millimetres from the page's top-left corner; sizes in points)::

    [template]
    id = "kokuho_idou"            # unique in the folder; names the printed file's kind
    title = "国民健康保険 被保険者異動届"
    procedures = ["kokuho_join", "kokuho_leave", "kokuho_change"]
    paper = "A4"                  # A4 or A5, portrait (drawn layouts)
    base = "kokuho.pdf"           # optional: a blank PDF beside this file, printed over
    base_page = 1                 # its page to print over (every page of the form uses it)
    persons = "procedure"         # whose lines are filled: the persons the procedure covers,
                                  # "all" persons moving, or "none"
    footer = true                 # drawn layouts: a line naming the 受付番号 and page

    [[box]]       # a ruled box with a small label at its top-left (drawn layouts)
    x = 12  y = 30  w = 60  h = 12  label = "届出日"  tint = false

    [[text]]      # fixed text: x, y (baseline), text, size, font, align

    [[field]]     # one value: value, x, y (baseline), w (width it must fit in),
                  # size, font (mincho, gothic, gothic_bold), format, equals, align, lines

    [rows]        # the persons, one line each: y (top of the first line), h (line height),
    y = 120       # count (lines per page: more persons continue on another page)
    h = 14
    count = 6
    [[rows.box]]    # as [[box]], y and h within the line (h defaults to the line's)
    [[rows.text]]   # as [[text]], y within the line
    [[rows.field]]  # as [[field]], y within the line; person values (person.name …) allowed

Formats: ``wareki`` / ``western`` / ``iso`` for dates (default: 和暦, 西暦 for a foreign
resident's birth date), ``hiragana`` / ``katakana`` for kana, ``check`` (a tick when the
value equals ``equals``: ``value = "procedure.code"  format = "check"  equals = "kokuho_join"``).

Every mistake is one :class:`TemplateError` line naming the file, the entry and the key.
"""

from __future__ import annotations

import difflib
import io
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from forms.files import FileTooLarge, read_bounded
from forms.model import check_printable
from forms.related_values import FORMATS, HOUSEHOLD, PERSON, Value, formats_for

__all__ = [
    "MAX_BASE_BYTES",
    "MAX_TEMPLATES",
    "MAX_TEMPLATE_BYTES",
    "Box",
    "Field",
    "Rows",
    "Template",
    "TemplateError",
    "TemplateSet",
    "Text",
    "default_templates",
    "load_template",
    "load_templates",
    "parse_template",
    "unknown_procedures",
]

MAX_TEMPLATE_BYTES = 256 * 1024
"""The largest template file read (the shipped ones are a few kB)."""
MAX_BASE_BYTES = 20 * 1024 * 1024
"""The largest blank PDF a template may print over."""
MAX_TEMPLATES = 100
"""Templates in one folder."""
_MAX_ELEMENTS = 400
_MAX_TEXT = 200
_PAPER_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0)}
_MM = 72 / 25.4
_FONTS = ("mincho", "gothic", "gothic_bold")
_ALIGNS = ("left", "center", "right")

Font = Literal["mincho", "gothic", "gothic_bold"]
Align = Literal["left", "center", "right"]


class TemplateError(ValueError):
    """A template that cannot be used (one line naming the file, entry and key)."""


@dataclass(frozen=True)
class Box:
    """A ruled box with a small label at its top-left (``tint``: a label cell's background)."""

    x: float
    y: float
    w: float
    h: float
    label: str = ""
    tint: bool = False


@dataclass(frozen=True)
class Text:
    """Fixed text with its baseline at ``y``."""

    x: float
    y: float
    text: str
    size: float = 9.0
    font: Font = "gothic"
    align: Align = "left"


@dataclass(frozen=True)
class Field:
    """One value printed at ``(x, y)`` (baseline) within width ``w``: shrunk, then wrapped with
    禁則 onto at most ``lines`` lines, never cut."""

    value: str
    x: float
    y: float
    w: float
    size: float = 10.0
    font: Font = "mincho"
    format: str = ""
    equals: str = ""
    align: Align = "left"
    lines: int = 1

    @property
    def spec(self) -> Value:
        return HOUSEHOLD.get(self.value) or PERSON[self.value]


@dataclass(frozen=True)
class Rows:
    """The persons' lines: the first at ``y``, each ``h`` high, ``count`` to a page."""

    y: float
    h: float
    count: int
    boxes: tuple[Box, ...] = ()
    texts: tuple[Text, ...] = ()
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class Template:
    """One related-procedure form (see the module docstring)."""

    id: str
    title: str
    procedures: tuple[str, ...]
    source: str
    page_mm: tuple[float, float]
    base: bytes | None = None
    base_page: int = 1
    persons: Literal["procedure", "all", "none"] = "procedure"
    footer: bool = True
    boxes: tuple[Box, ...] = ()
    texts: tuple[Text, ...] = ()
    fields: tuple[Field, ...] = ()
    rows: Rows | None = None

    @property
    def drawn(self) -> bool:
        """True for a layout drawn by us (no blank PDF to print over)."""
        return self.base is None

    def values(self) -> list[str]:
        """Every value name the template prints (what a department would see on it)."""
        out = [f.value for f in self.fields]
        if self.rows is not None:
            out += [f.value for f in self.rows.fields]
        return list(dict.fromkeys(out))


@dataclass(frozen=True)
class TemplateSet:
    """A municipality's templates, each procedure code served by at most one."""

    templates: tuple[Template, ...]
    folder: str = ""
    _by_code: Mapping[str, Template] = field(default_factory=dict, repr=False, compare=False)

    def for_procedure(self, code: str) -> Template | None:
        """The template that serves procedure ``code``, or None."""
        return self._by_code.get(code)

    @property
    def procedures(self) -> list[str]:
        """Every procedure code some template serves."""
        return list(self._by_code)


# --- parsing --------------------------------------------------------------------------------


def _unknown(where: str, keys: Iterable[str], known: Iterable[str]) -> TemplateError:
    names = []
    for key in sorted(keys):
        near = difflib.get_close_matches(key, sorted(known), n=1)
        names.append(f"'{key}' (did you mean '{near[0]}'?)" if near else f"'{key}'")
    return TemplateError(f"{where}: unknown key {', '.join(names)}")


def _table(where: str, raw: object, known: set[str], required: Iterable[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: must be a table of keys")
    unknown = set(raw) - known
    if unknown:
        raise _unknown(where, unknown, known)
    for key in required:
        if key not in raw:
            raise TemplateError(f"{where}: '{key}' is required")
    return raw


def _text(where: str, key: str, value: object, limit: int = _MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"{where}: '{key}' must be text")
    if len(value) > limit:
        raise TemplateError(f"{where}: '{key}' is longer than {limit} characters")
    try:
        return check_printable(value)
    except ValueError as exc:
        raise TemplateError(f"{where}: '{key}': {exc}") from None


def _number(where: str, key: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateError(f"{where}: '{key}' must be a number from {low:g} to {high:g}")
    number = float(value)
    if not low <= number <= high:  # NaN fails here too
        raise TemplateError(f"{where}: '{key}' must be a number from {low:g} to {high:g}")
    return number


def _whole(where: str, key: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise TemplateError(f"{where}: '{key}' must be a whole number from {low} to {high}")
    return value


def _choice(where: str, key: str, value: object, choices: Iterable[str]) -> str:
    options = list(choices)
    if not isinstance(value, str) or value not in options:
        raise TemplateError(f"{where}: '{key}' must be one of {', '.join(options)}")
    return value


def _bool(where: str, key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TemplateError(f"{where}: '{key}' must be true or false")
    return value


def _list(where: str, key: str, raw: Mapping[str, Any]) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise TemplateError(f"{where}: '{key}' must be written as [[{key}]] tables")
    return value


@dataclass(frozen=True)
class _Page:
    """The page being filled (its size), and whether person values are allowed."""

    w: float
    h: float


_BOX_KEYS = {"x", "y", "w", "h", "label", "tint"}
_TEXT_KEYS = {"x", "y", "text", "size", "font", "align"}
_FIELD_KEYS = {"value", "x", "y", "w", "size", "font", "format", "equals", "align", "lines"}


def _box(where: str, raw: object, page: _Page, row_h: float | None) -> Box:
    required = ("x", "y", "w") if row_h is not None else ("x", "y", "w", "h")
    d = _table(where, raw, _BOX_KEYS, required)
    height = page.h if row_h is None else row_h
    x = _number(where, "x", d["x"], 0, page.w)
    y = _number(where, "y", d["y"], 0, height)
    w = _number(where, "w", d["w"], 0.1, page.w - x)
    h = _number(where, "h", d.get("h", row_h), 0.1, height - y)
    return Box(
        x,
        y,
        w,
        h,
        _text(where, "label", d.get("label", "")),
        _bool(where, "tint", d.get("tint", False)),
    )


def _fixed_text(where: str, raw: object, page: _Page, row_h: float | None) -> Text:
    d = _table(where, raw, _TEXT_KEYS, ("x", "y", "text"))
    height = page.h if row_h is None else row_h
    return Text(
        _number(where, "x", d["x"], 0, page.w),
        _number(where, "y", d["y"], 0, height),
        _text(where, "text", d["text"]),
        _number(where, "size", d.get("size", 9.0), 3, 72),
        _choice(where, "font", d.get("font", "gothic"), _FONTS),  # type: ignore[arg-type]
        _choice(where, "align", d.get("align", "left"), _ALIGNS),  # type: ignore[arg-type]
    )


def _field(where: str, raw: object, page: _Page, row_h: float | None) -> Field:
    d = _table(where, raw, _FIELD_KEYS, ("value", "x", "y", "w"))
    name = _text(where, "value", d["value"], 64)
    where = f"{where} ({name})"
    known = HOUSEHOLD if row_h is None else {**HOUSEHOLD, **PERSON}
    spec = known.get(name)
    if spec is None:
        if name in PERSON:
            raise TemplateError(
                f"{where}: '{name}' is a person value: put it in a [[rows.field]], one per person"
            )
        near = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        raise TemplateError(f"{where}: 'value': unknown value '{name}'{hint}")
    fmt = _choice(where, "format", d.get("format", ""), FORMATS)
    if spec.type not in FORMATS[fmt]:
        raise TemplateError(
            f"{where}: 'format' {fmt!r} does not apply to a {spec.type} value "
            f"(use {', '.join(formats_for(spec.type))})"
        )
    equals = _text(where, "equals", d.get("equals", ""), 64)
    if fmt == "check" and not equals:
        raise TemplateError(f"{where}: format 'check' needs 'equals' (the value that ticks it)")
    if equals and fmt != "check":
        raise TemplateError(f"{where}: 'equals' is only for format 'check'")
    height = page.h if row_h is None else row_h
    x = _number(where, "x", d["x"], 0, page.w)
    return Field(
        value=name,
        x=x,
        y=_number(where, "y", d["y"], 0, height),
        w=_number(where, "w", d["w"], 1, page.w - x),
        size=_number(where, "size", d.get("size", 10.0), 4, 72),
        font=_choice(where, "font", d.get("font", "mincho"), _FONTS),  # type: ignore[arg-type]
        format=fmt,
        equals=equals,
        align=_choice(where, "align", d.get("align", "left"), _ALIGNS),  # type: ignore[arg-type]
        lines=_whole(where, "lines", d.get("lines", 1), 1, 10),
    )


def _elements(
    origin: str, raw: Mapping[str, Any], page: _Page, row_h: float | None, prefix: str
) -> tuple[tuple[Box, ...], tuple[Text, ...], tuple[Field, ...]]:
    """The [[box]], [[text]] and [[field]] entries of the page (or of ``[rows]``)."""
    boxes, texts, fields = (_list(origin, key, raw) for key in ("box", "text", "field"))
    if len(boxes) + len(texts) + len(fields) > _MAX_ELEMENTS:
        raise TemplateError(f"{origin}: more than {_MAX_ELEMENTS} boxes, texts and fields")
    return (
        tuple(
            _box(f"{origin}: [[{prefix}box]] {i}", b, page, row_h) for i, b in enumerate(boxes, 1)
        ),
        tuple(
            _fixed_text(f"{origin}: [[{prefix}text]] {i}", t, page, row_h)
            for i, t in enumerate(texts, 1)
        ),
        tuple(
            _field(f"{origin}: [[{prefix}field]] {i}", f, page, row_h)
            for i, f in enumerate(fields, 1)
        ),
    )


_TOP = {"template", "box", "text", "field", "rows"}
_HEAD = {"id", "title", "procedures", "paper", "base", "base_page", "persons", "footer", "note"}
_ROWS = {"y", "h", "count", "box", "text", "field"}


def _base_pdf(
    origin: str, folder: Path | None, name: str, page: int
) -> tuple[bytes, tuple[float, float]]:
    """The blank PDF's bytes and the size (mm) of the page printed over."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    where = f"{origin}: [template] base"
    if folder is None:
        raise TemplateError(f"{where}: a shipped template cannot name a blank PDF")
    path = Path(name) if Path(name).is_absolute() else folder / name
    try:
        data = read_bounded(path, MAX_BASE_BYTES, what="blank form PDF")
    except FileTooLarge as exc:
        raise TemplateError(f"{where}: {exc}") from None
    except OSError as exc:
        raise TemplateError(f"{where}: cannot read {path} ({exc.strerror or exc})") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise TemplateError(f"{where}: {path} is encrypted; give an unprotected blank PDF")
        count = len(reader.pages)
        if page > count:
            raise TemplateError(f"{where}: {path} has {count} page(s), base_page is {page}")
        box = reader.pages[page - 1].mediabox
        size = (float(box.width) / _MM, float(box.height) / _MM)
    except TemplateError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise TemplateError(f"{where}: {path} is not a readable PDF ({exc})") from None
    if not (50 <= size[0] <= 600 and 50 <= size[1] <= 600):
        raise TemplateError(f"{where}: page {page} of {path} is not a paper size")
    return data, size


def parse_template(data: Mapping[str, Any], origin: str, folder: Path | None = None) -> Template:
    """A template from parsed TOML (``folder``: where a ``base`` PDF is looked up)."""
    top = _table(origin, data, _TOP, ("template",))
    head = _table(f"{origin}: [template]", top["template"], _HEAD, ("id", "title", "procedures"))
    where = f"{origin}: [template]"
    tid = _text(where, "id", head["id"], 64)
    if not tid or not all(c.isascii() and (c.isalnum() or c in "_-") for c in tid):
        raise TemplateError(f"{where}: 'id' must be ASCII letters, digits, '_' or '-'")
    procedures = head["procedures"]
    if (
        not isinstance(procedures, list)
        or not procedures
        or not all(isinstance(p, str) and p for p in procedures)
    ):
        raise TemplateError(f"{where}: 'procedures' must be a list of procedure codes")
    codes = tuple(_text(where, "procedures", p, 64) for p in procedures)
    if len(set(codes)) != len(codes):
        raise TemplateError(f"{where}: 'procedures' names a code twice")
    base_page = _whole(where, "base_page", head.get("base_page", 1), 1, 1000)
    base: bytes | None = None
    if head.get("base"):
        if "paper" in head:
            raise TemplateError(f"{where}: 'paper' is for drawn layouts; the blank PDF sets it")
        base, page_mm = _base_pdf(
            origin, folder, _text(where, "base", head["base"], 500), base_page
        )
    else:
        page_mm = _PAPER_MM[_choice(where, "paper", head.get("paper", "A4"), _PAPER_MM)]
    page = _Page(*page_mm)
    boxes, texts, fields = _elements(origin, top, page, None, "")
    rows: Rows | None = None
    if "rows" in top:
        r = _table(f"{origin}: [rows]", top["rows"], _ROWS, ("y", "h", "count"))
        rw = f"{origin}: [rows]"
        y = _number(rw, "y", r["y"], 0, page.h)
        h = _number(rw, "h", r["h"], 2, page.h)
        count = _whole(rw, "count", r["count"], 1, 50)
        if y + h * count > page.h + 0.01:
            raise TemplateError(f"{rw}: {count} lines of {h:g} mm from {y:g} mm run off the page")
        rb, rt, rf = _elements(origin, r, page, h, "rows.")
        rows = Rows(y, h, count, rb, rt, rf)
    if not fields and (rows is None or not rows.fields):
        raise TemplateError(f"{origin}: the template prints no value: add [[field]] entries")
    return Template(
        id=tid,
        title=_text(where, "title", head["title"]),
        procedures=codes,
        source=origin,
        page_mm=page_mm,
        base=base,
        base_page=base_page,
        persons=_choice(
            where, "persons", head.get("persons", "procedure"), ("procedure", "all", "none")
        ),  # type: ignore[arg-type]
        footer=_bool(where, "footer", head.get("footer", base is None)),
        boxes=boxes,
        texts=texts,
        fields=fields,
        rows=rows,
    )


def _loads(raw: bytes, origin: str) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"{origin}: not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{origin}: not valid TOML: {exc}") from None
    except RecursionError:
        raise TemplateError(f"{origin}: not valid TOML: nested too deeply") from None


def load_template(path: str | Path) -> Template:
    """One template file; every mistake is one :class:`TemplateError` line."""
    p = Path(path)
    try:
        raw = read_bounded(p, MAX_TEMPLATE_BYTES, what="template")
    except FileTooLarge as exc:
        raise TemplateError(str(exc)) from None
    except OSError as exc:
        raise TemplateError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return parse_template(_loads(raw, str(p)), str(p), p.parent)


def _set(templates: list[Template], folder: str) -> TemplateSet:
    by_code: dict[str, Template] = {}
    ids: dict[str, str] = {}
    for t in templates:
        if t.id in ids:
            raise TemplateError(f"{t.source}: template id '{t.id}' is also used by {ids[t.id]}")
        ids[t.id] = t.source
        for code in t.procedures:
            other = by_code.get(code)
            if other is not None:
                raise TemplateError(
                    f"{t.source}: procedure '{code}' is already served by {other.source}"
                )
            by_code[code] = t
    return TemplateSet(tuple(templates), folder, by_code)


def load_templates(folder: str | Path | None = None) -> TemplateSet:
    """Every ``*.toml`` template in ``folder`` (None: the shipped defaults)."""
    if folder is None:
        return default_templates()
    f = Path(folder)
    if not f.is_dir():
        raise TemplateError(f"{f}: no such folder of related-form templates")
    paths = sorted(p for p in f.iterdir() if p.suffix == ".toml" and p.is_file())
    if len(paths) > MAX_TEMPLATES:
        raise TemplateError(f"{f}: more than {MAX_TEMPLATES} templates")
    if not paths:
        raise TemplateError(f"{f}: no template (*.toml) in the folder")
    return _set([load_template(p) for p in paths], str(f))


@cache
def default_templates() -> TemplateSet:
    """The shipped generic templates (``forms/data/related_forms/*.toml``)."""
    folder = resources.files("forms").joinpath("data/related_forms")
    templates = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            name = f"related_forms/{entry.name}"
            templates.append(parse_template(_loads(entry.read_bytes(), name), name))
    return _set(templates, "")


def unknown_procedures(templates: TemplateSet, codes: Iterable[str]) -> list[str]:
    """Lines naming each template's procedure code that the rules file does not know."""
    known = set(codes)
    return [
        f"{t.source}: procedure '{code}' is not in the related-procedure rules"
        for t in templates.templates
        for code in t.procedures
        if code not in known
    ]
