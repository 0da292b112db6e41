"""Reading DOCX and EPUB containers (ZIP files of XML) without trusting them.

- Every member is inflated in chunks and counted as it comes: the sizes a ZIP declares are
  not believed, and a member or the whole archive that inflates past a limit (a "ZIP bomb")
  is refused before it fills memory.
- XML is parsed with defusedxml, which refuses entity declarations (no "billion laughs", no
  external entity reaching a file or the network); a document that declares entities is
  refused as a whole, not imported with them left out.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from typing import TYPE_CHECKING

from kzbrief.core.errors import BadInputError
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

#: Limits, documented in the README.
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_INFLATED_BYTES = 256 * 1024 * 1024
_CHUNK = 1 << 16
#: What each kind of archive is called in a refusal, for lupdate to find (translated where
#: told, as a noun phrase that fits "it is not a readable …").
_KINDS = {
    "Word document": translate("Errors", "Word document"),
    "EPUB book": translate("Errors", "EPUB book"),
}


def _kind(kind: str) -> str:
    return translate("Errors", kind) if kind in _KINDS else kind


class SafeZip:
    """A ZIP archive read within limits; every refusal is one line naming the file."""

    def __init__(self, data: bytes, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self.inflated = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (
            zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError,  # a "version needed" or compression that zipfile lacks
            UnicodeDecodeError,
        ):  # fmt: skip
            told = translate(
                "Errors", "{name} is damaged or truncated: it is not a readable {kind}"
            )
            raise BadInputError(told.format(name=name, kind=_kind(kind))) from None
        if len(infos) > MAX_MEMBERS:
            told = translate("Errors", "{name} holds more than {limit} files; it is not a {kind}")
            raise BadInputError(told.format(name=name, limit=f"{MAX_MEMBERS:,}", kind=_kind(kind)))
        self._names = {info.filename for info in infos}

    def has(self, member: str) -> bool:
        return member in self._names

    def names(self) -> list[str]:
        return sorted(self._names)

    def read(self, member: str) -> bytes:
        """The inflated bytes of ``member``; refuses one that inflates past the limits."""
        if member not in self._names:
            told = translate("Errors", "{name} is not a complete {kind}: {member} is missing")
            raise BadInputError(told.format(name=self.name, kind=_kind(self.kind), member=member))
        out = bytearray()
        try:
            with self._zip.open(member) as handle:
                while chunk := handle.read(_CHUNK):
                    out += chunk
                    self.inflated += len(chunk)
                    if len(out) > MAX_MEMBER_BYTES or self.inflated > MAX_INFLATED_BYTES:
                        told = translate(
                            "Errors",
                            "{name} inflates to more than {limit} MB "
                            "(a ZIP bomb, or too large to import)",
                        )
                        limit = min(MAX_MEMBER_BYTES, MAX_INFLATED_BYTES) >> 20
                        raise BadInputError(told.format(name=self.name, limit=limit))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            told = translate("Errors", "{name} is damaged or truncated: {member} cannot be read")
            raise BadInputError(told.format(name=self.name, member=member)) from None
        return bytes(out)

    def xml(self, member: str) -> Element:
        """``member`` parsed as XML; refuses entity declarations and malformed XML."""
        return parse_xml(self.read(member), self.name, member)


def parse_xml(data: bytes, name: str, member: str) -> Element:
    """XML parsed safely: entity declarations and external references are refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        told = translate(
            "Errors",
            "{name} declares XML entities in {member}; kzbrief never expands them "
            "and does not import such files",
        )
        raise BadInputError(told.format(name=name, member=member)) from None
    except (ParseError, ValueError):
        told = translate("Errors", "{name} is damaged: {member} is not well-formed XML")
        raise BadInputError(told.format(name=name, member=member)) from None


def join(base: str, href: str) -> str:
    """``href`` (relative, URL-style) resolved against the member ``base`` it appears in."""
    from urllib.parse import unquote

    href = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), href)).lstrip("/")
