"""The IT documentation stays true: what it names exists, and what it generates is current.

- the configuration reference and the exit-status table are generated from the code;
- every ``kiosk …`` command line the guides show runs through the real argument parser (the
  sub-commands and options exist), every setting they name (``[section] key``, ``KIOSK_*``
  variables, ``toml`` examples) is a setting, every exit status they quote is in the table;
- every ``install.sh`` option they give is one the script takes, every file of the project they
  point to exists, every link resolves;
- the README opens with what the project is, keeps its two command lines exactly runnable, and
  links every guide.
"""

from __future__ import annotations

import argparse
import difflib
import re
import shlex
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app.cli import build_parser
from kiosk.config import SECTIONS
from kiosk.errors import ExitCode
from tests.packaging.conftest import ROOT

DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "packaging" / "linux" / "README.md",
]
GUIDES = sorted((ROOT / "docs").glob("*.md"))
DEMO = "bash scripts/setup.sh && .venv/bin/kiosk demo"
TESTS = "bash scripts/setup.sh && .venv/bin/python -m pytest"
SEPARATORS = {"|", "||", "&", "&&", ";", ">", ">>", "<", "2>&1", "(", ")"}
PROJECT_DIRS = ("packaging/", "docs/", "forms/", "kiosk/", "scripts/", "ui/", "sync/",
                "cardreader/", "tests/", "benchmarks/", ".ci/")  # fmt: skip


def _generated(script: str) -> str:
    return subprocess.run(
        [sys.executable, str(ROOT / "packaging" / script)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def test_configuration_reference_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert committed == _generated("gen_config_docs.py"), (
        "docs/configuration.md is stale: run "
        ".venv/bin/python packaging/gen_config_docs.py > docs/configuration.md"
    )


def test_exit_status_table_is_up_to_date_and_complete() -> None:
    committed = (ROOT / "docs" / "exit-codes.md").read_text(encoding="utf-8")
    assert committed == _generated("gen_exit_codes.py"), (
        "docs/exit-codes.md is stale: run "
        ".venv/bin/python packaging/gen_exit_codes.py > docs/exit-codes.md"
    )
    rows = re.findall(r"^\| (\d+) \|", committed, flags=re.MULTILINE)
    assert sorted(int(r) for r in rows) == sorted(int(c) for c in ExitCode)
    assert len(rows) == len(set(rows)), "an exit status means one thing"


def test_configuration_reference_names_every_key_and_its_variable() -> None:
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for section_name, section in SECTIONS.items():
        assert f"## `[{section_name}]`" in text
        for key in section.model_fields:
            assert f"`KIOSK_{section_name.upper()}_{key.upper()}`" in text


# -- what the guides name -----------------------------------------------------------------------


def code_of(text: str) -> Iterator[tuple[str, str]]:
    """``(language, code)`` of every fenced block and inline code span."""
    fences = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
    for match in fences.finditer(text):
        yield match.group(1), match.group(2)
    prose = fences.sub("", text)
    for span in re.findall(r"``?([^`\n]+)``?", prose):
        yield "", span


def _tokens(line: str) -> list[str]:
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        return list(lexer)
    except ValueError:
        return line.split()


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {o for action in parser._actions for o in action.option_strings}


def _is_command(token: str, following: list[str], top: dict[str, object]) -> bool:
    if "://" in token:  # a database URL ending in /kiosk
        return False
    name = re.split(r"[/\\]", token.strip("\"'"))[-1]
    if name in ("kiosk.exe", "kioskw.exe") or (name == "kiosk" and re.search(r"[/\\]", token)):
        return True
    if name != "kiosk" or not following:
        return False
    nxt = following[0]
    if nxt in top or nxt in ("--config", "--debug", "--version", "--help"):
        return True
    # A misspelt sub-command still counts (and fails); "kiosk" as a user or database name not.
    return bool(difflib.get_close_matches(nxt, list(top), n=1, cutoff=0.75))


def command_lines(text: str) -> Iterator[list[str]]:
    """The arguments of every ``kiosk`` command line in the code of ``text``."""
    top = _subcommands(build_parser())
    for _lang, code in code_of(text):
        for line in code.replace("\\\n", " ").splitlines():
            tokens = _tokens(line)
            for i, token in enumerate(tokens):
                rest = tokens[i + 1 :]
                if not _is_command(token, rest, top):
                    continue
                args = []
                for t in rest:
                    if t in SEPARATORS:
                        break
                    args.append(t)
                yield args


def problem_with(args: list[str]) -> str | None:
    """What is wrong with ``kiosk ARGS`` for the real parser (None: nothing)."""
    parser = build_parser()
    global_options = _options(parser)
    i = 0
    while i < len(args) and args[i].startswith("--"):
        if args[i] not in global_options:
            return f"no global option {args[i]}"
        i += 2 if args[i] == "--config" else 1
    current = parser
    while (choices := _subcommands(current)) and i < len(args):
        word = args[i]
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            return None  # a placeholder (COMMAND, …): nothing more to check
        if word not in choices:
            return f"no command {word!r} here (known: {', '.join(choices)})"
        current = choices[word]
        i += 1
    known = _options(current) | global_options
    for word in args[i:]:
        option = word.split("=", 1)[0]
        if option.startswith("--") and option not in known:
            return f"no option {option} (known: {', '.join(sorted(known))})"
    return None


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_command_line_in_the_guides_parses(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    problems = []
    for args in command_lines(text):
        problem = problem_with(args)
        if problem:
            problems.append(f"kiosk {' '.join(args)}: {problem}")
    assert problems == []


def test_the_command_line_check_catches_mistakes() -> None:
    """The check above can fail: a misspelt command, option or setting is caught."""
    found = list(command_lines("Run `kiosk staf list` or `kiosk doctor --jsn`."))
    assert [problem_with(args) is not None for args in found] == [True, True]
    assert problem_with(["staff", "add", "x", "--name", "n", "--role", "受付"]) is None
    assert list(command_lines("`createdb --owner kiosk --encoding UTF8 kiosk`")) == []
    assert setting_problems("see `[counter] screen_inch` and `KIOSK_COUNTER_SCREN_INCHES`") == [
        "[counter] screen_inch",
        "KIOSK_COUNTER_SCREN_INCHES",
    ]


def setting_problems(text: str) -> list[str]:
    """Settings named in the code of ``text`` that do not exist."""
    bad = []
    known_variables = {"KIOSK_CONFIG"} | {
        f"KIOSK_{s.upper()}_{k.upper()}" for s, section in SECTIONS.items()
        for k in section.model_fields
    }  # fmt: skip
    for lang, code in code_of(text):
        if lang == "toml":
            for section, values in tomllib.loads(code).items():
                if section not in SECTIONS:
                    bad.append(f"[{section}]")
                    continue
                bad.extend(
                    f"[{section}] {k}" for k in values if k not in SECTIONS[section].model_fields
                )
            continue
        for section, key in re.findall(r"\[([a-z_]+)\]\s+([a-z_]+)", code):
            if section not in SECTIONS or key not in SECTIONS[section].model_fields:
                bad.append(f"[{section}] {key}")
        for name in re.findall(r"\bKIOSK_[A-Z0-9_]+", code):
            if name not in known_variables:
                bad.append(name)
    return bad


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_setting_the_guides_name_exists(doc: Path) -> None:
    assert setting_problems(doc.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_exit_status_the_guides_quote_is_in_the_table(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    quoted = {int(n) for n in re.findall(r"exit(?:s| status(?:es)?) (\d+)", text)}
    assert quoted <= {int(c) for c in ExitCode}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_install_options_files_and_links_exist(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    script = (ROOT / "packaging" / "linux" / "install.sh").read_text(encoding="utf-8")
    taken = set(re.findall(r"^\s+(--[a-z-]+)\)", script, flags=re.MULTILINE))
    problems = []
    for _lang, code in code_of(text):
        for line in code.replace("\\\n", " ").splitlines():
            tokens = _tokens(line)
            for i, token in enumerate(tokens):
                if token.endswith("install.sh"):
                    for word in tokens[i + 1 :]:
                        if word in SEPARATORS:
                            break
                        if word.startswith("--") and word not in taken:
                            problems.append(f"install.sh {word}")
        for path in re.findall(r"(?:^|[\s`\"(])((?:\.ci|[a-z]+)/[\w./-]+)", code):
            if path.startswith(PROJECT_DIRS) and not (ROOT / path.rstrip("/.")).exists():
                problems.append(path)
        for installed in re.findall(r"/opt/kiosk/current/(packaging/[\w./-]+)", code):
            if not (ROOT / installed).exists():
                problems.append(installed)
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" not in target and not (doc.parent / target).exists():
            problems.append(f"link {target}")
    assert problems == []


# -- the README -----------------------------------------------------------------------------------


def test_readme_says_what_the_project_is_first_and_keeps_its_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# 書かない窓口")
    first_code = next(i for i, line in enumerate(lines) if line.startswith("```"))
    prose = [line for line in lines[1:first_code] if line.strip()]
    assert prose, "the README says what the project is before its commands"
    # …and the two commands are still in its first lines, where a newcomer looks for them.
    assert first_code < 10
    commands = [line.split("#")[0].strip() for line in lines if line.startswith("bash ")]
    assert commands == [DEMO, TESTS]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TESTS in ci


def test_readme_links_every_guide() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(docs/([^)]+)\)", text))
    assert {p.name for p in GUIDES} <= linked
