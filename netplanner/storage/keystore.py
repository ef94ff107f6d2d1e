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

from netplanner.storage import files
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
    """Where the key is. While the key is being changed, `pending` says where it is going: written
    before the file is re-encrypted, so that after a crash either state is recognised (see unlock)."""

    mode: KeyMode
    backend: str = ""
    account: str = ""
    pending: KeyInfo | None = None

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keyinfo.json")

    @classmethod
    def load(cls, db_path: Path) -> KeyInfo | None:
        path = cls.path_for(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            pending = data.get("pending")
            return cls._from(data, cls._from(pending) if pending else None)
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyringError(
                "{path} is damaged ({exc}); cannot tell where the key is.",
                path=path,
                exc=exc,
            ) from exc

    @classmethod
    def _from(cls, data: dict[str, object], pending: KeyInfo | None = None) -> KeyInfo:
        return cls(KeyMode(str(data["mode"])), str(data.get("backend", "")), str(data.get("account", "")),
                   pending)

    def settled(self) -> KeyInfo:
        return KeyInfo(self.mode, self.backend, self.account)

    def with_pending(self, pending: KeyInfo) -> KeyInfo:
        return KeyInfo(self.mode, self.backend, self.account, pending.settled())

    def save(self, db_path: Path) -> None:
        payload: dict[str, object] = {"format": 1, **self._fields()}
        if self.pending is not None:
            payload["pending"] = self.pending._fields()
        files.write_private(self.path_for(db_path), (json.dumps(payload, indent=2) + "\n").encode())

    def _fields(self) -> dict[str, str]:
        return {"mode": self.mode.value, "backend": self.backend, "account": self.account}


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def active_backend() -> keyring.backend.KeyringBackend | None:
    """The configured keyring backend, or None when it cannot be loaded at all (a misspelt
    PYTHON_KEYRING_BACKEND, a backend whose own dependencies are missing)."""
    try:
        return keyring.get_keyring()
    except Exception:
        return None


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    try:
        if backend_name(backend).startswith(INSECURE_MODULE_PREFIXES):
            return False
        if isinstance(backend, ChainerBackend):
            chained = backend.backends
            return bool(chained) and _is_secure(chained[0])
        return bool(keyring.core.recommended(backend))
    except Exception:
        return False


def secure_backend() -> keyring.backend.KeyringBackend | None:
    """The active keyring backend if it keeps secrets safely (not plaintext, not a failing stub)."""
    backend = active_backend()
    return backend if backend is not None and _is_secure(backend) else None


def no_keychain() -> PassphraseRequiredError:
    return PassphraseRequiredError(
        "No secure keychain was found. Protect the database with a passphrase instead."
    )


def describe_missing_keyring() -> str:
    return str(no_keychain())


def new_key_entry() -> tuple[RawKey, KeyInfo]:
    """A random key, kept in the OS keychain; the caller saves the KeyInfo when the file uses the key.
    Any failure of the keychain means passphrase mode (PassphraseRequiredError), never a traceback."""
    backend = secure_backend()
    if backend is None:
        raise no_keychain()
    key = RawKey.generate()
    account = f"database-{uuid.uuid4()}"
    try:
        backend.set_password(SERVICE, account, key.hex())
    except Exception as exc:
        raise PassphraseRequiredError(
            "The keychain refused to store the key ({exc}). Protect the database with a passphrase instead.",
            exc=exc,
        ) from None
    return key, KeyInfo(KeyMode.KEYRING, backend_name(backend), account)


def store_new_key(db_path: Path) -> RawKey:
    """Make a random key, keep it in the OS keychain and remember where. The caller shows the recovery key."""
    key, info = new_key_entry()
    info.save(db_path)
    return key


def keychain_key(db_path: Path, info: KeyInfo) -> RawKey:
    """The key that `info` (keychain mode) says the keychain holds."""
    backend = active_backend()
    if backend is None:
        raise KeyringError(
            "The key of {db_path} is in the keychain, but no keychain can be loaded. "
            "Unlock it with your recovery key.", db_path=db_path,
        )
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
    except Exception as exc:
        raise KeyringError("The keychain could not be read ({exc}). Is it locked?", exc=exc) from None
    if secret is None:
        raise KeyringError(
            "The keychain has no key for {db_path}. Unlock it with your recovery key.", db_path=db_path
        )
    try:
        return RawKey.from_hex(secret)
    except ValueError:
        raise KeyringError(
            "The keychain's key for {db_path} is damaged. Unlock it with your recovery key.", db_path=db_path
        ) from None


def passphrase_required(db_path: Path) -> PassphraseRequiredError:
    return PassphraseRequiredError(
        "{db_path} is protected by a passphrase: enter it, or set {PASSPHRASE_ENV}.",
        db_path=db_path,
        PASSPHRASE_ENV=PASSPHRASE_ENV,
    )


def load_key(db_path: Path, environ: dict[str, str] | None = None) -> DatabaseKey:
    """The key for an existing database whose key is not being changed, without asking the user.

    Raises PassphraseRequiredError when the user must be asked (GUI) or must set NETPLANNER_PASSPHRASE (CLI).
    """
    env = os.environ if environ is None else environ
    if env.get(PASSPHRASE_ENV):
        return Passphrase(env[PASSPHRASE_ENV])
    info = KeyInfo.load(db_path)
    if info is None or info.mode is KeyMode.PASSPHRASE:
        raise passphrase_required(db_path)
    return keychain_key(db_path, info)


def forget_key_entry(info: KeyInfo) -> None:
    """Remove a key the database no longer uses from the keychain. Best effort: the database is already
    re-keyed, so a locked or failing keychain leaves a harmless stale entry rather than an error."""
    if info.mode is not KeyMode.KEYRING or not info.account:
        return
    backend = active_backend()
    if backend is not None:
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, info.account)


def remember_passphrase_mode(db_path: Path) -> None:
    KeyInfo(KeyMode.PASSPHRASE).save(db_path)


def key_mode(db_path: Path) -> KeyMode | None:
    info = KeyInfo.load(db_path)
    return None if info is None else info.mode
