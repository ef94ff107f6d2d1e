"""File > Export mentoring plan: choose weeks, language, private notes and a file, then write the PDF with
a progress dialog. The PDF is built in memory and written at the end, so cancelling leaves no file.
Afterwards a note says where it went and offers to open it or its folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.background import Cancelled, run_in_background
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.report import can_write_off_the_gui_thread, default_language, prepare_plan, write_content_pdf
from netplanner.report.content import PlanContent
from netplanner.report.strings import Words
from netplanner.services.planner import MAX_WEEKS

DEFAULT_WEEKS = 8

#: Opens a file or folder in the system's viewer; tests pass their own so that no viewer starts.
UrlOpener = Callable[[QUrl], object]


class ExportCancelledError(Exception):
    """The user pressed Cancel in the progress dialog (not an error to show)."""


class ExportReportDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *,
                 open_url: UrlOpener = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = open_url
        self.written: Path | None = None
        self.pages = 0
        self.notice: QMessageBox | None = None
        self.setObjectName("exportReportDialog")
        self.setWindowTitle(self.tr("Export mentoring plan"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "A PDF to bring to a talk with your manager or mentor: your goals and the people who support "
            "them, the outreach schedule, follow-ups and thanks, give and take, relationship strength and "
            "a review checklist."))
        intro.setWordWrap(True)

        self.weeks = QSpinBox()
        self.weeks.setObjectName("reportWeeks")
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))

        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        index = self.language.findData(default_language(ctx.services))
        self.language.setCurrentIndex(max(0, index))

        self.private = QCheckBox(self.tr("Include &private notes"))
        self.private.setObjectName("reportPrivate")
        self.private.setChecked(False)
        self.private.setToolTip(self.tr(
            "Your notes on people and interactions and the answers to your questions. Leave this off "
            "for a copy you hand to someone else."))

        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.setText(str(self._default_path()))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("Outreach schedule for"), self.weeks)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.private)
        # A label made by addRow(text, layout) has no buddy and would show the "&" itself.
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _default_path(self) -> Path:
        """In Documents, or in the home folder where there is no Documents folder (none is made)."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        name = self.tr("mentoring-plan-%1.pdf").replace("%1", self.ctx.today().isoformat())
        return folder / name

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export mentoring plan"), self.path.text(),
                                                self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def export(self) -> bool:
        """Write the PDF to the chosen file; True when written (then the dialog is accepted)."""
        text = self.path.text().strip()
        if not text:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a file to write the plan to."))
            return False
        target = Path(text).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        progress = QProgressDialog(self.tr("Writing the mentoring plan…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)

        def report(fraction: float, _step: str) -> None:
            if progress.wasCanceled():
                raise ExportCancelledError
            progress.setValue(round(fraction * 100))

        try:
            # What the plan says comes from the app's one snapshot, on this thread; the layout and the
            # painting, the long part, run on a worker while the window stays responsive.
            content, words = prepare_plan(
                self.ctx.services, target, lang=str(self.language.currentData()), weeks=self.weeks.value(),
                include_private=self.private.isChecked(), today=self.ctx.today(),
                progress=lambda fraction, text: report(fraction * 0.3, text))
            pages = self._write(content, words, target, progress)
        except ExportCancelledError:
            return False
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return False
        finally:
            progress.close()
        if pages is None:
            return False
        self.pages = pages
        self.written = target
        self.notice = self._announce(target)
        self.accept()
        return True

    def _write(self, content: PlanContent, words: Words, target: Path, progress: QProgressDialog
               ) -> int | None:
        """The page count once the PDF is written on a worker (None if cancelled); the dialog's own
        event loop runs meanwhile, so the window repaints and Cancel answers at once."""

        def show(fraction: float, _text: str = "") -> None:
            progress.setValue(round((0.3 + 0.7 * fraction) * 100))

        if not can_write_off_the_gui_thread():
            def here(fraction: float, text: str) -> None:
                if progress.wasCanceled():
                    raise ExportCancelledError
                show(fraction, text)

            return write_content_pdf(content, words, target, progress=here)
        outcome: list[object] = []
        loop = QEventLoop()

        def finish(value: object) -> None:
            outcome.append(value)
            loop.quit()

        task = run_in_background(self, lambda step: write_content_pdf(content, words, target, progress=step),
                                 finish, finish, progress=show)
        progress.canceled.connect(task.cancel)
        if task.running:
            loop.exec()
        result = outcome[0] if outcome else None
        if isinstance(result, Cancelled):
            return None
        if isinstance(result, BaseException):
            raise result
        return int(result) if isinstance(result, int) else None

    def _announce(self, target: Path) -> QMessageBox:
        """A note, left open after this dialog closes, that says where the plan went, with Open and
        Open folder."""
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(),
                          self.tr("The mentoring plan (%n page(s)) was saved as:", "", self.pages),
                          QMessageBox.StandardButton.Close, self.parentWidget())
        box.setObjectName("reportWrittenNotice")
        box.setInformativeText(str(target))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_file = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_file.setObjectName("openReport")
        open_folder = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.setObjectName("openReportFolder")
        box.setDefaultButton(open_file)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opener = self.open_url  # not self: the note outlives this dialog
        open_file.clicked.connect(lambda: opener(QUrl.fromLocalFile(str(target))))
        open_folder.clicked.connect(lambda: opener(QUrl.fromLocalFile(str(target.parent))))
        box.open()
        return box
