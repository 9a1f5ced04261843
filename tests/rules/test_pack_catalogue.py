"""The pack's texts are written in English and read in Chinese from the catalogue (context "rule pack"):
every text of the shipped pack has its Chinese there, with the same placeholders."""

from __future__ import annotations

import re
import tomllib

from app.rules.pack import default_pack_path
from app.rules.pack_text import PackText, pack_texts, placeholders

CJK = re.compile(r"[\u4e00-\u9fff]")


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
    assert len(found) == len({where for where, _ in found}) == 323
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

