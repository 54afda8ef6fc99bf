#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate Strategy Workbench documents against the JSON Schema of the file format.

Usage: check-schema.py --schema data/strategy.schema.json FILE...

Prints one line per problem, "FILE: /json/pointer: message" (the pointer of the
document root is shown as "/"), and exits with status 1 if the schema or any file
fails, 0 when everything is valid. Works with jsonschema 4.10 (Debian 12) and newer.
"""

import argparse
import json
import re
import sys

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError

# In JSON Schema a pattern is an ECMA-262 regular expression, where a final "$" matches
# only at the end of the string. Python's "$" also matches before a trailing newline, so
# "abc\n" would pass "^\S+$". Patterns ending in an unescaped "$" are therefore
# checked with "\Z" in its place; other patterns are passed to re unchanged.
_TRAILING_DOLLAR = re.compile(r"(?<!\\)(?:\\\\)*\$$")


def _python_pattern(pattern):
    if _TRAILING_DOLLAR.search(pattern):
        return pattern[:-1] + r"\Z"
    return pattern


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not re.search(_python_pattern(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


Validator = jsonschema.validators.extend(Draft202012Validator, {"pattern": _pattern})


def json_pointer(path):
    if not path:
        return "/"
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _sort_key(error):
    # Paths mix array indexes and member names; keep them comparable.
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in error.absolute_path]


def _refuse_constant(name):
    raise ValueError(f"{name} is not valid JSON")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_constant=_refuse_constant)


def main():
    parser = argparse.ArgumentParser(
        description="Validate Strategy Workbench documents against a JSON Schema.")
    parser.add_argument("--schema", required=True, help="the JSON Schema file (draft 2020-12)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="documents to validate")
    args = parser.parse_args()

    try:
        schema = load_json(args.schema)
    except (OSError, ValueError) as e:
        print(f"{args.schema}: /: cannot read schema: {e}")
        return 1

    # Before jsonschema 4.11, check_schema() ignored "format" in the meta-schema, so a pattern
    # that is not a regular expression went unnoticed until re raised while validating.
    # Validating with the format checker catches it on every version and lists all errors.
    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(meta.iter_errors(schema), key=_sort_key)
    for error in errors:
        print(f"{args.schema}: {json_pointer(error.absolute_path)}: {error.message}")
    if errors:
        return 1
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as e:
        print(f"{args.schema}: {json_pointer(e.absolute_path)}: {e.message}")
        return 1

    validator = Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    failed = False
    for path in args.files:
        try:
            document = load_json(path)
        except (OSError, ValueError) as e:
            print(f"{path}: /: cannot read: {e}")
            failed = True
            continue

        for error in sorted(validator.iter_errors(document), key=_sort_key):
            print(f"{path}: {json_pointer(error.absolute_path)}: {error.message}")
            failed = True

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
