"""Sync with the user's own CardDAV/CalDAV server through vdirsyncer (issue 16).

NetPlanner never opens a connection itself: it keeps two vdir folders in the folder the user chose
(`contacts/`, one card per person, and `calendar/`, one item per planned touch), writes vdirsyncer's
config in its own config folder and runs `vdirsyncer` as a subprocess. The password lives in the OS
keyring (or only in memory) and reaches vdirsyncer through `password.fetch = ["command", ...]`, which
reads it from the environment NetPlanner gives the subprocess: it is never written to a file.

One sync, as `steps()`: (1) `vdirsyncer sync` of the contacts pair brings the server's changes into the
folder; (2) the folder is read and compared with the last agreed state (`sync_cards`): new cards become
prospects, changed cards update the card fields, removed cards move the person to the Trash, and a card
changed on both sides keeps NetPlanner's version and writes the server's in the person's notes; (3) our
cards and the calendar items are written into the folders; (4) `vdirsyncer sync` sends them. vdirsyncer
resolves its own conflicts with "a wins" (a = the folder, i.e. NetPlanner). Each step leaves a state the
next sync completes from, so a kill -9 of vdirsyncer or of NetPlanner at any point loses nothing.

`steps()` is a generator that yields each vdirsyncer run (`Call`) and is sent its `Outcome`, so the
command line runs them with `subprocess` and the GUI with a QProcess, without blocking the window.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Generator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import platformdirs
from sqlalchemy import select

from netplanner.domain.errors import NetPlannerError, ValidationError
from netplanner.domain.model import ContactStatus
from netplanner.interop import vdir
from netplanner.interop.ics import calendar_bytes
from netplanner.services.contacts import clean_contact_fields
from netplanner.storage import keystore
from netplanner.storage.orm import Contact, Setting, SyncCard, utcnow

if TYPE_CHECKING:
    from netplanner.services.facade import Services

KEYRING_SERVICE = "netplanner-sync"
PASSWORD_ENV = "NETPLANNER_SYNC_PASSWORD"
SETTING_KEY = "sync"
CONTACTS_PAIR = "netplanner_contacts"
CALENDAR_PAIR = "netplanner_calendar"
SOURCE = "carddav"
DEFAULT_WEEKS = 4
INSTALL_HINT = "pip install 'netplanner[sync]' (or: sudo apt install vdirsyncer)"
T = TypeVar("T")
_URL_IN_ERROR = re.compile(r"url='([^']*)'")


class SyncError(NetPlannerError):
    """A sync that could not run or finish; the message says why in one line."""


@dataclass(frozen=True)
class SyncConfig:
    carddav_url: str
    caldav_url: str
    user: str
    folder: Path
    todos: bool = False
    include_private: bool = False
    interval_minutes: int = 0  # 0: only on demand

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values["folder"] = str(self.folder)
        return values

    @classmethod
    def from_json(cls, values: Mapping[str, Any]) -> SyncConfig:
        return cls(str(values["carddav_url"]), str(values["caldav_url"]), str(values["user"]),
                   Path(str(values["folder"])), bool(values.get("todos", False)),
                   bool(values.get("include_private", False)), int(values.get("interval_minutes", 0)))

    @property
    def account(self) -> str:
        """The keyring entry's user name: the server's user at the server's host."""
        return f"{self.user}@{urlsplit(self.carddav_url).netloc}"

    @property
    def contacts_folder(self) -> Path:
        return self.folder / "contacts"

    @property
    def calendar_folder(self) -> Path:
        return self.folder / "calendar"


@dataclass
class SyncSummary:
    """What one sync did, for the status bar and the command line."""

    added: int = 0  # new people from the server (prospects)
    updated: int = 0  # people whose card fields came from the server
    trashed: int = 0  # people whose card was deleted on the server
    sent: int = 0  # cards written for the server (new or changed here)
    removed: int = 0  # cards deleted because the person is in the Trash here
    conflicts: list[str] = field(default_factory=list)  # names: changed on both sides, ours kept
    touches: int = 0  # items in the calendar

    def line(self) -> str:
        """The summary in one line of English (the GUI words it itself, in the user's language)."""
        parts = []
        if self.added:
            parts.append(_count(self.added, "new person", "new people") + " from the server")
        if self.updated:
            parts.append(_count(self.updated, "person", "people") + " updated from the server")
        if self.trashed:
            parts.append(_count(self.trashed, "person", "people") + " moved to the Trash")
        if self.sent:
            parts.append(_count(self.sent, "card", "cards") + " sent")
        if self.removed:
            parts.append(_count(self.removed, "card", "cards") + " deleted")
        if self.conflicts:
            parts.append(_count(len(self.conflicts), "conflict", "conflicts") + " kept ours ("
                         + ", ".join(self.conflicts) + ")")
        parts.append(_count(self.touches, "touch", "touches") + " in your calendar")
        return ", ".join(parts)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


@dataclass(frozen=True)
class Call:
    """One run of vdirsyncer: its arguments after the executable, and why (for progress messages)."""

    program: list[str]
    args: list[str]
    env: dict[str, str]
    purpose: str  # "discover", "pull" or "push"

    @property
    def argv(self) -> list[str]:
        return [*self.program, *self.args]


@dataclass(frozen=True)
class Outcome:
    returncode: int
    output: str


def config_dir() -> Path:
    """Where vdirsyncer's config and status for NetPlanner live."""
    return Path(platformdirs.user_config_dir("netplanner", appauthor=False)) / "sync"


def vdirsyncer_command() -> list[str] | None:
    """How to start vdirsyncer: the one installed with NetPlanner's Python, else one on PATH."""
    if not getattr(sys, "frozen", False) and importlib.util.find_spec("vdirsyncer") is not None:
        return [sys.executable, "-m", "vdirsyncer"]
    found = shutil.which("vdirsyncer")
    return [found] if found else None


def _password_command() -> list[str]:
    if getattr(sys, "frozen", False):  # a bundle has no `python -m`; the environment is enough
        return ["printenv", PASSWORD_ENV]
    return [sys.executable, "-m", "netplanner.sync_password"]


def _toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string or list is a valid vdirsyncer value


def vdirsyncer_config(config: SyncConfig, status: Path) -> str:
    """vdirsyncer's config for the two pairs (a = our folder, b = the server)."""
    password = _toml(["command", *_password_command(), "--account", config.account])

    def remote(name: str, kind: str, url: str) -> str:
        return (f"[storage {name}]\ntype = {_toml(kind)}\nurl = {_toml(url)}\n"
                f"username = {_toml(config.user)}\npassword.fetch = {password}\n")

    return (
        "# Written by NetPlanner for its sync; it is rewritten before every sync. No password is kept here.\n"
        f"[general]\nstatus_path = {_toml(str(status) + os.sep)}\n\n"
        f"[pair {CONTACTS_PAIR}]\na = \"{CONTACTS_PAIR}_local\"\nb = \"{CONTACTS_PAIR}_remote\"\n"
        "collections = null\nconflict_resolution = \"a wins\"\n\n"
        f"[storage {CONTACTS_PAIR}_local]\ntype = \"filesystem\"\n"
        f"path = {_toml(str(config.contacts_folder) + os.sep)}\nfileext = \".vcf\"\n\n"
        + remote(f"{CONTACTS_PAIR}_remote", "carddav", config.carddav_url) + "\n"
        # One way out: vdirsyncer never writes our calendar folder, and "ignore" leaves the other events
        # of the user's calendar alone ("revert" would delete them on the next run).
        f"[pair {CALENDAR_PAIR}]\na = \"{CALENDAR_PAIR}_local\"\nb = \"{CALENDAR_PAIR}_remote\"\n"
        "collections = null\nconflict_resolution = \"a wins\"\npartial_sync = \"ignore\"\n\n"
        f"[storage {CALENDAR_PAIR}_local]\ntype = \"filesystem\"\n"
        f"path = {_toml(str(config.calendar_folder) + os.sep)}\nfileext = \".ics\"\nread_only = true\n\n"
        + remote(f"{CALENDAR_PAIR}_remote", "caldav", config.caldav_url)
    )


def explain_failure(output: str, config: SyncConfig) -> SyncError:
    """vdirsyncer's output turned into one line the user can act on."""
    found = _URL_IN_ERROR.search(output)
    url = found.group(1) if found else config.carddav_url
    if _status(output, 401):
        return SyncError("The server refused the user name or password for {url}.", url=url)
    if _status(output, 403):
        return SyncError("The server does not let {user} use {url}.", user=config.user, url=url)
    if _status(output, 404):
        return SyncError("There is no address book or calendar at {url}: check the address.", url=url)
    if "Cannot connect to host" in output or "Name or service not known" in output:
        return SyncError("Cannot reach the server at {url}: is the address right and the server up?",
                         url=url)
    if "Empty value for password" in output:
        return SyncError("No password for the sync: set it in Settings > Sync or with `netplanner sync "
                         "setup`.")
    lines = [line.split(":", 1)[1].strip() for line in output.splitlines()
             if line.startswith(("error:", "critical:")) and "-vdebug" not in line]
    reason = lines[0] if lines else (output.strip().splitlines() or ["no output"])[-1]
    return SyncError("vdirsyncer failed: {reason}", reason=reason[:300])


def _status(output: str, code: int) -> bool:
    """Whether vdirsyncer reported this HTTP status (as an error, or in its debug log)."""
    return f"{code}, message=" in output or re.search(rf"^debug: {code}$", output, re.MULTILINE) is not None


def check_config(config: SyncConfig) -> SyncConfig:
    for label, url in (("CardDAV address", config.carddav_url), ("CalDAV address", config.caldav_url)):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValidationError("{label} '{url}' is not an http:// or https:// address.", label=label,
                                  url=url)
    if not config.user.strip():
        raise ValidationError("Name the user on the server.")
    if not str(config.folder).strip() or not config.folder.is_absolute():
        raise ValidationError("Choose the sync folder as a full path, not '{folder}'.",
                              folder=str(config.folder))
    if not 0 <= config.interval_minutes <= 24 * 60:
        raise ValidationError("Sync every 0 (never) to 1440 minutes.")
    return config


# ------------------------------------------------------------------------------------------ the keyring


def store_password(config: SyncConfig, password: str) -> None:
    backend = keystore.secure_backend()
    if backend is None:
        raise SyncError("No secure keychain to keep the sync password in; use --no-store (or "
                        "NETPLANNER_SYNC_PASSWORD) to give it for each sync.")
    backend.set_password(KEYRING_SERVICE, config.account, password)


def stored_password(config: SyncConfig) -> str | None:
    backend = keystore.secure_backend()
    return None if backend is None else backend.get_password(KEYRING_SERVICE, config.account)


# ------------------------------------------------------------------------------------------ the service


@dataclass
class _Plan:
    """What reading the folder decided, before anything is written."""

    add: list[vdir.CardFile] = field(default_factory=list)
    update: list[tuple[int, vdir.CardFile]] = field(default_factory=list)
    agree: list[tuple[int, vdir.CardFile, str]] = field(default_factory=list)
    trash: list[tuple[int, str]] = field(default_factory=list)  # (contact id, uid)
    conflict: list[tuple[int, vdir.CardFile | None]] = field(default_factory=list)
    write: dict[int, str] = field(default_factory=dict)  # contact id -> reason ("new", "changed", "conflict")
    delete: list[str] = field(default_factory=list)  # uids whose card goes (person trashed here)


class SyncService:
    def __init__(self, services: Services, folder: Path | None = None) -> None:
        self.services = services
        self.db = services.db
        self.dir = folder or config_dir()

    # ---------------------------------------------------------------------------------- settings

    def config(self) -> SyncConfig | None:
        with self.db.session() as session:
            row = session.get(Setting, SETTING_KEY)
            return None if row is None or not row.value else SyncConfig.from_json(row.value)

    def save_config(self, config: SyncConfig) -> None:
        check_config(config)
        with self.db.session() as session:
            row = session.get(Setting, SETTING_KEY)
            if row is None:
                session.add(Setting(key=SETTING_KEY, value=config.as_json()))
            elif row.value != config.as_json():
                row.value = config.as_json()

    def setup(self, config: SyncConfig, password: str | None, *, store: bool = True) -> list[str]:
        """Try the connection (`vdirsyncer discover`), then keep the settings (in the database) and,
        with `store`, the password (in the keyring). Returns what the server offers; a failure keeps
        nothing."""
        check_config(config)
        found = self.discover(password, config)
        self.keep(config, password, store=store)
        return found

    def keep(self, config: SyncConfig, password: str | None, *, store: bool = True) -> None:
        """Keep the settings and (with `store`) the password, once the connection was tried."""
        if store and password:
            store_password(config, password)
        self.save_config(config)

    def write_config(self, config: SyncConfig) -> Path:
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / "config"
        temporary = path.with_name("config.tmp")
        temporary.write_text(vdirsyncer_config(config, self.dir / "status"), encoding="utf-8")
        os.replace(temporary, path)
        return path

    # ---------------------------------------------------------------------------------- running

    def _config_or_fail(self) -> SyncConfig:
        config = self.config()
        if config is None:
            raise SyncError("Sync is not set up: use Settings > Sync or `netplanner sync setup`.")
        return config

    def _password(self, config: SyncConfig, password: str | None) -> str:
        password = password or os.environ.get(PASSWORD_ENV) or stored_password(config)
        if not password:
            raise SyncError("No password for the sync: set it in Settings > Sync or with `netplanner sync "
                            "setup` (or in {env}).", env=PASSWORD_ENV)
        return password

    def _call(self, program: list[str], password: str, purpose: str, *args: str) -> Call:
        env = dict(os.environ)
        env[PASSWORD_ENV] = password
        return Call(program, ["-c", str(self.dir / "config"), *args], env, purpose)

    def discover_steps(self, password: str | None = None, config: SyncConfig | None = None
                       ) -> Generator[Call, Outcome, list[str]]:
        """`vdirsyncer discover`: what the server offers (for "Test connection"); raises on failure."""
        config = check_config(config) if config is not None else self._config_or_fail()
        program = _program()
        password = self._password(config, password)
        self._prepare(config)
        outcome = yield self._call(program, password, "discover", "-vdebug", "discover")
        found = [line.strip()[2:] for line in outcome.output.splitlines()
                 if line.startswith("  - ")]
        if outcome.returncode != 0 or "Failed to discover" in outcome.output:
            raise explain_failure(outcome.output, config)
        return found

    def steps(self, password: str | None = None, *, today: dt.date | None = None
              ) -> Generator[Call, Outcome, SyncSummary]:
        config = self._config_or_fail()
        program = _program()
        password = self._password(config, password)
        self._prepare(config)
        vdir.read_cards(config.contacts_folder)  # a card broken by hand must not reach the server either
        if not (self.dir / "status" / f"{CONTACTS_PAIR}.collections").exists():
            yield self._call(program, password, "discover", "discover")
        outcome = yield self._call(program, password, "pull", "sync", CONTACTS_PAIR)
        if outcome.returncode != 0 and "vdirsyncer discover" in outcome.output:
            outcome = yield self._call(program, password, "discover", "discover")
            if outcome.returncode == 0:
                outcome = yield self._call(program, password, "pull", "sync", CONTACTS_PAIR)
        if outcome.returncode != 0:
            raise explain_failure(outcome.output, config)
        summary = SyncSummary()
        files = vdir.read_cards(config.contacts_folder)  # a bad card stops here, before any change
        plan = self._decide(files)
        self._apply(plan, summary)
        pending = self.dir / "push-pending"  # removed only once vdirsyncer has sent everything
        if self._write_cards(config, plan, files, summary) | self._write_calendar(config, today, summary):
            pending.touch()
        if pending.exists():
            outcome = yield self._call(program, password, "push", "sync")
            if outcome.returncode != 0:
                raise explain_failure(outcome.output, config)
            pending.unlink()
        return summary

    def run(self, password: str | None = None, *, today: dt.date | None = None,
            progress: Callable[[str, subprocess.Popen[str]], None] | None = None) -> SyncSummary:
        """One whole sync, vdirsyncer run as a blocking subprocess (the command line)."""
        return drive(self.steps(password, today=today), progress)

    def discover(self, password: str | None = None, config: SyncConfig | None = None) -> list[str]:
        return drive(self.discover_steps(password, config))

    def _prepare(self, config: SyncConfig) -> None:
        config.contacts_folder.mkdir(parents=True, exist_ok=True)
        config.calendar_folder.mkdir(parents=True, exist_ok=True)
        self.write_config(config)

    # ---------------------------------------------------------------------------------- contacts

    def _ours(self) -> tuple[dict[str, Contact], dict[str, SyncCard]]:
        with self.db.session() as session:
            contacts = {c.uid: c for c in session.scalars(select(Contact))}
            states = {s.uid: s for s in session.scalars(select(SyncCard))}
        return contacts, states

    def _decide(self, files: list[vdir.CardFile]) -> _Plan:
        contacts, states = self._ours()
        by_uid = {f.card.uid: f for f in files}
        plan = _Plan()
        for uid in sorted(set(contacts) | set(states) | set(by_uid)):
            contact, state, file = contacts.get(uid), states.get(uid), by_uid.get(uid)
            live = contact is not None and contact.deleted_at is None
            if not live:
                if file is not None and (state is not None or contact is not None):
                    plan.delete.append(uid)  # in the Trash (or gone) here: gone there too
                elif file is not None:
                    plan.add.append(file)
                elif state is not None:
                    plan.delete.append(uid)  # gone on both sides: forget it
                continue
            assert contact is not None
            ours = _card(contact)
            ours_changed = state is None or state.fields_hash != ours.digest()
            if file is None:
                if state is not None and not ours_changed:
                    plan.trash.append((contact.id, uid))
                elif state is not None:
                    plan.conflict.append((contact.id, None))
                    plan.write[contact.id] = "conflict"
                else:
                    plan.write[contact.id] = "new"
                continue
            theirs_changed = state is None or state.file_hash != file.digest
            if not theirs_changed:
                if ours_changed:
                    plan.write[contact.id] = "changed"
            elif file.card == ours:
                plan.agree.append((contact.id, file, ours.digest()))
            elif not ours_changed:
                plan.update.append((contact.id, file))
            else:
                plan.conflict.append((contact.id, file))
                plan.write[contact.id] = "conflict"
        return plan

    def _apply(self, plan: _Plan, summary: SyncSummary) -> None:
        """The server's changes, in one transaction with the state that records them."""
        if not (plan.add or plan.update or plan.agree or plan.trash or plan.conflict):
            return
        today = self.services.today().isoformat()
        with self.db.session() as session:
            for file in plan.add:
                values = clean_contact_fields(_importable(file.card))
                values.setdefault("status", ContactStatus.PROSPECT.value)
                contact = Contact(uid=file.card.uid, source=SOURCE, **values)
                session.add(contact)
                session.flush()
                _remember(session, file.card.uid, contact.id, file.href, file.digest,
                          _card(contact).digest())
                summary.added += 1
            for contact_id, file in plan.update:
                changed = _get(session, contact_id)
                for name, value in clean_contact_fields(_importable(file.card)).items():
                    if getattr(changed, name) != value:
                        setattr(changed, name, value)
                session.flush()
                _remember(session, changed.uid, changed.id, file.href, file.digest, _card(changed).digest())
                summary.updated += 1
            for contact_id, file, digest in plan.agree:
                _remember(session, file.card.uid, contact_id, file.href, file.digest, digest)
            for contact_id, uid in plan.trash:
                _get(session, contact_id).deleted_at = utcnow()
                state = session.get(SyncCard, uid)
                if state is not None:
                    session.delete(state)
                summary.trashed += 1
            for contact_id, conflicting in plan.conflict:
                kept = _get(session, contact_id)
                kept.notes = _with_conflict_note(kept.notes, today, _card(kept),
                                                 conflicting.card if conflicting else None)
                state = session.get(SyncCard, kept.uid)
                if state is not None and conflicting is not None:
                    # Their version is now in the notes: the next sync must not note it again.
                    state.file_hash = conflicting.digest
                summary.conflicts.append(kept.name)

    def _write_cards(self, config: SyncConfig, plan: _Plan, files: list[vdir.CardFile],
                     summary: SyncSummary) -> bool:
        """Our cards into the folder, then the state that says so (a kill in between is harmless: the
        next sync finds files that equal our fields and only records that)."""
        if not plan.write and not plan.delete:
            return False
        existing = {f.card.uid: f for f in files}
        folder = config.contacts_folder
        states: list[tuple[str, int | None, str, str, str]] = []
        with self.db.session() as session:
            contacts = list(session.scalars(select(Contact).where(Contact.id.in_(plan.write))))
        for contact in contacts:
            ours = _card(contact)
            before = existing.get(contact.uid)
            href = before.href if before else vdir.href_for(contact.uid)
            data = vdir.card_bytes(ours, before.data if before else None)
            vdir.write_file(folder, href, data)
            states.append((contact.uid, contact.id, href, vdir.file_digest(data), ours.digest()))
            if plan.write[contact.id] != "conflict":
                summary.sent += 1
        for uid in plan.delete:
            file = existing.get(uid)
            if file is not None:
                vdir.remove_file(folder, file.href)
                summary.removed += 1
        with self.db.session() as session:
            for uid, contact_id, href, file_hash, fields_hash in states:
                _remember(session, uid, contact_id, href, file_hash, fields_hash)
            for uid in plan.delete:
                state = session.get(SyncCard, uid)
                if state is not None:
                    session.delete(state)
        return True

    # ---------------------------------------------------------------------------------- calendar

    def _write_calendar(self, config: SyncConfig, today: dt.date | None, summary: SyncSummary) -> bool:
        """The planned touches into the calendar folder; whether any item was written or removed."""
        planner = self.services.planner
        touches = planner.calendar_touches(planner.plan(DEFAULT_WEEKS, today))
        stamp = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # same bytes for the same touch: no needless upload
        items = {
            vdir.href_for(touch.uid, vdir.EVENT_EXT): calendar_bytes(
                [touch], todos=config.todos, include_private=config.include_private, stamp=stamp)
            for touch in touches
        }
        written, removed = vdir.write_calendar(config.calendar_folder, items)
        summary.touches = len(items)
        return bool(written or removed)


def _program() -> list[str]:
    program = vdirsyncer_command()
    if program is None:
        raise SyncError("vdirsyncer is not installed; install it with {hint}.", hint=INSTALL_HINT)
    return program


def _get(session: Any, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    assert isinstance(contact, Contact)
    return contact


def _card(contact: Contact) -> vdir.Card:
    return vdir.Card.of(contact.uid, {name: getattr(contact, name) for name in vdir.CARD_FIELDS})


def _importable(card: vdir.Card) -> dict[str, object]:
    """A card's fields as the contact service cleans them (an unusable LinkedIn URL is dropped)."""
    values: dict[str, object] = dict(card.fields())
    if values["linkedin_url"] and "linkedin." not in str(values["linkedin_url"]).lower():
        values["linkedin_url"] = ""
    if not str(values["name"]).strip():
        values["name"] = (card.emails or card.phones or (card.uid,))[0]
    return values


def _remember(session: Any, uid: str, contact_id: int | None, href: str, file_hash: str,
              fields_hash: str) -> None:
    state = session.get(SyncCard, uid)
    if state is None:
        session.add(SyncCard(uid=uid, contact_id=contact_id, href=href, file_hash=file_hash,
                             fields_hash=fields_hash))
    else:
        state.contact_id, state.href = contact_id, href
        state.file_hash, state.fields_hash = file_hash, fields_hash


def _with_conflict_note(notes: str, today: str, ours: vdir.Card, theirs: vdir.Card | None) -> str:
    if theirs is None:
        note = (f"[Sync {today}] The card was deleted on the server; NetPlanner's version was kept and "
                "sent again.")
    else:
        ours_fields, theirs_fields = ours.fields(), theirs.fields()
        differences = [
            f"{name}: {', '.join(value) if isinstance(value, list) else value}"
            for name, value in theirs_fields.items() if value != ours_fields[name]
        ]
        note = (f"[Sync {today}] Changed on the server and here; NetPlanner's version was kept. "
                f"The server had: {'; '.join(differences)}")
    return f"{notes.rstrip()}\n\n{note}" if notes.strip() else note


def drive(steps: Generator[Call, Outcome, T],
          progress: Callable[[str, subprocess.Popen[str]], None] | None = None) -> T:
    """Run a sync's vdirsyncer calls one after another as subprocesses; `progress` sees each line."""
    try:
        call = next(steps)
        while True:
            call = steps.send(run_call(call, progress))
    except StopIteration as done:
        result: T = done.value
        return result


def run_call(call: Call, progress: Callable[[str, subprocess.Popen[str]], None] | None = None) -> Outcome:
    try:
        process = subprocess.Popen(call.argv, env=call.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise SyncError("Cannot start vdirsyncer ({reason}); install it with {hint}.", reason=str(exc),
                        hint=INSTALL_HINT) from None
    lines: list[str] = []
    with process:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if progress is not None:
                progress(line.rstrip("\n"), process)
        code = process.wait()
    return Outcome(code, "".join(lines))
