"""The import wizard: choose a file, check what was detected and preview it, map the columns of a
generic CSV, decide about possible duplicates, then import with a progress bar and a cancel button.

All the work is ImportService's; the wizard only collects the user's choices. The import runs in the
GUI thread in chunks, with the event loop kept alive between them, so the database connection never
crosses threads; a cancel rolls the whole import back.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.background import Task, run_in_background
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.dialogs.orgchart_page import OrgChartPage, orgchart_label
from netplanner.gui.errors import user_message
from netplanner.interop import csv_formats
from netplanner.interop.encoding import decode_file
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.formats import FORMATS, ParsedFile, detect_format, parse_contacts
from netplanner.interop.orgchart import FORMAT as ORGCHART
from netplanner.interop.orgchart import parse_orgchart
from netplanner.interop.records import ImportedContact
from netplanner.services.facade import Services
from netplanner.services.importing import (
    ADD,
    SHARED_EMAIL,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportResult,
    PlannedRow,
)

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DUPLICATES, PAGE_PROGRESS, PAGE_ORGCHART = range(6)
_Index = QModelIndex | QPersistentModelIndex


def format_labels() -> dict[str, str]:
    return {
        "vcard": QCoreApplication.translate("ImportWizard", "vCard"),
        "linkedin": QCoreApplication.translate("ImportWizard", "LinkedIn connections (CSV)"),
        "google": QCoreApplication.translate("ImportWizard", "Google Contacts (CSV)"),
        "outlook": QCoreApplication.translate("ImportWizard", "Outlook (CSV)"),
        "csv": QCoreApplication.translate("ImportWizard", "Other CSV (choose the columns)"),
    }


def field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("ImportWizard", "Name"),
        "first_name": QCoreApplication.translate("ImportWizard", "First name"),
        "last_name": QCoreApplication.translate("ImportWizard", "Last name"),
        "organisation": QCoreApplication.translate("ImportWizard", "Organisation"),
        "department": QCoreApplication.translate("ImportWizard", "Department"),
        "title": QCoreApplication.translate("ImportWizard", "Title"),
        "emails": QCoreApplication.translate("ImportWizard", "E-mail addresses"),
        "phones": QCoreApplication.translate("ImportWizard", "Phone numbers"),
        "linkedin_url": QCoreApplication.translate("ImportWizard", "LinkedIn URL"),
        "tags": QCoreApplication.translate("ImportWizard", "Tags"),
        "expertise": QCoreApplication.translate("ImportWizard", "Expertise"),
        "notes": QCoreApplication.translate("ImportWizard", "Notes"),
        "connected_on": QCoreApplication.translate("ImportWizard", "Connected on"),
        "external_id": QCoreApplication.translate("ImportWizard", "External id"),
        "uid": QCoreApplication.translate("ImportWizard", "UID (stable id)"),
        "working_style": QCoreApplication.translate("ImportWizard", "Working style"),
        "cares_about": QCoreApplication.translate("ImportWizard", "What they care about"),
        "learn_from": QCoreApplication.translate("ImportWizard", "What I want to learn"),
        "can_offer": QCoreApplication.translate("ImportWizard", "What I can offer"),
        "status": QCoreApplication.translate("ImportWizard", "Status"),
        "knowledge_sharing": QCoreApplication.translate("ImportWizard", "Knowledge sharing (1-5)"),
        "feedback": QCoreApplication.translate("ImportWizard", "Feedback (1-5)"),
        "chemistry": QCoreApplication.translate("ImportWizard", "Chemistry (1-5)"),
        "trust": QCoreApplication.translate("ImportWizard", "Trust (1-5)"),
        "influence": QCoreApplication.translate("ImportWizard", "Influence (1-5)"),
        "additional_names": QCoreApplication.translate("ImportWizard", "Middle names"),
        "honorific_prefixes": QCoreApplication.translate("ImportWizard", "Name prefix (Dr., Mr.)"),
        "honorific_suffixes": QCoreApplication.translate("ImportWizard", "Name suffix (Jr., PhD)"),
    }


class PreviewColumn(IntEnum):
    ACTION = 0
    NAME = 1
    ORGANISATION = 2
    TITLE = 3
    EMAIL = 4
    DUPLICATE = 5


class ImportPreviewModel(QAbstractTableModel):
    """The records of the file with what importing each would do; read-only, strings precomputed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._headers = [
            self.tr("Action"), self.tr("Name"), self.tr("Organisation"), self.tr("Title"), self.tr("E-mail"),
            self.tr("Possible duplicate of"),
        ]  # fmt: skip

    def set_rows(self, records: Sequence[ImportedContact], planned: Sequence[PlannedRow]) -> None:
        actions = {ADD: self.tr("Add"), UPDATE: self.tr("Update"), UNCHANGED: self.tr("Unchanged"),
                   SKIP: self.tr("In the Trash")}  # fmt: skip
        self.beginResetModel()
        self._rows = [
            (
                actions.get(plan.action, plan.action),
                record.name,
                record.organisation,
                record.title,
                record.emails[0] if record.emails else "",
                ", ".join(c.existing_name for c in plan.candidates),
            )
            for record, plan in zip(records, planned, strict=True)
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PreviewColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("A vCard file, LinkedIn's Connections.csv, a Google or Outlook CSV, or any CSV.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("importFormat")
        self.format_combo.addItem(self.tr("Detect from the content"), None)
        labels = format_labels()
        for fmt in FORMATS:
            self.format_combo.addItem(labels[fmt], fmt)
        self.format_combo.addItem(orgchart_label(), ORGCHART)  # issue 14: people and reporting lines
        self.error_label = error_label()
        self.error_label.setObjectName("importError")
        self._refused: tuple[str, int] | None = None  # the file and format just refused: Next stays off
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.error_label)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.format_combo.currentIndexChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), "", self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        choice = (self.path_edit.text().strip(), self.format_combo.currentIndex())
        return Path(choice[0]).is_file() and choice != self._refused

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            data = path.read_bytes()
            fmt = self.format_combo.currentData() or detect_format(data, path.name)
            table = None
            if fmt == ORGCHART:
                self._wizard.orgchart_page.set_chart(parse_orgchart(data, path.name), path.name)
            elif fmt == csv_formats.GENERIC:
                text = decode_file(data, path.name)
                table = csv_formats.table_from_text(text, path.name, csv_formats.sniff_delimiter(text))
        except (ImportFormatError, OSError) as exc:
            self.error_label.setText(user_message(exc))
            self.error_label.show()
            self._refused = (self.path_edit.text().strip(), self.format_combo.currentIndex())
            self.completeChanged.emit()
            return False
        self.error_label.clear()
        self.error_label.hide()
        self._wizard.set_source(path, data, fmt, table)
        return True

    def nextId(self) -> int:
        if self._wizard.format == ORGCHART:
            return PAGE_ORGCHART
        return PAGE_MAPPING if self._wizard.format == csv_formats.GENERIC else PAGE_PREVIEW


class MappingPage(QWizardPage):
    """For a generic CSV: which column holds which field, guessed from the column names."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Say which column holds what. A name (or first and last name) is needed."))
        self.combos: dict[str, QComboBox] = {}
        self._form = QFormLayout(self)
        labels = field_labels()
        for field in csv_formats.MAPPABLE_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{field}")
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[field] = combo
            self._form.addRow(labels[field], combo)

    def initializePage(self) -> None:
        table = self._wizard.table
        header = table.header if table else []
        guessed = csv_formats.guess_mapping(header)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for column in header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(guessed[field])) if field in guessed else 0)
            combo.blockSignals(False)
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}

    def isComplete(self) -> bool:
        return bool({"name", "first_name", "last_name"} & set(self.mapping()))

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        return True


PREVIEW_COLUMN_MAX = 320
#: Files from this size on are read on a worker thread (a 100k-row export is several megabytes).
BACKGROUND_PARSE_BYTES = 512 * 1024


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # What the import leaves out (cards or rows that cannot be read, lines of cards, columns that
        # no field takes), so that nothing is dropped without a word.
        self.problems_label = QLabel()
        self.problems_label.setObjectName("importProblemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        self._ok = False
        self._task: Task[ParsedFile] | None = None
        self._generation = 0

    def initializePage(self) -> None:
        wizard = self._wizard
        self._ok = False
        self.model.set_rows([], [])
        self._show_problems([], [], [])
        self.completeChanged.emit()
        data, name, fmt, mapping = wizard.data, wizard.path.name, wizard.format, wizard.mapping
        if len(data) < BACKGROUND_PARSE_BYTES:
            try:
                parsed = parse_contacts(data, name, fmt, mapping)
            except (NetPlannerError, OSError) as exc:
                self._refuse(exc)
                return
            self._show(parsed)
            return
        # A big file is read on a worker (no database involved), the wizard answering meanwhile.
        self.summary.setText(self.tr("Reading %1…").replace("%1", name))
        generation = self._generation = self._generation + 1

        def arrived(parsed: ParsedFile) -> None:
            if generation == self._generation:
                self._show(parsed)

        def failed(exc: BaseException) -> None:
            # Whatever stopped the worker, the page says so (never stays on "Reading…"); nothing was
            # changed, the database is not involved.
            if generation == self._generation:
                self._refuse(exc)

        self._task = run_in_background(self, lambda _progress: parse_contacts(data, name, fmt, mapping),
                                       arrived, failed)

    def reading(self) -> bool:
        """True while a worker still reads the file."""
        return self._task is not None and self._task.running

    def cleanupPage(self) -> None:
        self._generation += 1  # a file still being read is no longer wanted
        super().cleanupPage()

    def _refuse(self, exc: BaseException) -> None:
        self._ok = False
        self.model.set_rows([], [])
        self._show_problems([], [], [])
        self.summary.setText(self.tr("This file cannot be imported: %1").replace("%1", user_message(exc)))
        self.completeChanged.emit()

    def _show(self, parsed: ParsedFile) -> None:
        wizard = self._wizard
        self._show_problems(parsed.skipped, parsed.ignored, parsed.unmapped)
        wizard.records = parsed.contacts
        wizard.planned = wizard.importer.preview(parsed.contacts)
        self.model.set_rows(parsed.contacts, wizard.planned)
        # Wide enough for what is in them (e-mail addresses), within reason; the rest elides.
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), PREVIEW_COLUMN_MAX))
        counts = {action: sum(1 for p in wizard.planned if p.action == action) for action in (ADD, UPDATE)}
        duplicates = sum(1 for p in wizard.planned if p.candidates)
        self.summary.setText(
            self.tr("%1: %2 people. %3 to add, %4 to update, %5 possible duplicates.")
            .replace("%1", format_labels()[wizard.format])
            .replace("%2", str(len(parsed.contacts)))
            .replace("%3", str(counts[ADD]))
            .replace("%4", str(counts[UPDATE]))
            .replace("%5", str(duplicates))
        )
        self._ok = bool(parsed.contacts)
        self.completeChanged.emit()

    def _show_problems(self, skipped: Sequence[ImportFormatError], ignored: Sequence[ImportFormatError],
                       unmapped: Sequence[str]) -> None:  # fmt: skip
        self.problems.clear()
        for problem in skipped:
            self.problems.addItem(self.tr("Left out: %1").replace("%1", user_message(problem)))
        for problem in ignored:
            self.problems.addItem(self.tr("Line ignored: %1").replace("%1", user_message(problem)))
        if unmapped:
            self.problems.addItem(
                self.tr("Columns not imported (no field takes them): %1").replace("%1", ", ".join(unmapped))
            )
        count = self.problems.count()
        self.problems_label.setText(
            self.tr("%n cards or rows cannot be read and are left out; the rest can be imported.", "",
                    len(skipped)) if skipped else
            self.tr("Nothing is left out, but note:") if count else ""
        )  # fmt: skip
        self.problems_label.setVisible(bool(count))
        self.problems.setVisible(bool(count))

    def isComplete(self) -> bool:
        return self._ok

    def nextId(self) -> int:
        return PAGE_DUPLICATES if any(p.candidates for p in self._wizard.planned) else PAGE_PROGRESS


class DuplicatesPage(QWizardPage):
    """For each imported person with a similar name at the same organisation: add, or the same person."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Possible duplicates"))
        self.setSubTitle(self.tr("These people look like someone already in your network. Choose for each."))
        self.choices: dict[int, QComboBox] = {}
        self._body = QWidget()
        self._form = QFormLayout(self._body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._body)
        QVBoxLayout(self).addWidget(scroll)

    def initializePage(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.choices.clear()
        for plan in self._wizard.planned:
            if not plan.candidates:
                continue
            record = self._wizard.records[plan.index]
            combo = QComboBox()
            combo.setObjectName(f"duplicate_{plan.index}")
            combo.addItem(self.tr("Add as a new person"), None)
            for candidate in plan.candidates:
                shared = candidate.reason == SHARED_EMAIL
                text = self.tr("Same person as %1 (they share an e-mail)") if shared else self.tr(
                    "Same person as %1")
                combo.addItem(text.replace("%1", candidate.existing_name), candidate.existing_id)
            self.choices[plan.index] = combo
            self._form.addRow(f"{record.name} ({record.organisation})", combo)

    def validatePage(self) -> bool:
        self._wizard.merge_into = {
            index: combo.currentData() for index, combo in self.choices.items() if combo.currentData()
        }
        return True


class ProgressPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel_button)
        self._cancel_requested = False
        self.result: ImportResult | None = None
        self.error: str | None = None  # why the import failed (it was rolled back)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.result = None
        self.error = None
        self._cancel_requested = False
        self.bar.setValue(0)
        self.status.setText(self.tr("Ready to import."))
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()

    def request_cancel(self) -> None:
        self._cancel_requested = True

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        QCoreApplication.processEvents()  # let the Cancel button be pressed between chunks

    def run(self) -> ImportResult | None:
        """Import now (the wizard calls it when the page is shown; tests call it directly).

        Returns None when the import failed: `error` says why and the page shows it."""
        wizard = self._wizard
        try:
            result = wizard.importer.import_contacts(
                wizard.records, merge_into=wizard.merge_into, progress=self._progress,
                cancel=lambda: self._cancel_requested,
            )  # fmt: skip
        except NetPlannerError as exc:
            # The import is one transaction, so nothing was written; the wizard can now be closed.
            self.error = user_message(exc)
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Import failed: nothing was changed.") + "\n" + self.error)
            self.completeChanged.emit()
            return None
        result.format = wizard.format
        self.result = result
        self.cancel_button.setEnabled(False)
        self.status.setText(
            self.tr("Import cancelled: nothing was changed.") if result.cancelled else
            self.tr("Done: %1 added, %2 updated, %3 unchanged.")
            .replace("%1", str(result.added)).replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
        )  # fmt: skip
        self.completeChanged.emit()
        if not result.cancelled:
            wizard.imported.emit(result)
        return result

    def isComplete(self) -> bool:
        return self.result is not None or self.error is not None


class ImportWizard(QWizard):
    """Import contacts from a file. `imported` is emitted with the ImportResult when rows were written."""

    imported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(960, 600)
        self.services = services
        self.importer = services.importing
        self.path = Path()
        self.data = b""
        self.format = ""
        self.table: csv_formats.CsvTable | None = None
        self.mapping: dict[str, str] | None = None
        self.records: list[ImportedContact] = []
        self.planned: list[PlannedRow] = []
        self.merge_into: dict[int, int] = {}
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.progress_page = ProgressPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_DUPLICATES, self.duplicates_page)
        self.setPage(PAGE_PROGRESS, self.progress_page)
        self.orgchart_page = OrgChartPage(services)
        self.setPage(PAGE_ORGCHART, self.orgchart_page)
        self.setStartId(PAGE_FILE)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.currentIdChanged.connect(self._page_changed)

    def set_source(self, path: Path, data: bytes, fmt: str, table: csv_formats.CsvTable | None) -> None:
        self.path, self.data, self.format, self.table = path, data, fmt, table
        self.mapping = None
        self.merge_into = {}

    def _page_changed(self, page_id: int) -> None:
        page = self.progress_page
        if page_id == PAGE_PROGRESS and page.result is None and page.error is None:
            page.run()

    def reject(self) -> None:
        # Until the import has ended, the wizard's own Cancel asks it to stop (it rolls back); once it
        # has ended, with a result or an error, Cancel closes the wizard.
        page = self.progress_page
        if self.currentId() == PAGE_PROGRESS and page.result is None and page.error is None:
            self.progress_page.request_cancel()
            return
        super().reject()
