"""docs/rules-cn.md is generated from the pack; a pack edit without regenerating it fails here."""

from __future__ import annotations

from app.rules.doc_table import default_output, main, render_markdown


def test_committed_rules_document_matches_the_pack(pack):
    committed = default_output(pack).read_text(encoding="utf-8")
    assert committed == render_markdown(pack), "run: python -m app.rules.doc_table"


def test_document_lists_every_rule_with_its_source_and_every_kind(pack):
    text = render_markdown(pack)
    for rule in pack.rules:
        assert f"`{rule.id}`" in text and rule.source in text and rule.source.text("zh_CN") in text
    for label in pack.labels.kinds.values():
        assert label.text("zh_CN") in text


def test_check_mode_reports_a_stale_document(tmp_path, pack):
    stale = tmp_path / "rules.md"
    stale.write_text("old\n", encoding="utf-8")
    assert main(["--check", "--output", str(stale)]) == 1
    assert main(["--output", str(stale)]) == 0
    assert main(["--check", "--output", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == render_markdown(pack)
