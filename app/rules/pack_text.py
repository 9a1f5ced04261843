"""The texts of a rule pack: written once, in English, and read in any language through the catalogue.

A pack field such as ``text = "The {overdue_amount} due is still within the grace period..."`` holds the
English. Its translation is in resources/locale/<lang>/LC_MESSAGES/repayradar.po under the context
"rule pack" (so a pack text never shares an entry with a screen's text of the same English), with the
English as msgid; packaging/catalogue.py extracts every text of the shipped pack. A text no catalogue
translates, as in a pack loaded with --pack from elsewhere, reads in English in every language.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from app.core.errors import FieldProblem
from app.core.i18n import Lang, context_text

PACK_CONTEXT = "rule pack"


class PackText(str):
    """One text of the pack, as written there (English); ``text(lang)`` is what a reader of ``lang``
    sees, with ``fields`` filled into its {placeholders} in one pass."""

    __slots__ = ()

    def text(self, lang: Lang, /, **fields: object) -> str:
        return context_text(lang, PACK_CONTEXT, str(self), **fields)


def placeholders(text: str) -> set[str] | None:
    """The {names} in ``text``; None when its braces do not pair up."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def _one_language(value: object) -> object:
    # A pack written before the texts moved to the catalogue has {zh_CN = ..., en = ...} tables here.
    if isinstance(value, dict) and ({"zh_CN", "en"} & set(value)):
        raise FieldProblem("", "rules.pack_text_languages")
    return value


def _no_braces(value: str) -> str:
    if "{" in value or "}" in value:
        raise FieldProblem("", "rules.pack_text_braces")
    return value


# A text that may hold {placeholders}; the section it belongs to says which (and checks its braces).
AnyText = Annotated[str, BeforeValidator(_one_language), Field(min_length=1), AfterValidator(PackText)]
# A text read as it is: a label, a rule's explanation or source, a title without numbers.
PlainText = Annotated[
    str, BeforeValidator(_one_language), Field(min_length=1), AfterValidator(_no_braces), AfterValidator(PackText)
]


def pack_texts(value: object, where: str = "") -> Iterator[tuple[str, PackText]]:
    """Every text of a validated pack (or of one of its sections) with where it sits, in the pack's
    order: ("rules[law.guarantee].text", ...), ("labels.kinds.car", ...). Entries of a list are named by
    their id where they have one. The catalogue's extraction writes the place beside each text for the
    translator."""
    if isinstance(value, PackText):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from pack_texts(getattr(value, name), f"{where}.{name}" if where else name)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from pack_texts(item, f"{where}.{key.value if isinstance(key, Enum) else key}")
    elif isinstance(value, list | tuple):
        for position, item in enumerate(value):
            name = getattr(item, "id", None)
            label = name.value if isinstance(name, Enum) else name
            yield from pack_texts(item, f"{where}[{label if label is not None else position}]")
