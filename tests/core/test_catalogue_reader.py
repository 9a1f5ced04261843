"""app/core/catalogue.py reads a compiled catalogue the way the stdlib's gettext does, message for message,
and a damaged file is refused or read as far as it holds, never an exception in the middle of a screen."""

from __future__ import annotations

import gettext
import io
import struct

import pytest
from babel.messages.pofile import read_po

from app.core.catalogue import Catalogue, CatalogueError
from app.core.i18n import (
    LANGUAGES,
    PLURAL_RULES,
    _catalogue_path,
    message,
    text,
    translations,
)

COUNTS = (0, 1, 2, 3, 5, 11, 21, 100, 101)


def _po(lang):
    path = _catalogue_path(lang).with_suffix(".po")
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def _mo(entries, *, big_endian=False, charset="utf-8"):
    """A .mo file holding ``entries`` (original bytes -> translation bytes) and a header."""
    header = f"Content-Type: text/plain; charset={charset}\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
    items = sorted({b"": header.encode("ascii"), **entries}.items())
    order = ">" if big_endian else "<"
    count = len(items)
    originals_at = 28
    translations_at = originals_at + 8 * count
    strings_at = translations_at + 8 * count
    tables, strings = [b"", b""], b""
    for column, pick in enumerate((0, 1)):
        for item in items:
            value = item[pick]
            tables[column] += struct.pack(order + "2I", len(value), strings_at + len(strings))
            strings += value + b"\0"
    magic = 0x950412DE
    head = struct.pack(order + "7I", magic, 0, count, originals_at, translations_at, 0, strings_at)
    return head + tables[0] + tables[1] + strings


def _ours_and_gettext_s(lang):
    path = _catalogue_path(lang)
    with path.open("rb") as handle:
        return Catalogue.read(path, PLURAL_RULES[lang]), gettext.GNUTranslations(handle)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shipped_message_reads_as_gettext_reads_it(lang):
    ours, oracle = _ours_and_gettext_s(lang)
    checked = 0
    for entry in _po(lang):
        if not entry.id:
            continue
        msgid = entry.id[0] if isinstance(entry.id, tuple | list) else entry.id
        if entry.context:
            assert ours.pgettext(entry.context, msgid) == oracle.pgettext(entry.context, msgid)
        elif isinstance(entry.id, tuple | list):
            for n in COUNTS:
                assert ours.ngettext(msgid, entry.id[1], n) == oracle.ngettext(msgid, entry.id[1], n), (msgid, n)
        assert ours.gettext(msgid) == oracle.gettext(msgid), msgid
        checked += 1
    assert checked > 1000
    assert ours.info()["language"] == oracle.info()["language"] == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_missing_message_comes_back_as_gettext_gives_it(lang):
    ours, oracle = _ours_and_gettext_s(lang)
    for n in COUNTS:
        assert ours.ngettext("{n} widget", "{n} widgets", n) == oracle.ngettext("{n} widget", "{n} widgets", n)
    assert ours.gettext("Not in any catalogue") == "Not in any catalogue"
    assert ours.pgettext("nowhere", "Overdue") == "Overdue"
    assert ours.gettext("\udcff lone surrogate") == "\udcff lone surrogate"  # cannot even be encoded


def test_a_big_endian_file_and_another_charset_read_too():
    entries = {b"Loan": "Prêt".encode("latin-1"), b"day\0days": "jour\0jours".encode("latin-1")}
    for big_endian in (False, True):
        catalogue = Catalogue(_mo(entries, big_endian=big_endian, charset="latin-1"))
        assert catalogue.gettext("Loan") == "Prêt"
        assert [catalogue.ngettext("day", "days", n) for n in (1, 2)] == ["jour", "jours"]
        assert catalogue.gettext("day") == "jour"  # a plural message asked for as a plain one: its singular
    oracle = gettext.GNUTranslations(io.BytesIO(_mo(entries, big_endian=True, charset="latin-1")))
    assert oracle.gettext("Loan") == "Prêt"  # the hand-made file is a real one


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",  # empty
        lambda data: b"\x00" * 40,  # no magic number
        lambda data: data[:20],  # cut inside the header
        lambda data: data[:40],  # cut inside the tables
        lambda data: data[:4] + struct.pack("<I", 7 << 16) + data[8:],  # a version nobody wrote
    ],
)
def test_a_file_that_is_no_catalogue_is_refused(damage):
    with pytest.raises(CatalogueError):
        Catalogue(damage(_mo({b"Loan": b"Darlehen"})))


def test_a_message_past_the_end_of_a_cut_file_reads_as_untranslated():
    data = _mo({b"Loan": b"Darlehen", b"Zebra": b"Z" * 50})
    catalogue = Catalogue(data[:-30])  # the last translation is cut short
    assert catalogue.gettext("Zebra") == "Zebra"
    assert catalogue.gettext("Loan") == "Darlehen"


def test_a_message_in_another_encoding_than_the_header_says_reads_as_untranslated():
    catalogue = Catalogue(_mo({b"Loan": "Prêt".encode("latin-1")}, charset="utf-8"))
    assert catalogue.gettext("Loan") == "Loan"


def test_a_damaged_catalogue_lets_the_english_one_stand_in(tmp_path, monkeypatch):
    from app.core import i18n

    shipped = i18n._catalogue_path
    damaged = tmp_path / "zh_CN.mo"
    damaged.write_bytes(b"\x00not a catalogue at all")
    monkeypatch.setattr(i18n, "_catalogue_path", lambda lang: damaged if lang == "zh_CN" else shipped(lang))
    i18n.translations.cache_clear()
    try:
        assert message("cli.list.empty", "zh_CN") == "No loans yet."
        assert text("zh_CN", "Overview") == "Overview"
    finally:
        monkeypatch.undo()
        i18n.translations.cache_clear()
    assert text("zh_CN", "Overview") != "Overview"


def test_opening_a_catalogue_decodes_nothing_yet():
    catalogue = Catalogue.read(_catalogue_path("zh_CN"), PLURAL_RULES["zh_CN"])
    assert catalogue._decoded == {}
    catalogue.gettext("Overview")
    assert len(catalogue._decoded) == 1
    assert translations("zh_CN").found
