"""The whole network's health: for each month, how many relationships were strong, fading or lost.

One line per state over the last 24 months (dates on the x axis), from StrengthService.network_health:
strong = at or above the threshold, fading = below it, lost = below it and silent for more than 8x the
person's usual gap. People never met by then are not counted. Counts are whole people, so the axis
ticks on whole numbers; the legend sits under the plot, off the lines; the canvas follows the palette.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netplanner.domain import strength as ds
from netplanner.gui.widgets.chart_style import IntegerAxisItem, apply_colours, colours_of, legend_below
from netplanner.gui.widgets.date_axis import LocaleDateAxisItem
from netplanner.services.facade import Services
from netplanner.services.strength import HealthPoint

#: Saturated enough to read on a light and on a dark canvas (the old pale grey for "lost" was not).
STATE_COLOURS = {"strong": "#2ca02c", "fading": "#ff7f0e", "lost": "#9467bd"}
STATE_SYMBOLS = {"strong": "o", "fading": "s", "lost": "t"}


class NetworkHealthWidget(QWidget):
    """Counts of strong, fading and lost relationships per month, as three lines."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        months: int = 24,
    ) -> None:
        super().__init__(parent)
        self.strength = services.strength
        self._today = today
        self.months = months
        self.points: list[HealthPoint] = []

        self.plot = pg.PlotWidget(axisItems={"bottom": LocaleDateAxisItem(orientation="bottom"),
                                             "left": IntegerAxisItem(orientation="left")})
        self.plot.setObjectName("networkHealthChart")
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", self.tr("Relationships"))
        item.setMouseEnabled(x=True, y=False)
        self.legend = legend_below(item, row=4, columns=3)
        item.legend = self.legend  # items with a name are listed in it
        names = {
            "strong": self.tr("Strong"),
            "fading": self.tr("Fading"),
            "lost": self.tr("Likely lost"),
        }
        self.items: dict[str, pg.PlotDataItem] = {}
        for state, colour in STATE_COLOURS.items():
            line = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=2),
                symbol=STATE_SYMBOLS[state],
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(colours_of(self.palette()).background),
                symbolSize=7,
                name=names[state],
            )
            item.addItem(line)
            self.items[state] = line

        self.summary = QLabel(self)
        self.summary.setObjectName("networkHealthSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)
        self._apply_palette()

    def _apply_palette(self) -> None:
        colours = colours_of(self.palette())
        apply_colours(self.plot, colours, [self.legend])
        for line in self.items.values():
            line.setSymbolPen(pg.mkPen(colours.background))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def refresh(self) -> None:
        """Recompute from the database and redraw."""
        self.points = self.strength.network_health(self.months, self._today())
        x = np.array([ds.to_day(p.at) * ds.SECONDS_PER_DAY for p in self.points])
        values = {
            "strong": np.array([p.strong for p in self.points], dtype=float),
            "fading": np.array([p.fading for p in self.points], dtype=float),
            "lost": np.array([p.lost for p in self.points], dtype=float),
        }
        for state, line in self.items.items():
            line.setData(x, values[state])
        if self.points:
            last = self.points[-1]
            self.summary.setText(
                self.tr("Now: {0} strong, {1} fading, {2} likely lost").format(
                    last.strong, last.fading, last.lost
                )
            )
            top = max(1.0, *(float(v.max()) for v in values.values()))
            self.plot.getPlotItem().setYRange(0, top, padding=0.05)
