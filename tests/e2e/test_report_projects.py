"""The mentoring plan PDF lists the projects that serve each goal, in both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netplanner.report import write_plan_pdf
from netplanner.services.facade import Services
from tests.e2e.test_report import read

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(("lang", "heading", "paused"), [("en", "Projects serving this goal", "paused"),
                                                          ("sv", "Projekt som tjänar målet", "pausat")])
def test_the_plan_lists_projects_per_goal(demo_services: Services, demo_today: dt.date, tmp_path: Path,
                                          lang: str, heading: str, paused: str) -> None:
    goals = demo_services.goals.all(active_only=True)
    anna = demo_services.contacts.find("Anna Berg").id
    demo_services.projects.add("Quarterly demo day", goal_ids=[goals[0].id], members=[(anna, "host")])
    demo_services.projects.add("Tech radar", goal_ids=[goals[0].id], status="paused")
    out = tmp_path / "plan.pdf"
    write_plan_pdf(demo_services, out, lang=lang, weeks=2, today=demo_today)
    _reader, text = read(out)
    assert heading in text
    assert "Quarterly demo day" in text
    assert f"Tech radar ({paused})" in text
    assert text.count(heading) == 1  # only the goal the projects serve
