"""A keychain for benchmarks only: keeps the benchmark databases' random keys in a file of the bench
cache, so a child app process opens its database the way a user's default set-up does (a raw key from
the OS keychain, no passphrase to stretch). It holds keys of synthetic benchmark data, nothing else.

Selected in a child process with PYTHON_KEYRING_BACKEND=bench._keyring.BenchKeyring.
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend

from bench._cache import CACHE

STORE = CACHE / "bench-keyring.json"


class BenchKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring's class property; 1 = "recommended"

    def _load(self) -> dict[str, str]:
        return json.loads(STORE.read_text()) if STORE.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        Path(STORE).parent.mkdir(parents=True, exist_ok=True)
        STORE.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        STORE.write_text(json.dumps(data))
