"""Update the Qt Linguist sources (.ts) from the code and compile them (.qm): `make translations`.

    python resources/translations/build.py            # lupdate, then lrelease
    python resources/translations/build.py --check    # change nothing; exit 1 if stale or unfinished
    python resources/translations/build.py --todo     # list the Swedish strings still to translate

`pyside6-lupdate` reads every Python file under netplanner/gui and netplanner/report and
netplanner/app.py, and drops strings the code no longer has (-no-obsolete). netplanner_sv.ts holds every
string; netplanner_en.ts only the plurals (-pluralonly), since the source text is English. Then
`pyside6-lrelease` writes the .qm files the app loads. The .qm files are committed, so a fresh clone
and the PyInstaller bundle have them without a build step; tests/gui/test_i18n.py fails when they or the
.ts files are behind the code.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_DIRS = ("netplanner/gui", "netplanner/report")
SOURCE_FILES = ("netplanner/app.py",)
#: language -> only plurals? English is the source language and needs only its numerus forms.
CATALOGS: dict[str, bool] = {"sv": False, "en": True}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make venv)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The files lupdate reads, relative to root, sorted."""
    files = {path.relative_to(root).as_posix()
             for folder in SOURCE_DIRS for path in (root / folder).rglob("*.py")}
    files.update(name for name in SOURCE_FILES if (root / name).exists())
    return sorted(files)


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"netplanner_{lang}.ts"


def qm_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"netplanner_{lang}.qm"


def lupdate(lang: str, target: Path, root: Path = ROOT) -> None:
    """Merge the code's strings into target (created when missing)."""
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
               "-source-language", "en", "-target-language", "sv_SE" if lang == "sv" else lang]
    if CATALOGS[lang]:
        command.append("-pluralonly")
    command += [*sources(root), "-ts", str(target)]
    subprocess.run(command, cwd=root, check=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def messages(path: Path) -> list[Message]:
    """The messages of a .ts file."""
    found: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts: tuple[str, ...] = ()
                finished = False
            else:
                forms = translation.findall("numerusform")
                texts = tuple(form.text or "" for form in forms) if forms else (translation.text or "",)
                finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found.append(Message(context=name, source=message.findtext("source") or "",
                                 comment=message.findtext("comment") or "",
                                 numerus=message.get("numerus") == "yes", translations=texts,
                                 finished=finished and bool(texts) and all(texts)))
    return found


def keys(path: Path) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in messages(path)}


def unfinished(path: Path) -> list[Message]:
    return [m for m in messages(path) if not m.finished]


def stale(lang: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(strings in the code missing from the .ts, strings in the .ts the code no longer has)."""
    with tempfile.TemporaryDirectory(prefix="netplanner-lupdate-") as tmp:
        fresh = Path(tmp) / f"netplanner_{lang}.ts"
        lupdate(lang, fresh)
        wanted = keys(fresh)
    have = keys(ts_path(lang))
    return wanted - have, have - wanted


def qm_current(lang: str) -> bool:
    """Whether the committed .qm is what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory(prefix="netplanner-lrelease-") as tmp:
        fresh = Path(tmp) / "fresh.qm"
        lrelease(ts_path(lang), fresh)
        return qm_path(lang).exists() and fresh.read_bytes() == qm_path(lang).read_bytes()


def build() -> None:
    for lang in CATALOGS:
        lupdate(lang, ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        todo = unfinished(ts_path(lang))
        total = len(messages(ts_path(lang)))
        print(f"{ts_path(lang).name}: {total} strings, {len(todo)} to translate -> {qm_path(lang).name}")


def check() -> int:
    problems: list[str] = []
    for lang in CATALOGS:
        missing, gone = stale(lang)
        problems += [f"{lang}: not in the .ts yet: {c}: {s!r}" for c, s, _ in sorted(missing)]
        problems += [f"{lang}: no longer in the code: {c}: {s!r}" for c, s, _ in sorted(gone)]
        problems += [f"{lang}: unfinished: {m.context}: {m.source!r}" for m in unfinished(ts_path(lang))]
        if not qm_current(lang):
            problems.append(f"{lang}: {qm_path(lang).name} is older than {ts_path(lang).name}")
    for line in problems:
        print(line)
    if problems:
        print("Run `make translations`, translate what is unfinished (pyside6-linguist), then run it again.")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="exit 1 when the .ts/.qm are stale or unfinished")
    group.add_argument("--todo", action="store_true", help="list the Swedish strings still to translate")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.todo:
        for m in unfinished(ts_path("sv")):
            print(f"{m.context}\t{m.source!r}")
        return 0
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
