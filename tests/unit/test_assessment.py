"""The assessment rule (domain/assessment): role fit, importance and the words that explain them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netplanner.domain import assessment as da
from netplanner.domain import network as dn
from netplanner.domain import planner as dp
from netplanner.domain.model import Role

ROLES = st.sampled_from([r.value for r in Role])
SCORE = st.one_of(st.none(), st.integers(1, 5))
ASSESSMENTS = st.builds(da.Assessment, **dict.fromkeys(da.DIMENSIONS, SCORE))


@given(ROLES, st.integers(1, 5), st.integers(0, 3))
def test_unassessed_people_keep_todays_rule(role: str, priority: int, relevance: int) -> None:
    expected = priority * relevance / 3
    assert da.importance(priority, relevance, role, None) == expected
    assert da.importance(priority, relevance, role, da.NOTHING) == expected


@given(ROLES, ASSESSMENTS)
def test_fit_is_bounded(role: str, assessment: da.Assessment) -> None:
    assert 1 - da.FIT_SPAN <= da.fit(role, assessment) <= 1 + da.FIT_SPAN


@given(ROLES, ASSESSMENTS, st.sampled_from(da.DIMENSIONS), st.integers(1, 5), st.integers(1, 5),
       st.integers(1, 5), st.integers(0, 3))
def test_importance_never_falls_when_a_score_rises(role: str, assessment: da.Assessment, dimension: str,
                                                   low: int, high: int, priority: int, relevance: int,
                                                   ) -> None:
    low, high = min(low, high), max(low, high)
    worse = da.Assessment(**{**assessment.scores(), dimension: low})
    better = da.Assessment(**{**assessment.scores(), dimension: high})
    assert da.fit(role, worse) <= da.fit(role, better)
    assert da.importance(priority, relevance, role, worse) <= da.importance(priority, relevance, role, better)


def test_the_role_decides_which_scores_count() -> None:
    sharer = da.Assessment(knowledge_sharing=5, trust=5, influence=1)
    assert da.fit(Role.MENTOR, sharer) > 1 > da.fit(Role.SPONSOR, da.Assessment(influence=1))
    assert da.fit(Role.EXPERT, da.Assessment(results=5)) > 1
    assert da.fit(Role.SPONSOR, da.Assessment(knowledge_sharing=5)) == 1  # not what a sponsor is for


def test_explained_in_words() -> None:
    assessment = da.Assessment(knowledge_sharing=5, trust=4, chemistry=3)
    assert da.explain(Role.MENTOR, assessment) == "shares knowledge 5, trust 4"
    assert da.explain(Role.SPONSOR, assessment) == "trust 4"
    assert da.caution(assessment) == ""
    assert da.caution(da.Assessment(chemistry=1, trust=2)) == (
        "observe first: chemistry 1, trust 2; start with a short question")


def test_the_latest_value_per_dimension_counts() -> None:
    d = dt.date
    history = [
        da.Observation(1, 7, d(2026, 1, 5), {"trust": 2, "results": 4}),
        da.Observation(3, 7, d(2026, 3, 1), {"trust": 4}),
        da.Observation(2, 7, d(2025, 12, 1), {"trust": 5, "openness": 3}),  # older, entered later
    ]
    now = da.current(history)
    assert (now.trust, now.results, now.openness) == (4, 4, 3)
    assert (now.count, now.observed_on) == (3, d(2026, 3, 1))
    assert da.current(history, {"trust": None}).trust is None  # the person's own column wins
    assert da.is_stale(now, d(2026, 9, 1))
    assert not da.is_stale(now, d(2026, 5, 1))
    assert da.is_stale(da.NOTHING, d(2026, 5, 1))


def _plan_network(chemistry: int | None, sharing: int | None,
                  questions: tuple[str, ...] = ()) -> dp.PlanInput:
    people = {
        1: dp.Person(1, "Anna Berg", strength=0.3, last_contact=dt.date(2026, 1, 10), last_kind="lunch",
                     due=dt.date(2026, 3, 10),
                     assessment=da.Assessment(knowledge_sharing=sharing, trust=4 if sharing else None)),
        2: dp.Person(2, "Bo Ek", status="prospect", questions=questions,
                     assessment=da.Assessment(chemistry=chemistry)),
        3: dp.Person(3, "Cia Dahl", strength=0.3, last_contact=dt.date(2026, 1, 10), last_kind="lunch",
                     due=dt.date(2026, 3, 10)),
    }
    goals = [dn.GoalInfo(1, "Public speaking", priority=4), dn.GoalInfo(2, "Finance", priority=4)]
    links = [dn.Link(1, 1, "mentor", 3), dn.Link(2, 2, "peer", 3), dn.Link(1, 3, "mentor", 3)]
    return dp.PlanInput(people, goals, dp.fitted_links(links, people))


def test_the_plan_follows_the_assessment() -> None:
    today = dt.date(2026, 3, 4)
    plain = _plan_network(None, None)
    assessed = _plan_network(1, 5)
    # A mentor who shares knowledge readily matters more than one nobody has assessed...
    assert dp.importance(1, assessed) > dp.importance(3, assessed) == dp.importance(1, plain)
    items = {i.contact_id: i for i in dp.build_plan(assessed, today, weeks=1, capacity=3).items()}
    assert items[1].reason.endswith("mentor for Public speaking; shares knowledge 5, trust 4")
    # ...and a prospect with chemistry 1 gets a short question, not a coffee, and a prepare step.
    first = items[2]
    assert first.kind == "short_question"
    assert "observe first: chemistry 1" in first.reason
    assert "prepare: what do you want to learn?" in first.reason
    unassessed = {i.contact_id: i for i in dp.build_plan(_plan_network(None, None, ("How?",)), today,
                                                          weeks=1, capacity=3).items()}
    assert unassessed[2].kind == "coffee"  # relevance 3: a coffee, as before
    assert "prepare" not in unassessed[2].reason  # questions are ready
