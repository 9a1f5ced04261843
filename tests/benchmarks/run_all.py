"""Run every benchmark and show each figure beside its goal.

    python tests/benchmarks/run_all.py [--skip idle_cpu,...] [--only startup,...]

Each bench_*.py runs in its own process, one after the other (they time things; running two at once
would measure the contention). Prints one combined JSON line ({"benchmarks": {name: its JSON line}})
and then a table: benchmark, figure, value, goal, and whether the goal is met. A goal is the one the
benchmark states in its own description; "-" where it states none. The whole run takes a few minutes
(bench_idle_cpu alone watches the idle app for a minute).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

# In the order they run: quick, in-process benchmarks first, the GUI ones last.
BENCHMARKS = {
    "schedule": "bench_schedule.py",
    "rules": "bench_rules.py",
    "store": "bench_store.py",
    "startup": "bench_startup.py",
    "memory": "bench_memory.py",
    "idle_cpu": "bench_idle_cpu.py",
    "bundle": "bench_bundle.py",  # builds the installers: run it with the `packaging` extra's venv
}
TIMEOUT_S = 1200


Row = tuple[str, str, str, str, str]  # benchmark, figure, value, goal, verdict


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def _rows_startup(figures: dict) -> list[Row]:
    first_goal = figures.get("goal_first_paint_ratio", 1.25)
    goal = figures.get("goal_ratio", 2.0)
    rows: list[Row] = [
        ("startup", "bare PySide6 window, first paint", f"{figures['bare_first_paint_ms']:.0f} ms", "-", "")
    ]
    for key, value in figures.items():
        if not key.startswith("loans_"):
            continue
        count = key.removeprefix("loans_")
        at_goal = count == "200"
        rows.append(
            (
                "startup",
                f"{count} loans: first paint (ratio to bare)",
                f"{value['first_paint_ms']:.0f} ms ({value['first_paint_ratio']:.2f})",
                f"<= {first_goal}",
                _verdict(value["first_paint_ratio"] <= first_goal),
            )
        )
        rows.append(
            (
                "startup",
                f"{count} loans: data shown (ratio to bare)",
                f"{value['data_shown_ms']:.0f} ms ({value['data_shown_ratio']:.2f})",
                f"<= {goal}" if at_goal else "-",
                _verdict(value["data_shown_ratio"] <= goal) if at_goal else "",
            )
        )
        if "cold_data_shown_ms" in value:
            rows.append(
                (
                    "startup",
                    f"{count} loans: data shown, no kept overview (ratio)",
                    f"{value['cold_data_shown_ms']:.0f} ms ({value['cold_data_shown_ratio']:.2f})",
                    "-",
                    "",
                )
            )
        if "settled_ms" in value:
            rows.append(
                ("startup", f"{count} loans: risks estimated, reminders on", f"{value['settled_ms']:.0f} ms", "-", "")
            )
    return rows


def _rows_memory(figures: dict) -> list[Row]:
    goal = figures.get("goal_peak_mb", 100.0)
    rows: list[Row] = [
        ("memory", "bare PySide6 window, peak RSS", f"{figures['bare_peak_rss_mb']:.1f} MB", "-", "")
    ]
    for key, value in figures.items():
        if key.startswith("loans_"):
            count = key.removeprefix("loans_")
            at_goal = count == "200"
            rows.append(
                (
                    "memory",
                    f"{count} loans: peak RSS at first paint",
                    f"{value['peak_rss_at_first_paint_mb']:.1f} MB ({value['first_paint_above_bare_mb']:+.1f})",
                    "-",
                    "",
                )
            )
            rows.append(
                (
                    "memory",
                    f"{count} loans: peak RSS with data shown",
                    f"{value['peak_rss_at_data_shown_mb']:.1f} MB ({value['above_bare_mb']:+.1f})",
                    f"<= {goal:.0f} MB" if at_goal else "-",
                    _verdict(value["peak_rss_at_data_shown_mb"] <= goal) if at_goal else "",
                )
            )
            if "peak_rss_cold_data_shown_mb" in value:
                rows.append(
                    ("memory", f"{count} loans: peak RSS with data shown, no kept overview",
                     f"{value['peak_rss_cold_data_shown_mb']:.1f} MB", "-", "")
                )
            if "peak_rss_settled_mb" in value:
                rows.append(
                    ("memory", f"{count} loans: peak RSS, risks estimated", f"{value['peak_rss_settled_mb']:.1f} MB",
                     "-", "")
                )
    return rows


def _rows_schedule(figures: dict) -> list[Row]:
    return [
        (
            "schedule",
            f"build_schedule, {figures['loans']} loans x 360 (median)",
            f"{figures['build_schedule_median_s'] * 1000:.0f} ms",
            "< 1000 ms",
            _verdict(figures["build_schedule_median_s"] < 1.0),
        ),
        (
            "schedule",
            "build_schedule, first run",
            f"{figures['build_schedule_first_s'] * 1000:.0f} ms",
            "-",
            "",
        ),
        (
            "schedule",
            "position(), every loan (median)",
            f"{figures['position_median_s'] * 1000:.0f} ms",
            "-",
            "",
        ),
    ]


def _rows_rules(figures: dict) -> list[Row]:
    count = figures.get("count", 1000)
    return [
        ("rules", "load and validate the pack", f"{figures['load_pack_ms']:.1f} ms", "-", ""),
        (
            "rules",
            f"{count} assessments, warm pack",
            f"{figures['assess_warm_ms']:.1f} ms",
            f"< {figures.get('goal_ms', 100)} ms",
            _verdict(figures["assess_warm_ms"] < figures.get("goal_ms", 100)),
        ),
        (
            "rules",
            f"{count} assessments, fresh pack",
            f"{figures['assess_cold_ms']:.1f} ms",
            "< 1000 ms",
            _verdict(figures["assess_cold_ms"] < 1000),
        ),
        ("rules", f"{count} x JSON -> assess -> JSON", f"{figures['parse_assess_dump_ms']:.1f} ms", "-", ""),
    ]


def _rows_store(figures: dict) -> list[Row]:
    size = f"{figures.get('loans', '?')} loans"
    labels = {
        "open_ms": "open (integrity check + backup)",
        "integrity_check_ms": "integrity check",
        "backup_now_ms": "backup",
        "read_everything_ms": "read everything",
        "export_backup_ms": "export JSON backup",
        "import_into_empty_ms": "import into an empty store",
    }
    return [
        ("store", f"{size}: {label}", f"{figures[key]:.1f} ms", "-", "")
        for key, label in labels.items()
        if key in figures
    ]


def _rows_idle_cpu(figures: dict) -> list[Row]:
    goal = figures.get("goal_cpu_seconds")
    return [
        (
            "idle_cpu",
            f"idle CPU over {figures.get('idle_seconds', '?')} s, {figures.get('loans', '?')} loans",
            f"{figures['cpu_seconds']:.3f} CPU-s ({figures['cpu_percent']:.2f} %)",
            f"< {goal} CPU-s" if goal is not None else "-",
            _verdict(figures["cpu_seconds"] < goal) if goal is not None else "",
        )
    ]


def _rows_bundle(figures: dict) -> list[Row]:
    if "skipped" in figures:
        return [("bundle", "(not measured)", figures["skipped"], "-", "")]
    startup = figures["first_window_ms"]
    return [
        (
            "bundle",
            "frozen app, unpacked / tar.xz / .deb",
            f"{figures['app_unpacked_mb']:.1f} / {figures['app_tar_xz_mb']:.1f} / {figures['deb_mb']:.1f} MB",
            "-",
            "",
        ),
        (
            "bundle",
            "bare PySide6 window, unpacked / tar.xz",
            f"{figures['bare_unpacked_mb']:.1f} / {figures['bare_tar_xz_mb']:.1f} MB",
            "-",
            "",
        ),
        ("bundle", "build: bundle and .deb", f"{figures['app_build_s']:.0f} s", "-", ""),
        (
            "bundle",
            "first window: frozen app (python -m app)",
            f"{startup['app_frozen']:.0f} ms ({startup['app_source']:.0f} ms)",
            "-",
            "",
        ),
        (
            "bundle",
            "first window: frozen bare window (python)",
            f"{startup['bare_frozen']:.0f} ms ({startup['bare_source']:.0f} ms)",
            "-",
            "",
        ),
    ]


ROWS: dict[str, Callable[[dict], list[Row]]] = {
    "startup": _rows_startup,
    "memory": _rows_memory,
    "schedule": _rows_schedule,
    "rules": _rows_rules,
    "store": _rows_store,
    "idle_cpu": _rows_idle_cpu,
    "bundle": _rows_bundle,
}


def run(name: str, script: str) -> dict:
    path = HERE / script
    if not path.exists():
        return {"error": f"{script} is not there"}
    started = time.monotonic()
    try:
        completed = subprocess.run(
            [sys.executable, str(path)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            cwd=HERE.parents[1],
        )
    except subprocess.TimeoutExpired:
        return {"error": f"took longer than {TIMEOUT_S} s"}
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        return {"error": f"exit {completed.returncode}: " + " | ".join(tail)}
    figures = json.loads(lines[0])
    if "error" in figures:
        return figures
    figures["_seconds"] = round(time.monotonic() - started, 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated names: " + ", ".join(BENCHMARKS))
    parser.add_argument("--skip", default="", help="comma-separated names to leave out")
    args = parser.parse_args(argv)
    chosen = [name for name in BENCHMARKS if not args.only or name in args.only.split(",")]
    chosen = [name for name in chosen if name not in args.skip.split(",")]

    results = {}
    for name in chosen:
        print(f"running {BENCHMARKS[name]} ...", file=sys.stderr, flush=True)
        results[name] = run(name, BENCHMARKS[name])
    print(json.dumps({"benchmarks": results}))

    rows: list[Row] = []
    for name, figures in results.items():
        if "error" in figures:
            rows.append((name, "(did not run)", figures["error"][:60], "-", "FAILED"))
            continue
        try:
            rows.extend(ROWS[name](figures))
        except (KeyError, TypeError) as error:
            rows.append((name, "(unexpected output)", f"missing {error}", "-", "FAILED"))
    headers = ("benchmark", "figure", "value", "goal", "")
    widths = [max(len(row[column]) for row in [headers, *rows]) for column in range(5)]
    for row in [headers, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    missed = [row for row in rows if row[4] in ("MISSED", "FAILED")]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} figures without a missed goal or a failure.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
