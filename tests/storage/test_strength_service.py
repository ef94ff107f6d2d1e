"""StrengthService on a real encrypted database: what it reads, settings, trash, curves and health."""

from __future__ import annotations

import datetime as dt
import math
import struct

import numpy as np
import pytest

from netplanner.domain import strength as ds
from netplanner.services.facade import Services
from netplanner.services.strength import ContactStrength, StrengthService

TODAY = dt.date(2026, 11, 16)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def person(services: Services, name: str, **fields: object) -> int:
    return services.contacts.add(name=name, **fields).id


def test_strength_follows_the_model(services: Services) -> None:
    anna = person(services, "Anna Öberg")
    services.interactions.log(anna, "lunch", days_ago(30), direction="gave")
    services.interactions.log(anna, "coffee", days_ago(10), direction="received", weight=0.5)
    services.interactions.log(anna, "call", days_ago(5))
    got = StrengthService(services.db).all(TODAY)[anna]

    decay = [2 ** (-30 / 110), 2 ** (-10 / 110), 2 ** (-5 / 110)]
    activation = 1.0 * decay[0] + 0.5 * decay[1] + 0.6 * decay[2]
    assert got.strength == pytest.approx(1 - math.exp(-activation))
    assert got.gave == pytest.approx(decay[0] + 0.6 * decay[2])  # the mutual call counts both ways
    assert got.received == pytest.approx(0.5 * decay[1] + 0.6 * decay[2])
    assert got.balance == pytest.approx(decay[0] - 0.5 * decay[1])
    assert got.last_contact == days_ago(5)
    assert got.trend == 1
    crossing = 110 * math.log2(activation / -math.log(0.65))
    assert got.crossing == TODAY + dt.timedelta(days=math.ceil(crossing))
    assert got.due == got.crossing
    assert got.silence == "ok"


def test_cadence_can_bring_the_due_date_forward(services: Services) -> None:
    bo = person(services, "Bo", cadence_days=14)
    services.interactions.log(bo, "mentoring_session", days_ago(3))
    got = StrengthService(services.db).for_contacts([bo], TODAY)[bo]
    assert got.crossing is not None
    assert got.crossing > TODAY + dt.timedelta(days=30)
    assert got.due == days_ago(3) + dt.timedelta(days=14)


def test_never_met_and_trash(services: Services) -> None:
    new = person(services, "New person")
    wanted = person(services, "Wanted", cadence_days=30)
    gone = person(services, "Gone")
    services.interactions.log(gone, "lunch", days_ago(1))
    services.contacts.trash([gone])
    result = StrengthService(services.db).all(TODAY)
    assert gone not in result
    assert result[new] == ContactStrength(new, 0.0, 0, None, None, None, 0.0, 0.0, 0.0, "none", None)
    assert result[wanted].due == TODAY
    assert StrengthService(services.db).for_contacts([gone, new, 999], TODAY).keys() == {new}


def test_logging_resets_the_due_date_at_once(services: Services) -> None:
    cleo = person(services, "Cleo")
    services.interactions.log(cleo, "coffee", days_ago(300))
    service = StrengthService(services.db)
    before = service.for_contacts([cleo], TODAY)[cleo]
    assert before.due is not None
    assert before.due < TODAY
    assert before.trend == -1
    services.interactions.log(cleo, "lunch", TODAY)
    after = service.for_contacts([cleo], TODAY)[cleo]
    assert after.due is not None
    assert after.due > TODAY
    assert after.strength > before.strength
    assert after.trend == 1


def test_settings_change_the_model(services: Services) -> None:
    dana = person(services, "Dana", half_life_days=400)
    services.interactions.log(dana, "coffee", days_ago(50))
    service = StrengthService(services.db)
    assert service.params() == ds.StrengthParams()
    first = service.for_contacts([dana], TODAY)[dana]
    assert first.strength == pytest.approx(1 - math.exp(-0.8 * 2 ** (-50 / 400)))
    services.settings.set("threshold", 20)
    services.settings.set("kind_weights", {"coffee": 2.0})
    params = service.params()
    assert params.threshold == pytest.approx(0.2)
    assert params.kind_weights["coffee"] == 2.0
    assert params.kind_weights["lunch"] == 1.0
    second = service.for_contacts([dana], TODAY)[dana]
    assert second.strength == pytest.approx(1 - math.exp(-2.0 * 2 ** (-50 / 400)))


def test_curves_markers_and_what_if(services: Services) -> None:
    eva = person(services, "Eva")
    finn = person(services, "Finn")
    services.interactions.log(eva, "lunch", days_ago(60), summary="Talked about speaking")
    services.interactions.log(finn, "call", days_ago(20))
    service = StrengthService(services.db)
    start, end = days_ago(90), TODAY + dt.timedelta(days=120)
    future = TODAY + dt.timedelta(days=30)
    curves = service.curves([finn, eva, 12345], start, end, what_if=[(eva, future, "coffee")], today=TODAY)
    assert curves.contact_ids == (finn, eva)
    assert curves.values.shape == (2, (end - start).days + 1)
    today_index = (TODAY - start).days
    now = service.for_contacts([eva, finn], TODAY)
    assert curves.row(eva)[today_index] == pytest.approx(now[eva].strength)
    assert curves.row(finn)[today_index] == pytest.approx(now[finn].strength)
    assert curves.row(eva)[0] == 0.0
    assert np.all(np.diff(curves.row(eva)[today_index:]) <= 0)  # no contact after today: only decay
    assert [(m.contact_id, m.kind, m.summary) for m in curves.markers] == [
        (eva, "lunch", "Talked about speaking"),
        (finn, "call", ""),
    ]
    assert curves.markers[0].strength == pytest.approx(1 - math.exp(-1.0))
    hypothetical = curves.what_if[eva]
    future_index = (future - start).days
    np.testing.assert_allclose(hypothetical[:future_index], curves.row(eva)[:future_index])
    assert hypothetical[future_index] > curves.row(eva)[future_index]
    assert finn not in curves.what_if
    # Nothing was saved.
    assert len(service.curves([eva], start, end, today=TODAY).markers) == 1
    assert curves.timestamps[0] == ds.to_day(start) * 86400


def test_network_health_counts_each_month(services: Services) -> None:
    regular = person(services, "Regular")
    for back in range(0, 400, 20):
        services.interactions.log(regular, "lunch", days_ago(back))
    once = person(services, "Once")
    services.interactions.log(once, "message", days_ago(200))
    person(services, "Never")
    health = StrengthService(services.db).network_health(months=12, today=TODAY)
    assert len(health) == 12
    assert health[-1].month == dt.date(2026, 11, 1)
    assert health[-1].at == TODAY
    assert health[0].month == dt.date(2025, 12, 1)
    assert health[0].at == dt.date(2025, 12, 31)
    last = health[-1]
    assert (last.strong, last.fading + last.lost) == (1, 1)
    assert all(p.strong + p.fading + p.lost <= 2 for p in health)


def test_demo_network(demo_services: Services, demo_today: dt.date) -> None:
    service = StrengthService(demo_services.db)
    result = service.all(demo_today)
    assert len(result) == demo_services.contacts.count()
    assert all(0.0 <= s.strength <= 1.0 for s in result.values())
    strongest = service.strongest(5, demo_today)
    assert len(strongest) == 5
    values = [result[i].strength for i in strongest]
    assert values == sorted(values, reverse=True)


def test_a_changed_ceiling_recomputes_the_stored_state(services: Services) -> None:
    """The stored per-person state is stamped with the model settings: a new ceiling recomputes the rows,
    and the curves and markers of the timeline apply the same cap as the strength now."""
    eva = person(services, "Eva")
    for k in range(12):
        services.interactions.log(eva, "joint_project", days_ago(7 * k))
    service = services.strength
    capped = service.all(TODAY)[eva]
    assert capped.strength == pytest.approx(1 - math.exp(-3.0))
    assert capped.crossing is not None
    assert capped.crossing < TODAY + dt.timedelta(days=365)
    services.settings.set("strength_ceiling", 5.0)
    again = service.all(TODAY)[eva]
    assert again.strength == pytest.approx(1 - math.exp(-5.0))
    with services.db.driver_connection() as conn:
        stored = conn.execute("SELECT packed FROM strength_state WHERE contact_id = ?", (eva,)).fetchone()
    _day, activation, *_rest = struct.unpack("<5d", stored[0])  # migration 0013's packed state
    assert activation == pytest.approx(5.0)
    curves = service.curves([eva], days_ago(10), TODAY, today=TODAY)
    assert curves.row(eva)[-1] == pytest.approx(again.strength)
    assert max(m.strength for m in curves.markers) == pytest.approx(1 - math.exp(-5.0))


def test_mutual_coffee_counts_in_the_review_balance(services: Services) -> None:
    fia = person(services, "Fia")
    services.interactions.log(fia, "coffee", days_ago(2), direction="mutual")
    got = services.strength.all(TODAY)[fia]
    assert got.gave > 0
    assert got.received > 0
    assert got.balance == pytest.approx(0.0)
