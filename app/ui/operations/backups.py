"""Backups, import and export: the slow work behind a progress dialog, on the data file's thread."""

from __future__ import annotations

from pathlib import Path

from app.core.backups import BackupInfo
from app.core.clock import Clock
from app.core.exchange import ExchangeSummary, export_backup, export_ics, import_backup
from app.core.store import Store


def listed(store: Store) -> list[BackupInfo]:
    return store.backups()


def back_up_now(store: Store) -> BackupInfo:
    return store.backup_now("manual")


def restore(store: Store, path: Path) -> BackupInfo | None:
    return store.restore_backup(path)


def import_file(store: Store, path: Path) -> ExchangeSummary:
    return import_backup(store, path)


def export_file(store: Store, path: Path) -> ExchangeSummary:
    return export_backup(store, path)


def export_calendar(store: Store, path: Path, clock: Clock) -> ExchangeSummary:
    return export_ics(store, path, clock=clock)
