"""A real Radicale server on 127.0.0.1 (a free port, temp storage, htpasswd users) for the sync tests,
and a small HTTP client of the test's own to change things on the server behind NetPlanner's back."""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "anna", "correct horse"

if importlib.util.find_spec("radicale") is None:
    pytest.skip("the radicale package is not installed (pip install -e '.[test]')", allow_module_level=True)
if importlib.util.find_spec("vdirsyncer") is None:
    pytest.skip("vdirsyncer is not installed (pip install -e '.[sync]')", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class DavServer:
    base: str
    storage: Path

    def request(self, method: str, path: str, body: bytes | None = None, *, password: str = PASSWORD,
                content_type: str = "text/xml; charset=utf-8", depth: str | None = None) -> tuple[int, bytes]:
        request = urllib.request.Request(self.base + path, data=body, method=method)
        token = base64.b64encode(f"{USER}:{password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
        if body is not None:
            request.add_header("Content-Type", content_type)
        if depth is not None:
            request.add_header("Depth", depth)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def new_collections(self) -> tuple[str, str]:
        """A fresh address book and calendar (their URLs), so tests sharing the server never meet."""
        name = uuid.uuid4().hex[:8]
        book, calendar = f"/{USER}/book-{name}/", f"/{USER}/plan-{name}/"
        mkcol = (b'<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
                 b"<set><prop><resourcetype><collection/><C:addressbook/></resourcetype></prop></set></mkcol>")
        status, body = self.request("MKCOL", book, mkcol)
        assert status == 201, body
        status, body = self.request("MKCALENDAR", calendar)
        assert status == 201, body
        return self.base + book, self.base + calendar

    def items(self, url: str) -> dict[str, bytes]:
        """Every item of a collection as the server stores it: file name -> content."""
        folder = self.storage / "collection-root" / url.removeprefix(self.base).strip("/")
        return {p.name: p.read_bytes() for p in folder.iterdir()
                if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="session")
def dav_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    root = tmp_path_factory.mktemp("radicale")
    (root / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = _free_port()
    (root / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {root / 'users'}\nhtpasswd_encryption = plain\n"
        "delay = 0\n"
        f"[storage]\nfilesystem_folder = {root / 'collections'}\n"
        "[rights]\ntype = owner_only\n[logging]\nlevel = warning\n",
        encoding="utf-8",
    )
    log = (root / "radicale.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(root / "config")],
                               stdout=log, stderr=subprocess.STDOUT)
    server = DavServer(f"http://127.0.0.1:{port}", root / "collections")
    deadline = time.monotonic() + 20
    try:
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("Radicale did not start: " + (root / "radicale.log").read_text(encoding="utf-8"))
            time.sleep(0.05)
        yield server
    finally:
        process.terminate()
        process.wait(10)
        log.close()
