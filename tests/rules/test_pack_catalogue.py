"""The pack's texts are written in English and read in Chinese from the catalogue (context "rule pack"):
every text of the shipped pack has its Chinese there, with the same placeholders; the catalogue tool
extracts them with their place for the translator, and a pack text it has not seen is caught."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

from app.rules.pack import default_pack_path
from app.rules.pack_text import PACK_CONTEXT, PackText, pack_texts, placeholders

CJK = re.compile(r"[\u4e00-\u9fff]")
ROOT = Path(__file__).resolve().parents[2]


def _catalogue_tool():
    # By path, as tests/core/test_catalogue.py does: the folder "packaging" shadows the PyPI package.
    name = "repayradar_catalogue_tool"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "catalogue.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _as_written(text: PackText, lang: str) -> str:
    """The text in ``lang`` with its placeholders left as they are."""
    return text.text(lang, **{name: "{" + name + "}" for name in placeholders(text) or ()})


def test_every_text_of_the_pack_is_found_with_its_place(pack):
    found = list(pack_texts(pack))
    raw = tomllib.loads(default_pack_path().read_text(encoding="utf-8"))
    assert {where for where, _ in found} >= {
        "pack.title",
        "labels.actions.field_visit",
        "rules[law.guarantee].text",
        "rules[law.guarantee].source",
        "warnings[grace_pay_now].title",
        "remedies[pay_overdue].why",
        "classifications[card_art92].classes[special_mention].label",
        "conduct.checks[night_contact].text",
        "conduct.regulator",
    }
    assert len(found) == len({where for where, _ in found}) == 325
    assert dict(found)["rules[law.guarantee].source"] == next(
        rule["source"] for rule in raw["rules"] if rule["id"] == "law.guarantee"
    )


def test_every_text_of_the_shipped_pack_reads_in_chinese_with_the_same_placeholders(pack):
    untranslated, other_fields = [], []
    for where, text in pack_texts(pack):
        chinese = _as_written(text, "zh_CN")
        if chinese == text or not CJK.search(chinese):
            untranslated.append(where)
        if placeholders(chinese) != placeholders(text):
            other_fields.append(where)
        assert _as_written(text, "en") == text
    assert untranslated == [] and other_fields == []



def test_the_catalogue_holds_each_pack_text_once_with_its_places_for_the_translator(pack):
    tool = _catalogue_tool()
    extracted = {item.msgid: item for item in tool.pack_messages()}
    assert set(extracted) == {str(text) for _, text in pack_texts(pack)}
    assert {item.context for item in extracted.values()} == {PACK_CONTEXT}
    (comment,) = extracted["Civil Code, art. 688"].comments
    assert comment == "Rule pack cn.toml: rules[law.guarantee].source"
    shared = extracted["Common industry practice"].comments[0]
    assert "rules[practice.before_due].source" in shared and "rules[practice.beyond_180].source" in shared
    chinese, english = tool.read_catalog("zh_CN"), tool.read_catalog("en")
    for msgid in extracted:
        assert english.get(msgid, context=PACK_CONTEXT).string == msgid
        assert CJK.search(chinese.get(msgid, context=PACK_CONTEXT).string), msgid


def test_a_pack_text_the_catalogue_lacks_is_caught_by_the_check(tmp_path):
    tool = _catalogue_tool()
    edited = default_pack_path().read_text(encoding="utf-8").replace(
        'title = "Check your credit report"', 'title = "Look at your credit report"', 1
    )
    (tmp_path / "edited.toml").write_text(edited, encoding="utf-8")
    found = {(item.msgid, item.context): item for item in tool.pack_messages(tmp_path / "edited.toml")}
    catalogs = {lang: tool.read_catalog(lang) for lang in tool.LANGUAGES}
    problems = tool.check_catalogs(catalogs, found, tool.load_terms(), None)
    assert problems == [
        f"{lang}: 'Look at your credit report' is used in the code but not in the catalogue (run update)"
        for lang in tool.LANGUAGES
    ]
