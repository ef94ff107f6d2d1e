"""A project's editor (name, status, dates, the goals it serves, members with roles, notes) and the
weekly "Log this week's project work" dialog that lists its members."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.model import ProjectStatus
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import DateField, from_qdate, to_qdate
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.dialogs.log_interaction import person_entries
from netplanner.gui.models.base import label
from netplanner.services.projects import ProjectInfo

ID = int(Qt.ItemDataRole.UserRole)


def _optional_date(parent: QWidget, text: str, day: dt.date | None, today: dt.date
                   ) -> tuple[QCheckBox, DateField]:
    box = QCheckBox(text, parent)
    edit = DateField(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day or today))
    edit.setEnabled(day is not None)
    box.setChecked(day is not None)
    box.toggled.connect(edit.setEnabled)
    return box, edit


class ProjectEditorDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, project_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("projectEditorDialog")
        self.project: ProjectInfo | None = ctx.services.projects.get(project_id) if project_id else None
        self.setWindowTitle(self.tr("Edit project") if self.project else self.tr("New project"))
        self.setMinimumWidth(560)
        p = self.project
        today = ctx.today()

        form = QFormLayout()
        self.name = QLineEdit(p.name if p else "")
        self.name.setObjectName("projectName")
        self.name.setAccessibleName(self.tr("Project name"))
        form.addRow(self.tr("&Name"), self.name)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ProjectStatus:
            self.status.addItem(label(status.value), status.value)
        self.status.setCurrentIndex(self.status.findData(p.status if p else ProjectStatus.ACTIVE.value))
        form.addRow(self.tr("&Status"), self.status)
        self.has_start, self.start = _optional_date(self, self.tr("S&tarts"), p.started_on if p else today,
                                                    today)
        self.has_end, self.end = _optional_date(self, self.tr("&Ends"), p.ended_on if p else None, today)
        dates = QHBoxLayout()
        for widget in (self.has_start, self.start, self.has_end, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)

        self.goals = QListWidget()
        self.goals.setObjectName("projectGoals")
        self.goals.setAccessibleName(self.tr("Goals the project serves"))
        self.goals.setMaximumHeight(110)
        chosen = set(p.goal_ids) if p else set()
        for goal in ctx.services.goals.all():
            item = QListWidgetItem(goal.title)
            item.setData(ID, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.id in chosen else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        form.addRow(self.tr("&Goals it serves"), self.goals)

        self._entries = person_entries(ctx, ctx.services.contacts.names())
        self._ids = {entry: cid for cid, entry in self._entries.items()}
        self.members = QTableWidget(0, 2)
        self.members.setObjectName("projectMembers")
        self.members.setAccessibleName(self.tr("Members and their roles"))
        self.members.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Role")])
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.horizontalHeader().resizeSection(1, 160)
        self.members.verticalHeader().hide()
        self.members.setMaximumHeight(150)
        for member in p.members if p else ():
            self._add_member_row(member.contact_id, member.role)
        self.person = QLineEdit()
        self.person.setObjectName("memberField")
        self.person.setPlaceholderText(self.tr("Type a name to add a member"))
        self.person.setAccessibleName(self.tr("Person to add"))
        completer = QCompleter(QStringListModel(list(self._ids), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.person.returnPressed.connect(self.add_member)
        add = QPushButton(self.tr("&Add member"))
        add.clicked.connect(self.add_member)
        remove = QPushButton(self.tr("&Remove member"))
        remove.clicked.connect(self.remove_member)
        picker = QHBoxLayout()
        picker.addWidget(self.person, 1)
        picker.addWidget(add)
        picker.addWidget(remove)
        members = QVBoxLayout()
        members.addWidget(self.members)
        members.addLayout(picker)
        form.addRow(self.tr("&Members"), members)

        self.notes = QPlainTextEdit(p.description if p else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("N&otes"), self.notes)

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _add_member_row(self, contact_id: int, role: str = "") -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        person = QTableWidgetItem(self._entries.get(contact_id, f"#{contact_id}"))
        person.setData(ID, contact_id)
        person.setFlags(person.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.members.setItem(row, 0, person)
        self.members.setItem(row, 1, QTableWidgetItem(role))

    def _member_id(self, row: int) -> int:
        item = self.members.item(row, 0)
        assert item is not None  # every row has its person
        return int(item.data(ID))

    def member_ids(self) -> list[int]:
        return [self._member_id(row) for row in range(self.members.rowCount())]

    def add_member(self) -> bool:
        text = self.person.text().strip()
        contact_id = self._ids.get(text)
        if contact_id is None:
            folded = text.casefold()
            matches = [cid for entry, cid in self._ids.items() if text and folded in entry.casefold()]
            contact_id = matches[0] if len(matches) == 1 else None
        if contact_id is None:
            self.error.setText(self.tr("Pick a person from the list to add them."))
            self.error.show()
            return False
        if contact_id not in self.member_ids():
            self._add_member_row(contact_id)
        self.person.clear()
        self.error.hide()
        return True

    def remove_member(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)

    def values(self) -> dict[str, Any]:
        goals = [int(self.goals.item(n).data(ID)) for n in range(self.goals.count())
                 if self.goals.item(n).checkState() == Qt.CheckState.Checked]
        members = []
        for row in range(self.members.rowCount()):
            role = self.members.item(row, 1)
            members.append((self._member_id(row), role.text().strip() if role else ""))
        return {
            "name": self.name.text().strip(),
            "status": self.status.currentData(),
            "started_on": from_qdate(self.start.date()) if self.has_start.isChecked() else None,
            "ended_on": from_qdate(self.end.date()) if self.has_end.isChecked() else None,
            "description": self.notes.toPlainText(),
            "goal_ids": goals,
            "members": members,
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the project as it was (everything, for a new project)."""
        values = self.values()
        p = self.project
        if p is None:
            return values
        before = {"name": p.name, "status": p.status, "started_on": p.started_on, "ended_on": p.ended_on,
                  "description": p.description, "goal_ids": sorted(p.goal_ids),
                  "members": sorted((m.contact_id, m.role) for m in p.members)}
        compared = {**values, "goal_ids": sorted(values["goal_ids"]), "members": sorted(values["members"])}
        return {key: values[key] for key in values if compared[key] != before[key]}

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the project a name."))
            self.error.show()
            self.name.setFocus()
            return
        super().accept()


class LogProjectWorkDialog(QDialog):
    """Confirm a week of work on a project: the members who worked on it with you (all ticked)."""

    def __init__(self, ctx: GuiContext, project: ProjectInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("logProjectWorkDialog")
        self.setWindowTitle(self.tr("Log this week's project work"))
        intro = QLabel(self.tr("Who did you work with on %1 this week? Each gets a “joint project” "
                               "interaction, so shared work keeps the tie alive.")
                       .replace("%1", project.name))
        intro.setWordWrap(True)
        self.members = QListWidget()
        self.members.setObjectName("workMembers")
        self.members.setAccessibleName(self.tr("Members who worked with you"))
        for member in project.members:
            item = QListWidgetItem(member.name + (f" ({member.role})" if member.role else ""))
            item.setData(ID, member.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.members.addItem(item)
        self.date = DateField()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(to_qdate(ctx.today()))
        self.date.setMaximumDate(to_qdate(ctx.today()))
        self.date.setAccessibleName(self.tr("Date"))
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("D&ate"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.members)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def contact_ids(self) -> list[int]:
        return [int(self.members.item(n).data(ID)) for n in range(self.members.count())
                if self.members.item(n).checkState() == Qt.CheckState.Checked]

    def day(self) -> dt.date:
        return from_qdate(self.date.date())

    def accept(self) -> None:
        if not self.contact_ids():
            self.error.setText(self.tr("Tick at least one member who worked with you."))
            self.error.show()
            return
        super().accept()


