"""Everyone's interactions a page at a time, in date order: the Interactions table of a big network.

Reading all of a million interactions takes SQLite many seconds (it sorts them all before the first
row). A page walks the date index from where the last one stopped (a keyset, not an offset), so each
page costs the same few milliseconds however far down it is. One row per occasion, as in
`InteractionService.occasions`: an occasion is shown where its first interaction (lowest id) falls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import aliased

from netplanner.domain.model import InteractionKind, parse_enum
from netplanner.services.interactions import InteractionRow
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, Interaction

#: Interactions read per page: a screenful many times over, in about 10 ms at 100k people.
PAGE_SIZE = 250

#: Where a page starts: after this (date, id) in the order read.
Cursor = tuple[dt.date, int]


@dataclass(frozen=True)
class Filter:
    """Which interactions the table shows (everyone's: a person's are few and read whole)."""

    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class InteractionPage:
    rows: list[InteractionRow]
    #: The last interaction read (also one folded into an occasion): the next page starts after it.
    cursor: Cursor | None
    #: Whether there may be more after `cursor`.
    more: bool


class InteractionPages:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(self, shown: Filter = Filter(), *, newest_first: bool = True, after: Cursor | None = None,
             limit: int | None = None) -> InteractionPage:
        """Up to `limit` (`PAGE_SIZE`) interactions after `after`, newest first (or oldest first), an
        occasion once."""
        limit = limit or PAGE_SIZE
        query = self._filtered(self._rows_query(), shown)
        key = tuple_(Interaction.occurred_on, Interaction.id)
        if after is not None:
            query = query.where(key < tuple_(*after) if newest_first else key > tuple_(*after))
        if newest_first:
            query = query.order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        else:
            query = query.order_by(Interaction.occurred_on.asc(), Interaction.id.asc())
        with self.db.engine.connect() as conn:
            read = [InteractionRow(*tuple(row)) for row in conn.execute(query.limit(limit))]
            shared = {row.occasion_id for row in read if row.occasion_id is not None}
            groups = self._occasions(conn, shared, shown) if shared else {}
        rows: list[InteractionRow] = []
        for row in read:
            group = groups.get(row.occasion_id) if row.occasion_id is not None else None
            if group is None:
                rows.append(row)
            elif row.id == group[0].id:  # the occasion is shown where its first interaction is
                people = tuple((member.contact_id, member.contact_name) for member in group)
                rows.append(dataclasses.replace(row, people=people))
        cursor = (read[-1].occurred_on, read[-1].id) if read else after
        return InteractionPage(rows, cursor, more=len(read) == limit)

    def count(self, shown: Filter = Filter()) -> int:
        """How many rows the table has for this filter in all (an occasion counts once)."""
        live = Contact.deleted_at.is_(None)
        everyone = select(func.count()).select_from(Interaction).join(
            Contact, Contact.id == Interaction.contact_id).where(live)
        # Each occasion of n interactions is one row: n - 1 fewer than its interactions.
        # Found through the occasion index (few interactions are part of one), not the date index a
        # date filter would otherwise walk whole.
        member = aliased(Interaction)
        shared = select(member.id).where(member.occasion_id.is_not(None))
        trashed = select(Contact.id).where(Contact.deleted_at.is_not(None))
        folded = (select(func.count() - func.count(Interaction.occasion_id.distinct()))
                  .select_from(Interaction)
                  .where(Interaction.id.in_(shared), Interaction.contact_id.not_in(trashed)))
        with self.db.engine.connect() as conn:
            total = conn.scalar(self._filtered(everyone, shown)) or 0
            return int(total) - int(conn.scalar(self._filtered(folded, shown)) or 0)

    @staticmethod
    def _rows_query() -> Select[Any]:
        # The person's name in a subquery and the Trash as a small list keep SQLite walking the date
        # index in order; joined, it reads every person's interactions and sorts them all first.
        name = select(Contact.name).where(Contact.id == Interaction.contact_id).scalar_subquery()
        trashed = select(Contact.id).where(Contact.deleted_at.is_not(None))
        return (
            select(Interaction.id, Interaction.occurred_on, Interaction.contact_id, name,
                   Interaction.kind, Interaction.direction, Interaction.summary, Goal.title,
                   Interaction.follow_up_on, Interaction.follow_up_done, Interaction.thanked,
                   Interaction.occasion_id)
            .select_from(Interaction)
            .outerjoin(Goal, Goal.id == Interaction.goal_id)
            .where(Interaction.contact_id.not_in(trashed))
        )

    @staticmethod
    def _filtered(query: Select[Any], shown: Filter) -> Select[Any]:
        if shown.kind:
            query = query.where(Interaction.kind == parse_enum(InteractionKind, shown.kind, "kind").value)
        if shown.since is not None:
            query = query.where(Interaction.occurred_on >= shown.since)
        if shown.until is not None:
            query = query.where(Interaction.occurred_on <= shown.until)
        return query

    def _occasions(self, conn: Any, occasion_ids: Collection[int], shown: Filter
                   ) -> dict[int, list[InteractionRow]]:
        """Everyone at these occasions who passes the filter, each occasion's people in id order."""
        query = self._filtered(self._rows_query(), shown).where(
            Interaction.occasion_id.in_(list(occasion_ids))).order_by(Interaction.id)
        groups: dict[int, list[InteractionRow]] = {}
        for row in conn.execute(query):
            member = InteractionRow(*tuple(row))
            assert member.occasion_id is not None
            groups.setdefault(member.occasion_id, []).append(member)
        return groups
