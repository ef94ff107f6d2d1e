"""Merge duplicates: the people's fields side by side with a choice per field, and the list of likely
duplicates (same e-mail, phone or folded name) to review, each pair openable in the merge dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.context import GuiContext
from netplanner.gui.models.base import label
from netplanner.services.contacts import EDITABLE_FIELDS, FIELD_LABELS
from netplanner.services.duplicates import EMAIL, NAME, PHONE
from netplanner.services.merging import JOINED_FIELDS, choices, proposed_fields

ENUM_FIELDS = frozenset({"status"})
SHOWN = 70


def field_label(field: str) -> str:
    """A person's field by its name as the user knows it (the core's labels, translated)."""
    return QCoreApplication.translate("Errors", FIELD_LABELS.get(field, field))


def value_text(field: str, value: Any) -> str:
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if field in ENUM_FIELDS:
        return label(str(value))
    return str(value).replace("\n", " ")


class MergeDialog(QDialog):
    def __init__(self, ctx: GuiContext, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge people"))
        self.resize(860, 560)
        self.people = ctx.services.merging.people(contact_ids)
        proposed = proposed_fields(self.people)
        offered = choices(self.people)
        intro = QLabel(self.tr("Choose the person to keep and, for each field that differs, the value to "
                               "keep. Interactions, links, projects, questions and observations of all of "
                               "them move to the kept person; Ctrl+Z undoes the merge."))
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(QLabel(self.tr("<b>Keep</b>")), 0, 0)
        self.keep = QButtonGroup(self)
        for column, person in enumerate(self.people, start=1):
            button = QRadioButton(person.name)
            button.setObjectName(f"keep_{person.id}")
            button.setChecked(column == 1)
            self.keep.addButton(button, person.id)
            grid.addWidget(button, 0, column)
        joined_column = len(self.people) + 1
        self.groups: dict[str, QButtonGroup] = {}
        self._values: dict[str, list[Any]] = {}
        self._fixed: dict[str, Any] = {}
        row = 1
        for field in EDITABLE_FIELDS:
            values = offered[field]
            if len({repr(getattr(p, field)) for p in self.people}) == 1:
                self._fixed[field] = proposed[field]
                continue
            grid.addWidget(QLabel(field_label(field)), row, 0)
            group = QButtonGroup(self)
            self.groups[field] = group
            self._values[field] = values
            for column, person in enumerate(self.people, start=1):
                value = getattr(person, field)
                self._add_choice(grid, group, field, values.index(value), value, row, column,
                                 value == proposed[field] and field not in JOINED_FIELDS)
            if field in JOINED_FIELDS:
                joined = values[0]
                self._add_choice(grid, group, field, 0, joined, row, joined_column, checked=True,
                                 prefix=self.tr("All: "))
            if group.checkedButton() is None:
                group.buttons()[0].setChecked(True)
            row += 1
        grid.setColumnStretch(joined_column + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _add_choice(self, grid: QGridLayout, group: QButtonGroup, field: str, position: int, value: Any,
                    row: int, column: int, checked: bool, prefix: str = "") -> None:
        text = value_text(field, value)
        button = QRadioButton(prefix + (text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"))
        button.setObjectName(f"choice_{field}_{column}")
        if len(text) > SHOWN:
            button.setToolTip(text)
        button.setChecked(checked)
        group.addButton(button, position)
        grid.addWidget(button, row, column)

    def kept_id(self) -> int:
        return self.keep.checkedId()

    def merged_ids(self) -> list[int]:
        return [p.id for p in self.people if p.id != self.kept_id()]

    def choose(self, field: str, value: Any) -> None:
        """Pick this value for a field (as clicking its button does)."""
        button = self.groups[field].button(self._values[field].index(value))
        assert button is not None
        button.setChecked(True)

    def fields(self) -> dict[str, Any]:
        """The kept person's fields after the merge."""
        chosen = dict(self._fixed)
        for field, group in self.groups.items():
            chosen[field] = self._values[field][max(group.checkedId(), 0)]
        return chosen

    def kept_name(self) -> str:
        return str(self.fields().get("name", ""))


class DuplicatesDialog(QDialog):
    """Likely duplicates, for review: select a pair and merge it (or leave it)."""

    def __init__(self, ctx: GuiContext, merge: Callable[[list[int]], bool], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._merge = merge
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(640, 420)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("duplicatesView")
        self.table.setAccessibleName(self.tr("Likely duplicates"))
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Person"), self.tr("Shares")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.empty = QLabel(self.tr("No likely duplicates: no two people share an e-mail address, a phone "
                                    "number or a name."))
        self.empty.setWordWrap(True)
        merge_button = QPushButton(self.tr("&Merge…"))
        merge_button.setObjectName("mergePairButton")
        merge_button.clicked.connect(self.merge_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(merge_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.pairs: list[tuple[int, int]] = []
        self.refresh()

    def refresh(self) -> None:
        reasons = {EMAIL: self.tr("e-mail address"), PHONE: self.tr("phone number"), NAME: self.tr("name")}
        found = self.ctx.services.duplicates.find()
        self.pairs = [(p.first_id, p.second_id) for p in found]
        self.table.setRowCount(len(found))
        for row, pair in enumerate(found):
            self.table.setItem(row, 0, QTableWidgetItem(pair.first_name))
            self.table.setItem(row, 1, QTableWidgetItem(pair.second_name))
            self.table.setItem(row, 2, QTableWidgetItem(", ".join(reasons[r] for r in pair.reasons)))
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))
        if found:
            self.table.selectRow(0)

    def merge_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.pairs) and self._merge(list(self.pairs[row])):
            self.refresh()


