"""The import wizard's page for an org chart (issue 14): what the file holds, then the import of the people
and their reporting lines in one transaction (undone like any import: by the Trash and the ties' tab)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget, QWizardPage

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.errors import user_message
from netplanner.interop.orgchart import OrgChart
from netplanner.services.facade import Services
from netplanner.services.orgchart import OrgChartResult, OrgChartService


def orgchart_label() -> str:
    return QCoreApplication.translate("ImportWizard", "Org chart (CSV: name or e-mail, and manager)")


class OrgChartPage(QWizardPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.chart: OrgChart | None = None
        self.filename = ""
        self.result: OrgChartResult | None = None
        self.setTitle(self.tr("Import an org chart"))
        self.setSubTitle(self.tr("The people it names (matched by e-mail, then by name; the others are "
                                 "added) and a “reports to” tie from each to their manager."))
        self.summary = QLabel()
        self.summary.setObjectName("orgchartSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("orgchartProblems")
        self.problems.setAccessibleName(self.tr("Rows left out"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        self.setFinalPage(True)  # Finish imports

    def set_chart(self, chart: OrgChart, filename: str) -> None:
        self.chart, self.filename, self.result = chart, filename, None

    def initializePage(self) -> None:
        assert self.chart is not None
        managed = sum(1 for row in self.chart.rows if row.manager)
        self.summary.setText(self.tr("%1 people, %2 of them with a manager. Rows left out: %3.")
                             .replace("%1", str(len(self.chart.rows))).replace("%2", str(managed))
                             .replace("%3", str(len(self.chart.skipped))))
        self.problems.clear()
        for problem in self.chart.skipped:
            self.problems.addItem(user_message(problem))

    def validatePage(self) -> bool:
        assert self.chart is not None
        try:
            self.result = OrgChartService(self.services.db).import_chart(self.chart, self.filename)
        except NetPlannerError as exc:
            self.summary.setText(user_message(exc))
            return False
        self.summary.setText(self.tr("Imported: %1 people added, %2 already there, %3 reporting lines.")
                             .replace("%1", str(self.result.added)).replace("%2", str(self.result.matched))
                             .replace("%3", str(self.result.ties)))
        return True

    def nextId(self) -> int:
        return -1
