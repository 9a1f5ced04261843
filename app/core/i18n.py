"""Languages and the core's own user-facing messages (CLI output, errors raised by the core).

The Qt UI translates its widgets with Qt Linguist; texts that the core and the CLI produce without Qt
live here, keyed by a stable id, so both the CLI and the UI show the same sentence.
"""

from __future__ import annotations

import locale
import os
from datetime import date
from typing import Literal

Lang = Literal["zh_CN", "en"]
LANGUAGES: tuple[Lang, ...] = ("zh_CN", "en")


def system_language(environ: dict[str, str] | None = None) -> Lang:
    """zh_CN when the system locale is Chinese, English otherwise."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    if environ is None:
        try:
            code = locale.getlocale()[0] or ""
        except ValueError:
            code = ""
        if code.lower().startswith(("zh", "chinese")):
            return "zh_CN"
    return "en"


def resolve_language(setting: str | None) -> Lang:
    """Turn a Settings.language value ("system", "zh_CN", "en") into a concrete language."""
    if setting in LANGUAGES:
        return setting  # type: ignore[return-value]
    return system_language()


def message(key: str, lang: Lang, **params: object) -> str:
    """The sentence for ``key`` in ``lang`` with ``params`` filled in."""
    from app.core.messages import MESSAGES

    texts = MESSAGES.get(key)
    if texts is None:
        raise KeyError(f"no message with key {key!r}")
    template = texts.get(lang) or texts["en"]
    return template.format(**params)


def count_message(key: str, lang: Lang, count: int, **params: object) -> str:
    """The sentence for a number of things: ``key``.one when ``count`` is 1, ``key``.many otherwise
    ("1 entry", "3 entries"). Chinese has one form; its catalogue gives the same text for both.
    ``count`` is passed to the template as {count}."""
    return message(f"{key}.{'one' if count == 1 else 'many'}", lang, count=count, **params)


def date_text(day: date, lang: Lang) -> str:
    """A date as a letter in ``lang`` writes it: 2026年12月6日 in Chinese, 2026-12-06 in English
    (unambiguous to a reader of either order)."""
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()
