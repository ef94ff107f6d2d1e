"""Quick "Log interaction" (Ctrl+L): person (with completion), kind, direction, date, summary, follow-up.

Usable from the keyboard alone: type part of a name (the completer offers matches, Down and Enter pick
one; a unique part is enough), Tab through the fields, Enter logs it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError, ValidationError
from netplanner.domain.model import Direction, GoalStatus, InteractionKind
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import DateField, from_qdate, to_qdate
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import label
from netplanner.gui.widgets.connections import introducer_box, record_introduction
from netplanner.gui.widgets.observations import ScoreInputs
from netplanner.services.facade import Services
from netplanner.services.search import fold


def person_entry(name: str, organisation: str) -> str:
    return f"{name} — {organisation}" if organisation else name


def person_entries(ctx: GuiContext, people: list[tuple[int, str, str]]) -> dict[int, str]:
    """One entry per person ("Name — Organisation") for completers and pickers, every entry distinct.

    People who share name and organisation get their department or first e-mail address added, and
    their id when even that is the same, so each can be picked and each entry names one person.
    """
    return person_entries_of(ctx.services, people)


def person_entries_of(services: Services, people: list[tuple[int, str, str]]) -> dict[int, str]:
    """`person_entries` from these services (those of the reading twin, too)."""
    entries = {cid: person_entry(name, organisation) for cid, name, organisation in people}
    clashes = Counter(entries.values())
    for cid, entry in list(entries.items()):
        if clashes[entry] > 1:
            contact = services.contacts.get(cid)
            detail = contact.department or (contact.emails[0] if contact.emails else "")
            entries[cid] = f"{entry} ({detail})" if detail else entry
    clashes = Counter(entries.values())
    for cid, entry in list(entries.items()):
        if clashes[entry] > 1:
            entries[cid] = f"{entry} (#{cid})"
    return entries


#: `contact_id()` when the user chose to add the person they typed (the caller creates them).
NEW_PERSON = 0


class FoldedFilter(QSortFilterProxyModel):
    """Entries that contain the typed text, folded as the search index folds (case and accents): "obe"
    offers "Per Öberg", and each entry is shown as written."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        needle = fold(text.strip())
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 on; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange()
        else:
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        entry = self.sourceModel().index(source_row, 0, source_parent).data()
        return self._needle in fold(str(entry))


class ListCompleter(QCompleter):
    """Completes the last of several names separated by commas ("Per Öberg, Kim" offers Kim's entry)."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + str(index.data())


class LogInteractionDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, contact_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("logInteractionDialog")
        self.setWindowTitle(self.tr("Log interaction"))
        self.setMinimumWidth(520)
        people = ctx.services.contacts.names()
        self._names = person_entries(ctx, people)
        self._ids: dict[str, int] = {entry: cid for cid, entry in self._names.items()}
        self._plain: dict[int, str] = {cid: name for cid, name, _org in people}
        # The person the dialog was opened for: kept while their text is untouched.
        self._preset: tuple[int, str] | None = None

        form = QFormLayout()
        self.person = QLineEdit()
        self.person.setObjectName("personField")
        self.person.setPlaceholderText(self.tr("Start typing a name"))
        self.person.setAccessibleName(self.tr("Person"))
        self.matches = FoldedFilter(self)
        self.matches.setSourceModel(QStringListModel(list(self._ids), self))
        self.completer = QCompleter(self.matches, self)
        # The filter is ours (folded like the search index), so the completer shows what it is given.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.person.setCompleter(self.completer)
        self.person.textEdited.connect(self._offer)
        form.addRow(self.tr("&Person"), self.person)
        # A lunch with three: the others at the same occasion (each gets the interaction).
        self.others = QLineEdit()
        self.others.setObjectName("othersField")
        self.others.setPlaceholderText(self.tr("More people at the same occasion, separated by commas"))
        self.others.setAccessibleName(self.tr("Others who were there"))
        self.others_completer = ListCompleter(QStringListModel(list(self._ids), self), self)
        self.others_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.others_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.others.setCompleter(self.others_completer)
        form.addRow(self.tr("&With others"), self.others)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of interaction"))
        for kind in InteractionKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(InteractionKind.COFFEE.value))
        form.addRow(self.tr("&Kind"), self.kind)

        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction: who gave and who received"))
        for direction in (Direction.MUTUAL, Direction.GAVE, Direction.RECEIVED):
            self.direction.addItem(label(direction.value), direction.value)
        form.addRow(self.tr("&Direction"), self.direction)

        self.date = DateField()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(to_qdate(ctx.today()))
        self.date.setMaximumDate(to_qdate(ctx.today() + dt.timedelta(days=1)))
        self.date.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("D&ate"), self.date)

        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What did you talk about? What did you learn?"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setMaxLength(500)
        form.addRow(self.tr("&Summary"), self.summary)

        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Goal it served"))
        self.goal.addItem(self.tr("(no goal)"), None)
        for goal in ctx.services.goals.all():
            if goal.status == GoalStatus.ACTIVE.value:
                self.goal.addItem(goal.title, goal.id)
        form.addRow(self.tr("&Goal"), self.goal)
        self.introduced_by = introducer_box(ctx, self)  # issue 14: becomes an "introduced me to" tie
        form.addRow(self.tr("Who &introduced us?"), self.introduced_by)

        self.has_follow_up = QCheckBox(self.tr("&Follow up on"))
        self.follow_up = DateField()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setDate(to_qdate(ctx.today() + dt.timedelta(days=14)))
        self.follow_up.setEnabled(False)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.has_follow_up.setAccessibleName(self.tr("Plan a follow-up"))
        row = QHBoxLayout()
        row.addWidget(self.follow_up)
        self.thanked = QCheckBox(self.tr("&Thanked"))
        self.thanked.setAccessibleName(self.tr("I have thanked them"))
        row.addWidget(self.thanked)
        row.addStretch(1)
        form.addRow(self.has_follow_up, row)

        self.noticed = self._noticed_section()
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Log it"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.noticed)
        layout.addWidget(self.error)
        # Offered when the name matches nobody: log with someone new without leaving the dialog.
        self.create_person = QCheckBox()
        self.create_person.setObjectName("createPersonCheck")
        self.create_person.hide()
        layout.addWidget(self.create_person)
        layout.addWidget(buttons)
        for first, second in (
            (self.person, self.others),
            (self.others, self.kind),
            (self.kind, self.direction),
            (self.direction, self.date),
            (self.date, self.summary),
            (self.summary, self.goal),
            (self.goal, self.has_follow_up),
            (self.has_follow_up, self.follow_up),
            (self.follow_up, self.thanked),
        ):
            QWidget.setTabOrder(first, second)
        if contact_id is not None and contact_id in self._names:
            self.person.setText(self._names[contact_id])
            self._preset = (contact_id, self._names[contact_id])
            self.summary.setFocus()
        else:
            self.person.setFocus()

    def _offer(self, text: str) -> None:
        self.matches.set_needle(text)
        if text.strip() and self.matches.rowCount():
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()

    def contact_id(self) -> int:
        """The person the text names: an offered entry, or a part that matches exactly one person."""
        text = self.person.text().strip()
        if not text:
            raise ValidationError(self.tr("Who was it with? Type part of a name."))
        if self._preset is not None and text == self._preset[1]:
            return self._preset[0]
        return self._resolve(text, offer_new=True)

    def other_ids(self) -> list[int]:
        """The others at the occasion, in the order typed (each once, never the first person)."""
        first = self.contact_id()
        found: list[int] = []
        for part in self.others.text().split(","):
            if part.strip():
                contact_id = self._resolve(part.strip(), offer_new=False)
                if contact_id != first and contact_id not in found:
                    found.append(contact_id)
        return found

    def names(self) -> str:
        """Everyone at the occasion by name, for the undo step's text."""
        try:
            others = [self._plain[cid] for cid in self.other_ids()]
        except (NetPlannerError, KeyError):
            others = []
        return ", ".join([self.person_name(), *others])

    def _resolve(self, text: str, *, offer_new: bool) -> int:
        if text in self._ids:
            return self._ids[text]
        folded = fold(text)
        names = [(fold(name), cid) for cid, name in self._plain.items()]
        exact = [cid for name, cid in names if name == folded]
        starting = [cid for name, cid in names if name.startswith(folded)]
        matches = exact or starting or [cid for entry, cid in self._ids.items() if folded in fold(entry)]
        if len(matches) == 1:
            return matches[0]
        if not matches and not offer_new:
            raise ValidationError(self.tr("Nobody called “%1” in your network.").replace("%1", text))
        if not matches:
            if self.create_person.isChecked() and self.create_person.property("name") == text:
                return NEW_PERSON
            self.create_person.setText(self.tr("Add “%1” to your &network").replace("%1", text))
            self.create_person.setProperty("name", text)
            self.create_person.setChecked(False)
            self.create_person.show()
            raise ValidationError(self.tr("Nobody called “%1” in your network.").replace("%1", text))
        raise ValidationError(
            self.tr("“%1” matches %2 people: pick one from the list.")
            .replace("%1", text)
            .replace("%2", str(len(matches)))
        )

    def values(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "direction": self.direction.currentData(),
            "summary": self.summary.text(),
            "thanked": self.thanked.isChecked(),
        }
        if self.goal.currentData() is not None:
            fields["goal_id"] = self.goal.currentData()
        if self.has_follow_up.isChecked():
            fields["follow_up_on"] = from_qdate(self.follow_up.date())
        return {
            "contact_id": self.contact_id(),
            "others": self.other_ids(),
            "kind": self.kind.currentData(),
            "occurred_on": from_qdate(self.date.date()),
            "fields": fields,
        }

    def _noticed_section(self) -> QGroupBox:
        """"What did I notice?": optional scores and a note, recorded as an observation of the day."""
        box = QGroupBox(self.tr("What did I &notice?"))
        box.setObjectName("noticedSection")
        box.setCheckable(True)
        box.setChecked(False)
        self.noticed_scores = ScoreInputs(box)
        self.noticed_note = QLineEdit()
        self.noticed_note.setObjectName("noticedNote")
        self.noticed_note.setPlaceholderText(
            self.tr("Engagement, openness, how they share, whom others ask…"))
        self.noticed_note.setAccessibleName(self.tr("What you noticed"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.noticed_scores)
        inner.addWidget(self.noticed_note)
        return box

    def _record_noticed(self, values: dict[str, Any]) -> None:
        """Record the "What did I notice?" part as its own undoable observation (nothing when empty)."""
        scores, note = self.noticed_scores.values(), self.noticed_note.text().strip()
        if not self.noticed.isChecked() or not (scores or note):
            return
        fields = {"observed_on": values["occurred_on"], "note": note, **scores}
        undo.run(self.ctx, undo.AddObservationCommand(self.ctx, values["contact_id"], fields,
                                                      self.person_name()))

    def person_name(self) -> str:
        try:
            contact_id = self.contact_id()
            return self.person.text().strip() if contact_id == NEW_PERSON else self._plain[contact_id]
        except (NetPlannerError, KeyError):
            return self.person.text().split(" — ")[0]

    def accept(self) -> None:
        try:
            self.result_values = self.values()
            self._record_noticed(self.result_values)
            if self.result_values["contact_id"] != NEW_PERSON:
                record_introduction(self.ctx, self.introduced_by, self.result_values["contact_id"])
        except NetPlannerError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            self.person.setFocus()
            return
        super().accept()
