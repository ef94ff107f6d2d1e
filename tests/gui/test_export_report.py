"""File > Export mentoring plan: the default folder, the file label, and the note after writing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.export_report import ExportReportDialog
from netplanner.gui.i18n import install_translators, uninstall_translators


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user's home folder: no Documents folder (and no XDG user-dirs file)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def _dialog(qtbot: QtBot, ctx: GuiContext, opened: list[QUrl] | None = None) -> ExportReportDialog:
    dialog = ExportReportDialog(ctx, open_url=(opened if opened is not None else []).append)
    qtbot.addWidget(dialog)
    return dialog


def test_without_a_documents_folder_the_plan_goes_to_home_and_no_folder_is_made(
        qtbot: QtBot, demo_ctx: GuiContext, home: Path) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    default = Path(dialog.path.text())
    assert default.parent == home
    assert default.name == f"mentoring-plan-{demo_ctx.today().isoformat()}.pdf"
    assert dialog.export()
    assert dialog.notice is not None
    qtbot.addWidget(dialog.notice)
    assert default.is_file()
    assert not (home / "Documents").exists()


def test_an_existing_documents_folder_is_the_default(qtbot: QtBot, demo_ctx: GuiContext, home: Path) -> None:
    (home / "Documents").mkdir()
    assert Path(_dialog(qtbot, demo_ctx).path.text()).parent == home / "Documents"


def test_the_file_label_has_an_accelerator_not_a_literal_ampersand(qtbot: QtBot,
                                                                   demo_ctx: GuiContext) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
              if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    file_label = next(label for label in labels if isinstance(label, QLabel) and "File" in label.text())
    # A QLabel shows "&" as an underlined accelerator only when it has a buddy; Alt+F then goes there.
    assert file_label.buddy() is dialog.path


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")  # the plural forms ("1 page", "2 pages")
    yield
    uninstall_translators(qapp)


@pytest.mark.usefixtures("english")
def test_after_export_a_note_says_where_it_went_and_opens_it(qtbot: QtBot, demo_ctx: GuiContext,
                                                              tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = _dialog(qtbot, demo_ctx, opened)
    dialog.path.setText(str(tmp_path / "out" / "plan"))
    (tmp_path / "out").mkdir()
    assert dialog.export()
    target = tmp_path / "out" / "plan.pdf"
    notice = dialog.notice
    assert isinstance(notice, QMessageBox)  # it closes (and goes) once a button is clicked
    assert notice.isVisible()
    assert notice.informativeText() == str(target)
    assert dialog.pages > 1
    assert notice.text() == f"The mentoring plan ({dialog.pages} pages) was saved as:"
    assert opened == []  # nothing opens by itself
    open_file = notice.findChild(QPushButton, "openReport")
    assert open_file is not None
    open_file.click()
    assert opened == [QUrl.fromLocalFile(str(target))]
    notice_again = _dialog(qtbot, demo_ctx, opened)
    notice_again.path.setText(str(target))
    assert notice_again.export()
    assert notice_again.notice is not None
    folder = notice_again.notice.findChild(QPushButton, "openReportFolder")
    assert folder is not None
    folder.click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path / "out"))
