"""Benchmark of the mentoring plan PDF: 20 active goals and 200 people (target: under 2 s).

Builds an encrypted database in a temporary folder: 200 synthetic people from `build_large` with 3,000
interactions, 20 goals with 8 supporters each, preparation texts, two questions each, private notes,
open follow-ups and thanks owed. Then writes the 8-week plan with private notes, in Swedish, 7 times
and prints the median (the first export also plans the weeks; it is timed on its own), the page count
and the file size. Run: `.venv/bin/python bench/report.py [KEEP.pdf]`.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = 20
PEOPLE = 200
INTERACTIONS = 3_000
SUPPORTERS_PER_GOAL = 8
REPEAT = 7
TARGET_S = 2.0


def main() -> int:
    from sqlalchemy import insert, update

    from netplanner.demo import DEMO_TODAY, build_large
    from netplanner.report import ensure_application, write_plan_pdf
    from netplanner.services.facade import Services
    from netplanner.storage.db import open_database
    from netplanner.storage.keys import RawKey
    from netplanner.storage.orm import Contact, Goal, GoalLink, Interaction, Question

    ensure_application()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db", RawKey.generate(), create=True)
        services = Services(db)
        build_large(services, PEOPLE, INTERACTIONS, today=DEMO_TODAY)
        services.settings.set("owner_name", "Åsa Öberg")
        with db.session() as session:
            ids = [cid for (cid,) in session.query(Contact.id)]
            session.execute(update(Contact).values(
                learn_from="Hur de leder förändring och får med sig människor.",
                can_offer="Återkoppling på presentationer", notes="Privat: vill byta avdelning."))
            session.execute(insert(Goal), [
                {"id": g + 1, "title": f"Mål {g + 1}: växa inom område {g + 1}",
                 "competence_area": f"område {g}",
                 "why": "För att nå nästa steg i karriären och kunna ta större ansvar.",
                 "priority": rng.randint(1, 5), "status": "active",
                 "next_steps": "Boka fika med två personer."}
                for g in range(GOALS)])
            session.execute(insert(GoalLink), [
                {"goal_id": g + 1, "contact_id": cid,
                 "role": rng.choice(["mentor", "expert", "peer", "sponsor"]),
                 "relevance": rng.randint(1, 3), "note": ""}
                for g in range(GOALS) for cid in rng.sample(ids, SUPPORTERS_PER_GOAL)])
            session.execute(insert(Question), [
                {"contact_id": cid, "text": f"Fråga {n} till person {cid}?", "asked": n == 2,
                 "answer": "Svar.", "position": n}
                for cid in ids for n in (1, 2)])
            session.execute(update(Interaction).where(Interaction.id % 40 == 0).values(
                follow_up_on=DEMO_TODAY, follow_up_done=False, summary="Lunch om ledarskap"))
            session.execute(update(Interaction).where(Interaction.id % 50 == 0).values(
                direction="received", thanked=False, summary="Tips om bok"))

        out = Path(folder) / "plan.pdf"
        start = time.perf_counter()
        pages = write_plan_pdf(services, out, lang="sv", weeks=8, include_private=True, today=DEMO_TODAY)
        first = time.perf_counter() - start
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            write_plan_pdf(services, out, lang="sv", weeks=8, include_private=True, today=DEMO_TODAY)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        if len(sys.argv) > 1:  # keep the PDF to look at: bench/report.py OUT.pdf (benchmark data only)
            Path(sys.argv[1]).write_bytes(out.read_bytes())
        print(f"{GOALS} goals, {PEOPLE} people, {INTERACTIONS} interactions: {pages} pages, "
              f"{out.stat().st_size // 1024} KiB")
        print(f"first export (plans the weeks too): {first:.3f} s")
        print(f"median of {REPEAT} exports: {median:.3f} s (target < {TARGET_S:.0f} s)")
        db.close()
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
