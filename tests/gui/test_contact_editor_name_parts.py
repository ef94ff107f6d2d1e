"""The person editor's "Name parts" section: folded away for a plain name, open and filled for a person
whose card had parts, and what is typed there is saved (and undone) with the rest."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.contact_editor import ContactEditorDialog


def test_a_plain_name_keeps_the_section_folded_with_hints(qtbot: QtBot, ctx: GuiContext) -> None:
    anna = ctx.services.contacts.add(name="Anna Berg")
    dialog = ContactEditorDialog(ctx, None, anna.id)
    qtbot.addWidget(dialog)
    assert not dialog.name_parts_toggle.isChecked()
    assert dialog.name_parts.isHidden()
    assert dialog.part_edit("family_names").placeholderText() == "Berg"
    dialog.name_edit().setText("Anna Lind")
    assert dialog.part_edit("family_names").placeholderText() == "Lind"
    assert dialog.changes() == {"name": "Anna Lind"}


def test_parts_are_shown_edited_saved_and_undone(qtbot: QtBot, ctx: GuiContext) -> None:
    john = ctx.services.contacts.add(
        name="John Doe", family_names=["Doe"], given_names=["John"], additional_names=["Richter, James"],
        honorific_prefixes=["Mr."], honorific_suffixes=["Sr."],
    )  # fmt: skip
    dialog = ContactEditorDialog(ctx, None, john.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_parts_toggle.isChecked()
    assert dialog.name_parts.isVisible()
    assert dialog.part_edit("additional_names").text() == "Richter, James"
    dialog.part_edit("honorific_prefixes").setText("Dr.")
    changes = dialog.changes()
    assert changes == {"honorific_prefixes": "Dr."}  # the untouched "Richter, James" is not re-split
    undo.run(ctx, undo.EditContactCommand(ctx, john.id, changes, "John Doe"))
    saved = ctx.services.contacts.get(john.id)
    assert (saved.honorific_prefixes, saved.additional_names) == (["Dr."], ["Richter, James"])
    ctx.undo_stack.undo()
    assert ctx.services.contacts.get(john.id).honorific_prefixes == ["Mr."]
