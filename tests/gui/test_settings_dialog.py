"""The Settings dialog saves its values all or nothing and tells the views when something changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.settings import SettingsDialog


def test_a_refused_setting_saves_nothing_and_a_good_save_tells_the_views(
    qtbot: QtBot, ctx: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the values before a refused one were saved, but settingsChanged was never emitted."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: warnings.append(text))
    emitted: list[bool] = []
    ctx.events.changed.connect(lambda _changes: emitted.append(True))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.capacity.setValue(7)
    dialog.language.addItem("Bogus", "x" * 20)  # longer than any language code: the service refuses it
    dialog.language.setCurrentIndex(dialog.language.count() - 1)
    dialog.accept()
    assert len(warnings) == 1
    assert ctx.services.settings.get("weekly_capacity") == 3
    assert emitted == []
    assert dialog.result() != SettingsDialog.DialogCode.Accepted

    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert ctx.services.settings.get("weekly_capacity") == 7
    assert emitted == [True]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
