"""Emoji and other characters DejaVu Sans lacks in the mentoring plan PDF: drawn with the bundled Noto Emoji,
or named in brackets when no font has them, never an empty .notdef box."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QFontMetricsF

from netplanner import paths
from netplanner.report import write_plan_pdf
from netplanner.report.plan_pdf import drawable_text, load_fonts, report_font
from netplanner.services.facade import Services

pytestmark = pytest.mark.usefixtures("qapp")

#: A text-showing operator whose glyph string contains glyph 0, the font's .notdef (the empty box).
#: QPdfWriter writes Identity-H fonts, so each glyph is four hex digits.
HEX_TJ = re.compile(rb"<((?:[0-9A-Fa-f]{4})+)>\s*Tj")


def _notdef_glyphs(reader: pypdf.PdfReader) -> int:
    count = 0
    for page in reader.pages:
        for match in HEX_TJ.finditer(page.get_contents().get_data()):
            glyphs = match.group(1)
            count += sum(glyphs[i:i + 4] == b"0000" for i in range(0, len(glyphs), 4))
    return count


def _font_names(reader: pypdf.PdfReader) -> set[str]:
    return {str(ref.get_object()["/BaseFont"]) for page in reader.pages
            for ref in page["/Resources"]["/Font"].values()}


def _plan_with_summary(services: Services, today: dt.date, tmp_path: Path, summary: str) -> Any:
    owed = services.interactions.thanks_owed()
    assert owed, "the example network owes a thank-you"
    services.interactions.update(owed[0].id, summary=summary)
    out = tmp_path / "plan.pdf"
    write_plan_pdf(services, out, lang="en", today=today)
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return reader, text


def test_emoji_in_a_summary_are_drawn_with_the_embedded_emoji_font(
        demo_services: Services, demo_today: dt.date, tmp_path: Path) -> None:
    reader, text = _plan_with_summary(demo_services, demo_today, tmp_path,
                                      "Intro to the data team 🎉 👍🏽 ✅ 👩\u200d💻 🇸🇪")
    assert _notdef_glyphs(reader) == 0
    fonts = _font_names(reader)
    assert any("NotoEmoji" in name for name in fonts), fonts
    assert "Intro to the data team" in text
    assert "✅" in text  # emoji in the BMP also extract (Qt maps only those in the font's Unicode map)


def test_a_character_no_font_has_is_named_not_a_box(demo_services: Services, demo_today: dt.date,
                                                    tmp_path: Path) -> None:
    hieroglyph = "\U00013000"
    if QFontMetricsF(report_font(load_fonts(), 9)).inFontUcs4(ord(hieroglyph)):
        pytest.skip("this machine has a font with Egyptian hieroglyphs")
    reader, text = _plan_with_summary(demo_services, demo_today, tmp_path, f"Sign {hieroglyph} ok")
    assert _notdef_glyphs(reader) == 0
    assert "Sign [egyptian hieroglyph a001] ok" in text


def test_drawable_text_keeps_what_fonts_draw_and_invisible_joiners() -> None:
    metrics = QFontMetricsF(report_font(load_fonts(), 9))
    for text in ("Åsa Öberg", "☕ 🎉 👍🏽", "👩\u200d💻", "❤\ufe0f"):
        assert drawable_text(text, metrics) == text


def test_the_emoji_font_ships_with_its_licence() -> None:
    assert paths.resource("fonts", "NotoEmoji-Regular.ttf").is_file()
    assert "SIL Open Font License" in paths.resource("fonts", "LICENSE-NotoEmoji.txt").read_text()
