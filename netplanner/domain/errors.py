"""User-facing error types. Anything raised as one of these is shown to the user as its message."""


class NetPlannerError(Exception):
    """An error the user can understand and act on (as opposed to a bug)."""


class ValidationError(NetPlannerError):
    """Input that breaks a rule of the model: a missing name, a score outside 1-5, an unknown kind."""


class NotFoundError(NetPlannerError):
    """A person, goal or other record that does not exist (any more)."""


class AmbiguousError(NetPlannerError):
    """A name that matches more than one record."""
