"""Line numbers for pack problems: tables, arrays of tables, dotted keys, arrays spread over lines."""

from __future__ import annotations

from app.rules.toml_lines import TomlLines, format_location

SAMPLE = '''title = "x"

[judgement]
shift_floor_day = 15
points = [
  [0, 0],
  [360, 80]
]

[labels.actions]
field_visit = { zh_CN = "上门外访", en = "Field visit" }

[[rules]]
id = "a.one"
text.zh_CN = "一"
text.en = """one
id = "not a key"
"""

[[rules]]
id = "a.two"
text.en = "two"

[[classifications]]
id = "card"
[[classifications.bands]]
id = "normal"
[[classifications.bands]]
id = "loss"

[[classifications]]
id = "retail"
[[classifications.bands]]
id = "only"
'''


def test_keys_are_found_in_their_tables():
    lines = TomlLines(SAMPLE)
    assert lines.line_of(("title",)) == 1
    assert lines.line_of(("judgement", "shift_floor_day")) == 4
    assert lines.line_of(("judgement", "points", 1, 0)) == 5
    assert lines.line_of(("labels", "actions", "field_visit", "zh_CN")) == 11


def test_arrays_of_tables_count_their_elements_and_dotted_keys_match():
    lines = TomlLines(SAMPLE)
    assert lines.line_of(("rules", 0, "text", "zh_CN")) == 15
    assert lines.line_of(("rules", 0, "text", "en")) == 16
    assert lines.line_of(("rules", 1, "id")) == 21
    assert lines.line_of(("rules", 1, "text", "zh_CN")) == 22  # missing: the nearest key, text.en
    assert lines.line_of(("rules", 1, "verify")) == 20  # missing altogether: the table's header


def test_nested_arrays_restart_with_each_parent_element():
    lines = TomlLines(SAMPLE)
    assert lines.line_of(("classifications", 0, "bands", 1, "id")) == 29
    assert lines.line_of(("classifications", 1, "bands", 0, "id")) == 34
    assert lines.line_of(("classifications",)) == 24  # a whole array: its first element


def test_unknown_top_level_section_has_no_line():
    assert TomlLines(SAMPLE).line_of(("conduct", "rule")) is None


def test_locations_read_like_paths():
    assert format_location(("rules", 3, "text", "zh_CN")) == "rules[3].text.zh_CN"
    assert format_location(("schedule", 0)) == "schedule[0]"
