"""What the two charts share: colours from the widget's palette (a dark palette gives a dark canvas),
legends placed under the plot (never on the lines), and a count axis with whole-number ticks."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class ChartColours:
    background: QColor
    foreground: QColor
    muted: QColor  # today's line, outlines

    @property
    def dark(self) -> bool:
        return self.background.lightness() < 128


def colours_of(palette: QPalette) -> ChartColours:
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    muted = QColor(foreground)
    muted.setAlphaF(0.75)
    return ChartColours(background, foreground, muted)


def apply_colours(plot: pg.PlotWidget, colours: ChartColours, legends: Sequence[pg.LegendItem] = ()) -> None:
    plot.setBackground(colours.background)
    item = plot.getPlotItem()
    for side in ("left", "bottom"):
        item.getAxis(side).setPen(pg.mkPen(colours.foreground))
        item.getAxis(side).setTextPen(pg.mkPen(colours.foreground))
    for legend in legends:
        legend.setLabelTextColor(colours.foreground)
        legend.setBrush(pg.mkBrush(colours.background))
        legend.setPen(pg.mkPen(colours.muted))
        for _sample, label in legend.items:
            label.setText(label.text, color=colours.foreground)


def legend_below(item: pg.PlotItem, row: int, columns: int) -> pg.LegendItem:
    """A legend in a row of the plot's own layout under the bottom axis: outside the data, so it never
    covers a line (pyqtgraph's default legend floats over the view box)."""
    legend = pg.LegendItem(colCount=columns, frame=False)
    item.layout.addItem(legend, row, 1)
    return legend


class IntegerAxisItem(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """An axis for counts of people: ticks on whole numbers only (no 0.1 ... 1.0 for one person)."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N803
        levels: list[tuple[float, float]] = []
        for spacing, offset in super().tickSpacing(minVal, maxVal, size):
            whole = float(max(1, math.ceil(spacing - 1e-9)))
            if all(whole != s for s, _ in levels):
                levels.append((whole, 0.0 if whole != spacing else offset))
        return levels or [(1.0, 0.0)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]


def symbol_sample(symbol: str, colour: Any) -> pg.ScatterPlotItem:
    """A marker shape for a legend entry (not added to any plot)."""
    return pg.ScatterPlotItem(symbol=symbol, size=9, brush=pg.mkBrush(colour), pen=pg.mkPen(colour))
