"""App settings kept inside the encrypted database (the owner's name is personal data, too)."""

from __future__ import annotations

import json
from typing import Any

from netplanner.domain.errors import ValidationError
from netplanner.domain.model import (
    DEFAULT_HALF_LIFE_DAYS,
    DEFAULT_KIND_WEIGHTS,
    DEFAULT_THRESHOLD,
    DEFAULT_WEEKLY_CAPACITY,
    InteractionKind,
)
from netplanner.services import validation as v
from netplanner.storage.db import Database
from netplanner.storage.orm import Setting

DEFAULTS: dict[str, Any] = {
    "owner_name": "",
    "threshold": DEFAULT_THRESHOLD,
    "default_half_life": DEFAULT_HALF_LIFE_DAYS,
    "kind_weights": {kind.value: weight for kind, weight in DEFAULT_KIND_WEIGHTS.items()},
    "weekly_capacity": DEFAULT_WEEKLY_CAPACITY,
    "review_interval_days": 91,
    "language": "",
    "strength_ceiling": 3.0,
    "reminders": False,  # the tray icon and desktop notifications (issue 15)
}


#: Allowed ranges. The threshold must lie well under the strength at the ceiling (95 % at 3): above it
#: every relationship would always be fading; near zero nothing ever would.
THRESHOLD_RANGE = (5, 90)  # percent
WEIGHT_RANGE = (0.1, 3.0)  # a weight over the ceiling of the activation means nothing more
CEILING_RANGE = (1.0, 10.0)


def _threshold(value: object) -> float:
    number = v.positive_number(value, "Threshold", optional=False)
    assert number is not None
    if number >= 1:
        number /= 100  # given as a percentage
    low, high = THRESHOLD_RANGE
    if not low / 100 - 1e-9 <= number <= high / 100 + 1e-9:
        raise ValidationError("The fading threshold must be from {low} % to {high} %.", low=low, high=high)
    return number


def _weights(value: object) -> dict[str, float]:
    if not isinstance(value, dict):
        raise ValidationError("Weights must be given per kind of interaction.")
    weights = dict(DEFAULTS["kind_weights"])
    for kind, weight in value.items():
        key = InteractionKind(str(kind)).value if str(kind) in set(InteractionKind) else None
        if key is None:
            raise ValidationError("Unknown kind of interaction '{kind}'.", kind=kind)
        number = v.positive_number(weight, "Weight", optional=False)
        assert number is not None
        low, high = WEIGHT_RANGE
        if not low - 1e-9 <= number <= high + 1e-9:
            raise ValidationError("A weight must be from {low:g} to {high:g}.", low=low, high=high)
        weights[key] = number
    return weights


def _ceiling(value: object) -> float:
    number = v.positive_number(value, "Strength ceiling", optional=False)
    assert number is not None
    low, high = CEILING_RANGE
    if not low <= number <= high:
        raise ValidationError("The strength ceiling must be from {low:g} to {high:g}.", low=low, high=high)
    return number


def _switch(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("Reminders must be on or off.")
    return value


CLEANERS: dict[str, v.Cleaner] = {
    "owner_name": lambda value: v.optional_text(value, "Your name", 200),
    "threshold": _threshold,
    "default_half_life": lambda value: v.positive_number(value, "Half-life", optional=False,
                                                         maximum=v.MAX_HALF_LIFE_DAYS),
    "kind_weights": _weights,
    "weekly_capacity": lambda value: v.int_in_range(value, "Touches per week", 1, 50),
    "review_interval_days": lambda value: v.int_in_range(value, "Days between reviews", 7, 366),
    "language": lambda value: v.optional_text(value, "Language", 10),
    "strength_ceiling": _ceiling,
    "reminders": _switch,
}


def _decoded(value: str | float | None) -> Any:
    """A stored value as the ORM's JSON type reads it: JSON text, except that SQLite keeps a bare number
    as a number (the column's affinity), and an SQL NULL is None."""
    return json.loads(value) if isinstance(value, str) else value


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Read through the driver (values are JSON text, as the ORM's JSON type writes them): the window's
    # first paint reads settings, and needs no ORM session for it.
    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self.db.driver_connection() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return DEFAULTS[key] if row is None else _decoded(row[0])

    def all(self) -> dict[str, Any]:
        with self.db.driver_connection() as conn:
            stored = {key: _decoded(value) for key, value in conn.execute("SELECT key, value FROM settings")}
        return {key: stored.get(key, default) for key, default in DEFAULTS.items()}

    def set(self, key: str, value: object) -> Any:
        """Store a setting; returns the previous value (for undo)."""
        return self.set_many({key: value})[key]

    @staticmethod
    def check(values: dict[str, object]) -> dict[str, Any]:
        """The values as they would be stored; raises ValidationError (nothing stored) for the first
        refused one. For dialogs that validate as the user types."""
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key not in CLEANERS:
                raise ValidationError("Unknown setting '{key}'.", key=key)
            clean[key] = CLEANERS[key](value)
        return clean

    def set_many(self, values: dict[str, object]) -> dict[str, Any]:
        """Store several settings all or nothing: every value is checked before any is written, and all
        are written in one transaction. Returns the previous values (for undo)."""
        clean = self.check(values)
        old: dict[str, Any] = {}
        with self.db.session() as session:
            for key, value in clean.items():
                row = session.get(Setting, key)
                old[key] = DEFAULTS[key] if row is None else row.value
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
        return old
