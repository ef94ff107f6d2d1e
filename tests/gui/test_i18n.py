"""Swedish and English: the .ts files are complete and current, the .qm files compiled from them, and with
Swedish installed the main window's menus and views speak Swedish."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.i18n import (
    available_languages,
    install_translators,
    installed_catalogs,
    locale_for,
    resolve_language,
    uninstall_translators,
)

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "translations" / "build.py"


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("netplanner_translations_build", BUILD_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


build = _load_build()

#: What a translation must keep: Qt's %1/%n, str.format fields and HTML tags.
TOKENS = re.compile(r"%n|%\d|\{[^}]*\}|<[^>]+>")


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[str]:
    """Swedish installed for one test; afterwards the source language and the earlier locale return."""
    used = install_translators(qapp, "sv")
    yield used
    uninstall_translators(qapp)


# ---- the catalogs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_string_has_a_finished_translation(lang: str) -> None:
    missing = [f"{m.context}: {m.source!r}" for m in build.unfinished(build.ts_path(lang))]
    assert not missing, (f"{len(missing)} strings without a finished translation in netplanner_{lang}.ts; "
                         "run `make translations` and translate them:\n" + "\n".join(missing))


def test_swedish_numerus_strings_have_both_forms() -> None:
    for message in build.messages(build.ts_path("sv")):
        if message.numerus:
            assert len(message.translations) == 2, message  # Swedish: one, and everything else
            assert all("%n" in form for form in message.translations if "%n" in message.source), message


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_ts_files_match_the_code(lang: str) -> None:
    missing, gone = build.stale(lang)
    assert not missing, f"in the code, not in netplanner_{lang}.ts (run `make translations`): {missing}"
    assert not gone, f"in netplanner_{lang}.ts, no longer in the code (run `make translations`): {gone}"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_qm_files_are_compiled_from_the_ts_files(lang: str) -> None:
    assert build.qm_current(lang), f"netplanner_{lang}.qm is older than its .ts: run `make translations`"


def test_translations_keep_placeholders_markup_and_one_accelerator() -> None:
    problems = []
    for message in build.messages(build.ts_path("sv")):
        for text in message.translations:
            if sorted(TOKENS.findall(message.source)) != sorted(TOKENS.findall(text)):
                problems.append(f"placeholders: {message.context}: {message.source!r} -> {text!r}")
            if message.source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"accelerator: {message.context}: {message.source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_no_string_is_lost_to_an_alias_of_translate() -> None:
    """`tr = QCoreApplication.translate; tr("Ctx", "text")` puts "Ctx" in an empty context as the text."""
    empty = [m.source for m in build.messages(build.ts_path("sv")) if not m.context]
    assert not empty, f"write QCoreApplication.translate(...) out in full; lupdate misread: {empty}"


# ---- choosing the language ------------------------------------------------------------------------


def test_available_languages_are_swedish_and_english() -> None:
    assert available_languages() == {"sv": "Svenska", "en": "English"}


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("", "sv_SE", "sv"), ("", "sv_FI", "sv"), ("", "en_US", "en"), ("", "de_DE", "en"),
    ("sv", "en_US", "sv"), ("en", "sv_SE", "en"), ("sv_SE", "de_DE", "sv"), ("fr", "sv_SE", "sv"),
])
def test_the_setting_wins_else_the_system(setting: str, system: str, expected: str) -> None:
    assert resolve_language(setting, QLocale(system)) == expected


def test_formats_follow_the_language_and_keep_the_system_country() -> None:
    assert locale_for("sv", QLocale("sv_FI")).name() == "sv_FI"
    assert locale_for("sv", QLocale("en_US")).name() == "sv_SE"
    english_in_sweden = locale_for("en", QLocale("sv_SE"))
    assert english_in_sweden.name() == "en_SE"
    assert english_in_sweden.firstDayOfWeek().name == "Monday"


def test_swedish_translators_and_locale(swedish: str) -> None:
    assert swedish == "sv"
    names = [Path(path).name for path in installed_catalogs()]
    assert names == ["netplanner_sv.qm", "qtbase_sv.qm"]
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert QCoreApplication.translate("PeopleWidget", "%n people", "", 1) == "1 person"
    assert QCoreApplication.translate("PeopleWidget", "%n people", "", 3) == "3 personer"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own catalog
    assert QLocale().language() == QLocale.Language.Swedish
    assert QLocale().firstDayOfWeek().name == "Monday"


def test_the_cores_wording_follows_the_language(qapp: QApplication) -> None:
    from netplanner.domain import coverage, planner

    try:
        install_translators(qapp, "sv")
        assert planner.MONTHS[4] == "maj"
        assert planner.TEXT["never_met"] == "inte träffats än"
        assert coverage.MESSAGES["suggestion"] == "{name} kan hjälpa dig med {goal}: {reason}"
    finally:
        uninstall_translators(qapp)
    assert planner.MONTHS[4] == "May"
    assert planner.TEXT["never_met"] == "not met yet"


def test_uninstall_brings_back_the_source_language(qapp: QApplication) -> None:
    before = QLocale().name()
    install_translators(qapp, "sv")
    uninstall_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().name() == before
    assert installed_catalogs() == []


def test_english_catalog_gives_singular_forms(qapp: QApplication) -> None:
    try:
        assert install_translators(qapp, "en") == "en"
        assert QCoreApplication.translate("PeopleWidget", "%n people", "", 1) == "1 person"
        assert QCoreApplication.translate("PeopleWidget", "%n people", "", 2) == "2 people"
    finally:
        uninstall_translators(qapp)


# ---- the main window in Swedish -------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text)
    return match.group(1).lower() if match else None


def _menus(window: object) -> list[QMenu]:
    from netplanner.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    menus = [action.menu() for action in window.menuBar().actions()]
    return [menu for menu in menus if isinstance(menu, QMenu)]


def test_main_window_menus_and_views_are_swedish(qtbot: QtBot, swedish: str, demo_ctx: GuiContext) -> None:
    from netplanner.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    menus = _menus(window)
    assert [menu.title() for menu in menus] == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    swedish_views = {"today": "Idag", "people": "Personer", "goals": "Mål",
                     "interactions": "Kontakttillfällen", "matrix": "Matris", "timeline": "Tidslinje",
                     "network": "Nätverkskarta", "review": "Översyn", "projects": "Projekt",
                     "trash": "Papperskorg"}
    titles = {window.sidebar.item(row).data(0x0100): window.sidebar.item(row).text()
              for row in range(window.sidebar.count())}
    assert titles == {key: swedish_views[key] for key in titles}
    texts = {action.text() for menu in menus for action in menu.actions() if not action.isSeparator()}
    expected = {"Ny &person…", "&Logga kontakttillfälle…", "&Ångra", "&Gör om", "&Avsluta", "&Om NetPlanner"}
    assert expected <= texts
    translated = {t for m in build.messages(build.ts_path("sv")) for t in m.translations}
    english_only = {text for text in texts
                    if text not in translated and text.replace("&", "") not in translated}
    assert not english_only, f"menu entries not in Swedish: {english_only}"


def test_accelerators_do_not_clash_within_a_menu(qtbot: QtBot, qapp: QApplication,
                                                 demo_ctx: GuiContext) -> None:
    from netplanner.gui.main_window import MainWindow

    for language in ("en", "sv"):
        install_translators(qapp, language)
        try:
            window = MainWindow(demo_ctx)
            qtbot.addWidget(window)
            menus = _menus(window)
            bar = [_mnemonic(menu.title()) for menu in menus]
            assert len(bar) == len(set(bar)), (language, [menu.title() for menu in menus])
            for menu in menus:
                letters = [m for m in (_mnemonic(a.text()) for a in menu.actions()) if m is not None]
                assert len(letters) == len(set(letters)), (language, [a.text() for a in menu.actions()])
            window.close()
        finally:
            uninstall_translators(qapp)


def test_settings_offer_the_language_and_save_it(qtbot: QtBot, ctx: GuiContext) -> None:
    from netplanner.gui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    choices = [dialog.language.itemData(index) for index in range(dialog.language.count())]
    assert choices == ["", "sv", "en"]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(choices.index("sv"))
    dialog.accept()
    assert ctx.services.settings.get("language") == "sv"
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.language.currentData() == "sv"
