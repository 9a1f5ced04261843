"""Write docs/scenario.schema.json, the JSON Schema of the Scenario that `python -m app assess` reads.

    python -m app.rules.scenario_schema            regenerate it from the pydantic model
    python -m app.rules.scenario_schema --check    exit 1 if the committed file is out of date

The schema is generated, never edited by hand, so it always says what parse_scenario accepts; a test
keeps the committed file current (tests/rules/test_scenario_schema.py). docs/scenario.md explains it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from app.rules.scenario import Scenario

REPOSITORY = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPOSITORY / "docs" / "scenario.schema.json"
SCHEMA_ID = "https://repayradar.invalid/scenario.schema.json"


def schema() -> dict:
    """The Scenario's JSON Schema as pydantic validates input ("validation" mode: defaults optional)."""
    generated = Scenario.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **generated}


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.rules.scenario_schema", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is out of date")
    parser.add_argument("--output", type=Path, default=SCHEMA_PATH)
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python -m app.rules.scenario_schema", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
