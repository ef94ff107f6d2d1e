"""The charts read well: whole-number ticks for counts, legends and the "Today" label off the lines, a
legend of marker shapes, a dark canvas in a dark palette, ISO dates in the what-if field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from netplanner.gui.widgets.chart_style import IntegerAxisItem
from netplanner.gui.widgets.network_health import NetworkHealthWidget
from netplanner.gui.widgets.timeline import TimelineWidget
from netplanner.services.facade import Services


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6")):
        palette.setColor(role, QColor(colour))
    return palette


def _timeline(qtbot: QtBot, services: Services, today: dt.date) -> TimelineWidget:
    widget = TimelineWidget(services, today=lambda: today)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_counts_of_people_tick_on_whole_numbers(qtbot: QtBot, services: Services) -> None:
    """Regression: one person on the whole-network chart gave ticks 0.1 ... 1.0."""
    axis = IntegerAxisItem(orientation="left")
    for top in (1.0, 2.0, 3.0, 7.0, 40.0):
        for _spacing, values in axis.tickValues(0.0, top, 300):
            assert all(float(v).is_integer() for v in values), (top, values)
    assert axis.tickStrings([0.0, 1.0, 2.0], 1.0, 1.0) == ["0", "1", "2"]
    widget = NetworkHealthWidget(services)
    qtbot.addWidget(widget)
    assert isinstance(widget.plot.getPlotItem().getAxis("left"), IntegerAxisItem)


def test_legends_and_today_sit_off_the_lines(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = _timeline(qtbot, demo_services, demo_today)
    widget.show_contacts(demo_services.strength.strongest(4, demo_today))
    qtbot.wait(50)
    view = widget.plot.getPlotItem().vb
    data_area: QRectF = view.sceneBoundingRect()
    for legend in (widget.legend, widget.kind_legend):
        assert legend.items  # something is listed
        assert not legend.sceneBoundingRect().intersects(data_area)
    # The Today label sits above the 100 % line, where no curve goes (strength tops out near 95 %).
    label = widget.today_line.label.sceneBoundingRect()
    hundred = view.mapViewToScene(QPointF(widget.today_line.value(), 100.0)).y()
    assert data_area.top() <= label.top()
    assert label.bottom() <= hundred
    health = NetworkHealthWidget(demo_services, today=lambda: demo_today)
    qtbot.addWidget(health)
    health.resize(800, 400)
    health.show()
    health.refresh()
    qtbot.wait(50)
    assert not health.legend.sceneBoundingRect().intersects(health.plot.getPlotItem().vb.sceneBoundingRect())


def test_a_legend_explains_the_marker_shapes(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = _timeline(qtbot, demo_services, demo_today)
    widget.show_contacts(demo_services.strength.strongest(4, demo_today))
    labels = widget._kind_labels()
    shown = {m.kind for m in widget._curves.markers} if widget._curves else set()
    assert shown
    assert [label.text for _, label in widget.kind_legend.items] == [
        labels[k] for k in labels if k in shown]


def test_the_canvas_follows_a_dark_palette(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = _timeline(qtbot, demo_services, demo_today)
    widget.show_contacts(demo_services.strength.strongest(3, demo_today))
    widget.setPalette(_dark())
    qtbot.wait(20)
    assert widget.plot.backgroundBrush().color().name() == "#1e1e1e"
    axis = widget.plot.getPlotItem().getAxis("left")
    assert axis.textPen().color().name() == "#e6e6e6"
    widget.health.setPalette(_dark())
    assert widget.health.plot.backgroundBrush().color().name() == "#1e1e1e"


def test_the_what_if_date_is_iso(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = _timeline(qtbot, demo_services, demo_today)
    later = demo_today + dt.timedelta(days=14)
    assert widget.what_if_date.text() == later.isoformat()
