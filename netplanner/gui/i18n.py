"""The user interface language: which one to use, and the Qt translators and default locale that speak it.

`install_translators(app, language)` is called at start, before any window is built. `language` is the
Settings choice (the "language" setting: "" follows the system, "sv", "en"). It loads our own
`netplanner_<lang>.qm` from resources/translations/ and Qt's `qtbase_<lang>.qm` (the words of standard
dialogs and buttons), puts the core's translated wording in place (`domain_text.install`: planner reasons,
coverage flags, the review checklist), and makes `QLocale.setDefault` match, so dates, numbers, week
numbers and the first day of the week follow the language. Calling it again replaces what an earlier call
installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netplanner.gui import domain_text
from netplanner.gui.models.base import ENUM_LABELS
from netplanner.paths import resource

#: The languages the interface speaks. English is the source language: its catalog only holds plurals.
LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}
FALLBACK = "en"
CATALOG_PREFIX = "netplanner_"

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default locale before the first install, for uninstall


def available_languages() -> dict[str, str]:
    """Language code -> the language's own name ("sv" -> "Svenska"), in a stable order."""
    return dict(LANGUAGES)


def translations_dir() -> str:
    return str(resource("translations"))


def _base(code: str) -> str:
    """"sv-SE", "sv_FI" or "SV" -> "sv"."""
    return code.replace("-", "_").split("_", 1)[0].lower()


def resolve_language(language: str, system: QLocale | None = None) -> str:
    """The language to use for a setting: the chosen one if we have it, else the first of the system's
    preferred interface languages that we have, else English."""
    chosen = _base(language.strip()) if language.strip() else ""
    if chosen in LANGUAGES:
        return chosen
    locale = system if system is not None else QLocale.system()
    for code in [*locale.uiLanguages(), locale.name()]:
        if _base(code) in LANGUAGES:
            return _base(code)
    return FALLBACK


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for formats: the system's own when it speaks the language (keeps sv_FI, en_GB), else the
    language in the system's country where Qt knows that pair (English in Sweden: ISO dates, Monday
    first), else the language's main country."""
    system = system if system is not None else QLocale.system()
    lang = QLocale.codeToLanguage(language)
    if system.language() == lang:
        return system
    paired = QLocale(lang, system.territory())
    if paired.language() == lang and paired.territory() == system.territory():
        return paired
    return QLocale(lang)


def uninstall_translators(app: QCoreApplication) -> None:
    """Undo `install_translators`: the English source text and the earlier default locale come back."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    domain_text.reset()
    ENUM_LABELS.clear()  # the labels are read again in the language now


def install_translators(app: QCoreApplication, language: str = "", system: QLocale | None = None) -> str:
    """Install our catalog and Qt's for `language` ("" = follow the system) and set the default locale.

    Returns the language used ("sv" or "en"). A missing catalog is not an error: the interface then shows
    the English source text.
    """
    uninstall_translators(app)
    _locale_before.append(QLocale())
    used = resolve_language(language, system)
    locale = locale_for(used, system)
    QLocale.setDefault(locale)
    catalogs = (
        (f"{CATALOG_PREFIX}{used}", translations_dir()),
        (f"qtbase_{used}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in catalogs:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    domain_text.install()
    ENUM_LABELS.clear()
    return used


def installed_catalogs() -> list[str]:
    """The files of the translators installed now (for diagnostics and tests)."""
    return [translator.filePath() for translator in _installed]
