"""What ``kiosk preentry serve`` serves: the tablet's own wording in every language, the tablet's
postal candidates, and a server that takes no data and sets no cookie."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QTranslator

from forms import postal_data
from forms.address import lookup_postal_code
from kiosk.app.preentry_web import site as site_module
from kiosk.app.preentry_web.server import PageServer
from kiosk.app.preentry_web.site import Site, catalogue, missing_translations, postal_prefix
from kiosk.app.preentry_web.strings import PAGE, TABLET
from kiosk.config import RESIDENT_LANGUAGES

RUBY = re.compile(r"\{[^{}|]+\|[^{}|]+\}")


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(code: str) -> None:
    assert missing_translations(code) == []
    strings = catalogue(code)
    assert set(strings) == set(TABLET) | set(PAGE)
    for key, text in strings.items():
        source = catalogue("ja")[key]
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source)), key
        assert "{" not in RUBY.sub("", text) and "}" not in RUBY.sub("", text), key
        if code != "ja":
            assert text.strip(), key


@pytest.mark.parametrize("code", ["en", "vi", "ja-easy", "ne"])
def test_the_page_says_what_the_tablet_says(code: str) -> None:
    """One source of wording: the page's copy of a tablet question is exactly what the tablet's
    compiled translation (.qm, what the screens load) gives for it."""
    from ui.resident.i18n import BY_CODE

    translator = QTranslator()
    qm = BY_CODE[code].qm_path
    assert qm is not None and translator.load(str(qm))
    strings = catalogue(code)
    for key, (context, source) in TABLET.items():
        assert strings[key] == translator.translate(context, source), key


def test_postal_files_hold_the_tablets_candidates() -> None:
    codes = ["2040011", "1000001", "0600001", "4520961", "9071801"]
    for code in codes:
        data = postal_prefix(code[:3])
        expected = [
            [c.prefecture, c.municipality, c.town, c.town_kana, c.lg_code]
            for c in lookup_postal_code(code)
        ]
        assert data.get(code[3:], []) == expected, code
    many = max(postal_prefix("452").values(), key=len)
    assert len(many) > 1  # a code covering several 町字 offers each of them
    prefixes = postal_data.prefixes()
    assert len(prefixes) > 900 and "204" in prefixes


@pytest.fixture
def server() -> Iterator[PageServer]:
    s = PageServer(("127.0.0.1", 0), Site(["ja", "en"], municipality="清瀬市"))
    s.start()
    yield s
    s.shutdown()
    s.server_close()


def test_the_server_serves_and_takes_nothing(server: PageServer) -> None:
    with httpx.Client(base_url=server.url) as client:
        page = client.get("/")
        assert page.status_code == 200
        assert "default-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["referrer-policy"] == "no-referrer"
        assert "camera=()" in page.headers["permissions-policy"]
        index = client.get("/i18n/index.json").json()
        assert [lang["code"] for lang in index["languages"]] == ["ja", "en"]
        assert client.get("/i18n/vi.json").status_code == 404  # not offered here
        postal = client.get("/postal/204.json")
        assert postal.status_code == 200
        assert postal.json()["0011"][0][:3] == ["東京都", "清瀬市", "下清戸"]
        large = client.get("/postal/452.json", headers={"Accept-Encoding": "gzip"})
        assert large.headers["content-encoding"] == "gzip" and large.json()
        assert "max-age=86400" in postal.headers["cache-control"]
        assert client.get("/postal/000.json").json() == {}
        for path in ("/../site.py", "/static/app.js", "/fonts/x.ttf",
                     "/postal/2040011.json", "/i18n/../../etc/passwd"):  # fmt: skip
            assert client.get(path).status_code == 404, path
        assert client.get("/" + "a" * 300).status_code == 414
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            refused = client.request(method, "/", content=b'{"p": "answers"}')
            assert refused.status_code == 405
            assert refused.headers["allow"] == "GET, HEAD"
        every = [page, postal, refused]
        assert not any("set-cookie" in r.headers for r in every)
        head = client.head("/app.js")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"].startswith("text/javascript")


def test_build_writes_a_page_a_plain_web_server_can_publish(tmp_path: Path) -> None:
    site = Site(["ja", "vi"], municipality="清瀬市")
    written = site.build(tmp_path, postal=False)
    assert (tmp_path / "index.html").is_file() and (tmp_path / "qrcode.js").is_file()
    assert json.loads((tmp_path / "i18n" / "vi.json").read_text("utf-8"))["next"] == "Tiếp"
    assert (tmp_path / "qrcode.LICENSE.txt").read_text("utf-8").count("MIT") >= 2
    assert written == sum(1 for p in tmp_path.rglob("*") if p.is_file())
    response = site.get("/postal/204.json")
    assert response is not None
    assert json.loads(gzip.decompress(site_module.gzipped(response)))["0011"]


def test_the_vendored_qr_library_is_unmodified() -> None:
    import hashlib

    static = Path(site_module.STATIC)
    notice = (static / "qrcode.LICENSE.txt").read_text("utf-8")
    digest = hashlib.sha256((static / "qrcode.js").read_bytes()).hexdigest()
    assert digest in notice
