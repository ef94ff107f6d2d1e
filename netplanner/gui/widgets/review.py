"""The guided periodic review: one scrolling page of sections, a checklist and notes, saved with its date.

The material comes from `ReviewService.prepare`; this widget only lays it out. Saving keeps the date,
the notes and the ticked checklist (`ReviewService.record_review`) and emits `reviewRecorded`, so the
Today view can drop its reminder.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain import coverage as dc
from netplanner.domain.errors import NetPlannerError
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.loading import ViewLoader
from netplanner.gui.models.matrix_model import role_labels
from netplanner.gui.widgets.observations import dimension_labels
from netplanner.services.changes import Kind
from netplanner.services.facade import Services
from netplanner.services.review import ReviewData

MAX_LISTED = 12



#: What the review shows: goals and their support, people and their strength, past reviews.
REVIEW_KINDS = frozenset({Kind.GOALS, Kind.LINKS, Kind.PEOPLE, Kind.INTERACTIONS, Kind.SETTINGS,
                          Kind.REVIEWS})

class ReviewWidget(QWidget):
    reviewRecorded = Signal()  # noqa: N815  Qt signal naming

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ctx.services.review
        self.data: ReviewData | None = None
        self.checks: dict[str, QCheckBox] = {}

        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self._new_body()
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("reviewNotes")
        self.notes.setPlaceholderText(self.tr("What did you decide? Whom will you contact next?"))
        self.notes.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Save review"), self)
        self.save_button.setObjectName("saveReviewButton")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.save_button)
        notes_label = QLabel(self.tr("Notes"), self)
        notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)


        self.save_button.clicked.connect(self.save)
        self.refresh_button.clicked.connect(self.refresh)
        self.loader: ViewLoader[ReviewData] = ViewLoader(
            self, ctx.services, self._prepare, self._fill, self._load_failed)
        self.follower = follow(self, ctx.events, REVIEW_KINDS, lambda _changes: self.refresh())
        self.refresh()

    # ------------------------------------------------------------------------------------ content

    def refresh(self) -> None:
        """Prepare the review anew (on the reading twin in a big network)."""
        self.loader.load()

    def _prepare(self, services: Services) -> ReviewData:
        return services.review.prepare(self._ctx.today())

    def _load_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Review"), user_message(error))

    def _fill(self, data: ReviewData) -> None:
        ticked = {key: box.isChecked() for key, box in self.checks.items()}
        self.data = data
        position = self.scroll_area.verticalScrollBar().value()
        self._new_body()
        self.checks = {}
        self._status(data)
        self._section(self.tr("Goals that ended"), self._ended_lines(data),
                      self.tr("No goal has ended since the last review."))
        self._section(self.tr("Goals without support"), [
            c.summary() or c.goal.title for c in data.unsupported],
            self.tr("Every active goal has at least one strong supporter."))
        self._section(self.tr("Dormant ties worth reviving"), self._revive_lines(data),
                      self.tr("No dormant tie stands out."),
                      self.tr("Old ties often give the freshest advice: they know things your current "
                              "circle does not."))
        self._section(self.tr("Dormant people"), self._dormant_lines(data),
                      self.tr("Nobody has gone quiet."), total=len(data.dormant))
        self._section(self.tr("People not observed for a long time"), self._unobserved_lines(data),
                      self.tr("Everyone linked to a goal was observed recently."),
                      self.tr("Does each person's role for the goal still fit? Note what you see now "
                              "(Observations tab of the person)."))
        self._section(self.tr("Assessments that changed a lot"), self._changed_lines(data),
                      self.tr("No assessment changed much since the last review."),
                      self.tr("A score moved by two or more: does the person's role for the goal still fit?"))
        self._section(self.tr("Give and take"), self._balance_lines(data), "")
        self._section(self.tr("Who did I forget?"), self._forget_lines(data), "", data.forget.text)
        self._checklist(data, ticked)
        self.body_layout.addStretch(1)
        self.scroll_area.verticalScrollBar().setValue(position)

    def _new_body(self) -> None:
        """A fresh page of sections; the scroll area deletes the previous one at once (no stale drawing)."""
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)

    def _status(self, data: ReviewData) -> None:
        if data.last_review is None:
            text = self.tr("You have not held a review yet. Take fifteen minutes for one now.")
        elif data.due:
            text = self.tr("Your last review was on {0}; the next one was due on {1}.").format(
                data.last_review.held_on.isoformat(), data.next_due.isoformat())
        else:
            text = self.tr("Your last review was on {0}; the next one is due on {1}.").format(
                data.last_review.held_on.isoformat(), data.next_due.isoformat())
        self.status.setText(text)

    def _section(self, title: str, lines: list[str], empty: str, intro: str = "", *,
                 total: int | None = None) -> QGroupBox:
        """A box of `lines` (at most MAX_LISTED; `total`: how many there are when only the first
        were made into lines)."""
        box = QGroupBox(title, self.body)
        layout = QVBoxLayout(box)
        if intro:
            label = QLabel(intro, box)
            label.setWordWrap(True)
            layout.addWidget(label)
        shown = lines[:MAX_LISTED]
        for line in shown:
            label = QLabel(f"• {line}", box)
            label.setWordWrap(True)
            layout.addWidget(label)
        more = (len(lines) if total is None else total) - len(shown)
        if more > 0:
            layout.addWidget(QLabel(self.tr("… and %n more", "", more), box))
        if not lines and empty:
            layout.addWidget(QLabel(empty, box))
        self.body_layout.addWidget(box)
        return box

    def _ended_lines(self, data: ReviewData) -> list[str]:
        lines = []
        for goal in data.ended_goals:
            status = self.tr("achieved") if goal.status == "achieved" else self.tr("dropped")
            if goal.tied_only_here:
                names = ", ".join(p.name for p in goal.tied_only_here)
                lines.append(self.tr("{0} ({1}). Tied only to it: {2}. Keep in touch now and then, or "
                                     "link them to a current goal.").format(goal.title, status, names))
            else:
                lines.append(self.tr("{0} ({1})").format(goal.title, status))
        return lines

    def _revive_lines(self, data: ReviewData) -> list[str]:
        labels = role_labels()
        lines = []
        for c in data.revive:
            reasons = [self.tr("{0} for {1}").format(labels.get(role, role), title)
                       for title, role in c.linked_goals]
            reasons += [self.tr("knows {0}, useful for {1}").format(", ".join(tags), title)
                        for title, tags in c.expertise_goals]
            if c.shares_knowledge:
                reasons.append(self.tr("shares knowledge readily"))
            last = c.last_contact.isoformat() if c.last_contact else self.tr("never")
            lines.append(self.tr("{0}: {1} (last contact {2})").format(c.name, "; ".join(reasons), last))
        return lines

    def _dormant_lines(self, data: ReviewData) -> list[str]:
        lines = []
        for d in data.dormant[:MAX_LISTED]:  # in a big network tens of thousands: only those shown
            if d.last_contact is None:
                lines.append(self.tr("{0}: marked dormant, never met").format(d.name))
            else:
                lines.append(self.tr("{0}: last contact {1}, strength {2} %").format(
                    d.name, d.last_contact.isoformat(), dc.percent(d.strength)))
        return lines

    def _unobserved_lines(self, data: ReviewData) -> list[str]:
        labels = role_labels()
        lines = []
        for u in data.unobserved:
            roles = ", ".join(self.tr("{0} for {1}").format(labels.get(role, role), goal)
                              for goal, role in u.roles)
            when = (self.tr("last observed {0}").format(u.last_observed.isoformat()) if u.last_observed
                    else self.tr("never observed"))
            lines.append(self.tr("{0}: {1}; {2}").format(u.name, when, roles))
        return lines

    def _changed_lines(self, data: ReviewData) -> list[str]:
        roles, dimensions = role_labels(), dimension_labels()
        lines = []
        for c in data.changed:
            moved = ", ".join(self.tr("{0} {1} → {2}").format(dimensions.get(d, d), before, now)
                              for d, before, now in c.changes)
            goals = ", ".join(self.tr("{0} for {1}").format(roles.get(role, role), goal)
                              for goal, role in c.roles)
            lines.append(self.tr("{0}: {1}; {2}").format(c.name, moved, goals))
        return lines

    def _balance_lines(self, data: ReviewData) -> list[str]:
        b = data.balance
        if b.gave == 0 and b.received == 0:
            return [self.tr("No interactions yet.")]
        if b.balance >= 0:
            overall = self.tr("Lately you gave about as much as, or more than, you received.")
        else:
            overall = self.tr("Lately you received more than you gave.")
        lines = [overall]
        if b.took_more:
            names = ", ".join(e.name for e in b.took_more)
            lines.append(self.tr("Give something back to: {0}").format(names))
        if b.gave_more:
            lines.append(self.tr("Be open to receiving advice from: {0}").format(
                ", ".join(e.name for e in b.gave_more)))
        return lines

    def _forget_lines(self, data: ReviewData) -> list[str]:
        f = data.forget
        lines = [
            self.tr("With %n people here, perhaps %1 more belong in your network.", "", f.network_size)
            .replace("%1", str(f.likely_missing))
            if f.likely_missing
            else self.tr("With %n people here, nobody obvious seems to be missing.", "", f.network_size)
        ]
        lines += [self.tr("Think of {0}").format(hint) for hint in f.hints]
        if f.departments_without_strong_tie:
            departments = ", ".join(f.departments_without_strong_tie)
            lines.append(self.tr("No strong tie yet in: {0}").format(departments))
        return lines

    def _checklist(self, data: ReviewData, ticked: dict[str, bool]) -> None:
        box = QGroupBox(self.tr("Checklist"), self.body)
        box.setObjectName("reviewChecklist")
        form = QFormLayout(box)
        for item in data.checklist:
            check = QCheckBox(item.text, box)
            check.setObjectName(f"check_{item.key}")
            check.setChecked(ticked.get(item.key, False))
            self.checks[item.key] = check
            form.addRow(check)
        self.body_layout.addWidget(box)

    # ------------------------------------------------------------------------------------ saving

    def save(self) -> None:
        try:
            self._service.record_review(
                self.notes.toPlainText(),
                {key: box.isChecked() for key, box in self.checks.items()},
                held_on=self._ctx.today(),
            )
        except NetPlannerError as error:
            QMessageBox.warning(self, self.tr("Review not saved"), user_message(error))
            return
        self.notes.clear()
        for box in self.checks.values():
            box.setChecked(False)
        self.refresh()
        self.follower.forget()  # the refresh just asked for reads the review saved
        self.reviewRecorded.emit()
