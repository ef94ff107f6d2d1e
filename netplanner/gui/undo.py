"""Every undoable change of the app, in one place: each QUndoCommand calls the services, which announce
what they changed themselves (one batch per step, so the views refresh once).

A command does its work once in `run()` before it is pushed, so a refused value (ValidationError) reaches
the caller and nothing lands on the undo stack; QUndoStack's first call of redo() then only notifies.
Undo of an add moves the new person to the Trash (nothing is ever silently destroyed); goals,
interactions and questions come back with their old ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import ASSESSMENT_FIELDS
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message

#: Shows an error that happened during undo or redo (the main window sets it to a message box).
ErrorReporter = Callable[[str], None]
_reporter: list[ErrorReporter] = []


def set_error_reporter(reporter: ErrorReporter | None) -> None:
    _reporter.clear()
    if reporter is not None:
        _reporter.append(reporter)


def run(ctx: GuiContext, command: ServiceCommand) -> ServiceCommand:
    """Do the change now (raising NetPlannerError if refused), then put it on the undo stack."""
    with ctx.services.bus.batch():
        command.do()
    ctx.undo_stack.push(command)
    return command


class ServiceCommand(QUndoCommand):
    """Base: subclasses implement do() and reverse()."""

    def __init__(self, ctx: GuiContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False

    def do(self) -> None:
        raise NotImplementedError

    def reverse(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._pushed:
            self._guarded(self.do)
        self._pushed = True

    def undo(self) -> None:
        self._guarded(self.reverse)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            with self.ctx.services.bus.batch():
                action()
        except NetPlannerError as exc:
            # Raised from inside Qt's undo stack: nobody up the stack could catch it, so report it here.
            for report in _reporter:
                report(user_message(exc))
            self.setObsolete(True)


# ---- people ---------------------------------------------------------------------------------------


class EditContactCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, contact_id: int, changes: dict[str, Any], name: str = "") -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("Commands", "Edit %1").replace(
                "%1", name or QCoreApplication.translate("Commands", "person")
            ),
        )
        self.contact_id = contact_id
        self.new = dict(changes)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.ctx.services.contacts.update(self.contact_id, **self.new)

    def reverse(self) -> None:
        self.ctx.services.contacts.update(self.contact_id, **self.old)


class AddContactCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, fields: dict[str, Any]) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Add %1").replace("%1", str(fields.get("name", "")))
        )
        self.fields = dict(fields)
        self.contact_id: int | None = None

    def do(self) -> None:
        if self.contact_id is None:
            self.contact_id = self.ctx.services.contacts.add(**self.fields).id
        else:
            self.ctx.services.contacts.restore([self.contact_id])

    def reverse(self) -> None:
        assert self.contact_id is not None
        self.ctx.services.contacts.trash([self.contact_id])


class TrashContactsCommand(ServiceCommand):
    """Move people to the Trash (their interactions, links and questions stay with them)."""


    def __init__(self, ctx: GuiContext, contact_ids: Sequence[int], text: str = "") -> None:
        super().__init__(ctx, text or QCoreApplication.translate("Commands", "Move to Trash"))
        self.contact_ids = list(contact_ids)

    def do(self) -> None:
        self.ctx.services.contacts.trash(self.contact_ids)

    def reverse(self) -> None:
        self.ctx.services.contacts.restore(self.contact_ids)


class RestoreContactsCommand(TrashContactsCommand):
    def __init__(self, ctx: GuiContext, contact_ids: Sequence[int]) -> None:
        super().__init__(ctx, contact_ids, QCoreApplication.translate("Commands", "Restore from Trash"))

    def do(self) -> None:
        self.ctx.services.contacts.restore(self.contact_ids)

    def reverse(self) -> None:
        self.ctx.services.contacts.trash(self.contact_ids)


# ---- goals ----------------------------------------------------------------------------------------


class AddGoalCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, fields: dict[str, Any]) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("Commands", "Add goal %1").replace("%1", str(fields.get("title", ""))),
        )
        self.fields = dict(fields)
        self.goal_id: int | None = None
        self._snapshot: tuple[dict[str, Any], list[dict[str, Any]]] | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.goal_id = self.ctx.services.goals.add(**self.fields).id
        else:
            self.ctx.services.goals.undelete(*self._snapshot)

    def reverse(self) -> None:
        assert self.goal_id is not None
        self._snapshot = self.ctx.services.goals.delete(self.goal_id)


class EditGoalCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, goal_id: int, changes: dict[str, Any], title: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit goal %1").replace("%1", title))
        self.goal_id = goal_id
        self.new = dict(changes)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.ctx.services.goals.update(self.goal_id, **self.new)

    def reverse(self) -> None:
        self.ctx.services.goals.update(self.goal_id, **self.old)


class DeleteGoalCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, goal_id: int, title: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete goal %1").replace("%1", title))
        self.goal_id = goal_id
        self._snapshot: tuple[dict[str, Any], list[dict[str, Any]]] | None = None
        self._interactions: list[int] = []

    def do(self) -> None:
        # Interactions that served the goal lose the reference (SET NULL); remember them for undo.
        self._interactions = self.ctx.services.interactions.ids_for_goal(self.goal_id)
        self._snapshot = self.ctx.services.goals.delete(self.goal_id)

    def reverse(self) -> None:
        assert self._snapshot is not None
        self.ctx.services.goals.undelete(*self._snapshot)
        for interaction_id in self._interactions:
            self.ctx.services.interactions.update(interaction_id, goal_id=self.goal_id)


# ---- interactions ---------------------------------------------------------------------------------


class LogInteractionCommand(ServiceCommand):

    def __init__(
        self,
        ctx: GuiContext,
        contact_id: int,
        kind: str,
        occurred_on: dt.date,
        fields: dict[str, Any] | None = None,
        name: str = "",
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Log interaction with %1").replace("%1", name)
        )
        self.contact_id, self.kind, self.occurred_on = contact_id, kind, occurred_on
        self.fields = dict(fields or {})
        self.interaction_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.interaction_id = self.ctx.services.interactions.log(
                self.contact_id, self.kind, self.occurred_on, **self.fields
            ).id
        else:
            self.ctx.services.interactions.undelete(self._snapshot)

    def reverse(self) -> None:
        assert self.interaction_id is not None
        self._snapshot = self.ctx.services.interactions.delete(self.interaction_id)


class EditInteractionCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, interaction_id: int, changes: dict[str, Any]) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit interaction"))
        self.interaction_id = interaction_id
        self.new = dict(changes)
        self.old: dict[str, Any] = {}

        self.old_rows: dict[int, dict[str, Any]] = {}

    def do(self) -> None:
        # Every row of the occasion (a lunch with three is one entry), in one transaction.
        self.old_rows = self.ctx.services.interactions.update_occasion(self.interaction_id, **self.new)
        self.old = self.old_rows.get(self.interaction_id, {})

    def reverse(self) -> None:
        self.ctx.services.interactions.restore_fields(self.old_rows)


class DeleteInteractionCommand(ServiceCommand):
    """Delete an interaction with everyone at its occasion; undo puts every row back with its id."""

    def __init__(self, ctx: GuiContext, interaction_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete interaction"))
        self.interaction_id = interaction_id
        self._snapshots: list[dict[str, Any]] | None = None

    def do(self) -> None:
        self._snapshots = self.ctx.services.interactions.delete_occasion(self.interaction_id)

    def reverse(self) -> None:
        assert self._snapshots is not None
        self.ctx.services.interactions.undelete_many(self._snapshots)


class LogOccasionCommand(ServiceCommand):
    """Log one occasion with several people (one row each); undo removes all of them, redo puts them
    back with their ids."""

    def __init__(self, ctx: GuiContext, contact_ids: Sequence[int], kind: str, occurred_on: dt.date,
                 fields: dict[str, Any] | None = None, names: str = "") -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Log interaction with %1").replace("%1", names)
        )
        self.contact_ids, self.kind, self.occurred_on = list(contact_ids), kind, occurred_on
        self.fields = dict(fields or {})
        self.interaction_ids: list[int] = []
        self._snapshots: list[dict[str, Any]] | None = None

    def do(self) -> None:
        if self._snapshots is None:
            self.interaction_ids = [row.id for row in self.ctx.services.interactions.log_occasion(
                self.contact_ids, self.kind, self.occurred_on, **self.fields)]
        else:
            self.ctx.services.interactions.undelete_many(self._snapshots)

    def reverse(self) -> None:
        assert self.interaction_ids
        self._snapshots = self.ctx.services.interactions.delete_occasion(self.interaction_ids[0])


# ---- preparation questions ------------------------------------------------------------------------


class AddQuestionCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, contact_id: int, text: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Add question"))
        self.contact_id, self.text_ = contact_id, text
        self.question_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.question_id = self.ctx.services.questions.add(self.contact_id, self.text_).id
        else:
            self.ctx.services.questions.undelete(self._snapshot)

    def reverse(self) -> None:
        assert self.question_id is not None
        self._snapshot = self.ctx.services.questions.delete(self.question_id)


class EditQuestionCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, question_id: int, changes: dict[str, Any]) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit question"))
        self.question_id = question_id
        self.new = dict(changes)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.ctx.services.questions.update(self.question_id, **self.new)

    def reverse(self) -> None:
        self.ctx.services.questions.update(self.question_id, **self.old)


class DeleteQuestionCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, question_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete question"))
        self.question_id = question_id
        self._snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self._snapshot = self.ctx.services.questions.delete(self.question_id)

    def reverse(self) -> None:
        assert self._snapshot is not None
        self.ctx.services.questions.undelete(self._snapshot)


# ---- observations ---------------------------------------------------------------------------------


class AddObservationCommand(ServiceCommand):
    """Record an observation; undo removes it and puts the person's scores back as they were."""

    def __init__(self, ctx: GuiContext, contact_id: int, fields: dict[str, Any], name: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Observe %1").replace("%1", name))
        self.contact_id = contact_id
        self.fields = dict(fields)
        self._written: Any = None  # services.observations.Written

    def do(self) -> None:
        if self._written is None:
            self._written = self.ctx.services.observations.add(self.contact_id, **self.fields)
        else:
            self.ctx.services.observations.undelete(self._written.observation)

    def reverse(self) -> None:
        assert self._written is not None
        self.ctx.services.observations.delete(self._written.observation.id, restore=self._written.before)


class DeleteObservationCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, observation_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete observation"))
        self.observation_id = observation_id
        self._written: Any = None

    def do(self) -> None:
        self._written = self.ctx.services.observations.delete(self.observation_id)

    def reverse(self) -> None:
        assert self._written is not None
        self.ctx.services.observations.undelete(self._written.observation, restore=self._written.before)


# ---- actions given as two callables (the matrix's links, the planner's done/snooze/skip) ---------------


class CallbackCommand(ServiceCommand):
    """Does `do()` and undoes with `undo(what do returned)`; both call the services."""

    def __init__(self, ctx: GuiContext, text: str, do: Callable[[], Any],
                 undo: Callable[[Any], None]) -> None:
        super().__init__(ctx, text)
        self._do, self._undo = do, undo
        self._result: Any = None

    def do(self) -> None:
        self._result = self._do()

    def reverse(self) -> None:
        self._undo(self._result)


# ---- settings -------------------------------------------------------------------------------------------


class ChangeSettingsCommand(ServiceCommand):
    """Stores some settings all or nothing; undo puts the previous values back."""

    def __init__(self, ctx: GuiContext, changes: dict[str, Any]) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Change settings"))
        self.changes = dict(changes)
        self._old: dict[str, Any] = {}

    def do(self) -> None:
        self._old = self.ctx.services.settings.set_many(self.changes)

    def reverse(self) -> None:
        self.ctx.services.settings.set_many(self._old)


class EditPersonCommand(ServiceCommand):
    """An edit of a person from the table or the editor: new scores are recorded as a dated observation
    (so a changed score keeps its history), the other fields are edited; one undo step for both."""

    def __init__(self, ctx: GuiContext, contact_id: int, changes: dict[str, Any], name: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit %1").replace(
            "%1", name or QCoreApplication.translate("Commands", "person")))
        scores = {k: v for k, v in changes.items() if k in ASSESSMENT_FIELDS and v is not None}
        fields = {k: v for k, v in changes.items() if k not in scores}
        self._parts: list[ServiceCommand] = []
        if fields:
            self._parts.append(EditContactCommand(ctx, contact_id, fields, name))
        if scores:
            self._parts.append(AddObservationCommand(ctx, contact_id, scores, name))

    def do(self) -> None:
        done: list[ServiceCommand] = []
        try:
            for part in self._parts:
                part.do()
                done.append(part)
        except NetPlannerError:
            for part in reversed(done):  # all or nothing
                part.reverse()
            raise

    def reverse(self) -> None:
        for part in reversed(self._parts):
            part.reverse()


# ---- projects -------------------------------------------------------------------------------------


class AddProjectCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, fields: dict[str, Any]) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Add project %1").replace(
            "%1", str(fields.get("name", ""))))
        self.fields = dict(fields)
        self.project_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self._snapshot is None:
            fields = dict(self.fields)
            self.project_id = self.ctx.services.projects.add(
                fields.pop("name", ""), fields.pop("description", ""), fields.pop("started_on", None),
                **fields).id
        else:
            self.ctx.services.projects.undelete(self._snapshot)

    def reverse(self) -> None:
        assert self.project_id is not None
        self._snapshot = self.ctx.services.projects.delete(self.project_id)


class EditProjectCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, project_id: int, changes: dict[str, Any], name: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit project %1").replace("%1", name))
        self.project_id = project_id
        self.new = dict(changes)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.ctx.services.projects.update(self.project_id, **self.new)

    def reverse(self) -> None:
        self.ctx.services.projects.update(self.project_id, **self.old)


class DeleteProjectCommand(ServiceCommand):

    def __init__(self, ctx: GuiContext, project_id: int, name: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete project %1").replace("%1", name))
        self.project_id = project_id
        self._snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self._snapshot = self.ctx.services.projects.delete(self.project_id)

    def reverse(self) -> None:
        assert self._snapshot is not None
        self.ctx.services.projects.undelete(self._snapshot)


class LogProjectWorkCommand(ServiceCommand):
    """A week's work on a project with some of its members: one "joint project" occasion."""

    def __init__(self, ctx: GuiContext, project_id: int, contact_ids: Sequence[int], on: dt.date,
                 name: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Log work on %1").replace("%1", name))
        self.project_id, self.contact_ids, self.on = project_id, list(contact_ids), on
        self.interaction_ids: list[int] = []
        self._snapshots: list[dict[str, Any]] | None = None

    def do(self) -> None:
        if self._snapshots is None:
            self.interaction_ids = self.ctx.services.projects.log_work(self.project_id, self.contact_ids,
                                                                       self.on)
        else:
            self.ctx.services.interactions.undelete_many(self._snapshots)

    def reverse(self) -> None:
        self._snapshots = self.ctx.services.interactions.delete_occasion(self.interaction_ids[0])


# ---- merging duplicates ---------------------------------------------------------------------------


class MergePeopleCommand(ServiceCommand):
    """Merge people into one; undo brings back every one of them with all that referred to them."""

    def __init__(self, ctx: GuiContext, kept_id: int, merged_ids: Sequence[int], fields: dict[str, Any],
                 name: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Merge into %1").replace("%1", name))
        self.kept_id, self.merged_ids, self.fields = kept_id, list(merged_ids), dict(fields)
        self._record: Any = None  # services.merging.MergeRecord

    def do(self) -> None:
        self._record = self.ctx.services.merging.merge(self.kept_id, self.merged_ids, self.fields)

    def reverse(self) -> None:
        assert self._record is not None
        self.ctx.services.merging.unmerge(self._record)
# ---- ties between people (issue 14) -----------------------------------------------------------------


class AddTieCommand(ServiceCommand):
    """Add a tie; undo removes it, redo puts it back with the same id."""

    def __init__(self, ctx: GuiContext, from_id: int, to_id: int, kind: Any, strength: int | None = None,
                 note: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Add connection"))
        self.args = (from_id, to_id, kind, strength, note)
        self.tie: Any = None  # domain.ties.Tie once added

    def do(self) -> None:
        ties = self.ctx.services.ties
        self.tie = ties.add(*self.args) if self.tie is None else ties.put_back(self.tie)

    def reverse(self) -> None:
        self.ctx.services.ties.remove(self.tie.id)


class EditTieCommand(ServiceCommand):
    """Change a tie's kind, direction, strength or note; undo puts the old values back."""

    def __init__(self, ctx: GuiContext, tie_id: int, **changes: Any) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit connection"))
        self.tie_id, self.changes = tie_id, changes
        self._before: Any = None

    def do(self) -> None:
        self._before = self.ctx.services.ties.edit(self.tie_id, **self.changes)

    def reverse(self) -> None:
        self.ctx.services.ties.restore(self._before)


class RemoveTieCommand(ServiceCommand):
    """Remove a tie; undo puts it back with its old id."""

    def __init__(self, ctx: GuiContext, tie_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Remove connection"))
        self.tie_id = tie_id
        self._removed: Any = None

    def do(self) -> None:
        self._removed = self.ctx.services.ties.remove(self.tie_id)

    def reverse(self) -> None:
        self.ctx.services.ties.put_back(self._removed)
