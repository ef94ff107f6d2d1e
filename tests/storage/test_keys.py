"""Keys in the OS keychain, passphrases, recovery keys, refusing insecure keychains, one process per file."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null

from netplanner.services.unlock import create_new, open_existing, switch_to_keyring, switch_to_passphrase
from netplanner.storage import keystore
from netplanner.storage.errors import DatabaseInUseError, KeyringError, PassphraseRequiredError, WrongKeyError
from netplanner.storage.keys import Passphrase, RawKey, key_from_user_text
from tests.conftest import MemoryKeyring
from tests.storage.test_db import folder_state


class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


class PlaintextLikeKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's PlaintextKeyring, which is refused by module name."""


PlaintextLikeKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), LowPriorityKeyring(), PlaintextLikeKeyring()],
    ids=["fail", "null", "low-priority", "keyrings.alt"],
)
def test_insecure_keychains_are_refused(tmp_path: Path, backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)
    assert keystore.secure_backend() is None
    with pytest.raises(PassphraseRequiredError, match="No secure keychain"):
        create_new(tmp_path / "a.db", environ={})
    assert not (tmp_path / "a.db").exists()


def test_a_chain_is_judged_by_its_first_backend(memory_keyring: MemoryKeyring) -> None:
    chain = chainer.ChainerBackend
    secure_first = type("SecureFirst", (chain,), {"backends": [memory_keyring, fail.Keyring()]})
    assert keystore._is_secure(secure_first())
    insecure_first = type("InsecureFirst", (chain,), {"backends": [null.Keyring(), memory_keyring]})
    assert not keystore._is_secure(insecure_first())


def test_keychain_mode_creates_shows_recovery_key_and_reopens_silently(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "a.db"
    opened = create_new(path, environ={})
    assert opened.recovery_key is not None
    assert len(opened.recovery_key) == 79
    opened.services.contacts.add(name="Anna Berg")
    opened.close()
    assert len(memory_keyring.secrets) == 1
    reopened = open_existing(path, environ={})
    assert [r.name for r in reopened.services.contacts.rows()] == ["Anna Berg"]
    reopened.close()


def test_recovery_key_opens_the_database_without_the_keychain(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "a.db"
    opened = create_new(path, environ={})
    recovery = opened.recovery_key
    assert recovery is not None
    opened.close()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyringError, match="recovery key"):
        open_existing(path, environ={})
    reopened = open_existing(path, key=key_from_user_text(recovery.lower()))
    reopened.close()


def test_wrong_key_in_the_keychain_fails_cleanly(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "a.db"
    create_new(path, environ={}).close()
    account = keystore.KeyInfo.load(path)
    assert account is not None
    memory_keyring.secrets[(keystore.SERVICE, account.account)] = RawKey.generate().hex()
    before = folder_state(tmp_path)
    with pytest.raises(WrongKeyError):
        open_existing(path, environ={})
    assert folder_state(tmp_path) == before


def test_a_different_keychain_later_is_explained_not_replaced(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "a.db"
    create_new(path, environ={}).close()

    class OtherKeyring(MemoryKeyring):
        pass

    keyring.set_keyring(OtherKeyring())
    with pytest.raises(KeyringError, match="is kept by"):
        open_existing(path, environ={})


def test_environment_passphrase_wins_and_asks_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    env = {keystore.PASSPHRASE_ENV: "correct horse"}
    opened = create_new(path, environ=env)
    assert opened.recovery_key is None
    opened.close()
    assert keystore.key_mode(path) is keystore.KeyMode.PASSPHRASE
    with pytest.raises(PassphraseRequiredError, match="NETPLANNER_PASSPHRASE"):
        open_existing(path, environ={})
    open_existing(path, environ=env).close()


def test_switching_modes_keeps_the_data(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "a.db"
    opened = create_new(path, environ={})
    opened.services.contacts.add(name="Per Öberg")
    switch_to_passphrase(opened, Passphrase("long enough phrase"))
    opened.close()
    assert memory_keyring.secrets == {}
    opened = open_existing(path, environ={keystore.PASSPHRASE_ENV: "long enough phrase"})
    recovery = switch_to_keyring(opened)
    opened.close()
    assert len(recovery) == 79
    opened = open_existing(path, environ={})
    assert [r.name for r in opened.services.contacts.rows()] == ["Per Öberg"]
    opened.close()


def test_only_one_process_may_open_a_database(tmp_path: Path) -> None:
    env = {keystore.PASSPHRASE_ENV: "correct horse"}
    first = create_new(tmp_path / "a.db", environ=env)
    try:
        with pytest.raises(DatabaseInUseError, match="already open"):
            open_existing(tmp_path / "a.db", environ=env)
    finally:
        first.close()
    open_existing(tmp_path / "a.db", environ=env).close()


def test_keys_never_show_in_repr() -> None:
    key = RawKey.generate()
    assert key.hex() not in repr(key)
    assert key.hex() not in str(key)
    assert "secret words" not in repr(Passphrase("secret words"))
