"""Issue 17, used as a newcomer uses the app: deleting from People, panels that follow every change, the
shorter main loop (link and add from the panels, create a person while logging, the start page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.matrix_delegate import LinkEditor
from netplanner.gui.dialogs.goal_editor import GoalEditorDialog
from netplanner.gui.dialogs.import_wizard import PAGE_FILE, PAGE_PREVIEW, ImportWizard
from netplanner.gui.dialogs.link_dialog import LinkDialog
from netplanner.gui.dialogs.log_interaction import LogInteractionDialog
from netplanner.gui.dialogs.unlock import UnlockDialog
from netplanner.gui.i18n import install_translators, uninstall_translators
from netplanner.gui.main_window import MainWindow, settings_store
from netplanner.gui.models.contacts_model import Column
from netplanner.gui.models.interactions_model import InteractionsModel
from netplanner.gui.models.plan_model import Column as PlanColumn
from netplanner.gui.widgets.interactions import InteractionsWidget
from netplanner.gui.widgets.matrix import ElidingHeader, MatrixWidget
from netplanner.gui.widgets.people import PeopleWidget
from netplanner.storage import keystore


def make_window(qtbot: QtBot, ctx: GuiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select_first_person(window: MainWindow) -> int:
    window.show_view("people")
    people = window.people
    people.view.setCurrentIndex(people.model.index(0, Column.NAME))
    return people.model.contact_id(0)


def test_edit_move_to_trash_moves_the_selected_person(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    before = demo_ctx.services.contacts.count()
    window.trash_action.trigger()  # as Edit > Move to Trash does: triggered(checked=False)
    assert demo_ctx.services.contacts.count() == before - 1
    assert demo_ctx.services.contacts.get(contact_id).deleted_at is not None


def test_the_delete_key_on_the_people_table_moves_the_person(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    window.activateWindow()
    window.people.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.people.view)
    qtbot.keyClick(window.people.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: demo_ctx.services.contacts.get(contact_id).deleted_at is not None)


def test_trash_given_a_checked_flag_still_moves_the_selection(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    """A button or action wired straight to `trash` passes `checked`: it must not be taken as the ids."""
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    window.people.trash(False)  # type: ignore[arg-type]
    assert demo_ctx.services.contacts.get(contact_id).deleted_at is not None


# ---- item 4: every panel follows a change made elsewhere -------------------------------------------

def _small_network(ctx: GuiContext) -> tuple[int, int]:
    """One goal about public speaking and one person met three weeks ago, linked to nothing."""
    goal = ctx.services.goals.add(title="Speak at the spring summit", competence_area="public speaking",
                                  priority=5)
    person = ctx.services.contacts.add(name="Maja Lund", status="active", cadence_days=14)
    ctx.services.interactions.log(person.id, "coffee", ctx.today() - dt.timedelta(days=21))
    return goal.id, person.id


def _why_of(window: MainWindow, contact_id: int) -> str:
    model = window.today.model
    for s_row in range(model.rowCount()):
        section = model.index(s_row, 0)
        for row in range(model.rowCount(section)):
            entry = model.entry(model.index(row, 0, section))
            if entry is not None and entry.contact_id == contact_id:
                return str(model.data(model.index(row, PlanColumn.WHY, section)))
    raise AssertionError("not on Today")


def test_today_follows_a_link_made_in_the_matrix(qtbot: QtBot, ctx: GuiContext) -> None:
    goal_id, contact_id = _small_network(ctx)
    window = make_window(qtbot, ctx)
    window.show_view("today")
    assert "tied to no goal" in _why_of(window, contact_id)
    window.show_view("matrix")
    assert window.matrix.model.set_link(goal_id, contact_id, ("mentor", 3))
    window.show_view("today")
    qtbot.waitUntil(lambda: "mentor for Speak at the spring summit" in _why_of(window, contact_id))
    assert "tied to no goal" not in _why_of(window, contact_id)


def test_the_goal_panel_follows_a_new_supporter(qtbot: QtBot, ctx: GuiContext) -> None:
    goal_id, contact_id = _small_network(ctx)
    window = make_window(qtbot, ctx)
    window.show_view("goals")
    assert "Nobody supports this goal yet" in window.goals.details.text()
    window.show_view("matrix")
    assert window.matrix.model.set_link(goal_id, contact_id, ("mentor", 3))
    window.show_view("goals")
    qtbot.waitUntil(lambda: window.goals.people.rowCount() == 1)
    assert "Nobody supports this goal yet" not in window.goals.details.text()


def test_the_matrix_panel_follows_new_expertise(qtbot: QtBot, ctx: GuiContext) -> None:
    goal_id, contact_id = _small_network(ctx)
    window = make_window(qtbot, ctx)
    window.show_view("matrix")

    def flags() -> list[str]:
        panel = window.matrix.flags_list
        return [panel.item(i).text() for i in range(panel.count())]

    assert any("Nobody in your network has expertise in public speaking" in f for f in flags())
    window.show_view("people")
    ctx.services.contacts.update(contact_id, expertise=["public speaking"])
    window.show_view("matrix")
    qtbot.waitUntil(lambda: not any("Nobody in your network has expertise" in f for f in flags()))
    window.matrix.model.set_link(goal_id, contact_id, ("expert", 1))  # linked, but barely relevant
    qtbot.wait(10)
    assert not any("Nobody in your network has expertise" in f for f in flags())


# ---- item 12: plurals in both languages, Today's reasons in the language now ------------------------

@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    used = install_translators(qapp, request.param)
    yield used
    uninstall_translators(qapp)


SINGULAR = {
    "en": ("1 person · 1 goal", "1 supporter, 1 strong", "14 days"),
    "sv": ("1 person · 1 mål", "1 som stöttar, 1 med stark relation", "14 dagar"),
}


def test_one_of_a_kind_is_said_in_the_singular(qtbot: QtBot, ctx: GuiContext, language: str) -> None:
    goal_id, contact_id = _small_network(ctx)
    ctx.services.goals.link(goal_id, contact_id, "mentor", 3)
    ctx.services.interactions.log(contact_id, "coffee", ctx.today() - dt.timedelta(days=1))
    window = make_window(qtbot, ctx)
    status, matrix, days = SINGULAR[language]
    assert window.counts.text() == status
    window.show_view("matrix")
    assert window.matrix.score_text.text().startswith(matrix)
    window.show_view("people")
    window.people.show_contact(contact_id)
    texts = [label.text() for label in window.people.detail.findChildren(QLabel)]
    assert days in texts
    assert not any(" 1 days" in t or "1 supporters" in t or "1 goals" in t for t in texts)


def test_todays_reasons_speak_the_language_now(qtbot: QtBot, ctx: GuiContext, qapp: QApplication) -> None:
    """A touch planned while the app spoke English reads Swedish once Swedish is chosen."""
    _goal_id, contact_id = _small_network(ctx)
    ctx.services.planner.plan(1, ctx.today())  # stored in English
    install_translators(qapp, "sv")
    try:
        window = make_window(qtbot, ctx)
        window.show_view("today")
        why = _why_of(window, contact_id)
        assert "inte kopplad till något mål" in why
        assert "tied to no goal" not in why
        assert "strength" not in why
    finally:
        uninstall_translators(qapp)


def test_a_layout_saved_in_english_does_not_cut_swedish_statuses(
        qtbot: QtBot, demo_ctx: GuiContext, qapp: QApplication) -> None:
    english = PeopleWidget(demo_ctx)
    qtbot.addWidget(english)
    english.view.horizontalHeader().resizeSection(Column.STATUS, 76)  # as wide as "Prospect" needs
    english.save_state(settings_store())
    install_translators(qapp, "sv")
    try:
        swedish = PeopleWidget(demo_ctx)
        qtbot.addWidget(swedish)
        swedish.restore_state(settings_store())
        needed = swedish.view.fontMetrics().horizontalAdvance("Tänkbar kontakt")
        assert swedish.view.horizontalHeader().sectionSize(Column.STATUS) > needed
    finally:
        uninstall_translators(qapp)


# ---- item 13: small things ------------------------------------------------------------------------

def test_unlock_asks_only_for_what_opens_the_database(qtbot: QtBot, tmp_path: Path) -> None:
    """Passphrase mode makes no recovery key: the dialog asks for the passphrase alone."""
    database = tmp_path / "n.db"
    keystore.remember_passphrase_mode(database)
    dialog = UnlockDialog(database)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel)) + dialog.secret.placeholderText()
    assert "passphrase" in words
    assert "recovery" not in words.lower()
    dialog.accept()
    assert dialog.error.text() == "Enter your passphrase."


def test_the_toolbar_undo_keeps_its_text_and_the_status_says_it_once(
        qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    name = demo_ctx.services.contacts.get(contact_id).name
    assert not window.toolbar_undo.isEnabled()
    width = window.toolbar.widgetForAction(window.toolbar_undo).sizeHint().width()
    window.people.trash()
    assert window.toolbar_undo.isEnabled()
    assert window.toolbar_undo.text() == "Undo"
    assert name in window.toolbar_undo.toolTip()
    assert window.toolbar.widgetForAction(window.toolbar_undo).sizeHint().width() == width
    message = window.statusBar().currentMessage()
    assert message.count(name) == 1
    assert not message.startswith("Done: Move")
    window.toolbar_undo.trigger()
    assert demo_ctx.services.contacts.get(contact_id).deleted_at is None


def test_the_thanked_column_is_never_cut(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    narrow = InteractionsWidget(demo_ctx)
    qtbot.addWidget(narrow)
    narrow.view.horizontalHeader().resizeSection(InteractionsModel.THANKED, 22)  # a layout saved narrow
    narrow.save_state(settings_store())
    widget = InteractionsWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.restore_state(settings_store())
    header = widget.view.horizontalHeader()
    for column in (InteractionsModel.DONE, InteractionsModel.THANKED):
        text = str(widget.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(text) + 12


def _matrix_on_a_long_goal(qtbot: QtBot, ctx: GuiContext) -> tuple[MatrixWidget, int]:
    ctx.services.goals.add(title="Speak confidently at the annual all-hands meeting in front of everyone",
                           competence_area="public speaking", priority=5)
    person = ctx.services.contacts.add(name="Maja Lund", expertise=["public speaking"])
    widget = MatrixWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, person.id


def test_a_long_bold_goal_title_ends_in_an_ellipsis(qtbot: QtBot, ctx: GuiContext) -> None:
    widget, _ = _matrix_on_a_long_goal(qtbot, ctx)
    header = widget.view.verticalHeader()
    assert isinstance(header, ElidingHeader)
    width = header.width()
    bold = header.section_text(0, width, highlighted=True)
    assert bold.endswith("…")
    assert QFontMetrics(header.section_font(True)).horizontalAdvance(bold) <= width


def test_the_cell_editor_stays_inside_its_cell(qtbot: QtBot, ctx: GuiContext) -> None:
    widget, _ = _matrix_on_a_long_goal(qtbot, ctx)
    index = widget.model.index(0, 0)
    widget.view.setCurrentIndex(index)
    widget.view.edit(index)
    editor = widget.view.indexWidget(index) or widget.view.viewport().findChild(LinkEditor)
    assert editor is not None
    assert editor.width() <= widget.view.visualRect(index).width()


def test_the_matrix_explains_its_colours(qtbot: QtBot, ctx: GuiContext) -> None:
    widget, _ = _matrix_on_a_long_goal(qtbot, ctx)
    texts = [label.text() for label in widget.legend.findChildren(QLabel)]
    assert "3 very relevant" in texts
    assert any("bar" in text for text in texts)


def test_link_as_expert_waits_for_a_chosen_person(qtbot: QtBot, ctx: GuiContext) -> None:
    widget, contact_id = _matrix_on_a_long_goal(qtbot, ctx)
    assert widget.suggestions.count() == 1
    assert not widget.link_button.isEnabled()
    widget.suggestions.item(0).setSelected(True)
    assert widget.link_button.isEnabled()
    widget.link_button.click()
    assert [link.contact_id for link in ctx.services.goals.links()] == [contact_id]


# ---- item 14: a shorter main loop -----------------------------------------------------------------

def _accept_with(monkeypatch: pytest.MonkeyPatch, choose: Callable[[LinkDialog], None]) -> None:
    def exec_(dialog: LinkDialog) -> int:
        choose(dialog)
        return int(QDialog.DialogCode.Accepted)
    monkeypatch.setattr(LinkDialog, "exec", exec_)


def test_link_to_goal_from_the_person_panel(qtbot: QtBot, ctx: GuiContext,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    goal_id, contact_id = _small_network(ctx)
    window = make_window(qtbot, ctx)
    window.show_view("people")
    window.people.show_contact(contact_id)
    _accept_with(monkeypatch, lambda d: d.role.setCurrentIndex(d.role.findData("mentor")))
    window.people.detail.findChild(QPushButton, "linkToGoalButton").click()
    assert [(lk.goal_id, lk.role, lk.relevance) for lk in ctx.services.goals.links(contact_id=contact_id)] \
        == [(goal_id, "mentor", 2)]
    qtbot.waitUntil(lambda: window.people.detail.links.rowCount() == 1)
    ctx.undo_stack.undo()
    assert ctx.services.goals.links() == []


def test_add_supporter_from_the_goal_panel(qtbot: QtBot, ctx: GuiContext,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    goal_id, contact_id = _small_network(ctx)
    window = make_window(qtbot, ctx)
    window.show_view("goals")
    _accept_with(monkeypatch, lambda d: d.relevance.setValue(3))
    window.goals.findChild(QPushButton, "addSupporterButton").click()
    assert [(lk.contact_id, lk.relevance) for lk in ctx.services.goals.links(goal_id=goal_id)] \
        == [(contact_id, 3)]
    qtbot.waitUntil(lambda: window.goals.people.rowCount() == 1)
    assert "Nobody supports" not in window.goals.details.text()


def test_the_start_page_offers_an_import(qtbot: QtBot, ctx: GuiContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(MainWindow, "import_contacts", lambda self: opened.append(True))
    window = make_window(qtbot, ctx)
    assert window.central.currentWidget() is window.start
    window.start.findChild(QPushButton, "importButton").click()
    assert opened == [True]


def test_settings_open_with_ctrl_comma(qtbot: QtBot, ctx: GuiContext) -> None:
    window = make_window(qtbot, ctx)
    assert QKeySequence("Ctrl+,") in window.settings_action.shortcuts()


def test_scales_say_which_way_they_run(qtbot: QtBot, ctx: GuiContext) -> None:
    dialog = GoalEditorDialog(ctx)
    qtbot.addWidget(dialog)
    assert "5 = highest" in dialog.priority.text()


# ---- item 11: the import wizard -------------------------------------------------------------------

def test_a_binary_file_is_refused_in_red_and_next_turns_off(qtbot: QtBot, ctx: GuiContext,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 8)
    wizard = ImportWizard(ctx.services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_FILE
    error = wizard.file_page.error_label
    assert error.text()
    assert not error.isHidden()
    assert "#b00020" in error.styleSheet()
    assert not next_button.isEnabled()  # it would do nothing
    good = tmp_path / "people.vcf"
    good.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gustav Lind\r\nEND:VCARD\r\n", encoding="utf-8")
    wizard.file_page.path_edit.setText(str(good))
    assert next_button.isEnabled()


def test_the_preview_shows_whole_email_addresses(qtbot: QtBot, ctx: GuiContext, tmp_path: Path) -> None:
    address = "annika.lindqvist-bergstrom@research.example.com"
    path = tmp_path / "people.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Annika Lindqvist\r\nEMAIL:{address}\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    wizard = ImportWizard(ctx.services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    view, model = wizard.preview_page.view, wizard.preview_page.model
    column = next(c for c in range(model.columnCount()) if model.index(0, c).data() == address)
    assert view.columnWidth(column) > view.fontMetrics().horizontalAdvance(address)


def test_log_with_someone_new_adds_them_in_place(qtbot: QtBot, ctx: GuiContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _small_network(ctx)
    window = make_window(qtbot, ctx)
    seen: list[str] = []

    def exec_(dialog: LogInteractionDialog) -> int:
        dialog.person.setText("Nova Persson")
        dialog.summary.setText("Coffee after the meetup")
        dialog.accept()  # nobody is called that: the dialog offers to add her
        seen.append(dialog.error.text())
        assert not dialog.create_person.isHidden()
        dialog.create_person.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LogInteractionDialog, "exec", exec_)
    window.log_interaction()
    assert "Nobody called" in seen[0]
    nova = next(cid for cid, name, _org in ctx.services.contacts.names() if name == "Nova Persson")
    assert [i.summary for i in ctx.services.interactions.rows(contact_id=nova)] == ["Coffee after the meetup"]
    ctx.undo_stack.undo()  # one step takes back both
    assert not ctx.services.interactions.rows(contact_id=nova)
    assert all(name != "Nova Persson" for _cid, name, _org in ctx.services.contacts.names())


def test_today_changes_the_kind_of_touch_and_shows_the_coming_weeks(
        qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    window.show_view("today")
    today = window.today
    entry = today.current_entry()
    assert entry is not None
    assert entry.touch_id is not None
    assert today.kind_action.isEnabled()
    other = "call" if entry.kind != "call" else "coffee"
    chosen = next(a for a in today.kind_menu.actions() if a.data() == other)
    chosen.trigger()
    qtbot.waitUntil(lambda: today.current_entry() is not None and today.current_entry().kind == other)
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: today.current_entry() is not None and today.current_entry().kind == entry.kind)
    coming = today.coming.text()
    assert coming.count("Week of") == 3
    assert "23 Nov" in coming
