"""The one error the import parsers raise: which file, which line, and what is wrong with it."""

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
