"""Every character the staff console can show is drawn by the fonts the project ships.

The console's words live in string literals of the desk's modules (labels, marks, messages);
a mark such as ⚠ or ⚙ that no shipped font has would be drawn by whatever the machine has, or
as a box on a counter installed from the docs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import forms.fonts

ROOT = Path(__file__).resolve().parents[2]
#: The modules whose strings reach a clerk's screen.
SOURCES = [
    *sorted((ROOT / "ui" / "staff").glob("*.py")),
    ROOT / "kiosk" / "staff_messages.py",
    ROOT / "kiosk" / "staff_reasons.py",
    ROOT / "kiosk" / "review.py",
    ROOT / "kiosk" / "day_view.py",
    ROOT / "forms" / "fields.py",
    ROOT / "forms" / "correction.py",
]


def _shown_text(path: Path) -> str:
    """The string literals of a module, without its docstrings (never on screen)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return "".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    )


def test_every_character_of_the_desk_is_in_the_shipped_fonts() -> None:
    missing = {
        path.relative_to(ROOT).as_posix(): sorted(forms.fonts.missing_glyphs(_shown_text(path)))
        for path in SOURCES
    }
    missing = {where: chars for where, chars in missing.items() if chars}
    assert not missing, f"characters no shipped font draws: {missing}"
