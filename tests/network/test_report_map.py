"""The mentoring plan PDF has a page with each goal's supporters on the network map (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from netplanner.demo import DEMO_TODAY
from netplanner.report.content import build_content
from netplanner.report.plan_pdf import write_plan_pdf
from netplanner.services.facade import Services


def test_each_goal_with_supporters_gets_a_map_of_them(qapp: object, demo_services: Services, tmp_path: Path
                                                       ) -> None:
    content = build_content(demo_services, today=DEMO_TODAY, weeks=4)
    with_supporters = [g for g in content.goals if g.supporters]
    assert [m.goal_title for m in content.maps] == [g.title for g in with_supporters]
    first = content.maps[0]
    assert first.nodes[0].contact_id == 0  # the user
    assert (first.nodes[0].x, first.nodes[0].y) == (0.0, 0.0)
    assert {n.contact_id for n in first.nodes[1:]} == {s.contact_id for s in with_supporters[0].supporters}
    assert all(-1.0 <= n.x <= 1.0 and -1.0 <= n.y <= 1.0 for m in content.maps for n in m.nodes)

    for lang, heading in (("en", "Supporters on the network map"), ("sv", "Stödet på nätverkskartan")):
        out = tmp_path / f"plan-{lang}.pdf"
        write_plan_pdf(demo_services, out, lang=lang, weeks=4, today=DEMO_TODAY)
        pages = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages]
        at = next(i for i, text in enumerate(pages) if heading in text)
        assert first.goal_title in pages[at]
        assert first.nodes[1].name in " ".join(pages[at:])  # the names are written beside the discs
