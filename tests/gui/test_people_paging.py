"""A big network opens on the name order kept in the database: the People table shows the rows on
screen at once, read a block at a time, while a worker reads everyone; sorting, filtering and renaming
meanwhile work as ever, and an order another program made wrong is sorted afresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.models import contacts_model
from netplanner.gui.models.base import collation_stamp, swedish_collator
from netplanner.gui.models.contacts_model import Column, ContactsModel


@pytest.fixture
def paged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contacts_model, "PAGED_PEOPLE", 10)  # the example network's 40 count as big


def names(model: ContactsModel) -> list[str]:
    return [model.data(model.index(row, Column.NAME), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


def swedish_order(ctx: GuiContext) -> list[str]:
    return sorted((r.name for r in ctx.services.contacts.rows()), key=swedish_collator().sortKey)


def test_the_second_start_shows_everyone_in_order_before_a_worker_read_them(
        demo_ctx: GuiContext, qtbot: QtBot, paged: None, qtmodeltester: ModelTester) -> None:
    first = ContactsModel(demo_ctx)  # sorts everyone and keeps the order
    assert not first.rows_pending()
    assert demo_ctx.services.contacts.stored_order(collation_stamp()) is not None

    model = ContactsModel(demo_ctx)
    assert model.rows_pending()
    assert names(model) == swedish_order(demo_ctx) == names(first)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.rows_pending(), timeout=5000)
    assert names(model) == names(first)


def test_filtering_and_sorting_while_paged_use_everyone(demo_ctx: GuiContext, paged: None) -> None:
    ContactsModel(demo_ctx)
    model = ContactsModel(demo_ctx)
    assert model.rows_pending()
    first_name = names(model)[0]
    model.set_filter(first_name)
    assert not model.rows_pending()
    assert names(model) == [first_name]

    model = ContactsModel(demo_ctx)
    model.sort(Column.ORGANISATION)
    organisations = [model.row_at(row).organisation for row in range(model.rowCount())]
    collator = swedish_collator()
    assert organisations == sorted(organisations, key=collator.sortKey)


def test_a_rename_while_paged_moves_the_person_in_the_kept_order(demo_ctx: GuiContext, paged: None) -> None:
    ContactsModel(demo_ctx)
    model = ContactsModel(demo_ctx)
    first = model.contact_id(0)
    demo_ctx.services.contacts.update(first, name="Östen Öberg")
    model.refresh_contact(first)
    assert names(model)[0] == "Östen Öberg"  # the row stays put until the next sort
    kept = demo_ctx.services.contacts.stored_order(collation_stamp())
    assert kept is not None
    assert kept[-1] == first  # Ö sorts last in Swedish
    assert ContactsModel(demo_ctx).contact_id(model.rowCount() - 1) == first


def test_an_order_made_wrong_elsewhere_is_sorted_afresh(demo_ctx: GuiContext, qtbot: QtBot,
                                                        paged: None) -> None:
    ContactsModel(demo_ctx)
    kept = demo_ctx.services.contacts.stored_order(collation_stamp())
    assert kept is not None
    demo_ctx.services.contacts.save_order(collation_stamp(), kept[::-1])  # as if stale, unnoticed
    model = ContactsModel(demo_ctx)
    assert model.rows_pending()
    qtbot.waitUntil(lambda: not model.rows_pending(), timeout=5000)
    assert names(model) == swedish_order(demo_ctx)
