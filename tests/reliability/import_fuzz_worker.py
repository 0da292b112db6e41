"""The child process of test_fuzz_importers: imports files one by one and checks each.

``python import_fuzz_worker.py DATA_DIR < files.json`` (a JSON list of paths). For each file
it prints one JSON line, ``{"file": n, "started": true}`` before the import and
``{"file": n, "outcome": ...}`` after it, so that the parent can bound every file's time and
kill this process on a hang. An outcome is "imported" or "refused"; anything else (an
exception that is not BadInputError, a half-import, an import that search cannot find) is
reported as ``{"file": n, "error": "..."}`` and ends the run.

It runs in its own process because a hang inside C code (a regular expression, a parser)
cannot be interrupted from Python: only a kill from outside ends it.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

from kzbrief.core.analysis import index_term, iter_words
from kzbrief.core.errors import BadInputError
from kzbrief.core.service import Library

#: What a refusal must leave exactly as it was.
WATCHED = ("library", "staging", "index")


def snapshot(data_dir: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every file under the watched folders; cheap enough to take per file."""
    found = {}
    for name in WATCHED:
        for folder, _, files in os.walk(data_dir / name):
            for file in files:
                path = Path(folder, file)
                info = path.stat()
                found[str(path.relative_to(data_dir))] = (info.st_size, info.st_mtime_ns)
    return found


def searchable_word(text: str) -> str | None:
    """A word of ``text`` that the index holds (not a stop word), safe inside quotes."""
    tail = text[-20_000:]  # from the end: the whole file got in
    if len(text) > len(tail):
        tail = tail.split(maxsplit=1)[-1]  # (not from the middle of a word)
    for _, _, word in iter_words(tail):
        if word.isalnum() and index_term(word):
            return word
    return None


def check_one(library: Library, number: int, path: Path) -> dict[str, object]:
    briefing_id = f"fuzz-{number}"
    before = snapshot(library.data_dir)
    notes_before = [n.id for n in library.notes()]
    try:
        report = library.import_briefing(path, briefing_id=briefing_id)
    except BadInputError as exc:
        message = str(exc)
        if "\n" in message or not message or len(message) > 2_000:
            return {"error": f"refusal is not one short line: {message[:300]!r}"}
        if snapshot(library.data_dir) != before:
            return {"error": f"refused ({message}) but the data folder changed"}
        return {"outcome": "refused", "message": message}
    briefing = library.briefing(briefing_id)
    if len(briefing.sections) != report.sections or not briefing.sections:
        return {"error": f"imported {report.sections} sections, stored {len(briefing.sections)}"}
    if library.library_folder.staging.is_dir() and any(library.library_folder.staging.iterdir()):
        return {"error": "an import finished but left something in staging/"}
    if [n.id for n in library.notes()] != notes_before:
        return {"error": "an import changed the notes"}
    word = searchable_word(briefing.sections[-1].text)
    if word is not None:
        hits = library.search(f'"{word}"', briefing=briefing_id, kind="text", limit=1)
        if hits.total < 1:
            return {"error": f"imported, but searching {word!r} finds nothing"}
    if not library.check_index()["ok"]:
        return {"error": "imported, but the index check fails"}
    return {"outcome": "imported", "searched": word is not None}


def main() -> int:
    data_dir = Path(sys.argv[1])
    files = [Path(p) for p in json.load(sys.stdin)]
    library = Library(data_dir)
    library.add_note("climate", "greenhouse gas", note="a note every import must leave alone")
    library.ensure_index()
    try:
        for number, path in enumerate(files):
            print(json.dumps({"file": number, "started": True}), flush=True)
            started = time.monotonic()
            try:
                result = check_one(library, number, path)
            except Exception:  # noqa: BLE001 - the point: report what escaped, and from where
                result = {"error": traceback.format_exc(limit=-6)}
            seconds = round(time.monotonic() - started, 2)
            print(json.dumps({"file": number, "seconds": seconds, **result}), flush=True)
            if "error" in result:
                return 1
    finally:
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
