"""Coverage of goals on a small hand-built network: scores, supporters, flags and suggestions."""

from __future__ import annotations

import datetime as dt

import pytest

from netplanner.domain import coverage as dc
from netplanner.domain import network as dn

MET = dt.date(2026, 11, 1)


def person(pid: int, name: str, strength: float, department: str = "Engineering",
           expertise: tuple[str, ...] = (), *, met: bool = True, silence: str = "ok",
           status: str = "active") -> dc.PersonInfo:
    return dc.PersonInfo(pid, name, department, expertise, (), status, strength, MET if met else None,
                         silence if met else "none")


@pytest.fixture
def network() -> dc.CoverageInput:
    people = {
        1: person(1, "Per Öberg", 0.20, expertise=("public speaking",)),  # fading expert
        2: person(2, "Anna Berg", 0.90, expertise=("leadership", "public speaking")),
        3: person(3, "Emma Sjöberg", 0.60, "Communications", ("Public Speaking", "writing")),
        4: person(4, "Olof Brandt", 0.00, "External", ("coaching", "speaking"), met=False),
        5: person(5, "Ingrid Holm", 0.80, "Finance", ("finance",)),
        6: person(6, "Tobias Lindberg", 0.50, "Finance", ("finance", "modelling")),
        7: person(7, "Old Archive", 0.90, "Finance", ("public speaking",), status="archived"),
    }
    goals = [
        dn.GoalInfo(10, "Public speaking", "public speaking", 5),
        dn.GoalInfo(11, "Finances", "finance", 2),
        dn.GoalInfo(12, "Learn Rust", "rust", 3),
        dn.GoalInfo(13, "Lead a team", "leadership", 4),
    ]
    links = [
        dn.Link(10, 1, "expert", 3),
        dn.Link(10, 2, "peer", 1),  # relevance 1: counts in the score, not as a supporter
        dn.Link(11, 5, "mentor", 3),
        dn.Link(11, 6, "expert", 2),
        dn.Link(13, 2, "mentor", 0),
    ]
    return dc.CoverageInput(goals, people, links, threshold=0.35)


def test_coverage_score_weighs_relevance_by_strength() -> None:
    assert dc.coverage_score([]) == 0.0
    assert dc.coverage_score([(3, 1.0), (3, 1.0)]) == pytest.approx(1.0)
    assert dc.coverage_score([(3, 1.0)]) == pytest.approx(0.5)
    assert dc.coverage_score([(3, 0.8), (3, 0.5)]) == pytest.approx(0.65)
    assert dc.coverage_score([(0, 1.0)]) == 0.0
    assert dc.coverage_score([(3, 1.0)] * 5) == 1.0  # capped


def test_scores_and_supporters_per_goal(network: dc.CoverageInput) -> None:
    cov = dc.assess(network)
    speaking = cov[10]
    # Per: 3/3 * 0.20; Anna: 1/3 * 0.90 -> (0.20 + 0.30) / 2
    assert speaking.score == pytest.approx(0.25)
    assert [s.name for s in speaking.supporters] == ["Per Öberg"]
    assert speaking.strong_supporters == 0
    finance = cov[11]
    # Ingrid 0.80 + Tobias 2/3 * 0.50 -> 1.1333 / 2
    assert finance.score == pytest.approx((0.8 + 2 / 3 * 0.5) / 2)
    assert [s.name for s in finance.supporters] == ["Ingrid Holm", "Tobias Lindberg"]
    assert finance.strong_supporters == 2
    assert cov[12].score == 0.0
    assert cov[12].supporters == ()
    assert cov[13].score == 0.0  # a relevance-0 link adds nothing
    assert dc.percent(finance.score) == 57


def test_flags_in_words(network: dc.CoverageInput) -> None:
    cov = dc.assess(network)
    kinds = [f.kind for f in cov[10].flags]
    assert kinds == [dc.FlagKind.NO_MENTOR, dc.FlagKind.FADING]
    assert cov[10].summary() == "No mentor for Public speaking; your expert Per Öberg is fading"
    finance = {f.kind: f for f in cov[11].flags}
    assert set(finance) == {dc.FlagKind.ONE_DEPARTMENT}
    assert finance[dc.FlagKind.ONE_DEPARTMENT].message() == (
        "All 2 supporters of Finances sit in Finance: one perspective only")
    assert cov[12].flags[0].message() == "Nobody supports Learn Rust yet"
    assert not cov[11].has_gap
    assert cov[10].has_gap
    assert cov[12].has_gap


def test_weak_supporters_and_a_single_strong_one() -> None:
    people = {1: person(1, "A", 0.1), 2: person(2, "B", 0.2, "Sales"), 3: person(3, "C", 0.9)}
    goal = dn.GoalInfo(1, "Goal", "")
    weak = dc.assess_goal(goal, [dn.Link(1, 1, "mentor", 2), dn.Link(1, 2, "peer", 3)], people)
    assert [f.kind for f in weak.flags][:1] == [dc.FlagKind.NO_STRONG_SUPPORT]
    single = dc.assess_goal(goal, [dn.Link(1, 3, "mentor", 3)], people)
    assert [f.message() for f in single.flags] == ["Only C supports Goal"]


def test_a_supporter_never_met_or_lost_is_named() -> None:
    people = {1: person(1, "New Person", 0.0, met=False), 2: person(2, "Quiet One", 0.5, silence="lost"),
              3: person(3, "Strong", 0.9, "Sales")}
    goal = dn.GoalInfo(1, "Negotiation", "negotiation")
    links = [dn.Link(1, 1, "mentor", 2), dn.Link(1, 2, "sponsor", 3), dn.Link(1, 3, "peer", 2)]
    flags = dc.assess_goal(goal, links, people).flags
    assert [f.message() for f in flags] == [
        "Your sponsor Quiet One has gone quiet for much longer than usual",
        "You have not met your mentor New Person yet",
    ]


def test_suggestions_match_expertise_and_skip_linked_and_archived(network: dc.CoverageInput) -> None:
    cov = dc.assess(network)
    suggested = [(s.name, s.matched) for s in cov[10].suggestions]
    # Anna is linked (relevance 1) and Old Archive is archived; "speaking" fits "public speaking".
    assert suggested == [("Emma Sjöberg", ("Public Speaking",)), ("Olof Brandt", ("speaking",))]
    assert cov[10].suggestions[0].message() == (
        "Emma Sjöberg could help with Public speaking: knows Public Speaking; strength 60 %; "
        "from Communications: a new perspective")
    assert [s.name for s in cov[11].suggestions] == []  # both finance people are linked already
    assert dc.FlagKind.FIND_PROSPECT not in {f.kind for f in cov[10].flags}  # suggestions exist


def test_a_gap_with_nobody_suitable_prompts_for_a_prospect(network: dc.CoverageInput) -> None:
    cov = dc.assess(network)
    rust = cov[12]
    assert rust.suggestions == ()
    prompt = [f for f in rust.flags if f.kind == dc.FlagKind.FIND_PROSPECT]
    assert len(prompt) == 1
    assert prompt[0].message().startswith("Nobody in your network has expertise in rust: find someone new")


def test_messages_can_be_replaced_by_a_translation(network: dc.CoverageInput) -> None:
    flag = dc.assess(network)[12].flags[0]
    texts = {**dc.MESSAGES, dc.FlagKind.NO_SUPPORT: "Ingen stöttar {goal} än"}
    assert flag.message(texts) == "Ingen stöttar Learn Rust än"


@pytest.mark.parametrize(("area", "tag", "fits"), [
    ("public speaking", "Public Speaking", True),
    ("public speaking", "speaking", True),
    ("leadership and public speaking", "leadership", True),
    ("machine learning", "MLOps", False),
    ("incident management", "stakeholder management", False),
    ("finance", "", False),
])
def test_expertise_matching(area: str, tag: str, fits: bool) -> None:
    index = dc.ExpertiseIndex([person(1, "X", 0.5, expertise=(tag,) if tag else ())])
    assert (1 in index.matches(area)) is fits
