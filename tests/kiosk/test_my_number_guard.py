"""The 12-digit 個人番号 is never stored, however it is written, and where a key holds it too."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from stdnum.jp import in_ as jp_in

from forms.model import Provenance
from forms.my_number import find_my_number, looks_like_my_number
from kiosk import workflow
from kiosk.models import NotificationRecord
from kiosk.storage import Storage
from tests.kiosk.conftest import NOW, RECEPTION, fileable

#: A number with a valid check digit (python-stdnum agrees: see the first test).
NUMBER = "123456789018"
KANJI = "〇一二三四五六七八九"


def written(number: str) -> list[str]:
    """The ways residents and clerks write a 12-digit number."""
    groups = [number[0:4], number[4:8], number[8:12]]
    full = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    kanji = "".join(KANJI[int(d)] for d in number)
    return [
        number,
        " ".join(groups),
        "-".join(groups),
        "　".join(groups),  # ideographic space
        "ー".join(groups),  # the long-vowel mark typed for a dash
        full,
        "－".join(full[i : i + 4] for i in (0, 4, 8)),
        kanji,
        " ".join(kanji[i : i + 4] for i in (0, 4, 8)),
        f"個人番号は{' '.join(groups)}です",
        f"電話 03-1234-5678 {'-'.join(groups)}",
    ]


def test_the_check_digit_is_python_stdnums() -> None:
    assert jp_in.is_valid(NUMBER)
    assert jp_in.calc_check_digit(NUMBER[:11]) == NUMBER[11]


@pytest.mark.parametrize("text", written(NUMBER))
def test_every_way_of_writing_it_is_recognised(text: str) -> None:
    assert looks_like_my_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "123456789010",  # wrong check digit
        "1234 5678 9010",
        "1234567890181",  # 13 digits
        "電話 090-1234-5678",
        "〒100-0001 東京都千代田区千代田1-1",
        "2026-04-10 10:00",
        "住民票コード 12345678901",
        "一丁目二番三号",
    ],
)
def test_ordinary_numbers_are_not_mistaken_for_it(text: str) -> None:
    assert not looks_like_my_number(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11), st.sampled_from(range(11)))
def test_any_valid_number_in_any_form_is_found(base: str, form: int) -> None:
    number = base + jp_in.calc_check_digit(base)
    assert looks_like_my_number(written(number)[form])


@pytest.mark.parametrize(
    "where",
    ["note", "answers key", "household answers key", "provenance key", "name"],
)
@pytest.mark.parametrize("text", [" ".join(["1234", "5678", "9018"]), "一二三四五六七八九〇一八"])
def test_a_notification_holding_it_is_refused_and_nothing_is_stored(
    storage: Storage, where: str, text: str
) -> None:
    n = fileable()
    if where == "note":
        n.jimu.note = f"本人確認 {text}"
    elif where == "answers key":
        n.persons[0].answers[text] = True
    elif where == "household answers key":
        n.household.answers[f"番号{text}"] = True
    elif where == "provenance key":
        n.provenance[text] = Provenance(source="staff", value="x")
    else:
        n.persons[0].name.given = text
    with (
        pytest.raises(workflow.WorkflowError, match="個人番号") as caught,
        storage.transaction() as s,
    ):
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
    assert text not in str(caught.value), "the message names where, never the number"
    with storage.reader() as s:
        assert s.scalar(select(func.count()).select_from(NotificationRecord)) == 0


def test_found_in_a_key_names_the_place() -> None:
    assert find_my_number({"persons": [{"answers": {"1234-5678-9018": True}}]}) == (
        "persons.0.answers.(key)"
    )
    assert find_my_number({"a": {"b": "ok"}, "c": ["x", "九〇一八"]}) is None


def test_a_signed_digest_that_happens_to_hold_twelve_digits_is_stored(storage: Storage) -> None:
    # A SHA-256 in hex has runs of digits; now and then one is 12 long and passes the check
    # digit. It is the system's, never typed by a person: the notification is stored.
    n = fileable()
    n.jimu.signed_digest = "ab" + NUMBER + "c" * 50
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
    with storage.reader() as s:
        assert workflow.load(s, n.id).jimu.signed_digest == n.jimu.signed_digest
