"""A keyring backend that looks secure but fails at every call, as keyrings.alt's encrypted backend does
when pycryptodome is missing."""

from __future__ import annotations

import keyring.backend


class BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring declares it as a classproperty

    def get_password(self, service: str, username: str) -> str | None:
        raise ImportError("No module named 'Cryptodome'")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("pycryptodome is required for this keyring")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("pycryptodome is required for this keyring")
