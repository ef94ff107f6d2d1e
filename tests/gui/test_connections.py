"""The person panel's Connections tab: add, change and remove ties, each undoable (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netplanner.domain.ties import TieKind
from netplanner.gui.context import GuiContext
from netplanner.gui.widgets.connections import phrase_key
from netplanner.gui.widgets.people import PeopleWidget
from netplanner.services.facade import Services


@pytest.fixture
def services_with_anna(qapp: object, services: Services) -> tuple[Services, int]:
    return services, services.contacts.add(name="Anna Berg").id


def test_add_edit_remove_a_connection_and_undo_each(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    services = demo_ctx.services
    moa = services.contacts.find("Moa Lindholm")
    sara = services.contacts.find("Sara Johansson")
    widget.show_contact(moa.id)
    panel = widget.detail.connections
    tabs = widget.detail.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Connections"
    before = panel.list.count()
    assert before == len(services.ties.of(moa.id)) > 0

    panel.phrase.setCurrentIndex(panel.phrase.findData(phrase_key(TieKind.REPORTS_TO, False)))  # "manages"
    qtbot.keyClicks(panel.other.lineEdit(), "Sara Johansson")
    panel.strength.setValue(3)
    qtbot.keyClicks(panel.note, "mentors her in the graduate programme")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == before + 1)
    added = next(v for v in services.ties.of(moa.id) if v.other_id == sara.id)
    # "Moa manages Sara" is stored as "Sara reports to Moa"
    assert (added.tie.from_id, added.tie.to_id, added.tie.kind) == (sara.id, moa.id, TieKind.REPORTS_TO)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "manages Sara Johansson (3) — mentors her in the graduate programme" in texts

    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.list.count() == before)
    demo_ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.list.count() == before + 1)
    assert services.ties.get(added.tie.id).note == "mentors her in the graduate programme"  # same id

    row = next(i for i in range(panel.list.count()) if "Sara Johansson" in panel.list.item(i).text())
    panel.list.setCurrentRow(row)
    assert panel.strength.value() == 3  # the form shows the selected connection
    panel.phrase.setCurrentIndex(panel.phrase.findData(phrase_key(TieKind.KNOWS, True)))
    panel.strength.setValue(1)
    panel.save_button.click()
    qtbot.waitUntil(lambda: any(panel.list.item(i).text().startswith("knows Sara Johansson (1)")
                                for i in range(panel.list.count())))
    assert services.ties.get(added.tie.id).kind is TieKind.KNOWS
    demo_ctx.undo_stack.undo()
    assert services.ties.get(added.tie.id).kind is TieKind.REPORTS_TO

    row = next(i for i in range(panel.list.count()) if "Sara Johansson" in panel.list.item(i).text())
    panel.list.setCurrentRow(row)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == before)
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.list.count() == before + 1)
    assert services.ties.get(added.tie.id).strength == 3


def test_trashing_the_other_person_hides_the_connection(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    oskar = demo_ctx.services.contacts.find("Oskar Lund")
    moa = demo_ctx.services.contacts.find("Moa Lindholm")
    widget.show_contact(oskar.id)
    panel = widget.detail.connections
    before = panel.list.count()
    demo_ctx.services.contacts.trash([moa.id])
    qtbot.waitUntil(lambda: panel.list.count() == before - 1)


def test_who_introduced_us_in_the_log_dialog_becomes_an_undoable_tie(qtbot: QtBot,
                                                                      demo_ctx: GuiContext) -> None:
    from netplanner.gui.dialogs.log_interaction import LogInteractionDialog

    services = demo_ctx.services
    mikael = services.contacts.find("Mikael Dahl")
    per = services.contacts.find("Per Öberg")
    dialog = LogInteractionDialog(demo_ctx, contact_id=mikael.id)
    qtbot.addWidget(dialog)
    assert dialog.introduced_by.currentData() is None  # nobody unless chosen
    dialog.introduced_by.setCurrentIndex(dialog.introduced_by.findData(per.id))
    dialog.summary.setText("Coffee on model monitoring")
    dialog.accept()
    assert dialog.result() == 1
    introduced = [v for v in services.ties.of(mikael.id) if v.tie.kind is TieKind.INTRODUCED_ME_TO]
    assert [(v.tie.from_id, v.tie.to_id) for v in introduced] == [(per.id, mikael.id)]
    demo_ctx.undo_stack.undo()
    assert not [v for v in services.ties.of(mikael.id) if v.tie.kind is TieKind.INTRODUCED_ME_TO]


def test_the_import_wizard_reads_an_org_chart_into_people_and_reporting_lines(
        qtbot: QtBot, services_with_anna: tuple[Services, int], tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWizard

    from netplanner.gui.dialogs.import_wizard import PAGE_ORGCHART, ImportWizard

    services, _anna = services_with_anna
    path = tmp_path / "org.csv"
    path.write_text("name,email,manager\nBo Ek,bo@example.com,Anna Berg\nCai Lu,,bo@example.com\n"
                    "Dee Fox,dee.example.com,Anna Berg\n", encoding="utf-8")
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.format_combo.setCurrentIndex(wizard.file_page.format_combo.findData("orgchart"))
    wizard.next()
    assert wizard.currentId() == PAGE_ORGCHART
    page = wizard.orgchart_page
    assert page.summary.text() == "2 people, 2 of them with a manager. Rows left out: 1."
    assert page.problems.item(0).text() == "org.csv, line 4: 'dee.example.com' is not an e-mail address."
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.result is not None
    assert (page.result.added, page.result.ties) == (2, 2)
    bo = services.contacts.find("Bo Ek")
    assert [(v.other_name, v.outgoing) for v in services.ties.of(bo.id)] == [
        ("Anna Berg", True), ("Cai Lu", False)]
