"""Checks shared by the services: every message here is shown to the user as it is."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable

from netplanner.domain.errors import ValidationError

MAX_SHORT_TEXT = 200
#: A hundred years: longer half-lives mean "never fades" and would push forecasts past any calendar.
MAX_HALF_LIFE_DAYS = 36_500.0

#: Turns raw input (from a form, a table cell or the command line) into a stored value, or raises.
Cleaner = Callable[[object], object]


def required_text(value: object, what: str, max_length: int = MAX_SHORT_TEXT) -> str:
    text = optional_text(value, what, max_length)
    if not text:
        raise ValidationError("{what} cannot be empty.", what=what)
    return text


def optional_text(value: object, what: str, max_length: int | None = None) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("{what} must be text.", what=what)
    text = value.strip()
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            "{what} is too long ({length} characters; at most {max_length}).",
            what=what,
            length=len(text),
            max_length=max_length,
        )
    return text


def text_list(value: object, what: str) -> list[str]:
    """A list of short texts (tags, e-mails) from a list or comma-separated text; no blanks or repeats."""
    if value is None:
        return []
    items: Iterable[object]
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list | tuple):
        items = value
    else:
        raise ValidationError("{what} must be a list of texts.", what=what)
    seen: dict[str, str] = {}
    for item in items:
        text = optional_text(item, what, MAX_SHORT_TEXT)
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return list(seen.values())


def int_in_range(value: object, what: str, low: int, high: int, *, optional: bool = False) -> int | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError("{what} is required.", what=what)
    try:
        number = int(str(value)) if not isinstance(value, int) or isinstance(value, bool) else value
    except ValueError:
        raise ValidationError(
            "{what} must be a whole number from {low} to {high}.",
            what=what,
            low=low,
            high=high,
        ) from None
    if not low <= number <= high:
        raise ValidationError(
            "{what} must be from {low} to {high}, not {number}.",
            what=what,
            low=low,
            high=high,
            number=number,
        )
    return number


def positive_number(value: object, what: str, *, optional: bool = True, maximum: float | None = None
                    ) -> float | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError("{what} is required.", what=what)
    try:
        number = float(value)  # type: ignore[arg-type]  # str, int and float all convert; others raise
    except (TypeError, ValueError):
        raise ValidationError("{what} must be a number.", what=what) from None
    if not math.isfinite(number):
        raise ValidationError("{what} must be a number.", what=what)
    if number <= 0:
        raise ValidationError("{what} must be more than zero.", what=what)
    if maximum is not None and number > maximum:
        raise ValidationError("{what} can be at most {maximum:g}.", what=what, maximum=maximum)
    return number


def a_date(value: object, what: str, *, optional: bool = True) -> dt.date | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError("{what} is required.", what=what)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                "{what} must be a date like 2026-03-14, not '{value}'.",
                what=what,
                value=value,
            ) from None
    raise ValidationError("{what} must be a date.", what=what)


def a_bool(value: object) -> bool:
    return bool(value)
