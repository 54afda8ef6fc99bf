#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that po/POTFILES lists exactly the files that need translating.

A file with marked strings that is missing from POTFILES never reaches
translators, and nothing else notices; a POTFILES entry that no longer
exists breaks `update-po`. Usage: check-potfiles.py [SOURCE_ROOT]
"""

import re
import sys
from pathlib import Path

# Calls that mark a string for translation in C, as set by `preset: 'glib'`.
C_MARKERS = re.compile(
    r"(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_)\s*\("
    r"|(?<![A-Za-z0-9_])(?:g_dngettext|g_dpgettext2?|g_dgettext|ngettext)\s*\("
)
C_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.DOTALL)
UI_MARKER = re.compile(r"""translatable\s*=\s*["']yes["']""")
SCHEMA_MARKER = re.compile(r"<(?:summary|description)\b")


def has_strings(path: Path) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix in (".c", ".h"):
        return C_MARKERS.search(C_COMMENTS.sub("", text)) is not None
    if path.suffix == ".ui":
        return UI_MARKER.search(text) is not None
    if path.name.endswith(".gschema.xml"):
        return SCHEMA_MARKER.search(text) is not None
    # desktop.in and metainfo.xml.in files exist only to be merged with translations.
    return path.suffix == ".in"


def candidates(root: Path):
    yield from (root / "app").rglob("*.c")
    yield from (root / "ui").rglob("*.ui")
    yield from (root / "data").glob("*.in")
    yield from (root / "data").glob("*.gschema.xml")


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    potfiles = root / "po" / "POTFILES"
    listed = []
    for line in potfiles.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            listed.append(line)

    problems = []
    for entry in listed:
        if not (root / entry).is_file():
            problems.append(f"po/POTFILES lists {entry}, which does not exist")
    if listed != sorted(listed):
        problems.append("po/POTFILES is not sorted")

    for path in sorted(candidates(root)):
        relative = path.relative_to(root).as_posix()
        if relative not in listed and has_strings(path):
            problems.append(f"{relative} has translatable strings but is missing from po/POTFILES")

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"po/POTFILES: {len(listed)} files, all present and complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
