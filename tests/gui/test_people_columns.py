"""People table: "Due" split into "Next contact" (cadence or own rhythm) and "Fades on" (the crossing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from netplanner.demo import DEMO_TODAY
from netplanner.gui.context import GuiContext
from netplanner.gui.models.contacts_model import Column, ContactsModel


def _cell(model: ContactsModel, contact_id: int, column: Column) -> str:
    row = next(r for r in range(model.rowCount()) if model.contact_id(r) == contact_id)
    return str(model.data(model.index(row, column)))


def test_next_contact_and_fades_on_are_two_columns(ctx: GuiContext) -> None:
    services = ctx.services
    close = services.contacts.add(name="Close Colleague", status="active")
    for k in range(60):  # weekly lunches for more than a year: no longer "due in 2031"
        services.interactions.log(close.id, "lunch", DEMO_TODAY - dt.timedelta(days=7 * k + 3))
    mentor = services.contacts.add(name="Mia Mentor", status="active", cadence_days=30)
    services.interactions.log(mentor.id, "mentoring_session", DEMO_TODAY - dt.timedelta(days=40))
    model = ContactsModel(ctx)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (Column.NEXT_CONTACT, Column.FADES)]
    assert headers == ["Next contact", "Fades on"]
    assert "Due" not in [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # Met weekly: the next contact is a week after the last one; without contact it fades within a year.
    last = DEMO_TODAY - dt.timedelta(days=3)
    assert _cell(model, close.id, Column.NEXT_CONTACT) == (last + dt.timedelta(days=7)).isoformat()
    fades = dt.date.fromisoformat(_cell(model, close.id, Column.FADES))
    assert DEMO_TODAY + dt.timedelta(days=200) < fades < DEMO_TODAY + dt.timedelta(days=365)
    # The mentor's cadence of 30 days was missed ten days ago.
    met = DEMO_TODAY - dt.timedelta(days=40)
    assert _cell(model, mentor.id, Column.NEXT_CONTACT) == (
        f"{(met + dt.timedelta(days=30)).isoformat()} (overdue)")
    strength = services.strength.all(DEMO_TODAY)[mentor.id]
    assert strength.crossing is not None
    assert _cell(model, mentor.id, Column.FADES).startswith(strength.crossing.isoformat())
