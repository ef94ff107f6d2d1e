"""Where the real vCard files are: a copy of the shared corpus kept in the test tree (unchanged, with
its licence), so the tests run the same from any clone."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus" / "vcard"


@pytest.fixture
def corpus() -> Path:
    assert CORPUS.is_dir(), f"the vCard corpus is missing from {CORPUS}"
    return CORPUS
