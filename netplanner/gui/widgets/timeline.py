"""The relationship timeline: strength over time for chosen people, with markers, forecast and what-if.

A pyqtgraph PlotWidget (object name `timelineChart`) with a date axis and strength 0-100 %. Each
person's history is drawn solid up to today and dashed after it (the forecast without new contact).
Curves are grouped into one plot item per category with NaN gaps (tech notes: thousands of curves stay
fast): with a few people each person is a category with its own colour and legend entry; with many, the
categories are strong / fading / likely lost / not met yet, as of today, drawn with thin pens (wide
pens cost Qt most of the paint time) and, past a point budget, sampled every few days instead of
daily. Interactions are one scatter item, a symbol per kind and a tool tip with the summary.
"What if" shows a person's curve after a hypothetical touch; nothing is saved. Export renders the
scene with QPainter to a PNG image or to a QSvgGenerator (pyqtgraph's own SVG exporter is broken in
0.14). Clip-to-view and auto downsampling stay off: both assume x rises through an item's data, which
the stacked curves break (they would clip and merge across people).

Nothing is drawn over the lines: the legends (people or states, and the marker shapes of the kinds of
interaction shown) sit under the plot, and the y range runs to 112 % with ticks to 100 % so the "Today"
label has a strip of its own above the data (strength tops out near 95 %). The canvas follows the
palette (dark in a dark theme). Dates are ISO (yyyy-MM-dd) like everywhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain import network as dn
from netplanner.domain import strength as ds
from netplanner.domain.model import InteractionKind
from netplanner.gui.errors import user_message
from netplanner.gui.loading import ViewLoader
from netplanner.gui.widgets.chart_style import apply_colours, colours_of, legend_below, symbol_sample
from netplanner.gui.widgets.date_axis import LocaleDateAxisItem
from netplanner.gui.widgets.network_health import NetworkHealthWidget
from netplanner.gui.widgets.scene_export import write_png, write_svg
from netplanner.services.facade import Services
from netplanner.services.strength import CurveSet

#: Up to this many people get a colour and a legend entry each; more are grouped by state.
MAX_DISTINCT = 10
DEFAULT_COUNT = 8
#: Above this many curve points in all, the grid gets coarser than one point a day.
POINT_BUDGET = 250_000
HISTORY_DAYS = 730
FORECAST_DAYS = 365

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
)
#: The top of the y range (in %): above the 100 % tick, a strip for the "Today" label.
Y_TOP = 112
STATE_COLOURS: dict[Hashable, str] = {
    "strong": "#2ca02c",
    "fading": "#ff7f0e",
    "lost": "#7f7f7f",
    "none": "#c8c8c8",
}

KIND_SYMBOLS: dict[str, str] = {
    InteractionKind.MESSAGE: "t",
    InteractionKind.SHORT_QUESTION: "t1",
    InteractionKind.CALL: "d",
    InteractionKind.COFFEE: "o",
    InteractionKind.LUNCH: "s",
    InteractionKind.MEETING: "p",
    InteractionKind.FEEDBACK_SESSION: "h",
    InteractionKind.MENTORING_SESSION: "star",
    InteractionKind.JOINT_PROJECT: "+",
}


def _default_ids(services: Services, today: dt.date, count: int) -> list[int]:
    network = services.planner.network(today)
    importance = dn.importance_by_person(network.goals, network.links)
    return services.strength.all(today).ranked(count, importance)


class TimelineWidget(QWidget):
    """Strength curves of chosen people over time, with the controls that go with them."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        default_count: int = DEFAULT_COUNT,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.strength = services.strength
        self._today = today
        self.default_count = default_count
        self._ids: list[int] = []
        self._names: dict[int, str] = {}
        self._curves: CurveSet | None = None
        self._what_if: tuple[int, dt.date, str] | None = None
        self._labels: list[Hashable] = []
        self.loader: ViewLoader[list[int]] = ViewLoader(
            self, services, lambda s: _default_ids(s, self.today(), self.default_count),
            self._show_default_ids, self._load_failed)
        self._states: dict[int, str] = {}
        self.curve_items: dict[Hashable, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.what_if_item: pg.PlotDataItem | None = None

        self.plot = pg.PlotWidget(axisItems={"bottom": LocaleDateAxisItem(orientation="bottom")})
        self.plot.setObjectName("timelineChart")
        item = self.plot.getPlotItem()
        # No clip-to-view and no auto downsampling: both assume x rises through the item's data, which
        # the stacked curves (x repeats per person) break; pyqtgraph would clip and merge across people.
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", self.tr("Strength (%)"))
        item.setMouseEnabled(x=True, y=False)
        item.setYRange(0, Y_TOP, padding=0)
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)],
                                       [(v, "") for v in range(10, 100, 20)]])
        self.legend = legend_below(item, row=4, columns=5)
        item.legend = self.legend  # curves with a name are listed in it
        self.kind_legend = legend_below(item, row=5, columns=5)
        self.kind_legend.setObjectName("kindLegend")
        self.markers = pg.ScatterPlotItem(hoverable=True, tip=self._marker_tip, size=9, pxMode=True)
        self.markers.setZValue(10)
        self.threshold_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen("#b22222", width=1, style=Qt.PenStyle.DashDotLine),
            label=self.tr("Threshold"), labelOpts={"position": 0.08, "color": "#b22222"},
        )
        self.today_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#444444", width=1),
            label=self.tr("Today"), labelOpts={"position": 1 - (Y_TOP - 104) / Y_TOP / 2, "color": "#444444"},
        )
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.readout = QLabel(self)
        self.readout.setObjectName("timelineReadout")
        self.readout.setMinimumWidth(260)

        self.what_if_person = QComboBox(self)
        self.what_if_person.setObjectName("whatIfPerson")
        self.what_if_person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.what_if_date = QDateEdit(self)
        self.what_if_date.setObjectName("whatIfDate")
        self.what_if_date.setCalendarPopup(True)
        self.what_if_date.setDisplayFormat("yyyy-MM-dd")
        self.what_if_kind = QComboBox(self)
        self.what_if_kind.setObjectName("whatIfKind")
        for kind, label in self._kind_labels().items():
            self.what_if_kind.addItem(label, kind)
        self.what_if_kind.setCurrentIndex(self.what_if_kind.findData(InteractionKind.COFFEE.value))
        show_button = QPushButton(self.tr("Show what if"), self)
        show_button.clicked.connect(self._apply_what_if)
        clear_button = QPushButton(self.tr("Clear"), self)
        clear_button.clicked.connect(self.clear_what_if)
        png_button = QPushButton(self.tr("Export PNG…"), self)
        png_button.clicked.connect(self._ask_png)
        svg_button = QPushButton(self.tr("Export SVG…"), self)
        svg_button.clicked.connect(self._ask_svg)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("What if I meet"), self))
        controls.addWidget(self.what_if_person)
        controls.addWidget(QLabel(self.tr("on"), self))
        controls.addWidget(self.what_if_date)
        controls.addWidget(QLabel(self.tr("for"), self))
        controls.addWidget(self.what_if_kind)
        controls.addWidget(show_button)
        controls.addWidget(clear_button)
        controls.addStretch(1)
        controls.addWidget(png_button)
        controls.addWidget(svg_button)
        people_page = QWidget(self)
        layout = QVBoxLayout(people_page)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        # The second view: the whole network's health per month, computed when first looked at.
        self.health = NetworkHealthWidget(services, self, today=today)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("timelineTabs")
        self.tabs.addTab(people_page, self.tr("People over time"))
        self.tabs.addTab(self.health, self.tr("Whole network"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self._health_stale = True
        self._apply_palette()

    def colours(self) -> Any:
        return colours_of(self.palette())

    def _apply_palette(self) -> None:
        colours = self.colours()
        apply_colours(self.plot, colours, [self.legend, self.kind_legend])
        self.today_line.setPen(pg.mkPen(colours.muted, width=1))
        self.today_line.label.setColor(colours.foreground)
        if self._curves is not None:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    # ------------------------------------------------------------------------------------ public API

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the view is shown without a choice of people, show the default ones."""
        super().showEvent(event)
        if self._curves is None:
            self.show_default()

    def today(self) -> dt.date:
        return self._today()

    def shown_ids(self) -> list[int]:
        return list(self._curves.contact_ids) if self._curves else []

    def show_default(self) -> None:
        """The most important people (up to default_count)."""
        self.show_contacts([])

    def show_contacts(self, ids: Sequence[int]) -> None:
        """Draw the curves of these people (an empty list: the default choice)."""
        self._ids = list(dict.fromkeys(int(i) for i in ids))
        self._what_if = None
        if self._ids:
            self.refresh()
        else:
            self.loader.load()  # the default choice: read on the reading twin in a big network

    def default_ids(self) -> list[int]:
        """The default_count people that matter most: importance for an active goal (the planner's,
        `domain.network.importance_by_person`), then strength; people never met are left out."""
        return _default_ids(self.services, self.today(), self.default_count)

    def _show_default_ids(self, ids: list[int]) -> None:
        if self._ids:
            return  # people were chosen meanwhile
        self._ids = ids
        self.refresh()

    def _load_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Timeline"), user_message(error))

    def refresh(self) -> None:
        """Reload from the database (after interactions or settings changed) and redraw."""
        self._health_stale = True
        if self.tabs.currentWidget() is self.health:
            self._tab_changed(self.tabs.currentIndex())
        self._names = self.services.contacts.names_of(self._ids)
        today = self.today()
        start = today - dt.timedelta(days=HISTORY_DAYS)
        end = today + dt.timedelta(days=FORECAST_DAYS)
        what_if = [self._what_if] if self._what_if else []
        step = max(1, -(-len(self._ids) * ((end - start).days + 1) // POINT_BUDGET))
        self._curves = self.strength.curves(self._ids, start, end, what_if=what_if, today=today, step=step)
        self._states = {}
        if len(self._curves.contact_ids) > MAX_DISTINCT:
            # Grouped as the network-health view counts: strong, fading, or lost by silence.
            now = self.strength.for_contacts(self._curves.contact_ids, today)
            threshold = self._curves.threshold
            for cid, state in now.items():
                if state.silence == "none":
                    self._states[cid] = "none"
                elif state.strength >= threshold:
                    self._states[cid] = "strong"
                else:
                    self._states[cid] = "lost" if state.silence == "lost" else "fading"
        self._draw()
        self._fill_what_if_people()

    def set_what_if(self, contact_id: int, on: dt.date, kind: str) -> None:
        """Show contact_id's curve as it would be after a touch of this kind on that day; saves nothing."""
        self._what_if = (int(contact_id), on, kind)
        self.refresh()

    def clear_what_if(self) -> None:
        self._what_if = None
        self.refresh()

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """Write the chart as it is shown to a PNG file (scale: pixels per screen pixel)."""
        error = write_png(self.plot.scene(), self._source_rect(), self.colours().background, path, scale)
        if error:
            raise OSError(self.tr("Could not write {0}: {1}").format(path, error))

    def export_svg(self, path: str | Path) -> None:
        """Write the chart as vector graphics (SVG)."""
        if not write_svg(self.plot.scene(), self._source_rect(), path, self.tr("Relationship timeline"),
                         self.tr("Relationship strength over time, exported from NetPlanner")):
            raise OSError(self.tr("Could not write {0}.").format(path))

    # --------------------------------------------------------------------------------------- drawing

    def _draw(self) -> None:
        curves = self._curves
        assert curves is not None
        plot = self.plot.getPlotItem()
        plot.clear()
        self.legend.clear()
        self.curve_items = {}
        self.what_if_item = None
        plot.addItem(self.threshold_line)
        plot.addItem(self.today_line)
        plot.addItem(self.markers)
        self.threshold_line.setValue(curves.threshold * 100)
        self.threshold_line.label.setFormat(
            self.tr("Threshold {0} %").format(round(curves.threshold * 100))
        )
        today_ts = curves.today * ds.SECONDS_PER_DAY
        self.today_line.setValue(today_ts)

        x = curves.timestamps
        y = curves.values * 100
        split = int(np.searchsorted(curves.days, curves.today, side="right"))
        # Past runs to today, the forecast from today on: both share today's point, so they join.
        past_end = max(split, 1)
        future_start = max(split - 1, 0)
        self._labels = self._categories(curves)
        colours = self._colours(curves)
        past = ds.stack_with_gaps(x[:past_end], y[:, :past_end], self._labels)
        future = ds.stack_with_gaps(x[future_start:], y[:, future_start:], self._labels)
        width = 2 if len(curves.contact_ids) <= MAX_DISTINCT else 1
        for label in dict.fromkeys(self._labels):
            colour = colours[label]
            solid = pg.PlotDataItem(
                *past[label], pen=pg.mkPen(colour, width=width), connect="finite",
                name=self._legend_name(label),
            )
            dashed = pg.PlotDataItem(
                *future[label], pen=pg.mkPen(colour, width=width, style=Qt.PenStyle.DashLine),
                connect="finite",
            )
            plot.addItem(solid)
            plot.addItem(dashed)
            self.curve_items[label] = (solid, dashed)

        if self._what_if and self._what_if[0] in curves.what_if:
            cid = self._what_if[0]
            colour = colours[self._label_of(cid, curves)]
            self.what_if_item = pg.PlotDataItem(
                x, curves.what_if[cid] * 100,
                pen=pg.mkPen(colour, width=3, style=Qt.PenStyle.DotLine),
                name=self.tr("{0} (what if)").format(self._names.get(cid, "?")),
            )
            plot.addItem(self.what_if_item)

        self._draw_markers(curves, colours)
        if x.size:
            plot.setLimits(xMin=float(x[0]), xMax=float(x[-1]), yMin=-2, yMax=Y_TOP)
            shown_from = today_ts - 365 * ds.SECONDS_PER_DAY
            shown_to = today_ts + 180 * ds.SECONDS_PER_DAY
            plot.setXRange(max(shown_from, float(x[0])), min(shown_to, float(x[-1])), padding=0)
        plot.setYRange(0, Y_TOP, padding=0)

    def _draw_markers(self, curves: CurveSet, colours: dict[Hashable, str]) -> None:
        kinds = self._kind_labels()
        brushes = {label: pg.mkBrush(colour) for label, colour in colours.items()}
        outline = pg.mkPen(self.colours().background)
        x: list[float] = []
        y: list[float] = []
        symbols: list[str] = []
        fills: list[Any] = []
        pens: list[Any] = []
        tips: list[str] = []
        template = self.tr("{name}\n{date}: {kind}\nStrength after it: {value} %")
        for marker in curves.markers:
            text = template.format(
                name=self._names.get(marker.contact_id, "?"),
                date=marker.on.isoformat(),
                kind=kinds.get(marker.kind, marker.kind),
                value=round(marker.strength * 100),
            )
            x.append(marker.timestamp)
            y.append(marker.strength * 100)
            symbols.append(KIND_SYMBOLS.get(marker.kind, "o"))
            fills.append(brushes[self._label_of(marker.contact_id, curves)])
            pens.append(outline)
            tips.append(text + "\n" + marker.summary if marker.summary else text)
        if self._what_if and self._what_if[0] in curves.what_if:
            cid, on, kind = self._what_if
            index = int(np.searchsorted(curves.days, ds.to_day(on)))
            if index < curves.days.size:
                x.append(ds.to_day(on) * ds.SECONDS_PER_DAY)
                y.append(curves.what_if[cid][index] * 100)
                symbols.append(KIND_SYMBOLS.get(kind, "o"))
                fills.append(pg.mkBrush("w"))
                pens.append(pg.mkPen(colours[self._label_of(cid, curves)], width=2))
                tips.append(
                    self.tr("What if: {0} on {1} (not saved)").format(kinds.get(kind, kind), on.isoformat())
                )
        self.markers.setData(x=x, y=y, symbol=symbols, brush=fills, pen=pens, data=tips)
        self._fill_kind_legend([m.kind for m in curves.markers])

    def _fill_kind_legend(self, kinds_shown: Sequence[str]) -> None:
        """One entry per kind of interaction on the chart: its marker shape and name."""
        self.kind_legend.clear()
        labels = self._kind_labels()
        colour = self.colours().foreground
        for kind in labels:
            if kind in kinds_shown:
                self.kind_legend.addItem(symbol_sample(KIND_SYMBOLS.get(kind, "o"), colour), labels[kind])

    @staticmethod
    def _marker_tip(x: float, y: float, data: Any) -> str:
        return str(data)

    def _categories(self, curves: CurveSet) -> list[Hashable]:
        return [self._label_of(cid, curves) for cid in curves.contact_ids]

    def _label_of(self, contact_id: int, curves: CurveSet) -> Hashable:
        if len(curves.contact_ids) <= MAX_DISTINCT:
            return contact_id
        return self._states.get(contact_id, "fading")

    def _colours(self, curves: CurveSet) -> dict[Hashable, str]:
        if len(curves.contact_ids) <= MAX_DISTINCT:
            return {cid: PALETTE[i % len(PALETTE)] for i, cid in enumerate(curves.contact_ids)}
        return dict(STATE_COLOURS)

    def _legend_name(self, label: Hashable) -> str:
        if isinstance(label, int):
            return self._names.get(label, "?")
        count = self._labels.count(label)
        names = {
            "strong": self.tr("Strong ({0})"),
            "fading": self.tr("Fading ({0})"),
            "lost": self.tr("Likely lost ({0})"),
            "none": self.tr("Not met yet ({0})"),
        }
        return names[str(label)].format(count)

    def _kind_labels(self) -> dict[str, str]:
        return {
            InteractionKind.MESSAGE.value: self.tr("Message"),
            InteractionKind.SHORT_QUESTION.value: self.tr("Short question"),
            InteractionKind.CALL.value: self.tr("Call"),
            InteractionKind.COFFEE.value: self.tr("Coffee"),
            InteractionKind.LUNCH.value: self.tr("Lunch"),
            InteractionKind.MEETING.value: self.tr("Meeting"),
            InteractionKind.FEEDBACK_SESSION.value: self.tr("Feedback session"),
            InteractionKind.MENTORING_SESSION.value: self.tr("Mentoring session"),
            InteractionKind.JOINT_PROJECT.value: self.tr("Joint project"),
        }

    # ------------------------------------------------------------------------------ hover and inputs

    def _on_mouse_moved(self, position: QPointF) -> None:
        curves = self._curves
        view = self.plot.getPlotItem().vb
        if curves is None or not curves.contact_ids or not view.sceneBoundingRect().contains(position):
            return
        point = view.mapSceneToView(position)
        day = point.x() / ds.SECONDS_PER_DAY
        index = int(np.clip(np.searchsorted(curves.days, day), 0, curves.days.size - 1))
        if index > 0 and day - curves.days[index - 1] < curves.days[index] - day:
            index -= 1
        column = curves.values[:, index] * 100
        row = int(np.argmin(np.abs(column - point.y())))
        on = ds.from_day(float(curves.days[index]))
        name = self._names.get(curves.contact_ids[row], "?")
        text = self.tr("{date}: {name} {value} %").format(
            date=on.isoformat() if on else "", name=name, value=round(float(column[row]))
        )
        if curves.days[index] > curves.today:
            text += " " + self.tr("(forecast)")
        self.readout.setText(text)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.health and self._health_stale:
            self._health_stale = False
            self.health.refresh()

    def _fill_what_if_people(self) -> None:
        current = self._what_if[0] if self._what_if else self.what_if_person.currentData()
        self.what_if_person.blockSignals(True)
        self.what_if_person.clear()
        for cid in self.shown_ids():
            self.what_if_person.addItem(self._names.get(cid, "?"), cid)
        index = self.what_if_person.findData(current)
        self.what_if_person.setCurrentIndex(max(index, 0))
        self.what_if_person.blockSignals(False)
        today = self.today()
        self.what_if_date.setMinimumDate(QDate(today.year, today.month, today.day))
        if self.what_if_date.date() <= QDate(today.year, today.month, today.day):
            later = today + dt.timedelta(days=14)
            self.what_if_date.setDate(QDate(later.year, later.month, later.day))

    def _apply_what_if(self) -> None:
        cid = self.what_if_person.currentData()
        if cid is None:
            return
        chosen = self.what_if_date.date()
        on = dt.date(chosen.year(), chosen.month(), chosen.day())
        self.set_what_if(int(cid), on, str(self.what_if_kind.currentData()))

    def _source_rect(self) -> QRectF:
        rect: QRectF = self.plot.mapToScene(self.plot.viewport().rect()).boundingRect()
        return rect

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart as PNG"), "timeline.png", self.tr("PNG image (*.png)")
        )
        if path:
            self._export(self.export_png, path)

    def _ask_svg(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart as SVG"), "timeline.svg", self.tr("SVG image (*.svg)")
        )
        if path:
            self._export(self.export_svg, path)

    def _export(self, write: Callable[[str], None], path: str) -> None:
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), user_message(exc))

