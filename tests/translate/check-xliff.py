#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an exported XLIFF file with an XML parser that knows nothing of
Strategy Workbench, checks what XLIFF 2.0 requires of it, and prints what it
holds as JSON for the test to compare with the document.

    check-xliff.py FILE
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
MDA = "{urn:oasis:names:tc:xliff:metadata:2.0}"
# NMTOKEN, XML 1.0 fifth edition, ASCII part plus the rest of the BMP name characters.
NMTOKEN = re.compile("^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D"
                     "\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF"
                     "\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]+$")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main():
    root = ET.parse(sys.argv[1]).getroot()
    if root.tag != XLIFF + "xliff" or root.get("version") != "2.0":
        fail("not an XLIFF 2.0 root: %s %s" % (root.tag, root.get("version")))
    for name in ("srcLang", "trgLang"):
        if not root.get(name):
            fail("no " + name)

    files = root.findall(XLIFF + "file")
    if len(files) != 1 or not NMTOKEN.match(files[0].get("id", "")):
        fail("expected one <file> with an NMTOKEN id")
    meta = {m.get("type"): m.text for m in files[0].findall("%smetadata/%smetaGroup/%smeta" % (MDA, MDA, MDA))}

    units = []
    seen = set()
    for unit in files[0].iter(XLIFF + "unit"):
        uid = unit.get("id")
        if not uid or not NMTOKEN.match(uid) or uid in seen:
            fail("bad or repeated unit id %r" % uid)
        seen.add(uid)
        children = [c.tag for c in unit]
        # Modules first, then notes, then segments: the order the schema requires.
        if children != [MDA + "metadata", XLIFF + "notes", XLIFF + "segment"]:
            fail("unit %s has children %s" % (uid, children))
        fingerprint = unit.find("%smetadata/%smetaGroup/%smeta[@type='fingerprint']" % (MDA, MDA, MDA))
        notes = {}
        for note in unit.find(XLIFF + "notes"):
            notes.setdefault(note.get("category"), []).append(note.text)
        segment = unit.find(XLIFF + "segment")
        state = segment.get("state")
        if state not in ("initial", "translated", "reviewed", "final"):
            fail("unit %s: state %r" % (uid, state))
        source = segment.find(XLIFF + "source")
        target = segment.find(XLIFF + "target")
        units.append({
            "id": uid,
            "state": state,
            "source": source.text or "",
            "target": None if target is None else (target.text or ""),
            "fingerprint": fingerprint.text if fingerprint is not None else None,
            "notes": notes,
            "srcDir": unit.get("srcDir"),
            "trgDir": unit.get("trgDir"),
        })

    json.dump({"srcLang": root.get("srcLang"), "trgLang": root.get("trgLang"), "meta": meta,
               "units": units}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
