"""One object holding every service on one open database: what the CLI and the GUI are given."""

from __future__ import annotations

from netplanner.services.contacts import ContactService
from netplanner.services.coverage import CoverageService
from netplanner.services.exporting import ExportService
from netplanner.services.goals import GoalService
from netplanner.services.importing import ImportService
from netplanner.services.interactions import InteractionService
from netplanner.services.planner import PlannerService
from netplanner.services.projects import ProjectService
from netplanner.services.questions import QuestionService
from netplanner.services.review import ReviewService
from netplanner.services.settings import SettingsService
from netplanner.services.strength import StrengthService
from netplanner.storage.db import Database


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.contacts = ContactService(db)
        self.goals = GoalService(db)
        self.interactions = InteractionService(db)
        self.questions = QuestionService(db)
        self.settings = SettingsService(db)
        self.projects = ProjectService(db)
        self.strength = StrengthService(db)
        self.coverage = CoverageService(db)
        self.review = ReviewService(db)
        self.planner = PlannerService(db)
        self.importing = ImportService(db)
        self.exporting = ExportService(db)

    def close(self) -> None:
        self.db.close()
