"""Complete, fileable notifications of every kind, built in code for tests to vary one field."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from uuid import UUID

from forms import (
    Address,
    Filer,
    FilerKubun,
    ForeignItems,
    Household,
    IdCheck,
    Kind,
    Notification,
    Origin,
    Person,
    PersonName,
    ResidentType,
    SetaiHenkoKubun,
    Signature,
    Stroke,
    TenshutsuShomei,
    Todoke,
)

TODAY = date(2026, 4, 10)


def signature() -> Signature:
    """A short two-stroke signature (a ring and a tail), as a touch screen would record it."""
    ring = [(0.1 + 0.08 * i, 0.5 + (0.25 if i % 2 else -0.25)) for i in range(8)]
    tail = [(0.75 + 0.02 * i, 0.3 + 0.05 * i) for i in range(8)]
    return Signature(
        strokes=[Stroke(points=ring, t_ms=[i * 16 for i in range(8)]), Stroke(points=tail)],
        signed_at=datetime(2026, 4, 10, 10, 5, tzinfo=UTC),
    )


def kiyose_address() -> Address:
    return Address(
        postal_code="204-0011",
        lg_code="132217",
        prefecture="東京都",
        municipality="清瀬市",
        town="下清戸",
        banchi="一丁目２２３番地",
        katagaki="清瀬ハイツ２０２号室",
        kana="シモキヨト",
        katagaki_kana="キヨセハイツ",
    )


def sapporo_address() -> Address:
    return Address(
        postal_code="060-0001",
        lg_code="011011",
        prefecture="北海道",
        municipality="札幌市中央区",
        town="北一条西",
        banchi="２丁目１番地",
    )


def person(
    family: str,
    given: str,
    fk: str,
    gk: str,
    born: date,
    sex: str,
    rel: str,
    code: str | None = "12345678903",
) -> Person:
    return Person(
        name=PersonName(family=family, given=given, family_kana=fk, given_kana=gk),
        birth_date=born,
        sex=sex,  # type: ignore[arg-type]
        relationship=rel,
        honseki="北海道札幌市中央区北一条西二丁目１番地",
        hittosha="山田　太郎",
        juminhyo_code=code,
    )


def family_of_four() -> list[Person]:
    return [
        person("山田", "太郎", "ヤマダ", "タロウ", date(1985, 6, 1), "1", "世帯主", "12345678903"),
        person("山田", "花子", "ヤマダ", "ハナコ", date(1987, 9, 15), "2", "妻", "12345678911"),
        person("山田", "一郎", "ヤマダ", "イチロウ", date(2014, 5, 5), "1", "子", "12345678920"),
        person("山田", "桜", "ヤマダ", "サクラ", date(2024, 3, 3), "2", "子", "12345678938"),
    ]


def filer_of(p: Person) -> Filer:
    return Filer(
        kubun=FilerKubun.SETAINUSHI if p.relationship == "世帯主" else FilerKubun.HONNIN,
        name=p.name.model_copy(),
        phone="042-000-0000",
        id_check=IdCheck(document="マイナンバーカード", method="ic"),
        signature=signature(),
    )


FIXED_ID = UUID("00000000-0000-4000-8000-000000000001")


def tennyu_family() -> Notification:
    """転入 of a family of four from Sapporo to Kiyose, with paper 転出証明書."""
    persons = family_of_four()
    return Notification(
        id=FIXED_ID,
        kind=Kind.TENNYU,
        todoke=Todoke(
            filed_on=TODAY,
            moved_on=date(2026, 4, 1),
            tenshutsu_shomei=TenshutsuShomei.PAPER,
        ),
        filer=filer_of(persons[0]),
        new_address=kiyose_address(),
        previous_address=sapporo_address(),
        previous_head_name="山田　太郎",
        household=Household(head_name="山田　太郎", head_name_kana="ヤマダ　タロウ"),
        persons=persons,
    )


def tenkyo_single() -> Notification:
    p = person("佐藤", "美咲", "サトウ", "ミサキ", date(1998, 12, 24), "2", "世帯主", None)
    return Notification(
        kind=Kind.TENKYO,
        todoke=Todoke(filed_on=TODAY, moved_on=date(2026, 4, 5)),
        filer=filer_of(p),
        new_address=kiyose_address(),
        previous_address=Address(
            postal_code="204-0021",
            lg_code="132217",
            prefecture="東京都",
            municipality="清瀬市",
            town="元町",
            banchi="一丁目５番３号",
        ),
        household=Household(head_name="佐藤　美咲"),
        persons=[p],
    )


def tenshutsu_abroad() -> Notification:
    p = person("鈴木", "健", "スズキ", "ケン", date(1990, 1, 20), "1", "世帯主", None)
    return Notification(
        kind=Kind.TENSHUTSU,
        todoke=Todoke(filed_on=TODAY, moved_on=date(2026, 4, 20), origin=Origin.ABROAD),
        filer=filer_of(p),
        previous_address=kiyose_address(),
        destination=Address(
            country="ドイツ", country_code="DEU", foreign_address="Berlin, Germany"
        ),
        household=Household(head_name="鈴木　健"),
        persons=[p],
    )


def setai_bunri() -> Notification:
    p = person("山田", "一郎", "ヤマダ", "イチロウ", date(2000, 5, 5), "1", "世帯主", None)
    return Notification(
        kind=Kind.SETAI_HENKO,
        todoke=Todoke(filed_on=TODAY, moved_on=date(2026, 4, 8), setai_henko=SetaiHenkoKubun.BUNRI),
        filer=filer_of(p),
        new_address=kiyose_address(),
        household=Household(
            scope="part", new_head_name="山田　一郎", former_head_name="山田　太郎"
        ),
        persons=[p],
    )


def foreign_from_abroad() -> Notification:
    p = Person(
        resident_type=ResidentType.FOREIGN,
        name=PersonName(
            family="NGUYEN", given="VAN AN", family_kana="グエン", given_kana="ヴァン　アン"
        ),
        birth_date=date(1999, 7, 14),
        sex="1",
        relationship="世帯主",
        foreign=ForeignItems(
            name_roman="NGUYEN VAN AN",
            nationality="ベトナム",
            nationality_code="VNM",
            kubun_30_45="01",
            status_of_residence="T71",
            period_of_stay="3年",
            period_expires_on=date(2029, 3, 31),
            card_number="AB12345678CD",
            became_resident_on=date(2026, 4, 2),
        ),
    )
    return Notification(
        kind=Kind.TENNYU,
        todoke=Todoke(
            filed_on=TODAY,
            moved_on=date(2026, 4, 2),
            origin=Origin.ABROAD,
            tenshutsu_shomei=TenshutsuShomei.NONE,
        ),
        filer=Filer(
            name=p.name.model_copy(),
            id_check=IdCheck(document="在留カード", method="ic"),
            signature=signature(),
        ),
        new_address=kiyose_address(),
        previous_address=Address(
            country="ベトナム", country_code="VNM", foreign_address="Hanoi, Viet Nam"
        ),
        household=Household(head_name="NGUYEN　VAN AN"),
        persons=[p],
    )


def card_identity(
    name: str = "黒桐　幹也",
    address: str = "東京都清瀬市観布子南１２－７－２０２",
    birth: date = date(1980, 2, 17),
    sex: str = "1",
) -> SimpleNamespace:
    """Something shaped like the card reader's identity (forms does not import it)."""
    return SimpleNamespace(name=name, address=address, birth_date=birth, sex=sex)


ALL = {
    "tennyu_family": tennyu_family,
    "tenkyo_single": tenkyo_single,
    "tenshutsu_abroad": tenshutsu_abroad,
    "setai_bunri": setai_bunri,
    "foreign_from_abroad": foreign_from_abroad,
}
