"""Add or edit a person: every field, grouped in tabs, checked by the service's own rules before saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import ASSESSMENT_FIELDS, ContactStatus
from netplanner.domain.names import NAME_PART_FIELDS, derived_parts
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import DateField, from_qdate, to_qdate
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.dialogs.spin import DefaultSpinBox
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import label
from netplanner.services.contacts import clean_contact_fields
from netplanner.services.records import ContactDetails

_LIST_FIELDS = ("emails", "phones", "tags", "expertise")
_LINE_FIELDS = ("name", "organisation", "department", "title", "linkedin_url")
_TEXT_FIELDS = ("working_style", "cares_about", "learn_from", "can_offer", "notes")


class ContactEditorDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, contact_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.setObjectName("contactEditor")
        self.setWindowTitle(self.tr("New person") if contact_id is None else self.tr("Edit person"))
        self.setMinimumWidth(560)
        self._lines: dict[str, QLineEdit] = {}
        self._texts: dict[str, QPlainTextEdit] = {}
        self._scores: dict[str, QSpinBox] = {}

        labels = {
            "name": self.tr("&Name"),
            "organisation": self.tr("&Organisation"),
            "department": self.tr("&Department"),
            "title": self.tr("&Title"),
            "linkedin_url": self.tr("&LinkedIn URL"),
            "emails": self.tr("&E-mail addresses"),
            "phones": self.tr("&Phone numbers"),
            "tags": self.tr("Ta&gs"),
            "expertise": self.tr("E&xpertise"),
            "working_style": self.tr("Working style"),
            "cares_about": self.tr("What they care about"),
            "learn_from": self.tr("What I want to learn from them"),
            "can_offer": self.tr("What I can offer them"),
            "notes": self.tr("Notes"),
            "knowledge_sharing": self.tr("Knowledge sharing"),
            "feedback": self.tr("Feedback"),
            "chemistry": self.tr("Chemistry"),
            "trust": self.tr("Trust"),
            "influence": self.tr("Influence (others seek their advice)"),
        }
        tabs = QTabWidget(self)
        basics = QWidget()
        form = QFormLayout(basics)
        for field in (*_LINE_FIELDS[:4], *_LIST_FIELDS, "linkedin_url"):
            edit = QLineEdit()
            edit.setAccessibleName(labels[field].replace("&", ""))
            if field in _LIST_FIELDS:
                edit.setPlaceholderText(self.tr("separate several with commas"))
            self._lines[field] = edit
            form.addRow(labels[field], edit)
            if field == "name":
                self._add_name_parts(form)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ContactStatus:
            self.status.addItem(label(status.value), status.value)
        form.addRow(self.tr("&Status"), self.status)
        tabs.addTab(basics, self.tr("Basics"))

        assess = QWidget()
        form = QFormLayout(assess)
        hint = QLabel(self.tr("Score what you have observed, 1 (low) to 5 (high); leave “—” until you know."))
        hint.setWordWrap(True)
        form.addRow(hint)
        for field in ASSESSMENT_FIELDS:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setSuffix(self.tr("  (5 = highest)"))
            spin.setAccessibleName(labels[field])
            self._scores[field] = spin
            form.addRow(labels[field], spin)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("no fixed rhythm"))
        self._days_suffix(self.cadence)
        self.cadence.setAccessibleName(self.tr("Contact every (days)"))
        form.addRow(self.tr("Contact &every"), self.cadence)
        default_half_life = round(float(ctx.services.settings.get("default_half_life")))
        self.half_life = DefaultSpinBox(self.tr("default"), default_half_life)
        self.half_life.setRange(0, 5000)
        self._days_suffix(self.half_life)
        self.half_life.setAccessibleName(self.tr("Half-life of the relationship (days)"))
        self.half_life.setToolTip(
            self.tr("Close, long-standing relationships fade slower: give them a longer half-life")
        )
        form.addRow(self.tr("&Half-life"), self.half_life)
        self.has_connected = QCheckBox(self.tr("Connected on"))
        self.connected_on = DateField()
        self.connected_on.setCalendarPopup(True)
        self.connected_on.setDisplayFormat("yyyy-MM-dd")
        self.connected_on.setDate(to_qdate(ctx.today()))
        self.connected_on.setEnabled(False)
        self.connected_on.setAccessibleName(self.tr("Connected on"))
        self.has_connected.toggled.connect(self.connected_on.setEnabled)
        form.addRow(self.has_connected, self.connected_on)
        tabs.addTab(assess, self.tr("Assessment"))

        notes = QWidget()
        form = QFormLayout(notes)
        for field in _TEXT_FIELDS:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setAccessibleName(labels[field])
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 12)
            self._texts[field] = text
            form.addRow(labels[field], text)
        tabs.addTab(notes, self.tr("Notes"))

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._original: dict[str, Any] = {}
        if contact_id is not None:
            self._load(ctx.services.contacts.get(contact_id))
        self._original = self.raw_values()
        self._lines["name"].setFocus()
        self._hide_error_on_edit()

    def _add_name_parts(self, form: QFormLayout) -> None:
        """The structured name (vCard N) under the name, folded away until asked for or filled."""
        labels = {
            "family_names": self.tr("&Family name"),
            "given_names": self.tr("Gi&ven name"),
            "additional_names": self.tr("&Middle names"),
            "honorific_prefixes": self.tr("Pref&ix"),
            "honorific_suffixes": self.tr("S&uffix"),
        }
        self.name_parts_toggle = QToolButton()
        self.name_parts_toggle.setText(self.tr("Name pa&rts"))
        self.name_parts_toggle.setCheckable(True)
        self.name_parts_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.name_parts_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.name_parts_toggle.setToolTip(
            self.tr("How other programs file the name; left empty, they are taken from the name")
        )
        self.name_parts = QWidget()
        parts_form = QFormLayout(self.name_parts)
        parts_form.setContentsMargins(16, 0, 0, 0)
        for field, text in labels.items():
            edit = QLineEdit()
            edit.setAccessibleName(text.replace("&", ""))
            self._lines[field] = edit
            parts_form.addRow(text, edit)
        self.name_parts.setVisible(False)
        self.name_parts_toggle.toggled.connect(self._show_name_parts)
        self._lines["name"].textChanged.connect(self._name_part_hints)
        form.addRow(self.name_parts_toggle)
        form.addRow(self.name_parts)

    def _show_name_parts(self, shown: bool) -> None:
        self.name_parts.setVisible(shown)
        self.name_parts_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _name_part_hints(self, name: str) -> None:
        """Empty parts show what an export would write for them, taken from the name."""
        for field, values in zip(NAME_PART_FIELDS, derived_parts(name), strict=True):
            self._lines[field].setPlaceholderText(", ".join(values))

    def _days_suffix(self, spin: QSpinBox) -> None:
        """" days" after the number, "1 day" in the singular."""
        def suffix(value: int) -> None:
            spin.setSuffix(self.tr(" days", "", value))
        suffix(spin.value())
        spin.valueChanged.connect(suffix)

    def _hide_error_on_edit(self) -> None:
        """A refusal stays only until the user changes something (they are fixing it)."""
        for edit in self._lines.values():
            edit.textEdited.connect(self.error.hide)
        for text in self._texts.values():
            text.textChanged.connect(self.error.hide)
        for spin in (*self._scores.values(), self.cadence, self.half_life):
            spin.valueChanged.connect(self.error.hide)
        self.status.currentIndexChanged.connect(self.error.hide)
        self.has_connected.toggled.connect(self.error.hide)
        self.connected_on.dateChanged.connect(self.error.hide)

    def _load(self, contact: ContactDetails) -> None:
        for field, edit in self._lines.items():
            value = getattr(contact, field)
            edit.setText(", ".join(value) if isinstance(value, list) else str(value or ""))
        for field, text in self._texts.items():
            text.setPlainText(getattr(contact, field) or "")
        for field, spin in self._scores.items():
            spin.setValue(getattr(contact, field) or 0)
        self.status.setCurrentIndex(max(0, self.status.findData(contact.status)))
        self.name_parts_toggle.setChecked(any(getattr(contact, field) for field in NAME_PART_FIELDS))
        self.cadence.setValue(contact.cadence_days or 0)
        self.half_life.setValue(round(contact.half_life_days or 0))
        if contact.connected_on is not None:
            self.has_connected.setChecked(True)
            self.connected_on.setDate(to_qdate(contact.connected_on))

    def raw_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {field: edit.text() for field, edit in self._lines.items()}
        values.update({field: text.toPlainText() for field, text in self._texts.items()})
        values.update({field: spin.value() or None for field, spin in self._scores.items()})
        values["status"] = self.status.currentData()
        values["cadence_days"] = self.cadence.value() or None
        values["half_life_days"] = self.half_life.value() or None
        date: QDate = self.connected_on.date()
        values["connected_on"] = from_qdate(date) if self.has_connected.isChecked() else None
        return values

    def changes(self) -> dict[str, Any]:
        """The fields the user changed (all filled ones for a new person), as typed."""
        raw = self.raw_values()
        if self.contact_id is None:
            return {k: v for k, v in raw.items() if v not in ("", None) or k == "name"}
        return {k: v for k, v in raw.items() if v != self._original.get(k)}

    def accept(self) -> None:
        try:
            clean_contact_fields(self.changes())
            if not self._lines["name"].text().strip():
                raise NetPlannerError(self.tr("Give the person a name."))
        except NetPlannerError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        super().accept()

    def set_name(self, name: str) -> None:
        self._lines["name"].setText(name)

    def name_edit(self) -> QLineEdit:
        return self._lines["name"]

    def part_edit(self, field: str) -> QLineEdit:
        """The line edit of one name part (a NAME_PART_FIELDS name)."""
        return self._lines[field]


_ = Qt  # Qt is re-exported for tests that drive the dialog
