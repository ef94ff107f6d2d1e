"""One object holding every service on one open database: what the CLI and the GUI are given.

It owns the clock (`today()`), the change bus every write announces itself on, and one instance of each
service, wired to share the computed values (strength, coverage, the planner's network) per version of
the data: build services through it, never from `services.db`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from netplanner.services.changes import ChangeBus, ChangeTracker
from netplanner.services.contacts import ContactService
from netplanner.services.goals import GoalService
from netplanner.services.interactions import InteractionService
from netplanner.services.observations import ObservationService
from netplanner.services.questions import QuestionService
from netplanner.services.settings import SettingsService
from netplanner.services.strength import StrengthService
from netplanner.services.ties import TieService
from netplanner.storage.db import Database

if TYPE_CHECKING:
    from netplanner.services.agenda import AgendaService
    from netplanner.services.coverage import CoverageService
    from netplanner.services.duplicates import DuplicateService
    from netplanner.services.exporting import ExportService
    from netplanner.services.importing import ImportService
    from netplanner.services.interaction_pages import InteractionPages
    from netplanner.services.json_transfer import JsonTransfer
    from netplanner.services.merging import MergeService
    from netplanner.services.network_analysis import NetworkAnalysisService
    from netplanner.services.planner import PlannerService
    from netplanner.services.projects import ProjectService
    from netplanner.services.review import ReviewService
    from netplanner.services.search import SearchService
    from netplanner.services.twin import ReadingTwin


#: From this many people, the first strength snapshot takes over 50 ms and is built on a worker.
PREFETCH_PEOPLE = 5_000


class Services:
    def __init__(self, db: Database, clock: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.clock = clock
        self.bus = ChangeBus()
        self._tracker = ChangeTracker(db.sessions, self.bus)
        self.contacts = ContactService(db, self.bus)
        self.goals = GoalService(db)
        self.interactions = InteractionService(db)
        self.questions = QuestionService(db)
        self.settings = SettingsService(db)
        self.ties = TieService(db)
        self.observations = ObservationService(db, self.today)
        self.strength = StrengthService(db, self.settings, self.bus, self.today)

    # The services the first view does not need load when first used (the People table of a start needs
    # none of them); each is still one instance per database.
    @functools.cached_property
    def projects(self) -> ProjectService:
        from netplanner.services.projects import ProjectService  # noqa: PLC0415

        return ProjectService(self.db, self.interactions)

    @functools.cached_property
    def interaction_pages(self) -> InteractionPages:
        from netplanner.services.interaction_pages import InteractionPages  # noqa: PLC0415

        return InteractionPages(self.db)

    @functools.cached_property
    def merging(self) -> MergeService:
        from netplanner.services.merging import MergeService  # noqa: PLC0415

        return MergeService(self.db)

    @functools.cached_property
    def duplicates(self) -> DuplicateService:
        from netplanner.services.duplicates import DuplicateService  # noqa: PLC0415

        return DuplicateService(self.db)

    @functools.cached_property
    def coverage(self) -> CoverageService:
        from netplanner.services.coverage import CoverageService  # noqa: PLC0415

        return CoverageService(self.db, self.strength, self.bus)

    @functools.cached_property
    def review(self) -> ReviewService:
        from netplanner.services.review import ReviewService  # noqa: PLC0415

        return ReviewService(self.db, self.coverage, self.settings, self.observations)

    @functools.cached_property
    def planner(self) -> PlannerService:
        from netplanner.services.planner import PlannerService  # noqa: PLC0415

        return PlannerService(self.db, self.settings, self.strength, self.goals, self.bus,
                              self.observations, self.projects, ties=self.ties, contacts=self.contacts)

    @functools.cached_property
    def search(self) -> SearchService:
        from netplanner.services.search import SearchService  # noqa: PLC0415

        return SearchService(self.db)

    @functools.cached_property
    def agenda(self) -> AgendaService:
        from netplanner.services.agenda import AgendaService  # noqa: PLC0415

        return AgendaService(self.planner, self.review)

    # The file formats (vobject, csv dialects) load when an import or export is first asked for.
    @functools.cached_property
    def importing(self) -> ImportService:
        from netplanner.services.importing import ImportService  # noqa: PLC0415

        return ImportService(self.db)

    @functools.cached_property
    def exporting(self) -> ExportService:
        from netplanner.services.exporting import ExportService  # noqa: PLC0415

        return ExportService(self.db, self.strength)

    @functools.cached_property
    def json(self) -> JsonTransfer:
        """Everything as one JSON file and back (issue 15)."""
        from netplanner.services.json_transfer import JsonTransfer  # noqa: PLC0415

        return JsonTransfer(self.db)

    # networkx loads when the network is first analysed (the map, the brokers, the planner's introductions).
    @functools.cached_property
    def network_analysis(self) -> NetworkAnalysisService:
        from netplanner.services.network_analysis import NetworkAnalysisService  # noqa: PLC0415

        return NetworkAnalysisService(self.db, self.strength, self.ties, self.bus)

    @functools.cached_property
    def twin(self) -> ReadingTwin:
        """The services of a worker thread over a read-only connection, for the long reads of big
        networks (see services.twin)."""
        from netplanner.services.twin import ReadingTwin  # noqa: PLC0415

        return ReadingTwin(self)

    def is_large(self) -> bool:
        """Whether the network is big enough for its views' first loads to take a while (from
        PREFETCH_PEOPLE people); such loads run on the twin."""
        return self.contacts.count() >= PREFETCH_PEOPLE

    def prefetch(self) -> bool:
        """In a network big enough for it to take a while, start building everyone's strength on a
        worker thread, so the window shows before it is done (see services.prefetch). True if started."""
        if not self.is_large():
            return False
        self.strength.prefetch(self.today())
        return True

    def today(self) -> dt.date:
        """The day the app lives in (the real one, or the one a test or the screenshots chose)."""
        return self.clock()

    def close(self) -> None:
        if "twin" in self.__dict__:
            self.twin.close()
        self.db.close()
