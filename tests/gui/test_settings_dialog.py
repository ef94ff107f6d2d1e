"""The Settings dialog: values checked inline as typed, saved all or nothing as one undoable step, the
interaction weights per kind with a reset to the defaults."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QMessageBox
from pytestqt.qtbot import QtBot

from netplanner.domain.model import DEFAULT_KIND_WEIGHTS
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.contact_editor import ContactEditorDialog
from netplanner.gui.dialogs.settings import SettingsDialog
from netplanner.gui.models.base import label


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a, **_k: shown.append(text))
    return shown


def test_a_refused_setting_saves_nothing_and_a_good_save_tells_the_views(
    qtbot: QtBot, ctx: GuiContext, no_boxes: list[str]
) -> None:
    emitted: list[bool] = []
    ctx.events.changed.connect(lambda _changes: emitted.append(True))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.capacity.setValue(7)
    dialog.language.addItem("Bogus", "x" * 20)  # longer than any language code: the service refuses it
    dialog.language.setCurrentIndex(dialog.language.count() - 1)
    dialog.accept()
    assert no_boxes == []  # said inline, not in a modal box
    assert dialog.error.isVisibleTo(dialog)
    assert ctx.services.settings.get("weekly_capacity") == 3
    assert emitted == []
    assert dialog.result() != SettingsDialog.DialogCode.Accepted

    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert ctx.services.settings.get("weekly_capacity") == 7
    assert emitted == [True]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_fading_below_99_percent_is_refused_inline_with_the_range(
    qtbot: QtBot, ctx: GuiContext, no_boxes: list[str]
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(99)
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "The fading threshold must be from 5 % to 90 %."
    assert not dialog.save_button.isEnabled()
    dialog.accept()
    assert ctx.services.settings.get("threshold") == pytest.approx(0.35)
    # Fixed: the old refusal goes away at once and Save works again.
    dialog.threshold.setValue(40)
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()
    dialog.accept()
    assert ctx.services.settings.get("threshold") == pytest.approx(0.40)
    assert no_boxes == []


def test_weights_per_kind_are_saved_undone_and_reset(qtbot: QtBot, ctx: GuiContext,
                                                     no_boxes: list[str]) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.weights["coffee"].value() == pytest.approx(0.8)
    dialog.weights["coffee"].setValue(1.5)
    dialog.weights["message"].setValue(0.0)
    assert dialog.error.text() == f"The weight of {label('message').lower()} must be from 0.1 to 3."
    assert not dialog.save_button.isEnabled()
    dialog.weights["message"].setValue(0.2)
    dialog.accept()
    weights = ctx.services.settings.get("kind_weights")
    assert (weights["coffee"], weights["message"]) == (1.5, 0.2)
    assert ctx.services.strength.params().weight_of("coffee") == 1.5
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.services.strength.params().weight_of("coffee") == pytest.approx(0.8)
    ctx.undo_stack.redo()
    assert ctx.services.strength.params().weight_of("coffee") == 1.5

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.weights["coffee"].value() == pytest.approx(1.5)
    again.reset_weights_button.click()
    assert {k: s.value() for k, s in again.weights.items()} == pytest.approx(
        {k.value: w for k, w in DEFAULT_KIND_WEIGHTS.items()})
    again.accept()
    assert ctx.services.strength.params().weight_of("coffee") == pytest.approx(0.8)
    ctx.undo_stack.undo()  # the reset is undoable, too
    assert ctx.services.strength.params().weight_of("coffee") == 1.5
    assert no_boxes == []


def test_half_life_steps_up_from_default_to_the_default(qtbot: QtBot, ctx: GuiContext) -> None:
    dialog = ContactEditorDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.half_life.text() == "default"
    dialog.half_life.stepBy(1)
    assert dialog.half_life.value() == 110
    assert dialog.half_life.text() == "110 days"
    dialog.half_life.stepBy(-1)
    assert dialog.half_life.value() == 109
    assert dialog.half_life.stepEnabled() & QAbstractSpinBox.StepEnabledFlag.StepUpEnabled


def test_an_old_error_goes_once_the_field_is_edited(qtbot: QtBot, ctx: GuiContext) -> None:
    dialog = ContactEditorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.accept()  # no name
    assert dialog.error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.name_edit(), "Anna")
    assert not dialog.error.isVisibleTo(dialog)
