"""A department route that is misconfigured is one line naming the route and the key — at
load time, in ``kiosk config check`` and when ``kiosk sync`` starts — and nothing is sent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from sync import service
from tests.sync.routes_helpers import kokuho_http, kosodate_csv

GOOD = """\
[departments.kokuho]
name = "国民健康保険課"
procedures = ["kokuho_join"]
adapter = "http"
url = "http://127.0.0.1:9"
household = ["address"]
person = ["person.name"]
"""


def env_for(tmp_path: Path) -> dict[str, str]:
    return {"KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"), "KIOSK_PRIVACY_KEY_STORE": "file"}


def load(tmp_path: Path, text: str) -> str:
    """The error ``load_config`` gives for ``text`` (the test fails if it loads)."""
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env=env_for(tmp_path))
    return str(caught.value).removeprefix(f"{path}: ")


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (("person = [\"person.name\"]", "person = [\"person.nmae\"]"),
         "[departments.kokuho] person: Value error, unknown person value 'person.nmae' "
         "(did you mean person.name?)"),
        (("household = [\"address\"]", "household = [\"my_number\"]"),
         "[departments.kokuho] household: Value error, unknown household value 'my_number'"),
        (("household = [\"address\"]", "household = [\"procedure.reason\"]"),
         "[departments.kokuho] household: Value error, 'procedure.reason' describes a related "
         "form"),
        (("household = [\"address\"]", "household = [\"reception_number\"]"),
         "[departments.kokuho] household: Value error, 'reception_number' is always sent"),
        (("procedures = [\"kokuho_join\"]", "procedures = [\"kokho_join\"]"),
         "[departments.kokuho] procedures: no related procedure 'kokho_join' in the rules "
         "(did you mean kokuho_join?)"),
        (("procedures = [\"kokuho_join\"]", "procedures = []"),
         "[departments.kokuho] procedures: List should have at least 1 item"),
        (("url = \"http://127.0.0.1:9\"\n", ""),
         "[departments.kokuho]: Value error, adapter http needs url"),
        (("adapter = \"http\"", "adapter = \"ftp\""),
         "[departments.kokuho] adapter: Input should be 'http' or 'csv'"),
        (("name = \"国民健康保険課\"\n", ""), "[departments.kokuho] name: Field required"),
        (("person = [\"person.name\"]", "person = [\"person.name\"]\ncolour = \"blue\""),
         "[departments.kokuho] colour: unknown key"),
        (("adapter = \"http\"", "adapter = \"csv\""),
         "[departments.kokuho]: Value error, url do(es) not apply to adapter csv"),
        (("[departments.kokuho]", "[departments.Kokuho]"),
         "[departments]: Value error, route name 'Kokuho' must be 1-32 lowercase ASCII"),
        (("[departments.kokuho]", "[departments.http]"),
         "[departments]: Value error, 'http' is the back office's route"),
        (("[departments.kokuho]", "[[departments]]"),
         "[departments]: Value error, write each route as a table [departments.<name>]"),
    ],
    ids=["person-typo", "household-unknown", "procedure-value", "identifying", "code-typo",
         "no-procedures", "http-no-url", "adapter", "no-name", "unknown-key", "csv-with-url",
         "bad-name", "reserved-name", "array-of-tables"],
)  # fmt: skip
def test_a_misconfigured_route_is_one_line_naming_route_and_key(
    tmp_path: Path, change: tuple[str, str], error: str
) -> None:
    old, new = change
    assert old in GOOD
    message = load(tmp_path, GOOD.replace(old, new))
    assert len(message.splitlines()) == 1, message
    assert message.startswith(error), message


def test_a_department_folder_shared_with_the_back_office_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "data" / "outbox"  # the back office's default drop folder
    message = load(tmp_path, kosodate_csv(shared))
    assert message == (
        f"[departments.kosodate] csv_dir: {shared.resolve()} is already the back office's "
        "[backoffice] csv_dir"
    )


def test_procedure_codes_are_checked_against_the_configured_rules(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[procedure]]\ncode = "kokuho_kanyu"\nname = "国保加入"\nreason = "加入します。"\n',
        encoding="utf-8",
    )
    text = f'[forms]\nrelated_rules = "{rules}"\n\n' + GOOD
    message = load(tmp_path, text)
    assert message == (
        "[departments.kokuho] procedures: no related procedure 'kokuho_join' in the rules "
        "(did you mean kokuho_kanyu?)"
    )
    (tmp_path / "kiosk.toml").write_text(text.replace("kokuho_join", "kokuho_kanyu"), "utf-8")
    config = load_config(tmp_path / "kiosk.toml", env=env_for(tmp_path))
    assert list(config.departments) == ["kokuho"]


def test_no_departments_is_the_default(tmp_path: Path) -> None:
    config = load_config(env=env_for(tmp_path))
    assert config.departments == {}
    assert set(service.build_adapters(config)) == {"csv"}


def test_sync_refuses_a_department_url_personal_data_may_not_go_to(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(kokuho_http("http://kokuho.example.lg.jp"), encoding="utf-8")
    env = {**os.environ, **env_for(tmp_path), "KIOSK_CONFIG": str(path),
           "KIOSK_DATABASE_URL": f"sqlite:///{tmp_path / 'k.sqlite3'}"}  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk.app", "sync", "--once"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 78
    assert proc.stderr.strip().splitlines() == [
        "kiosk: [departments.kokuho] url: plain http:// is refused for "
        "kokuho.example.lg.jp: personal data is sent only over https:// with a client "
        "certificate (http:// is allowed to this machine only)"
    ]
    check = subprocess.run(
        [sys.executable, "-m", "kiosk.app", "config", "check"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert check.returncode == 78
    assert "[departments.kokuho] url: plain http:// is refused" in check.stderr
    assert "Traceback" not in check.stderr


DOC = Path(__file__).resolve().parents[2] / "docs" / "department-routes.md"


def test_the_documented_example_loads_and_its_csv_header_is_the_derived_one(
    tmp_path: Path,
) -> None:
    from sync.department import csv_header

    blocks = DOC.read_text(encoding="utf-8").split("```")[1::2]
    example = blocks[0].removeprefix("\n")
    (tmp_path / "kiosk.toml").write_text(example, encoding="utf-8")
    config = load_config(tmp_path / "kiosk.toml", env=env_for(tmp_path))
    assert [(r, d.name, d.adapter) for r, d in config.departments.items()] == [
        ("kokuho", "国民健康保険課", "http"),
        ("kosodate", "子育て支援課", "csv"),
    ]
    documented_header = next(b for b in blocks if b.lstrip().startswith("notification_id,"))
    assert documented_header.strip().splitlines()[0].split(",") == csv_header(
        config.departments["kosodate"]
    )
