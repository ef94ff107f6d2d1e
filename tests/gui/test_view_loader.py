"""In a big network a view's first load runs on the reading twin: the page shows that it is reading,
the window keeps answering, and the result lands on the GUI thread. Forced here on the example network
by lowering the size from which a network counts as big."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.loading import ViewLoader
from netplanner.gui.models.base import swedish_collator
from netplanner.gui.models.interactions_model import InteractionsModel
from netplanner.gui.models.matrix_model import MatrixFilter
from netplanner.gui.models.plan_model import Section
from netplanner.gui.widgets.interactions import InteractionsWidget
from netplanner.gui.widgets.matrix import MatrixWidget
from netplanner.gui.widgets.network_map import NetworkMapWidget
from netplanner.gui.widgets.review import ReviewWidget
from netplanner.gui.widgets.timeline import TimelineWidget
from netplanner.gui.widgets.today import TodayWidget
from netplanner.services import facade, interaction_pages
from netplanner.services.agenda import AgendaService, Draft
from netplanner.services.contacts import ContactService
from netplanner.services.coverage import CoverageService
from netplanner.services.facade import Services
from netplanner.services.interaction_pages import InteractionPages
from netplanner.services.interactions import InteractionService
from netplanner.services.network_analysis import NetworkAnalysisService
from netplanner.services.planner import PlannerService
from netplanner.services.review import ReviewService


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch, demo_ctx: GuiContext) -> Iterator[GuiContext]:
    monkeypatch.setattr(facade, "PREFETCH_PEOPLE", 10)
    assert demo_ctx.services.is_large()
    yield demo_ctx
    demo_ctx.services.twin.close()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every draft on the twin until set."""
    event = threading.Event()
    original = AgendaService.draft
    drafts: list[threading.Thread] = []

    def held(agenda: AgendaService, *args: object, **kwargs: object) -> Draft:
        drafts.append(threading.current_thread())
        assert event.wait(10)
        return original(agenda, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AgendaService, "draft", held)
    yield event
    event.set()


def this_week(widget: TodayWidget) -> list[int]:
    for s in widget.model.sections():
        if s.section == Section.THIS_WEEK:
            return [e.contact_id for e in s.entries]
    return []


def stored_touches(services: Services) -> list[int]:
    return [i.touch_id for i in services.planner.plan(1).weeks[0].items if i.touch_id is not None]


def test_today_reads_on_the_twin_while_the_window_answers(big: GuiContext, gate: threading.Event,
                                                           qtbot: QtBot) -> None:
    widget = TodayWidget(big)
    qtbot.addWidget(widget)
    widget.show()
    loader = widget.findChild(ViewLoader)
    assert loader is widget.loader
    assert loader.busy
    assert loader.overlay.isVisible()
    assert "Reading your network" in loader.overlay.label.text()
    assert loader.overlay.geometry() == widget.rect()
    assert this_week(widget) == []

    ticks: list[int] = []
    timer = QTimer(widget)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.wait(100)
    assert len(ticks) >= 5  # the event loop turned while the twin was held
    assert loader.busy

    gate.set()
    qtbot.waitUntil(lambda: not loader.busy, timeout=10000)
    assert not loader.overlay.isVisible()
    assert len(this_week(widget)) == 3
    # The touches the twin planned were stored once, on the writer, and are what the page shows.
    ids = stored_touches(big.services)
    assert len(ids) == 3
    shown = [e.touch_id for s in widget.model.sections() if s.section == Section.THIS_WEEK for e in s.entries]
    assert shown == ids


def test_loads_asked_for_meanwhile_make_one_more_load(big: GuiContext, gate: threading.Event,
                                                      qtbot: QtBot) -> None:
    widget = TodayWidget(big)
    qtbot.addWidget(widget)
    widget.show()
    applied: list[Draft] = []
    original = widget._show
    widget.loader._apply = lambda draft: (applied.append(draft), original(draft))  # type: ignore[method-assign]
    for _ in range(3):
        widget.loader.load()
    gate.set()
    qtbot.waitUntil(lambda: len(applied) == 2 and not widget.loader.busy, timeout=10000)
    qtbot.wait(50)
    assert len(applied) == 2
    assert len(stored_touches(big.services)) == 3


def test_a_write_during_the_read_is_planned_around_not_stored_twice(big: GuiContext, gate: threading.Event,
                                                                     qtbot: QtBot) -> None:
    widget = TodayWidget(big)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.loader.busy
    seen: list[bool] = []
    original = widget._show
    widget.loader._apply = lambda draft: (seen.append(widget.loader.fresh), original(draft))  # type: ignore[method-assign]
    # Someone is logged while the twin plans: what it planned read the old data, so it is not stored
    # but planned again from what is there now.
    first = big.services.contacts.rows()[0].id
    big.services.interactions.log(first, "coffee", big.today(), direction="mutual")
    gate.set()
    qtbot.waitUntil(lambda: not widget.loader.busy and bool(this_week(widget)), timeout=10000)
    assert seen == [False, True]
    assert len(stored_touches(big.services)) == 3
    assert len(this_week(widget)) == 3


def test_a_failed_read_is_shown_and_the_page_stays_usable(big: GuiContext, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> Draft:
        raise OSError("disk gone")

    monkeypatch.setattr(AgendaService, "draft", broken)
    shown: list[str] = []
    monkeypatch.setattr("netplanner.gui.widgets.today.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    widget = TodayWidget(big)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loader.busy, timeout=10000)
    assert shown
    assert not widget.loader.overlay.isVisible()
    assert isinstance(widget.loader.overlay.parent(), QWidget)


def hold(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> tuple[threading.Event, list[str]]:
    """Hold `cls.name` on the twin until the event is set; the list gets the thread of each call."""
    event = threading.Event()
    threads: list[str] = []
    original = getattr(cls, name)

    def held(self: object, *args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        if threading.current_thread() is not threading.main_thread():
            assert event.wait(5)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, held)
    return event, threads


def test_the_review_is_prepared_on_the_twin_and_later_refreshes_keep_the_page(
        big: GuiContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    event, threads = hold(monkeypatch, ReviewService, "prepare")
    review = ReviewWidget(big)
    qtbot.addWidget(review)
    review.show()
    assert review.loader.busy
    assert review.loader.overlay.isVisible()
    assert review.data is None
    event.set()
    qtbot.waitUntil(lambda: review.data is not None, timeout=10000)
    assert threads
    assert all(t.startswith("netplanner-twin") for t in threads)
    assert not review.loader.overlay.isVisible()
    assert "You have not held a review yet" in review.status.text()

    event.clear()
    review.notes.setPlainText("Talked it through")
    review.save()  # recorded on the writer; the refresh after it reads on the twin, page still usable
    assert review.loader.busy
    assert not review.loader.overlay.isVisible()
    event.set()
    qtbot.waitUntil(lambda: not review.loader.busy, timeout=10000)
    assert "Your last review was on" in review.status.text()


def test_the_matrix_reads_its_network_on_the_twin(big: GuiContext, qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    event, threads = hold(monkeypatch, CoverageService, "network")
    matrix = MatrixWidget(big)
    qtbot.addWidget(matrix)
    matrix.show()
    assert matrix.loader.busy
    assert matrix.model.rowCount() == 0
    event.set()
    qtbot.waitUntil(lambda: not matrix.loader.busy, timeout=10000)
    network = big.services.coverage.network()
    assert matrix.model.rowCount() == len(network.goals) > 0
    assert any(t.startswith("netplanner-twin") for t in threads)
    everyone = [p.id for p in matrix.model.people()]
    assert sorted(everyone) == sorted(network.people)

    # A filter chosen while the twin arranges the people is the one shown when they arrive.
    event.clear()
    matrix.loader.load()
    qtbot.waitUntil(lambda: matrix.loader.busy, timeout=2000)
    matrix.model.set_filter(MatrixFilter.LINKED)
    event.set()
    qtbot.waitUntil(lambda: not matrix.loader.busy, timeout=10000)
    linked = {link.contact_id for link in network.links}
    assert [p.id for p in matrix.model.people()] == [pid for pid in everyone if pid in linked]


def test_the_network_map_reads_on_the_twin(big: GuiContext, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    event, threads = hold(monkeypatch, NetworkAnalysisService, "network")
    page = NetworkMapWidget(big)
    qtbot.addWidget(page)
    page.show()
    assert page.loader.busy
    assert page.network is None
    event.set()
    qtbot.waitUntil(lambda: page.network is not None and not page.layout_running(), timeout=20000)
    assert set(page.network.people) == {row.id for row in big.services.contacts.rows()}
    assert page.visible_people()
    assert any(t.startswith("netplanner-twin") for t in threads)


def summaries(model: InteractionsModel) -> list[str]:
    return [model.row_at(row).summary for row in range(model.rowCount())]


def test_everyones_interactions_show_a_page_at_a_time(
        big: GuiContext, qtbot: QtBot, qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interaction_pages, "PAGE_SIZE", 20)
    event, threads = hold(monkeypatch, InteractionPages, "page")
    page = InteractionsWidget(big)
    qtbot.addWidget(page)
    page.resize(900, 300)  # a window with room for fewer rows than a page
    page.show()
    model = page.model
    qtbot.waitUntil(lambda: model.busy, timeout=5000)
    assert model.rowCount() == 0
    event.set()
    qtbot.waitUntil(lambda: not model.busy, timeout=10000)
    expected = big.services.interactions.occasions()
    assert len(expected) > 50
    # The first page, read once on the twin; the count is of everyone's.
    assert [t for t in threads if t != "MainThread"] == ["netplanner-twin_0"]
    assert [model.row_at(row) for row in range(model.rowCount())] == expected[:20]
    assert page.count.text() == f"{len(expected)} interactions"
    assert model.canFetchMore()

    # Scrolled to the end, the table reads the next page, and so on until there is no more.
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)
    while model.canFetchMore():
        page.view.scrollToBottom()
        qtbot.wait(10)
    assert [model.row_at(row) for row in range(model.rowCount())] == expected
    assert page.count.text() == f"{len(expected)} interactions"

    # Oldest first: pages the other way.
    page.view.sortByColumn(InteractionsModel.DATE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == 20, timeout=10000)
    dates = [model.row_at(row).occurred_on for row in range(model.rowCount())]
    assert dates == sorted(dates)
    assert dates[0] == min(r.occurred_on for r in expected)
    qtmodeltester.check(model)  # which also reads pages


def shown_interactions(ctx: GuiContext, qtbot: QtBot) -> InteractionsWidget:
    """The Interactions page, shown, once its first rows are in."""
    page = InteractionsWidget(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.model.busy and page.model.rowCount() > 0, timeout=10000)
    return page


def test_everyones_interactions_sorted_by_person_are_read_whole_on_the_twin(
        big: GuiContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interaction_pages, "PAGE_SIZE", 20)
    event, threads = hold(monkeypatch, InteractionService, "occasions")
    event.set()
    page = shown_interactions(big, qtbot)
    model = page.model
    assert threads == []  # the first page was read, not everyone's
    page.view.sortByColumn(InteractionsModel.PERSON, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() > 20, timeout=10000)
    expected = big.services.interactions.occasions()
    assert model.rowCount() == len(expected)
    assert not model.canFetchMore()
    assert [t for t in threads if t != "MainThread"] == ["netplanner-twin_0"]
    collator = swedish_collator()
    keys = [collator.sortKey(model.row_at(row).names) for row in range(model.rowCount())]
    assert keys == sorted(keys)
    assert page.count.text() == f"{len(expected)} interactions"


def test_a_reload_while_paged_reads_as_far_as_before(big: GuiContext, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interaction_pages, "PAGE_SIZE", 20)
    people = [row.id for row in big.services.contacts.rows()][:3]
    for n in range(6):  # six occasions of three: eighteen interactions, six rows
        big.services.interactions.log_occasion(people, "lunch", big.today(), summary=f"lunch {n}")
    page = shown_interactions(big, qtbot)
    model = page.model
    assert model.rowCount() == 8  # the first twenty interactions: six occasions and two more
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 28, timeout=5000)
    before = model.rowCount()
    big.services.interactions.log(people[0], "coffee", big.today(), summary="Coffee again")
    qtbot.waitUntil(lambda: not model.busy and model.row_at(0).summary == "Coffee again", timeout=10000)
    # The rows read before are all still there (as many interactions are read again, not rows).
    assert model.rowCount() >= before
    assert {f"lunch {n}" for n in range(6)} <= {model.row_at(r).summary for r in range(model.rowCount())}


def test_an_edited_interaction_changes_in_place_at_once(big: GuiContext, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    event, _threads = hold(monkeypatch, InteractionPages, "page")
    event.set()
    page = shown_interactions(big, qtbot)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).occasion_id is None)
    target = model.row_at(row)
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        big.services.interactions.update(target.id, summary="Asked about the budget")
    assert not model.busy  # no reading of everyone's rows
    assert model.row_at(row).summary == "Asked about the budget"

    # A new interaction is read with the rest, quietly: the table stays usable meanwhile.
    before, total = model.rowCount(), model.total()
    event.clear()
    big.services.interactions.log(target.contact_id, "coffee", big.today(), summary="Coffee again")
    qtbot.waitUntil(lambda: model.busy, timeout=2000)
    assert not page.findChild(ViewLoader).overlay.isVisible()
    assert model.rowCount() == before
    assert model.row_at(row).summary == "Asked about the budget"
    event.set()
    qtbot.waitUntil(lambda: not model.busy and model.row_at(0).summary == "Coffee again", timeout=10000)
    assert model.total() == total + 1
    # As many rows as were shown are read again (a page or more): the last may move to the next page.
    assert model.rowCount() == min(total + 1, max(before, interaction_pages.PAGE_SIZE))
    assert page.count.text() == f"{total + 1} interactions"


def test_the_timeline_chooses_its_default_people_on_the_twin(big: GuiContext, qtbot: QtBot,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    event, threads = hold(monkeypatch, PlannerService, "network")
    timeline = TimelineWidget(big.services, today=big.today)
    qtbot.addWidget(timeline)
    timeline.show()
    assert timeline.loader.busy
    assert timeline.shown_ids() == []
    event.set()
    qtbot.waitUntil(lambda: not timeline.loader.busy, timeout=10000)
    assert timeline.shown_ids() == timeline.default_ids() != []
    assert threads[0].startswith("netplanner-twin")


def test_interactions_of_a_person_show_while_the_names_are_read(big: GuiContext, qtbot: QtBot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    event, _threads = hold(monkeypatch, ContactService, "names")
    page = InteractionsWidget(big)
    qtbot.addWidget(page)
    page.show()
    assert page.people_loader.busy
    person = big.services.interactions.rows()[0].contact_id
    page.set_person(person)
    qtbot.waitUntil(lambda: not page.model.busy, timeout=10000)
    assert page.model.contact_id == person
    assert page.model.rowCount() == len(big.services.interactions.occasions(contact_id=person))
    event.set()
    qtbot.waitUntil(lambda: not page.people_loader.busy, timeout=10000)
    assert page.person_id() == person
    assert page.person.currentText().startswith(big.services.contacts.get(person).name)
