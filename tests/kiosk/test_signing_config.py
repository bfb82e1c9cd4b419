"""Where a municipality requires a handwritten signature: ``[counter] signature`` and its
per-kind exceptions, from the file and from the environment, errors in one line each."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, example_toml, load_config


def test_on_screen_by_default(tmp_path: Path) -> None:
    counter = load_config(env={}).counter
    assert [counter.signature_for(k) for k in ("tennyu", "tenkyo")] == ["screen", "screen"]


def test_paper_for_one_kind_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[counter]\nsignature = "screen"\n[counter.signature_by_kind]\ntennyu = "paper"\n',
        encoding="utf-8",
    )
    counter = load_config(path, env={}).counter
    assert counter.signature_for("tennyu") == "paper"
    assert counter.signature_for("tenkyo") == "screen"


def test_paper_everywhere_but_one_kind_from_the_environment() -> None:
    counter = load_config(
        env={
            "KIOSK_COUNTER_SIGNATURE": "paper",
            "KIOSK_COUNTER_SIGNATURE_BY_KIND": '{"tenshutsu": "screen"}',
        }
    ).counter
    assert counter.signature_for("setai_henko") == "paper"
    assert counter.signature_for("tenshutsu") == "screen"


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        ('[counter]\nsignature = "ink"\n', "[counter] signature"),
        ('[counter.signature_by_kind]\ntensei = "paper"\n', "unknown kind"),
        ('[counter.signature_by_kind]\ntennyu = "pen"\n', "signature_by_kind.tennyu"),
    ],
)
def test_a_wrong_setting_is_one_line_naming_it(tmp_path: Path, toml: str, said: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    message = str(caught.value)
    assert said in message and len(message.splitlines()) == 1


def test_the_example_file_holds_the_settings_and_loads(tmp_path: Path) -> None:
    text = example_toml()
    assert 'signature = "screen"' in text and "signature_by_kind = {}" in text
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    assert load_config(path, env={}).counter.signature == "screen"
