"""Structured name parts, as a vCard's N property has them: family names; given names; additional
names; honorific prefixes; honorific suffixes. Each part is a list of values (N:Stevenson;John;Philip,
Paul;Dr.;Jr.,M.D. has two additional names), so a card's N is written back exactly as it came.

The display name stays what the user sees and edits; the parts are kept beside it while they fit it.
When the display name is edited (`rebuilt_parts`):
- the parts stay as they are while every word of the new name is one of theirs ("Mr. John Doe" shortened
  to "John Doe");
- otherwise they are rebuilt from the new name when some of the old prefixes or suffixes still frame it
  ("Dr. Jane Doe" renamed "Dr. Jane Smith": prefix Dr., given Jane, family Smith);
- otherwise they are dropped, and an export builds N from the display name as for anyone without parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The parts in the order of the vCard N property.
NAME_PART_FIELDS: tuple[str, ...] = (
    "family_names", "given_names", "additional_names", "honorific_prefixes", "honorific_suffixes",
)  # fmt: skip
NameParts = list[list[str]]
_WORD = re.compile(r"\w+")


def empty_parts() -> NameParts:
    return [[] for _ in NAME_PART_FIELDS]


def has_parts(parts: Sequence[Sequence[str]]) -> bool:
    return any(value.strip() for part in parts for value in part)


def is_cjk(char: str) -> bool:
    """Chinese, Japanese (kana) or Korean (hangul): scripts that write the family name first."""
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def fits(name: str, parts: Sequence[Sequence[str]]) -> bool:
    """Whether the parts may describe the display name: every word of the name is one of the parts'
    (a CJK name written without spaces is compared as family + given, or given + family)."""
    if not has_parts(parts):
        return False
    name_words = _words(name)
    known = {word for part in parts for value in part for word in _words(value)}
    if name_words and all(word in known for word in name_words):
        return True
    compact = "".join(name_words)
    family, given, additional = ("".join(_words(" ".join(part))) for part in parts[:3])
    return bool(compact) and compact in (family + given + additional, given + additional + family)


def split_display_name(name: str) -> tuple[str, str]:
    """(family, given) for a display name without parts: "Doe, Jane" is family first, a CJK name too
    (王伟: 王 + 伟), otherwise the last word is the family name."""
    if "," in name:
        family, _sep, given = name.partition(",")
        return family.strip(), given.strip()
    words = name.split()
    if len(words) == 1 and name and all(is_cjk(ch) for ch in name):
        return name[0], name[1:]
    return (words[-1], " ".join(words[:-1])) if words else ("", "")


def derived_parts(name: str) -> NameParts:
    """The parts an export writes for a display name that has none of its own."""
    family, given = split_display_name(name)
    return [[family] if family else [], [given] if given else [], [], [], []]


def own_parts(name: str, parts: Sequence[Sequence[str]]) -> NameParts:
    """The parts worth keeping beside the name: none when they say no more than the name itself
    (N:Doe;John;;; beside "John Doe" is what an export builds anyway)."""
    cleaned = [[value.strip() for value in part if value.strip()] for part in parts]
    cleaned += empty_parts()[len(cleaned) :]
    return empty_parts() if not has_parts(cleaned) or cleaned == derived_parts(name) else cleaned


def rebuilt_parts(name: str, parts: Sequence[Sequence[str]]) -> NameParts:
    """The parts to keep beside a new display name (the rule in the module's docstring)."""
    kept = [list(part) for part in parts] + empty_parts()[len(parts) :]
    if not has_parts(kept) or fits(name, kept):
        return kept if has_parts(kept) else empty_parts()
    text = " ".join(name.split())
    prefixes: list[str] = []
    for prefix in kept[3]:
        if prefix and text.casefold().startswith(prefix.casefold() + " "):
            prefixes.append(text[: len(prefix)])
            text = text[len(prefix) :].strip()
    suffixes: list[str] = []
    for suffix in reversed(kept[4]):
        folded = text.casefold()
        if suffix and (folded.endswith(" " + suffix.casefold()) or folded.endswith("," + suffix.casefold())):
            suffixes.insert(0, text[len(text) - len(suffix) :])
            text = text[: len(text) - len(suffix)].rstrip(" ,")
    if not (prefixes or suffixes) or not text:
        return empty_parts()
    family, given = split_display_name(text)
    return [[family] if family else [], [given] if given else [], [], prefixes, suffixes]
