"""Import every file of the test corpus into a fresh encrypted database and print, per file, the
cards (or rows) in it, the people imported, and what was left out and why.

    .venv/bin/python bench/corpus.py [folder]      (default: tests/interop/corpus)

"Cards in the file" counts BEGIN:VCARD lines (a 2.1 AGENT card nested in another counts too) or
data rows of a CSV; people imported counts those added or matched to someone already there (a file
that describes a person a previous file already brought in updates that person).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from netplanner.interop.errors import ImportFormatError
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "interop" / "corpus"


def cards_in(path: Path, left_out: int, read: int) -> int:
    if path.suffix.lower() == ".vcf":
        return len(re.findall(rb"(?im)^[ \t]*BEGIN:VCARD[ \t]*\r*$", path.read_bytes()))
    return read + left_out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".vcf", ".csv"))
    reasons: Counter[str] = Counter()
    totals = Counter[str]()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "corpus.db", RawKey.generate(), create=True)
        importer = ImportService(db)
        print(f"{'file':58} {'cards':>5} {'people':>6} {'left out':>8}  reasons")
        for path in files:
            name = str(path.relative_to(folder))
            try:
                result = importer.import_file(path)
            except ImportFormatError as exc:
                count = cards_in(path, 1, 0)
                reason = str(exc.problem)
                reasons[reason] += count
                totals.update(files=1, cards=count, refused_files=1, left_out=count)
                print(f"{name:58} {count:5} {0:6} {count:8}  refused: {reason}")
                continue
            read = result.added + result.updated + result.unchanged + result.skipped
            count = cards_in(path, result.left_out_count, read)
            why = "; ".join(f"line {p.line}: {p.problem}" for p in result.left_out)
            for problem in result.left_out:
                reasons[str(problem.problem)] += 1
            totals.update(files=1, cards=count, people=read, left_out=result.left_out_count,
                          ignored=result.ignored_count)  # fmt: skip
            print(f"{name:58} {count:5} {read:6} {result.left_out_count:8}  {why}")
        people = Services(db).contacts.count()
        db.close()
    print()
    print(f"{totals['files']} files, {totals['cards']} cards/rows, {totals['people']} imported "
          f"({people} distinct people in the database), {totals['left_out']} left out, "
          f"{totals['refused_files']} file(s) refused, {totals['ignored']} line(s) of imported cards ignored")
    for reason, count in reasons.most_common():
        print(f"  {count:4}  {reason}")


if __name__ == "__main__":
    main()
