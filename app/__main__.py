"""``python -m app`` and the ``repayradar`` launcher: the GUI by default, CLI subcommands otherwise."""

from __future__ import annotations

import sys


def main() -> int:
    from app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
