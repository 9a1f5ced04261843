"""How long the rule engine takes: 1,000 assessments of varied scenarios (every loan kind, 0-400 days,
mixed behaviour, both languages), in process. Goal: under 100 ms for the 1,000; it must stay well under
a second, since a what-if plan re-assesses on every change.

    python tests/benchmarks/bench_rules.py [--count N] [--repeat R]

"warm" reuses one pack (its caches of recurring parts filled by the first round); "cold" parses the
pack afresh before each round, so nothing is cached. Prints one JSON line (for tools) and a table (for
people); each figure is the median of R rounds.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

from app.core.models import LoanKind  # noqa: E402
from app.rules.engine import assess  # noqa: E402
from app.rules.pack import RulePack, default_pack_path, parse_pack  # noqa: E402
from app.rules.scenario import Scenario, parse_scenario  # noqa: E402


def varied_scenarios(count: int, seed: int = 2026) -> list[tuple[Scenario, str]]:
    """Deterministic, varied (scenario, language) pairs."""
    chance = random.Random(seed)
    pairs = []
    for index in range(count):
        days = chance.choice([0, chance.randint(1, 30), chance.randint(31, 120), chance.randint(121, 400)])
        outstanding = chance.randint(1_000, 900_000)
        scenario = Scenario.model_validate(
            {
                "as_of": "2026-12-01",
                "loan": {
                    "type": list(LoanKind)[index % len(LoanKind)],
                    "overdue_amount": f"{min(outstanding, chance.randint(0, 20_000))}.00" if days else "0.00",
                    "outstanding": f"{outstanding}.00",
                    "secured": chance.random() < 0.3,
                },
                "days_past_due": days,
                "behaviour": {
                    "reachable": chance.random() < 0.8,
                    "communicating": chance.random() < 0.5,
                    "hardship_reported": chance.random() < 0.3,
                    "negotiating": chance.random() < 0.2,
                    "evading": chance.random() < 0.15,
                    "false_info": chance.random() < 0.1,
                    "broken_promises": chance.choice([0, 0, 0, 1, 2, 4]),
                    "promises_kept": chance.choice([0, 0, 1, 2]),
                },
                "history": {"overdue_episodes_24m": chance.choice([0, 0, 1, 3])},
            }
        )
        pairs.append((scenario, "zh_CN" if index % 2 == 0 else "en"))
    return pairs


def _median_ms(
    action: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
) -> float:
    timings = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    pack_text = default_pack_path().read_text(encoding="utf-8")
    pairs = varied_scenarios(options.count)
    json_texts = [(scenario.model_dump_json(), lang) for scenario, lang in pairs]
    warm_pack = parse_pack(pack_text)
    cold: list[RulePack] = []

    def assess_all(pack: RulePack) -> None:
        for scenario, lang in pairs:
            assess(scenario, pack, lang)

    def from_json_to_json() -> None:
        for text, lang in json_texts:
            assess(parse_scenario(text), warm_pack, lang).model_dump_json()

    assess_all(warm_pack)  # fill the warm pack's caches once, outside the timings
    figures = {
        "count": options.count,
        "repeat": options.repeat,
        "load_pack_ms": _median_ms(lambda: parse_pack(pack_text), options.repeat),
        "assess_warm_ms": _median_ms(lambda: assess_all(warm_pack), options.repeat),
        "assess_cold_ms": _median_ms(
            lambda: assess_all(cold[-1]), options.repeat, before=lambda: cold.append(parse_pack(pack_text))
        ),
        "parse_assess_dump_ms": _median_ms(from_json_to_json, options.repeat),
    }
    figures["goal_ms"] = 100
    figures["within_goal"] = figures["assess_warm_ms"] < 100 and figures["assess_cold_ms"] < 1000
    print(json.dumps(figures))
    rows = [
        ("load and validate the pack (once)", figures["load_pack_ms"]),
        (f"{options.count} assessments, warm pack", figures["assess_warm_ms"]),
        (f"{options.count} assessments, fresh pack each round", figures["assess_cold_ms"]),
        (f"{options.count} x JSON in -> assess -> JSON out", figures["parse_assess_dump_ms"]),
    ]
    width = max(len(label) for label, _ in rows)
    print(f"{'what':<{width}}  median ms")
    for label, value in rows:
        print(f"{label:<{width}}  {value:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
