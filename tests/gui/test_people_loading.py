"""A big network's first strength snapshot is built on a worker: the People table is usable at once
and its strength columns fill in when the worker is done."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.models.contacts_model import Column
from netplanner.gui.widgets.people import PeopleWidget
from netplanner.services import facade
from netplanner.services.strength_state import StateStore


def test_strength_fills_in_after_the_table_is_shown(demo_ctx: GuiContext, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {cid: s.strength for cid, s in demo_ctx.services.strength.all(demo_ctx.today()).items()}
    demo_ctx.services.strength._cache = None
    gate = threading.Event()
    original = StateStore.load

    def slow_load(store: StateStore, *args: object, **kwargs: object) -> object:
        if store._conn is not None:
            gate.wait(10)
        return original(store, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(StateStore, "load", slow_load)
    monkeypatch.setattr(facade, "PREFETCH_PEOPLE", 10)
    assert demo_ctx.services.prefetch()

    people = PeopleWidget(demo_ctx)
    qtbot.addWidget(people)
    people.show()
    model = people.model
    assert model.rowCount() == demo_ctx.services.contacts.count()  # the table is there at once
    assert model.strength_pending()
    met = next(row for row in range(model.rowCount()) if expected.get(model.contact_id(row), 0) > 0.1)
    assert not model.data(model.index(met, Column.STRENGTH), Qt.ItemDataRole.DisplayRole)
    people.view.selectRow(met)
    assert people.detail.strength.text() == "Computing strength…"

    with qtbot.waitSignal(model.strengthLoaded, timeout=5000):
        gate.set()
    shown = model.data(model.index(met, Column.STRENGTH), Qt.ItemDataRole.DisplayRole)
    assert shown == f"{round(expected[model.contact_id(met)] * 100)} %"
    assert people.detail.strength.text().startswith("Strength ")
    assert not model.strength_pending()
