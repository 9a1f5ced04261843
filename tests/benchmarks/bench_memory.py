"""How much memory RepayRadar takes, against a bare PySide6 window. Goal (issue 18): a peak resident set
of at most 100 MB with the loans of a 200-loan data file shown (GnuCash takes 148 MB, KMyMoney 174-219 MB,
Skrooge 184 MB on the machine the goal was set on).

    python tests/benchmarks/bench_memory.py [--repeat 3] [--loans 0,200,1000] [--platform offscreen]

The runs are bench_startup.py's (fresh processes, `python -m app` as a double-click starts it, loans imported with
the CLI). The peak resident set size (getrusage ru_maxrss) is read at two points, and the goal is
judged at both:

  first paint   the main window's first paint (the issue's point: the window shows "opening your data"
                and opens the data file only after this paint);
  data shown    the first paint of the page that shows the data: the goal's reading. At a usual start
                that page shows the overview the data file kept at its last reading
                (app/core/first_screen.py), which still holds, and the models are loaded after it; the
                same start without it ("cold": data changed by another program, or a week away)
                loads pydantic, the models and the schedules first, and is printed beside it.

A third reading, "settled", is taken once the rule engine's risk estimates of every loan have arrived and
the reminders have started (both follow the painted data): what the app then keeps. The bare window is
read at its first paint. MB are 10**6 bytes. Prints one JSON line (for tools) and a
table (for people); figures are medians.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import measure  # noqa: E402

GOAL_PEAK_MB = 100.0
GOAL_AT_LOANS = 200


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--loans", default="0,200,1000", help="comma-separated loan counts")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args(argv)
    counts = [int(part) for part in args.loans.split(",")]
    medians = measure(counts, args.repeat, args.platform)

    bare = medians["bare"]["first_paint_rss_mb"]
    result: dict = {
        "benchmark": "memory",
        "platform": args.platform,
        "repeat": args.repeat,
        "bare_peak_rss_mb": bare,
    }
    for count in counts:
        figures = medians[str(count)]
        result[f"loans_{count}"] = {
            "peak_rss_at_first_paint_mb": figures["first_paint_rss_mb"],
            "peak_rss_at_data_shown_mb": figures["data_shown_rss_mb"],
            "peak_rss_settled_mb": figures["settled_rss_mb"],
            "peak_rss_cold_data_shown_mb": medians[f"{count} cold"]["data_shown_rss_mb"],
            "first_paint_above_bare_mb": round(figures["first_paint_rss_mb"] - bare, 1),
            "above_bare_mb": round(figures["data_shown_rss_mb"] - bare, 1),
        }
    result["goal_peak_mb"] = GOAL_PEAK_MB
    at_goal = result.get(f"loans_{GOAL_AT_LOANS}")
    if at_goal is not None:
        result["within_goal"] = at_goal["peak_rss_at_data_shown_mb"] <= GOAL_PEAK_MB
    print(json.dumps(result))

    print(
        f"peak resident memory (median of {args.repeat}, {args.platform}); bare PySide6 window: {bare:.1f} MB"
    )
    print(f"{'loans':>6}  {'at first paint':>14}  {'data shown (above bare)':>25}  {'cold':>9}  {'settled':>9}  goal")
    for count in counts:
        row = result[f"loans_{count}"]
        goal = f"<= {GOAL_PEAK_MB:.0f} MB with the data shown" if count == GOAL_AT_LOANS else ""
        print(
            f"{count:>6}  {row['peak_rss_at_first_paint_mb']:>11.1f} MB  "
            f"{row['peak_rss_at_data_shown_mb']:>12.1f} MB ({row['above_bare_mb']:>+5.1f})  "
            f"{row['peak_rss_cold_data_shown_mb']:>6.1f} MB  "
            f"{row['peak_rss_settled_mb']:>6.1f} MB  {goal}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
