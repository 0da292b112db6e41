"""A reader of Qt's compiled catalogues (``.qm``) without Qt, for the command line.

The command line must start without PySide6 (importing it costs more than the command), yet
speak the language of the catalogues ``make translations`` builds for the window. This module
reads them as ``QTranslator`` does (qtranslator.cpp): a file is a magic number and tagged
blocks; the *hashes* block maps the ELF hash of ``source text + comment`` to offsets in the
*messages* block, whose records carry the context, source text, comment and one translation
per plural form; the *numerus rules* block is a small byte code that picks the form for a
count. ``tests/cli/test_qm.py`` checks every message of both catalogues against QTranslator.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Block tags
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F,
    0x42,
    0x69,
    0x88,
    0x96,
    0xA7,
)
# Message record tags
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
# Numerus rule byte code
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF
_OP_MASK = 0x07

_U32 = struct.Struct(">I")


class QmError(ValueError):
    """The file is not a catalogue this reader understands."""


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message key (``elfHash_continue`` + ``elfHash_finish``)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _match(found: bytes, target: bytes) -> bool:
    if found.endswith(b"\0"):  # a key stored with its terminating zero
        found = found[:-1]
    return found == target


class Catalogue:
    """One ``.qm`` file, read once; :meth:`translate` answers as ``QTranslator.translate``."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError("not a Qt translation file")
        self.language = ""
        self._messages = b""
        self._rules = b""
        self._contexts = b""
        self._offsets: dict[int, list[int]] = {}
        # Each parser of the command line asks for the same few texts (argparse's "options",
        # the common options' help): each is looked up once.
        self._found: dict[tuple[str, str, str | None, int], str | None] = {}
        position, size = len(MAGIC), len(data)
        while position + 5 <= size:
            tag = data[position]
            (length,) = _U32.unpack_from(data, position + 1)
            block = data[position + 5 : position + 5 + length]
            position += 5 + length
            if tag == _HASHES:
                for key, offset in struct.iter_unpack(">II", block[: len(block) // 8 * 8]):
                    self._offsets.setdefault(key, []).append(offset)
            elif tag == _MESSAGES:
                self._messages = block
            elif tag == _NUMERUS_RULES:
                self._rules = block
            elif tag == _CONTEXTS:
                self._contexts = block
            elif tag == _LANGUAGE:
                self.language = block.decode("utf-8", "replace")

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(path.read_bytes())

    def __len__(self) -> int:
        return sum(len(offsets) for offsets in self._offsets.values())

    def plural_form(self, n: int) -> int:
        """Which of a plural message's translations fits the count ``n`` (0-based)."""
        return numerus_form(n, self._rules)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation of ``source`` in ``context`` (with ``disambiguation``, Qt's
        comment), the form for ``n`` when ``n >= 0``; None when the catalogue lacks it."""
        key = (context, source, disambiguation, self.plural_form(n) if n >= 0 else -1)
        if key not in self._found:
            self._found[key] = self._lookup(context, source, disambiguation, key[3])
        return self._found[key]

    def _lookup(
        self, context: str, source: str, disambiguation: str | None, form: int
    ) -> str | None:
        context_key = context.encode("utf-8")
        source_key = source.encode("utf-8")
        comment_key = (disambiguation or "").encode("utf-8")
        if self._contexts and not self._has_context(context_key):
            return None
        form = max(form, 0)
        while True:
            for offset in self._offsets.get(elf_hash(source_key + comment_key), ()):
                found = self._message(offset, context_key, source_key, comment_key, form)
                if found is not None:
                    return found
            if not comment_key:
                return None
            comment_key = b""  # as Qt: try again without the disambiguation

    def _has_context(self, context: bytes) -> bool:
        table = self._contexts
        (size,) = struct.unpack_from(">H", table, 0)
        (offset,) = struct.unpack_from(">H", table, 2 + 2 * (elf_hash(context) % size))
        if offset == 0:
            return False
        position = 2 + 2 * size + 2 * offset
        while position < len(table):
            length = table[position]
            if length == 0:
                return False
            if _match(table[position + 1 : position + 1 + length], context):
                return True
            position += 1 + length
        return False

    def _message(
        self, offset: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        data, end = self._messages, len(self._messages)
        position = offset
        chosen: bytes | None = None
        while True:
            tag = data[position] if position < end else 0
            position += 1
            if tag == _END:
                break
            if tag == _TRANSLATION:
                (length,) = _U32.unpack_from(data, position)
                if length & 1:  # 0xFFFFFFFF: a null translation
                    return None
                position += 4
                if form == 0:
                    chosen = data[position : position + length]
                form -= 1
                position += length
            elif tag == _OBSOLETE1:
                position += 4
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                (length,) = _U32.unpack_from(data, position)
                position += 4
                found = data[position : position + length]
                if tag == _SOURCE and not _match(found, source):
                    return None
                if tag == _CONTEXT and not _match(found, context):
                    return None
                if tag == _COMMENT:
                    # Qt compares the comment only when the stored one starts with a byte
                    # other than zero (and reads the next tag's byte when it is empty).
                    first = data[position] if position < end else 0
                    if first and not _match(found, comment):
                        return None
                position += length
            else:
                return None
        if chosen is None:
            return None
        return chosen.decode("utf-16-be")


def numerus_form(n: int, rules: bytes) -> int:
    """Qt's ``numerusHelper``: run the numerus rules' byte code for the count ``n``."""
    size = len(rules)
    if size == 0:
        return 0
    result, i = 0, 0
    try:
        while True:
            or_value = False
            while True:
                and_value = True
                while True:
                    opcode = rules[i]
                    i += 1
                    left = n
                    if opcode & _MOD_10:
                        left %= 10
                    elif opcode & _MOD_100:
                        left %= 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    right = rules[i]
                    i += 1
                    op = opcode & _OP_MASK
                    if op == _EQ:
                        truth = left == right
                    elif op == _LT:
                        truth = left < right
                    elif op == _LEQ:
                        truth = left <= right
                    elif op == _BETWEEN:
                        top = rules[i]
                        i += 1
                        truth = right <= left <= top
                    else:
                        truth = True
                    if opcode & _NOT:
                        truth = not truth
                    and_value = and_value and truth
                    if i == size or rules[i] != _AND:
                        break
                    i += 1
                or_value = or_value or and_value
                if i == size or rules[i] != _OR:
                    break
                i += 1
            if or_value:
                return result
            result += 1
            if i == size:
                return result
            i += 1  # _NEWRULE
    except IndexError:  # a damaged rule: Qt's CHECK_RANGE gives the first form
        return 0
