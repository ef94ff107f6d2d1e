"""The example network: a believable workplace network for first run, tests, screenshots and benchmarks.

`build_demo` makes ~40 people in several departments, 5 goals and ~300 interactions over 18 months, with
strong, fading and never-contacted relationships and open follow-ups. `build_large` makes synthetic
databases of any size for benchmarks. Both are deterministic for a given seed and `today`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import insert
from sqlalchemy.orm import Session

from netplanner.domain.model import ASSESSMENT_FIELDS, ContactStatus, Direction, InteractionKind, Role
from netplanner.domain.ties import TieKind, ordered
from netplanner.services.facade import Services
from netplanner.storage.orm import Contact, Goal, GoalLink, Interaction, Question, Tie

DEMO_TODAY = dt.date(2026, 11, 16)

PEOPLE: list[tuple[str, str, str, list[str]]] = [
    # name, department, title, expertise
    ("Anna Berg", "Engineering", "Engineering Manager", ["leadership", "hiring", "public speaking"]),
    ("Per Öberg", "Engineering", "Principal Engineer", ["architecture", "machine learning", "mentoring"]),
    ("Maria Lindqvist", "Product", "Head of Product", ["strategy", "negotiation", "public speaking"]),
    ("Johan Ek", "Data", "Data Scientist", ["machine learning", "statistics"]),
    ("Åsa Nyström", "HR", "People Partner", ["coaching", "feedback", "leadership"]),
    ("Erik Sandberg", "Sales", "Key Account Manager", ["negotiation", "storytelling"]),
    ("Karin Håkansson", "Finance", "Controller", ["finance", "budgeting"]),
    ("Lars Ängström", "Engineering", "Staff Engineer", ["distributed systems", "mentoring"]),
    ("Sofia Wallin", "Design", "Design Lead", ["user research", "facilitation", "public speaking"]),
    ("Mikael Dahl", "Data", "ML Engineer", ["machine learning", "MLOps"]),
    ("Elin Forsberg", "Product", "Product Manager", ["roadmaps", "stakeholder management"]),
    ("Oskar Lund", "Engineering", "Team Lead", ["leadership", "agile"]),
    ("Ingrid Holm", "Finance", "CFO", ["finance", "negotiation", "strategy"]),
    ("Nils Björk", "Sales", "Sales Director", ["negotiation", "leadership"]),
    ("Emma Sjöberg", "Communications", "Communications Manager", ["public speaking", "writing"]),
    ("Gustav Nordin", "Engineering", "Senior Developer", ["testing", "python"]),
    ("Linnea Strand", "Data", "Analytics Lead", ["statistics", "storytelling"]),
    ("Henrik Falk", "Operations", "Operations Manager", ["process improvement", "budgeting"]),
    ("Cecilia Åberg", "HR", "HR Director", ["leadership", "coaching"]),
    ("David Persson", "Engineering", "Architect", ["architecture", "cloud"]),
    ("Hanna Eriksson", "Design", "UX Researcher", ["user research", "interviewing"]),
    ("Fredrik Olsson", "Product", "Product Owner", ["agile", "prioritisation"]),
    ("Sara Johansson", "Legal", "Legal Counsel", ["contracts", "negotiation"]),
    ("Magnus Axelsson", "Engineering", "CTO", ["strategy", "leadership", "public speaking"]),
    ("Julia Karlsson", "Data", "Data Engineer", ["pipelines", "MLOps"]),
    ("Viktor Nilsson", "Sales", "Account Executive", ["prospecting"]),
    ("Malin Gustafsson", "Communications", "Speechwriter", ["writing", "public speaking"]),
    ("Tobias Lindberg", "Finance", "Financial Analyst", ["finance", "modelling"]),
    ("Ida Bergström", "Engineering", "Developer", ["frontend"]),
    ("Alexander Svensson", "Operations", "Project Manager", ["planning", "facilitation"]),
    ("Klara Mattsson", "Product", "UX Writer", ["writing"]),
    ("Rasmus Hedlund", "Data", "Research Scientist", ["machine learning", "statistics", "writing"]),
    ("Therese Lundgren", "HR", "Learning Partner", ["coaching", "training design"]),
    ("Jonas Petersson", "Engineering", "SRE", ["cloud", "incident management"]),
    ("Agnes Wikström", "Sales", "Sales Engineer", ["storytelling", "demos"]),
    ("Olof Brandt", "External", "Executive Coach", ["coaching", "leadership", "public speaking"]),
    ("Frida Ek", "Design", "Service Designer", ["facilitation", "user research"]),
    ("Simon Berglund", "Finance", "Procurement Lead", ["negotiation", "contracts"]),
    ("Moa Lindholm", "Engineering", "Graduate Developer", ["python"]),
    ("Yusuf Demir", "Data", "Head of Data", ["strategy", "machine learning", "leadership"]),
]

GOALS: list[tuple[str, str, str, int, int]] = [
    # title, competence area, why, priority, months to target
    ("Speak confidently at the all-hands", "public speaking",
     "I want to present our team's results to the whole company without dreading it.", 5, 6),
    ("Lead my own team", "leadership", "Next step in my career: a team lead role within a year.", 5, 12),
    ("Put machine learning into production", "machine learning",
     "Our product needs models that run reliably, not just notebooks.", 4, 9),
    ("Negotiate better contracts", "negotiation", "Vendor negotiations keep costing us money.", 3, 8),
    ("Understand the business finances", "finance", "To argue for investments in numbers.", 2, 10),
]

QUESTIONS = [
    "How did you prepare for your first big talk?",
    "What do you wish you had known as a new team lead?",
    "Which mistakes do teams make when taking models to production?",
    "How do you open a negotiation you expect to be hard?",
    "Which three numbers should I follow every month?",
    "Would you be willing to give me feedback after my next presentation?",
    "Who else should I talk to about this?",
]

SUMMARIES = {
    InteractionKind.MESSAGE: ["Sent an article on {x}", "Thanked for the tip on {x}", "Shared notes on {x}"],
    InteractionKind.SHORT_QUESTION: ["Asked a quick question about {x}", "Quick question on {x}"],
    InteractionKind.CALL: ["Call about {x}", "Phoned to follow up on {x}"],
    InteractionKind.COFFEE: ["Coffee, talked about {x}", "Fika and a chat on {x}"],
    InteractionKind.LUNCH: ["Lunch: {x}", "Lunch, swapped stories about {x}"],
    InteractionKind.MEETING: ["Meeting on {x}", "Workshop on {x}"],
    InteractionKind.FEEDBACK_SESSION: ["Feedback on my work in {x}", "Gave feedback on their {x} plan"],
    InteractionKind.MENTORING_SESSION: ["Mentoring session: {x}", "Mentoring, next steps in {x}"],
    InteractionKind.JOINT_PROJECT: ["Worked together on the {x} project"],
}

# How often (mean days between contacts) each relationship pattern meets, and when it stopped.
PATTERNS: list[tuple[str, float, int]] = [
    ("strong", 24, 0),  # recent, frequent
    ("steady", 55, 0),
    ("fading", 45, 150),  # was regular, nothing for ~5 months
    ("lost", 60, 320),
    ("prospect", 0, 0),  # never contacted
]


# The example network's ties (issue 14): reporting lines per department, advice sought from the
# experienced (Per Öberg most of all), peers who work together, and a few people who bridge departments
# (Linnea Strand between Data, Product, Sales and Communications; Alexander Svensson between Operations,
# Engineering, Finance and Product; Olof Brandt, the external coach, knows leaders across the company).
# (from, kind, to, strength 1-3)
R, A, W, K, F = (TieKind.REPORTS_TO, TieKind.SEEKS_ADVICE_FROM, TieKind.WORKS_WITH, TieKind.KNOWS,
                 TieKind.GIVES_FEEDBACK_TO)
TIES: list[tuple[str, TieKind, str, int]] = [
    # reporting lines
    ("Anna Berg", R, "Magnus Axelsson", 3), ("Per Öberg", R, "Magnus Axelsson", 3),
    ("David Persson", R, "Magnus Axelsson", 3), ("Oskar Lund", R, "Anna Berg", 3),
    ("Lars Ängström", R, "Anna Berg", 3), ("Jonas Petersson", R, "Anna Berg", 2),
    ("Gustav Nordin", R, "Oskar Lund", 3), ("Ida Bergström", R, "Oskar Lund", 3),
    ("Moa Lindholm", R, "Oskar Lund", 3),
    ("Elin Forsberg", R, "Maria Lindqvist", 3), ("Fredrik Olsson", R, "Maria Lindqvist", 3),
    ("Klara Mattsson", R, "Elin Forsberg", 2), ("Sofia Wallin", R, "Maria Lindqvist", 2),
    ("Hanna Eriksson", R, "Sofia Wallin", 3), ("Frida Ek", R, "Sofia Wallin", 3),
    ("Johan Ek", R, "Linnea Strand", 3), ("Linnea Strand", R, "Yusuf Demir", 3),
    ("Mikael Dahl", R, "Yusuf Demir", 3), ("Julia Karlsson", R, "Yusuf Demir", 2),
    ("Rasmus Hedlund", R, "Yusuf Demir", 3),
    ("Åsa Nyström", R, "Cecilia Åberg", 3), ("Therese Lundgren", R, "Cecilia Åberg", 3),
    ("Erik Sandberg", R, "Nils Björk", 3), ("Viktor Nilsson", R, "Nils Björk", 3),
    ("Agnes Wikström", R, "Nils Björk", 2),
    ("Karin Håkansson", R, "Ingrid Holm", 3), ("Tobias Lindberg", R, "Karin Håkansson", 3),
    ("Simon Berglund", R, "Ingrid Holm", 3), ("Sara Johansson", R, "Ingrid Holm", 2),
    ("Malin Gustafsson", R, "Emma Sjöberg", 3), ("Alexander Svensson", R, "Henrik Falk", 3),
    # advice sought from the experienced
    ("Lars Ängström", A, "Per Öberg", 3), ("Gustav Nordin", A, "Per Öberg", 2),
    ("Moa Lindholm", A, "Per Öberg", 2), ("Ida Bergström", A, "Per Öberg", 2),
    ("Mikael Dahl", A, "Per Öberg", 3), ("David Persson", A, "Per Öberg", 2),
    ("Jonas Petersson", A, "Per Öberg", 2), ("Johan Ek", A, "Rasmus Hedlund", 2),
    ("Julia Karlsson", A, "Mikael Dahl", 2), ("Mikael Dahl", A, "Rasmus Hedlund", 2),
    ("Gustav Nordin", A, "David Persson", 2), ("Oskar Lund", A, "Anna Berg", 3),
    ("Anna Berg", A, "Åsa Nyström", 2), ("Oskar Lund", A, "Cecilia Åberg", 1),
    ("Viktor Nilsson", A, "Erik Sandberg", 3), ("Agnes Wikström", A, "Erik Sandberg", 2),
    ("Simon Berglund", A, "Sara Johansson", 2), ("Tobias Lindberg", A, "Ingrid Holm", 1),
    ("Klara Mattsson", A, "Malin Gustafsson", 2), ("Hanna Eriksson", A, "Sofia Wallin", 2),
    ("Fredrik Olsson", A, "Maria Lindqvist", 2), ("Emma Sjöberg", A, "Olof Brandt", 2),
    ("Anna Berg", A, "Olof Brandt", 3), ("Magnus Axelsson", A, "Olof Brandt", 2),
    # feedback
    ("Åsa Nyström", F, "Oskar Lund", 2), ("Malin Gustafsson", F, "Emma Sjöberg", 2),
    ("Per Öberg", F, "Lars Ängström", 2),
    # peers
    ("Gustav Nordin", W, "Ida Bergström", 3), ("Gustav Nordin", W, "Moa Lindholm", 2),
    ("Lars Ängström", W, "David Persson", 2), ("Jonas Petersson", W, "David Persson", 2),
    ("Mikael Dahl", W, "Julia Karlsson", 3), ("Johan Ek", W, "Rasmus Hedlund", 2),
    ("Erik Sandberg", W, "Agnes Wikström", 3), ("Karin Håkansson", W, "Simon Berglund", 2),
    ("Hanna Eriksson", W, "Frida Ek", 3), ("Elin Forsberg", W, "Fredrik Olsson", 3),
    ("Åsa Nyström", W, "Therese Lundgren", 2), ("Emma Sjöberg", W, "Malin Gustafsson", 3),
    # bridges between departments
    ("Linnea Strand", W, "Elin Forsberg", 3), ("Linnea Strand", W, "Erik Sandberg", 2),
    ("Linnea Strand", W, "Emma Sjöberg", 2), ("Linnea Strand", W, "Tobias Lindberg", 2),
    ("Alexander Svensson", W, "Jonas Petersson", 2), ("Alexander Svensson", W, "Simon Berglund", 2),
    ("Alexander Svensson", W, "Fredrik Olsson", 2), ("Henrik Falk", K, "Ingrid Holm", 2),
    ("Per Öberg", W, "Mikael Dahl", 3), ("Sofia Wallin", W, "Elin Forsberg", 2),
    ("Olof Brandt", K, "Cecilia Åberg", 2), ("Olof Brandt", K, "Nils Björk", 1),
    ("Maria Lindqvist", K, "Nils Björk", 2), ("Yusuf Demir", K, "Maria Lindqvist", 2),
    ("Anna Berg", W, "Maria Lindqvist", 2), ("Therese Lundgren", K, "Gustav Nordin", 1),
    ("Anna Berg", TieKind.INTRODUCED_ME_TO, "Olof Brandt", 2),
]


def _add_ties(session: Session, ids: dict[str, int]) -> None:
    seen: set[tuple[int, int, str]] = set()
    for source, kind, target, strength in TIES:
        first, second = ordered(kind, ids[source], ids[target])
        if (first, second, kind.value) not in seen:
            seen.add((first, second, kind.value))
            session.add(Tie(from_id=first, to_id=second, kind=kind.value, strength=strength))


def build_demo(services: Services, seed: int = 7, today: dt.date | None = None) -> None:
    """Fill an empty database with the example network (one transaction)."""
    rng = random.Random(seed)
    today = today or DEMO_TODAY
    start = today - dt.timedelta(days=548)
    kinds = list(InteractionKind)
    weights = [14, 10, 6, 16, 10, 12, 4, 3, 2]
    with services.db.session() as session:
        goals = []
        for title, area, why, priority, months in GOALS:
            goal = Goal(title=title, competence_area=area, why=why, priority=priority,
                        target_date=today + dt.timedelta(days=30 * months))
            session.add(goal)
            goals.append(goal)
        session.add(Goal(title="Learn Spanish for the Madrid office", competence_area="languages",
                         why="The Madrid move was cancelled.", priority=2, status="dropped"))
        session.flush()
        ids: dict[str, int] = {}
        for index, (name, department, title, expertise) in enumerate(PEOPLE):
            pattern, gap, stopped = PATTERNS[index % len(PATTERNS)] if index > 1 else PATTERNS[0]
            first, _, last = name.partition(" ")
            email_domain = "coachingbrandt.se" if department == "External" else "example.com"
            scores = {field: rng.randint(2, 5) for field in ASSESSMENT_FIELDS}
            contact = Contact(
                name=name,
                organisation="Brandt Coaching" if department == "External" else "Nordvik AB",
                department=department,
                title=title,
                emails=[f"{first.lower()}.{last.lower().replace(' ', '')}@{email_domain}"
                        .replace("å", "a").replace("ä", "a").replace("ö", "o")],
                tags=[department.lower()] + (["mentor"] if "mentoring" in expertise else []),
                expertise=expertise,
                working_style=rng.choice(["Direct and fast", "Thoughtful, prefers written questions first",
                                          "Open door, likes to whiteboard", "Busy; book well ahead"]),
                cares_about=rng.choice(["Quality and craft", "Growing people", "Customer outcomes",
                                        "Doing more with less"]),
                learn_from=f"How they work with {expertise[0]}.",
                can_offer=rng.choice(["Python help", "Feedback on slides", "Introductions to the data team",
                                      "Reviewing their proposals"]),
                status=ContactStatus.PROSPECT.value if pattern == "prospect" else (
                    ContactStatus.DORMANT.value if pattern == "lost" else ContactStatus.ACTIVE.value),
                half_life_days=400.0 if index in (0, 1) else None,
                cadence_days=30 if index in (1, 2, 4) else None,
                **scores,
            )
            session.add(contact)
            session.flush()
            ids[name] = contact.id
            for goal in goals:
                if goal.competence_area in expertise and rng.random() < 0.8:
                    role = rng.choice([Role.EXPERT, Role.MENTOR, Role.ROLE_MODEL, Role.FEEDBACK_GIVER,
                                       Role.PEER, Role.SPONSOR])
                    session.add(GoalLink(goal_id=goal.id, contact_id=contact.id, role=role.value,
                                         relevance=rng.choice([2, 3, 3]), note=""))
            if rng.random() < 0.5:
                for position, question in enumerate(rng.sample(QUESTIONS, 2), start=1):
                    session.add(Question(contact_id=contact.id, text=question, position=position,
                                         asked=rng.random() < 0.3))
            if pattern == "prospect":
                continue
            day = start + dt.timedelta(days=rng.randint(0, 60))
            end = today - dt.timedelta(days=stopped)
            while day <= end:
                kind = rng.choices(kinds, weights)[0]
                topic = rng.choice(expertise)
                direction = rng.choices([Direction.GAVE, Direction.RECEIVED, Direction.MUTUAL], [3, 4, 3])[0]
                recent = (today - day).days < 45
                follow_up = day + dt.timedelta(days=rng.randint(5, 20)) if rng.random() < 0.12 else None
                session.add(Interaction(
                    contact_id=contact.id, occurred_on=day, kind=kind.value, direction=direction.value,
                    summary=rng.choice(SUMMARIES[kind]).format(x=topic),
                    goal_id=next((g.id for g in goals if g.competence_area == topic), None),
                    follow_up_on=follow_up,
                    follow_up_done=bool(follow_up) and not recent,
                    thanked=direction != Direction.RECEIVED or not recent or rng.random() < 0.5,
                ))
                day += dt.timedelta(days=max(1, round(rng.expovariate(1 / gap))))
        _add_ties(session, ids)


def build_large(
    services: Services,
    contacts: int,
    interactions: int,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> None:
    """Synthetic people and interactions in bulk (Core inserts), for benchmarks at 100k/1M scale."""
    rng = random.Random(seed)
    today = today or DEMO_TODAY
    first_names = [p[0].split()[0] for p in PEOPLE]
    last_names = [p[0].split()[1] for p in PEOPLE]
    departments = sorted({p[1] for p in PEOPLE})
    kinds = [k.value for k in InteractionKind]
    directions = [d.value for d in Direction]
    statuses = [s.value for s in ContactStatus]
    now = dt.datetime(today.year, today.month, today.day)
    with services.db.session() as session:
        base = (session.query(Contact.id).order_by(Contact.id.desc()).limit(1).scalar() or 0) + 1
        batch: list[dict[str, object]] = []
        for i in range(contacts):
            department = rng.choice(departments)
            batch.append({
                "id": base + i,
                "name": f"{rng.choice(first_names)} {rng.choice(last_names)} {i}",
                "organisation": f"Company {i % 500}", "department": department,
                "title": "Specialist", "emails": [f"person{base + i}@example.com"], "phones": [],
                "linkedin_url": "", "tags": [department.lower()], "expertise": [rng.choice(departments)],
                "working_style": "", "cares_about": "", "learn_from": "", "can_offer": "", "notes": "",
                "status": rng.choice(statuses), "source": "bench", "external_id": "",
                "created_at": now, "updated_at": now,
                **{field: rng.randint(1, 5) for field in ASSESSMENT_FIELDS},
            })
            if len(batch) == 20_000:
                session.execute(insert(Contact), batch)
                batch = []
                if progress:
                    progress(f"{i + 1} people")
        if batch:
            session.execute(insert(Contact), batch)
        events: list[dict[str, object]] = []
        for j in range(interactions):
            events.append({
                "contact_id": base + rng.randrange(contacts) if contacts else 1,
                "occurred_on": today - dt.timedelta(days=rng.randint(0, 730)),
                "kind": rng.choice(kinds), "direction": rng.choice(directions),
                "summary": "", "notes": "", "follow_up_done": False, "thanked": True, "created_at": now,
            })
            if len(events) == 50_000:
                session.execute(insert(Interaction), events)
                events = []
                if progress:
                    progress(f"{j + 1} interactions")
        if events:
            session.execute(insert(Interaction), events)
