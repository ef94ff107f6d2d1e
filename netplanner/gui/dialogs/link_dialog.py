"""Link a person to a goal from either end: "Link to goal…" on the person panel, "Add supporter…" on the
goal panel. One dialog picks the other end, the role and the relevance; the link is one undoable command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import RELEVANCE_MAX, RELEVANCE_MIN, Role
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.models.matrix_model import role_labels


class LinkDialog(QDialog):
    """Given a person, choose the goal; given a goal, choose the person."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *, contact_id: int | None = None,
                 goal_id: int | None = None) -> None:
        super().__init__(parent)
        assert (contact_id is None) != (goal_id is None), "one end is given"
        self.ctx = ctx
        self.contact_id, self.goal_id = contact_id, goal_id
        self.setObjectName("linkDialog")
        self.other = QComboBox()
        self.other.setObjectName("linkOther")
        if contact_id is not None:
            self.setWindowTitle(self.tr("Link to goal"))
            name = ctx.services.contacts.get(contact_id).name
            about = QLabel(self.tr("How %1 helps with one of your goals.").replace("%1", name))
            linked = {link.goal_id for link in ctx.services.goals.links(contact_id=contact_id)}
            for goal in ctx.services.goals.all(active_only=True):
                if goal.id not in linked:
                    self.other.addItem(goal.title, goal.id)
            caption = self.tr("&Goal")
        else:
            assert goal_id is not None
            self.setWindowTitle(self.tr("Add supporter"))
            title = ctx.services.goals.get(goal_id).title
            about = QLabel(self.tr("Who helps you with %1.").replace("%1", title))
            linked = {link.contact_id for link in ctx.services.goals.links(goal_id=goal_id)}
            for person_id, person, organisation in ctx.services.contacts.names():
                if person_id not in linked:
                    self.other.addItem(f"{person} ({organisation})" if organisation else person, person_id)
            caption = self.tr("&Person")
        about.setWordWrap(True)
        self.other.setEditable(contact_id is None)  # type to find a person among many
        self.role = QComboBox()
        self.role.setObjectName("linkRole")
        for value, text in role_labels().items():
            self.role.addItem(text, value)
        self.role.setCurrentIndex(self.role.findData(Role.EXPERT.value))
        self.relevance = QSpinBox()
        self.relevance.setObjectName("linkRelevance")
        self.relevance.setRange(max(1, RELEVANCE_MIN), RELEVANCE_MAX)
        self.relevance.setValue(2)
        self.relevance.setSuffix(self.tr("  (3 = very relevant)"))
        form = QFormLayout()
        form.addRow(caption, self.other)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("R&elevance"), self.relevance)
        self.empty = QLabel(self.tr("Everyone is linked already.") if contact_id is None
                            else self.tr("This person is linked to every active goal."))
        self.empty.setVisible(self.other.count() == 0)
        ok = QDialogButtonBox.StandardButton.Ok
        buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(ok).setText(self.tr("&Link"))
        buttons.button(ok).setEnabled(self.other.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int, int, str, int] | None:
        """(goal id, contact id, role, relevance), or None when nothing is chosen."""
        index = self.other.findText(self.other.currentText()) if self.other.isEditable() else \
            self.other.currentIndex()
        if index < 0:
            return None
        other = int(self.other.itemData(index))
        goal_id = self.goal_id if self.goal_id is not None else other
        contact_id = self.contact_id if self.contact_id is not None else other
        return goal_id, contact_id, str(self.role.currentData()), self.relevance.value()

    def save(self) -> bool:
        """Make the chosen link as one undoable command; False when nothing was chosen."""
        chosen = self.chosen()
        if chosen is None:
            return False
        goal_id, contact_id, role, relevance = chosen
        goals = self.ctx.services.goals
        name = self.ctx.services.contacts.get(contact_id).name
        text = QCoreApplication.translate("LinkEditCommand", "Link {0}").format(name)

        def take_back(_link: object) -> None:
            goals.unlink(goal_id, contact_id)

        def do() -> object:
            return goals.link(goal_id, contact_id, role=role, relevance=relevance)

        undo.run(self.ctx, undo.CallbackCommand(self.ctx, text, do, take_back))
        return True


def ask_and_link(ctx: GuiContext, parent: QWidget, *, contact_id: int | None = None,
                 goal_id: int | None = None) -> bool:
    """Show the dialog for one end and make the link; a refused link is a warning. True when linked."""
    dialog = LinkDialog(ctx, parent, contact_id=contact_id, goal_id=goal_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        return dialog.save()
    except NetPlannerError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("LinkDialog", "Not linked"), user_message(exc))
        return False
