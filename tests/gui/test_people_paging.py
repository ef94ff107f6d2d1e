"""A big network opens on the name order kept in the database: the People table shows the rows on
screen at once, read a block at a time, while a worker reads everyone; sorting, filtering and renaming
meanwhile work as ever, and an order another program made wrong is sorted afresh."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.models import contacts_model
from netplanner.gui.models.base import collation_stamp, swedish_collator
from netplanner.gui.models.contacts_model import Column, ContactsModel
from netplanner.services import contacts
from netplanner.services.contacts import ContactRow


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
    model.edit_handler = lambda cid, field, value: demo_ctx.services.contacts.update(cid, **{field: value})
    first = model.contact_id(0)
    assert model.setData(model.index(0, Column.NAME), "Östen Öberg")
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


def test_a_worker_that_fails_leaves_the_table_reading_everyone_itself(
        demo_ctx: GuiContext, qtbot: QtBot, paged: None, monkeypatch: pytest.MonkeyPatch) -> None:
    ContactsModel(demo_ctx)
    original = contacts.read_rows

    def failing_on_workers(conn: object, **kwargs: bool) -> list[ContactRow]:
        if threading.current_thread() is not threading.main_thread():
            raise OSError("the reader could not open the file")
        return original(conn, **kwargs)

    monkeypatch.setattr(contacts, "read_rows", failing_on_workers)
    model = ContactsModel(demo_ctx)
    assert model.rows_pending()
    qtbot.waitUntil(lambda: not model.rows_pending(), timeout=2000)
    assert names(model) == swedish_order(demo_ctx)


def test_an_edit_while_the_kept_order_went_stale_elsewhere_resets_nothing_inside_the_edit(
        demo_ctx: GuiContext, qtbot: QtBot, paged: None) -> None:
    ContactsModel(demo_ctx)
    model = ContactsModel(demo_ctx)
    model.edit_handler = lambda cid, field, value: demo_ctx.services.contacts.update(cid, **{field: value})
    with demo_ctx.services.db.driver_connection() as conn:  # another program takes someone away
        conn.execute("DELETE FROM contacts WHERE id = ?", (model.contact_id(model.rowCount() - 1),))
    resets: list[str] = []
    model.modelAboutToBeReset.connect(lambda: resets.append("reset"))
    assert model.setData(model.index(0, Column.TITLE), "Chief")
    assert resets == []
    assert model.row_at(0).title == "Chief"
    assert model.setData(model.index(1, Column.NAME), "Örjan Östlund")  # a rename sorts afresh, later
    assert resets == []
    qtbot.waitUntil(lambda: bool(resets), timeout=2000)
    assert names(model) == swedish_order(demo_ctx)
