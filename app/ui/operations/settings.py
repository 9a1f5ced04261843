"""The user's settings as the data file keeps them."""

from __future__ import annotations

from app.core.models import Settings
from app.core.store import Store


def default() -> Settings:
    """What the settings are before the data file is open."""
    return Settings()


def read(store: Store) -> Settings:
    return store.settings()


def save(store: Store, settings: Settings) -> None:
    store.save_settings(settings)
