"""Reading Qt's compiled translations (``.qm``) without Qt, for the CLI's summaries.

The CLI's ``evaluate``, ``compare``, ``sweep``, ``montecarlo`` and ``simulate`` never import Qt
(a test checks), yet ``--lang fr`` must print the same French as the window. This module reads
the ``.qm`` file that ``pyside6-lrelease`` writes and looks a message up the way
``QTranslator::translate`` does (Qt 6, ``qtranslator.cpp``): the ELF hash of the UTF-8 source
text (+ disambiguation) finds candidate records; a record's stored context, source text and
comment, when lrelease kept them, must match; the translation is UTF-16 big-endian; plural
forms are chosen by the file's numerus rules. A test checks it against ``QTranslator`` for every
message of the shipped French file.

Format: 16 magic bytes, then blocks (tag u8, length u32 BE): 0x42 hashes (hash u32, offset u32
pairs, sorted), 0x69 messages, 0x2f contexts (optional), 0x88 numerus rules, 0xa7 language.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _CONTEXTS, _NUMERUS = 0x42, 0x69, 0x2F, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
# numerus rule byte code (qtranslator_p.h)
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """Not a .qm file, or a damaged one (the message names the file and what is wrong)."""


def elf_hash(data: bytes) -> int:
    """Qt's ``elfHash`` over bytes (0 becomes 1)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def numerus_index(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under the file's numerus ``rules`` (0: the first)."""
    if not rules:
        return 0
    result, i = 0, 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode = rules[i]
                right = rules[i + 1]
                i += 2
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                else:  # between
                    truth = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i == len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i == len(rules):
            return result
        i += 1  # _NEWRULE


class QmFile:
    """One ``.qm`` file in memory; :meth:`translate` is ``QTranslator.translate``."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        data = self.path.read_bytes()
        if not data.startswith(MAGIC):
            raise QmError(f"{self.path}: not a Qt translation file (.qm)")
        self._hashes = b""
        self._messages = b""
        self._contexts = b""
        self._rules = b""
        pos = len(MAGIC)
        while pos + 5 <= len(data):
            tag, size = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            pos += 5
            if not tag or not size:
                break
            if pos + size > len(data):
                raise QmError(f"{self.path}: block 0x{tag:02x} runs past the end of the file")
            block = data[pos:pos + size]
            if tag == _HASHES:
                self._hashes = block
            elif tag == _MESSAGES:
                self._messages = block
            elif tag == _CONTEXTS:
                self._contexts = block
            elif tag == _NUMERUS:
                self._rules = block
            pos += size
        self._count = len(self._hashes) // 8

    def _has_context(self, context: bytes) -> bool:
        if not self._contexts:
            return True
        size = struct.unpack_from(">H", self._contexts, 0)[0]
        off = struct.unpack_from(">H", self._contexts, 2 + 2 * (elf_hash(context) % size))[0]
        if off == 0:
            return False
        c = 2 + 2 * size + 2 * off
        while c < len(self._contexts):
            n = self._contexts[c]
            if n == 0:
                return False
            if self._contexts[c + 1:c + 1 + n] == context:
                return True
            c += 1 + n
        return False

    def _message(self, offset: int, context: bytes, source: bytes, comment: bytes, numerus: int) -> str | None:
        m, data, found = offset, self._messages, None

        def same(stored: bytes, wanted: bytes) -> bool:
            return stored.rstrip(b"\0") == wanted if stored.endswith(b"\0") else stored == wanted

        while True:
            tag = data[m] if m < len(data) else 0
            m += 1
            if tag == _END:
                break
            if tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                n = struct.unpack_from(">I", data, m)[0]
                value = data[m + 4:m + 4 + n]
                m += 4 + n
                if tag == _TRANSLATION:
                    if numerus == 0:
                        found = value
                    numerus -= 1
                elif tag == _SOURCE and not same(value, source):
                    return None
                elif tag == _CONTEXT and not same(value, context):
                    return None
                elif tag == _COMMENT and value[:1] not in (b"", b"\0") and not same(value, comment):
                    return None
            elif tag == _OBSOLETE1:
                m += 4
            else:
                return None
        return None if found is None else found.decode("utf-16-be")

    def translate(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation of ``source`` in ``context``, or None when the file has none."""
        ctx, src, com = context.encode(), source.encode(), (comment or "").encode()
        if not self._count or not self._has_context(ctx):
            return None
        numerus = numerus_index(n, self._rules) if n >= 0 else 0
        for comment_bytes in ((com, b"") if com else (b"",)):
            h = elf_hash(src + comment_bytes)
            lo, hi = 0, self._count - 1
            while lo <= hi:  # the first entry with hash >= h
                mid = (lo + hi) // 2
                if struct.unpack_from(">I", self._hashes, 8 * mid)[0] < h:
                    lo = mid + 1
                else:
                    hi = mid - 1
            i = lo
            while i < self._count:
                rh, ro = struct.unpack_from(">II", self._hashes, 8 * i)
                if rh != h:
                    break
                text = self._message(ro, ctx, src, comment_bytes, numerus)
                if text is not None:
                    return text
                i += 1
        return None
