"""What a clerk reads on the printed form: times in the counter's zone, 世帯変更 said once.

Times are stored in UTC. A form signed at 07:19 on 12月1日 in Tokyo is 22:19 on 30 November in
UTC: the form and the receipt must say 令和8年12月1日 07:19, the counter's day and hour.
"""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from forms import Notification, SetaiHenkoKubun, render_pdf, render_receipt
from forms.related import derive
from tests.forms import factory
from tests.forms.pdfcheck import page_texts, render_page, save, squash

SIGNED = datetime(2026, 11, 30, 22, 19, tzinfo=UTC)  # 令和8年12月1日 07:19 in Tokyo
ENTERED = datetime(2026, 11, 30, 22, 20, tzinfo=UTC)
REVIEWED = datetime(2026, 11, 30, 23, 5, tzinfo=UTC)


def filed_at_dawn() -> Notification:
    n = factory.tennyu_family()
    n.filer.signature.signed_at = SIGNED
    n.jimu.reception_number = "R8-000007"
    n.jimu.entered_at = ENTERED
    n.jimu.reviewed_at = REVIEWED
    n.jimu.status = "本登録"
    n.related = derive(n)
    return n


def test_form_prints_every_time_in_the_counters_zone() -> None:
    n = filed_at_dawn()
    data = render_pdf(n)  # the counter's zone by default: Asia/Tokyo
    path = save("times_tokyo.pdf", data)
    render_page(path, 1)
    text = squash(page_texts(data)[0])
    assert "署名日時令和8年12月1日07:19" in text
    assert "入力日時令和8年12月1日07:20" in text
    assert "審査日時令和8年12月1日08:05" in text
    assert "11月30日" not in text
    assert "22:19" not in text


def test_another_counters_zone_is_honoured() -> None:
    n = filed_at_dawn()
    text = squash(page_texts(render_pdf(n, tz=ZoneInfo("UTC")))[0])
    assert "署名日時令和8年11月30日22:19" in text
    honolulu = squash(page_texts(render_pdf(n, tz=ZoneInfo("Pacific/Honolulu")))[0])
    assert "署名日時令和8年11月30日12:19" in honolulu


def test_receipt_prints_the_time_received_in_the_counters_zone() -> None:
    n = filed_at_dawn()
    data = render_receipt(n, counter_name="清瀬市　1番窓口")
    path = save("receipt_times_tokyo.pdf", data)
    render_page(path, 1)
    text = squash(page_texts(data)[0])
    assert "受付日時令和8年12月1日07:20" in text
    assert "11月30日" not in text


def kind_box(pdf: bytes, name: str, next_row: str = "変更した日") -> str:
    """The lines of the 異動の種類 box, as pdftotext lays the page out."""
    path = save(f"{name}.pdf", pdf)
    render_page(path, 1)
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    start = next(k for k, line in enumerate(out) if "異動の種類" in line)
    end = next(k for k, line in enumerate(out) if next_row in line)
    return "\n".join(out[max(0, start - 1) : end])


def captions(box: str) -> str:
    """The box without its row title and the 異動事由 code (whose official name for 52 is
    世帯変更: the code list's wording, printed beside its number)."""
    return re.sub(r"異動事由\s+\d{2}\s+\S+", "", box.replace("世帯変更の区分", ""))


def test_kind_box_says_setai_henko_once() -> None:
    n = factory.setai_bunri()
    n.todoke.setai_henko = SetaiHenkoKubun.KOSEI_HENKO
    box = kind_box(render_pdf(n), "setai_kosei_henko")
    assert captions(box).count("世帯変更") == 1, box
    assert "52 世帯変更" in re.sub(r"\s+", " ", box)  # the 異動事由 with its code
    # The 区分 row names each change by what sets it apart.
    for caption in ("世帯分離", "世帯合併", "世帯主変更", "構成変更"):
        assert caption in box
    # A 転入 form has one 世帯変更 box too, and the 区分 row under it.
    tennyu = kind_box(render_pdf(factory.tennyu_family()), "tennyu_kind_box", "転入した日")
    assert captions(tennyu).count("世帯変更") == 1, tennyu
