"""One compiled gettext catalogue (.mo file), opened at once and decoded a message at a time.

The stdlib's gettext.GNUTranslations decodes every message of a catalogue when it opens it (about
1,500 of them here), before the first window can show one. This reader keeps the file's bytes, makes an
index of the original strings (one pass over bytes, nothing decoded) and decodes a translation the
first time it is asked for. It reads any .mo file (what Babel's compile writes, and GNU msgfmt's) and
answers as GNUTranslations does: a message that is missing comes back as its msgid, a missing plural
message as the singular for one and the plural otherwise. tests/core/test_catalogue_reader.py holds it
to GNUTranslations on every message of the shipped catalogues.

The plural rule (which form a number takes) is given by the caller: app/core/i18n.py knows each
language's, and tests/core/test_catalogue.py checks it against the catalogue's Plural-Forms header.
"""

from __future__ import annotations

import codecs
import struct
from collections.abc import Callable
from pathlib import Path

PluralRule = Callable[[int], int]

_MAGIC_LITTLE_ENDIAN = 0x950412DE
_MAGIC_BIG_ENDIAN = 0xDE120495
_CONTEXT_SEPARATOR = "\x04"  # gettext joins a context and its msgid with EOT
_FORM_SEPARATOR = b"\x00"  # and the forms of a plural message with NUL


def english_plural(n: int) -> int:
    """The rule of English and of a catalogue without one: one thing, or many."""
    return 0 if n == 1 else 1


class CatalogueError(ValueError):
    """The file is not a compiled gettext catalogue (or is cut short)."""


class Catalogue:
    """A catalogue's messages; ``found`` is False for the empty stand-in used when there is no file."""

    def __init__(self, data: bytes, plural: PluralRule = english_plural, *, found: bool = True) -> None:
        self.found = found
        self._plural = plural
        self._data = data
        self._index: dict[bytes, int] = {}
        self._translation_table: tuple[int, ...] = ()
        # Filled from any thread (the worker's messages too): a race only decodes a message twice.
        self._decoded: dict[int, tuple[str, ...]] = {}
        self._charset = "utf-8"
        self._info: dict[str, str] = {}
        if found:
            self._read_tables()

    @classmethod
    def read(cls, path: Path, plural: PluralRule = english_plural) -> Catalogue:
        """The catalogue in ``path``; OSError when it cannot be read, CatalogueError when it is no .mo."""
        return cls(path.read_bytes(), plural)

    @classmethod
    def empty(cls) -> Catalogue:
        """No messages: every msgid is its own translation (an installation without catalogues)."""
        return cls(b"", found=False)

    def _read_tables(self) -> None:
        data = self._data
        try:
            (magic,) = struct.unpack_from("<I", data)
            order = {_MAGIC_LITTLE_ENDIAN: "<", _MAGIC_BIG_ENDIAN: ">"}.get(magic)
            if order is None:
                raise CatalogueError("not a gettext catalogue (bad magic number)")
            version, count, originals_at, translations_at = struct.unpack_from(order + "4I", data, 4)
            if version >> 16 not in (0, 1):
                raise CatalogueError(f"unknown catalogue version {version >> 16}")
            originals = struct.unpack_from(f"{order}{2 * count}I", data, originals_at)
            self._translation_table = struct.unpack_from(f"{order}{2 * count}I", data, translations_at)
        except struct.error as error:
            raise CatalogueError(f"the catalogue is cut short ({error})") from None
        # Original strings stay bytes: a plural one is "singular NUL plural", found by its singular.
        index = {data[offset : offset + length]: number for number, (length, offset) in enumerate(_pairs(originals))}
        for key in [key for key in index if _FORM_SEPARATOR in key]:
            index.setdefault(key.partition(_FORM_SEPARATOR)[0], index[key])
        self._index = index
        header = index.get(b"")
        raw_header = self._raw(header) if header is not None else None
        if raw_header is not None:
            self._read_header(raw_header)

    def _read_header(self, raw: bytes) -> None:
        # The header's own text is ASCII; its Content-Type names the charset of every other message.
        for line in raw.decode("ascii", errors="replace").splitlines():
            name, colon, value = line.partition(":")
            if colon:
                self._info[name.strip().lower()] = value.strip()
        content_type = self._info.get("content-type", "")
        charset = content_type.partition("charset=")[2].split(";")[0].strip()
        if charset:
            try:
                codecs.lookup(charset)
            except LookupError:
                raise CatalogueError(f"unknown charset {charset!r}") from None
            self._charset = charset

    def _raw(self, number: int) -> bytes | None:
        """Message ``number``'s translation as stored, or None when it lies past the end of the file."""
        length, offset = self._translation_table[2 * number], self._translation_table[2 * number + 1]
        if offset + length > len(self._data):
            return None
        return self._data[offset : offset + length]

    def _forms(self, key: str) -> tuple[str, ...] | None:
        try:
            number = self._index.get(key.encode(self._charset))
        except UnicodeEncodeError:
            return None
        if number is None:
            return None
        forms = self._decoded.get(number)
        if forms is None:
            raw = self._raw(number)
            try:
                forms = tuple(form.decode(self._charset) for form in raw.split(_FORM_SEPARATOR)) if raw else None
            except UnicodeDecodeError:
                forms = None
            if forms is None:
                return None  # a damaged message reads as untranslated, like a missing one
            self._decoded[number] = forms
        return forms

    def plural_form(self, n: int) -> int:
        """Which of a plural message's forms a count of ``n`` takes in this catalogue's language."""
        return self._plural(n)

    def gettext(self, msgid: str) -> str:
        forms = self._forms(msgid)
        return msgid if forms is None else self._for_one(forms)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self._forms(singular)
        if forms is None:
            return singular if n == 1 else plural
        return _form(forms, self._plural(n))

    def pgettext(self, context: str, msgid: str) -> str:
        forms = self._forms(context + _CONTEXT_SEPARATOR + msgid)
        return msgid if forms is None else self._for_one(forms)

    def _for_one(self, forms: tuple[str, ...]) -> str:
        # A plural message asked for without a count reads as its form for one, as in gettext.
        return _form(forms, self._plural(1))

    def info(self) -> dict[str, str]:
        """The header's fields by lower-case name ("language", "plural-forms", ...)."""
        return dict(self._info)


def _pairs(table: tuple[int, ...]) -> zip[tuple[int, int]]:
    """(length, offset) of each string in a .mo table."""
    return zip(table[::2], table[1::2], strict=True)


def _form(forms: tuple[str, ...], number: int) -> str:
    # A rule naming a form the message lacks (a damaged catalogue) falls back on the last one.
    return forms[number] if 0 <= number < len(forms) else forms[-1]
