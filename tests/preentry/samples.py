"""Pre-entries and 転出証明書情報 the tests share: a family of four moving to 清瀬市, as typed on a
phone, and the certificate data their old municipality sends ahead."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: The day the tests' counter is open (and the phone made the code).
TODAY = date(2026, 11, 20)

#: The family of four (the card holder first), in the format's compact JSON (aliases as keys).
FAMILY: dict[str, Any] = {
    "l": "ja",
    "c": "2026-11-19",
    "k": "tennyu",
    "d": "2026-11-16",
    "a": {
        "z": "2040011",
        "p": "東京都",
        "m": "清瀬市",
        "t": "下清戸",
        "tk": "シモキヨト",
        "g": "132217",
        "b": "1-2-3",
        "h": "清瀬ハイツ201",
    },
    "p": [
        {"f": "黒桐", "g": "幹也", "fk": "こくとう", "gk": "みきや", "b": "1980-02-17"},
        {
            "f": "黒桐",
            "g": "鮮花",
            "fk": "コクトウ",
            "gk": "アザカ",
            "b": "1982-03-01",
            "s": "2",
            "r": "妻",
        },
        {
            "f": "黒桐",
            "g": "未那",
            "fk": "コクトウ",
            "gk": "ミナ",
            "b": "2015-06-01",
            "s": "2",
            "r": "子",
        },
        {
            "f": "黒桐",
            "g": "一",
            "fk": "コクトウ",
            "gk": "ハジメ",
            "b": "2018-09-09",
            "s": "1",
            "r": "子",
        },
    ],
    "h": 0,
    "q": {"kokuho": True, "shogai_techo": False, "dog": True},
}


@dataclass(frozen=True)
class Card:
    """The basic four as a card gives them (what :func:`forms.prefill_from_card` reads)."""

    name: str = "黒桐\u3000幹也"
    address: str = "東京都清瀬市観布子南１２－７－２０２"
    birth_date: date = date(1980, 2, 17)
    sex: str = "1"
    alerts: tuple[str, ...] = field(default=())


#: The 転出証明書情報 of the same household, as the back office's CSV (one row per person).
TENSHUTSU_CSV = (
    "申請番号,転出予定年月日,来庁予定日,転出元地方公共団体コード,転出元住所,転出先住所,世帯主氏名,"
    "氏,名,氏フリガナ,名フリガナ,生年月日,性別,続柄,住民票コード,本籍,筆頭者\r\n"
    "ON-20261101-0042,2026-11-15,2026-11-20,132217,東京都清瀬市観布子南１２－７－２０２,"
    "東京都清瀬市下清戸１－２－３,黒桐　幹也,黒桐,幹也,コクトウ,ミキヤ,1980-02-17,1,世帯主,"
    "12345678903,東京都清瀬市観布子南１２,黒桐　幹也\r\n"
    "ON-20261101-0042,2026-11-15,2026-11-20,132217,東京都清瀬市観布子南１２－７－２０２,"
    "東京都清瀬市下清戸１－２－３,黒桐　幹也,黒桐,鮮花,コクトウ,アザカ,1982-03-01,2,妻,"
    "23456789013,東京都清瀬市観布子南１２,黒桐　幹也\r\n"
)
