"""The timeline chart: people's curves are drawn, what-if saves nothing, export writes PNG and SVG."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from netplanner.gui.widgets.network_health import NetworkHealthWidget
from netplanner.gui.widgets.timeline import MAX_DISTINCT, TimelineWidget
from netplanner.services.facade import Services
from netplanner.services.strength import StrengthService


def make(qtbot: QtBot, services: Services, today: dt.date) -> TimelineWidget:
    widget = TimelineWidget(services, today=lambda: today)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def finite_points(item: pg.PlotDataItem) -> int:
    _, y = item.getOriginalDataset()
    return 0 if y is None else int(np.isfinite(y).sum())


def test_showing_people_draws_their_curves(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = make(qtbot, demo_services, demo_today)
    assert widget.plot.objectName() == "timelineChart"
    assert isinstance(widget.plot.getPlotItem().getAxis("bottom"), pg.DateAxisItem)
    chosen = StrengthService(demo_services.db).strongest(3, demo_today)
    widget.show_contacts(chosen)
    assert widget.shown_ids() == chosen
    assert set(widget.curve_items) == set(chosen)
    for cid in chosen:
        solid, dashed = widget.curve_items[cid]
        assert finite_points(solid) > 700  # two years of history, one point a day
        assert finite_points(dashed) > 300  # the forecast
        assert dashed.opts["pen"].style() != solid.opts["pen"].style()
    names = {cid: name for cid, name, _ in demo_services.contacts.names()}
    legend = [label.text for _, label in widget.legend.items]
    assert legend == [names[cid] for cid in chosen]
    assert len(widget.markers.data) > 0
    tips = [str(spot["data"]) for spot in widget.markers.data]
    assert all(any(names[cid] in tip for cid in chosen) for tip in tips)
    today_ts = (demo_today - dt.date(1970, 1, 1)).days * 86400
    assert widget.today_line.value() == today_ts
    assert widget.threshold_line.value() == 35


def test_default_and_many_people(qtbot: QtBot, demo_services: Services, demo_today: dt.date) -> None:
    widget = make(qtbot, demo_services, demo_today)
    widget.show_contacts([])
    assert 0 < len(widget.shown_ids()) <= widget.default_count
    everyone = [cid for cid, _, _ in demo_services.contacts.names()]
    assert len(everyone) > MAX_DISTINCT
    widget.show_contacts(everyone)
    # Grouped: one solid and one dashed item per state, not per person.
    assert set(widget.curve_items) <= {"strong", "fading", "lost", "none"}
    drawn = sum(finite_points(solid) for solid, _ in widget.curve_items.values())
    assert drawn == len(widget.shown_ids()) * (730 + 1)


def test_what_if_shows_a_curve_and_saves_nothing(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = make(qtbot, demo_services, demo_today)
    cid = StrengthService(demo_services.db).strongest(2, demo_today)[1]
    widget.show_contacts([cid])
    before = len(demo_services.interactions.rows())
    on = demo_today + dt.timedelta(days=40)
    widget.set_what_if(cid, on, "lunch")
    assert widget.what_if_item is not None
    _, hypothetical = widget.what_if_item.getOriginalDataset()
    _, dashed = widget.curve_items[cid]
    _, forecast = dashed.getOriginalDataset()
    assert np.nanmax(hypothetical) >= np.nanmax(forecast)
    index = (on - demo_today).days
    assert hypothetical[730 + index] > forecast[index]
    assert len(demo_services.interactions.rows()) == before
    widget.clear_what_if()
    assert widget.what_if_item is None


def test_export_png_and_svg(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date, tmp_path: Path
) -> None:
    widget = make(qtbot, demo_services, demo_today)
    widget.show_contacts(StrengthService(demo_services.db).strongest(4, demo_today))
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    widget.export_png(png)
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 1000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # something was drawn, not a blank page
    widget.export_svg(svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) + len(
        list(root.iter("{http://www.w3.org/2000/svg}polyline"))
    ) > 4


def test_hover_readout(qtbot: QtBot, demo_services: Services, demo_today: dt.date) -> None:
    widget = make(qtbot, demo_services, demo_today)
    chosen = StrengthService(demo_services.db).strongest(1, demo_today)
    widget.show_contacts(chosen)
    view = widget.plot.getPlotItem().vb
    today_ts = (demo_today - dt.date(1970, 1, 1)).days * 86400.0
    widget._on_mouse_moved(view.mapViewToScene(pg.Point(today_ts, 50)))
    assert demo_today.isoformat() in widget.readout.text()
    assert "%" in widget.readout.text()


def test_network_health_view(qtbot: QtBot, demo_services: Services, demo_today: dt.date) -> None:
    widget = NetworkHealthWidget(demo_services, today=lambda: demo_today)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.plot.objectName() == "networkHealthChart"
    points = widget.points
    assert len(points) == 24
    _, strong = widget.items["strong"].getData()
    assert strong is not None
    assert strong[-1] == points[-1].strong


def test_whole_network_tab_is_computed_when_opened(
    qtbot: QtBot, demo_services: Services, demo_today: dt.date
) -> None:
    widget = make(qtbot, demo_services, demo_today)
    assert widget.shown_ids()  # shown for the first time: the default people
    assert widget.health.points == []
    widget.tabs.setCurrentWidget(widget.health)
    assert len(widget.health.points) == 24
    last = widget.health.points[-1]
    assert last.at == demo_today
    assert last.strong + last.fading + last.lost > 0


def test_month_names_on_the_date_axis_follow_the_app_language(qapp: object) -> None:
    from pyqtgraph.graphicsItems.DateAxisItem import YEAR_MONTH_ZOOM_LEVEL
    from PySide6.QtCore import QLocale

    from netplanner.gui.widgets.date_axis import LocaleDateAxisItem

    axis = LocaleDateAxisItem(orientation="bottom")
    may_first = dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC).timestamp()
    october_first = dt.datetime(2026, 10, 1, 12, tzinfo=dt.UTC).timestamp()
    axis.zoomLevel = YEAR_MONTH_ZOOM_LEVEL  # about a year across the axis: ticks per month
    month_spacing = next(spec.spacing for spec in axis.zoomLevel.tickSpecs if spec.format == "%b")
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        swedish = axis.tickStrings([may_first, october_first], 1.0, month_spacing)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        english = axis.tickStrings([may_first, october_first], 1.0, month_spacing)
    finally:
        QLocale.setDefault(previous)
    assert swedish[0].lower().startswith("maj")
    assert swedish[1].lower().startswith("okt")
    assert english[1].startswith("Oct")
