"""Write the render caches of briefing folders: ``python -m kzbrief.core.prerender DIR...``.

``make prerender`` runs it on ``resources/briefings`` after the bundled briefing (or the
renderer) changes; tests/core/test_rendercache.py fails until it has. Each DIR is a
briefing folder or a folder of them.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from kzbrief.core.briefings import BRIEFING_FILE, briefing_dirs, briefing_from_dict
from kzbrief.core.errors import BadInputError, DataError, KzbriefError
from kzbrief.core.rendercache import RENDER_FILE, render_cache_bytes, source_digest
from kzbrief.core.safefile import atomic_write_bytes
from kzbrief.core.wording import translate


def render_cache_of(folder: Path) -> bytes:
    """What ``folder``'s rendered.json should hold for the briefing.json it holds now."""
    path = folder / BRIEFING_FILE
    try:
        source = path.read_bytes()
        data = json.loads(source.decode("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise DataError(
            translate("Errors", "cannot read {path}: {error}").format(path=path, error=exc)
        ) from exc
    return render_cache_bytes(briefing_from_dict(data), source_digest(source))


def prerender(folder: Path) -> bool:
    """Bring ``folder``'s rendered.json up to date; whether it had to be written."""
    wanted = render_cache_of(folder)
    target = folder / RENDER_FILE
    try:
        if target.read_bytes() == wanted:
            return False
    except OSError:
        pass
    try:
        atomic_write_bytes(target, wanted)
        # Readable by whoever may read the briefing (atomic writes are private).
        os.chmod(target, stat.S_IMODE((folder / BRIEFING_FILE).stat().st_mode))
    except OSError as exc:
        raise DataError(
            translate("Errors", "cannot write {path}: {error}").format(
                path=target, error=exc.strerror or exc
            )
        ) from exc
    return True


def main(argv: list[str] | None = None) -> int:
    roots = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    if not roots:
        print("usage: python -m kzbrief.core.prerender DIR...", file=sys.stderr)
        return 2
    try:
        for root in roots:
            folders = [root] if (root / BRIEFING_FILE).is_file() else briefing_dirs(root)
            if not folders:
                raise BadInputError(
                    translate("Errors", "{folder} holds no briefing").format(folder=root)
                )
            for folder in folders:
                written = prerender(folder)
                print(f"{folder / RENDER_FILE}: {'written' if written else 'up to date'}")
    except KzbriefError as exc:
        print(f"prerender: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
