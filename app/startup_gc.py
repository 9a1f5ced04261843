"""Python's cycle collector during the GUI's start: paused from the first line until the data is on screen.

A start makes tens of thousands of objects that live as long as the app (modules, classes, functions,
the Python types PySide builds for Qt's classes and enums) and next to no garbage. The collector runs
after every 700 new container objects and scans the young ones, and every so often all of them: dozens
of collections before the overview is painted, each scanning objects that will never be garbage.
Mercurial pauses it for the same reason around its heavy operations (mercurial/util.py, nogc).

Only the GUI's start is paused: app.__main__ pauses, app.cli resumes at once for a command or the
self-check, and the GUI resumes once the data is painted, or a moment after the start at the latest
(app/ui/shell/application.py). Plain Python: gc.disable() and gc.enable(), nothing else.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    """Pause the cycle collector for the start (a no-op when it is already off for another reason)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Turn the collector back on if pause_collection() turned it off; safe to call more than once."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()
