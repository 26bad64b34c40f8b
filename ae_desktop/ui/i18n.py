"""The interface language: Korean or English, from the system locale or View → Language.

Every user-visible string goes through ``QCoreApplication.translate(context, text)``
(or ``QT_TRANSLATE_NOOP`` for tables defined at import time, translated where they
are shown).  ``pyside6-lupdate`` extracts them into ``resources/i18n/ae_desktop_ko.ts``
and ``pyside6-lrelease`` compiles ``ae_desktop_ko.qm``, which ships with the app
(``tools/update_translations.py`` does both).  English is the source language, so it
needs no file.

The choice is the settings key :data:`LANGUAGE_SETTING`: ``"system"`` (the default:
Korean when the system locale is Korean, else English), ``"en"`` or ``"ko"``.  It is
applied when the application starts (:func:`install_translators`); View → Language
saves it and offers to restart, because widgets built in one language keep their texts.

Hangul needs a font that has it: Windows and macOS always have one, many Linux systems
(and containers) do not. The app ships NanumGothic (``resources/fonts``, SIL Open Font
License); :func:`load_bundled_fonts` registers it and, for Korean on a system without
a Hangul font, adds it to the application font's families, so that Qt takes the Hangul
glyphs from it and everything else from the usual font.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from ..core.data.idx import RESOURCES_DIR

LANGUAGE_SETTING = "view/language"
I18N_DIR = RESOURCES_DIR / "i18n"
FONTS_DIR = RESOURCES_DIR / "fonts"
# Fonts shipped for the languages whose script a system may lack: language → files.
BUNDLED_FONTS = {"ko": ("NanumGothic.ttf",)}
# Language code → its name in that language (menus show each language in its own words).
LANGUAGES = {"en": "English", "ko": "한국어"}
CHOICES = ("system", *LANGUAGES)


def qm_path(language: str) -> Path:
    return I18N_DIR / f"ae_desktop_{language}.qm"


def system_language() -> str:
    """``"ko"`` when the system locale is Korean, else ``"en"``."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def resolve_language(choice: str | None) -> str:
    """The language to show for a settings value (unknown values mean "system")."""
    choice = (choice or "system").strip().lower()
    if choice in LANGUAGES:
        return choice
    return system_language()


def chosen_language(settings: QSettings | None = None) -> str:
    """The settings value, normalised to one of :data:`CHOICES`."""
    s = settings if settings is not None else QSettings()
    value = str(s.value(LANGUAGE_SETTING, "system") or "system").strip().lower()
    return value if value in CHOICES else "system"


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Load the app's and Qt's own translations for ``language``; returns what loaded.

    Replaces translators installed earlier by this function (tests switch languages).
    English installs nothing: the source texts are English.
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "en":
        return []
    loaded = []
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append(str(qm_path(language)))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)  # Qt's own texts: the buttons of message boxes and dialogs
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
        loaded.append(f"{qt_dir}/qtbase_{language}")
    return loaded


def bundled_font_path(language: str = "ko") -> Path:
    """The shipped font file for ``language``'s script (for drawing text outside Qt, e.g.
    with PIL into an exported PNG: PIL's own font has no Hangul)."""
    return FONTS_DIR / BUNDLED_FONTS[language][0]


def _font_families(writing_system: QFontDatabase.WritingSystem) -> set[str]:
    return set(QFontDatabase.families(writing_system))


_registered: dict[str, list[str]] = {}  # font file → its families (registered once)


def load_bundled_fonts(app, language: str) -> list[str]:
    """Register the fonts shipped for ``language`` and make sure its script renders.

    Call after the QApplication exists. Registering is cheap and happens once per file.
    For Korean, when no font the system knows covers Hangul, the registered family is
    added after the application font's own families: Qt then takes each missing glyph
    from it. A system Hangul font (Malgun Gothic, Apple SD Gothic Neo, Noto Sans CJK…)
    is left to do the job: it matches the desktop. Returns the families registered.
    """
    families: list[str] = []
    for name in BUNDLED_FONTS.get(language, ()):
        path = FONTS_DIR / name
        if str(path) not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            _registered[str(path)] = (QFontDatabase.applicationFontFamilies(font_id)
                                      if font_id >= 0 else [])
        families += _registered[str(path)]
    if language == "ko" and families and not system_has_hangul_font(exclude=families):
        font = app.font()
        wanted = [*font.families(), *(f for f in families if f not in font.families())]
        if wanted != font.families():
            font.setFamilies(wanted)
            app.setFont(font)
    return families


def system_has_hangul_font(exclude: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether a font other than ``exclude`` (the ones this app registered) covers Hangul."""
    return bool(_font_families(QFontDatabase.WritingSystem.Korean) - set(exclude))


def tr(context: str, text: str) -> str:
    """Shorthand for ``QCoreApplication.translate`` (lupdate does not see calls to this:
    use it only for texts marked elsewhere with ``QT_TRANSLATE_NOOP``)."""
    return QCoreApplication.translate(context, text)
