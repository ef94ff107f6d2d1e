"""Every file of the corpus (third-party test files and files written from the vendors' documented
layouts, see corpus/README.md): imported without a traceback, bad cards left out with the reason, and
a second import adds nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from netplanner.interop.errors import ImportFormatError
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService

CORPUS = Path(__file__).resolve().parent / "corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in (".vcf", ".csv"))
#: Files with nothing readable in them: refused with one line (and nothing written).
REFUSED = {
    "kcontacts/vcard7.vcf": "a vCard with no name, e-mail or phone number",
    "khard/vcards__unparsable.vcf": "has no END:VCARD",
}
#: Files imported in part: (line, why) of what is left out.
LEFT_OUT = {
    "written/cut-short.vcf": [(5, "no END:VCARD")],
    "written/xiaomi-2.1.vcf": [(9, "no name, e-mail or phone")],
    "written/linkedin-500-one-bad-date.csv": [(504, "'Connected On' is not a date: '31 Jun 2020'")],
}


def test_the_corpus_has_at_least_sixty_third_party_files() -> None:
    assert len(FILES) >= 60
    for folder in ("vcard", "khard", "kcontacts", "vobject"):
        assert any(p.name.startswith("LICENSE") for p in (CORPUS / folder).iterdir()), folder


def test_every_corpus_file_imports_or_is_refused_in_one_line(services: Services) -> None:
    importer = ImportService(services.db)
    imported = 0
    for path in FILES:
        name = path.relative_to(CORPUS).as_posix()
        if name in REFUSED:
            before = services.contacts.count()
            with pytest.raises(ImportFormatError, match=REFUSED[name]) as caught:
                importer.import_file(path)
            assert "\n" not in str(caught.value)
            assert services.contacts.count() == before
            continue
        result = importer.import_file(path)
        left_out = [(p.line, str(p.problem)) for p in result.left_out]
        expected = LEFT_OUT.get(name, [])
        assert len(left_out) == len(expected), (name, left_out)
        for (line, why), (want_line, want) in zip(left_out, expected, strict=True):
            assert line == want_line, name
            assert want in why, name
        imported += result.added + result.updated + result.unchanged
    assert imported > 550
    count = services.contacts.count()
    for path in FILES:
        if path.relative_to(CORPUS).as_posix() not in REFUSED:
            assert importer.import_file(path).added == 0, path.name
    assert services.contacts.count() == count
