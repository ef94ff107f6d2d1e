"""The import wizard: detection and preview of a LinkedIn file, a duplicate decision, generic CSV
mapping, and the import itself with progress; the preview model passes qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netplanner.gui.dialogs import import_wizard
from netplanner.gui.dialogs.import_wizard import PAGE_DUPLICATES, PAGE_MAPPING, PAGE_PREVIEW, ImportWizard
from netplanner.gui.i18n import install_translators, uninstall_translators
from netplanner.services.facade import Services

from ..interop.test_csv_formats import LINKEDIN


def test_linkedin_import_with_a_duplicate_decision(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, tmp_path: Path
) -> None:
    existing = services.contacts.add(name="Anna Bergh", organisation="Acme, Inc.")
    path = tmp_path / "Connections.csv"
    path.write_bytes(LINKEDIN)
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.restart()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.format == "linkedin"
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "Anna Berg"
    assert model.index(0, 5).data() == "Anna Bergh"
    assert "LinkedIn" in wizard.preview_page.summary.text()

    wizard.next()
    assert wizard.currentId() == PAGE_DUPLICATES
    combo = wizard.duplicates_page.choices[0]
    combo.setCurrentIndex(combo.findData(existing.id))
    wizard.next()
    result = wizard.progress_page.result
    assert result is not None
    assert (result.added, result.updated) == (1, 1)
    assert wizard.progress_page.bar.value() == wizard.progress_page.bar.maximum()
    assert services.contacts.get(existing.id).linkedin_url == "https://www.linkedin.com/in/annaberg"
    assert services.contacts.count() == 2


def test_generic_csv_goes_through_the_mapping_page(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("who,where\nGustav Lind,Klarna\n", encoding="utf-8")
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert not wizard.mapping_page.isComplete()
    name = wizard.mapping_page.combos["name"]
    name.setCurrentIndex(name.findData("who"))
    org = wizard.mapping_page.combos["organisation"]
    org.setCurrentIndex(org.findData("where"))
    assert wizard.mapping_page.isComplete()
    wizard.next()
    assert wizard.preview_page.model.index(0, 2).data() == "Klarna"
    wizard.next()
    assert wizard.progress_page.result is not None
    assert services.contacts.find("Gustav Lind").organisation == "Klarna"


def test_bad_file_shows_the_error_and_stays(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "cut.vcf"
    path.write_bytes(b"BEGIN:VCARD\nFN:A\n")
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    assert "cut.vcf, line 1" in wizard.preview_page.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert services.contacts.count() == 0


def test_cancel_during_import_leaves_nothing(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    rows = "\n".join(f"P{i},Q,https://www.linkedin.com/in/p{i},,Org,Dev,1 Jan 2024" for i in range(5000))
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows)
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.progress_page
    page.bar.valueChanged.connect(lambda _value: wizard.reject())  # Cancel pressed during the import
    wizard.next()
    assert page.result is not None
    assert page.result.cancelled
    assert services.contacts.count() == 0
    assert "nothing was changed" in page.status.text()


def test_a_failed_import_shows_the_error_and_cancel_closes_the_wizard(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """Regression: an import error escaped run(), and Cancel only asked an import that had already
    ended to stop, so the modal wizard could not be closed."""
    services.contacts.add(name="Anna Bergh", organisation="Acme, Inc.")
    path = tmp_path / "Connections.csv"
    path.write_bytes(LINKEDIN)
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    wizard.restart()
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_DUPLICATES
    combo = wizard.duplicates_page.choices[0]
    combo.addItem("Someone deleted meanwhile", 999_999)  # the merge target is gone
    combo.setCurrentIndex(combo.count() - 1)
    wizard.next()
    page = wizard.progress_page
    assert page.result is None
    assert page.error is not None
    assert "999999" in page.error
    assert "nothing was changed" in page.status.text()
    assert page.error in page.status.text()
    assert not page.cancel_button.isEnabled()
    assert imported == []
    assert services.contacts.count() == 1
    wizard.reject()  # the wizard's Cancel
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_one_bad_date_leaves_out_that_row_and_the_preview_lists_it(
    qtbot: QtBot, qapp: QApplication, services: Services, tmp_path: Path
) -> None:
    rows = [f"P{i},Q,https://www.linkedin.com/in/p{i},,Org,Dev,1 Jan 2024" for i in range(499)]
    rows.append("Bad,Date,https://www.linkedin.com/in/bad,,Org,Dev,31 Feb 2024")
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On,Birthday\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")  # fmt: skip
    install_translators(qapp, "en")  # English plural forms ("1 card or row")
    try:
        wizard = ImportWizard(services)
        qtbot.addWidget(wizard)
        wizard.restart()
        wizard.file_page.path_edit.setText(str(path))
        wizard.next()
    finally:
        uninstall_translators(qapp)
    page = wizard.preview_page
    assert page.model.rowCount() == 499
    listed = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert listed == [
        "Left out: Connections.csv, line 501: 'Connected On' is not a date: '31 Feb 2024' "
        "(expected e.g. 12 Mar 2024)",
        "Columns not imported (no field takes them): Birthday",
    ]
    assert page.problems_label.text().startswith("1 card or row cannot be read")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.progress_page.result is not None
    assert services.contacts.count() == 499


def big_linkedin_file_previewed(qtbot: QtBot, services: Services, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> ImportWizard:
    """The wizard on its preview page for a LinkedIn file that counts as big (read on a worker)."""
    monkeypatch.setattr(import_wizard, "BACKGROUND_PARSE_BYTES", 1)  # every file counts as big
    path = tmp_path / "Connections.csv"
    path.write_bytes(LINKEDIN)
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    return wizard


def test_a_big_file_is_read_on_a_worker_while_the_wizard_answers(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = big_linkedin_file_previewed(qtbot, services, tmp_path, monkeypatch)
    page = wizard.preview_page
    assert wizard.currentId() == PAGE_PREVIEW
    assert page.reading()
    assert page.summary.text() == "Reading Connections.csv…"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: not page.reading(), timeout=5000)
    assert page.model.rowCount() == 2
    assert "LinkedIn" in page.summary.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_worker_that_fails_says_why_instead_of_reading_on(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise OSError(5, "Input/output error", "Connections.csv")

    monkeypatch.setattr(import_wizard, "parse_contacts", broken)
    wizard = big_linkedin_file_previewed(qtbot, services, tmp_path, monkeypatch)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: not page.reading(), timeout=5000)
    assert page.summary.text() == (
        "This file cannot be imported: Input/output error: Connections.csv")
    assert page.model.rowCount() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
