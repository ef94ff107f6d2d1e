"""Settings: how the database is protected (keychain key or passphrase, change of passphrase) and the
planning figures kept in the database (your name, touches per week, fading threshold, half-life, the
weight of each kind of interaction).

The figures are checked as they are typed (by the same rules the core stores them with): a refused value
is named in a red line under the form, with its allowed range, and Save waits until it is fixed. Saving
is one undoable step (Edit > Undo puts every changed value back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
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
from netplanner.domain.model import InteractionKind
from netplanner.gui import autostart, tray, undo
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.dialogs.sync_settings import SyncSettingsPage
from netplanner.gui.dialogs.unlock import NewPassphraseDialog, RecoveryKeyDialog
from netplanner.gui.errors import user_message
from netplanner.gui.i18n import available_languages
from netplanner.gui.models.base import label
from netplanner.services import unlock
from netplanner.services.settings import DEFAULTS, WEIGHT_RANGE, SettingsService
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
        self.threshold.setRange(1, 99)  # wider than allowed: a value out of range is named, not clamped
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

        weights_box = QGroupBox(self.tr("Interaction weights"))
        weights_box.setToolTip(
            self.tr("How much one interaction of each kind adds to a relationship's strength"))
        grid = QGridLayout(weights_box)
        stored_weights = dict(DEFAULTS["kind_weights"]) | dict(values["kind_weights"] or {})
        self.weights: dict[str, QDoubleSpinBox] = {}
        for position, kind in enumerate(InteractionKind):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{kind.value}")
            spin.setRange(0.0, 10.0)
            spin.setDecimals(1)
            spin.setSingleStep(0.1)
            spin.setValue(float(stored_weights.get(kind.value, 1.0)))
            spin.setAccessibleName(self.tr("Weight of %1").replace("%1", label(kind.value)))
            row, pair = divmod(position, 2)
            grid.addWidget(QLabel(label(kind.value)), row, 2 * pair)
            grid.addWidget(spin, row, 2 * pair + 1)
            self.weights[kind.value] = spin
        self.reset_weights_button = QPushButton(self.tr("&Reset to defaults"))
        self.reset_weights_button.setAccessibleName(
            self.tr("Reset the interaction weights to their defaults"))
        self.reset_weights_button.clicked.connect(self.reset_weights)
        grid.addWidget(self.reset_weights_button, (len(self.weights) + 1) // 2, 0, 1, 2)
        self.error = error_label()

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

        reminders_box = self._reminders_box(bool(values.get(tray.SETTING)))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(protection)
        general_layout.addWidget(planning)
        general_layout.addWidget(weights_box)
        general_layout.addWidget(language_box)
        general_layout.addWidget(reminders_box)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&General"))
        self.sync_page = SyncSettingsPage(ctx, self)
        self.tabs.addTab(self.sync_page, self.tr("S&ync"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_mode()
        self.owner.textEdited.connect(self.validate)
        for whole in (self.capacity, self.threshold):
            whole.valueChanged.connect(self.validate)
        for number in (self.half_life, *self.weights.values()):
            number.valueChanged.connect(self.validate)

    def _reminders_box(self, on: bool) -> QGroupBox:
        """The tray reminders switch and "start at login"; where the desktop has no tray, a line
        saying so instead (the switches are off and disabled)."""
        box = QGroupBox(self.tr("Reminders"))
        layout = QVBoxLayout(box)
        has_tray = tray.available()
        self.reminders = QCheckBox(self.tr("Sho&w today's touches and follow-ups in the system tray, "
                                           "with a notification when something falls due"))
        self.reminders.setObjectName("remindersCheck")
        self.reminders.setChecked(on)
        self.autostart = QCheckBox(self.tr("Start at &login, minimised to the tray"))
        self.autostart.setObjectName("autostartCheck")
        self.autostart.setChecked(autostart.is_enabled())
        self.reminders.toggled.connect(self._reminders_toggled)
        layout.addWidget(self.reminders)
        layout.addWidget(self.autostart)
        note = QLabel(self.tr("Notifications show names only, never your notes."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tray_unavailable = QLabel(self.tr("The system tray is not available on this desktop, so "
                                               "reminders cannot be shown here."))
        self.tray_unavailable.setObjectName("trayUnavailable")
        self.tray_unavailable.setWordWrap(True)
        self.tray_unavailable.setVisible(not has_tray)
        layout.addWidget(self.tray_unavailable)
        self.reminders.setEnabled(has_tray)
        self._reminders_toggled(on)
        return box

    def _reminders_toggled(self, on: bool) -> None:
        self.autostart.setEnabled(on and self.reminders.isEnabled())

    def _apply_autostart(self) -> None:
        """Write or remove the autostart entry (a file outside the database, not part of undo)."""
        wanted = self.autostart.isChecked() and self.autostart.isEnabled()
        if wanted == autostart.is_enabled():
            return
        if wanted:
            autostart.enable(self.ctx.services.db.path)
        else:
            autostart.disable()

    def reset_weights(self) -> None:
        for kind, spin in self.weights.items():
            spin.setValue(float(DEFAULTS["kind_weights"][kind]))

    def wanted(self) -> dict[str, Any]:
        return {
            "owner_name": self.owner.text(),
            "weekly_capacity": self.capacity.value(),
            "threshold": self.threshold.value() / 100,
            "default_half_life": self.half_life.value(),
            "kind_weights": {kind: round(spin.value(), 2) for kind, spin in self.weights.items()},
            "language": str(self.language.currentData() or ""),
            tray.SETTING: self.reminders.isChecked(),
        }

    def validate(self) -> bool:
        """Check what is typed; say what is wrong (and the allowed range) under the form, or nothing."""
        try:
            low, high = WEIGHT_RANGE
            bad = [kind for kind, spin in self.weights.items() if not low <= spin.value() <= high]
            if bad:  # named here: the core's message cannot say which kind
                raise NetPlannerError(
                    self.tr("The weight of %1 must be from %2 to %3.")
                    .replace("%1", label(bad[0]).lower()).replace("%2", f"{low:g}").replace("%3", f"{high:g}")
                )
            SettingsService.check(self.wanted())
        except NetPlannerError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            self.save_button.setEnabled(False)
            return False
        self.error.hide()
        self.save_button.setEnabled(True)
        return True

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
        if not self.validate():
            return
        current = self.ctx.services.settings.all()
        changes = {key: value for key, value in self.wanted().items() if not _same(value, current[key])}
        if changes:
            try:
                # All or nothing: a refused value leaves every setting as it was.
                undo.run(self.ctx, undo.ChangeSettingsCommand(self.ctx, changes))
            except NetPlannerError as exc:
                self.error.setText(user_message(exc))
                self.error.show()
                return
        try:
            self._apply_autostart()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Start at login not changed"), user_message(exc))
        super().accept()


def _same(wanted: Any, stored: Any) -> bool:
    if isinstance(wanted, float) and isinstance(stored, int | float):
        return abs(wanted - float(stored)) < 1e-9
    if isinstance(wanted, dict) and isinstance(stored, dict):
        return wanted.keys() == stored.keys() and all(_same(v, stored[k]) for k, v in wanted.items())
    return bool(wanted == stored)
