# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a CSV file with Python's csv module (RFC 4180 dialect) and prints its rows as JSON."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8", errors="strict") as f:
    rows = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
