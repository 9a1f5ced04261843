"""Precise exceptions raised by the core, each able to describe itself in the user's language.

One place (the CLI's and the UI's error handler) turns them into messages; the core never prints.
"""

from __future__ import annotations

from app.core.i18n import Lang, message


class RepayRadarError(Exception):
    """Base of every error the user may be shown. ``key`` names a keyed message of the catalogue
    (resources/locale)."""

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


class FileProblem(RepayRadarError):
    """A file the user named cannot be read (or, with ``writing``, written): said in the user's language
    ("the file does not exist"), never as Python's "[Errno 2] ..." or a codec's "'utf-8' codec can't
    decode byte ...". ``key`` is the sentence around it, which takes {path} and {detail}."""

    writing = False

    def __init__(self, path: object, error: OSError | UnicodeDecodeError, key: str | None = None) -> None:
        self.path = path
        self.error = error
        super().__init__(key, path=path)

    def text(self, lang: Lang) -> str:
        return message(self.key, lang, **self.params, detail=file_problem(self.error, lang, writing=self.writing))



def file_problem(error: OSError | UnicodeDecodeError, lang: Lang, *, writing: bool = False) -> str:
    """Why a file cannot be read (or, ``writing``, written), in words: the common causes by name, any
    other by the system's text."""
    if isinstance(error, UnicodeDecodeError):
        return message("file.not_utf8", lang)
    causes = (
        (FileNotFoundError, "file.no_folder" if writing else "file.not_found"),
        (IsADirectoryError, "file.is_folder"),
        (PermissionError, "file.not_allowed_write" if writing else "file.not_allowed"),
    )
    for kind, key in causes:
        if isinstance(error, kind):
            return message(key, lang)
    return error.strerror or message("file.unreadable", lang)
