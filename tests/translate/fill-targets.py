#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plays the translator: fills every target of an exported XLIFF 2.0 or PO
file with PREFIX + the source text and marks it done, using tools that know
nothing of Strategy Workbench (xml.etree for XLIFF, the gettext tools for PO).

    fill-targets.py PREFIX IN OUT
"""
import subprocess
import sys
import xml.etree.ElementTree as ET

XLIFF = "urn:oasis:names:tc:xliff:document:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"


def fill_xliff(prefix, path_in, path_out):
    ET.register_namespace("", XLIFF)
    ET.register_namespace("mda", MDA)
    tree = ET.parse(path_in)
    for segment in tree.getroot().iter("{%s}segment" % XLIFF):
        source = segment.find("{%s}source" % XLIFF)
        target = segment.find("{%s}target" % XLIFF)
        if target is None:
            target = ET.SubElement(segment, "{%s}target" % XLIFF)
        target.text = prefix + (source.text or "")
        segment.set("state", "translated")
    tree.write(path_out, encoding="UTF-8", xml_declaration=True)


def run(args, data):
    return subprocess.run(args, input=data, stdout=subprocess.PIPE, check=True).stdout


def fill_po(prefix, path_in, path_out):
    with open(path_in, "rb") as f:
        data = f.read()
    # Drop fuzzy marks, empty every translation, copy the sources in, prefix them.
    data = run(["msgattrib", "--clear-fuzzy", "-"], data)
    data = run(["msgfilter", "--keep-header", "-i", "-", "sed", "-e", "d"], data)
    data = run(["msgen", "-"], data)
    data = run(["msgfilter", "--keep-header", "-i", "-", "sed", "-e", "1s/^/%s/" % prefix], data)
    with open(path_out, "wb") as f:
        f.write(data)


def main():
    prefix, path_in, path_out = sys.argv[1:4]
    with open(path_in, "rb") as f:
        head = f.read(64).lstrip()
    if head.startswith(b"<"):
        fill_xliff(prefix, path_in, path_out)
    else:
        fill_po(prefix, path_in, path_out)


if __name__ == "__main__":
    main()
