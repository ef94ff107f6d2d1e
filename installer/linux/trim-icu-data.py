"""Build a smaller libicudata.so.NN for the Linux bundle: ICU's data without what NetPlanner cannot use.

Qt links ICU only for collation (QCollator: ucol_*), time-zone names (ucal_*), case mapping and named
text codecs (ucnv_*). The app speaks Swedish and English, so the ICU data it can reach is root, en* and
sv* of each locale tree. Kept: every tree-level file (likely subtags, supplemental data, zoneinfo64,
meta zones, pools, res_index, the collation base table ucadata.icu, normalization, break rules, the codec
alias table) and the root, en* and sv* locale files of every tree (coll/sv.res holds the Swedish order:
... Z, Å, Ä, Ö). Left out: the other ~700 locales in every tree, the table-driven charset converters
(*.cnv; UTF-8/16/32, Latin-1 and ASCII are built into libicuuc, and Qt has its own for those), the
CJK/South-East-Asian word-break dictionaries (*.dict; rule-based breaking is the fallback), the
transliteration tree, the StringPrep profiles (*.spp), the spoof checker (confusables.cfu) and the
character names (unames.icu). 31 MB -> about 4 MB.

The data is ICU's "common data" package that libicudata exports as the symbol icudtNN_dat. This script
cuts it out of the library (nm, readelf), removes items with `icupkg` (Debian: icu-devtools; version 72
reads and writes a 73 package, the format is the same) and links a new library that exports the same
symbol under the same SONAME (gcc, with the data `.incbin`-ed into .rodata).

Usage: python3 installer/linux/trim-icu-data.py LIBICUDATA OUT_LIBRARY WORK_DIR  (the spec runs it on Linux)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Locales kept in every tree (with all their regional variants: en_GB, en_SE, sv_FI, ...).
KEPT_LANGUAGES = ("root", "en", "sv")
#: Trees nothing reaches from Qt (ICU's Transliterator: no Qt class uses it).
DROPPED_TREES = ("translit",)
DROPPED_SUFFIXES = (".cnv", ".dict", ".spp", ".cfu")
DROPPED_FILES = ("unames.icu",)
#: What Qt's collation, time-zone and codec calls need for Swedish and English: checked after trimming.
REQUIRED = (
    "root.res", "sv.res", "en.res", "pool.res", "res_index.res", "likelySubtags.res", "supplementalData.res",
    "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "cnvalias.icu",
    "coll/root.res", "coll/sv.res", "coll/ucadata.icu", "zone/root.res", "zone/sv.res", "zone/en.res",
    "brkitr/root.res", "brkitr/sv.res", "brkitr/word.brk",
)
#: A locale file: a 2-3 letter language code, then any _Script/_REGION/_VARIANT parts ("de__PHONEBOOK").
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
#: Tree-level files that look like locales.
NOT_LOCALES = ("res_index",)


def dropped(item: str) -> bool:
    """Whether a package item ("coll/de.res", "ibm-1252_P100-2000.cnv") is left out."""
    tree, _, name = item.rpartition("/")
    stem, _, suffix = name.rpartition(".")
    if tree in DROPPED_TREES or name in DROPPED_FILES or name.endswith(DROPPED_SUFFIXES):
        return True
    if suffix != "res" or stem in NOT_LOCALES or not LOCALE.match(stem):
        return False
    return stem.split("_", 1)[0] not in KEPT_LANGUAGES


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def extract_common_data(library: Path) -> tuple[str, bytes]:
    """The icudtNN_dat symbol's name and bytes, found through the dynamic symbol table."""
    symbols = re.findall(r"^([0-9a-f]+) ([0-9a-f]+) [RDB] (icudt\d+_dat)$",
                         run("nm", "-D", "-S", str(library)), re.MULTILINE)
    if len(symbols) != 1:
        raise SystemExit(f"trim-icu-data: no single icudtNN_dat symbol in {library}")
    address, size, symbol = int(symbols[0][0], 16), int(symbols[0][1], 16), symbols[0][2]
    # The file offset of an address: through the LOAD segment that maps it.
    for line in run("readelf", "-lW", str(library)).splitlines():
        fields = line.split()
        if fields[:1] != ["LOAD"]:
            continue
        offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
        if vaddr <= address and address + size <= vaddr + filesz:
            with library.open("rb") as f:
                f.seek(offset + address - vaddr)
                return symbol, f.read(size)
    raise SystemExit(f"trim-icu-data: {symbol} is not in a LOAD segment of {library}")


def main(library: Path, out: Path, work: Path) -> None:
    for tool in ("nm", "readelf", "icupkg", "gcc"):
        if shutil.which(tool) is None:
            package = {"icupkg": "icu-devtools", "gcc": "gcc"}.get(tool, "binutils")
            raise SystemExit(f"trim-icu-data: {tool} is missing; apt-get install {package}")
    symbol, data = extract_common_data(library)
    if data[12:16] != b"CmnD" or data[8] != 0 or data[9] != 0:  # little-endian, ASCII common data
        raise SystemExit(f"trim-icu-data: {symbol} in {library} is not little-endian ICU common data")
    # icupkg names the items of the package it writes after the output file: icudt73l/coll/sv.res.
    package = symbol.removesuffix("_dat") + "l"
    shutil.rmtree(work, ignore_errors=True)
    (work / "trimmed").mkdir(parents=True)
    full, trimmed = work / f"{package}.dat", work / "trimmed" / f"{package}.dat"
    full.write_bytes(data)
    items = run("icupkg", "-l", str(full)).split()
    removed = [item for item in items if dropped(item)]
    (work / "removed.lst").write_text("\n".join(removed) + "\n")
    # --ignore-deps: brkitr/root.res names the dictionaries; without them ICU breaks by rules alone.
    run("icupkg", "--ignore-deps", "-r", str(work / "removed.lst"), str(full), str(trimmed))
    kept = set(run("icupkg", "--ignore-deps", "-l", str(trimmed)).split())
    missing = [item for item in REQUIRED if item not in kept]
    if missing or len(kept) != len(items) - len(removed):
        raise SystemExit(f"trim-icu-data: the trimmed package lacks {missing or 'items'}")

    soname = re.search(r"\(SONAME\)\s+Library soname: \[(.+)\]", run("readelf", "-d", str(library)))
    if soname is None:
        raise SystemExit(f"trim-icu-data: {library} has no SONAME")
    source = work / "icudata.S"
    source.write_text(
        f'\t.section .note.GNU-stack,"",@progbits\n'
        f"\t.section .rodata\n\t.balign 16\n\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n'
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname.group(1)}", "-Wl,-z,noexecstack",
        "-o", str(out), str(source))
    if f" R {symbol}" not in run("nm", "-D", str(out)):
        raise SystemExit(f"trim-icu-data: {out} does not export {symbol}")
    print(f"trim-icu-data: {library.name} {len(data) // 1024} KiB -> {out.stat().st_size // 1024} KiB "
          f"({len(removed)} of {len(items)} items removed)")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.strip().splitlines()[-1])
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
