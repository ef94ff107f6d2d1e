"""Settings > Sync (`syncSettings`): the user's own CardDAV/CalDAV server through vdirsyncer (issue 16).

The page names the address book, the calendar, the user and the local sync folder, keeps the password
in the keychain (`SyncService.setup`), and runs "Test connection" (`vdirsyncer discover`) and "Sync now".
vdirsyncer runs in a QProcess driven by `SyncRunner`, so the window never blocks; the runner also syncs
every N minutes while the app runs (`attach(window, ctx)`), and shows progress in the status bar.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.services.sync import (
    INSTALL_HINT,
    Call,
    Outcome,
    SyncConfig,
    SyncService,
    SyncSummary,
    vdirsyncer_command,
)

RUNNER_NAME = "syncRunner"


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def summary_text(summary: SyncSummary) -> str:
    """One line for the status bar, in the user's language."""
    parts = []
    if summary.added:
        parts.append(_fill(QCoreApplication.translate("SyncSettings", "new from the server: %1"),
                           summary.added))
    if summary.updated:
        parts.append(_fill(QCoreApplication.translate("SyncSettings", "updated from the server: %1"),
                           summary.updated))
    if summary.trashed:
        parts.append(_fill(QCoreApplication.translate("SyncSettings", "moved to the Trash: %1"),
                           summary.trashed))
    if summary.sent:
        parts.append(_fill(QCoreApplication.translate("SyncSettings", "cards sent: %1"), summary.sent))
    if summary.conflicts:
        parts.append(_fill(QCoreApplication.translate("SyncSettings", "conflicts, ours kept: %1 (%2)"),
                           len(summary.conflicts), ", ".join(summary.conflicts)))
    parts.append(_fill(QCoreApplication.translate("SyncSettings", "touches in your calendar: %1"),
                       summary.touches))
    return _fill(QCoreApplication.translate("SyncSettings", "Synced: %1"), "; ".join(parts))


class SyncRunner(QObject):
    """Drives a sync's steps, each vdirsyncer run in a QProcess; one sync at a time."""

    finished = Signal(object)  # what the steps returned (a SyncSummary, or what discover found)
    failed = Signal(str)
    progress = Signal(str)

    def __init__(self, ctx: GuiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(RUNNER_NAME)
        self.ctx = ctx
        self._steps: Generator[Call, Outcome, Any] | None = None
        self._process: QProcess | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync)
        self.schedule()

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def schedule(self) -> None:
        config = SyncService(self.ctx.services).config()
        minutes = config.interval_minutes if config else 0
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def sync(self) -> None:
        self.start(lambda service: service.steps())

    def start(self, make: Any) -> None:
        if self.busy:
            return
        try:
            self._steps = make(SyncService(self.ctx.services))
        except NetPlannerError as exc:
            self.failed.emit(user_message(exc))
            return
        self._advance(None)

    def _advance(self, outcome: Outcome | None) -> None:
        assert self._steps is not None
        try:
            call = next(self._steps) if outcome is None else self._steps.send(outcome)
        except StopIteration as done:
            self._steps = None
            self.finished.emit(done.value)
            return
        except NetPlannerError as exc:
            self._steps = None
            self.failed.emit(user_message(exc))
            return
        self.progress.emit({
            "discover": QCoreApplication.translate("SyncSettings", "Sync: asking the server what it has…"),
            "pull": QCoreApplication.translate("SyncSettings", "Sync: fetching changes from the server…"),
            "push": QCoreApplication.translate("SyncSettings", "Sync: sending your changes…"),
        }[call.purpose])
        process = QProcess(self)
        environment = QProcessEnvironment()
        for key, value in call.env.items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(lambda _code, _status: self._finished(process))
        process.errorOccurred.connect(lambda error: self._error(process, error))
        self._process = process
        process.start(call.argv[0], call.argv[1:])

    def _finished(self, process: QProcess) -> None:
        output = bytes(process.readAll().data()).decode("utf-8", errors="replace")
        normal = process.exitStatus() == QProcess.ExitStatus.NormalExit
        process.deleteLater()
        self._process = None
        self._advance(Outcome(process.exitCode() if normal else -9, output))

    def _error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            process.deleteLater()
            self._process = None
            self._steps = None
            self.failed.emit(_fill(QCoreApplication.translate(
                "SyncSettings", "vdirsyncer could not be started; install it with %1."), INSTALL_HINT))


def attach(window: QWidget, ctx: GuiContext) -> SyncRunner:
    """The window's one sync runner (made on first use): it shows what it does in the status bar."""
    found = window.findChild(SyncRunner, RUNNER_NAME)
    if isinstance(found, SyncRunner):
        return found
    runner = SyncRunner(ctx, window)
    if isinstance(window, QMainWindow):
        bar = window.statusBar()
        runner.progress.connect(bar.showMessage)
        runner.failed.connect(bar.showMessage)
        runner.finished.connect(lambda result: bar.showMessage(summary_text(result))
                                if isinstance(result, SyncSummary) else None)
    return runner


class SyncSettingsPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("syncSettings")
        self.service = SyncService(ctx.services)
        config = self.service.config()

        intro = QLabel(self.tr(
            "Share your people and your plan with your phone and other computers through your own "
            "CardDAV/CalDAV server (Nextcloud, Radicale, …). NetPlanner itself never connects: vdirsyncer "
            "does. Shared with the server: name, organisation, department, title, e-mail addresses, phone "
            "numbers, LinkedIn URL and tags. Your assessments, notes, preparation and history stay here."))
        intro.setWordWrap(True)
        self.missing = QLabel(self.tr("vdirsyncer is not installed. Install it with %1 and open Settings "
                                      "again.").replace("%1", str(INSTALL_HINT)))
        self.missing.setWordWrap(True)
        self.missing.setVisible(vdirsyncer_command() is None)

        form = QFormLayout()
        self.carddav = QLineEdit(config.carddav_url if config else "")
        self.carddav.setPlaceholderText("https://cloud.example.com/remote.php/dav/addressbooks/users/me/contacts/")
        self.carddav.setAccessibleName(self.tr("Address book address (CardDAV)"))
        form.addRow(self.tr("&Address book (CardDAV)"), self.carddav)
        self.caldav = QLineEdit(config.caldav_url if config else "")
        self.caldav.setPlaceholderText("https://cloud.example.com/remote.php/dav/calendars/me/personal/")
        self.caldav.setAccessibleName(self.tr("Calendar address (CalDAV)"))
        form.addRow(self.tr("&Calendar (CalDAV)"), self.caldav)
        self.user = QLineEdit(config.user if config else "")
        self.user.setAccessibleName(self.tr("User name on the server"))
        form.addRow(self.tr("&User name"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password on the server"))
        self.password.setPlaceholderText(self.tr("kept in your keychain") if config else "")
        form.addRow(self.tr("&Password"), self.password)
        self.folder = QLineEdit(str(config.folder) if config else "")
        self.folder.setAccessibleName(self.tr("Local sync folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Sync &folder"), folder_row)
        folder_note = QLabel(self.tr("The folder holds a plaintext (unencrypted) copy of the shared fields."))
        folder_note.setWordWrap(True)
        form.addRow(folder_note)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Events"), False)
        self.kind.addItem(self.tr("To-dos"), True)
        self.kind.setCurrentIndex(1 if config and config.todos else 0)
        self.kind.setAccessibleName(self.tr("Planned touches as events or to-dos"))
        form.addRow(self.tr("Touches &as"), self.kind)
        self.private = QCheckBox(self.tr("Include my private &notes in calendar items"))
        self.private.setChecked(bool(config and config.include_private))
        form.addRow(self.private)
        self.interval = QSpinBox()
        self.interval.setRange(0, 1440)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("only when I ask"))
        self.interval.setValue(config.interval_minutes if config else 0)
        self.interval.setAccessibleName(self.tr("Sync every so many minutes while the app runs"))
        form.addRow(self.tr("Sync &every"), self.interval)

        self.save_button = QPushButton(self.tr("&Save and test connection"))
        self.save_button.clicked.connect(self.save)
        self.sync_button = QPushButton(self.tr("Sync n&ow"))
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setEnabled(config is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.missing)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        host = parent.window() if parent is not None else None
        owner = host.parentWidget() if host is not None and host.parentWidget() is not None else host
        self.runner = attach(owner, ctx) if owner is not None else SyncRunner(ctx, self)
        self.runner.progress.connect(self.status.setText)
        self.runner.failed.connect(self._failed)
        self.runner.finished.connect(self._finished)

    def config(self) -> SyncConfig:
        return SyncConfig(self.carddav.text().strip(), self.caldav.text().strip(), self.user.text().strip(),
                          Path(self.folder.text().strip()).expanduser(), bool(self.kind.currentData()),
                          self.private.isChecked(), self.interval.value())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        """Test the connection with what is typed; only when it works is anything kept."""
        config = self.config()
        password = self.password.text() or None

        def steps(service: SyncService) -> Generator[Call, Outcome, Any]:
            found = yield from service.discover_steps(password, config)
            service.keep(config, password)
            return found

        self.runner.start(steps)

    def sync_now(self) -> None:
        self.runner.sync()

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _finished(self, result: object) -> None:
        if isinstance(result, SyncSummary):
            self.status.setText(summary_text(result))
            return
        found = ", ".join(str(item) for item in result) if isinstance(result, list) else ""
        self.status.setText(self.tr("Connected; the server offers: %1. Settings saved.").replace("%1", str(
            found or self.tr("nothing yet"))))
        self.password.clear()
        self.password.setPlaceholderText(self.tr("kept in your keychain"))
        self.sync_button.setEnabled(True)
        self.runner.schedule()
