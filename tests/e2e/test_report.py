"""The mentoring plan PDF, read back with a real PDF library: content, Swedish letters, page numbers,
private notes, the empty database, the command line and the export dialog."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QUndoStack

from netplanner.domain.model import Direction
from netplanner.gui.context import DataEvents, GuiContext
from netplanner.report import write_plan_pdf
from netplanner.report.strings import CHECKLIST_KEYS, STRINGS
from netplanner.services.facade import Services

pytestmark = pytest.mark.usefixtures("qapp")


def read(path: Path) -> tuple[pypdf.PdfReader, str]:
    """The reader and all text, whitespace folded (a wrapped name reads as one)."""
    reader = pypdf.PdfReader(path)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return reader, text


def active_goals_and_supporters(services: Services) -> tuple[list[str], set[str]]:
    goals = services.goals.all(active_only=True)
    ids = {goal.id for goal in goals}
    names = {link.contact_name for link in services.goals.links() if link.goal_id in ids}
    return [goal.title for goal in goals], names


def test_plan_holds_every_goal_supporter_and_page_number(demo_services: Services, demo_today: dt.date,
                                                         tmp_path: Path) -> None:
    demo_services.settings.set("owner_name", "Åsa Öberg")
    out = tmp_path / "plan.pdf"
    pages = write_plan_pdf(demo_services, out, lang="en", weeks=8, today=demo_today)
    reader, text = read(out)
    assert len(reader.pages) == pages > 3
    titles, names = active_goals_and_supporters(demo_services)
    assert titles
    assert names
    for title in titles:
        assert title in text
    for name in names:
        assert name in text
    assert "Plan of Åsa Öberg" in text
    assert "Learn Spanish" not in text  # a dropped goal is not in the plan
    for page in range(2, pages + 1):
        assert f"Page {page} of {pages}" in text
    for key in ("s_schedule", "s_owed", "s_balance", "s_health", "s_checklist", *CHECKLIST_KEYS):
        assert " ".join(STRINGS["en"][key].split()) in text


def _fonts(reader: pypdf.PdfReader) -> list[Any]:
    fonts: dict[str, Any] = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            fonts[str(font["/BaseFont"])] = font
    return list(fonts.values())


def test_swedish_letters_are_intact_and_the_font_is_embedded(demo_services: Services, demo_today: dt.date,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    pages = write_plan_pdf(demo_services, out, lang="sv", weeks=4, today=demo_today)
    reader, text = read(out)
    for phrase in ("Mentorskapsplan", "Mål och personerna som stöttar dem", "Åsa Nyström", "Per Öberg",
                   "Vad jag vill lära mig", "Checklista för genomgången", "Uppföljningar och tack",
                   "Ge och ta", f"Sida 2 av {pages}"):
        assert phrase in text
    _, names = active_goals_and_supporters(demo_services)
    assert {letter for name in names for letter in "åäöÅÄÖ" if letter in name} >= set("åöÅÖ")
    for name in names:
        assert name in text
    fonts = _fonts(reader)
    assert fonts
    for font in fonts:
        assert "DejaVu" in str(font["/BaseFont"])
        assert "/ToUnicode" in font
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # embedded TrueType


def test_chart_is_vector_not_an_image(demo_services: Services, demo_today: dt.date, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_plan_pdf(demo_services, out, lang="en", today=demo_today)
    reader, text = read(out)
    assert "Relationship strength" in text
    assert "today" in text  # the chart's own label, drawn as text
    assert all(not page.images for page in reader.pages)


@pytest.fixture
def secrets(demo_services: Services, demo_today: dt.date) -> dict[str, str]:
    """Private notes of every kind on a person who supports an active goal."""
    active = {goal.id for goal in demo_services.goals.all(active_only=True)}
    link = next(link for link in demo_services.goals.links() if link.goal_id in active)
    demo_services.contacts.update(link.contact_id, notes="Private: going through a divorce")
    question = demo_services.questions.add(link.contact_id, "How do you plan your week?")
    demo_services.questions.update(question.id, asked=True, answer="Answer: blocks Friday afternoons")
    demo_services.interactions.log(
        link.contact_id, "coffee", demo_today - dt.timedelta(days=2), direction=Direction.RECEIVED.value,
        summary="Coffee about planning", notes="Interaction note: worried about reorganisation",
        follow_up_on=demo_today + dt.timedelta(days=3))
    return {"contact": "going through a divorce", "answer": "blocks Friday afternoons",
            "interaction": "worried about reorganisation"}


def test_private_notes_only_when_asked(demo_services: Services, demo_today: dt.date, tmp_path: Path,
                                       secrets: dict[str, str]) -> None:
    plain, private = tmp_path / "plain.pdf", tmp_path / "private.pdf"
    write_plan_pdf(demo_services, plain, lang="en", today=demo_today)
    write_plan_pdf(demo_services, private, lang="en", today=demo_today, include_private=True)
    _, plain_text = read(plain)
    _, private_text = read(private)
    assert "Coffee about planning" in plain_text  # the summary is no private note
    for secret in secrets.values():
        assert secret not in plain_text
        assert secret in private_text
    assert STRINGS["en"]["private_included"] in private_text
    assert STRINGS["en"]["private_included"] not in plain_text


def test_empty_database_gives_a_short_useful_document(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    steps: list[float] = []
    pages = write_plan_pdf(services, out, lang="en", weeks=4, today=dt.date(2026, 11, 16),
                           progress=lambda fraction, _text: steps.append(fraction))
    reader, text = read(out)
    assert 2 <= len(reader.pages) == pages <= 4
    assert "My mentoring plan" in text
    assert "No active goals yet" in text
    assert "Nothing to plan for these weeks" in text
    assert "No follow-ups are waiting" in text
    assert STRINGS["en"]["check_4"] in text
    assert f"Page 2 of {pages}" in text
    assert steps == sorted(steps)
    assert steps[-1] == 1.0


def test_both_languages_have_the_same_words() -> None:
    assert set(STRINGS["en"]) == set(STRINGS["sv"])
    for key, text in STRINGS["en"].items():
        fields = {part.split("}")[0] for part in text.split("{")[1:]}
        assert fields == {part.split("}")[0] for part in STRINGS["sv"][key].split("{")[1:]}, key


def test_unwritable_file_is_a_clear_error(demo_services: Services, demo_today: dt.date,
                                          tmp_path: Path) -> None:
    from netplanner.domain.errors import NetPlannerError

    with pytest.raises(NetPlannerError, match="Could not write"):
        write_plan_pdf(demo_services, tmp_path / "missing" / "plan.pdf", today=demo_today)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETPLANNER_")}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command must go offscreen by itself
    env["NETPLANNER_DATA_DIR"] = str(cwd / "data")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["NETPLANNER_PASSPHRASE"] = "report passphrase"
    return subprocess.run([sys.executable, "-m", "netplanner.cli", "--db", "x.db", *args],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120, check=False)


def test_cli_writes_the_file(tmp_path: Path) -> None:
    assert _cli("demo", cwd=tmp_path).returncode == 0
    result = _cli("report", "plan.pdf", "--lang", "sv", "--weeks", "4", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "plan.pdf" in result.stdout
    _, text = read(tmp_path / "plan.pdf")
    assert "Mentorskapsplan" in text
    assert "Sida 2 av" in text
    bad = _cli("report", "plan.txt", cwd=tmp_path)
    assert bad.returncode == 1
    assert "PDF" in bad.stderr


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the note after export
def test_export_dialog_writes_the_plan(qtbot: Any, demo_services: Services, demo_today: dt.date,
                                       tmp_path: Path) -> None:
    from netplanner.gui.dialogs.export_report import ExportReportDialog

    ctx = GuiContext(services=demo_services, events=DataEvents(), undo_stack=QUndoStack(),
                     today=lambda: demo_today)
    dialog = ExportReportDialog(ctx, open_url=lambda _url: None)
    qtbot.addWidget(dialog)
    assert not dialog.private.isChecked()  # private notes are off by default
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.weeks.setValue(3)
    dialog.path.setText(str(tmp_path / "from-dialog"))
    with qtbot.waitSignal(ctx.events.changed, timeout=5000):
        assert dialog.export()
    assert dialog.written == tmp_path / "from-dialog.pdf"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.notice is not None
    qtbot.addWidget(dialog.notice)
    _, text = read(tmp_path / "from-dialog.pdf")
    assert "Kontaktplan" in text
