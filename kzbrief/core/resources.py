"""Finding bundled files: in a source checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from kzbrief.core.errors import DataError
from kzbrief.core.wording import translate


@cache
def resources_root() -> Path:
    """The folder holding the bundled resources (briefings, icons, style sheets)."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent.parent
    # An installed wheel maps the top-level resources/ into the package.
    candidates.append(package_dir / "resources")
    # A source checkout (also an editable install): resources/ beside the package.
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if (candidate / "briefings").is_dir():
            return candidate
    raise DataError(translate("Errors", "the bundled resources are missing; reinstall kzbrief"))


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("styles", "light.css")``."""
    return resources_root().joinpath(*parts)
