"""The mentoring plan's goal section lists the ranked suggestions with their reasons, in both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netplanner.report import write_plan_pdf
from netplanner.services.facade import Services
from tests.e2e.test_report import read

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Talk to Anna Berg, who is not linked to this goal yet: knows public speaking; "
           "shares knowledge 4; strength 95%."),
    ("sv", "Prata med Anna Berg, som inte är kopplad till målet än: kan public speaking; "
           "delar kunskap 4; styrka 95 %."),
])
def test_the_goal_section_lists_suggestions_with_reasons(demo_services: Services, demo_today: dt.date,
                                                         tmp_path: Path, lang: str, expected: str) -> None:
    goal = next(g for g in demo_services.goals.all() if g.competence_area == "public speaking")
    first = demo_services.coverage.for_goal(goal.id, demo_today).suggestions[0]
    assert first.name == "Anna Berg"
    out = tmp_path / "plan.pdf"
    write_plan_pdf(demo_services, out, lang=lang, weeks=2, today=demo_today)
    _, text = read(out)
    assert expected in text.replace("\u00a0", " ")
