"""Observing people in the GUI: the person panel's Observations tab and the log dialog's "What did I
notice?", both undoable, and the People table's scores following them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netplanner.demo import DEMO_TODAY
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.log_interaction import LogInteractionDialog
from netplanner.gui.widgets.people import PeopleWidget


def test_add_an_observation_in_the_panel_shows_it_and_undo_takes_it_back(qtbot: QtBot,
                                                                         demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    anna = demo_ctx.services.contacts.find("Anna Berg")
    widget.show_contact(anna.id)
    panel = widget.detail.observations
    tabs = widget.detail.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Observations"
    before = panel.history.count()
    old_trust = anna.trust
    panel.scores.boxes["trust"].setValue(2)
    panel.scores.boxes["engagement"].setValue(5)
    qtbot.keyClicks(panel.note, "Took over the demo when the projector failed")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.history.count() == before + 1)
    newest = panel.history.item(0).text()
    assert newest == (f"{DEMO_TODAY.isoformat()} — trust 2, engagement 5 — "
                      "Took over the demo when the projector failed")
    assert "trust 2" in panel.summary.text()
    assert "engagement 5" in panel.summary.text()
    assert demo_ctx.services.contacts.get(anna.id).trust == 2
    row = next(r for r in range(widget.model.rowCount()) if widget.model.contact_id(r) == anna.id)
    assert widget.model.row_at(row).trust == 2  # the People table's column follows
    assert panel.note.text() == ""
    assert panel.scores.values() == {}

    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.history.count() == before)
    assert demo_ctx.services.contacts.get(anna.id).trust == old_trust
    demo_ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.history.count() == before + 1)

    panel.history.setCurrentRow(0)
    panel.remove_selected()
    qtbot.waitUntil(lambda: panel.history.count() == before)
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.history.count() == before + 1)
    assert demo_ctx.services.contacts.get(anna.id).trust == 2


def test_what_did_i_notice_in_the_log_dialog_records_an_observation(qtbot: QtBot,
                                                                    demo_ctx: GuiContext) -> None:
    per = demo_ctx.services.contacts.find("Per Öberg")
    before = len(demo_ctx.services.observations.for_contact(per.id))
    dialog = LogInteractionDialog(demo_ctx, contact_id=per.id)
    qtbot.addWidget(dialog)
    assert not dialog.noticed.isChecked()  # optional: closed unless asked for
    dialog.noticed.setChecked(True)
    dialog.noticed_scores.boxes["knowledge_sharing"].setValue(5)
    dialog.noticed_note.setText("Shared his slides unasked")
    dialog.accept()
    assert dialog.result() == 1
    history = demo_ctx.services.observations.for_contact(per.id)
    assert len(history) == before + 1
    assert history[0].observed_on == dialog.result_values["occurred_on"]
    assert dict(history[0].scores) == {"knowledge_sharing": 5}
    assert history[0].note == "Shared his slides unasked"
    demo_ctx.undo_stack.undo()
    assert len(demo_ctx.services.observations.for_contact(per.id)) == before

    quiet = LogInteractionDialog(demo_ctx, contact_id=per.id)  # left closed: no observation
    qtbot.addWidget(quiet)
    quiet.noticed_scores.boxes["trust"].setValue(1)
    quiet.accept()
    assert len(demo_ctx.services.observations.for_contact(per.id)) == before
