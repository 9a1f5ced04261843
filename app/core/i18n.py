"""Languages and every sentence a user reads, from one gettext catalogue per language.

resources/locale/<lang>/LC_MESSAGES/repayradar.mo, compiled from the .po beside it by
packaging/catalogue.py, is read by app/core/catalogue.py (a message is decoded when first asked for).
msgids are English source text, or the dotted keys of the core's keyed messages ("cli.list.empty").
Placeholders are named {fields}, filled in one pass by str.format_map. The language is always passed
explicitly: the CLI, a letter and the report may each be in a language other than the screen's.
app/ui/shell/i18n.py adds tr()/ntr()/ptr() for the UI's current language.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.core.catalogue import Catalogue, CatalogueError, PluralRule, english_plural
from app.resources import ResourceNotFound, resource_path

if TYPE_CHECKING:
    from datetime import date

Lang = Literal["zh_CN", "en"]
LANGUAGES: tuple[Lang, ...] = ("zh_CN", "en")
DOMAIN = "repayradar"
# Which plural form a count takes, per language: the rule each catalogue's Plural-Forms header states
# (tests/core/test_catalogue.py holds the two together). Chinese has one form.
PLURAL_RULES: dict[Lang, PluralRule] = {"en": english_plural, "zh_CN": lambda n: 0}


def system_language(environ: dict[str, str] | None = None) -> Lang:
    """zh_CN when the system locale is Chinese, English otherwise."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    if environ is None:
        import locale  # only when no variable says: the GUI's first window waits for this module

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


def _catalogue_path(lang: Lang) -> Path:
    return resource_path("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")


def _read_catalogue(lang: Lang) -> Catalogue | None:
    try:
        return Catalogue.read(_catalogue_path(lang), PLURAL_RULES[lang])
    except (OSError, ResourceNotFound, CatalogueError):
        return None


@cache
def translations(lang: Lang) -> Catalogue:
    """The compiled catalogue of ``lang``, opened once. In a broken installation without it the English
    one stands in, and without that every message shows its msgid (a keyed one with its fields, so the
    facts still reach the user). tests/core/test_catalogue.py makes sure the shipped catalogues hold
    every msgid the code uses."""
    return _read_catalogue(lang) or _read_catalogue("en") or Catalogue.empty()


def _bare(key: str, fields: Mapping[str, object]) -> str:
    """A keyed message without a catalogue: its key and its fields as they are."""
    if not fields:
        return key
    return f"{key} (" + ", ".join(f"{name}: {value}" for name, value in fields.items()) + ")"


def fill(template: str, fields: Mapping[str, object]) -> str:
    """``template`` with its named {fields} filled in ONE pass: a value containing "%1" or "{name}" is
    shown as it is, never filled again. A literal brace in a template is doubled."""
    return template.format_map(fields)


def N_(msgid: str) -> str:  # noqa: N802 (the gettext convention the extractor looks for)
    """Marks ``msgid`` for extraction where it is defined; translate it later with text()."""
    return msgid


def text(lang: Lang, msgid: str, /, **fields: object) -> str:
    """The translation of ``msgid`` in ``lang`` with its {fields} filled in."""
    return fill(translations(lang).gettext(msgid), fields)


def plural_text(lang: Lang, singular: str, plural: str, n: int, /, **fields: object) -> str:
    """The form of a counted message ``lang`` uses for ``n`` ("1 day", "2 days"; Chinese has one form);
    {n} is filled with ``n``."""
    return fill(translations(lang).ngettext(singular, plural, n), {"n": n, **fields})


def context_text(lang: Lang, context: str, msgid: str, /, **fields: object) -> str:
    """Like text(), for an English word that means two things ("Overdue" as a status or as an amount):
    ``context`` tells the translator which."""
    return fill(translations(lang).pgettext(context, msgid), fields)


def message(key: str, lang: Lang, **fields: object) -> str:
    """The core's keyed message ``key`` (e.g. "cli.list.empty") in ``lang`` with ``fields`` filled in."""
    catalogue = translations(lang)
    template = catalogue.gettext(key)
    if template == key:
        if catalogue.found:
            raise KeyError(f"no message with key {key!r} in the {lang} catalogue")
        return _bare(key, fields)
    return fill(template, fields)


def has_message(key: str) -> bool:
    """Whether the catalogue has the keyed message ``key`` (for keys built at run time)."""
    return translations("en").gettext(key) != key


def count_message(key: str, lang: Lang, count: int, **fields: object) -> str:
    """The keyed message for a number of things ("1 entry", "3 entries"): the catalogue's plural entry
    ``key``.one / ``key``.many, in the form ``lang`` uses for ``count``. ``count`` is passed as {count}
    (and as {n}, the field plural_text uses)."""
    singular, plural = f"{key}.one", f"{key}.many"
    catalogue = translations(lang)
    template = catalogue.ngettext(singular, plural, count)
    if template in (singular, plural):
        if catalogue.found:
            raise KeyError(f"no counted message with key {key!r} in the {lang} catalogue")
        return _bare(key, {"count": count, **fields})
    return fill(template, {"count": count, "n": count, **fields})


def date_text(day: date, lang: Lang) -> str:
    """A date as a letter in ``lang`` writes it: 2026年12月6日 in Chinese, 2026-12-06 in English
    (unambiguous to a reader of either order)."""
    # Translators: a date in a letter, a complaint or a report; {year}, {month}, {day} are numbers
    # (":02d" pads to two digits). Chinese: {year}年{month}月{day}日.
    return context_text(lang, "date", "{year:04d}-{month:02d}-{day:02d}", year=day.year, month=day.month,
                        day=day.day)


# Joining phrases: the words between them (and whether there are any) belong to the language.


def join_series(lang: Lang, items: list[str]) -> str:
    """Items of a series, "23:05, 23:40, 00:10" ("23:05、23:40、00:10")."""
    # Translators: two or more items of a series; {rest} may itself be a series. Chinese uses 、.
    return _joined(items, lambda first, rest: context_text(lang, "series", "{first}, {rest}", first=first, rest=rest))


def join_words(lang: Lang, items: list[str]) -> str:
    """Words in a sentence, the last two joined by "and": "a, b and c" ("a、b、c")."""
    if len(items) < 2:
        return "".join(items)
    # Translators: the last two items of a list in a sentence. Chinese uses 、.
    last_two = context_text(lang, "last two of a list", "{first} and {last}", first=items[-2], last=items[-1])
    return join_series(lang, [*items[:-2], last_two])


def join_clauses(lang: Lang, items: list[str]) -> str:
    """Clauses that have commas of their own, kept apart by semicolons: "a; b" ("a；b")."""
    # Translators: clauses (which may hold commas) in one sentence. Chinese uses the full-width ；.
    return _joined(items, lambda first, rest: context_text(lang, "clauses", "{first}; {rest}", first=first, rest=rest))


def join_sentences(lang: Lang, items: list[str]) -> str:
    """Sentences in a row: a space between them in English, nothing in Chinese."""
    # Translators: two sentences in a row; Chinese puts nothing between them.
    return _joined(items, lambda first, rest: context_text(lang, "sentences", "{first} {rest}", first=first, rest=rest))


def _joined(items: list[str], pair: Callable[[str, str], str]) -> str:
    """``items`` joined from the right, ``pair(first, rest)`` at each step (the catalogue's pattern for
    two); a single item as it is, none as ""."""
    if len(items) <= 1:
        return "".join(items)
    return pair(items[0], _joined(items[1:], pair))
