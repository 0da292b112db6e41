"""``make translations``: extract, check and build the interface's catalogues (issue 17).

    python scripts/translations.py update   # lupdate: every tr()/translate() of kzbrief/ into
                                            # translations/kzbrief_{en,ru,kk}.ts
    python scripts/translations.py check    # fail if a message is untranslated or unfinished
    python scripts/translations.py build    # lrelease: resources/translations/*.qm
    python scripts/translations.py all      # the three, in that order (what make runs)

``check --fresh`` runs lupdate into temporary copies first, so it also fails on a string added
to the code since the last ``update`` (the test suite does this; the .ts files stay as they are).
English has a catalogue too, of plural forms only ("1 note", "2 notes").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS_DIR = REPO / "translations"
QM_DIR = REPO / "resources" / "translations"
LANGUAGES = ("en", "ru", "kk")
TRANSLATED = ("ru", "kk")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[Path]:
    """Every Python file of the app: a new GUI module is found without listing it here."""
    return sorted(p for p in (REPO / "kzbrief").rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"kzbrief_{language}.ts"


def update(folder: Path = TS_DIR, *, quiet: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(REPO)) for p in sources()]
    for language in LANGUAGES:
        target = ts_path(language, folder)
        args = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
        if language == "en":
            args.append("-pluralonly")
        args += [*files, "-target-language", language, "-ts", str(target)]
        subprocess.run(args, cwd=REPO, check=True, capture_output=quiet)


@dataclass
class Count:
    language: str
    messages: int
    unfinished: list[str]


def count(language: str, folder: Path = TS_DIR) -> Count:
    root = ET.parse(ts_path(language, folder)).getroot()
    messages, unfinished = 0, []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            messages += 1
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text or "" for f in forms] if forms else [
                "" if translation is None else (translation.text or "")
            ]
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
                unfinished.append(f"{name}: {message.findtext('source', '')!r}")
    return Count(language, messages, unfinished)


def check(folder: Path = TS_DIR) -> int:
    """Print each catalogue's count; 1 if any message is unfinished (listed), else 0."""
    bad = 0
    for language in LANGUAGES:
        c = count(language, folder)
        print(f"{language}: {c.messages} messages, {len(c.unfinished)} unfinished")
        for line in c.unfinished:
            print(f"  unfinished: {line}")
        if language in TRANSLATED or c.unfinished:
            bad += len(c.unfinished)
    return 1 if bad else 0


def check_fresh() -> int:
    """lupdate into copies of the .ts files, then check those: catches new strings too."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, folder))
        update(folder, quiet=True)
        return check(folder)


def build() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm",
             str(QM_DIR / f"kzbrief_{language}.qm")],
            check=True,
        )  # fmt: skip


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command == "update":
        update()
        return 0
    if command == "check":
        return check_fresh() if "--fresh" in argv else check()
    if command == "build":
        build()
        return 0
    if command == "all":
        update()
        code = check()
        if code == 0:
            build()
        return code
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
