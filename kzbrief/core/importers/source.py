"""Reading a file to import: size and type limits, then decoding its bytes to text.

Refusals are :class:`BadInputError` with one line naming the file, raised before anything
is written. Decoding tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict
UTF-8; a charset the document declares (HTML ``<meta charset>``); then a small heuristic
for the legacy 8-bit encodings a report from Kazakhstan is likely to come in: cp1251,
KOI8-R and KZ-1048 for Cyrillic, cp1252 for Western European text.

Why a heuristic of our own rather than charset-normalizer or chardet: the candidates are
few and known, and telling them apart needs two facts only: whether high bytes form whole
words (Cyrillic) or sit inside Latin words (accented Latin), and which Cyrillic decoding
gives letters with Russian/Kazakh frequencies and sane letter case. General detectors
weigh dozens of encodings and are known to misread short Cyrillic texts as mac-cyrillic
or cp1125; this one is predictable, fast and tested on exactly the cases we support. Its
known limit: a text of two or three short words, all in capitals, can be read either way.
"""

from __future__ import annotations

import codecs
import itertools
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

from kzbrief.core import safefile
from kzbrief.core.errors import BadInputError
from kzbrief.core.wording import translate

MAX_IMPORT_BYTES = 50 * 1024 * 1024
#: More control characters than this share of the text means binary data, not a document.
MAX_CONTROL_RATIO = 0.01
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CYRILLIC_ENCODINGS = ("cp1251", "koi8-r", "kz1048")
WESTERN_ENCODING = "cp1252"
#: Declared charsets that mean cp1252 in practice (as browsers treat them).
_WESTERN_ALIASES = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})


def read_limited(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a file to import; refuses folders, devices and files over ``limit`` unread."""
    return safefile.read_limited(path, limit, purpose="an import")


def decode(data: bytes, *, name: str = "the file", declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to normalised text; returns ``(text, encoding)``.

    Raises BadInputError for empty, binary or undecodable data.
    """
    if not data.strip():
        raise BadInputError(translate("Errors", "{name} is empty").format(name=name))
    text, encoding = _decode(data, name, declared)
    _refuse_binary(text, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise BadInputError(translate("Errors", "{name} is empty").format(name=name))
    return text, encoding


def _decode(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError:
                told = translate(
                    "Errors", "{name} starts like {codec} text but is not valid {codec}"
                )
                raise BadInputError(told.format(name=name, codec=codec.upper())) from None
    if b"\0" in data:
        raise BadInputError(
            translate("Errors", "{name} holds binary data, not text").format(name=name)
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared_codec = _known_codec(declared)
    if declared_codec:
        try:
            return data.decode(declared_codec), declared_codec
        except (UnicodeError, LookupError):
            # The declaration is wrong, or names a codec that is no charset ("base64",
            # "rot13", "undefined"): guess as if there were none.
            pass
    codec = guess_legacy_encoding(data)
    return data.decode(codec, errors="replace"), codec


def _known_codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name in _WESTERN_ALIASES:
        return WESTERN_ENCODING
    if name.startswith(("utf-16", "utf-32")):
        return None  # a BOM-less declaration in an 8-bit file is always a mistake
    return name


def _refuse_binary(text: str, name: str) -> None:
    sample = text[: 1 << 20]
    controls = sum(
        1
        for ch in sample
        if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch in "\x7f\ufffd\ufffe\uffff"
    )
    if controls > max(2, len(sample) * MAX_CONTROL_RATIO):
        raise BadInputError(
            translate("Errors", "{name} holds binary data, not text").format(name=name)
        )


# -- legacy 8-bit encodings ----------------------------------------------------------------------
_HIGH_WORD = re.compile(rb"[\x80-\xff]+")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_LETTERS = re.compile(r"[^\W\d_]+")
# A word (Latin letters and high bytes) that holds at least one high byte.
_WORD_WITH_HIGH = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")
_SAMPLE_WORDS = 20_000

# Letter frequencies of Russian text (per cent), with Kazakh and Ukrainian letters given a
# modest share so that KZ-1048 wins when its Kazakh letters appear.
# fmt: off
_FREQUENCIES = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
    "і": 1.5, "қ": 1.5, "ә": 1.0, "ғ": 0.8, "ұ": 0.8, "ү": 0.8, "ң": 0.8, "ө": 0.6,
    "һ": 0.05, "є": 0.1, "ї": 0.1, "ґ": 0.02,
}
# fmt: on
_LOG_P = {ch: math.log(p / 100) for ch, p in _FREQUENCIES.items()}
_LOG_P_OTHER = math.log(1e-5)
_MIXED_CASE_PENALTY = math.log(1e-3)
#: Words in capitals are far rarer than lower-case ones, but headings use them.
_CAPITALS_PENALTY = math.log(0.2)


def guess_legacy_encoding(data: bytes) -> str:
    """The most likely of cp1251, KOI8-R, KZ-1048 and cp1252 for non-UTF-8 ``data``."""
    if _looks_western(data):
        return WESTERN_ENCODING
    sample = b" ".join(
        m.group() for m in itertools.islice(_HIGH_WORD.finditer(data), _SAMPLE_WORDS)
    )
    best, best_score = CYRILLIC_ENCODINGS[0], -math.inf
    for codec in CYRILLIC_ENCODINGS:
        score = _cyrillic_score(sample.decode(codec, errors="replace"))
        if score > best_score:  # ties keep the earlier (more common) encoding
            best, best_score = codec, score
    return best


def _looks_western(data: bytes) -> bool:
    """High bytes inside Latin words ("D\xe9tention") rather than forming whole words."""
    whole = inside = 0
    for match in itertools.islice(_WORD_WITH_HIGH.finditer(data), _SAMPLE_WORDS):
        word = match.group()
        if word.translate(None, _HIGH_BYTES):  # some ASCII letters in it
            inside += 1
        elif len(word) >= 2:
            whole += 1
    return inside > whole


def _cyrillic_score(text: str) -> float:
    """Log-likelihood of ``text``: letter frequencies, and letter case as Russian uses it.

    Case matters because cp1251 and KOI8-R swap the cases of each other's letters: read in
    the wrong one, ordinary lower-case prose comes out in capitals ("НОЕОЙК"), and a capital
    at the start of a word comes out as "пРАВО".
    """
    counts = Counter(text.lower())
    counts.pop(" ", None)
    score = sum(n * _LOG_P.get(ch, _LOG_P_OTHER) for ch, n in counts.items())
    for word in _LETTERS.findall(text):
        if len(word) > 1:
            if word.isupper():
                score += _CAPITALS_PENALTY
            elif not word[1:].islower():
                score += _MIXED_CASE_PENALTY
    return score
