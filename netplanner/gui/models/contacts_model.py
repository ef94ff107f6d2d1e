"""The People table: every person, sorted and filtered inside the model (no proxy: 100k rows).

Rows are plain tuples from `ContactService.rows()`; the text the filter looks in is folded once per load,
sort keys are computed once per column (QCollator, so Swedish names sort Z, Å, Ä, Ö) and kept until the
next load. A filter keystroke is one list comprehension over folded strings, narrowing the previous
result when the new text extends the old one. Relationship strength comes from the shared network
snapshot (`services.strength.all()`, computed once per version of the data); a change repaints only the
rows of the people it names, and reloads only when people came or went.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import ContactStatus
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.follow import ChangeFollower, follow
from netplanner.gui.models.base import (
    ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    collation_stamp,
    label,
    swedish_collator,
)
from netplanner.gui.models.people_rows import PagedRows, in_order
from netplanner.services.changes import Changes, Kind
from netplanner.services.contacts import ContactRow
from netplanner.services.prefetch import Prefetch
from netplanner.services.strength import ContactStrength
from netplanner.services.strength_state import StrengthTable

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    TITLE = 2
    TAGS = 3
    STATUS = 4
    KNOWLEDGE = 5
    FEEDBACK = 6
    CHEMISTRY = 7
    TRUST = 8
    INFLUENCE = 9
    LAST_CONTACT = 10
    STRENGTH = 11
    TREND = 12
    DUE = 13  # shown as "Next contact": last contact + cadence, or + the person's usual rhythm
    SILENCE = 14
    BALANCE = 15
    FADES = 16  # "Fades on": the day strength falls below the threshold without new contact
    NEXT_CONTACT = 13


#: Column -> (field of the person it edits, position in ContactRow).
_FIELDS: dict[Column, tuple[str, int]] = {
    Column.NAME: ("name", 1),
    Column.ORGANISATION: ("organisation", 2),
    Column.TITLE: ("title", 4),
    Column.TAGS: ("tags", 5),
    Column.STATUS: ("status", 7),
    Column.KNOWLEDGE: ("knowledge_sharing", 8),
    Column.FEEDBACK: ("feedback", 9),
    Column.CHEMISTRY: ("chemistry", 10),
    Column.TRUST: ("trust", 11),
    Column.INFLUENCE: ("influence", 12),
}
SCORE_COLUMNS = (Column.KNOWLEDGE, Column.FEEDBACK, Column.CHEMISTRY, Column.TRUST, Column.INFLUENCE)
TEXT_COLUMNS = (Column.NAME, Column.ORGANISATION, Column.TITLE, Column.TAGS)
#: How often the table looks whether the worker's first strength snapshot is ready.
STRENGTH_POLL_MS = 20
STRENGTH_COLUMNS = (Column.STRENGTH, Column.TREND, Column.DUE, Column.SILENCE, Column.BALANCE, Column.FADES)
_LAST_COLUMN = max(Column)
_LAST_CONTACT = 13
#: From this many people on, the table opens on the name order kept in the database and reads the rows
#: on screen first, everyone on a worker (see people_rows); below, it reads and sorts everyone at once.
PAGED_PEOPLE = 5000
#: Worker reads of everyone's rows that writes may overtake before the table reads them itself.
ROW_READ_TRIES = 3

#: Called to save an edit: (contact id, field, value); raises NetPlannerError when the value is refused.
EditHandler = Callable[[int, str, object], None]


#: What the People table shows: people, and the strength their interactions and the settings give them.
PEOPLE_KINDS = frozenset({Kind.PEOPLE, Kind.INTERACTIONS, Kind.SETTINGS})


class ContactsModel(QAbstractTableModel):
    editFailed = Signal(str)  # noqa: N815  Qt signal naming: the message to show
    reloaded = Signal()
    strengthLoaded = Signal()  # noqa: N815  the strength columns filled in after a worker's snapshot

    def __init__(
        self,
        ctx: GuiContext,
        parent: Any = None,
        *,
        auto_reload: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edit_handler: EditHandler | None = None
        self._table = ctx.services.contacts
        self._strength_service = ctx.services.strength
        self._collator = swedish_collator()
        self._rows: list[ContactRow] | PagedRows = []  # PagedRows until a worker read everyone
        self._ids: list[int] = []  # the id at each position of _rows
        # The worker's full read: everyone's rows in the paged order, or (None,) when they are no
        # longer in that order.
        self._rows_prefetch: Prefetch[tuple[list[ContactRow] | None]] | None = None
        self._rows_poll = QTimer(self)
        self._rows_poll.setInterval(STRENGTH_POLL_MS)
        self._rows_poll.timeout.connect(self._rows_arrived)
        self._row_reads = 0  # worker reads of everyone's rows since the last reload
        self._hay: list[str] = []
        self._visible: list[int] = []  # positions in _rows, in view order (replaced, never changed in place)
        self._rows_by_id: tuple[list[int], dict[int, int]] | None = None
        self._positions: tuple[list[int], dict[int, int]] | None = None
        self._sort_keys: dict[Column, list[Any]] = {}
        self._name_order: list[int] = []
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._needle = ""
        self._status = ""
        self._tag = ""
        self._last_filter: tuple[str, str, str] | None = None
        # Empty while a worker still builds the first snapshot (a big network): the strength columns
        # fill in when it is done, the table is usable meanwhile.
        self._strength: Mapping[int, ContactStrength] = {}
        self._strength_poll = QTimer(self)
        self._strength_poll.setInterval(STRENGTH_POLL_MS)
        self._strength_poll.timeout.connect(self._strength_arrived)
        self._tags: list[str] | None = None
        self._headers = self._make_headers()
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QColor(176, 0, 32)
        self._amber = QColor(160, 90, 0)
        self._grey = QColor(110, 110, 110)
        self._hay_timer = QTimer(self)
        self._hay_timer.setSingleShot(True)
        self._hay_timer.setInterval(0)
        self._hay_timer.timeout.connect(self._ensure_hay)
        # After an in-table status or tag edit; deferred so the view is not reset while it commits.
        self._refilter_timer = QTimer(self)
        self._refilter_timer.setSingleShot(True)
        self._refilter_timer.setInterval(0)
        self._refilter_timer.timeout.connect(self.reapply_filter)
        self.follower: ChangeFollower | None = None
        if auto_reload:
            page = parent if isinstance(parent, QWidget) else None
            self.follower = follow(page, ctx.events, PEOPLE_KINDS, self.apply_changes, owner=self)
        self.reload()

    def _make_headers(self) -> dict[Column, tuple[str, str]]:
        return {
            Column.NAME: (self.tr("Name"), self.tr("The person's name")),
            Column.ORGANISATION: (self.tr("Organisation"), self.tr("Where they work")),
            Column.TITLE: (self.tr("Title"), self.tr("Their role or job title")),
            Column.TAGS: (self.tr("Tags"), self.tr("Your own tags, separated by commas")),
            Column.STATUS: (self.tr("Status"), self.tr("Prospect, active, dormant or archived")),
            Column.KNOWLEDGE: (
                self.tr("Sharing"),
                self.tr("Knowledge sharing, 1-5: do they share what they know?"),
            ),
            Column.FEEDBACK: (
                self.tr("Feedback"),
                self.tr("Feedback, 1-5: do they give honest, useful feedback?"),
            ),
            Column.CHEMISTRY: (self.tr("Chemistry"), self.tr("Chemistry, 1-5: how well you get on")),
            Column.TRUST: (self.tr("Trust"), self.tr("Trust, 1-5: how much you trust each other")),
            Column.INFLUENCE: (self.tr("Influence"), self.tr("Influence, 1-5: do others seek their advice?")),
            Column.LAST_CONTACT: (
                self.tr("Last contact"),
                self.tr("The date of the last logged interaction"),
            ),
            Column.STRENGTH: (self.tr("Strength"), self.tr("Relationship strength now, 0-100 %")),
            Column.TREND: (self.tr("Trend"), self.tr("Rising or falling strength")),
            Column.DUE: (
                self.tr("Next contact"),
                self.tr("When to get in touch again: your cadence, or your usual rhythm with them"),
            ),
            Column.FADES: (
                self.tr("Fades on"),
                self.tr("Without contact, strength falls below the threshold on this day"),
            ),
            Column.SILENCE: (
                self.tr("Silence"),
                self.tr("Silence measured against your usual rhythm with them"),
            ),
            Column.BALANCE: (
                self.tr("Balance"),
                self.tr("Give and take: above zero you gave more than you received"),
            ),
        }

    # ---- loading, filtering, sorting ------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Follow a change: repaint the rows of people edited or met, reload when people came or went."""
        edited = changes.ids_of(Kind.PEOPLE)
        if edited is None or changes.fields is None or changes.strength is None:
            self.reload()
            return
        if changes.strength:
            self._strength_poll.stop()
            self._strength = self._strength_service.all(self.ctx.today())
            for column in (*STRENGTH_COLUMNS, Column.LAST_CONTACT):
                self._sort_keys.pop(column, None)
        renamed = "name" in changes.fields
        for contact_id in edited | changes.strength:
            # their last contact, strength and any edited field
            self.refresh_contact(contact_id, renamed=renamed and contact_id in edited)

    def reload(self, *, sort_afresh: bool = False) -> None:
        """Read every person again, keeping the sort and filter; `sort_afresh` when the kept name order
        proved wrong (another program renamed someone unnoticed)."""
        self._stop_reading_rows()
        paged, order_kept = (None, False) if sort_afresh else self._paged_rows()
        if paged is None:
            rows = self._table.rows()
            keys = self._collator.sortKey
            name_keys = [keys(r.name) for r in rows]
            name_order = sorted(range(len(rows)), key=name_keys.__getitem__)
        self.beginResetModel()
        self._tags = None
        self._hay = []  # built right after the first paint (or by the first filter), see _ensure_hay
        if paged is None:
            self._rows, self._ids = rows, [r.id for r in rows]
            self._name_order = name_order
            self._sort_keys = {Column.NAME: name_keys}
            self._hay_timer.start()
            if not order_kept:
                self._keep_name_order()
        else:  # in name order already; the worker's full read brings the sort keys' source and the hay
            self._rows, self._ids = paged, paged.ids
            self._name_order = list(range(len(paged)))
            self._sort_keys = {}
            self._read_all_rows(paged.ids, first=True)
        self._load_all_strength()
        self._last_filter = None
        self._visible = self._filtered(self._ordered())
        self._last_filter = (self._needle, self._status, self._tag)
        self.endResetModel()
        self.reloaded.emit()

    def _paged_rows(self) -> tuple[PagedRows | None, bool]:
        """Paged rows on the kept name order, when the network is big, the kept order is current and
        nothing but the name order is asked for; else None (read and sort everyone). And whether the
        kept order is current."""
        if self._table.count() < PAGED_PEOPLE:
            return None, False
        ids = self._table.stored_order(collation_stamp())
        if ids is None or self._needle or self._status or self._tag or self._sort_column != Column.NAME:
            return None, ids is not None
        return PagedRows(ids, self._table.rows_of), True

    def _read_all_rows(self, ids: list[int], *, first: bool = False) -> None:
        if first:
            self._row_reads = 0
        self._rows_prefetch = self._table.prefetch_rows(lambda rows: (in_order(rows, ids),))
        self._rows_poll.start()

    def _stop_reading_rows(self) -> None:
        self._rows_poll.stop()
        self._rows_prefetch = None

    def rows_pending(self) -> bool:
        """True while the rows are read a screenful at a time and a worker reads everyone."""
        return isinstance(self._rows, PagedRows)

    def _rows_arrived(self) -> None:
        paged, prefetch = self._rows, self._rows_prefetch
        if not isinstance(paged, PagedRows) or prefetch is None or not prefetch.done():
            return
        result = prefetch.take("rows")
        if result is None:
            self._row_reads += 1
            if prefetch.stale() and self._row_reads < ROW_READ_TRIES:
                self._read_all_rows(paged.ids)  # written while the worker read: read again, still paged
            else:  # the worker failed, or writes keep overtaking it: read here
                self._require_rows()
        elif result[0] is None:  # another program renamed someone: sort everyone afresh
            self.reload(sort_afresh=True)
        else:
            self._use_rows(result[0])

    def _require_rows(self, *, renaming: bool = False, defer_reset: bool = False) -> None:
        """Everyone's rows in memory (for sorting on another column, filtering, the tag list): the
        worker's read when it is current (waiting for it if need be), else read here and now. While
        `renaming`, the rows need not be in name order (the rename sorts them next). When the kept
        order turns out wrong, everyone is read and sorted afresh: at once, or with `defer_reset` on
        the next turn of the event loop (not inside an edit the view is committing)."""
        paged, prefetch = self._rows, self._rows_prefetch
        if not isinstance(paged, PagedRows):
            return
        result = prefetch.take("rows") if prefetch is not None else None
        rows = (result[0] if result is not None
                else in_order(self._table.rows(), paged.ids, check_names=not renaming))
        if rows is None:
            if defer_reset:
                self._stop_reading_rows()
                QTimer.singleShot(0, self, lambda: self.reload(sort_afresh=True))
            else:
                self.reload(sort_afresh=True)
            return
        self._use_rows(rows)

    def _use_rows(self, rows: list[ContactRow]) -> None:
        """Swap the paged rows for everyone's, in the same order: nothing on screen moves."""
        self._stop_reading_rows()
        self._rows = rows
        self._tags = None
        self._hay_timer.start()

    def _load_all_strength(self) -> None:
        if self._strength_service.ready():
            self._strength_poll.stop()
            self._strength = self._strength_service.all(self.ctx.today())
        else:
            self._strength = {}
            self._strength_poll.start()

    def strength_pending(self) -> bool:
        """True while the strength columns wait for the worker building the first snapshot."""
        return self._strength_poll.isActive()

    def _strength_arrived(self) -> None:
        if not self._strength_service.ready():
            return
        self._strength_poll.stop()
        self._strength = self._strength_service.all(self.ctx.today())
        for column in STRENGTH_COLUMNS:
            self._sort_keys.pop(column, None)
        if self._sort_column in STRENGTH_COLUMNS:
            self.sort(self._sort_column, self._sort_order)
        if self._visible:
            self.dataChanged.emit(
                self.index(0, Column.STRENGTH), self.index(len(self._visible) - 1, _LAST_COLUMN)
            )
        self.strengthLoaded.emit()

    def _sort_key(self, column: Column) -> list[Any]:
        cached = self._sort_keys.get(column)
        if cached is not None:
            return cached
        rows = self._rows
        keys: list[Any]
        if column in TEXT_COLUMNS:
            position = _FIELDS[column][1]
            sort_key = self._collator.sortKey
            keys = [sort_key(str(r[position])) for r in rows]
        elif column == Column.STATUS:
            rank = {status.value: n for n, status in enumerate(ContactStatus)}
            keys = [rank.get(r.status, 99) for r in rows]
        elif column in SCORE_COLUMNS:
            position = _FIELDS[column][1]
            keys = [-1 if r[position] is None else r[position] for r in rows]
        elif column == Column.LAST_CONTACT:
            keys = [r.last_contact or "" for r in rows]
        else:
            everyone = self._strength.everyone() if isinstance(self._strength, StrengthTable) else {}
            keys = [self._strength_sort_value(column, everyone.get(r.id)) for r in rows]
        self._sort_keys[column] = keys
        return keys

    @staticmethod
    def _strength_sort_value(column: Column, s: ContactStrength | None) -> Any:
        if s is None:
            return (1, 0.0)
        if column == Column.STRENGTH:
            return (0, s.strength)
        if column == Column.TREND:
            return (0, s.trend)
        if column == Column.DUE:
            return (0, s.next_contact.toordinal()) if s.next_contact else (1, 0.0)
        if column == Column.FADES:
            return (0, s.crossing.toordinal()) if s.crossing else (1, 0.0)
        if column == Column.SILENCE:
            return (0, {"none": 0, "ok": 1, "warning": 2, "lost": 3}.get(s.silence, 0))
        return (0, s.balance)

    def _ordered(self) -> list[int]:
        if self._sort_column == Column.NAME:
            order = self._name_order
        else:
            keys = self._sort_key(self._sort_column)
            order = sorted(self._name_order, key=keys.__getitem__)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order = order[::-1]
        return order

    def _ensure_hay(self) -> None:
        """The folded text the filter searches, one string per person."""
        self._hay_timer.stop()
        self._require_rows()
        if len(self._hay) != len(self._rows):
            self._hay = [
                f"{r.name}\n{r.organisation}\n{r.title}\n{r.tags}\n{r.expertise}".casefold()
                for r in self._rows
            ]

    def _filtered(self, order: list[int]) -> list[int]:
        needle, status, tag = self._needle, self._status, self._tag
        if not (needle or status or tag):
            return order
        self._ensure_hay()
        source = order
        previous = self._last_filter
        if previous is not None and previous[1:] == (status, tag) and previous[0] in needle:
            source = self._visible  # the new text only narrows what is shown
        hay, rows = self._hay, self._rows
        result = [i for i in source if needle in hay[i]] if needle else list(source)
        if status:
            result = [i for i in result if rows[i].status == status]
        if tag:
            folded = tag.casefold()
            result = [i for i in result if folded in (t.strip().casefold() for t in rows[i].tags.split(","))]
        return result

    def set_filter(
        self, text: str | None = None, *, status: str | None = None, tag: str | None = None
    ) -> None:
        """Show only people whose name, organisation, title, tags or expertise contain the text."""
        if text is not None:
            self._needle = text.strip().casefold()
        if status is not None:
            self._status = status
        if tag is not None:
            self._tag = tag
        key = (self._needle, self._status, self._tag)
        if key == self._last_filter:
            return
        self._require_rows()
        self.beginResetModel()
        if self._last_filter is not None and (
            self._last_filter[1:] != key[1:] or self._last_filter[0] not in key[0]
        ):
            self._last_filter = None
        self._visible = self._filtered(self._ordered())
        self._last_filter = key
        self.endResetModel()

    def reapply_filter(self) -> None:
        """Filter again from scratch, e.g. after an edit that may take a person out of the filter."""
        self._refilter_timer.stop()
        self._require_rows()
        self.beginResetModel()
        self._last_filter = None
        self._visible = self._filtered(self._ordered())
        self._last_filter = (self._needle, self._status, self._tag)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        if column != Column.NAME:
            self._require_rows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._ids[self._visible[p.row()]], p.column()) for p in persistent]
        self._sort_column = Column(column)
        self._sort_order = order
        self._last_filter = None
        self._visible = self._filtered(self._ordered())
        self._last_filter = (self._needle, self._status, self._tag)
        if persistent:
            position = {self._ids[i]: n for n, i in enumerate(self._visible)}
            self.changePersistentIndexList(
                persistent,
                [self.index(position[cid], col) if cid in position else QModelIndex() for cid, col in held],
            )
        self.layoutChanged.emit()

    # ---- lookups -------------------------------------------------------------------------------

    def total(self) -> int:
        """Everyone loaded, before filters."""
        return len(self._rows)

    def row_at(self, row: int) -> ContactRow:
        return self._rows[self._visible[row]]

    def contact_id(self, row: int) -> int:
        return self._ids[self._visible[row]]

    def _position_of(self, contact_id: int) -> int | None:
        """The person's place in the loaded rows (which an edit replaces in place, ids unchanged)."""
        cached = self._positions
        if cached is None or cached[0] is not self._ids:
            cached = self._positions = (self._ids, {cid: n for n, cid in enumerate(self._ids)})
        return cached[1].get(contact_id)

    def row_of(self, contact_id: int) -> int | None:
        """The person's row in the view (None when filtered out or gone); O(1) after the first look-up
        of each order, which an edit, a selection and a repaint each make several times."""
        cached = self._rows_by_id
        if cached is None or cached[0] is not self._visible:
            ids = self._ids
            cached = self._rows_by_id = (self._visible, {ids[i]: n for n, i in enumerate(self._visible)})
        return cached[1].get(contact_id)

    def tags(self) -> list[str]:
        """The tags in use, in Swedish order, one per spelling regardless of case (cached per load)."""
        self._require_rows()
        if self._tags is None:
            found: dict[str, str] = {}
            for row in self._rows:  # the loaded rows hold everyone's tags: no second read
                for tag in row.tags.split(", ") if row.tags else ():
                    found.setdefault(tag.casefold(), tag)
            self._tags = sorted(found.values(), key=self._collator.sortKey)
        return self._tags

    def strength_of(self, contact_id: int) -> ContactStrength | None:
        return self._strength.get(contact_id)

    # ---- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  Qt's default argument
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[Column(section)][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if Column(index.column()) in _FIELDS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column in _FIELDS:
                return row[_FIELDS[column][1]]
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._native(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in SCORE_COLUMNS or column in (Column.TREND, Column.STRENGTH, Column.BALANCE):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if column in STRENGTH_COLUMNS:
            return self._strength_decoration(row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return " · ".join(
                part for part in (row.name, row.title, row.organisation, row.department) if part
            )
        return None

    def _display(self, row: ContactRow, column: Column) -> str:
        if column in _FIELDS:
            value = row[_FIELDS[column][1]]
            if column == Column.STATUS:
                return label(str(value))
            return "" if value is None else str(value)
        if column == Column.LAST_CONTACT:
            return row.last_contact or ""
        s = self._strength_for(row.id)
        if s is None:
            return ""
        if column == Column.STRENGTH:
            return f"{round(s.strength * 100)} %"
        if column == Column.TREND:
            return {1: "▲", -1: "▼"}.get(s.trend, "–")
        if column == Column.DUE:
            if s.next_contact is None:
                return ""
            if s.next_contact < self.ctx.today():
                return self.tr("%1 (overdue)").replace("%1", s.next_contact.isoformat())
            return s.next_contact.isoformat()
        if column == Column.FADES:
            if s.crossing is None:
                return ""
            if s.crossing <= self.ctx.today():
                return self.tr("%1 (fading)").replace("%1", s.crossing.isoformat())
            return s.crossing.isoformat()
        if column == Column.SILENCE:
            return self._silence_text(s.silence)
        return f"{s.balance:+.1f}"

    def _silence_text(self, silence: str) -> str:
        return {
            "none": self.tr("Never met"),
            "ok": self.tr("In rhythm"),
            "warning": self.tr("Quiet too long"),
            "lost": self.tr("Likely lost"),
        }.get(silence, silence)

    def _native(self, row: ContactRow, column: Column) -> Any:
        if column in _FIELDS:
            return row[_FIELDS[column][1]]
        if column == Column.LAST_CONTACT:
            return dt.date.fromisoformat(row.last_contact) if row.last_contact else None
        s = self._strength_for(row.id)
        if s is None:
            return None
        return {
            Column.STRENGTH: s.strength,
            Column.TREND: s.trend,
            Column.DUE: s.next_contact,
            Column.FADES: s.crossing,
            Column.SILENCE: s.silence,
            Column.BALANCE: s.balance,
        }[column]

    def _strength_decoration(self, row: ContactRow, column: Column, role: int) -> Any:
        if role not in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        s = self._strength_for(row.id)
        if s is None:
            return None
        today = self.ctx.today()
        overdue = (column == Column.DUE and s.next_contact is not None and s.next_contact < today) or (
            column == Column.FADES and s.crossing is not None and s.crossing <= today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return self._red
            if column == Column.SILENCE:
                return {"lost": self._red, "warning": self._amber, "none": self._grey}.get(s.silence)
            if column == Column.TREND:
                return {1: QColor(0, 120, 60), -1: self._red}.get(s.trend)
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if overdue else None
        if column == Column.BALANCE:
            return (
                self.tr("Given %1, received %2 (recent help counts more)")
                .replace("%1", f"{s.gave:.1f}")
                .replace("%2", f"{s.received:.1f}")
            )
        if column in (Column.DUE, Column.FADES) and s.crossing is not None:
            return self.tr("Without contact, strength falls below the threshold on %1").replace(
                "%1", s.crossing.isoformat()
            )
        return None

    def _strength_for(self, contact_id: int) -> ContactStrength | None:
        return self._strength.get(contact_id)

    def row_of_near(self, contact_id: int) -> int:
        row = self.row_of(contact_id)
        return 0 if row is None else row


    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        if column not in _FIELDS or self.edit_handler is None:
            return False
        field, position = _FIELDS[column]
        row = self.row_at(index.row())
        if value == row[position] or (value in ("", None) and row[position] in ("", None)):
            return False
        try:
            self.edit_handler(row.id, field, value)
        except NetPlannerError as exc:
            self.editFailed.emit(user_message(exc))
            return False
        self.refresh_contact(row.id, renamed=field == "name")
        if (column == Column.STATUS and self._status) or (column == Column.TAGS and self._tag):
            self._refilter_timer.start()
        return True

    def refresh_contact(self, contact_id: int, *, renamed: bool | None = None) -> None:
        """Read one person again and repaint their row (cheap: for an edit in place). `renamed` says
        whether their name changed, when the caller knows (else the loaded row is compared)."""
        fresh = self._table.row(contact_id)
        position = self._position_of(contact_id)
        if position is None or fresh is None:
            return
        self._tags = None
        if len(self._hay) == len(self._rows):
            self._hay[position] = (
                f"{fresh.name}\n{fresh.organisation}\n{fresh.title}\n{fresh.tags}\n{fresh.expertise}".casefold()
            )
        if renamed is None:
            renamed = fresh.name != self._rows[position].name
        if renamed:
            self._require_rows(renaming=True, defer_reset=True)
        rows = self._rows
        rows[position] = fresh
        self._sort_keys = {c: keys for c, keys in self._sort_keys.items() if c == Column.NAME}
        if renamed and not isinstance(rows, PagedRows):  # else a reload that sorts everyone is due
            self._rename_in_order(position, fresh.name)
        row = self.row_of(contact_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _rename_in_order(self, position: int, name: str) -> None:
        """The name order after one rename (for the next sort; the rows on screen stay put), kept in
        the database for the next start of a big network."""
        keys = self._sort_key(Column.NAME)
        keys[position] = self._collator.sortKey(name)
        self._name_order = sorted(range(len(self._rows)), key=keys.__getitem__)
        self._keep_name_order()

    def _keep_name_order(self) -> None:
        """Keep the name order in the database, for the next start of a big network to open on."""
        if len(self._ids) >= PAGED_PEOPLE:
            self._table.save_order(collation_stamp(), [self._ids[i] for i in self._name_order])

    def visible_ids(self) -> Sequence[int]:
        ids = self._ids
        return [ids[i] for i in self._visible]
