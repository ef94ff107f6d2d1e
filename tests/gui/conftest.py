"""GUI fixtures: a GuiContext over a real encrypted database, with the example network or empty."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from netplanner.demo import DEMO_TODAY
from netplanner.gui.context import DataEvents, GuiContext
from netplanner.services.facade import Services


@pytest.fixture(autouse=True)
def _layout_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Remembered window layouts go to a temporary folder, never the user's."""
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings"))
    )


def make_ctx(services: Services, today: dt.date = DEMO_TODAY) -> GuiContext:
    return GuiContext(services=services, events=DataEvents(), undo_stack=QUndoStack(), today=lambda: today)


@pytest.fixture
def ctx(qapp: object, services: Services) -> GuiContext:
    return make_ctx(services)


@pytest.fixture
def demo_ctx(qapp: object, demo_services: Services) -> GuiContext:
    return make_ctx(demo_services)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform says it "does not support" window hints, raise() and keyboard grabs
    (popups): platform limits, not our bugs."""
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))
