"""Settings: how the database is protected (keychain key or passphrase, change of passphrase) and the
planning figures kept in the database (your name, touches per week, fading threshold, half-life)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.sync_settings import SyncSettingsPage
from netplanner.gui.dialogs.unlock import NewPassphraseDialog, RecoveryKeyDialog
from netplanner.gui.errors import user_message
from netplanner.gui.i18n import available_languages
from netplanner.services import unlock
from netplanner.storage import keystore
from netplanner.storage.keys import Passphrase


class SettingsDialog(QDialog):
    def __init__(
        self, ctx: GuiContext, parent: QWidget | None = None, opened: unlock.OpenedDatabase | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opened = opened
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(540)

        protection = QGroupBox(self.tr("Protection"))
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.choose_passphrase)
        self.keyring_button = QPushButton(self.tr("Keep the key in the &keychain"))
        self.keyring_button.setAccessibleName(self.tr("Switch to a random key kept in the system keychain"))
        self.keyring_button.clicked.connect(self.use_keyring)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.passphrase_button)
        buttons_row.addWidget(self.keyring_button)
        buttons_row.addStretch(1)
        box = QVBoxLayout(protection)
        box.addWidget(self.mode)
        box.addLayout(buttons_row)

        planning = QGroupBox(self.tr("Planning"))
        form = QFormLayout(planning)
        values = ctx.services.settings.all()
        self.owner = QLineEdit(str(values["owner_name"]))
        self.owner.setAccessibleName(self.tr("Your name"))
        form.addRow(self.tr("Your &name"), self.owner)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 50)
        self.capacity.setValue(int(values["weekly_capacity"]))
        self.capacity.setAccessibleName(self.tr("Touches per week"))
        form.addRow(self.tr("&Touches per week"), self.capacity)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 99)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(round(float(values["threshold"]) * 100))
        self.threshold.setAccessibleName(self.tr("Fading threshold in percent"))
        self.threshold.setToolTip(self.tr("A relationship below this strength counts as fading"))
        form.addRow(self.tr("&Fading below"), self.threshold)
        self.half_life = QDoubleSpinBox()
        self.half_life.setRange(1, 5000)
        self.half_life.setDecimals(0)
        self.half_life.setSuffix(self.tr(" days"))
        self.half_life.setValue(float(values["default_half_life"]))
        self.half_life.setAccessibleName(self.tr("Default half-life in days"))
        form.addRow(self.tr("Default &half-life"), self.half_life)

        language_box = QGroupBox(self.tr("User interface"))
        language_form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language of the user interface"))
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in available_languages().items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(str(values["language"] or ""))))
        language_form.addRow(self.tr("Lan&guage"), self.language)
        restart_note = QLabel(self.tr("A new language is used from the next start of NetPlanner."))
        restart_note.setWordWrap(True)
        language_form.addRow(restart_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(protection)
        general_layout.addWidget(planning)
        general_layout.addWidget(language_box)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&General"))
        self.sync_page = SyncSettingsPage(ctx, self)
        self.tabs.addTab(self.sync_page, self.tr("S&ync"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._show_mode()

    def _mode(self) -> keystore.KeyMode | None:
        return keystore.key_mode(self.ctx.services.db.path)

    def _show_mode(self) -> None:
        mode = self._mode()
        if mode is keystore.KeyMode.PASSPHRASE:
            self.mode.setText(
                self.tr(
                    "The database is protected by your passphrase. It is asked for at every "
                    "start (or taken from NETPLANNER_PASSPHRASE)."
                )
            )
            self.passphrase_button.setText(self.tr("&Change passphrase…"))
        else:
            self.mode.setText(
                self.tr(
                    "The database key is kept in your system's keychain, so NetPlanner "
                    "opens without asking. Your recovery key opens it anywhere."
                )
            )
            self.passphrase_button.setText(self.tr("Use a &passphrase instead…"))
        self.passphrase_button.setAccessibleName(self.passphrase_button.text().replace("&", ""))
        self.keyring_button.setVisible(mode is keystore.KeyMode.PASSPHRASE)
        self.keyring_button.setEnabled(keystore.secure_backend() is not None and self.opened is not None)
        self.passphrase_button.setEnabled(self.opened is not None)

    def choose_passphrase(self) -> None:
        if self.opened is None:
            return
        dialog = NewPassphraseDialog(
            self.tr("Choose the new passphrase. The whole file is re-encrypted with it."), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            unlock.switch_to_passphrase(self.opened, Passphrase(dialog.passphrase()))
        except NetPlannerError as exc:
            QMessageBox.critical(self, self.tr("Passphrase not changed"), user_message(exc))
            return
        QMessageBox.information(
            self, self.tr("Passphrase set"), self.tr("The database is now protected by your new passphrase.")
        )
        self._show_mode()

    def use_keyring(self) -> None:
        if self.opened is None:
            return
        try:
            # Shown before the change is recorded as done: after a crash, the next start shows it.
            unlock.switch_to_keyring(self.opened, show=self._show_recovery_key)
        except NetPlannerError as exc:
            QMessageBox.critical(self, self.tr("Key not moved"), user_message(exc))
            return
        self._show_mode()

    def _show_recovery_key(self, recovery_key: str) -> None:
        RecoveryKeyDialog(recovery_key, self).exec()

    def accept(self) -> None:
        wanted = {
            "owner_name": self.owner.text(),
            "weekly_capacity": self.capacity.value(),
            "threshold": self.threshold.value() / 100,
            "default_half_life": self.half_life.value(),
            "language": str(self.language.currentData() or ""),
        }
        current = self.ctx.services.settings.all()
        changes = {key: value for key, value in wanted.items() if value != current[key]}
        try:
            # All or nothing: a refused value leaves every setting as it was.
            self.ctx.services.settings.set_many(changes)
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return
        super().accept()
