"""Errors that opening or changing the database can raise, each with its own user-facing message."""

from netplanner.domain.errors import NetPlannerError


class StorageError(NetPlannerError):
    """A problem with the database file or its key."""


class WrongKeyError(StorageError):
    """The key or passphrase does not open the file (or the file is not a database at all)."""


class NotNetPlannerDatabaseError(StorageError):
    """The file opens but holds something other than a NetPlanner database."""


class CorruptDatabaseError(StorageError):
    """The file is damaged: truncated, or bytes changed on disk."""


class DatabaseMissingError(StorageError):
    """No database file where one was expected."""


class KeyringError(StorageError):
    """No secure OS keychain, the key is missing from it, or the keychain changed."""


class PassphraseRequiredError(StorageError):
    """The database is protected by a passphrase and none was given."""


class DatabaseInUseError(StorageError):
    """Another NetPlanner window or command has the database open."""


class DiskFullError(StorageError):
    """No space is left on the disk that holds the database."""
