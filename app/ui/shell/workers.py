"""Run slow work (import, export, backup restore, opening the data file) off the UI thread.

A BackgroundTask runs one callable on Qt's global thread pool and reports back on the UI thread
through queued signals: finished(result) or failed(exception). run_with_progress() adds a busy
QProgressDialog that appears only if the work takes longer than a moment, so quick work never flashes.
The core functions called here report no progress steps, hence an indeterminate ("busy") bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

_PROGRESS_DELAY_MS = 300


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which reports it
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of work on the thread pool. Keep a reference until it has finished or failed."""

    finished = Signal(object)
    failed = Signal(object)

    _running: set[BackgroundTask] = set()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        # The relay lives on the UI thread and is emitted from a pool thread, so Qt queues the calls:
        # the slots run on the UI thread, in its event loop.
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._runnable = _Runnable(work, self._relay)
        self._runnable.setAutoDelete(False)
        self.done = False

    def start(self) -> BackgroundTask:
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def _on_finished(self, result: object) -> None:
        self.done = True
        BackgroundTask._running.discard(self)
        self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        self.done = True
        BackgroundTask._running.discard(self)
        self.failed.emit(error)


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask:
    """Run ``work`` in the background behind a window-modal busy dialog; then call on_done or on_error."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(label)
    dialog.setCancelButton(None)  # the core's operations are all-or-nothing; stopping halfway is not offered
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(_PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    task = BackgroundTask(work, parent)

    def finish(result: object) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(error: object) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_error(error)  # type: ignore[arg-type]

    task.finished.connect(finish)
    task.failed.connect(fail)
    return task.start()
