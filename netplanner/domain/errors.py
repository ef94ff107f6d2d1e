"""User-facing error types. Anything raised as one of these is shown to the user as its message.

A message is a template with named parameters ("{what} must be from {low} to {high}."), so the GUI can
show it in the user's language: `render(translate)` passes the template, and every text parameter (field
names such as "Trust"; a person's name comes back unchanged), through the translation function.
`str(error)` is the English message, for the command line and logs.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


class NetPlannerError(Exception):
    """An error the user can understand and act on (as opposed to a bug)."""

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Translate = _same) -> str:
        values = {
            key: value.render(translate) if isinstance(value, NetPlannerError)
            else translate(value) if isinstance(value, str) else value
            for key, value in self.params.items()
        }
        template = translate(self.template)
        if not self.params:
            return template  # a plain message: braces in it are text, not placeholders
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return self.template.format(**self.params)


class ValidationError(NetPlannerError):
    """Input that breaks a rule of the model: a missing name, a score outside 1-5, an unknown kind."""


class NotFoundError(NetPlannerError):
    """A person, goal or other record that does not exist (any more)."""


class AmbiguousError(NetPlannerError):
    """A name that matches more than one record."""
