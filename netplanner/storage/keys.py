"""Database keys: a random raw 256-bit key or a passphrase. Neither ever shows in repr or logs."""

from __future__ import annotations

import re
import secrets

from netplanner.domain.errors import ValidationError

RECOVERY_KEY_PATTERN = re.compile(r"^\s*([0-9a-fA-F]{4}[-\s]?){16}\s*$")
MIN_PASSPHRASE_LENGTH = 8


class DatabaseKey:
    """What SQLCipher needs to open a file. Subclasses say how it is written in `PRAGMA key`."""

    __slots__ = ()

    def pragma_literal(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} (hidden)>"

    __str__ = __repr__


class RawKey(DatabaseKey):
    """32 random bytes used directly as the cipher key (no key derivation: fast to open)."""

    __slots__ = ("_secret",)

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise ValueError("a raw database key is 32 bytes")
        self._secret = secret

    @classmethod
    def generate(cls) -> RawKey:
        return cls(secrets.token_bytes(32))

    @classmethod
    def from_hex(cls, text: str) -> RawKey:
        return cls(bytes.fromhex(text))

    @classmethod
    def from_recovery_key(cls, text: str) -> RawKey:
        if not RECOVERY_KEY_PATTERN.match(text):
            raise ValidationError("A recovery key is 64 hexadecimal digits, in groups of four.")
        return cls(bytes.fromhex(re.sub(r"[-\s]", "", text)))

    def hex(self) -> str:
        return self._secret.hex()

    def recovery_key(self) -> str:
        """The key as the user writes it down: 16 groups of 4 hex digits."""
        digits = self.hex().upper()
        return "-".join(digits[i : i + 4] for i in range(0, 64, 4))

    def pragma_literal(self) -> str:
        return f"\"x'{self.hex()}'\""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RawKey) and secrets.compare_digest(self._secret, other._secret)

    def __hash__(self) -> int:
        return hash(self._secret)


class Passphrase(DatabaseKey):
    """A passphrase the user types; SQLCipher derives the key with PBKDF2-HMAC-SHA512."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        if not text:
            raise ValidationError("The passphrase is empty.")
        self._text = text

    def pragma_literal(self) -> str:
        return "'" + self._text.replace("'", "''") + "'"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Passphrase) and secrets.compare_digest(
            self._text.encode(), other._text.encode()
        )

    def __hash__(self) -> int:
        return hash(self._text)


def key_from_user_text(text: str) -> DatabaseKey:
    """What the unlock prompt accepts: a recovery key (16 groups of 4 hex digits) or a passphrase."""
    if RECOVERY_KEY_PATTERN.match(text) and "-" in text:
        return RawKey.from_recovery_key(text)
    return Passphrase(text)


def keys_from_user_text(text: str) -> list[DatabaseKey]:
    """Every key the unlock prompt's text can mean, the likelier first: text shaped like a recovery key
    is tried as one and as a passphrase (an older version accepted such passphrases)."""
    if RECOVERY_KEY_PATTERN.match(text):
        return [RawKey.from_recovery_key(text), Passphrase(text)]
    return [Passphrase(text)]


def check_new_passphrase(text: str) -> Passphrase:
    if RECOVERY_KEY_PATTERN.match(text):
        raise ValidationError(
            "A passphrase cannot look like a recovery key (64 hexadecimal digits); choose another."
        )
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.",
            MIN_PASSPHRASE_LENGTH=MIN_PASSPHRASE_LENGTH,
        )
    return Passphrase(text)
