"""Document templates (resources/templates/*.txt: letters, complaints, call scripts) are text files with
the catalogue's placeholders: named {fields}, filled in ONE pass (a value holding "{name}", "%1" or "$5"
is shown as typed), a literal brace doubled ({{ }}). Only plain names are allowed: no positions, no
attributes, no format specs, so a damaged template is found before it is filled, with its line."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.i18n import fill

_TOKEN = re.compile(r"\{\{|\}\}|\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)\}|(?P<stray>[{}])")


class TemplateSyntaxError(ValueError):
    """A brace that is neither a {name} placeholder nor doubled; ``line`` counts from 1."""

    def __init__(self, line: int) -> None:
        self.line = line
        super().__init__(f"a brace on line {line} starts no {{name}} placeholder")


def template_fields(text: str) -> set[str]:
    """The {name} placeholders ``text`` uses; TemplateSyntaxError for a stray brace."""
    names = set()
    for match in _TOKEN.finditer(text):
        if match.group("stray"):
            raise TemplateSyntaxError(text.count("\n", 0, match.start()) + 1)
        if match.group("name"):
            names.add(match.group("name"))
    return names


def fill_document(text: str, values: Mapping[str, object]) -> str:
    """``text`` with its placeholders filled in one pass; every one must be in ``values``."""
    template_fields(text)
    return fill(text, values)
