"""The one thread that uses the data file (Anki's taskman keeps one single-thread executor for its
collection the same way): a private QThreadPool of one thread that never expires, so it is always the
same thread, and a Qt one (the PDF's text layout starts timers, which need a Qt event dispatcher).

The DatabaseWorker holds the open Store and never hands it out: work is a function whose first argument
is the store, and it runs on the worker's thread, one piece after another. run() waits for the answer
(a dialog that saves and then closes needs it: an error comes back to the caller as it was raised);
submit() returns a Job whose finished(result) or failed(error) arrive on the UI thread through queued
signals. Work that runs on the worker and asks for more work runs it in place, so it cannot wait on
itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

# QtCore.Qt is looked up when the first Job is made, after the first paint: building the Qt namespace's
# types is a noticeable part of the first window's time otherwise.
from PySide6 import QtCore
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from app.core.store import Store

T = TypeVar("T")


class DataNotOpen(RuntimeError):
    """Work for the data file before it was opened or after it was closed (a defect of the caller)."""


class Job(QObject):
    """One piece of submitted work. Signals: finished(result) or failed(error), on the UI thread."""

    finished = Signal(object)
    failed = Signal(object)
    _relayed = Signal(object, object)  # (result, error) from the worker thread; queued to this object's

    _running: set[Job] = set()  # kept alive until the answer has been delivered

    def __init__(self, future: Future[Any] | None = None) -> None:
        super().__init__()
        self.done = False
        # Queued even from the UI thread itself: the caller connects to finished/failed after submit().
        self._relayed.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)
        Job._running.add(self)
        if future is not None:
            self.follow(future)

    def follow(self, future: Future[Any]) -> None:
        future.add_done_callback(self._relay)

    def _relay(self, future: Future[Any]) -> None:
        error = future.exception()
        try:
            # Emitted from the worker thread; this object lives on the UI thread, so Qt queues the call.
            self._relayed.emit(None if error is not None else future.result(), error)
        except RuntimeError:
            # The application quit while the work ran and Qt has deleted this Job with it ("Signal
            # source has been deleted"): nobody is left to hear the answer.
            Job._running.discard(self)

    def _deliver(self, result: object, error: object) -> None:
        self.done = True
        Job._running.discard(self)
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class DatabaseWorker:
    """The data file's own thread. open() makes the Store there; run() and submit() use it there."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the thread stays: every piece of work runs on the same one
        self._thread: threading.Thread | None = None
        self._store: Store | None = None
        self._data_dir: Path | None = None

    # ---------------------------------------------------------------------------- state (any thread)

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def data_dir(self) -> Path | None:
        """The open data file's folder (a plain path, safe to read anywhere)."""
        return self._data_dir

    def on_worker(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    @property
    def thread(self) -> threading.Thread | None:
        """The worker's thread once it has run something (tests check every store call runs there)."""
        return self._thread

    # ------------------------------------------------------------------------------------- working

    def open(self, opener: Callable[[], Store], then: Callable[[Store], T]) -> Job:
        """Open the data file on the worker with ``opener`` and, still there, run ``then(store)`` (the
        start-up's first reading); the store is kept only if both succeed. Closes any store before."""
        return self._submit_call(self._open, opener, then)

    def open_now(self, opener: Callable[[], Store], then: Callable[[Store], T]) -> T:
        """open(), waiting for it (tests, the self-check)."""
        return self._wait(self._open, opener, then)

    def run(self, work: Callable[..., T], *args: Any) -> T:
        """``work(store, *args)`` on the worker; wait for its result or its exception."""
        return self._wait(self._with_store, work, *args)

    def submit(self, work: Callable[..., Any], *args: Any) -> Job:
        """``work(store, *args)`` on the worker; its answer comes back through the returned Job."""
        return self._submit_call(self._with_store, work, *args)

    def submit_unopened(self, work: Callable[..., Any], *args: Any) -> Job:
        """``work(*args)`` on the worker without the store, which need not be open (the start-up's look at
        the overview the data file kept); its answer comes back through the returned Job."""
        return self._submit_call(work, *args)

    def close(self) -> None:
        """Close the store on the worker (after any work still queued) and stop the thread."""
        self.close_store()
        self._pool.waitForDone()

    def close_store(self) -> None:
        # Queued even when no store is open yet: an open still on its way (quitting while the data file
        # opens) then closes right after it, instead of leaving the file open with its WAL unmerged.
        self._wait(self._close_store)

    # ------------------------------------------------------------------------------ on the worker

    def _open(self, opener: Callable[[], Store], then: Callable[[Store], T]) -> T:
        self._close_store()
        store = opener()
        try:
            result = then(store)
        except BaseException:
            store.close()
            raise
        self._store, self._data_dir = store, store.data_dir
        return result

    def _with_store(self, work: Callable[..., T], *args: Any) -> T:
        if self._store is None:
            raise DataNotOpen("the data file is not open")
        return work(self._store, *args)

    def _close_store(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            store.close()

    # -------------------------------------------------------------------------------- plumbing

    def _queue(self, work: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._pool.start(_Call(self, future, work, args))
        return future

    def _wait(self, work: Callable[..., T], *args: Any) -> T:
        if self.on_worker():
            return work(*args)
        return self._queue(work, *args).result()

    def _submit_call(self, work: Callable[..., Any], *args: Any) -> Job:
        if self.on_worker():  # already on the worker: run in place, answer on the UI thread all the same
            future: Future[Any] = Future()
            _Call(self, future, work, args).run()
        else:
            # Queued before the Job is made, so the worker starts at once: the first Job builds the Qt
            # namespace's Python types (some 15 ms). Work done before follow() is answered all the same,
            # through the Job's queued connection.
            future = self._queue(work, *args)
        job = Job()
        job.follow(future)
        return job


class _Call(QRunnable):
    """One piece of work for the pool, its outcome set on ``future``."""

    _queued: set[_Call] = set()  # Python keeps the runnable alive until it has run

    def __init__(self, worker: DatabaseWorker, future: Future[Any], work: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._worker, self._future, self._work, self._args = worker, future, work, args
        _Call._queued.add(self)

    def run(self) -> None:
        _Call._queued.discard(self)
        self._worker._thread = threading.current_thread()  # noqa: SLF001 - the worker's own record
        if not self._future.set_running_or_notify_cancel():
            return
        try:
            self._future.set_result(self._work(*self._args))
        except BaseException as error:  # noqa: BLE001 - handed to the caller, which raises or reports it
            self._future.set_exception(error)
