"""pyqtgraph's date axis with month and weekday names in the user's language.

pyqtgraph formats ticks with `strftime`, which follows the C library's locale, not the app's. Ticks that
show a month or weekday name are formatted here with QLocale (set by the language choice) instead; the
rest (years, days, times) are numbers and stay as pyqtgraph makes them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset, utcfromtimestamp
from PySide6.QtCore import QDate, QLocale

#: strftime formats of pyqtgraph's tick specs that hold names, and the Qt format that replaces them.
NAMED_FORMATS = {"%b": "MMM", "%a %d": "ddd d"}


class LocaleDateAxisItem(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        qt_format = NAMED_FORMATS.get(spec.format) if spec is not None else None
        if qt_format is None:
            return list(super().tickStrings(values, scale, spacing))
        locale = QLocale()
        labels = []
        for value in values:
            try:  # the same conversion as pyqtgraph's own, so ticks and labels agree
                day = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset)).date()
            except (OverflowError, ValueError, OSError):
                labels.append("")
                continue
            labels.append(locale.toString(QDate(day.year, day.month, day.day), qt_format))
        return labels
