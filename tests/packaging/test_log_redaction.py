"""Log redaction: names in any script, grouped 個人番号, secrets in JSON, URL passwords.

Each case is logged through the real handlers into the counter's log file, which is then read
back as IT (or a support bundle) would see it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from forms.my_number import normalise_digits
from kiosk import logs
from tests.fixtures.logs import written
from tests.packaging.conftest import Counter

MakeCounter = Callable[..., Counter]

#: Names as the card, the resident or the clerk write them.
NAMES = {
    "Japanese": ("山田", "太郎"),
    "Latin": ("Smith", "John"),
    "Hangul": ("김", "민준"),
    "Vietnamese": ("Nguyễn", "Văn An"),
    "Portuguese": ("Gonçalves", "João"),
    "Nepali": ("श्रेष्ठ", "राम"),
}


@pytest.fixture
def log_file(make_counter: MakeCounter) -> Iterator[Callable[[], str]]:
    config = make_counter().config()
    path = logs.setup_logging(config, "run")
    assert path is not None

    yield lambda: written(Path(path))
    logs.teardown_logging()


@pytest.mark.parametrize("script", list(NAMES))
def test_names_in_name_fields_are_removed_in_every_script(
    log_file: Callable[[], str], script: str
) -> None:
    family, given = NAMES[script]
    log = logging.getLogger("kiosk.test")
    log.info("payload %s", json.dumps({"name": {"family": family, "given": given}}))
    log.info("payload %s", json.dumps({"family_name": family}, ensure_ascii=True))
    log.info("person %r", {"full_name": f"{family} {given}", "counter": "1"})
    log.info("display_name=%s %s, counter=1", family, given)
    log.info("氏名：%s %s、受付番号 1-001", family, given)
    text = log_file()
    for part in (family, *given.split()):
        assert part not in text, f"{script} name part {part!r} left in the log"
    for escaped in (json.dumps(family)[1:-1],):  # \\u escapes of JSON with ensure_ascii
        assert escaped not in text
    assert "counter=1" in text and "受付番号 1-001" in text and "'counter': '1'" in text


def test_words_outside_ascii_are_removed_even_without_a_field(
    log_file: Callable[[], str],
) -> None:
    logging.getLogger("kiosk.test").warning("resident 김민준 and Nguyễn at counter 2 → 本登録")
    text = log_file()
    assert "김민준" not in text and "Nguyễn" not in text
    assert "at counter 2 → 本登録" in text


@pytest.mark.parametrize(
    "number",
    [
        "123456789018",
        "1234 5678 9018",
        "1234-5678-9018",
        "１２３４ ５６７８ ９０１８",
        "一二三四五六七八九〇一八",
    ],
)
def test_my_numbers_however_grouped_are_removed(log_file: Callable[[], str], number: str) -> None:
    logging.getLogger("kiosk.test").info("card says %s for notification 7f3a", number)
    text = log_file()
    assert number not in text
    digits = normalise_digits(number).replace(" ", "")
    message = text.split("kiosk.test:", 1)[1]
    assert digits[-4:] not in normalise_digits(message)
    assert "for notification 7f3a" in text


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('{"pin": "1234", "tries": 3}', "1234"),
        ("{'pin': '9876'}", "9876"),
        ('{"PIN":"2580"}', "2580"),
        ("暗証番号：１２３４", "１２３４"),
        ("verify pin 4321 failed", "4321"),
        ('{"password": "quiet maple ferry"}', "quiet maple ferry"),
        ("password=hunter2hunter2 user=sato", "hunter2"),
        ("connect postgresql://kiosk:db-pw-123@db/kiosk failed", "db-pw-123"),
        ("POST https://counter:bo-pw-456@juki.example/intake", "bo-pw-456"),
    ],
)
def test_secrets_are_removed_wherever_they_sit(
    log_file: Callable[[], str], line: str, secret: str
) -> None:
    logging.getLogger("kiosk.test").info("%s", line)
    text = log_file()
    assert secret not in text
    assert "tries" in text or "[PIN]" in text or "***" in text


def test_ids_times_and_things_named_name_are_kept() -> None:
    line = (
        "2026-04-10 10:00:01,123 INFO 4242 kiosk.sync: notification "
        "0f8c2a8e-1d2b-4c3d-9e4f-5a6b7c8d9e0f delivered to filename=20260410-1-001.csv "
        "reader_name=ACS ACR39U 00 00 by staff:rev01 (3 tries) 受付番号 1-001"
    )
    assert logs.redact(line) == line
