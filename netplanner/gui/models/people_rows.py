"""The People table's rows before everyone is read: a known order of ids, rows read a block at a time.

A big network opens on the name order kept in the database (`ContactService.stored_order`): the table
knows who is on every row at once and reads the rows on screen in blocks of `BLOCK` ids, while a worker
reads everyone (`ContactService.prefetch_rows`). Once the worker is done the model swaps in the full
list, in the same order, so nothing on screen moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import overload

from PySide6.QtCore import QCollator

from netplanner.gui.models.base import swedish_collator
from netplanner.services.contacts import ContactRow

#: Rows read at a time: a screenful and its neighbours in one query.
BLOCK = 256

#: Reads the rows of these ids (those missing are gone since the order was kept).
RowReader = Callable[[Sequence[int]], Mapping[int, ContactRow]]


class PagedRows(Sequence[ContactRow]):
    """Everyone's rows in the order of `ids`, read from the database a block at a time when asked for."""

    def __init__(self, ids: list[int], read: RowReader) -> None:
        self.ids = ids
        self._read = read
        self._blocks: dict[int, list[ContactRow]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, position: int) -> ContactRow: ...

    @overload
    def __getitem__(self, position: slice) -> Sequence[ContactRow]: ...

    def __getitem__(self, position: int | slice) -> ContactRow | Sequence[ContactRow]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self.ids)))]
        block, offset = divmod(range(len(self.ids))[position], BLOCK)
        return self._block(block)[offset]

    def __setitem__(self, position: int, row: ContactRow) -> None:
        block, offset = divmod(range(len(self.ids))[position], BLOCK)
        self._block(block)[offset] = row

    def __iter__(self) -> Iterator[ContactRow]:
        for block in range((len(self.ids) + BLOCK - 1) // BLOCK):
            yield from self._block(block)

    def _block(self, block: int) -> list[ContactRow]:
        rows = self._blocks.get(block)
        if rows is None:
            wanted = self.ids[block * BLOCK : (block + 1) * BLOCK]
            found = self._read(wanted)
            rows = self._blocks[block] = [found.get(cid) or _gone(cid) for cid in wanted]
        return rows


def _gone(contact_id: int) -> ContactRow:
    """The row of a person deleted by another program since the order was kept (the next reload
    drops it)."""
    return ContactRow(contact_id, "", "", "", "", "", "", "", None, None, None, None, None, None)


def in_order(rows: list[ContactRow], ids: Sequence[int], *, check_names: bool = True
             ) -> list[ContactRow] | None:
    """Everyone's rows (from a worker's full read) in the order of `ids`, or None when the read
    holds other people or (with `check_names`) their names are no longer in Swedish order (another
    program renamed someone): the caller then sorts afresh. Runs on the worker thread too, so with its
    own collator."""
    if len(rows) != len(ids):
        return None
    by_id = {row.id: row for row in rows}
    try:
        ordered = [by_id[cid] for cid in ids]
    except KeyError:
        return None
    return ordered if not check_names or names_in_order(ordered, swedish_collator()) else None


def names_in_order(rows: Sequence[ContactRow], collator: QCollator) -> bool:
    compare = collator.compare
    return all(compare(a.name, b.name) <= 0 for a, b in pairwise(rows))
