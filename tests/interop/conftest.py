"""Where the real vCard files are: the shared corpus next to the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "vcard"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the vCard corpus is not at {CORPUS}")
    return CORPUS
