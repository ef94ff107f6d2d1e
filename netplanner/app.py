"""Composition root of the desktop app: QApplication, unlock or first run, services, main window.

Unlock policy (design section 4): with NETPLANNER_PASSPHRASE set nothing is asked, and a wrong key or a
foreign file ends with one line on stderr and a non-zero exit (the file untouched). Otherwise an existing
database opens silently with its keychain key, or asks for the passphrase or recovery key until the
user gets it right or quits; a new database keeps a random key in the keychain and shows the recovery
key once, or asks for a new passphrase where no secure keychain exists.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from netplanner import paths
from netplanner.cli import resume_collection
from netplanner.domain.errors import NetPlannerError
from netplanner.gui.errors import user_message
from netplanner.gui.i18n import install_translators, uninstall_translators
from netplanner.services import unlock
from netplanner.storage import keystore
from netplanner.storage.db import database_exists
from netplanner.storage.errors import KeyringError, PassphraseRequiredError, WrongKeyError
from netplanner.storage.keys import DatabaseKey
from netplanner.storage.portable import restore_backup

EXIT_OK = 0
EXIT_ERROR = 1
#: How long after the window shows the garbage collector, paused for start-up, runs again.
RESUME_COLLECTION_MS = 1500


class Prompts(Protocol):
    """What the unlock flow asks the user; the GUI answers with dialogs, tests with scripts."""

    def ask_secret(self, database: Path, message: str, error: str) -> str | None:
        """The passphrase or recovery key, or None to quit."""

    def ask_new_passphrase(self, message: str) -> str | None:
        """A new passphrase (already checked and confirmed), or None to quit."""

    def show_recovery_key(self, recovery_key: str) -> None: ...

    def show_error(self, message: str) -> None: ...


class DialogPrompts:
    def ask_secret(self, database: Path, message: str, error: str) -> str | None:
        from netplanner.gui.dialogs.unlock import UnlockDialog  # noqa: PLC0415  GUI only

        dialog = UnlockDialog(database, message)
        if error:
            dialog.set_error(error)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_new_passphrase(self, message: str) -> str | None:
        from netplanner.gui.dialogs.unlock import NewPassphraseDialog  # noqa: PLC0415

        dialog = NewPassphraseDialog(message)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def show_recovery_key(self, recovery_key: str) -> None:
        from netplanner.gui.dialogs.unlock import RecoveryKeyDialog  # noqa: PLC0415

        RecoveryKeyDialog(recovery_key).exec()

    def show_error(self, message: str) -> None:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "NetPlanner cannot open the database"), message
        )


def open_interactively(
    path: Path, prompts: Prompts, environ: Mapping[str, str] | None = None
) -> unlock.OpenedDatabase | None:
    """Open or create the database, asking through `prompts` where needed; None when the user quits.

    Errors that asking cannot fix (damaged file, file in use, not a NetPlanner database) are raised.
    """
    env = dict(os.environ if environ is None else environ)
    notes = unlock.recover_interrupted(path)
    opened = _open_or_ask(path, prompts, env)
    if opened is not None:
        opened.warnings[:0] = notes
        if opened.recovery_key:
            prompts.show_recovery_key(opened.recovery_key)
    return opened


def _open_or_ask(path: Path, prompts: Prompts, env: dict[str, str]) -> unlock.OpenedDatabase | None:
    if env.get(keystore.PASSPHRASE_ENV):
        return unlock.open_or_create(path, environ=env)
    if not database_exists(path):
        try:
            return unlock.create_new(path, environ=env)
        except PassphraseRequiredError as exc:
            passphrase = prompts.ask_new_passphrase(user_message(exc))
            if passphrase is None:
                return None
            return unlock.create_new(path, passphrase=passphrase, environ=env)
    message, error = "", ""
    try:
        return unlock.open_existing(path, environ=env)
    except (PassphraseRequiredError, KeyringError) as exc:
        shown = isinstance(exc, KeyringError | unlock.InterruptedKeyChangeError)
        message = user_message(exc) if shown else ""
    except WrongKeyError:
        error = QCoreApplication.translate(
            "App", "The key in your keychain does not open this database. Enter your recovery key."
        )
    while True:
        text = prompts.ask_secret(path, message, error)
        if text is None:
            return None
        try:
            return unlock.open_with_text(path, text, environ=env)
        except WrongKeyError:
            error = QCoreApplication.translate(
                "App", "That passphrase or recovery key does not open this database. Try again."
            )
        except PassphraseRequiredError as exc:
            error = user_message(exc)


def run_gui(
    database_path: Path,
    *,
    prompts: Prompts | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    run_loop: bool = True,
    quit_after_start: bool = False,
    minimized: bool = False,
) -> int:
    """Start the app on this database. Returns the process exit code. `minimized` (the autostart
    entry): only the tray icon when reminders are on and a tray exists, else a minimised window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("NetPlanner")
    app.setOrganizationName("NetPlanner")
    app.setApplicationDisplayName("NetPlanner")
    app.setDesktopFileName("se.netplanner.NetPlanner")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "netplanner.svg"))))
    from_env = bool(os.environ.get(keystore.PASSPHRASE_ENV))
    install_translators(app, "")  # unlock prompts follow the system: the language setting is in the database
    try:
        opened = open_interactively(Path(database_path), prompts or DialogPrompts())
    except NetPlannerError as exc:
        if from_env or not run_loop:
            print(f"netplanner: {exc}", file=sys.stderr)
        else:
            (prompts or DialogPrompts()).show_error(user_message(exc))
        uninstall_translators(app)
        return EXIT_ERROR
    if opened is None:
        uninstall_translators(app)
        return EXIT_OK  # the user chose Quit at the prompt
    opened.services.prefetch()  # the People table's rows and strength, read while the window is built
    install_translators(app, str(opened.services.settings.get("language") or ""))

    from netplanner.gui.context import DataEvents, GuiContext  # noqa: PLC0415  after the QApplication
    from netplanner.gui.main_window import MainWindow  # noqa: PLC0415
    from netplanner.gui.tray import Reminders  # noqa: PLC0415

    try:
        while True:  # once, or again after File > Restore from backup replaced the database
            ctx = GuiContext(services=opened.services, events=DataEvents(), undo_stack=QUndoStack(),
                             today=today)
            try:
                window = MainWindow(ctx, opened=opened, database_path=Path(database_path))
                reminders = Reminders(ctx, window)
                if not minimized:
                    window.show()
                elif not reminders.active():
                    window.showMinimized()
                if opened.warnings:
                    window.statusBar().showMessage(" ".join(opened.warnings))
                # Start-up paused the collector (cli.main); its first full pass walks everything start-up
                # made, so it waits until the window has painted and settled.
                QTimer.singleShot(RESUME_COLLECTION_MS, resume_collection)
                if quit_after_start:
                    _quit_when_started(app, window)
                code = app.exec() if run_loop else EXIT_OK
                window.close()
                reminders.stop()
                restore = window.restore_request
                window.deleteLater()
            finally:
                key = opened.services.db.key
                opened.close()
            if restore is None:
                return int(code)
            gc.unfreeze()  # the replaced window was made before start-up froze what it had made
            try:
                opened = restore_and_reopen(Path(database_path), key, *restore)
            except NetPlannerError as exc:
                (prompts or DialogPrompts()).show_error(user_message(exc))
                opened = unlock.open_existing(Path(database_path), key=key)
    finally:
        uninstall_translators(app)


def _quit_when_started(app: QApplication, window: Any) -> None:
    """For the start-up benchmark: once the event loop runs, say on stderr when the window was shown,
    when the People table's strength was in and when everyone's rows were (workers may still be
    reading them), then quit."""
    shown: list[float] = []
    arrived: dict[str, float] = {}
    poll = QTimer(app)
    poll.setInterval(5)

    def check() -> None:
        now = time.perf_counter()
        if not shown:
            shown.append(now)
        model = window.people.model
        for what, pending in (("strength", model.strength_pending()), ("rows", model.rows_pending())):
            if not pending:
                arrived.setdefault(what, now - shown[0])
        if len(arrived) < 2:
            return
        poll.stop()
        print(f"netplanner-started: strength {arrived['strength']:.3f} s after the window, "
              f"all rows {arrived['rows']:.3f} s after", file=sys.stderr)
        app.quit()

    poll.timeout.connect(check)
    poll.start()


def restore_and_reopen(database: Path, key: DatabaseKey, backup: Path, passphrase: str
                       ) -> unlock.OpenedDatabase:
    """Replace the (closed) database with a backup, encrypted with the same key, and open it."""
    restore_backup(backup, passphrase, database, key, replace=True)
    return unlock.open_existing(database, key=key)
