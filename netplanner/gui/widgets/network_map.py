"""The Network map (issue 14): the user in the centre, people as nodes, ties as edges (pyqtgraph).

Node size is the user's relationship strength, or, with a goal chosen, how important the person is for
it (the link's relevance); colour is the department; an orange ring marks a fading relationship. Ties are
grey lines (dotted from "me" to the user's strong relationships). The layout comes from networkx
(services/network_layout.py), computed on a QThreadPool worker while a progress bar shows; positions are
saved, so the map looks the same the next time, and a person dragged to a new place stays there (pinned).
Hover shows the person; a click opens them in People; the people selected there are highlighted here.
Drawing is two items: one path for all edges and one scatter of a few sizes (pyqtgraph caches one
sprite per size and colour), so panning 5,000 people stays quick. Exported as PNG or SVG like the
timeline (the scene rendered with QPainter).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.coverage import CoverageInput
from netplanner.domain.ties import STRENGTH_MAX, STRENGTH_MIN, TieKind
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.loading import ViewLoader
from netplanner.gui.widgets.chart_style import colours_of
from netplanner.gui.widgets.connections import kind_labels
from netplanner.gui.widgets.scene_export import write_png, write_svg
from netplanner.services import network_analysis as na
from netplanner.services import network_layout as nl
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services

MAP_KINDS = frozenset({Kind.PEOPLE, Kind.TIES, Kind.INTERACTIONS, Kind.LINKS, Kind.GOALS, Kind.SETTINGS})
#: Department colours (Okabe-Ito and Tableau hues: distinguishable, also for most colour-blind users).
#: No orange or red among them: those are the ring of a fading relationship.
PALETTE = ("#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#8C564B", "#9467BD", "#BCBD22", "#17BECF",
           "#7F7F7F", "#2CA02C", "#1A3A6B", "#E7C31A")
NO_DEPARTMENT = "#A0A0A0"
FADING = "#f28e2b"
SELECTED = "#1f5fd1"
SIZES = (8.0, 11.0, 14.0, 18.0, 22.0, 26.0)  # px; a few sizes keep pyqtgraph's sprite cache small
ME_SIZE = 24.0
#: Names are written beside the nodes up to this many people on the map (more would be a grey blur).
LABELS_UP_TO = 80


@dataclass(frozen=True)
class Drawn:
    """What is on the map now: node ids in scatter order (ME first), their positions."""

    ids: list[int]
    xy: np.ndarray


class _LayoutSignals(QObject):
    progress = Signal(int, int, int)  # generation, done, total
    done = Signal(int, object)  # generation, positions


class _LayoutJob(QRunnable):
    """networkx's layout on a worker thread: pure data in (a graph copy, known positions), data out.
    `cancel()` ends it early (a newer layout replaces it, or the app quits): `done` then brings None."""

    def __init__(self, generation: int, network: na.Network, known: dict[int, nl.Point]) -> None:
        super().__init__()
        self.generation, self.network, self.known = generation, network, known
        self.signals = _LayoutSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> None:
        try:
            positions: dict[int, nl.Point] | None = nl.layout(
                _layout_graph(self.network), self.known, progress=self._progress,
                cancelled=self._cancelled.is_set)
        except nl.LayoutCancelled:
            positions = None
        with contextlib.suppress(RuntimeError):  # the signals went with the app at exit: nobody waits
            self.signals.done.emit(self.generation, positions)

    _shown = -1  # the last per cent announced

    def _progress(self, done: int, total: int) -> None:
        # At most a hundred steps: thousands of small groups would each queue a call on the GUI thread,
        # all handled in one go when it next turns.
        percent = 100 * done // max(total, 1)
        if percent != self._shown:
            self._shown = percent
            try:
                self.signals.progress.emit(self.generation, percent, 100)
            except RuntimeError:  # the signals went with the app at exit: stop
                raise nl.LayoutCancelled from None


def _layout_graph(network: na.Network) -> nx.Graph:
    """The graph to lay out (on the worker: a copy of 100k people's ties takes a while). "Me" takes
    part, tied to the user's strong relationships, so the centre is free for the star; the positions
    are then moved so that "me" is at (0, 0)."""
    graph = nx.Graph(network.graph)
    graph.add_node(na.ME)
    graph.add_edges_from(((na.ME, pid) for pid, p in network.people.items()
                          if p.met and p.strength >= network.threshold), weight=1)
    return graph


class _Nodes(pg.ScatterPlotItem):  # type: ignore[misc]  # pyqtgraph has no type information
    """The people as a scatter that can be dragged one by one (a drag pins the person)."""

    def __init__(self, owner: NetworkMapWidget) -> None:
        super().__init__(pxMode=True, hoverable=True)
        self.owner = owner
        self._dragged: int | None = None

    def mouseDragEvent(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            points = self.pointsAt(ev.buttonDownPos())
            if len(points) == 0 or points[0].data() == na.ME:
                ev.ignore()
                return
            self._dragged = int(points[0].data())
        elif self._dragged is None:
            ev.ignore()
            return
        ev.accept()
        self.owner.move_person(self._dragged, ev.pos().x(), ev.pos().y(), finished=ev.isFinish())
        if ev.isFinish():
            self._dragged = None


def _read_map(services: Services) -> tuple[na.Network, CoverageInput]:
    return services.network_analysis.network(), services.coverage.network()


class NetworkMapWidget(QWidget):
    personActivated = Signal(int)  # noqa: N815  Qt signal naming: open this person in People

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("networkMapView")
        self.store = nl.PositionStore(ctx.services.db)
        self.positions = self.store.load()
        self.network: na.Network | None = None
        self.relevance: dict[int, dict[int, int]] = {}  # goal -> person -> relevance 0-3
        self.selected: set[int] = set()
        self.colours: dict[str, str] = {}
        self.drawn: Drawn | None = None
        self._generation = 0
        self._pool = QThreadPool.globalInstance()
        self._jobs: list[_LayoutJob] = []
        app = QCoreApplication.instance()
        if app is not None:  # Qt waits for the pool's work when the app ends: stop the layout first
            app.aboutToQuit.connect(self.cancel_layouts)

        self.goal = QComboBox()
        self.goal.setObjectName("mapGoal")
        self.goal.setAccessibleName(self.tr("Goal: size the people by their importance for it"))
        self.department = QComboBox()
        self.department.setObjectName("mapDepartment")
        self.department.setAccessibleName(self.tr("Department"))
        self.kind = QComboBox()
        self.kind.setObjectName("mapTieKind")
        self.kind.setAccessibleName(self.tr("Kind of tie"))
        self.kind.addItem(self.tr("All kinds of tie"), "")
        for kind, text in kind_labels().items():
            self.kind.addItem(text, kind.value)
        self.min_strength = QSpinBox()
        self.min_strength.setObjectName("mapStrength")
        self.min_strength.setRange(STRENGTH_MIN, STRENGTH_MAX)
        self.min_strength.setPrefix(self.tr("ties of strength ≥ "))
        self.min_strength.setAccessibleName(self.tr("Show ties of at least this strength"))
        for box in (self.goal, self.department, self.kind):
            box.currentIndexChanged.connect(self.redraw)
        self.min_strength.valueChanged.connect(self.redraw)
        self.relayout_button = QPushButton(self.tr("&Lay out again"))
        self.relayout_button.setAccessibleName(self.tr("Forget the saved positions and lay the map out anew"))
        self.relayout_button.clicked.connect(self.relayout)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the map as PNG or SVG"))
        self.export_button.clicked.connect(self._export_dialog)
        filters = QHBoxLayout()
        for widget in (self.goal, self.department, self.kind, self.min_strength):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.relayout_button)
        filters.addWidget(self.export_button)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("networkMap")
        self.plot.setAccessibleName(self.tr("Network map"))
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        self.edges = pg.PlotCurveItem(connect="pairs", antialias=False)
        self.my_edges = pg.PlotCurveItem(connect="pairs", antialias=False)
        self.nodes = _Nodes(self)
        self.nodes.sigClicked.connect(self._clicked)
        self.nodes.sigHovered.connect(self._hovered)
        for item in (self.my_edges, self.edges, self.nodes):
            self.plot.addItem(item)
        self.names: list[pg.TextItem] = []
        self.label = pg.TextItem(anchor=(0, 1))
        self.label.setZValue(10)
        self.plot.addItem(self.label)
        self.hover = QLabel()
        self.hover.setObjectName("mapHover")
        self.hover.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setObjectName("mapLegend")
        self.legend.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("mapProgress")
        self.progress.setFormat(self.tr("Laying out the map… %p%"))
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.progress)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover)
        layout.addWidget(self.legend)
        self.loader: ViewLoader[tuple[na.Network, CoverageInput]] = ViewLoader(
            self, ctx.services, _read_map, self._show, self._load_failed)
        self.follower = follow(self, ctx.events, MAP_KINDS, self._on_changes)
        self.refresh()

    # ------------------------------------------------------------------------------------------ data

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds == {Kind.SETTINGS} and changes.strength == frozenset():
            return  # a setting that changes nothing drawn (the map's own saved positions among them)
        self.refresh()

    def refresh(self) -> None:
        """Read the people, their ties and the goals anew (on the reading twin in a big network)."""
        self.loader.load()

    def _load_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Network map"), user_message(error))

    def _show(self, read: tuple[na.Network, CoverageInput]) -> None:
        self.network, coverage = read
        self.relevance = {}
        for link in coverage.links:
            self.relevance.setdefault(link.goal_id, {})[link.contact_id] = link.relevance
        self._fill(self.goal, [(self.tr("Everyone (size: strength)"), 0)]
                   + [(g.title, g.id) for g in coverage.goals])
        departments = sorted({p.department for p in self.network.people.values() if p.department})
        self._fill(self.department, [(self.tr("All departments"), "")] + [(d, d) for d in departments])
        self.colours = {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(departments)}
        self._show_legend(departments)
        missing = [pid for pid in self.network.people if pid not in self.positions.points]
        if missing:
            self._start_layout()
        self.redraw()

    @staticmethod
    def _fill(box: QComboBox, entries: Sequence[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, data in entries:
            box.addItem(text, data)
        found = box.findData(current)
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)

    def _show_legend(self, departments: list[str]) -> None:
        items = [f'<span style="color:{self.colours[d]}">●</span> {d}' for d in departments]
        items.append(f'<span style="color:{FADING}">◯</span> ' + self.tr("fading"))
        items.append("★ " + self.tr("you"))
        self.legend.setText(" &nbsp; ".join(items))

    # ---------------------------------------------------------------------------------------- layout

    def _start_layout(self, *, fresh: bool = False) -> None:
        assert self.network is not None
        self._generation += 1
        known = {} if fresh else {pid: p for pid, p in self.positions.points.items()
                                  if pid in self.network.people}
        if fresh:
            known = {pid: self.positions.points[pid] for pid in self.positions.pinned
                     if pid in self.positions.points and pid in self.network.people}
        if known:
            known[na.ME] = (0.0, 0.0)
        self.cancel_layouts()  # their result would be dropped
        job = _LayoutJob(self._generation, self.network, known)
        job.setAutoDelete(False)
        job.signals.progress.connect(self._layout_progress)
        job.signals.done.connect(self._layout_done)
        self._jobs.append(job)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._pool.start(job)

    def _layout_progress(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation:
            return  # a layout that was replaced (its last steps may still be on their way)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_layouts(self) -> None:
        for job in self._jobs:
            job.cancel()

    def _layout_done(self, generation: int, positions: dict[int, nl.Point] | None) -> None:
        self._jobs = [job for job in self._jobs if job.generation != generation]
        if generation != self._generation or positions is None:
            return  # a newer layout is on its way
        self.progress.hide()
        cx, cy = positions.pop(na.ME, (0.0, 0.0))
        self.positions.points.update({pid: (round(x - cx, nl.DIGITS), round(y - cy, nl.DIGITS))
                                      for pid, (x, y) in positions.items()})
        self.store.save(self.positions)
        self.redraw()

    def layout_running(self) -> bool:
        return bool(self._jobs)

    def relayout(self) -> None:
        """Lay the map out anew; pinned people stay where they were put."""
        if self.network is not None:
            self._start_layout(fresh=True)

    def move_person(self, pid: int, x: float, y: float, *, finished: bool) -> None:
        """Put a person somewhere else (a drag): they stay there, also after the next layout."""
        self.positions.points[pid] = (round(float(x), nl.DIGITS), round(float(y), nl.DIGITS))
        self.positions.pinned.add(pid)
        self.redraw()
        if finished:
            self.store.save(self.positions)

    # --------------------------------------------------------------------------------------- drawing

    def visible_people(self) -> list[int]:
        """The people the filters let through and that have a place on the map."""
        if self.network is None:
            return []
        goal = int(self.goal.currentData() or 0)
        department = str(self.department.currentData() or "")
        linked = self.relevance.get(goal, {}) if goal else None
        return [pid for pid, p in self.network.people.items()
                if pid in self.positions.points
                and (not department or p.department == department)
                and (linked is None or pid in linked)]

    def visible_ties(self, shown: Iterable[int]) -> list[tuple[int, int]]:
        assert self.network is not None
        people = set(shown)
        kind = str(self.kind.currentData() or "")
        least = self.min_strength.value()
        pairs: dict[tuple[int, int], None] = {}
        for tie in self.network.ties:
            if tie.from_id in people and tie.to_id in people and tie.strength >= least \
                    and (not kind or tie.kind is TieKind(kind)):
                pairs[(min(tie.from_id, tie.to_id), max(tie.from_id, tie.to_id))] = None
        return list(pairs)

    def redraw(self) -> None:
        network = self.network
        colours = colours_of(self.palette())
        self.plot.setBackground(colours.background)
        if network is None:
            return
        people = self.visible_people()
        goal = int(self.goal.currentData() or 0)
        ids = [na.ME, *people]
        xy = np.array([(0.0, 0.0)] + [self.positions.points[pid] for pid in people], dtype=float)
        self.drawn = Drawn(ids, xy)
        where = {pid: i for i, pid in enumerate(ids)}
        pairs = self.visible_ties(people)
        self.edges.setData(*self._segments(xy, [(where[a], where[b]) for a, b in pairs]),
                           pen=pg.mkPen(QColor(colours.foreground.red(), colours.foreground.green(),
                                               colours.foreground.blue(), 90), width=1))
        mine = [(0, where[pid]) for pid in people
                if network.people[pid].met and network.people[pid].strength >= network.threshold]
        self.my_edges.setData(*self._segments(xy, mine),
                              pen=pg.mkPen(QColor(SELECTED), width=1, style=Qt.PenStyle.DotLine))
        # Arrays, and one brush per colour and one pen per kind of outline shared by everyone: a list
        # of a dict per spot with its own brush and pen took pyqtgraph 19 s for 100k people, these 0.6 s.
        plain_pen = pg.mkPen(colours.background, width=1)
        selected_pen, fading_pen = pg.mkPen(SELECTED, width=4), pg.mkPen(FADING, width=3)
        brushes: dict[str, Any] = {}
        sizes = np.empty(len(ids), dtype=float)
        sizes[0] = ME_SIZE
        brush_of, pen_of = [pg.mkBrush(colours.foreground)], [plain_pen]
        relevance = self.relevance.get(goal, {})
        for index, pid in enumerate(people, start=1):
            person = network.people[pid]
            weight = relevance.get(pid, 0) / 3 if goal else person.strength
            sizes[index] = SIZES[min(len(SIZES) - 1, round(weight * (len(SIZES) - 1)))]
            colour = self.colours.get(person.department, NO_DEPARTMENT)
            brush = brushes.get(colour)
            if brush is None:
                brush = brushes[colour] = pg.mkBrush(colour)
            brush_of.append(brush)
            outline = selected_pen if pid in self.selected else fading_pen if person.fading else plain_pen
            pen_of.append(outline)
        self.nodes.setData(pos=xy, size=sizes, symbol=["star", *["o"] * len(people)], brush=brush_of,
                           pen=pen_of, data=ids)
        self._write_names(people, xy, colours.foreground)

    def _write_names(self, people: list[int], xy: np.ndarray, colour: QColor) -> None:
        assert self.network is not None
        for item in self.names:
            self.plot.removeItem(item)
        self.names = []
        if len(people) > LABELS_UP_TO:
            return
        muted = QColor(colour)
        muted.setAlphaF(0.8)
        for index, pid in enumerate(people, start=1):
            item = pg.TextItem(self.network.people[pid].name, color=muted, anchor=(0.5, -0.35))
            item.setPos(float(xy[index, 0]), float(xy[index, 1]))
            item.setZValue(5)
            self.plot.addItem(item)
            self.names.append(item)

    @staticmethod
    def _segments(xy: np.ndarray, pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        if not pairs:
            return np.zeros(0), np.zeros(0)
        index = np.array(pairs, dtype=np.intp).reshape(-1)
        return xy[index, 0], xy[index, 1]

    def select(self, ids: Iterable[int]) -> None:
        """Highlight these people (the selection in People)."""
        chosen = set(ids)
        if chosen != self.selected:
            self.selected = chosen
            self.redraw()

    def position_of(self, pid: int) -> QPointF:
        """Where a person is drawn, in the map widget's coordinates (for tests and tooltips)."""
        x, y = self.positions.points[pid] if pid != na.ME else (0.0, 0.0)
        scene = self.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.plot.mapFromScene(scene))

    # ------------------------------------------------------------------------------------ interaction

    def describe(self, pid: int) -> str:
        """The hover text of a person."""
        assert self.network is not None
        if pid == na.ME:
            return self.tr("You")
        person = self.network.people[pid]
        parts = [person.name]
        if person.department:
            parts.append(person.department)
        if person.met:
            parts.append(self.tr("strength %1 %").replace("%1", str(round(person.strength * 100))))
            if person.fading:
                parts.append(self.tr("fading"))
        else:
            parts.append(self.tr("not met yet"))
        ties = self.network.graph.degree(pid)
        parts.append(self.tr("%n tie(s)", "", ties))
        return " · ".join(parts)

    def _hovered(self, _item: Any, points: Any, _ev: Any) -> None:
        if len(points) == 0:
            self.label.setText("")
            return
        self.hover_person(int(points[0].data()))

    def hover_person(self, pid: int) -> None:
        text = self.describe(pid)
        self.hover.setText(text)
        self.label.setText(text)
        x, y = self.positions.points.get(pid, (0.0, 0.0)) if pid != na.ME else (0.0, 0.0)
        self.label.setPos(x, y)
        self.plot.setToolTip(text)

    def _clicked(self, _item: Any, points: Any, _ev: Any) -> None:
        if len(points) and int(points[0].data()) != na.ME:
            self.open_person(int(points[0].data()))

    def open_person(self, pid: int) -> None:
        """Open the person in People (the main window follows `showContact`)."""
        self.personActivated.emit(pid)
        self.ctx.events.showContact.emit(pid)

    # ----------------------------------------------------------------------------------------- export

    def _export_dialog(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export the map"), "network-map.png",
                                                    self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        try:
            if path.lower().endswith(".svg"):
                self.export_svg(path)
            else:
                self.export_png(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Map not exported"), str(exc))

    def _source_rect(self) -> QRectF:
        return self.plot.sceneRect() if not self.plot.sceneRect().isEmpty() else QRectF(0, 0, 800, 600)

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """Write the map as it is shown to a PNG file."""
        background = colours_of(self.palette()).background
        error = write_png(self.plot.scene(), self._source_rect(), background, path, scale)
        if error:
            raise OSError(self.tr("Could not write {0}: {1}").format(path, error))

    def export_svg(self, path: str | Path) -> None:
        """Write the map as vector graphics (SVG)."""
        if not write_svg(self.plot.scene(), self._source_rect(), path, self.tr("Network map"),
                         self.tr("Who is tied to whom, exported from NetPlanner")):
            raise OSError(self.tr("Could not write {0}.").format(path))
