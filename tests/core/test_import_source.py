"""Reading files to import: limits and refusals, and decoding every encoding we promise."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers.parse import parse_document
from kzbrief.core.importers.source import (
    MAX_IMPORT_BYTES,
    decode,
    guess_legacy_encoding,
    read_limited,
)

RUSSIAN = (
    "В 2023 году власти продолжали ограничивать свободу выражения мнений, мирных собраний "
    "и объединений. Досрочные выборы прошли в марте."
)
KAZAKH = "Қазақстандағы адам құқықтары туралы баяндама. Бейбіт жиындарға шектеу қойылды."


# -- decoding -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RUSSIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), "utf-16"),
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (RUSSIAN.encode("koi8-r"), "koi8-r"),
        (RUSSIAN.upper().encode("cp1251"), "cp1251"),
        (RUSSIAN.upper().encode("koi8-r"), "koi8-r"),
        ("Выборы".encode("cp1251"), "cp1251"),
        ("Выборы".encode("koi8-r"), "koi8-r"),
        (KAZAKH.encode("kz1048"), "kz1048"),
        ("Détentions arbitraires à Almaty, où?".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_finds_the_encoding(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert text.lstrip("\ufeff") == data.decode(encoding).lstrip("\ufeff")
    assert not text.startswith("\ufeff")


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    data = "Права человека".encode("koi8-u")
    assert decode(data, declared="koi8-u") == ("Права человека", "koi8-u")
    # A wrong declaration cannot beat valid UTF-8, nor a byte-order mark.
    assert decode("Права".encode(), declared="cp1251") == ("Права", "utf-8")
    assert decode(b"caf\xe9", declared="latin-1") == ("café", "cp1252")
    assert decode(b"caf\xe9", declared="no-such-charset")[1] == "cp1252"


def test_text_is_normalised() -> None:
    text, _ = decode("Re\u0301sume\u0301\r\nline two\rline three".encode())
    assert text == "Résumé\nline two\nline three"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused_with_bad_input(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except BadInputError as exc:
        assert str(exc).startswith("the file ")
        return
    assert isinstance(text, str) and text.strip() and encoding


_RUSSIAN_WORDS = [w for w in RUSSIAN.replace(",", "").split() if w.isalpha()]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_RUSSIAN_WORDS), min_size=3).map(" ".join))
def test_russian_prose_of_a_few_words_is_told_apart(words: str) -> None:
    for text in (words, words.capitalize()):
        for encoding in ("cp1251", "koi8-r"):
            assert guess_legacy_encoding(text.encode(encoding)) == encoding


@pytest.mark.parametrize(
    "line",
    [
        "ПРАВА ЧЕЛОВЕКА В КАЗАХСТАНЕ: ОБЗОР ЗА 2023 ГОД",
        "СВОБОДА МИРНЫХ СОБРАНИЙ И ОБЪЕДИНЕНИЙ",
        "ДОСРОЧНЫЕ ПАРЛАМЕНТСКИЕ ВЫБОРЫ",
    ],
)
def test_a_line_in_capitals_is_told_apart(line: str) -> None:
    # Capitals carry no case signal, so letter frequencies alone decide: a line will do,
    # though two or three short words in capitals can be read either way.
    for encoding in ("cp1251", "koi8-r"):
        assert guess_legacy_encoding(line.encode(encoding)) == encoding


# -- refusals -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b" \n\t \r\n", "is empty"),
        (codecs.BOM_UTF8 + b"  \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
    ],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(BadInputError, match=message):
        decode(data, name="report.txt")


def test_a_file_over_the_limit_is_refused_without_being_read(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no 50 MB written
    opened = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: opened.append(a) or pytest.fail("read"))
    with pytest.raises(BadInputError, match=r"huge.txt is 50.0 MB; an import may be at most 50"):
        read_limited(big)
    assert not opened


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "at-limit.txt"
    path.write_bytes(b"x" * 1000)
    assert read_limited(path, limit=1000) == b"x" * 1000
    path.write_bytes(b"x" * 1001)
    with pytest.raises(BadInputError, match="an import may be at most"):
        read_limited(path, limit=1000)


def test_folders_missing_files_and_devices_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="is a folder"):
        read_limited(tmp_path)
    with pytest.raises(BadInputError, match="no such file"):
        read_limited(tmp_path / "missing.md")
    if os.path.exists("/dev/zero"):
        with pytest.raises(BadInputError, match="not a regular file"):
            read_limited(Path("/dev/zero"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        # Since issue 15 PDFs are imported; eight bytes of one are refused as damaged.
        ("report.pdf", b"%PDF-1.7", "report.pdf is truncated or damaged"),
        ("report.odt", b"PK\x03\x04", "kzbrief imports .md, .markdown, .html, .htm, .txt"),
        ("page.html", b"<html><script>x()</script><img src=a></html>", "holds no text"),
        ("notes.md", b"# \n\n---\n\n![](x.png)\n", "holds no text"),
        ("dots.txt", b"... --- !!! ???\n", "holds no text"),
    ],
)
def test_files_with_nothing_to_import_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadInputError, match=message) as caught:
        parse_document(path)
    assert "\n" not in str(caught.value)
