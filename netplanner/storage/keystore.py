"""Where a database's key lives: the OS keychain (default) or the user's head (passphrase mode).

Beside each database sits a small, non-secret file `<db>.keyinfo.json` saying which mode the file is in,
which keyring backend holds its key and under which account. A different backend later is an error to
explain, never a reason to make a new key: a new key would orphan the database (as Signal Desktop does).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends.chainer import ChainerBackend

from netplanner.storage.errors import KeyringError, PassphraseRequiredError
from netplanner.storage.keys import DatabaseKey, Passphrase, RawKey

SERVICE = "netplanner"
PASSPHRASE_ENV = "NETPLANNER_PASSPHRASE"
INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class KeyInfo:
    mode: KeyMode
    backend: str = ""
    account: str = ""

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keyinfo.json")

    @classmethod
    def load(cls, db_path: Path) -> KeyInfo | None:
        path = cls.path_for(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(KeyMode(data["mode"]), str(data.get("backend", "")), str(data.get("account", "")))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyringError(
                "{path} is damaged ({exc}); cannot tell where the key is.",
                path=path,
                exc=exc,
            ) from exc

    def save(self, db_path: Path) -> None:
        path = self.path_for(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        payload = {"format": 1, "mode": self.mode.value, "backend": self.backend, "account": self.account}
        tmp.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    if backend_name(backend).startswith(INSECURE_MODULE_PREFIXES):
        return False
    if isinstance(backend, ChainerBackend):
        chained = backend.backends
        return bool(chained) and _is_secure(chained[0])
    try:
        return bool(keyring.core.recommended(backend))
    except Exception:
        return False


def secure_backend() -> keyring.backend.KeyringBackend | None:
    """The active keyring backend if it keeps secrets safely (not plaintext, not a failing stub)."""
    backend = keyring.get_keyring()
    return backend if _is_secure(backend) else None


def describe_missing_keyring() -> str:
    backend = keyring.get_keyring()
    return (
        f"No secure keychain is available (the keyring backend is {backend_name(backend)}). "
        "Protect the database with a passphrase instead."
    )


def store_new_key(db_path: Path) -> RawKey:
    """Make a random key, keep it in the OS keychain and remember where. The caller shows the recovery key."""
    backend = secure_backend()
    if backend is None:
        raise KeyringError(describe_missing_keyring())
    key = RawKey.generate()
    account = f"database-{uuid.uuid4()}"
    try:
        backend.set_password(SERVICE, account, key.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyringError("The keychain refused to store the key: {exc}", exc=exc) from exc
    KeyInfo(KeyMode.KEYRING, backend_name(backend), account).save(db_path)
    return key


def load_key(db_path: Path, environ: dict[str, str] | None = None) -> DatabaseKey:
    """The key for an existing database, without asking the user anything.

    Raises PassphraseRequiredError when the user must be asked (GUI) or must set NETPLANNER_PASSPHRASE (CLI).
    """
    env = os.environ if environ is None else environ
    if env.get(PASSPHRASE_ENV):
        return Passphrase(env[PASSPHRASE_ENV])
    info = KeyInfo.load(db_path)
    if info is None or info.mode is KeyMode.PASSPHRASE:
        raise PassphraseRequiredError(
            "{db_path} is protected by a passphrase: enter it, or set {PASSPHRASE_ENV}.",
            db_path=db_path,
            PASSPHRASE_ENV=PASSPHRASE_ENV,
        )
    backend = keyring.get_keyring()
    if info.backend and backend_name(backend) != info.backend:
        raise KeyringError(
            "The key of {db_path} is kept by {backend}, but the active keychain is {active}. "
            "Unlock it with your recovery key or switch the keychain back.",
            db_path=db_path,
            backend=info.backend,
            active=backend_name(backend),
        )
    try:
        secret = backend.get_password(SERVICE, info.account)
    except keyring.errors.KeyringError as exc:
        raise KeyringError("The keychain could not be read ({exc}). Is it locked?", exc=exc) from exc
    if secret is None:
        raise KeyringError(
            "The keychain has no key for {db_path}. Unlock it with your recovery key.", db_path=db_path
        )
    return RawKey.from_hex(secret)


def forget_key_entry(info: KeyInfo) -> None:
    """Remove a key the database no longer uses from the keychain. Best effort: the database is already
    re-keyed, so a locked or failing keychain leaves a harmless stale entry rather than an error."""
    if info.mode is not KeyMode.KEYRING or not info.account:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.get_keyring().delete_password(SERVICE, info.account)


def remember_passphrase_mode(db_path: Path) -> None:
    KeyInfo(KeyMode.PASSPHRASE).save(db_path)


def key_mode(db_path: Path) -> KeyMode | None:
    info = KeyInfo.load(db_path)
    return None if info is None else info.mode
