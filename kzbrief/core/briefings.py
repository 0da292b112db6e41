"""Loading briefings from their stored form: a folder with briefing.json (+ editorial.json,
+ rendered.json, the render cache of :mod:`kzbrief.core.rendercache`).

The bundled briefings live in ``resources/briefings``; imported ones are stored in the same
form in the data folder, so one loader serves both.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from kzbrief.core import jsonread
from kzbrief.core.errors import DataError
from kzbrief.core.model import Briefing, Editorial, Paragraph, Section, Source
from kzbrief.core.render import inline_markdown_to_text
from kzbrief.core.rendercache import RENDER_FILE, RenderCache, source_digest
from kzbrief.core.wording import translate

BRIEFING_FILE = "briefing.json"
EDITORIAL_FILE = "editorial.json"
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def is_valid_id(value: str) -> bool:
    """Ids of briefings and sections: lower-case letters, digits, ``.``, ``_`` and ``-``."""
    return bool(_ID.match(value))


def _parse_json(path: Path, payload: bytes) -> Any:
    """``payload``, the bytes of ``path``: read once, so that its digests are of what is used."""
    try:
        return jsonread.loads(payload.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # ValueError: bad UTF-8 or JSON
        raise DataError(
            translate("Errors", "cannot read {path}: {error}").format(path=path, error=exc)
        ) from exc


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v) for v in value if isinstance(v, str | int | float))


def _object(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _editorial(raw: Any) -> Editorial:
    if not isinstance(raw, dict):
        return Editorial()
    return Editorial(
        key_facts=_strings(raw.get("key_facts")),
        why_it_matters=str(raw.get("why_it_matters") or ""),
        tags=tuple(t.lower() for t in _strings(raw.get("tags"))),
        related=_strings(raw.get("related")),
    )


def _sources(raw: Any) -> tuple[Source, ...]:
    """The briefing's sources: objects with an id and a title (others are skipped)."""
    found: list[Source] = []
    seen: set[str] = set()
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        sid = str(item.get("id") or "").strip()
        title = str(item.get("title") or "").strip()
        if not sid or not title or sid in seen or len(sid) > 64:
            continue
        seen.add(sid)
        found.append(
            Source(
                id=sid,
                title=title,
                publisher=str(item.get("publisher") or ""),
                date=str(item.get("date") or ""),
                url=str(item.get("url") or ""),
            )
        )
    return tuple(found)


def _cited(paragraphs: tuple[Paragraph, ...], sources: dict[str, Source]) -> tuple[Source, ...]:
    """The sources the paragraphs cite, in order of first citation."""
    cited: dict[str, Source] = {}
    for paragraph in paragraphs:
        for sid in paragraph.sources:
            if sid in sources:
                cited.setdefault(sid, sources[sid])
    return tuple(cited.values())


def briefing_from_dict(
    data: dict[str, Any],
    editorial: dict[str, Any] | None = None,
    *,
    bundled: bool = False,
    fingerprint: str = "",
    render_cache: RenderCache | None = None,
) -> Briefing:
    """Build a :class:`Briefing` from its JSON form, checking what the app relies on.

    A paragraph's plain text is its stored ``plain``, else the one in ``render_cache``,
    else its Markdown rendered now.
    """
    if not isinstance(data, dict):
        raise DataError(translate("Errors", "briefing data is not an object"))
    briefing_id = str(data.get("id") or "")
    if not is_valid_id(briefing_id):
        raise DataError(
            translate("Errors", "briefing id {briefing} is not valid").format(
                briefing=repr(briefing_id)
            )
        )
    editorial = _object(editorial)
    notes_by_section = _object(editorial.get("sections"))
    sources = _sources(data.get("sources"))
    by_id = {s.id: s for s in sources}
    sections: list[Section] = []
    seen: set[str] = set()
    for raw in data.get("sections") or []:
        if not isinstance(raw, dict):
            raise DataError(
                translate("Errors", "briefing {briefing}: a section is not an object").format(
                    briefing=briefing_id
                )
            )
        sid = str(raw.get("id") or "")
        if not is_valid_id(sid) or sid in seen:
            raise DataError(
                translate(
                    "Errors", "briefing {briefing}: section id {section} is missing or repeated"
                ).format(briefing=briefing_id, section=repr(sid))
            )
        seen.add(sid)
        paragraphs = _paragraphs(briefing_id, sid, raw.get("paragraphs"), render_cache)
        sections.append(
            Section(
                id=sid,
                title=str(raw.get("title") or sid),
                paragraphs=paragraphs,
                editorial=_editorial(notes_by_section.get(sid) or raw.get("editorial")),
                rendered=render_cache,
                sources=_cited(paragraphs, by_id),
            )
        )
    if not sections:
        raise DataError(
            translate("Errors", "briefing {briefing} has no sections").format(briefing=briefing_id)
        )
    vocabulary = _object(editorial.get("vocabulary"))
    attribution = _object(data.get("attribution"))
    try:
        edition = int(data.get("edition") or 1)
    except (TypeError, ValueError):
        edition = 1
    return Briefing(
        id=briefing_id,
        title=str(data.get("title") or briefing_id),
        edition=edition,
        date=str(data.get("date") or ""),
        language=str(data.get("language") or "en"),
        sections=tuple(sections),
        summary=str(data.get("summary") or ""),
        attribution={str(k): str(v) for k, v in attribution.items()},
        vocabulary={str(k): str(v) for k, v in vocabulary.items()},
        bundled=bundled,
        fingerprint=fingerprint,
        sources=sources,
    )


def _paragraphs(
    briefing_id: str, sid: str, raw: Any, render_cache: RenderCache | None
) -> tuple[Paragraph, ...]:
    ids: list[str] = []
    sources: list[str] = []
    stored: list[str | None] = []  # "plain": imported briefings store it, bundled ones not
    cites: list[tuple[str, ...]] = []
    pages: list[tuple[str | None, tuple[tuple[int, str], ...]]] = []  # paged imports (PDF)
    for number, para in enumerate(raw or [], start=1):
        if isinstance(para, str):
            para = {"text": para}
        if not isinstance(para, dict):
            raise DataError(
                translate(
                    "Errors", "briefing {briefing}: a paragraph of {section} is not an object"
                ).format(briefing=briefing_id, section=sid)
            )
        ids.append(str(para.get("id") or f"{sid}-p{number}"))
        sources.append(str(para.get("text") or ""))
        stored.append(str(para["plain"]) if "plain" in para else None)
        cites.append(tuple(dict.fromkeys(_strings(para.get("sources")))))
        pages.append(_page_place(para))
    cached = None
    if render_cache is not None and None in stored:
        cached = render_cache.paragraphs(sid, ids)
    paragraphs = []
    for n, (pid, source, plain) in enumerate(zip(ids, sources, stored, strict=True)):
        if plain is None:
            plain = cached[n].text if cached is not None else inline_markdown_to_text(source)
        page, breaks = pages[n]
        paragraphs.append(
            Paragraph(
                id=pid,
                markdown=source,
                text=plain,
                sources=cites[n],
                page=page,
                page_breaks=breaks,
            )
        )
    return tuple(paragraphs)


def _page_place(para: dict[str, Any]) -> tuple[str | None, tuple[tuple[int, str], ...]]:
    """A paragraph's page label and page breaks (imported PDFs); (None, ()) without."""
    page = para.get("page")
    if not isinstance(page, str | int) or isinstance(page, bool):
        return None, ()
    breaks = []
    for item in para.get("page_breaks") or []:
        if isinstance(item, list) and len(item) == 2 and isinstance(item[0], int):
            breaks.append((item[0], str(item[1])))
    return str(page), tuple(breaks)


def add_to_fingerprint(digest: Any, name: str, payload: bytes) -> None:
    """Feed one of a briefing's files to the ``hashlib`` digest of its fingerprint. (In
    parts: joined, a 10 MB briefing.json was copied twice holding the interpreter lock.)"""
    digest.update(name.encode() + b"\0")
    digest.update(payload)
    digest.update(b"\0")


def load_briefing_dir(folder: Path, *, bundled: bool = False) -> Briefing:
    """Load the briefing stored in ``folder``, with its render cache if it has one."""
    digest = hashlib.sha256()
    raw: dict[str, Any] = {}
    render_cache: RenderCache | None = None
    for name in (BRIEFING_FILE, EDITORIAL_FILE):
        path = folder / name
        try:
            payload = path.read_bytes()
        except FileNotFoundError:
            if name == BRIEFING_FILE:
                raise DataError(
                    translate("Errors", "{folder} holds no {briefing_file}").format(
                        folder=folder, briefing_file=BRIEFING_FILE
                    )
                ) from None
            continue
        except OSError as exc:
            raise DataError(
                translate("Errors", "cannot read {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            ) from exc
        add_to_fingerprint(digest, name, payload)
        raw[name] = _parse_json(path, payload)
        if name == BRIEFING_FILE:
            render_cache = RenderCache(folder / RENDER_FILE, source_digest(payload), len(payload))
    return briefing_from_dict(
        raw[BRIEFING_FILE],
        raw.get(EDITORIAL_FILE),
        bundled=bundled,
        fingerprint=digest.hexdigest(),
        render_cache=render_cache,
    )


def briefing_dirs(root: Path) -> list[Path]:
    """Folders under ``root`` that hold a briefing, sorted by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / BRIEFING_FILE).is_file())
