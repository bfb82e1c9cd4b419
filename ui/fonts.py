"""The shipped fonts on screen: every face ``forms`` prints with, registered with Qt.

The resident screens and the staff console draw with the same OFL faces as the printed form
(BIZ UD for Japanese, Noto for 外字, Vietnamese, Hangul, simplified hanzi and Devanagari), found
through :func:`forms.fonts.shipped_files`, so a counter draws the same on every machine whatever
fonts the system has.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from forms.fonts import shipped_files

__all__ = ["load_shipped_fonts"]


def load_shipped_fonts() -> list[str]:
    """Register every shipped face with Qt (needs the Qt application); returns their families.

    Raises ``RuntimeError`` naming the file Qt cannot load: a damaged install must not fall back
    silently to whatever the machine has.
    """
    families: list[str] = []
    for path in shipped_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"cannot load the bundled font {path.name}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
