"""The languages of the resident screens and the Qt translators that carry them.

Every string a resident reads is written once, in Japanese, in the QML files (``qsTr``) and
translated with Qt's own tooling: ``resident_<code>.ts`` (edited in Qt Linguist, kept in git) is
compiled by ``lrelease`` to ``resident_<code>.qm`` (also kept in git, so a counter needs no Qt
tools). Japanese is the source language and needs no file.

やさしい日本語 (``ja-easy``, easy Japanese for residents still learning the language) is a
translation like any other; its strings carry furigana as ``{漢字|かんじ}`` marks that the
``RubyLabel`` QML type draws as ruby above the base text (every kanji gets a reading).

After changing a string in the QML, update every language and compile (from ``ui/resident``)::

    pyside6-lupdate qml/*.qml qml/screens/*.qml -no-obsolete -locations relative \
        -source-language ja -ts translations/resident_en.ts        # … and each other .ts
    pyside6-linguist translations/resident_en.ts                   # translate
    pyside6-lrelease translations/resident_en.ts -qm translations/resident_en.qm

``tests/ui/test_translations.py`` fails while any string lacks a translation or a ``.qm`` is
stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).parent / "translations"


@dataclass(frozen=True)
class Language:
    """One language offered on the welcome screen.

    ``keyboard`` is the Qt Virtual Keyboard locale used for free text (方書, country names):
    Japanese input (kana→kanji) for Japanese speakers, the speaker's own layout otherwise; the
    keyboard's language key switches to Japanese when a building name is written in kanji.
    """

    code: str
    native_name: str
    qt_locale: str
    keyboard: str

    @property
    def qm_path(self) -> Path | None:
        """The compiled translation, or None for the source language (日本語)."""
        if self.code == "ja":
            return None
        return I18N_DIR / f"resident_{self.code.replace('-', '_')}.qm"

    @property
    def ts_path(self) -> Path | None:
        """The editable translation source, or None for the source language."""
        qm = self.qm_path
        return None if qm is None else qm.with_suffix(".ts")


LANGUAGES: tuple[Language, ...] = (
    Language("ja", "日本語", "ja_JP", "ja_JP"),
    Language("ja-easy", "やさしい にほんご", "ja_JP", "ja_JP"),
    Language("en", "English", "en_US", "en_US"),
    Language("zh", "中文", "zh_CN", "zh_CN"),
    Language("ko", "한국어", "ko_KR", "ko_KR"),
    Language("vi", "Tiếng Việt", "vi_VN", "vi_VN"),
    Language("pt", "Português", "pt_BR", "pt_BR"),
    Language("es", "Español", "es_ES", "es_ES"),
    Language("fil", "Filipino", "fil_PH", "en_US"),
    Language("ne", "नेपाली", "ne_NP", "en_US"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}


def offered(codes: list[str] | None) -> tuple[Language, ...]:
    """The languages to show, in the welcome screen's order; Japanese is always first.

    ``codes`` comes from the configuration (``[forms] languages``); None offers them all. A code
    we have no translation for is ignored rather than shown untranslated.
    """
    if codes is None:
        return LANGUAGES
    wanted = set(codes) | {"ja"}
    return tuple(lang for lang in LANGUAGES if lang.code in wanted)


class Translations:
    """Installs the translator of one language at a time into the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.current = BY_CODE["ja"]

    def use(self, code: str) -> Language:
        """Switch to ``code``; raises KeyError for a language we do not have."""
        lang = BY_CODE[code]
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        qm = lang.qm_path
        if qm is not None:
            translator = QTranslator(self._app)
            if not translator.load(str(qm)):
                raise FileNotFoundError(f"translation {qm.name} is missing or unreadable")
            self._app.installTranslator(translator)
            self._translator = translator
        self.current = lang
        return lang

    def remove(self) -> None:
        """Take this window's translator out of the application (the window is closing; the
        next window, or another in the process, starts in Japanese)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        self.current = BY_CODE["ja"]
