"""Command-line parsing and dispatch. Every subcommand is a thin call into app.core or app.rules.

    python -m app                       the GUI (what a double-click does)
    python -m app --version
    python -m app --self-check          check this installation (app/ui/shell/self_check.py) and exit
    python -m app --data-dir DIR ...    another data folder than the platformdirs default
    python -m app assess [--lang L] [--pack FILE.toml] SCENARIO.json|-
    python -m app export BACKUP.json    python -m app import BACKUP.json
    python -m app export-ics FILE.ics   python -m app export-csv LOAN FILE.csv
    python -m app list [--json]          loans as a table in the user's language, or as JSON
    python -m app report [--lang L] LOAN FILE.pdf   one loan's assessment as a printable PDF
    python -m app pay-first [--budget AMOUNT] [--json] [--lang L]   which overdue debt to pay first
    python -m app restore-backup [BACKUP.sqlite3]   the newest good automatic backup, or that file

Exit status: 0 success, 2 bad input or a data problem (one readable paragraph on stderr), 1 an
unexpected fault (logged in the data folder, never a traceback on the terminal).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from app import __version__
from app.console import make_standard_streams_safe
from app.core.errors import FileProblem, RepayRadarError
from app.core.i18n import LANGUAGES, Lang, message, system_language, text
from app.startup_gc import resume_collection

EXIT_OK = 0
EXIT_FAULT = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in the user's language and exits 2 (no traceback)."""

    def error(self, text: str) -> None:  # type: ignore[override]
        lang = _language_from_argv(sys.argv[1:])
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, message("cli.bad_arguments", lang, detail=text) + "\n")


def _language_from_argv(argv: Sequence[str]) -> Lang:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]  # type: ignore[return-value]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            return arg.split("=", 1)[1]  # type: ignore[return-value]
    return system_language()


# The options of the GUI itself (no subcommand), and those of them that take a value.
_TOP_LEVEL_FLAGS = frozenset({"--version", "--self-check", "--background"})
_TOP_LEVEL_WITH_VALUE = frozenset({"--data-dir", "--lang"})


def _top_level_only(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds nothing but the top-level options (written in full), as a double-click
    or the login item starts the GUI: the subcommands' parsers are then not built, since their help
    alone takes a few milliseconds of every start. Anything else (a subcommand, --help, a typo, an
    abbreviation) gets the whole parser, with its complete help and error messages."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in _TOP_LEVEL_WITH_VALUE:
            takes_value = True
        elif arg not in _TOP_LEVEL_FLAGS and arg.partition("=")[0] not in _TOP_LEVEL_WITH_VALUE:
            return False
    return True


def _double_click() -> argparse.Namespace:
    """What the parser makes of no arguments at all: the GUI on the user's own data folder."""
    return argparse.Namespace(self_check=False, data_dir=None, lang=None, background=False, command=None)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    # A double-click, the Start menu and the Dock pass no arguments: nothing to parse, and the first
    # window does not wait for a parser whose help nobody reads (tests/core/test_cli.py holds the two
    # answers equal).
    if not argv:
        return _double_click()
    return build_parser(_language_from_argv(argv), commands=not _top_level_only(argv)).parse_args(argv)


def build_parser(lang: Lang = "en", *, commands: bool = True) -> argparse.ArgumentParser:
    """The command line, its help in ``lang``; without ``commands``, only the top-level options."""
    parser = _Parser(prog="repayradar", description="RepayRadar (还款雷达)")
    parser.add_argument("--version", action="version", version=f"RepayRadar {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=text(lang, "check this installation (resources, rule pack, a data file, the window, Chinese) and exit"),
    )
    parser.add_argument("--data-dir", type=Path, help=text(lang, "use DIR instead of the user data folder"))
    parser.add_argument("--lang", choices=LANGUAGES, help=text(lang, "language of messages (default: system)"))
    parser.add_argument(
        "--background",
        action="store_true",
        help=text(lang, "start in the system tray without opening the window (what starting at login does)"),
    )
    if commands:
        _add_commands(parser, lang)
    else:
        parser.set_defaults(command=None)
    return parser


def _add_commands(parser: argparse.ArgumentParser, lang: Lang) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    assess = commands.add_parser("assess", help=text(lang, "print the assessment of a scenario as JSON"))
    assess.add_argument("scenario", help=text(lang, "a scenario JSON file, or - for standard input"))
    assess.add_argument("--lang", choices=LANGUAGES, dest="lang_sub")
    assess.add_argument("--pack", type=Path, help=text(lang, "a rule pack TOML file instead of the default"))

    export = commands.add_parser("export", help=text(lang, "write a full backup of all data as JSON"))
    export.add_argument("path", type=Path)

    restore = commands.add_parser("import", help=text(lang, "restore or merge a JSON backup (all or nothing)"))
    restore.add_argument("path", type=Path)

    ics = commands.add_parser("export-ics", help=text(lang, "write future due dates as calendar events"))
    ics.add_argument("path", type=Path)

    csv = commands.add_parser("export-csv", help=text(lang, "write one loan's repayment schedule as CSV"))
    csv.add_argument("loan", help=text(lang, "the loan's id (or a unique prefix of it) or its exact name"))
    csv.add_argument("path", type=Path)

    listing = commands.add_parser("list", help=text(lang, "list loans with what is due and what is overdue"))
    listing.add_argument(
        "--json", action="store_true", help=text(lang, "print JSON (money as decimal strings) instead of a table")
    )
    listing.add_argument("--lang", choices=LANGUAGES, dest="lang_sub")

    report = commands.add_parser("report", help=text(lang, "write one loan's assessment as a printable PDF (A4)"))
    report.add_argument("loan", help=text(lang, "the loan's id (or a unique prefix of it) or its exact name"))
    report.add_argument("path", type=Path)
    report.add_argument("--lang", choices=LANGUAGES, dest="lang_sub", help=text(lang, "language of the report"))

    pay = commands.add_parser("pay-first", help=text(lang, "which overdue debt to pay first, with the reasons"))
    pay.add_argument(
        "--budget", help=text(lang, "the money you have this month, e.g. 2000 (without it: the order alone)")
    )
    pay.add_argument("--json", action="store_true", help=text(lang, "print JSON (money as decimal strings)"))
    pay.add_argument("--lang", choices=LANGUAGES, dest="lang_sub")

    restore_backup = commands.add_parser(
        "restore-backup", help=text(lang, "replace the data with the newest good automatic backup, or with PATH")
    )
    restore_backup.add_argument("path", nargs="?", type=Path)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    # Before anything is printed: a cp1252 or GBK pipe could not carry all of the app's text.
    make_standard_streams_safe()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    if args.command is not None or args.self_check:
        resume_collection()  # only the GUI's start runs with it paused (app/startup_gc.py)
    lang: Lang = getattr(args, "lang_sub", None) or args.lang or system_language()
    out = stdout or sys.stdout
    if args.command != "assess" and not _clock_usable(lang):
        return EXIT_BAD_INPUT
    if args.self_check:
        from app.ui.shell.self_check import run_self_check

        return run_self_check(lang, stdout)
    if args.command is None:
        # Qt is imported only when the GUI is wanted.
        from app.ui.shell.app_identity import set_windows_app_id
        from app.ui.shell.application import run_gui

        set_windows_app_id()
        return run_gui(data_dir=args.data_dir, background=args.background)
    # pydantic loads only for the subcommands: the GUI's first paint must not wait for it.
    from pydantic import ValidationError

    handler = _COMMANDS[args.command]
    try:
        return handler(args, lang, out)
    except RepayRadarError as error:
        print(error.text(lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValidationError as error:
        from app.core.validation import describe_validation_error

        print(describe_validation_error(error, lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`repayradar list | head`): not a fault. Point stdout at devnull so
        # the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence: log, never a traceback
        from app.core.faults import record_fault

        log_path = record_fault(error, data_dir=args.data_dir)
        print(message("error.unexpected_logged", lang, detail=error, log=log_path), file=sys.stderr)
        return EXIT_FAULT


def _clock_usable(lang: Lang) -> bool:
    """False, after saying why on stderr, when the system clock is past what Python can count.

    Checked before Qt or the store is loaded: from 2262-04-11 on, time.time() raises OverflowError and
    Python's clock stops at that instant, so importing Qt (its logging) fails with a traceback and every
    backup would be named after the same moment.
    """
    from app.core.clock import ClockOutOfRange, SystemClock

    try:
        SystemClock().now()
    except ClockOutOfRange as error:
        print(error.text(lang), file=sys.stderr)
        return False
    return True


def _open_store(args: argparse.Namespace, lang: Lang = "en", *, reading: bool = False):
    """The store for one command; ``reading`` commands also open a full disk or a read-only folder."""
    from app.core.clock import SystemClock
    from app.core.store import Store, default_data_dir

    store = Store.open(
        args.data_dir or default_data_dir(), clock=SystemClock(), holder="command", reading=reading
    )
    if store.backup_skipped is not None:
        _say_backup_skipped(store, lang)
    return store


def _say_backup_skipped(store, lang: Lang) -> None:
    """One line on stderr: this start made no backup, and how much room a change needs."""
    skipped = store.backup_skipped
    size = store.path.stat().st_size if store.path.exists() else 0
    # A change writes the journal and then the next start's backup copy: about twice the file.
    needed = f"{max(2 * size, 1 << 20) / (1 << 20):.1f} MB"
    reason = message(f"store.backup_skipped.{skipped.reason}", lang, needed=needed, folder=store.data_dir)
    print(message("store.backup_skipped", lang, reason=reason), file=sys.stderr)


def _assess(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.rules.engine import assess
    from app.rules.pack import load_pack
    from app.rules.scenario import parse_scenario

    if args.scenario == "-":
        text = sys.stdin.read()
    else:
        path = Path(args.scenario)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise FileProblem(path, error, "cli.cannot_read") from error
    scenario = parse_scenario(text)
    pack = load_pack(args.pack)
    assessment = assess(scenario, pack, lang)
    out.write(assessment.model_dump_json(indent=2) + "\n")
    return EXIT_OK


def _export(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.exchange import export_backup

    with _open_store(args, lang, reading=True) as store:
        summary = export_backup(store, args.path)
    print(summary.text(lang), file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.exchange import import_backup

    with _open_store(args, lang) as store:
        summary = import_backup(store, args.path)
    print(summary.text(lang), file=out)
    return EXIT_OK


def _export_ics(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.clock import SystemClock
    from app.core.exchange import export_ics

    with _open_store(args, lang, reading=True) as store:
        summary = export_ics(store, args.path, clock=SystemClock())
    print(summary.text(lang), file=out)
    return EXIT_OK


def _export_csv(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.exchange import export_schedule_csv

    with _open_store(args, lang, reading=True) as store:
        summary = export_schedule_csv(store, args.loan, args.path)
    print(summary.text(lang), file=out)
    return EXIT_OK


def _list(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.clock import SystemClock
    from app.core.overview import loan_summaries

    with _open_store(args, lang, reading=True) as store:
        rows = loan_summaries(store.loans(), store.payments(), SystemClock().today())
    if args.json:
        import json  # like the commands' own modules, loaded by the command that needs it

        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2), file=out)
    else:
        from app.core.loan_table import loan_table

        print(loan_table(rows, lang), file=out)
    return EXIT_OK


def _report(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.clock import SystemClock
    from app.core.exchange import find_loan
    from app.rules.report_content import report_for_loan

    with _open_store(args, lang, reading=True) as store:
        loan = find_loan(store.loans(), args.loan)
        content = report_for_loan(
            loan, store.payments(loan.id), store.contacts(loan.id), SystemClock().today(), lang,
            display=store.settings().currency_display,
        )
    # The PDF is laid out by Qt, which needs no display for it: without a platform chosen by the user,
    # this subcommand alone runs Qt offscreen (a server or a terminal without X or Wayland).
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.documents.report import ensure_application, write_report_pdf

    ensure_application()
    pages = write_report_pdf(content, args.path)
    key = "report.written_one" if pages == 1 else "report.written"
    print(message(key, lang, path=args.path, pages=pages), file=out)
    return EXIT_OK


def _pay_first(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.clock import SystemClock
    from app.rules.pack import load_pack
    from app.rules.pay_first_view import order_for, order_json, order_text, overdue_debts, read_budget
    from app.rules.whatif import PlanProblem

    try:
        budget = read_budget(args.budget)
    except PlanProblem as problem:
        print(message("debt_order.budget_field", lang, detail=problem.text(lang)), file=sys.stderr)
        return EXIT_BAD_INPUT
    today = SystemClock().today()
    with _open_store(args, lang, reading=True) as store:
        debts = overdue_debts(store.loans(include_archived=False), store.payments(), store.contacts(), today)
    pack = load_pack()
    order = order_for(debts, budget, today, pack, lang)
    if args.json:
        import json  # like the commands' own modules, loaded by the command that needs it

        print(json.dumps(order_json(order, budget is not None, pack, lang), ensure_ascii=False, indent=2), file=out)
    else:
        print(order_text(order, budget is not None, pack, lang), file=out)
    return EXIT_OK


def _restore_backup(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from app.core.store import StoreCorrupt

    try:
        store = _open_store(args, lang)
    except StoreCorrupt as error:
        # The damaged file has just been moved aside: say so, then restore into a fresh file.
        print(error.text(lang), file=sys.stderr)
        store = _open_store(args, lang)
    with store:
        chosen = args.path or store.newest_good_backup().path
        previous = store.restore_backup(chosen)
    if previous is None:
        print(message("store.restored", lang, path=chosen), file=out)
    else:
        print(message("store.restored_previous_saved", lang, path=chosen, before=previous.path), file=out)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, Lang, TextIO], int]] = {
    "assess": _assess,
    "export": _export,
    "import": _import,
    "export-ics": _export_ics,
    "export-csv": _export_csv,
    "list": _list,
    "report": _report,
    "pay-first": _pay_first,
    "restore-backup": _restore_backup,
}
