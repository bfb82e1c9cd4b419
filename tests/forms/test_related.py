"""Related procedures come from the rules file, with reasons, for the right persons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forms import Kind, Origin, RelatedProcedure
from forms.related import RulesFileError, default_rules, derive, load_rules
from tests.forms import factory


def by_code(procs: list[RelatedProcedure]) -> dict[str, RelatedProcedure]:
    return {p.code: p for p in procs}


def test_family_moving_in_gets_child_and_school_procedures() -> None:
    n = factory.tennyu_family()  # moved 2026-04-01; children born 2014-05-05 and 2024-03-03
    n.persons[0].answers = {"kokuho": True, "mynumber_card": True}
    got = by_code(derive(n))
    assert got["jido_teate"].persons == [2, 3]
    assert "山田\u3000一郎さん" in got["jido_teate"].reason
    assert got["shugaku"].persons == [2]  # 11 years old; the 2-year-old is not of school age
    assert got["kodomo_iryo"].persons == [2, 3]
    assert got["kokuho_join"].persons == [0]
    assert got["mynumber_card_address"].persons == [0]
    assert "kaigo_hoken" not in got and "koki_koreisha" not in got
    assert "inkan_haishi" not in got  # only on 転出


def test_moving_out_abroad_ends_the_seal_registration_and_offers_pension() -> None:
    n = factory.tenshutsu_abroad()  # born 1990: 36 on the move
    n.persons[0].answers = {"inkan": True}
    got = by_code(derive(n))
    assert "印鑑登録" in got["inkan_haishi"].name
    assert "返却" in got["inkan_haishi"].reason
    assert got["nenkin_abroad_voluntary"].persons == [0]
    n.persons[0].answers = {}
    assert "inkan_haishi" not in by_code(derive(n))


def test_elderly_get_late_stage_medical_and_care_insurance() -> None:
    n = factory.tenkyo_single()
    n.persons[0].birth_date = date(1950, 1, 1)  # 76
    got = by_code(derive(n))
    assert {"koki_koreisha", "kaigo_hoken"} <= set(got)
    n.persons[0].birth_date = date(1960, 1, 1)  # 66: care insurance, not 後期高齢
    got = by_code(derive(n))
    assert "kaigo_hoken" in got and "koki_koreisha" not in got


@pytest.mark.parametrize(
    ("born", "moved", "eligible"),
    [
        (date(2008, 4, 2), date(2027, 3, 31), True),  # 18 on 2026-04-02 → until 2027-03-31
        (date(2008, 4, 2), date(2027, 4, 1), False),
        (date(2008, 4, 1), date(2026, 3, 31), True),  # 18 reached 2026-03-31 (day before)
        (date(2008, 4, 1), date(2026, 4, 1), False),
    ],
)
def test_child_allowance_ends_the_march_after_eighteen(
    born: date, moved: date, eligible: bool
) -> None:
    n = factory.tennyu_family()
    n.persons = [n.persons[0], n.persons[2]]
    n.persons[1].birth_date = born
    n.todoke.moved_on = moved
    n.todoke.filed_on = moved
    assert ("jido_teate" in by_code(derive(n))) is eligible


@pytest.mark.parametrize(
    ("born", "on", "school"),
    [
        (date(2014, 4, 1), date(2020, 4, 1), True),  # 4/1 births start school a year earlier
        (date(2014, 4, 2), date(2020, 4, 1), False),
        (date(2014, 4, 2), date(2021, 4, 1), True),
        (date(2011, 4, 2), date(2027, 3, 31), True),  # end of 中学3年
        (date(2011, 4, 2), date(2027, 4, 1), False),
    ],
)
def test_school_age_boundaries(born: date, on: date, school: bool) -> None:
    n = factory.tenkyo_single()
    n.persons[0].birth_date = born
    n.todoke.moved_on = on
    n.todoke.filed_on = on
    assert ("shugaku" in by_code(derive(n))) is school


def test_household_procedure_needs_the_household_answer() -> None:
    n = factory.tenkyo_single()
    assert "dog_registration" not in by_code(derive(n))
    n.household.answers = {"dog": True}
    assert by_code(derive(n))["dog_registration"].persons == []


def test_from_abroad_adult_joins_the_national_pension() -> None:
    got = by_code(derive(factory.foreign_from_abroad()))
    assert got["nenkin_join_from_abroad"].persons == [0]
    assert "mynumber_card_address" not in got  # not for a move from abroad


def test_done_procedures_stay_done() -> None:
    n = factory.tennyu_family()
    n.related = [
        RelatedProcedure(code="jido_teate", name="児童手当", reason="x", done=True),
    ]
    assert by_code(derive(n))["jido_teate"].done


def test_unknown_birth_date_never_guesses_an_age() -> None:
    from forms import FlexDate

    n = factory.tenkyo_single()
    n.persons[0].birth_date = FlexDate(year=1950)
    assert "koki_koreisha" not in by_code(derive(n))


def test_municipality_file_changes_the_outcome(tmp_path: Path) -> None:
    f = tmp_path / "city.toml"
    f.write_text(
        """
[meta]
name = "清瀬市"
version = "1"

[[procedure]]
code = "kodomo_iryo"
name = "子ども医療費助成（中学生まで）"
kinds = ["tennyu"]
until_march_after_age = 15
reason = "{names}は中学生までの医療費助成の対象です（{kind}）。"
""",
        encoding="utf-8",
    )
    rules = load_rules(f)
    n = factory.tennyu_family()
    n.persons[2].birth_date = date(2009, 6, 1)  # 16: too old for this city's rule
    got = by_code(derive(n, rules))
    assert list(got) == ["kodomo_iryo"]
    assert got["kodomo_iryo"].persons == [3]
    assert got["kodomo_iryo"].reason.endswith("（転入）。")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[procedure]]\ncode="a"\nname="b"\nreason="c"\nkindz=["tennyu"]\n', "kindz"),
        ('[[procedure]]\ncode="a"\nname="b"\n', "reason"),
        ('[[procedure]]\ncode="a"\nname="b"\nreason="c"\nkinds=["moving"]\n', "moving"),
        ('[[procedure]]\ncode="a"\nname="b"\nreason="{who}"\n', "who"),
        ("[[procedure]\n", "TOML"),
    ],
)
def test_bad_rules_files_are_refused_with_a_named_cause(
    tmp_path: Path, body: str, message: str
) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(RulesFileError, match=message):
        load_rules(f)


def test_default_rules_cover_the_issue_list() -> None:
    codes = {r.code for r in default_rules().procedures}
    assert {
        "kokuho_join",
        "koki_koreisha",
        "kaigo_hoken",
        "nenkin_join_from_abroad",
        "jido_teate",
        "kodomo_iryo",
        "shugaku",
        "inkan_haishi",
    } <= codes
    assert Kind.TENSHUTSU.value and Origin.ABROAD.value
