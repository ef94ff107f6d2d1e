"""The Interactions table: everything logged, newest first, filtered by person, kind and date range."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCollator, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.loading import ViewLoader
from netplanner.gui.models.base import label, swedish_collator
from netplanner.gui.models.records import AnyIndex, Col, RecordTableModel
from netplanner.services import interaction_pages
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services
from netplanner.services.interaction_pages import Cursor, Filter
from netplanner.services.interactions import InteractionRow

Filters = tuple[int | None, str | None, dt.date | None, dt.date | None]  # person, kind, since, until


def _shown(filters: Filters) -> Filter:
    """The filter of everyone's interactions (pages are read only when no person is chosen)."""
    _contact_id, kind, since, until = filters
    return Filter(kind, since, until)


@dataclass(frozen=True)
class Loaded:
    """Rows read on the reading twin, with the filter and the order they were read for."""

    filters: Filters
    sort: tuple[int, Qt.SortOrder] | None
    rows: list[InteractionRow]
    #: Read a page at a time (everyone's, by date): how many rows there are in all, and where the
    #: next page starts.
    paged: bool = False
    total: int = 0
    cursor: Cursor | None = None
    more: bool = False
    read: int = 0  # interactions read for the rows (an occasion's people each)


def _concerns_rows(changes: Changes) -> bool:
    """Interactions show people's names and goals' titles: another edit of a person is no news here."""
    if changes.touches({Kind.INTERACTIONS, Kind.GOALS}):
        return True
    return changes.fields is None or bool(changes.fields & {"name", "deleted_at"})

#: At most this many interactions changed are updated in place in a big network (more: read anew).
PATCH_MAX = 200

#: The `contact_id` of a model that shows nobody's interactions (a person panel with no one selected).
NOBODY = -1


class InteractionsModel(RecordTableModel[InteractionRow]):
    DATE, PERSON, KIND, DIRECTION, SUMMARY, GOAL, FOLLOW_UP, DONE, THANKED = range(9)

    def __init__(
        self, ctx: GuiContext, parent: Any = None, *, contact_id: int | None = None, show_person: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.kind: str | None = None
        self.since: dt.date | None = None
        self.until: dt.date | None = None

        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""

        self._columns: list[Col[InteractionRow]] = [
            Col(
                self.tr("Date"),
                lambda r: r.occurred_on,
                display=lambda r: day(r.occurred_on),
                field="occurred_on",
            ),
            Col(self.tr("Person"), lambda r: r.names),
            Col(self.tr("Kind"), lambda r: r.kind, display=lambda r: label(r.kind), field="kind"),
            Col(
                self.tr("Direction"),
                lambda r: r.direction,
                display=lambda r: label(r.direction),
                field="direction",
                tooltip=self.tr("Who gave and who received: give before you get"),
            ),
            Col(self.tr("Summary"), lambda r: r.summary, field="summary"),
            Col(self.tr("Goal"), lambda r: r.goal_title, display=lambda r: r.goal_title or ""),
            Col(
                self.tr("Follow up"),
                lambda r: r.follow_up_on,
                display=lambda r: day(r.follow_up_on),
                field="follow_up_on",
                tooltip=self.tr("When to follow up"),
            ),
            Col(
                self.tr("Done"),
                lambda r: r.follow_up_done,
                field="follow_up_done",
                check=True,
                tooltip=self.tr("The follow-up is done"),
            ),
            Col(
                self.tr("Thanked"),
                lambda r: r.thanked,
                field="thanked",
                check=True,
                tooltip=self.tr("You showed your appreciation"),
            ),
        ]
        if not show_person:
            self._columns[self.PERSON] = Col(self.tr("Person"), lambda r: r.contact_name)
        self._red = QColor(176, 0, 32)
        # Everyone's interactions in a big network are read on the reading twin (a million rows take
        # seconds); one person's are few and read at once.
        self._loader: ViewLoader[Loaded] | None = (
            ViewLoader(parent, ctx.services, self._read, self._show_loaded, self._load_failed)
            if isinstance(parent, QWidget) and contact_id is None else None)
        self.follower = follow(parent if isinstance(parent, QWidget) else None, ctx.events,
                               {Kind.INTERACTIONS, Kind.PEOPLE, Kind.GOALS}, self._on_changes, owner=self)
        self._rows_sort: tuple[int, Qt.SortOrder] | None = None  # the order the rows shown are in
        self._pages: Loaded | None = None  # the rows shown are pages (see `_reads_pages`): how far
        if self._big():
            # On the next turn of the event loop: the view that is set up meanwhile asks for its order
            # first, and that order is read once, not once unsorted and once more sorted.
            self._first_due = True
            QTimer.singleShot(0, self, self.reload)
        else:
            self.reload()

    def columns(self) -> Sequence[Col[InteractionRow]]:
        return self._columns

    def set_filter(
        self, *, contact_id: int | None, kind: str | None, since: dt.date | None, until: dt.date | None
    ) -> None:
        self.contact_id, self.kind, self.since, self.until = contact_id, kind or None, since, until
        self.reload(cover=True)

    def _big(self) -> bool:
        """Whether this model reads on the reading twin now (everyone's interactions, big network)."""
        return self._loader is not None and self.contact_id is None and self.ctx.services.is_large()

    def _reads_pages(self, sort: tuple[int, Qt.SortOrder] | None) -> bool:
        """Everyone's interactions of a big network in date order are read a page at a time, the
        next as the table is scrolled to its end: the first shows at once. Sorted by another column
        they are all read and sorted on the reading twin (seconds at a million)."""
        return self._big() and (sort is None or sort[0] == self.DATE)

    def _newest_first(self, sort: tuple[int, Qt.SortOrder] | None) -> bool:
        """Whether pages in this order are read newest first (all but oldest first)."""
        return sort != (self.DATE, Qt.SortOrder.AscendingOrder)

    def total(self) -> int:
        """How many rows the table has in all, also those of pages not read yet."""
        return self._pages.total if self._pages is not None else self.rowCount()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._big() or not 0 <= column < len(self.columns()):
            super().sort(column, order)
            self._rows_sort = self._sort
            return
        wanted = (column, order)
        if wanted == self._sort and (wanted == self._rows_sort or self.busy):
            return  # shown in this order already, or being read in it (the view asks twice)
        self._sort = wanted  # a million rows are sorted on the reading twin as they are read
        if self._loader is not None and self._rows_sort != self._sort and self._asked:
            self._loader.load(self._reader(), cover=True)

    def _filters(self) -> Filters:
        return (self.contact_id, self.kind, self.since, self.until)

    def load(self) -> list[InteractionRow]:
        return self._load(self.ctx.services, self._filters())

    @staticmethod
    def _load(services: Services, filters: Filters) -> list[InteractionRow]:
        contact_id, kind, since, until = filters
        if contact_id == NOBODY:  # the person panel before anyone is selected
            return []
        # One row per occasion: a lunch with three is one entry naming all of them.
        return services.interactions.occasions(contact_id=contact_id, kind=kind, since=since, until=until)

    def _on_changes(self, changes: Changes) -> None:
        if _concerns_rows(changes) and not self._patched(changes):
            self.reload()

    _asked = False  # a first read was asked for
    _first_due = False  # the first read waits for the next turn of the event loop

    def _patched(self, changes: Changes) -> bool:
        """In a big network, an edit of interactions the table shows changes those rows in place, at
        once, instead of reading everyone's again (seconds). False when it takes more: an interaction
        added or removed, one of an occasion, or a new value of the column the rows are sorted by."""
        ids = changes.ids.get(Kind.INTERACTIONS)
        if changes.kinds != {Kind.INTERACTIONS} or not ids or len(ids) > PATCH_MAX or not self._big():
            return False
        positions = {rid: self.row_of(rid) for rid in ids}
        if any(row is None for row in positions.values()):
            return False
        fresh = {row.id: row for row in self.ctx.services.interactions.rows(ids=ids)}
        if fresh.keys() != ids:
            return False
        patched: dict[int, InteractionRow] = {}
        for rid, row in positions.items():
            assert row is not None
            if not self._stays(self.row_at(row), fresh[rid]):
                return False
            patched[row] = fresh[rid]
        for row, new in patched.items():
            self.replace_row(row, new)
        return True

    def sorted_by(self, rows: list[InteractionRow], sort: tuple[int, Qt.SortOrder] | None,
                  collator: QCollator) -> list[InteractionRow]:
        if sort == (self.DATE, Qt.SortOrder.DescendingOrder):
            return rows  # newest first is how they are read (by date, the last logged first)
        if sort == (self.DATE, Qt.SortOrder.AscendingOrder):
            return rows[::-1]  # the first logged first, as the pages of a big network come
        return super().sorted_by(rows, sort, collator)

    def _stays(self, old: InteractionRow, new: InteractionRow) -> bool:
        """Whether an edited row keeps its place in the order and passes the filter as before."""
        if old.occasion_id is not None or new.occasion_id is not None or new.occurred_on != old.occurred_on:
            return False
        if self.kind is not None and new.kind != old.kind:
            return False
        sort_key = self.columns()[self._sort[0]].native if self._sort is not None else None
        return sort_key is None or sort_key(old) == sort_key(new)

    def reload(self, *, cover: bool | None = None) -> None:
        self._first_due = False
        if self._loader is None or not self._big():
            self._pages = None
            super().reload()
            self._rows_sort = self._sort
            return
        self._asked = True
        self._loader.load(self._reader(), cover=cover)

    def _reader(self) -> Callable[[Services], Loaded]:
        """Work for the reading twin: the rows of the filter and order the model has now."""
        filters, sort = self._filters(), self._sort
        if not self._reads_pages(sort):
            return lambda services: Loaded(
                filters, sort, self.sorted_by(self._load(services, filters), sort, swedish_collator()))
        # Read anew in the same filter and order (after an edit), as many rows as are shown: the
        # table keeps the rows it was scrolled to.
        pages = self._pages
        same = pages is not None and (pages.filters, pages.sort) == (filters, sort)
        wanted = max(interaction_pages.PAGE_SIZE, pages.read if pages is not None and same else 0)
        newest_first = self._newest_first(sort)

        def read(services: Services) -> Loaded:
            shown = _shown(filters)
            page = services.interaction_pages.page(shown, newest_first=newest_first, limit=wanted)
            total = services.interaction_pages.count(shown)
            return Loaded(filters, sort, page.rows, True, total, page.cursor, page.more, page.read)
        return read

    def _read(self, services: Services) -> Loaded:  # the loader's own work
        return self._reader()(services)

    def _show_loaded(self, loaded: Loaded) -> None:
        if loaded.filters != self._filters() or loaded.sort != self._sort:
            return  # the filter or the order changed meanwhile; its own load is on its way or done
        # In a new order everything moves: a reset is cheaper than a million moves.
        self._pages = loaded if loaded.paged else None
        self.show_rows(loaded.rows, reset=loaded.sort != self._rows_sort)
        self._rows_sort = loaded.sort

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008  Qt's default argument
        return not parent.isValid() and self._pages is not None and self._pages.more and not self.busy

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """The next page, read at once (some 20 ms), for a table scrolled to its end."""
        if not self.canFetchMore(parent) or self._pages is None:
            return
        pages = self._pages
        try:
            page = self.ctx.services.interaction_pages.page(
                _shown(pages.filters), after=pages.cursor,
                newest_first=self._newest_first(pages.sort))
        except Exception as exc:
            self._pages = dataclasses.replace(pages, more=False)
            self._load_failed(exc)
            return
        self._pages = dataclasses.replace(pages, cursor=page.cursor, more=page.more,
                                          read=pages.read + page.read)
        if page.rows:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.append_rows(page.rows)
            self.endInsertRows()

    def _load_failed(self, error: BaseException) -> None:
        self.editFailed.emit(user_message(error))

    @property
    def busy(self) -> bool:
        """Whether the rows are being read on the reading twin (or are about to be)."""
        return self._first_due or (self._loader is not None and self._loader.busy)

    def extra_data(self, row: InteractionRow, column: int, role: int) -> Any:
        due = row.follow_up_on is not None and not row.follow_up_done and row.follow_up_on <= self.ctx.today()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FOLLOW_UP and due:
            return self._red
        return None
