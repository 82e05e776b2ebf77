#!/usr/bin/env python3
"""Checks docs/tour.schema.json against the fixtures the parser is tested on.

tests/data/tours/schema/valid/*.json must validate, invalid/*.json (parser errors) and
warning/*.json (parser warnings only: unknown keys, unportable paths) must not. The valid tour
fixture and the complete example of docs/TOUR_FORMAT.md must validate too. SchemaAgreementTests.cpp
checks the same files with the parser, so the two agree. Exits 77 (skipped) without jsonschema.

Usage: check_schema.py SOURCE_DIR
"""
import json
import pathlib
import re
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)


def doc_example(source):
    text = (source / "docs" / "TOUR_FORMAT.md").read_text(encoding="utf-8")
    section = text.split("## 11. Complete example", 1)[1]
    return json.loads(re.search(r"```json\n(.*?)\n```", section, re.S).group(1))


def main():
    source = pathlib.Path(sys.argv[1])
    schema = json.loads((source / "docs" / "tour.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    tours = source / "tests" / "data" / "tours"
    cases = [("docs/TOUR_FORMAT.md example", doc_example(source), True)]
    cases.append(("valid/tour.json", json.loads((tours / "valid" / "tour.json").read_text("utf-8")), True))
    for folder, expect_valid in (("valid", True), ("invalid", False), ("warning", False)):
        files = sorted((tours / "schema" / folder).glob("*.json"))
        if not files:
            print(f"FAIL: no files in schema/{folder}")
            return 1
        cases += [(f"schema/{folder}/{f.name}", json.loads(f.read_text("utf-8")), expect_valid) for f in files]
    failures = 0
    for name, document, expect_valid in cases:
        errors = list(validator.iter_errors(document))
        if bool(errors) == expect_valid:
            failures += 1
            first = errors[0].message if errors else "accepted"
            print(f"FAIL: {name}: expected {'valid' if expect_valid else 'invalid'}, got: {first}")
    print(f"{len(cases) - failures} of {len(cases)} files as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
