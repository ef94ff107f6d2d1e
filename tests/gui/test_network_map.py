"""The Network map driven with qtbot: layout off the GUI thread, filters, hover, click opens the person,
drag pins, the selection of People, export (issue 14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netplanner.domain.ties import TieKind
from netplanner.gui.context import GuiContext
from netplanner.gui.main_window import MainWindow
from netplanner.gui.widgets.network_map import FADING, SELECTED, NetworkMapWidget
from netplanner.services import network_analysis as na
from netplanner.services import network_layout as nl


def _map(qtbot: QtBot, ctx: GuiContext) -> NetworkMapWidget:
    widget = NetworkMapWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.layout_running(), timeout=20_000)
    return widget


def _pen_of(widget: NetworkMapWidget, pid: int) -> str:
    spot = next(s for s in widget.nodes.points() if s.data() == pid)
    return str(spot.pen().color().name())


def test_the_map_shows_everyone_around_me_and_keeps_the_layout(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = _map(qtbot, demo_ctx)
    assert widget.plot.objectName() == "networkMap"
    people = demo_ctx.services.contacts.count()
    assert widget.drawn is not None
    assert widget.drawn.ids[0] == na.ME
    assert len(widget.drawn.ids) == people + 1
    assert (widget.drawn.xy[0] == 0).all()  # me in the centre
    saved = nl.PositionStore(demo_ctx.services.db).load()
    assert len(saved.points) == people
    again = _map(qtbot, demo_ctx)  # opened again: the same places, no new layout
    assert again.positions.points == widget.positions.points
    network = demo_ctx.services.network_analysis.network()
    fading = next(pid for pid, p in network.people.items() if p.fading)
    assert _pen_of(widget, fading) == FADING


def test_filters_by_department_goal_kind_and_strength(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = _map(qtbot, demo_ctx)
    network = demo_ctx.services.network_analysis.network()
    everyone = len(widget.visible_people())
    widget.department.setCurrentIndex(widget.department.findData("Engineering"))
    shown = widget.visible_people()
    assert shown
    assert {network.people[pid].department for pid in shown} == {"Engineering"}
    assert widget.drawn is not None
    assert len(widget.drawn.ids) == len(shown) + 1
    widget.department.setCurrentIndex(0)
    assert len(widget.visible_people()) == everyone

    goal = demo_ctx.services.goals.all()[0]
    widget.goal.setCurrentIndex(widget.goal.findData(goal.id))
    links = demo_ctx.services.coverage.network().links
    linked = {link.contact_id for link in links if link.goal_id == goal.id}
    assert set(widget.visible_people()) == linked  # the goal's supporters
    widget.goal.setCurrentIndex(0)

    all_ties = widget.visible_ties(widget.visible_people())
    widget.kind.setCurrentIndex(widget.kind.findData(TieKind.SEEKS_ADVICE_FROM.value))
    advice = widget.visible_ties(widget.visible_people())
    assert 0 < len(advice) < len(all_ties)
    widget.kind.setCurrentIndex(0)
    widget.min_strength.setValue(3)
    strong = widget.visible_ties(widget.visible_people())
    assert 0 < len(strong) < len(all_ties)


def test_hover_shows_the_person_and_a_click_opens_them_in_people(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_view("network")
    widget = window.network_map
    qtbot.waitUntil(lambda: not widget.layout_running(), timeout=20_000)
    per = demo_ctx.services.contacts.find("Per Öberg")
    widget.hover_person(per.id)
    assert widget.hover.text().startswith("Per Öberg · Engineering · strength ")
    assert widget.network is not None
    assert f"· {widget.network.graph.degree(per.id)} tie" in widget.hover.text()

    qtbot.wait(50)
    point = widget.position_of(per.id).toPoint()
    with qtbot.waitSignal(widget.personActivated) as opened:
        qtbot.mouseClick(widget.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [per.id]
    qtbot.waitUntil(lambda: window.current_view() == "people")
    assert window.people.detail.contact_id == per.id

    # back on the map, the person selected in People is highlighted
    window.people.select(per.id)
    window.show_view("network")
    assert per.id in widget.selected
    assert _pen_of(widget, per.id) == SELECTED


def test_a_dragged_person_stays_where_they_were_put(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = _map(qtbot, demo_ctx)
    anna = demo_ctx.services.contacts.find("Anna Berg").id
    widget.move_person(anna, 0.9, -0.9, finished=True)
    saved = nl.PositionStore(demo_ctx.services.db).load()
    assert saved.points[anna] == (0.9, -0.9)
    assert anna in saved.pinned
    widget.relayout()
    qtbot.waitUntil(lambda: not widget.layout_running(), timeout=20_000)
    assert widget.positions.points[anna] == (0.9, -0.9)
    newcomer = demo_ctx.services.contacts.add(name="Nea Newcomer", department="Engineering")
    demo_ctx.services.ties.add(newcomer.id, anna, "reports to")
    qtbot.waitUntil(lambda: newcomer.id in widget.positions.points and not widget.layout_running(),
                    timeout=20_000)
    assert widget.positions.points[anna] == (0.9, -0.9)
    assert newcomer.id in widget.visible_people()


def test_export_png_and_svg(qtbot: QtBot, demo_ctx: GuiContext, tmp_path: Path) -> None:
    widget = _map(qtbot, demo_ctx)
    widget.export_png(tmp_path / "map.png")
    widget.export_svg(tmp_path / "map.svg")
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert "Per Öberg" in svg or "Per &#xd6;berg" in svg or "Per" in svg
