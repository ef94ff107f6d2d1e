"""Unlock and first run: ask for the passphrase (or the recovery key), choose a new passphrase, and show a new
recovery key once, with buttons to copy it and to save it to a file of the user's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import ValidationError
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.errors import user_message
from netplanner.storage import keystore
from netplanner.storage.keys import check_new_passphrase
from netplanner.storage.keystore import KeyMode


class UnlockDialog(QDialog):
    """Asks for what opens this database: its passphrase (passphrase mode has no recovery key), or the
    recovery key when the keychain lost its key; the caller tries it and calls set_error on failure."""

    def __init__(self, database: Path, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock NetPlanner"))
        self.setMinimumWidth(480)
        mode = keystore.key_mode(database)
        if mode is KeyMode.PASSPHRASE:
            ask = self.tr("Your network is encrypted. Enter your passphrase.")
            field = self.tr("Passphrase")
            self._missing = self.tr("Enter your passphrase.")
        elif mode is KeyMode.KEYRING:
            ask = self.tr("Your network is encrypted and the keychain no longer has its key. Enter the "
                          "recovery key you were shown when the database was made.")
            field = self.tr("Recovery key")
            self._missing = self.tr("Enter your recovery key.")
        else:
            ask = self.tr("Your network is encrypted. Enter your passphrase, or your "
                          "recovery key if the keychain no longer has the key.")
            field = self.tr("Passphrase or recovery key")
            self._missing = self.tr("Enter your passphrase or recovery key.")
        intro = QLabel(message or ask)
        intro.setWordWrap(True)
        where = QLabel(self.tr("Database: %1").replace("%1", str(database)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(mid);")
        self.secret = QLineEdit()
        self.secret.setObjectName("passphraseField")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(field)
        self.secret.setPlaceholderText(field)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.secret.text()

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.secret.selectAll()
        self.secret.setFocus()

    def accept(self) -> None:
        if not self.secret.text():
            self.set_error(self._missing)
            return
        super().accept()


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (typed twice); used where no secure keychain exists, or by choice."""

    def __init__(self, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Choose a passphrase"))
        self.setMinimumWidth(500)
        intro = QLabel(
            message
            or self.tr("Your network is kept in an encrypted file. Choose a passphrase to protect it.")
        )
        intro.setWordWrap(True)
        warning = QLabel(
            self.tr("Nobody can recover a forgotten passphrase: not even NetPlanner. Keep it somewhere safe.")
        )
        warning.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("newPassphraseField")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphraseField")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Repeat it"), self.second)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        try:
            check_new_passphrase(self.first.text())
            if self.first.text() != self.second.text():
                raise ValidationError(self.tr("The two passphrases differ; type the same one twice."))
        except ValidationError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        super().accept()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once. Continue is enabled when the user confirms they kept it."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "Your network is encrypted, and its key is kept in your system's keychain, so NetPlanner "
                "opens without asking. If the keychain is ever lost (a new computer, a reinstalled system) "
                "this recovery key is the only way to open your data. It is shown only now: copy it into "
                "your password manager, or save it and keep the file somewhere safe."
            )
        )
        intro.setWordWrap(True)
        self.key_field = QLineEdit(recovery_key)
        self.key_field.setObjectName("recoveryKeyField")
        self.key_field.setReadOnly(True)
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.1)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_field.setFont(mono)
        self.key_field.setMinimumWidth(self.key_field.fontMetrics().horizontalAdvance(recovery_key) + 24)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("&Save to file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.clicked.connect(lambda: self.save())  # noqa: PLW0108  not save(checked)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.kept = QCheckBox(self.tr("I have &stored my recovery key in a safe place"))
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&ontinue"))
        self.ok.setEnabled(False)
        self.kept.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_field)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.status.setText(self.tr("Copied. Paste it into your password manager."))

    def save(self, path: str | None = None) -> None:
        target = (
            path
            or QFileDialog.getSaveFileName(
                self,
                self.tr("Save recovery key"),
                "netplanner-recovery-key.txt",
                self.tr("Text files (*.txt)"),
            )[0]
        )
        if not target:
            return
        Path(target).write_text(
            self.tr("NetPlanner recovery key (keep it secret, keep it safe):") + f"\n{self.recovery_key}\n",
            encoding="utf-8",
        )
        self.status.setText(self.tr("Saved to %1.").replace("%1", target))

    def reject(self) -> None:
        # The key is shown once: closing without confirming is not allowed.
        if self.kept.isChecked():
            super().reject()
