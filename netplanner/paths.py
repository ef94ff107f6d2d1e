"""Where things are: the data folder, the default database, and resources/ in a checkout, an installed
package or a frozen (PyInstaller) bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "netplanner"
DATA_DIR_ENV = "NETPLANNER_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "netplanner.db"


def backup_dir(database: Path) -> Path:
    """Automatic backups live beside the database they copy."""
    return database.parent / "backups"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(frozen_root) / "resources" if frozen_root else None,
        Path(__file__).resolve().parent / "resources",  # installed wheel (package data)
        Path(__file__).resolve().parent.parent / "resources",  # a checkout
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError("NetPlanner's resources folder is missing; reinstall the app.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
