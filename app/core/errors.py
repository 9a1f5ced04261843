"""Precise exceptions raised by the core, each able to describe itself in the user's language.

One place (the CLI's and the UI's error handler) turns them into messages; the core never prints.
"""

from __future__ import annotations

from app.core.i18n import Lang, message


class RepayRadarError(Exception):
    """Base of every error the user may be shown. ``key`` names a sentence in app.core.messages."""

    key = "error.unexpected"

    def __init__(self, key: str | None = None, /, **params: object) -> None:
        if key is not None:
            self.key = key
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: Lang) -> str:
        return message(self.key, lang, **self.params)


class FieldProblem(ValueError):
    """Raised inside model validators so that a cross-field problem is attached to one field.

    pydantic keeps the original exception in the error's ``ctx["error"]``; app.core.validation uses
    ``field`` to place the message beside that field and ``key`` to translate it.
    """

    def __init__(self, field: str, key: str, **params: object) -> None:
        self.field = field
        self.key = key
        self.params = params
        super().__init__(f"{field}: {message(key, 'en', **params)}")
