"""Projects: goals they serve, members with roles, weekly joint work that keeps ties alive."""

from __future__ import annotations

import datetime as dt

import pytest

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services

TODAY = dt.date(2026, 11, 18)


@pytest.fixture
def today_services(services: Services) -> Services:
    services.clock = lambda: TODAY
    return services


def test_a_project_keeps_its_goals_members_dates_and_notes(services: Services) -> None:
    goal = services.goals.add(title="Public speaking")
    other = services.goals.add(title="Negotiation")
    ann = services.contacts.add(name="Ann Ek")
    bo = services.contacts.add(name="Bo Åberg")
    project = services.projects.add("Conference talk", "Slides by May", dt.date(2026, 10, 1),
                                    goal_ids=[goal.id, other.id],
                                    members=[(ann.id, "co-speaker"), (bo.id, "")])
    again = services.projects.find("conference")
    assert again == project
    assert (again.status, again.started_on, again.description) == (
        "active", dt.date(2026, 10, 1), "Slides by May")
    assert again.goal_titles == ("Negotiation", "Public speaking")
    assert [(m.name, m.role) for m in again.members] == [("Ann Ek", "co-speaker"), ("Bo Åberg", "")]
    assert [p.name for p in services.projects.by_goal()[goal.id]] == ["Conference talk"]

    old = services.projects.update(project.id, status="done", ended_on="2026-11-01",
                                   members=[(bo.id, "host")])
    changed = services.projects.get(project.id)
    assert (changed.status, changed.ended_on, [(m.name, m.role) for m in changed.members]) == (
        "done", dt.date(2026, 11, 1), [("Bo Åberg", "host")])
    services.projects.update(project.id, **old)
    assert services.projects.get(project.id) == project


def test_refused_project_values_change_nothing(services: Services) -> None:
    project = services.projects.add("Launch", started_on="2026-05-01")
    with pytest.raises(ValidationError, match="cannot end"):
        services.projects.update(project.id, ended_on="2026-04-01", status="paused")
    with pytest.raises(NotFoundError):
        services.projects.update(project.id, members=[(999, "")])
    with pytest.raises(ValidationError, match="project status"):
        services.projects.add("Other", status="sleeping")
    assert services.projects.all() == [project]


def test_delete_and_undelete_bring_back_members_goals_and_work(today_services: Services) -> None:
    s = today_services
    goal = s.goals.add(title="Cloud")
    ann = s.contacts.add(name="Ann Ek")
    project = s.projects.add("Migration", goal_ids=[goal.id], members=[(ann.id, "lead")])
    s.projects.log_work(project.id, [ann.id], TODAY)
    before = s.projects.get(project.id)
    snapshot = s.projects.delete(project.id)
    assert s.projects.all() == []
    assert s.interactions.rows()[0].kind == "joint_project"  # the work stays, without the project
    s.projects.undelete(snapshot)
    assert s.projects.get(project.id) == before


def test_a_week_of_project_work_counts_for_each_member(today_services: Services) -> None:
    s = today_services
    ann = s.contacts.add(name="Ann Ek")
    bo = s.contacts.add(name="Bo Åberg")
    cy = s.contacts.add(name="Cy Berg")
    project = s.projects.add("Launch", members=[(ann.id, ""), (bo.id, "")])
    seen: list[Changes] = []
    s.bus.subscribe(seen.append)
    ids = s.projects.log_work(project.id, [ann.id, bo.id], TODAY, "Release planning")
    assert len(ids) == 2
    assert len(seen) == 1
    assert Kind.INTERACTIONS in seen[0].kinds
    strengths = s.strength.all(TODAY)
    assert strengths[ann.id].strength > 0
    assert strengths[bo.id].strength > 0
    assert cy.id not in strengths or strengths[cy.id].strength == 0
    occasion = s.interactions.occasions()
    assert len(occasion) == 1
    assert occasion[0].names == "Ann Ek, Bo Åberg"
    assert s.projects.get(project.id).last_worked_on == TODAY
    with pytest.raises(ValidationError, match="Only the members"):
        s.projects.log_work(project.id, [cy.id], TODAY)


def test_the_planner_counts_active_project_work_as_contact(today_services: Services) -> None:
    s = today_services
    goal = s.goals.add(title="Cloud", priority=5)
    ann = s.contacts.add(name="Ann Ek", status="active")
    bo = s.contacts.add(name="Bo Åberg", status="active")
    for person in (ann, bo):
        s.goals.link(goal.id, person.id, role="mentor", relevance=3)
        s.interactions.log(person.id, "coffee", TODAY - dt.timedelta(days=200))
    names = {item.name for week in s.planner.plan(2, TODAY).weeks for item in week.items}
    assert names == {"Ann Ek", "Bo Åberg"}
    project = s.projects.add("Migration", members=[(ann.id, "")])
    names = {item.name for week in s.planner.plan(2, TODAY, regenerate=True).weeks for item in week.items}
    assert names == {"Bo Åberg"}
    s.projects.update(project.id, status="paused")
    names = {item.name for week in s.planner.plan(2, TODAY, regenerate=True).weeks for item in week.items}
    assert names == {"Ann Ek", "Bo Åberg"}
