"""Keep the gettext catalogues (resources/locale/<lang>/LC_MESSAGES/repayradar.po and .mo) in step with
the code. Needs Babel (the test extra); the app itself reads the .mo files with the stdlib only.

    python packaging/catalogue.py update    extract from app/ (and the registered extra sources), merge
                                            into both .po files, report new / untranslated / obsolete
    python packaging/catalogue.py compile   write the .mo files beside the .po files
    python packaging/catalogue.py check     exit 1, listing every problem, unless both catalogues hold
                                            every msgid with a translation, the same placeholders,
                                            up-to-date .mo files, and keep the term list

Two kinds of msgid live in the catalogues:
- English source text ("Record a payment…"): en.po repeats it as its msgstr.
- Keys of the core's keyed messages ("cli.list.empty"), found through message(key, ...) and
  count_message(key, ...): en.po gives the English. A keyed plural is ONE gettext plural entry with
  msgid "<key>.one" and msgid_plural "<key>.many" (en: two forms, zh_CN: one). Keys are often built at
  run time (message(f"whatif.if.{stance}")), so update keeps keyed entries it cannot find in the code
  and only lists them; an English-source entry no longer in the code is obsolete: update lists it and
  leaves it out of the file (no #~ entries pile up there; git keeps what it said).

Files are written sorted by msgid, without source locations and without line wrapping, and with a
fixed header, so that two branches adding messages merge line by line.
"""

from __future__ import annotations

import argparse
import io
import re
import string
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from app.rules.pack import default_pack_path, load_pack
from app.rules.pack_text import PACK_CONTEXT, pack_texts

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
LOCALE = ROOT / "resources" / "locale"
TERMS = LOCALE / "terms.toml"
DOMAIN = "repayradar"
LANGUAGES = ("en", "zh_CN")
SOURCE_LANGUAGE = "en"

# The functions whose string arguments are messages (Babel's keyword syntax: argument numbers, "c" for
# the context). text/plural_text/context_text/message/count_message are app/core/i18n.py's; tr/ntr/ptr
# are the UI's. Qt's QCoreApplication.translate is not one: the app asks it only for Qt's own words in
# Qt's own catalogue (the self-check's "Cancel" under QPlatformTheme), never for a text of ours.
KEYWORDS = parse_keywords([
    "text:2", "plural_text:2,3", "context_text:2c,3", "N_", "tr", "ntr:1,2", "ptr:1c,2", "message:1",
])
COUNT_KEYWORDS = parse_keywords(["count_message:1"])
COMMENT_TAGS = ("Translators:",)
KEYED = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
# A fixed header date: the files change only when a message does.
HEADER_DATE = datetime(2026, 12, 7, tzinfo=timezone.utc)


def is_keyed(msgid: str) -> bool:
    return bool(KEYED.match(msgid))


def plural_key(key: str) -> tuple[str, str]:
    """The gettext plural entry behind count_message(key, ...)."""
    return (f"{key}.one", f"{key}.many")


@dataclass(frozen=True)
class SourceMessage:
    """A message found in the code or given by an extra source. ``translations`` may seed a language's
    msgstr when the .po has none yet (the rule pack carries its own Chinese)."""

    msgid: str | tuple[str, str]
    context: str | None = None
    comments: tuple[str, ...] = ()
    translations: dict[str, str | tuple[str, ...]] = field(default_factory=dict)


def pack_messages(pack_path: Path | None = None) -> list[SourceMessage]:
    """The rule pack's texts (resources/rules/cn.toml, or ``pack_path``): each written there in English,
    translated here under the context "rule pack" (app/rules/pack_text.py). The pack is validated first,
    so a text is extracted exactly as the app reads it; the comment tells the translator where it sits
    (the rule's id and field), every place when the same English is used more than once."""
    path = pack_path or default_pack_path()
    places: dict[str, list[str]] = {}
    for where, english in pack_texts(load_pack(path)):
        places.setdefault(str(english), []).append(where)
    return [
        SourceMessage(english, PACK_CONTEXT, (f"Rule pack {path.name}: {', '.join(where)}",))
        for english, where in places.items()
    ]


# Extra message sources besides the Python code: callables returning SourceMessages. Register a new
# one here (a function in this file or imported by path), never by editing the .po files by hand.
MESSAGE_SOURCES: list[Callable[[], Iterable[SourceMessage]]] = [pack_messages]


def extract_code(app_dir: Path = APP) -> Iterator[SourceMessage]:
    for _file, _line, msgid, comments, context in extract_from_dir(
        app_dir, keywords=KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True
    ):
        yield SourceMessage(msgid, context, tuple(comments))
    for _file, _line, key, comments, _context in extract_from_dir(
        app_dir, keywords=COUNT_KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True
    ):
        yield SourceMessage(plural_key(key), None, tuple(comments))


def extract_all(app_dir: Path = APP) -> dict[tuple[str, str | None], SourceMessage]:
    """Every message of the code and the extra sources, by (msgid, context); msgid is the singular."""
    found: dict[tuple[str, str | None], SourceMessage] = {}
    sources: list[Iterable[SourceMessage]] = [extract_code(app_dir)] + [source() for source in MESSAGE_SOURCES]
    for source in sources:
        for item in source:
            single = item.msgid[0] if isinstance(item.msgid, tuple) else item.msgid
            if not single:
                continue
            key = (single, item.context)
            if key in found:
                merged = tuple(dict.fromkeys(found[key].comments + item.comments))
                found[key] = SourceMessage(found[key].msgid, item.context, merged,
                                           found[key].translations or item.translations)
            else:
                found[key] = item
    return found


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def new_catalog(lang: str) -> Catalog:
    header = (f"# RepayRadar's {lang} catalogue: one entry per message, sorted by msgid.\n"
              "# Edit msgstr lines; then python packaging/catalogue.py compile (update after code changes).")
    return Catalog(locale=lang, domain=DOMAIN, header_comment=header, project="RepayRadar", version="1",
                   copyright_holder="RepayRadar team",
                   msgid_bugs_address="", creation_date=HEADER_DATE, revision_date=HEADER_DATE,
                   last_translator="RepayRadar team", language_team=f"RepayRadar {lang}", charset="utf-8",
                   fuzzy=False)


def read_catalog(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.is_file():
        return new_catalog(lang)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=0, no_location=True, sort_output=True, include_previous=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return bool(strings) and all(strings)


@dataclass
class UpdateReport:
    new: dict[str, list[str]] = field(default_factory=dict)
    untranslated: dict[str, list[str]] = field(default_factory=dict)
    obsolete: dict[str, list[str]] = field(default_factory=dict)
    carried: dict[str, list[str]] = field(default_factory=dict)
    keyed_not_found: list[str] = field(default_factory=list)


# --- carrying a translation over when only the placeholders were renamed ------------------------
# Screens move from Qt's "%1 (%2 days)" to "{name} ({days} days)"; the English is otherwise the same,
# so the translation can follow mechanically: each %N becomes the {field} that stands where %N stood.

_OLD_OR_NEW_PLACEHOLDER = re.compile(r"%\d|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _shape(msgid: str) -> str:
    return _OLD_OR_NEW_PLACEHOLDER.sub("\x00", msgid)


def _carried_string(old_id: str, old_string: str, new_id: str) -> str | None:
    """``old_string`` (the translation of ``old_id``) for ``new_id``, or None when it cannot be done
    exactly (the same %N standing for two fields, or a %N the new text has no field for)."""
    old_tokens = _OLD_OR_NEW_PLACEHOLDER.findall(old_id)
    new_tokens = _OLD_OR_NEW_PLACEHOLDER.findall(new_id)
    mapping: dict[str, str] = {}
    for old_token, new_token in zip(old_tokens, new_tokens, strict=True):
        if mapping.setdefault(old_token, new_token) != new_token:
            return None
    if any(not old_token.startswith("%") and old_token != new_token for old_token, new_token in mapping.items()):
        return None  # a {field} renamed to another: an edit of the English, not a move from %N
    used = set(re.findall(r"%\d", old_string))
    if not used <= set(mapping):
        return None

    def converted(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in mapping:
            return mapping[token]
        return token.replace("{", "{{").replace("}", "}}")  # a brace that was text in the Qt string

    return re.sub(r"%\d|\{[A-Za-z_][A-Za-z0-9_]*\}|[{}]", converted, old_string)


def _renamed_index(old: Catalog) -> dict[str, list[Message]]:
    index: dict[str, list[Message]] = {}
    for message in [*old, *old.obsolete.values()]:
        if message.id and isinstance(message.id, str) and _OLD_OR_NEW_PLACEHOLDER.search(message.id) \
                and _translated(message):
            index.setdefault(_shape(message.id), []).append(message)
    return index


def _carry_over(renamed: dict[str, list[Message]], msgid: str) -> str:
    """The translation of an older msgid that differs from ``msgid`` only in its placeholders' names
    ("%1 (archived)" -> "{name} (archived)"), renamed to match; "" when there is none (or several that
    disagree)."""
    if not _OLD_OR_NEW_PLACEHOLDER.search(msgid):
        return ""
    candidates = {
        _carried_string(message.id, message.string, msgid)
        for message in renamed.get(_shape(msgid), [])
        if message.id != msgid
    } - {None}
    return candidates.pop() if len(candidates) == 1 else ""


def merge(lang: str, old: Catalog, found: dict[tuple[str, str | None], SourceMessage],
          report: UpdateReport) -> Catalog:
    """``old`` brought in step with ``found``: translations kept, new messages added (en: English
    source ids translated to themselves), English-source messages no longer found left out (listed as
    obsolete in ``report``)."""
    catalog = new_catalog(lang)
    new, untranslated, obsolete, carried = [], [], [], []
    renamed = _renamed_index(old)
    for (single, context), item in found.items():
        existing = old.get(single, context=context)
        if existing is None and (single, context) in old.obsolete:
            existing = old.obsolete[(single, context)] if context else old.obsolete.get(single)
        if existing is not None and isinstance(existing.id, tuple) != isinstance(item.msgid, tuple):
            existing = None  # became (or stopped being) a plural: translate it again
        plural = isinstance(item.msgid, tuple)
        if existing is not None and _translated(existing):
            string_ = existing.string
        elif lang in item.translations:
            string_ = item.translations[lang]
        elif lang == SOURCE_LANGUAGE and not is_keyed(single):
            string_ = item.msgid
        elif existing is None and not plural and (string_ := _carry_over(renamed, single)):
            carried.append(single)
        else:
            string_ = ("",) * (old.num_plurals if lang != SOURCE_LANGUAGE else 2) if plural else ""
        if existing is None:
            new.append(single)
        catalog.add(item.msgid, string_, context=context, auto_comments=item.comments,
                    user_comments=existing.user_comments if existing is not None else ())
        if not _translated(catalog.get(single, context=context)):
            untranslated.append(single)
    for message in old:
        if not message.id:
            continue
        single = message.id[0] if isinstance(message.id, tuple) else message.id
        if (single, message.context) in found:
            continue
        if is_keyed(single):
            # Keys are often built at run time (message(f"field.{name}")): keep them, list them.
            catalog[message.id] = message
            if lang == SOURCE_LANGUAGE:
                report.keyed_not_found.append(single)
        else:
            obsolete.append(single)
    report.new[lang], report.untranslated[lang], report.obsolete[lang] = new, untranslated, obsolete
    report.carried[lang] = carried
    return catalog


def update() -> UpdateReport:
    found = extract_all()
    report = UpdateReport()
    for lang in LANGUAGES:
        catalog = merge(lang, read_catalog(lang), found, report)
        po_path(lang).parent.mkdir(parents=True, exist_ok=True)
        po_path(lang).write_bytes(po_bytes(catalog))
    return report


def compile_all() -> list[Path]:
    written = []
    for lang in LANGUAGES:
        mo_path(lang).write_bytes(mo_bytes(read_catalog(lang)))
        written.append(mo_path(lang))
    return written


# --- check -----------------------------------------------------------------------------------------

_PERCENT = re.compile(r"%\d")


def placeholders(template: str) -> frozenset[str]:
    """Named {fields} (and the old %1-style markers still in unconverted Qt strings). Raises ValueError
    for a template str.format cannot read (a single brace)."""
    names = {f"{{{name}}}" for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    return frozenset(names | set(_PERCENT.findall(template)))


def load_terms(path: Path = TERMS) -> list[dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)["term"]


def load_own_wording(path: Path = TERMS) -> set[str]:
    """Keyed msgids allowed to say their English differently from the screen's same English."""
    with path.open("rb") as handle:
        return set(tomllib.load(handle).get("own_wording", {}).get("keys", []))


def same_english_violations(catalogs: dict[str, Catalog], allowed: set[str]) -> list[str]:
    """A keyed message whose English is also a screen's text (an English-source msgid) must say it in
    Chinese as the screen does: the report said 警示 where the screen said 提醒 for "Warnings"."""
    en, zh = catalogs[SOURCE_LANGUAGE], catalogs["zh_CN"]
    problems = []
    for message in en:
        if not message.id or isinstance(message.id, tuple) or not is_keyed(message.id) or message.id in allowed:
            continue
        screen = zh.get(message.string)
        keyed = zh.get(message.id, context=message.context)
        if screen is None or keyed is None or screen.string == keyed.string:
            continue
        problems.append(f"{message.id!r} says {message.string!r} as {keyed.string!r}, the screen as "
                        f"{screen.string!r}; use one, or list the key under own_wording in terms.toml")
    return problems


def term_violations(catalog: Catalog, terms: list[dict]) -> list[str]:
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        for text in strings:
            for term in terms:
                for word in term["avoid"]:
                    if word in text:
                        problems.append(f"{message.id!r}: {word!r} in {text!r}; the term list says "
                                        f"{term['use']!r} ({term['concept']})")
    return problems


def _forms(message: Message) -> tuple[str, ...]:
    return tuple(message.string) if isinstance(message.string, tuple | list) else (message.string,)


def _expected_placeholders(en_message: Message) -> frozenset[str]:
    """What every translation must hold: the msgid's (its plural's) for English-source ids, the English
    text's (its plural form's) for keyed ids."""
    single = en_message.id[0] if isinstance(en_message.id, tuple) else en_message.id
    if is_keyed(single):
        return placeholders(_forms(en_message)[-1])
    return placeholders(en_message.id[-1] if isinstance(en_message.id, tuple) else en_message.id)


def glued_hint(msgid: str, catalog: Catalog) -> str:
    """Babel joins every string literal of one argument: tr("a" if x else "b") is extracted as "ab".
    Name the pieces when ``msgid`` is two catalogue msgids glued together."""
    for cut in range(1, len(msgid)):
        if catalog.get(msgid[:cut]) is not None and catalog.get(msgid[cut:]) is not None:
            return (f"; it looks like {msgid[:cut]!r} and {msgid[cut:]!r} in one call (tr(a if x else b)?): "
                    f"write tr(a) if x else tr(b)")
    return ""


def check_catalogs(catalogs: dict[str, Catalog], found: dict[tuple[str, str | None], SourceMessage] | None,
                   terms: list[dict], mo_files: dict[str, bytes] | None,
                   own_wording: set[str] | None = None) -> list[str]:
    problems: list[str] = []
    ids = {lang: {(m.id, m.context) for m in catalogs[lang] if m.id} for lang in LANGUAGES}
    everything = set().union(*ids.values())
    for lang in LANGUAGES:
        for msgid, context in sorted(everything - ids[lang], key=str):
            problems.append(f"{lang}: missing {msgid!r}" + (f" (context {context!r})" if context else ""))
    en = catalogs[SOURCE_LANGUAGE]
    for lang in LANGUAGES:
        catalog = catalogs[lang]
        expected_forms = catalog.num_plurals
        for message in catalog:
            if not message.id:
                continue
            name = repr(message.id) + (f" (context {message.context!r})" if message.context else "")
            forms = _forms(message)
            if not all(forms):
                problems.append(f"{lang}: no translation for {name}")
                continue
            if message.fuzzy:
                problems.append(f"{lang}: {name} is marked fuzzy (check it, then remove the flag)")
            if isinstance(message.id, tuple) and len(forms) != expected_forms:
                problems.append(f"{lang}: {name} has {len(forms)} plural forms, the language has {expected_forms}")
            single = message.id[0] if isinstance(message.id, tuple) else message.id
            if lang == SOURCE_LANGUAGE and not is_keyed(single) and forms != (
                    message.id if isinstance(message.id, tuple) else (message.id,)):
                problems.append(f"en: {name} is English source text; its msgstr must repeat it")
            en_message = en.get(single, context=message.context)
            if en_message is None or not all(_forms(en_message)):
                continue
            try:
                expected = _expected_placeholders(en_message)
                for form in forms:
                    got = placeholders(form)
                    # An English singular may say "a day" where the plural says "{n} days".
                    if got != expected and not (lang == SOURCE_LANGUAGE and form is forms[0] and len(forms) > 1
                                                and got <= expected):
                        problems.append(f"{lang}: {name} has placeholders {sorted(got)}, "
                                        f"the English has {sorted(expected)}: {form!r}")
            except ValueError as error:
                problems.append(f"{lang}: {name} is not a valid template ({error}); write a literal "
                                f"brace as {{{{ or }}}}")
    if found is not None:
        for (single, context) in sorted(found, key=str):
            for lang in LANGUAGES:
                if catalogs[lang].get(single, context=context) is None:
                    problems.append(f"{lang}: {single!r} is used in the code but not in the catalogue "
                                    f"(run update){glued_hint(single, catalogs[lang])}")
    problems += [f"zh_CN: {p}" for p in term_violations(catalogs["zh_CN"], terms)]
    if own_wording is not None:
        problems += [f"zh_CN: {p}" for p in same_english_violations(catalogs, own_wording)]
    if mo_files is not None:
        for lang in LANGUAGES:
            if mo_files.get(lang) != mo_bytes(catalogs[lang]):
                problems.append(f"{lang}: {mo_path(lang).relative_to(ROOT)} does not match the .po (run compile)")
    return problems


def check() -> list[str]:
    catalogs = {lang: read_catalog(lang) for lang in LANGUAGES}
    mo_files = {lang: mo_path(lang).read_bytes() for lang in LANGUAGES if mo_path(lang).is_file()}
    return check_catalogs(catalogs, extract_all(), load_terms(), mo_files, load_own_wording())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract and merge into both .po files")
    commands.add_parser("compile", help="write the .mo files")
    commands.add_parser("check", help="exit 1 listing every problem")
    args = parser.parse_args(argv)
    if args.command == "update":
        report = update()
        for lang in LANGUAGES:
            for title, items in (("new", report.new[lang]), ("untranslated", report.untranslated[lang]),
                                 ("obsolete (left out)", report.obsolete[lang]),
                                 ("carried over from a msgid with %N placeholders (check them)",
                                  report.carried[lang])):
                print(f"{lang}: {len(items)} {title}")
                for item in items:
                    print(f"    {item}")
        print(f"{len(report.keyed_not_found)} keyed messages not found literally in the code (kept; they may be "
              f"built at run time)")
        return 0
    if args.command == "compile":
        for path in compile_all():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems" if problems else "catalogues OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
