"""The periodic review on a real encrypted database: schedule, record, and the material it gathers."""

from __future__ import annotations

import datetime as dt

import pytest

from netplanner.domain.errors import ValidationError
from netplanner.services.coverage import CoverageService
from netplanner.services.facade import Services
from netplanner.services.review import CHECKLIST_KEYS, ReviewService

TODAY = dt.date(2026, 11, 16)


def test_review_due_follows_the_interval_setting(services: Services) -> None:
    review = ReviewService(services.db)
    assert review.last_review() is None
    assert review.review_due(TODAY)  # never held: due now
    held = review.record_review("Quarterly look", {"goals_current": True}, held_on=TODAY)
    assert held.held_on == TODAY
    assert held.checklist["goals_current"] is True
    assert held.checklist["new_contact"] is False
    assert set(held.checklist) == set(CHECKLIST_KEYS)
    assert not review.review_due(TODAY + dt.timedelta(days=90))
    assert review.review_due(TODAY + dt.timedelta(days=91))  # default: every quarter (91 days)
    services.settings.set("review_interval_days", 30)
    assert review.next_review_on() == TODAY + dt.timedelta(days=30)
    assert review.review_due(TODAY + dt.timedelta(days=30))


def test_reviews_are_kept_with_their_dates(services: Services) -> None:
    review = ReviewService(services.db)
    review.record_review("first", {}, held_on=dt.date(2026, 5, 1))
    review.record_review("second", {"gave_first": True}, held_on=dt.date(2026, 8, 1))
    last = review.last_review()
    assert last is not None
    assert (last.held_on, last.notes) == (dt.date(2026, 8, 1), "second")
    assert [r.notes for r in review.history()] == ["second", "first"]


def test_unknown_checklist_items_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError, match="Unknown checklist item"):
        ReviewService(services.db).record_review("", {"bogus": True}, held_on=TODAY)


def test_material_from_a_small_network(services: Services) -> None:
    speak = services.goals.add(title="Public speaking", competence_area="public speaking", priority=5)
    rust = services.goals.add(title="Learn Rust", competence_area="rust", priority=3)
    spanish = services.goals.add(title="Spanish", competence_area="languages", priority=2)
    per = services.contacts.add(name="Per Öberg", department="Engineering", expertise=["public speaking"],
                                knowledge_sharing=5, status="active")
    ana = services.contacts.add(name="Ana García", department="Sales", expertise=["languages"],
                                status="active")
    eva = services.contacts.add(name="Eva Ström", department="HR", expertise=["public speaking"],
                                status="active")
    services.goals.link(speak.id, per.id, role="expert", relevance=3)
    services.goals.link(spanish.id, ana.id, role="mentor", relevance=3)
    services.goals.update(spanish.id, status="dropped")
    # Per: met often, long ago (dormant, worth reviving); Eva: met recently, mostly helped me.
    for days in (400, 380, 360, 340):
        services.interactions.log(per.id, "lunch", TODAY - dt.timedelta(days=days), direction="mutual")
    for days in (20, 10, 5):
        services.interactions.log(eva.id, "mentoring_session", TODAY - dt.timedelta(days=days),
                                  direction="received")

    data = ReviewService(services.db).prepare(TODAY)

    assert data.due
    assert [(g.title, g.status) for g in data.ended_goals] == [("Spanish", "dropped")]
    assert [p.name for p in data.ended_goals[0].tied_only_here] == ["Ana García"]
    assert [d.name for d in data.dormant] == ["Per Öberg"]
    assert {c.goal.title for c in data.unsupported} == {"Public speaking", "Learn Rust"}
    assert [c.name for c in data.revive] == ["Per Öberg"]
    assert data.revive[0].linked_goals == (("Public speaking", "expert"),)
    assert data.revive[0].shares_knowledge
    assert data.revive[0].past_interactions == 4
    assert [e.name for e in data.balance.took_more] == ["Eva Ström"]
    assert data.balance.received > data.balance.gave
    assert data.forget.network_size == 3
    assert data.forget.likely_missing == 1
    assert "Sales" in data.forget.departments_without_strong_tie
    assert "HR" not in data.forget.departments_without_strong_tie
    assert len(data.checklist) == len(CHECKLIST_KEYS)
    # Coverage agrees: Eva is suggested for public speaking, Rust needs a new person.
    coverage = CoverageService(services.db).assess(TODAY)
    assert [s.name for s in coverage[speak.id].suggestions] == ["Eva Ström"]
    assert "find someone new" in coverage[rust.id].summary()


def test_demo_network_review(demo_services: Services, demo_today: dt.date) -> None:
    review = ReviewService(demo_services.db)
    data = review.prepare(demo_today)
    assert data.ended_goals  # the dropped Spanish goal
    assert data.dormant
    # Listed: weak ties gone quiet, and people the user marked dormant (whatever their strength).
    for d in data.dormant:
        assert d.strength < 0.35 or demo_services.contacts.get(d.contact_id).status == "dormant"
    review.record_review("Done", dict.fromkeys(CHECKLIST_KEYS, True), held_on=demo_today)
    again = review.prepare(demo_today)
    assert not again.due
    assert again.last_review is not None
    assert again.last_review.held_on == demo_today


def test_one_mutual_coffee_shows_in_give_and_take(services: Services) -> None:
    """After one mutual coffee, Review must not say "No interactions yet" nor the PDF "No exchange yet"."""
    from netplanner.report.content import build_content

    goal = services.goals.add(title="Public speaking", priority=5)
    anna = services.contacts.add(name="Anna Berg", status="active")
    services.goals.link(goal.id, anna.id, "mentor", 3)
    services.interactions.log(anna.id, "coffee", TODAY - dt.timedelta(days=3), direction="mutual")
    balance = ReviewService(services.db).prepare(TODAY).balance
    assert balance.gave > 0
    assert balance.received > 0
    rows = build_content(services, today=TODAY, weeks=2).balance
    assert [(r.name, r.verdict) for r in rows] == [("Anna Berg", "b_balanced")]
