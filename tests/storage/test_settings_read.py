"""Settings are read through the driver (no ORM session at start-up): every kind of stored value comes
back as the ORM's JSON type gives it."""

from __future__ import annotations

from netplanner.services.facade import Services
from netplanner.storage.orm import Setting


def test_every_kind_of_value_reads_back_as_the_orm_reads_it(services: Services) -> None:
    services.settings.set_many({
        "owner_name": "Åsa Öberg", "threshold": 0.4, "default_half_life": 120, "weekly_capacity": 5,
        "language": "sv", "strength_ceiling": 4.0, "reminders": True,
        "kind_weights": {"coffee": 1.5, "lunch": 2.0},
    })
    with services.db.session() as session:
        through_orm = {row.key: row.value for row in session.query(Setting)}
    read = services.settings.all()
    assert {key: read[key] for key in through_orm} == through_orm
    assert all(services.settings.get(key) == value for key, value in through_orm.items())
    assert read["review_interval_days"] == 91  # not stored: the default
    assert read["owner_name"] == "Åsa Öberg"
    assert read["reminders"] is True
