"""Search everything: the FTS5 index (migration 0002) kept current by triggers, and the dialog."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.search import SearchDialog
from netplanner.services.facade import Services
from netplanner.services.search import SearchService, fold, fts_query, is_search_table
from netplanner.storage.orm import Base


def test_finds_people_by_any_field_and_by_what_was_said(demo_services: Services) -> None:
    search = SearchService(demo_services.db)
    assert {hit.name for hit in search.search("oberg")} >= {"Per Öberg"}  # accents do not matter
    assert any(hit.field == "can_offer" for hit in search.search("slides"))
    summary = demo_services.interactions.rows()[0]
    word = max(summary.summary.split(), key=len).strip(",.:")
    assert any(h.field == "summary" and h.contact_id == summary.contact_id for h in search.search(word))
    hit = search.search("oberg")[0]
    assert "[" in hit.snippet
    assert "]" in hit.snippet


def test_the_index_follows_every_change(services: Services) -> None:
    search = SearchService(services.db)
    person = services.contacts.add(name="Zoë Ångström", notes="Knows quantum cryptography")
    assert [h.field for h in search.search("quantum")] == ["notes"]
    services.contacts.update(person.id, notes="Now into gardening")
    assert search.search("quantum") == []
    assert search.search("garden")[0].contact_id == person.id
    question = services.questions.add(person.id, "How do you pick conference talks?")
    assert search.search("conference")[0].field == "question"
    services.questions.update(question.id, answer="She reads the abstracts twice")
    assert search.search("abstracts")[0].field == "answer"
    logged = services.interactions.log(person.id, "lunch", summary="Discussed the hackathon")
    assert search.search("hackathon")[0].field == "summary"
    services.interactions.delete(logged.id)
    assert search.search("hackathon") == []
    services.contacts.trash([person.id])
    assert search.search("zoe") == []  # people in the Trash are not found
    services.contacts.restore([person.id])
    assert search.search("zoe")[0].field == "name"
    services.contacts.trash([person.id])
    services.contacts.empty_trash()
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar() == 0


def test_query_text_is_made_safe() -> None:
    assert fts_query('AND "OR" NEAR(') == '"AND"* "OR"* "NEAR"*'
    assert fts_query("   ") == ""


def test_search_of_odd_text_does_not_fail(services: Services) -> None:
    search = SearchService(services.db)
    services.contacts.add(name="Ann O'Neil")
    assert search.search("o'neil")[0].name == "Ann O'Neil"
    assert search.search('"*)(') == []


def test_orm_and_migrations_agree_apart_from_the_search_index(services: Services) -> None:
    with services.db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, _parents: (
                    not (type_ == "table" and is_search_table(name))
                ),
            },
        )
        assert compare_metadata(context, Base.metadata) == []
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "search_index" in tables


def test_search_dialog_opens_the_person(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    dialog = SearchDialog(demo_ctx)
    qtbot.addWidget(dialog)
    opened: list[int] = []
    demo_ctx.events.showContact.connect(opened.append)
    qtbot.keyClicks(dialog.field, "slides")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert dialog.model.data(dialog.model.index(0, 2)) == "What I can offer"
    qtbot.keyClick(dialog.field, "\r")
    assert opened
    assert opened[0] == dialog.model.row_at(0).contact_id


def test_goals_are_searched_and_snippets_keep_the_matched_word(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    """Regression: "confident" found nothing although a goal is "Speak confidently at the all-hands"; a long
    note's snippet started a dozen words before the match, so the cell's right edge cut the word."""
    services = demo_ctx.services
    hits = services.search.search("confident")
    goal = next(h for h in hits if h.is_goal)
    assert goal.name == "Speak confidently at the all-hands"
    assert goal.field == "goal_title"
    assert goal.snippet == "Speak [confidently] at the all-hands"
    added = services.goals.add(title="Mentor juniors", why="Grow the team's quiet experts")
    assert any(h.goal_id == added.id and h.field == "goal_why" for h in services.search.search("quiet"))
    services.goals.update(added.id, why="Something else")
    assert not any(h.goal_id == added.id for h in services.search.search("quiet"))
    person = services.contacts.add(name="Long Note", notes=(
        "We met at the conference in Gothenburg where she told me about her years as a project lead in "
        "the energy sector, and then how she became confident speaking to large audiences."))
    note = next(h for h in services.search.search("confident") if h.contact_id == person.id)
    assert note.snippet.startswith("…how she became [confident]")
    assert person.id in services.search.people("confident")
    assert not any(i <= 0 for i in services.search.people("confident"))

    dialog = SearchDialog(demo_ctx)
    qtbot.addWidget(dialog)
    wanted: list[int] = []
    dialog.goalRequested.connect(wanted.append)
    qtbot.keyClicks(dialog.field, "all-hands")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).is_goal)
    assert dialog.model.data(dialog.model.index(row, 2)) == "Goal"
    dialog.open_hit(dialog.model.index(row, 0))
    assert wanted == [goal.goal_id]


def test_fold_is_the_index_folding() -> None:
    assert fold("Björn Öberg") == "bjorn oberg"
    assert fold("ÅSA Ärla") == "asa arla"
