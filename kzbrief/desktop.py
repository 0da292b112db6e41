"""Linux desktop integration: ``kzbrief --install-desktop`` and ``--uninstall-desktop``.

Puts kzbrief in the user's applications menu, the way a distribution package would but in the
user's own XDG data folder (``$XDG_DATA_HOME``, else ``~/.local/share``): the .desktop entry in
``applications/``, the icon in ``icons/hicolor/``, the AppStream metadata in ``metainfo/``.
The entry starts the copy of kzbrief that installed it (the frozen bundle's executable, or
this Python's ``kzbrief``), so moving the bundle means running ``--install-desktop`` again.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from kzbrief.core.errors import BadInputError, DataError
from kzbrief.core.resources import resource_path
from kzbrief.core.safefile import atomic_write_bytes
from kzbrief.core.wording import translate

APP_ID = "org.kzbrief.kzbrief"
PNG_SIZES = (48, 128, 256)

#: Characters that oblige an Exec argument to be quoted (Desktop Entry Specification).
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (as the spec requires), else the default."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command(argv0: str | None = None) -> list[str]:
    """The command that starts this copy of kzbrief."""
    # abspath, not resolve: a virtualenv's python is a symlink that must stay one.
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    script = argv0 or sys.argv[0]
    if os.path.basename(script) == "kzbrief" and os.path.isfile(script):
        return [os.path.abspath(script)]
    return [os.path.abspath(sys.executable), "-m", "kzbrief"]


def _quote_exec_argument(argument: str) -> str:
    if "\n" in argument or "\r" in argument:
        raise BadInputError(
            translate(
                "Desktop", "cannot start kzbrief from a path with a line break: {path}"
            ).format(path=repr(argument))
        )
    if _RESERVED.search(argument):
        argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return argument.replace("%", "%%")


def _escape_string_value(value: str) -> str:
    # String values unescape "\\" before Exec is split into arguments (the spec's rule).
    return value.replace("\\", "\\\\")


def exec_value(argv: Sequence[str]) -> str:
    """The Exec= value that runs ``argv``, quoted and escaped as the spec requires."""
    return _escape_string_value(" ".join(_quote_exec_argument(a) for a in argv))


def desktop_entry(argv: Sequence[str]) -> str:
    """The bundled .desktop file with Exec and TryExec pointing at ``argv``."""
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_value(argv)
        elif line.startswith("TryExec="):
            _quote_exec_argument(argv[0])  # refuses line breaks here too
            line = "TryExec=" + _escape_string_value(argv[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def _targets(home: Path) -> dict[Path, Path | None]:
    """Installed path → bundled source (None for the generated .desktop file)."""
    icons = home / "icons" / "hicolor"
    targets: dict[Path, Path | None] = {
        icons / "scalable" / "apps" / f"{APP_ID}.svg": resource_path("icons", "kzbrief.svg"),
    }
    for size in PNG_SIZES:
        targets[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = resource_path(
            "icons", f"kzbrief-{size}.png"
        )
    metainfo = f"{APP_ID}.metainfo.xml"
    targets[home / "metainfo" / metainfo] = resource_path("desktop", metainfo)
    # Last, so that the menu entry appears only once its icon is in place.
    targets[home / "applications" / f"{APP_ID}.desktop"] = None
    return targets


def _require_freedesktop() -> None:
    if sys.platform in ("win32", "darwin"):
        raise BadInputError(
            translate(
                "Desktop",
                "--install-desktop is for Linux desktops; on Windows and macOS use the app bundle",
            )
        )


def install_desktop(argv0: str | None = None) -> list[Path]:
    """Install the menu entry, icons and metadata for this copy; returns the files written."""
    _require_freedesktop()
    entry = desktop_entry(launch_command(argv0)).encode("utf-8")
    written = []
    try:
        for target, source in _targets(data_home()).items():
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_bytes(target, entry if source is None else source.read_bytes())
            written.append(target)
    except OSError as exc:
        raise DataError(
            translate("Desktop", "cannot install the desktop entry in {path}: {problem}").format(
                path=exc.filename or data_home(), problem=exc.strerror or exc
            )
        ) from exc
    return written


def uninstall_desktop() -> list[Path]:
    """Remove what :func:`install_desktop` installed; returns the files removed."""
    _require_freedesktop()
    removed = []
    # The menu entry first, so that it never points at an icon already gone.
    for target in reversed(list(_targets(data_home()))):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DataError(
                translate("Desktop", "cannot remove {path}: {problem}").format(
                    path=target, problem=exc.strerror or exc
                )
            ) from exc
        removed.append(target)
    return removed
