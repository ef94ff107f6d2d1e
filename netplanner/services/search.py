"""Search everything: people by any field, and by the text of notes, questions and interaction summaries.

Backed by the FTS5 table `search_index` (migration 0002), kept current by triggers, inside the encrypted
file. Each hit says which field matched and shows the words around the match.
"""

from __future__ import annotations

import re
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
}

_WORD = re.compile(r"\w+", re.UNICODE)


def is_search_table(name: str | None) -> bool:
    """True for the FTS index and its shadow tables (for schema comparisons that skip them)."""
    return bool(name) and (name == FTS_TABLE or str(name).startswith(FTS_TABLE + "_"))


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
            f"SELECT s.contact_id, c.name, c.organisation, s.field, "
            f"snippet({FTS_TABLE}, 0, :start, :end, '…', 12) "
            f"FROM {FTS_TABLE} AS s JOIN contacts AS c ON c.id = s.contact_id "
            f"WHERE {FTS_TABLE} MATCH :query AND c.deleted_at IS NULL "
            "ORDER BY s.rank, c.name LIMIT :limit"
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(sql, {"query": query, "start": MARK_START, "end": MARK_END, "limit": limit})
            return [SearchHit(int(r[0]), r[1], r[2] or "", r[3], r[4]) for r in rows]

    def people(self, user_text: str, limit: int = 5000) -> list[int]:
        """Ids of the people with any match, best first (each once)."""
        seen: dict[int, None] = {}
        for hit in self.search(user_text, limit):
            seen.setdefault(hit.contact_id, None)
        return list(seen)
