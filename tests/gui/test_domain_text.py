"""The core's wording reaches the translator: the lupdate list is current, and install/reset swap it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from netplanner.domain import coverage, planner
from netplanner.gui import domain_text
from netplanner.services import review


def test_lupdate_list_is_current() -> None:
    assert domain_text.GENERATED.read_text(encoding="utf-8") == domain_text.generated_source(), (
        "run `python -m netplanner.gui.domain_text` after changing the core's wording"
    )


class UpperTranslator(QTranslator):
    """Translates everything into capitals, so a translated string is easy to recognise."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper()


@pytest.fixture
def upper_translator(qapp: QCoreApplication) -> Iterator[None]:
    translator = UpperTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    domain_text.reset()


@pytest.mark.usefixtures("upper_translator")
def test_install_translates_every_table_and_reset_restores_it() -> None:
    english_month = planner.MONTHS[0]
    domain_text.install()
    assert planner.MONTHS[0] == english_month.upper()
    assert planner.TEXT["never_met"] == "NOT MET YET"
    assert all(text == text.upper() for text in coverage.MESSAGES.values())
    assert all(item.text == item.text.upper() for item in review.CHECKLIST)
    assert review.FORGET_PROMPT.startswith("PEOPLE LEAVE OUT")
    domain_text.reset()
    assert planner.MONTHS[0] == english_month
    assert planner.TEXT["never_met"] == "not met yet"


def test_a_core_module_imported_after_the_language_is_set_speaks_it_too() -> None:
    """The planner and the review load when first used, after start-up installed the language."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from netplanner.gui.i18n import install_translators\n"
        "app = QApplication([])\n"
        "install_translators(app, 'sv')\n"
        "assert 'netplanner.services.review' not in sys.modules, 'imported too early'\n"
        "from netplanner.services import review\n"
        "print(review.FORGET_PROMPT)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert done.returncode == 0, done.stderr
    english = review.FORGET_PROMPT
    assert done.stdout.strip()
    assert done.stdout.strip() != english.strip()
