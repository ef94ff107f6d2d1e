"""File > Back up… and Restore from backup…: a portable copy encrypted with a passphrase of its own.

Backing up runs on the open database. Restoring replaces the open database, so the window only asks and
checks here; the app closes the database, restores and reopens (see app.run_gui).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.dialogs.unlock import NewPassphraseDialog
from netplanner.gui.errors import user_message
from netplanner.services.facade import Services
from netplanner.storage.portable import check_backup, export_backup

BACKUP_SUFFIX = ".npbackup"


def make_backup(services: Services, parent: QWidget, today: dt.date) -> Path | None:
    """Ask where and with which passphrase, then write the backup; None when the user cancels."""
    name = f"netplanner-backup-{today.isoformat()}{BACKUP_SUFFIX}"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backup", "Back up NetPlanner"),
        str(Path.home() / name),
        QCoreApplication.translate("Backup", "NetPlanner backups (*.npbackup)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix != BACKUP_SUFFIX:
        path = path.with_name(path.name + BACKUP_SUFFIX)
    dialog = NewPassphraseDialog(
        QCoreApplication.translate(
            "Backup",
            "Choose a passphrase for this backup. You will need it to restore the backup, on this or "
            "any other computer.",
        ),
        parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        export_backup(services.db, path, dialog.passphrase())
    except (NetPlannerError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Backup", "Backup failed"), user_message(exc))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Backup", "Backup written"),
        QCoreApplication.translate("Backup", "Your network was backed up to %1.").replace("%1", str(path)),
    )
    return path


def ask_restore(parent: QWidget) -> tuple[Path, str] | None:
    """Which backup, its passphrase (checked) and the user's yes to replacing everything; None to cancel."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backup", "Restore from backup"),
        str(Path.home()),
        QCoreApplication.translate("Backup", "NetPlanner backups (*.npbackup);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Backup", "Restore from backup"),
        QCoreApplication.translate("Backup", "Passphrase of the backup %1:").replace("%1", path.name),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not passphrase:
        return None
    try:
        check_backup(path, passphrase)
    except NetPlannerError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Backup", "Cannot restore"), user_message(exc))
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Backup", "Replace your network?"),
        QCoreApplication.translate(
            "Backup",
            "Everything in NetPlanner now will be replaced by the backup %1. Your current data is kept "
            "beside the database as an encrypted copy. NetPlanner reopens when it is done.",
        ).replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return path, passphrase


__all__ = ["BACKUP_SUFFIX", "ask_restore", "make_backup"]
