"""The wording of the Qt-free core (planner reasons, coverage flags, review checklist) in the user's language.

The core keeps its sentences in module-level tables so it stays free of Qt. The GUI replaces each table's
strings with their translations at start-up (`install`): at once in the modules already imported, and in
the others as soon as they are imported (the planner and the review load when first used, not at start).
pyside6-lupdate only finds literal translate() calls, so `domain_strings.py` lists every string as one;
it is generated from the tables (`python -m netplanner.gui.domain_text`) and a test keeps it in step.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

#: (translation context, module, attribute) of every table of user-visible words in the core.
TABLES: tuple[tuple[str, str, str], ...] = (
    ("Planner", "netplanner.domain.planner", "TEXT"),
    ("Planner", "netplanner.domain.planner", "TIMES"),
    ("Planner", "netplanner.domain.planner", "MONTHS"),
    ("Planner", "netplanner.domain.planner", "KIND_LABELS"),
    ("Planner", "netplanner.domain.planner", "ROLE_LABELS"),
    ("Calendar", "netplanner.services.planner", "CALENDAR_TEXT"),
    ("Coverage", "netplanner.domain.coverage", "MESSAGES"),
    ("Coverage", "netplanner.domain.coverage", "ROLE_NAMES"),
    ("Assessment", "netplanner.domain.assessment", "TEXT"),
    ("Assessment", "netplanner.domain.assessment", "DIMENSION_WORDS"),
    ("Review", "netplanner.services.review", "CHECKLIST"),
    ("Review", "netplanner.services.review", "FORGET_HINTS"),
    ("Review", "netplanner.services.review", "FORGET_PROMPT"),
)
GENERATED = Path(__file__).with_name("domain_strings.py")
_originals: dict[tuple[str, str], Any] = {}


def _map_strings(value: Any, change: Callable[[str], str]) -> Any:
    """The same table with every user-visible string passed through `change`."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {key: _map_strings(item, change) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(_map_strings(item, change) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and hasattr(value, "text"):
        return dataclasses.replace(value, text=change(value.text))
    raise TypeError(f"cannot translate a {type(value).__name__}")


def _strings(value: Any) -> Iterator[str]:
    found: list[str] = []
    _map_strings(value, lambda text: found.append(text) or text)  # type: ignore[func-returns-value]
    return iter(found)


def _translator(context: str) -> Callable[[str], str]:
    return lambda text: QCoreApplication.translate(context, text)


def install() -> None:
    """Put the translated wording in place (after the QTranslators are installed): now in the modules
    already imported, on import in the others."""
    for module_name in _TABLE_MODULES:
        if module_name in sys.modules:
            _translate(sys.modules[module_name])
        elif _ON_IMPORT not in sys.meta_path:
            sys.meta_path.insert(0, _ON_IMPORT)


def _translate(module: types.ModuleType) -> None:
    for context, module_name, attribute in TABLES:
        if module_name != module.__name__:
            continue
        original = _originals.setdefault((module_name, attribute), copy.deepcopy(getattr(module, attribute)))
        translated = _map_strings(original, _translator(context))
        current = getattr(module, attribute)
        if isinstance(current, dict):
            current.clear()  # in place: other modules may hold a reference to the dict
            current.update(translated)
        else:
            setattr(module, attribute, translated)


class _TranslateOnImport(importlib.abc.MetaPathFinder):
    """Finds a core module with tables through the other finders and translates it once loaded."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _TABLE_MODULES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _TranslatingLoader(spec.loader)
                return spec
        return None


class _TranslatingLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        self._loader.exec_module(module)
        _translate(module)


_TABLE_MODULES = frozenset(name for _, name, _ in TABLES)
_ON_IMPORT = _TranslateOnImport()


def reset() -> None:
    """Back to the core's own (English) wording; for tests that switch languages."""
    for (module_name, attribute), original in _originals.items():
        module = importlib.import_module(module_name)
        current = getattr(module, attribute)
        if isinstance(current, dict):
            current.clear()
            current.update(original)
        else:
            setattr(module, attribute, original)


def generated_source() -> str:
    lines = [
        '"""Generated by `python -m netplanner.gui.domain_text`: do not edit.',
        "",
        "The core's wording as literal translate() calls, so that pyside6-lupdate finds every string.",
        '"""',
        "",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "",
        "def _for_lupdate() -> None:",
    ]
    for context, module_name, attribute in TABLES:
        module = importlib.import_module(module_name)
        value = _originals.get((module_name, attribute), getattr(module, attribute))
        lines.append(f"    # {module_name}.{attribute}")
        lines += [f"    QCoreApplication.translate({context!r}, {text!r})" for text in _strings(value)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    GENERATED.write_text(generated_source(), encoding="utf-8")
    sys.stdout.write(f"wrote {GENERATED}\n")
