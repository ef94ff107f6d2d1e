"""What every NetPlanner table model shares: custom roles and display helpers for enum values."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt, qVersion

#: The native value of a cell (dates as dates, scores as ints): what sorting uses.
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The whole row object (a NamedTuple or dataclass).
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2
#: The id of the record of the row.
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3

T = TypeVar("T")


def swedish_collator() -> QCollator:
    """Names in Swedish order: Z, Å, Ä, Ö; case and accents only break ties."""
    collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


#: Items sorted at a time by `sorted_in_turns`: some 10 ms of collation-key comparisons.
SORT_SLICE = 4096


def sorted_in_turns(items: list[T], key: Callable[[T], Any]) -> list[T]:
    """`sorted(items, key=key)`, on a worker, in slices between which the interpreter can be handed to
    the GUI thread. One sort of 100k collation keys compares them in C for a third of a second without
    letting go of it: the window froze that long. The slices are merged by heapq.merge, which runs as
    Python (stable, like sorted)."""
    if len(items) <= SORT_SLICE:
        return sorted(items, key=key)
    slices = [sorted(items[start:start + SORT_SLICE], key=key) for start in range(0, len(items), SORT_SLICE)]
    return list(heapq.merge(*slices, key=key))


def collation_stamp() -> str:
    """Names what `swedish_collator` orders by, so an order kept in the database (the People table's,
    migration 0011) is used only under the same collation: Qt's version carries its ICU rules."""
    return f"qt{qVersion()}:sv_SE:case-insensitive:numeric"


def label(value: str) -> str:
    """A stored enum value as a user sees it, translated: "short_question" -> "Short question"."""
    return ENUM_LABELS.get(value, value.replace("_", " ").capitalize())


def date_text(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _labels() -> dict[str, str]:
    return {
        # contact status
        "prospect": QCoreApplication.translate("Labels", "Prospect"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "dormant": QCoreApplication.translate("Labels", "Dormant"),
        "archived": QCoreApplication.translate("Labels", "Archived"),
        # goal status
        "paused": QCoreApplication.translate("Labels", "Paused"),
        "achieved": QCoreApplication.translate("Labels", "Achieved"),
        "dropped": QCoreApplication.translate("Labels", "Dropped"),
        # project status (also active, paused, dropped)
        "done": QCoreApplication.translate("Labels", "Done"),
        # roles
        "mentor": QCoreApplication.translate("Labels", "Mentor"),
        "sponsor": QCoreApplication.translate("Labels", "Sponsor"),
        "expert": QCoreApplication.translate("Labels", "Expert"),
        "peer": QCoreApplication.translate("Labels", "Peer"),
        "feedback_giver": QCoreApplication.translate("Labels", "Feedback giver"),
        "role_model": QCoreApplication.translate("Labels", "Role model"),
        # direction
        "gave": QCoreApplication.translate("Labels", "I gave"),
        "received": QCoreApplication.translate("Labels", "I received"),
        "mutual": QCoreApplication.translate("Labels", "Mutual"),
        # kinds
        "message": QCoreApplication.translate("Labels", "Message"),
        "short_question": QCoreApplication.translate("Labels", "Short question"),
        "call": QCoreApplication.translate("Labels", "Call"),
        "coffee": QCoreApplication.translate("Labels", "Coffee"),
        "lunch": QCoreApplication.translate("Labels", "Lunch"),
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "feedback_session": QCoreApplication.translate("Labels", "Feedback session"),
        "mentoring_session": QCoreApplication.translate("Labels", "Mentoring session"),
        "joint_project": QCoreApplication.translate("Labels", "Joint project"),
    }


class _LazyLabels(dict[str, str]):
    """Filled on first use, after the QApplication (and its translator) exists."""

    def get(self, key: str, default: str | None = None) -> str:  # type: ignore[override]
        if not self:
            self.update(_labels())
        return super().get(key, default if default is not None else key)


ENUM_LABELS = _LazyLabels()
