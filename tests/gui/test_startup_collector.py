"""Start-up pauses the cyclic garbage collector while it loads the layers (they make no garbage); it
runs again once the window is shown, or before a command runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netplanner import cli
from netplanner.app import run_gui


@pytest.fixture
def collector_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


@pytest.mark.usefixtures("collector_restored")
def test_the_collector_runs_again_once_the_window_is_shown(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "right passphrase")
    gc.disable()  # as cli.main leaves it
    assert run_gui(tmp_path / "n.db", run_loop=False) == 0
    assert not gc.isenabled()  # not before the event loop turns with the window shown
    qtbot.waitUntil(gc.isenabled, timeout=5000)


@pytest.mark.usefixtures("collector_restored")
def test_a_command_runs_with_the_collector_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "right passphrase")
    assert cli.main(["demo", "--db", str(tmp_path / "n.db")]) == 0
    assert gc.isenabled()
