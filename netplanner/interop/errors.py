"""The errors the import parsers produce: which file, which line, and what is wrong with it.

`ImportFormatError` refuses a file. Its two subclasses are what a lenient import lists and goes on
past: a card or row left out (`RecordSkippedError`) and a line left out of a card that is still imported
(`LineIgnoredError`). With `--strict` the first of either refuses the file, as before.
"""

from __future__ import annotations

from netplanner.domain.errors import NetPlannerError


class ImportFormatError(NetPlannerError):
    """A file that cannot be imported as it is. The message names the file and the line."""

    def __init__(self, filename: str, line: int | None, problem: str, /, **params: object) -> None:
        self.filename = filename
        self.line = line
        self.problem = NetPlannerError(problem, **params)
        if line:
            super().__init__("{filename}, line {line}: {problem}", filename=filename, line=line,
                             problem=self.problem)
        else:
            super().__init__("{filename}: {problem}", filename=filename, problem=self.problem)


class RecordSkippedError(ImportFormatError):
    """A card or row that cannot be read; the rest of the file is imported without it."""


class LineIgnoredError(ImportFormatError):
    """A line of a card that cannot be read; the card is imported without it."""


Problem = RecordSkippedError | LineIgnoredError
