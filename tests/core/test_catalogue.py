"""The one catalogue per language (resources/locale): every message a user can be shown exists in both
languages with the same blanks, the code asks for no message the catalogue lacks, the compiled .mo
files are the .po files' own, the term list holds, and counted messages take the right plural form."""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Message

from app.core.i18n import (
    LANGUAGES,
    N_,
    context_text,
    count_message,
    message,
    plural_text,
    text,
    translations,
)

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    # By path: the folder is named "packaging", like the PyPI package pytest itself imports.
    name = "repayradar_catalogue_tool"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "catalogue.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
CATALOGS = {lang: tool.read_catalog(lang) for lang in tool.LANGUAGES}


def _entries(lang):
    return [m for m in CATALOGS[lang] if m.id]


def _forms(entry):
    return tuple(entry.string) if isinstance(entry.string, tuple | list) else (entry.string,)


def test_the_tool_and_the_app_agree_on_the_languages():
    assert set(tool.LANGUAGES) == set(LANGUAGES)


def test_both_languages_hold_the_same_msgids():
    ids = {lang: {(m.id, m.context) for m in _entries(lang)} for lang in LANGUAGES}
    assert ids["en"] - ids["zh_CN"] == set()
    assert ids["zh_CN"] - ids["en"] == set()
    assert len(ids["en"]) > 1000  # the core's keyed messages and the screens' texts, not an empty file


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_msgid_has_a_translation_in_every_form(lang):
    empty = [m.id for m in _entries(lang) if not all(_forms(m))]
    assert empty == []
    fuzzy = [m.id for m in _entries(lang) if m.fuzzy]
    assert fuzzy == []


def test_english_source_ids_translate_to_themselves_in_english():
    wrong = [m.id for m in _entries("en") if not tool.is_keyed(m.id if isinstance(m.id, str) else m.id[0])
             and _forms(m) != (m.id if isinstance(m.id, tuple) else (m.id,))]
    assert wrong == []


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_placeholders_are_the_same_in_the_msgid_english_and_chinese():
    problems = tool.check_catalogs(CATALOGS, None, [], None)
    assert problems == []
    # The check above is not blind: a Chinese text that drops a blank is reported.
    broken = tool.read_catalog("zh_CN")
    broken["cli.cannot_read"].string = "无法读取：{detail}"
    assert any("cli.cannot_read" in p and "placeholders" in p for p in tool.check_catalogs(
        {"en": CATALOGS["en"], "zh_CN": broken}, None, [], None))


def test_no_positional_blanks():
    # text() and message() fill by name only; "{}" or "{0}" would raise in front of the user.
    for lang in LANGUAGES:
        for entry in _entries(lang):
            for form in _forms(entry):
                assert all(name and not name.isdigit() for name in _fields(form)), entry.id


def test_every_message_the_code_uses_is_in_the_catalogue():
    found = tool.extract_all()
    assert len(found) > 500
    missing = [(msgid, context) for msgid, context in found
               if any(CATALOGS[lang].get(msgid, context=context) is None for lang in LANGUAGES)]
    assert missing == []


def test_the_compiled_catalogues_are_the_po_files():
    for lang in LANGUAGES:
        assert tool.mo_path(lang).read_bytes() == tool.mo_bytes(CATALOGS[lang]), (
            f"{lang}: run python packaging/catalogue.py compile")


def test_the_term_list_holds_for_every_chinese_text():
    terms = tool.load_terms()
    assert any("您" in term["avoid"] for term in terms)
    assert any("警示" in term["avoid"] for term in terms)
    assert tool.term_violations(CATALOGS["zh_CN"], terms) == []
    # ... and it is enforced: a 您 is caught.
    polite = tool.read_catalog("zh_CN")
    polite["cli.list.empty"].string = "您还没有贷款。"
    assert tool.term_violations(polite, terms)


def test_the_same_english_says_the_same_chinese_across_core_and_screens():
    # "Warnings" was 提醒 on screen and 警示 in the report; both now say 提醒.
    assert text("zh_CN", "Warnings") == message("report.heading.warnings", "zh_CN") == "提醒"


def test_plural_forms():
    assert plural_text("en", "{n} day", "{n} days", 1) == "1 day"
    assert plural_text("en", "{n} day", "{n} days", 2) == "2 days"
    assert plural_text("en", "{n} day", "{n} days", 0) == "0 days"
    assert plural_text("zh_CN", "{n} day", "{n} days", 1) == "1 天"
    assert plural_text("zh_CN", "{n} day", "{n} days", 31) == "31 天"
    assert count_message("count.loans", "zh_CN", 1) == "1 笔贷款"
    assert count_message("count.loans", "en", 1) == "1 loan"
    assert count_message("count.loans", "en", 3) == "3 loans"
    assert count_message("count.loans", "zh_CN", 3) == "3 笔贷款"
    assert translations("en").plural_form(1) == 0 and translations("en").plural_form(2) == 1
    assert translations("zh_CN").plural_form(1) == translations("zh_CN").plural_form(7) == 0


def test_plural_entries_have_the_language_s_number_of_forms():
    for lang, forms in (("en", 2), ("zh_CN", 1)):
        assert CATALOGS[lang].num_plurals == forms
        for entry in _entries(lang):
            if isinstance(entry.id, tuple):
                assert len(_forms(entry)) == forms, entry.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_user_value_is_shown_verbatim(lang):
    hostile = "%1 %2 {0} {name}"
    sentence = message("cli.cannot_read", lang, path=hostile, detail="%2 {detail}")
    assert hostile in sentence and "%2 {detail}" in sentence
    assert hostile in text(lang, "Stage: {stage} (1 day overdue)", stage=hostile)


def test_context_text_reads_the_context_entry_and_falls_back_to_the_msgid():
    # No shipped entry has a context yet; an unknown one shows its msgid (screens add theirs with ptr).
    assert context_text("en", "status", "Overdue") == "Overdue"


def test_n_marks_without_translating():
    assert N_("Warnings") == "Warnings"


def test_an_unknown_key_is_a_programming_error_not_a_blank_message():
    with pytest.raises(KeyError):
        message("no.such.key", "en")
    with pytest.raises(KeyError):
        count_message("no.such.count", "zh_CN", 2)


# Names, units and {placeholders} read the same in both languages ("{lender} · {kind}", "{rate} %").
_SAME_IN_BOTH = re.compile(r"\b(ID|Qt|KB)\b|\{\w+(:[^{}]*)?\}")


def test_chinese_texts_are_chinese():
    # A zh_CN text that is character for character the English one was left untranslated. Only texts
    # made of names, numbers, units and punctuation (a separator, "ID", "%1 KB") may be the same.
    english = {(m.id, m.context): _forms(m) for m in _entries("en")}
    untranslated = [
        m.id for m in _entries("zh_CN")
        if _forms(m)[-1] == english[(m.id, m.context)][-1]
        and any(char.isalpha() for char in _SAME_IN_BOTH.sub("", _forms(m)[-1]))
    ]
    assert untranslated == []


LANGUAGE_BRANCH = re.compile(r"""\blang\s*(==|!=)\s*["']|\(lang\s*==|["'](zh_CN|en)["']\s+if\s+lang""")


def test_no_language_branches_in_the_core_or_the_rules():
    # Word order, separators and punctuation come from the catalogue (issue 18), and so do the rule
    # pack's texts (app/rules/pack_text.py).
    branches = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in ("app/core", "app/rules")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if LANGUAGE_BRANCH.search(line)
    ]
    assert branches == []


def test_joining_and_dates_follow_the_language():
    from datetime import date

    from app.core.i18n import date_text, join_clauses, join_sentences, join_series, join_words

    assert join_words("en", ["calls", "texts", "visits"]) == "calls, texts and visits"
    assert join_words("en", ["calls", "texts"]) == "calls and texts"
    assert join_words("zh_CN", ["电话", "短信", "上门"]) == "电话、短信、上门"
    assert join_words("en", ["calls"]) == "calls" and join_words("en", []) == ""
    assert join_series("en", ["23:05", "23:40", "00:10"]) == "23:05, 23:40, 00:10"
    assert join_series("zh_CN", ["23:05", "23:40"]) == "23:05、23:40"
    assert join_clauses("en", ["a, b", "c"]) == "a, b; c" and join_clauses("zh_CN", ["甲", "乙"]) == "甲；乙"
    assert join_sentences("en", ["One.", "Two."]) == "One. Two."
    assert join_sentences("zh_CN", ["一。", "二。"]) == "一。二。"
    assert date_text(date(2026, 3, 6), "en") == "2026-03-06"
    assert date_text(date(2026, 3, 6), "zh_CN") == "2026年3月6日"
    # A user's words joined are never read as a template.
    assert join_words("en", ["{first}", "%1", "{rest}"]) == "{first}, %1 and {rest}"


def test_a_keyed_message_says_the_screen_s_english_as_the_screen_does():
    own = tool.load_own_wording()
    assert tool.same_english_violations(CATALOGS, own) == []
    # Not blind: the report's old 警示 for "Warnings" is caught.
    old = tool.read_catalog("zh_CN")
    old["report.heading.warnings"].string = "警示"
    assert any("report.heading.warnings" in p for p in tool.same_english_violations(
        {"en": CATALOGS["en"], "zh_CN": old}, own))


@pytest.fixture
def catalogue_files(monkeypatch):
    """Point the catalogue lookup at chosen files; the per-language cache is emptied around the test."""
    import app.core.i18n as i18n

    shipped = i18n._catalogue_path

    def use(present: set[str]) -> None:
        monkeypatch.setattr(i18n, "_catalogue_path", lambda lang: shipped(lang) if lang in present
                            else ROOT / "nowhere" / f"{lang}.mo")
        i18n.translations.cache_clear()

    yield use
    monkeypatch.undo()
    i18n.translations.cache_clear()


def test_without_the_chinese_catalogue_the_english_one_stands_in(catalogue_files):
    catalogue_files({"en"})
    assert message("cli.list.empty", "zh_CN") == "No loans yet."
    assert plural_text("zh_CN", "{n} day", "{n} days", 2) == "2 days"


def test_without_any_catalogue_a_keyed_message_keeps_its_facts(catalogue_files):
    catalogue_files(set())
    assert message("cli.cannot_read", "en", path="/tmp/x", detail="gone") == (
        "cli.cannot_read (path: /tmp/x, detail: gone)")
    assert count_message("count.loans", "zh_CN", 3) == "count.loans (count: 3)"
    assert text("en", "Stage: {stage} (1 day overdue)", stage="B") == "Stage: B (1 day overdue)"


def test_the_chinese_templates_keep_the_term_list():
    # Letters, complaints and call scripts say 提醒, 逾期, 最低还款额... as the screens do. (您 is checked
    # in tests/core/test_letters.py: the user's own words to a lender may use it.)
    terms = [term for term in tool.load_terms() if "您" not in term["avoid"]]
    found = [
        f"{path.name}: {word!r} (use {term['use']!r})"
        for path in sorted((ROOT / "resources" / "templates").glob("*_zh_CN.txt"))
        for term in terms
        for word in term["avoid"]
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []


def test_update_carries_a_translation_over_when_only_placeholders_were_renamed():
    # A screen moves from Qt's "%1 (%2 days)" to "{name} ({days} days)": the Chinese follows, each %N
    # becoming the field that stands where it stood in the English, and the old entry turns obsolete.
    old = tool.new_catalog("zh_CN")
    old.add("Stage: %1 (%2 days overdue)", "所处阶段：%1（已逾期 %2 天）")
    old.add("%1 · %1", "%1")
    new_id = "Stage: {stage} ({days} days overdue)"
    found = {
        (new_id, None): tool.SourceMessage(new_id),
        ("{a} · {b}", None): tool.SourceMessage("{a} · {b}"),  # %1 twice: no exact carry-over
    }
    report = tool.UpdateReport()
    merged = tool.merge("zh_CN", old, found, report)
    assert merged.get(new_id).string == "所处阶段：{stage}（已逾期 {days} 天）"
    assert merged.get("{a} · {b}").string == ""
    assert report.carried["zh_CN"] == [new_id]
    assert "Stage: %1 (%2 days overdue)" in report.obsolete["zh_CN"]


def test_update_leaves_a_message_no_longer_in_the_code_out_of_the_catalogue():
    # Listed as obsolete for the one who runs update, but no #~ entry is kept (nor an old one carried on).
    old = tool.new_catalog("zh_CN")
    old.add("Kept", "保留")
    old.add("Gone from the code", "已不在代码中")
    old.obsolete["Gone long ago"] = Message("Gone long ago", "早已删除")
    report = tool.UpdateReport()
    merged = tool.merge("zh_CN", old, {("Kept", None): tool.SourceMessage("Kept")}, report)
    assert report.obsolete["zh_CN"] == ["Gone from the code"]
    assert [message.id for message in merged if message.id] == ["Kept"]
    written = tool.po_bytes(merged).decode("utf-8")
    assert "#~" not in written and "Gone" not in written


def test_the_shipped_catalogues_hold_no_obsolete_entries():
    for lang in tool.LANGUAGES:
        assert "\n#~ " not in tool.po_path(lang).read_text(encoding="utf-8"), lang


def _named_fields(template: str) -> dict[str, str]:
    """Each plain {field} of ``template`` (no format spec) with a hostile value of its own."""
    fields = {}
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if spec or conversion:
            return {}
        fields[name] = f"<{name} %1 %2 %3 {{0}} {{name}} ${{lender}}>"
    return fields


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_shows_every_value_verbatim(lang):
    # Whatever a user typed (a loan name "%1 %2 %3 {0} {name}"), every message of the catalogue prints it
    # as typed: one pass, no value is read as a template again.
    checked = 0
    for entry in _entries(lang):
        single = entry.id[0] if isinstance(entry.id, tuple) else entry.id
        template = _forms(entry)[-1]
        fields = _named_fields(template)
        if not fields or entry.context:
            continue
        if isinstance(entry.id, tuple):
            fields.pop("n", None)
            fields.pop("count", None)
            shown = (count_message(single.rsplit(".", 1)[0], lang, 2, **fields) if tool.is_keyed(single)
                     else plural_text(lang, entry.id[0], entry.id[1], 2, **fields))
        elif tool.is_keyed(single):
            shown = message(single, lang, **fields)
        else:
            shown = text(lang, single, **fields)
        for value in fields.values():
            assert value in shown, (single, shown)
        checked += 1
    assert checked > 250


def test_a_glued_msgid_is_explained():
    # tr("Kind" if x else "Overdue") reaches the extractor as "KindOverdue"; check says what happened.
    hint = tool.glued_hint("KindOverdue", CATALOGS["en"])
    assert "'Kind'" in hint and "'Overdue'" in hint
    assert tool.glued_hint("Kind of overdue", CATALOGS["en"]) == ""


def test_each_language_s_plural_rule_is_the_one_its_catalogue_states():
    # The app counts with the rules in app/core/i18n.py; translators' tools read the catalogue's
    # Plural-Forms header. Both must say the same, for every count.
    from app.core.i18n import PLURAL_RULES

    stated = {"en": "nplurals=2; plural=(n != 1);", "zh_CN": "nplurals=1; plural=0;"}
    for lang in LANGUAGES:
        assert translations(lang).info()["plural-forms"] == stated[lang]
        assert CATALOGS[lang].num_plurals == len({PLURAL_RULES[lang](n) for n in range(1000)})
        assert [PLURAL_RULES[lang](n) for n in range(4)] == {"en": [1, 0, 1, 1], "zh_CN": [0, 0, 0, 0]}[lang]
