"""ui.staff.layout without a screen: groups, labels, Japanese values and source marks."""

from __future__ import annotations

from typing import Any

from tests.staff.conftest import family_tennyu, file_notification
from ui.staff.layout import finding_groups, lay_out


def test_the_review_layout(service: Any, reviewer: Any, staff_storage: Any) -> None:
    n = family_tennyu(gaiji=True)
    file_notification(staff_storage, n)
    review = service.open(reviewer, n.id)
    rows = {r.path: r for r in lay_out(review)}
    assert rows["previous_address.prefecture"].section == "従前の住所"
    assert rows["persons.1.name.given"].section == "異動者2・氏名"
    assert rows["persons.1.sex"].value == "女" and ("2", "女") in rows["persons.1.sex"].choices
    assert rows["todoke.tenshutsu_shomei"].value == "紙の転出証明書"
    assert rows["todoke.moved_on"].value.startswith("令和") and rows[
        "todoke.moved_on"
    ].value.endswith("）")
    assert rows["todoke.moved_on"].editable_text.startswith("令和")
    assert rows["persons.3.juminhyo_code"].value == n.persons[3].juminhyo_code
    assert "destination.prefecture" not in rows  # empty and nothing to fix
    assert rows["new_address.lg_code"].source_mark == "◇ 自動算出"
    assert rows["filer.id_check.method"].value == "ICチップ読取"
    assert rows["filer.id_check.method"].source == "derived"
    assert rows["persons.0.name.family"].findings[0].headline == "外字"
    # One entry per message, naming every field it concerns in words.
    [gaiji] = [g for g in finding_groups(review, list(rows.values())) if "外字" in g.tag]
    assert "異動者1・氏名　氏" in gaiji.where and len(gaiji.where) == len(set(gaiji.where))
