"""Search everything: people by any field, by the text of notes, questions and interaction summaries, and
goals by their title, competence area, why and next steps.

Backed by the FTS5 table `search_index` (migrations 0002 and 0005), kept current by triggers, inside the
encrypted file. Each hit says which field matched and shows the words around the match, starting a few
words before it (so a cell cut at its right edge still shows the matched word). `fold` is the same
folding the index uses (case and diacritics), for matching names elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text

from netplanner.services.contacts import FIELD_LABELS as CONTACT_LABELS
from netplanner.storage.db import Database

#: Around the matched words in a snippet.
MARK_START = "["
MARK_END = "]"

#: The FTS tables (the index and its shadow tables) that the ORM does not describe.
FTS_TABLE = "search_index"

#: The person's fields the index holds (named as in the person's editor), then the other texts.
SEARCHED_CONTACT_FIELDS = ("name", "organisation", "department", "title", "emails", "phones", "tags",
                           "expertise", "working_style", "cares_about", "learn_from", "can_offer", "notes",
                           "linkedin_url")
FIELD_LABELS: dict[str, str] = {
    **{field: CONTACT_LABELS[field] for field in SEARCHED_CONTACT_FIELDS},
    "question": "Preparation question",
    "answer": "Answer to a question",
    "summary": "Interaction summary",
    "interaction_notes": "Interaction notes",
    "goal_title": "Goal",
    "goal_competence": "Competence area of a goal",
    "goal_why": "Why (a goal)",
    "goal_next_steps": "Next steps of a goal",
    "tie_note": "Note on a connection",
}

#: Words kept before the first match in a snippet.
LEAD_WORDS = 3
_GOAL_SOURCE = 4 * 2**50  # migration 0005: goal rows' rowids start here
_SLOTS = 32

_WORD = re.compile(r"\w+", re.UNICODE)


def is_search_table(name: str | None) -> bool:
    """True for the FTS index and its shadow tables (for schema comparisons that skip them)."""
    return bool(name) and (name == FTS_TABLE or str(name).startswith(FTS_TABLE + "_"))


def fold(text: str) -> str:
    """Lower case without diacritics, like FTS5's unicode61 tokenizer with remove_diacritics 2: "Öberg"
    and "oberg" fold the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lead_in(snippet: str, words: int = LEAD_WORDS) -> str:
    """The snippet from a few words before its first match ("…" where words were left out)."""
    at = snippet.find(MARK_START)
    if at <= 0:
        return snippet
    before = snippet[:at]
    tokens = list(_WORD.finditer(before))
    if len(tokens) <= words:
        return snippet
    cut = tokens[-words].start()
    return "…" + snippet[cut:]


def fts_query(user_text: str) -> str:
    """Every word of the user's text as a quoted prefix term, all required; '' when there are none."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(user_text))


@dataclass(frozen=True, slots=True)
class SearchHit:
    contact_id: int
    name: str
    organisation: str
    field: str  # key of FIELD_LABELS
    snippet: str  # the matched words between MARK_START and MARK_END
    goal_id: int | None = None  # a goal's hit: contact_id is 0, name is the goal's title

    @property
    def is_goal(self) -> bool:
        return self.goal_id is not None

    @property
    def where(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, user_text: str, limit: int = 200) -> list[SearchHit]:
        """The best matches, best first; people in the Trash are left out."""
        query = fts_query(user_text)
        if not query:
            return []
        sql = text(
            f"SELECT s.contact_id, coalesce(c.name, g.title), c.organisation, s.field, "
            f"snippet({FTS_TABLE}, 0, :start, :end, '…', 12), g.id "
            f"FROM {FTS_TABLE} AS s LEFT JOIN contacts AS c ON c.id = s.contact_id "
            f"LEFT JOIN goals AS g ON s.contact_id IS NULL AND s.rowid >= {_GOAL_SOURCE} "
            f"AND g.id = (s.rowid - {_GOAL_SOURCE}) / {_SLOTS} "
            f"WHERE {FTS_TABLE} MATCH :query AND ((c.id IS NOT NULL AND c.deleted_at IS NULL) "
            "OR g.id IS NOT NULL) "
            "ORDER BY s.rank, coalesce(c.name, g.title) LIMIT :limit"
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(sql, {"query": query, "start": MARK_START, "end": MARK_END, "limit": limit})
            return [
                SearchHit(int(r[0] or 0), r[1] or "", r[2] or "", r[3], lead_in(r[4]),
                          None if r[5] is None else int(r[5]))
                for r in rows
            ]

    def people(self, user_text: str, limit: int = 5000) -> list[int]:
        """Ids of the people with any match, best first (each once)."""
        seen: dict[int, None] = {}
        for hit in self.search(user_text, limit):
            if not hit.is_goal:
                seen.setdefault(hit.contact_id, None)
        return list(seen)
