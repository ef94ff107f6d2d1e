"""Observations in the database: the migration from today's scores, undoable writes, what they announce,
and how the plan and the suggestions follow them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netplanner.demo import DEMO_TODAY, build_demo
from netplanner.domain.errors import ValidationError
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services
from netplanner.storage import migrate
from netplanner.storage.db import Database, open_database
from netplanner.storage.keys import RawKey

TODAY = dt.date.today()  # people are created (and first observed) on the real day


def test_migration_0007_turns_todays_scores_into_the_first_observation(tmp_path: Path) -> None:
    key = RawKey.generate()
    path = tmp_path / "old.db"
    db = open_database(path, key, create=True)
    services = Services(db)
    anna = services.contacts.add(name="Anna Berg", knowledge_sharing=5, trust=4, influence=2)
    services.contacts.add(name="Per Öberg")
    sara = services.contacts.add(name="Sara Lind", chemistry=1)
    with db.engine.begin() as conn:  # back to how release 0004 left it: scores on people, no history
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0004")
        tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        assert "observations" not in tables
        conn.exec_driver_sql("UPDATE contacts SET created_at = '2024-05-17 09:30:00.000000' WHERE id = ?",
                             (anna.id,))
    db.close()
    db = open_database(path, key, backup_dir=tmp_path / "backups")
    services = Services(db)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT contact_id, observed_on, knowledge_sharing, feedback, chemistry, trust, influence, "
            "engagement, note FROM observations ORDER BY contact_id").all()
    assert [tuple(r) for r in rows] == [
        (anna.id, "2024-05-17", 5, None, None, 4, 2, None, ""),
        (sara.id, sara.created_at.date().isoformat(), None, None, 1, None, None, None, ""),
    ]
    history = services.observations.for_contact(anna.id)
    assert [(o.observed_on, dict(o.scores)) for o in history] == [
        (dt.date(2024, 5, 17), {"knowledge_sharing": 5, "trust": 4, "influence": 2})]
    # The People table's columns still show the scores, and the search triggers of 0002 still work.
    assert {r.name: (r.knowledge_sharing, r.trust) for r in services.contacts.rows()}["Anna Berg"] == (5, 4)
    services.contacts.add(name="Björn Öberg")
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'oberg'")
        assert found.scalar() == 2
    db.close()


@pytest.fixture
def svc(db: Database) -> Services:
    return Services(db, clock=lambda: TODAY)


def test_the_newest_observation_sets_the_current_scores_and_undo_puts_them_back(svc: Services) -> None:
    anna = svc.contacts.add(name="Anna Berg", trust=3)
    added = svc.observations.add(anna.id, TODAY, "Explained the budget model patiently",
                                 knowledge_sharing=5, trust=4, results=4)
    assert (svc.contacts.get(anna.id).knowledge_sharing, svc.contacts.get(anna.id).trust) == (5, 4)
    now = svc.observations.assessment(anna.id)
    assert (now.knowledge_sharing, now.trust, now.results, now.count) == (5, 4, 4, 2)
    # An older observation entered later is history, not the current value.
    old = svc.observations.add(anna.id, TODAY - dt.timedelta(days=300), trust=1)
    assert svc.contacts.get(anna.id).trust == 4
    history = svc.observations.for_contact(anna.id)  # newest first; on one day the later entry first
    assert [o.id for o in history] == [added.observation.id, added.observation.id - 1, old.observation.id]
    svc.observations.delete(old.observation.id)
    assert svc.contacts.get(anna.id).trust == 4
    # Undo of the add: the observation goes and the scores are as they were before it.
    svc.observations.delete(added.observation.id, restore=added.before)
    assert (svc.contacts.get(anna.id).knowledge_sharing, svc.contacts.get(anna.id).trust) == (None, 3)
    # Redo puts it back with its id; removing it without a restore falls back to the older history.
    svc.observations.undelete(added.observation)
    assert svc.contacts.get(anna.id).trust == 4
    assert svc.observations.for_contact(anna.id)[0].id == added.observation.id
    svc.observations.delete(added.observation.id)
    assert svc.contacts.get(anna.id).trust == 3  # the first observation (made when Anna was added)


@pytest.mark.parametrize(("scores", "note", "on", "message"), [
    ({}, "", None, "a score or a few words"),
    ({"trust": 6}, "", None, "Trust"),
    ({"patience": 3}, "", None, "Unknown score"),
    ({"trust": 3}, "", TODAY + dt.timedelta(days=1), f"between 1900-01-01 and {TODAY.isoformat()}"),
])
def test_bad_observations_are_refused_and_change_nothing(svc: Services, scores: dict[str, object],
                                                         note: str, on: dt.date | None, message: str) -> None:
    anna = svc.contacts.add(name="Anna Berg")
    with pytest.raises(ValidationError, match=message):
        svc.observations.add(anna.id, on, note, **scores)
    assert svc.observations.for_contact(anna.id) == []


def test_an_observation_announces_a_change_of_the_person_but_not_of_their_strength(svc: Services) -> None:
    anna = svc.contacts.add(name="Anna Berg")
    seen: list[Changes] = []
    svc.bus.subscribe(seen.append)
    svc.observations.add(anna.id, note="Quiet in meetings", openness=2)
    assert len(seen) == 1
    change = seen[0]
    assert {Kind.OBSERVATIONS, Kind.PEOPLE} <= change.kinds
    assert change.ids_of(Kind.PEOPLE) == frozenset({anna.id})
    assert change.people == frozenset({anna.id})
    assert change.strength == frozenset()
    assert change.fields is not None
    assert "assessment" in change.fields


def test_the_plan_and_the_suggestions_change_when_scores_change(db: Database) -> None:
    svc = Services(db, clock=lambda: DEMO_TODAY)
    build_demo(svc, seed=7, today=DEMO_TODAY)
    network = svc.planner.network()
    prospect = next(p for p in network.people.values()
                    if p.last_contact is None and any(lk.contact_id == p.contact_id for lk in network.links))
    link = next(lk for lk in network.links if lk.contact_id == prospect.contact_id)
    svc.observations.add(prospect.contact_id, DEMO_TODAY, chemistry=1, trust=2)
    network = svc.planner.network()
    assert network.people[prospect.contact_id].assessment is not None
    from netplanner.domain import planner as dp

    person = network.people[prospect.contact_id]
    assert dp.suggest_kind(person, dp.Category.FIRST_TOUCH, link, network.threshold) == "short_question"
    # Suggestions: a high knowledge-sharing score lifts a candidate above an equal one.
    goal = next(g for g in svc.goals.all() if g.competence_area == "public speaking")
    before = [s.name for s in svc.coverage.for_goal(goal.id).suggestions]
    last = svc.contacts.find(before[-1])
    svc.observations.add(last.id, DEMO_TODAY, knowledge_sharing=5)
    after = svc.coverage.for_goal(goal.id).suggestions
    assert [s.name for s in after].index(last.name) < before.index(last.name)
    assert "shares knowledge 5" in next(s for s in after if s.name == last.name).reason()


def test_the_review_lists_people_with_a_role_who_were_not_observed_for_long(db: Database) -> None:
    svc = Services(db, clock=lambda: DEMO_TODAY)
    build_demo(svc, seed=7, today=DEMO_TODAY)
    listed = {u.name: u for u in svc.review.prepare(DEMO_TODAY).unobserved}
    assert listed
    name, entry = next(iter(listed.items()))
    assert entry.roles  # (goal, role) pairs to reconsider
    person = svc.contacts.find(name)
    svc.observations.add(person.id, DEMO_TODAY, "Still the one everyone asks about budgets", trust=4)
    assert name not in {u.name for u in svc.review.prepare(DEMO_TODAY).unobserved}
    assert name in {u.name for u in svc.review.prepare(DEMO_TODAY + dt.timedelta(days=200)).unobserved}


def test_the_review_lists_people_whose_assessment_changed_a_lot(db: Database) -> None:
    """Trust from 2 to 5 since the last review asks whether the role still fits; a small move does not."""
    svc = Services(db, clock=lambda: DEMO_TODAY)
    build_demo(svc, seed=7, today=DEMO_TODAY)
    assert svc.review.prepare(DEMO_TODAY).changed == ()
    mentor = next(link for link in svc.goals.links() if link.role == "mentor")
    other = next(link for link in svc.goals.links() if link.contact_id != mentor.contact_id)
    svc.review.record_review(held_on=DEMO_TODAY - dt.timedelta(days=30))
    svc.observations.add(mentor.contact_id, DEMO_TODAY - dt.timedelta(days=20), trust=2)
    svc.observations.add(mentor.contact_id, DEMO_TODAY - dt.timedelta(days=5), trust=5, feedback=4)
    svc.observations.add(other.contact_id, DEMO_TODAY - dt.timedelta(days=20), chemistry=3)
    svc.observations.add(other.contact_id, DEMO_TODAY - dt.timedelta(days=5), chemistry=4)
    changed = svc.review.prepare(DEMO_TODAY).changed
    assert [c.contact_id for c in changed] == [mentor.contact_id]
    assert ("trust", 2, 5) in changed[0].changes
    assert "mentor" in {role for _goal, role in changed[0].roles}
    svc.review.record_review(held_on=DEMO_TODAY)  # seen at this review: not asked again
    assert svc.review.prepare(DEMO_TODAY).changed == ()
