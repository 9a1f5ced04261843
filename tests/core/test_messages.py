"""The core's message catalogue: every sentence exists in both languages with the same blanks, so no
user ever sees a KeyError or an untranslated sentence."""

from __future__ import annotations

import string

import pytest

from app.core.i18n import LANGUAGES, message
from app.core.messages import MESSAGES


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_every_language_with_the_same_fields(key):
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES), f"{key} has {sorted(texts)}"
    assert all(texts[lang] for lang in LANGUAGES), f"{key} has an empty text"
    english = _fields(texts["en"])
    assert _fields(texts["zh_CN"]) == english, key
    # Every template fills in with its own fields, in both languages (a bad format spec would raise).
    values = {name: "X" for name in english}
    for lang in LANGUAGES:
        assert message(key, lang, **values)


def test_positional_or_unnamed_blanks_are_not_used():
    # message() passes only keyword arguments; "{}" or "{0}" would raise for the user.
    for key, texts in MESSAGES.items():
        for template in texts.values():
            assert all(name and not name.isdigit() for name in _fields(template)), key


def test_chinese_texts_are_chinese():
    # A zh_CN text that is character for character the English one was left untranslated. Only texts
    # made of names, numbers and punctuation (a separator, a label such as "ID") may be the same.
    untranslated = [
        key for key, texts in MESSAGES.items()
        if texts["zh_CN"] == texts["en"] and any(char.isalpha() for char in texts["en"].replace("ID", ""))
    ]
    assert untranslated == []


def test_an_unknown_key_is_a_programming_error_not_a_blank_message():
    with pytest.raises(KeyError):
        message("no.such.key", "en")
