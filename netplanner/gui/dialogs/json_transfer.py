"""File > Export everything as JSON and File > Import everything from JSON (issue 15 item 4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message


def export_everything(ctx: GuiContext, parent: QWidget, path: Path | None = None) -> int | None:
    """Ask where (unless given), write the file, say that it is plaintext; the rows written or None."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("JsonTransfer", "Export everything as JSON"),
            str(Path.home() / "netplanner-everything.json"),
            QCoreApplication.translate("JsonTransfer", "JSON (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix == "":
            path = path.with_suffix(".json")
    try:
        ctx.services.db.refuse_own_file(path)
        summary = ctx.services.json.export(path)
    except (NetPlannerError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("JsonTransfer", "Export failed"),
                            user_message(exc))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("JsonTransfer", "Exported everything"),
        QCoreApplication.translate(
            "JsonTransfer",
            "Wrote %1 rows to %2.\n\nThis file is NOT encrypted: anyone who can read it reads your whole "
            "network, notes included. Keep it safe, or delete it when you are done.",
        ).replace("%1", str(summary.rows)).replace("%2", str(path)),
    )
    return summary.rows


def import_everything(ctx: GuiContext, parent: QWidget, path: Path | None = None) -> int | None:
    """Restore a JSON export into this database, which must be empty; the rows read or None."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("JsonTransfer", "Import everything from JSON"),
            str(Path.home()),
            QCoreApplication.translate("JsonTransfer", "JSON (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        with ctx.services.bus.batch():
            summary = ctx.services.json.import_file(path)
    except (NetPlannerError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("JsonTransfer", "Import failed"),
                            user_message(exc))
        return None
    ctx.undo_stack.clear()  # what was undoable before belonged to the database as it was
    return summary.rows
