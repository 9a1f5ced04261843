"""``python -m app`` and the ``repayradar`` launcher: the GUI by default, CLI subcommands otherwise."""

from __future__ import annotations

import sys

from app.startup_gc import pause_collection


def main() -> int:
    # Until the GUI's data is on screen; a command resumes it at once (app/startup_gc.py).
    pause_collection()
    from app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
