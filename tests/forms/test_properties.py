"""Properties over generated values: 和暦 round trips, CSV never loses or invents characters."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.csvio import CsvEncodingError, read_csv, write_csv
from forms.kana import match_key, to_katakana
from forms.wareki import ERAS, era_of, format_wareki, parse
from tests.forms import factory

dates = st.dates(min_value=date(1873, 1, 1), max_value=date(2200, 12, 31))


@given(dates)
def test_wareki_round_trip(d: date) -> None:
    assert parse(format_wareki(d)) == d
    assert parse(format_wareki(d, gannen=False)) == d


@given(dates)
def test_era_is_the_last_one_started(d: date) -> None:
    era, year = era_of(d)
    started = [e for e in ERAS if e.start <= d]
    assert era == started[-1]
    assert year == d.year - era.start.year + 1 >= 1


names = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp"), blacklist_characters="\r\n"
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(family=names, given_name=names)
def test_utf8_csv_keeps_every_character(family: str, given_name: str) -> None:
    n = factory.tenkyo_single()
    n.persons[0].name.family = family
    n.persons[0].name.given = given_name
    buf = io.BytesIO()
    write_csv([n], buf)
    (back,) = read_csv(io.BytesIO(buf.getvalue()))
    assert back.persons[0].name.family == family
    assert back.persons[0].name.given == given_name


@settings(max_examples=60, deadline=None)
@given(family=names)
def test_cp932_csv_either_keeps_the_text_or_names_the_character(family: str) -> None:
    n = factory.tenkyo_single()
    n.persons[0].name.family = family
    buf = io.BytesIO()
    try:
        write_csv([n], buf, encoding="cp932")
    except CsvEncodingError as exc:
        assert exc.char in family
        try:
            exc.char.encode("cp932")
        except UnicodeEncodeError:
            pass
        else:  # the JIS-mapped symbols are translated, never reported
            assert exc.char in "\u2212\u301c\u2016\u00a2\u00a3\u00ac"
        assert buf.getvalue() == b""
        return
    (back,) = read_csv(io.BytesIO(buf.getvalue()), encoding="cp932")
    # Round trip up to the documented JIS → CP932 symbol mapping; nothing became "?".
    assert back.persons[0].name.family.count("?") == family.count("?")
    assert len(back.persons[0].name.family) == len(family)


hiragana = st.text(alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3096), max_size=10)


@given(hiragana)
def test_katakana_normalisation_is_idempotent_and_keeps_match_key(text: str) -> None:
    kata = to_katakana(text)
    assert to_katakana(kata) == kata
    assert match_key(kata) == match_key(text)
