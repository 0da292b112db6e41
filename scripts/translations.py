"""``make translations``: extract, check and build the interface's catalogues (issue 17).

    python scripts/translations.py update   # lupdate: every tr()/translate() of kzbrief/ into
                                            # translations/kzbrief_{en,ru,kk}.ts
    python scripts/translations.py check    # fail if a message is untranslated or unfinished
    python scripts/translations.py build    # lrelease: resources/translations/*.qm
    python scripts/translations.py all      # the three, in that order (what make runs)

``check --fresh`` runs lupdate into temporary copies first, so it also fails on a string added
to the code since the last ``update`` (the test suite does this; the .ts files stay as they are).
English has a catalogue too, of plural forms only ("1 note", "2 notes"), filled in by itself.
"""

from __future__ import annotations

import ast
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


#: Plural forms per language, as Qt counts them (lupdate: 2 for Kazakh, 3 for Russian).
PLURAL_FORMS = {"en": 2, "ru": 3, "kk": 2}


def update(folder: Path = TS_DIR, *, quiet: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        target = ts_path(language, folder)
        plurals = _plural_translations(target) if target.exists() else {}
        args = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
        args += [*files, "-target-language", language, "-ts", str(target)]
        done = subprocess.run(args, cwd=REPO, capture_output=True, text=True)
        if done.returncode or not quiet:
            # lupdate's own chatter about plural forms is expected (see _restore_plurals)
            lines = done.stdout.splitlines() + done.stderr.splitlines()
            print(
                "\n".join(
                    line
                    for line in lines
                    if "plural forms" not in line and "sounds wrong" not in line
                )
            )
        if done.returncode:
            raise SystemExit(f"lupdate failed for {target.name}")
        _restore_plurals(target, language, plurals)


Key = tuple[str, str, str]


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def _plural_translations(path: Path) -> dict[Key, list[str]]:
    """The plural forms of each "%n" message, kept before lupdate runs."""
    found: dict[Key, list[str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            forms = message.findall("translation/numerusform")
            if forms:
                found[_key(context, message)] = [f.text or "" for f in forms]
    return found


def _restore_plurals(path: Path, language: str, plurals: dict[Key, list[str]]) -> None:
    """lupdate's Python parser knows plural forms only for ``self.tr(text, "", n)``; core's
    and the GUI's ``translate(context, "%n …", "", n)`` come out as ordinary messages (and a
    plural translation kept in the .ts is cut to its first form). Every message whose source
    has %n is made a plural one again, with the forms it had; English keeps these alone."""
    root = ET.parse(path).getroot()
    for context in list(root.iter("context")):
        for message in list(context.findall("message")):
            source = message.findtext("source", "")
            if "%n" not in source:
                if language == "en":
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            kept = plurals.get(_key(context, message))
            current = [f.text or "" for f in translation.findall("numerusform")]
            forms = kept or current or [translation.text or ""]
            forms = (forms + [""] * PLURAL_FORMS[language])[: PLURAL_FORMS[language]]
            if language == "en" and not all(forms):
                forms = [_english(source, 1), _english(source, 2)]
            translation.clear()
            translation.text = "\n"
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            if not all(f.strip() for f in forms):
                translation.set("type", "unfinished")
        if language == "en" and not context.findall("message"):
            root.remove(context)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _english(source: str, n: int) -> str:
    return source.replace("(s)", "" if n == 1 else "s").replace("(es)", "" if n == 1 else "es")


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
            texts = (
                [f.text or "" for f in forms]
                if forms
                else ["" if translation is None else (translation.text or "")]
            )
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
                unfinished.append(f"{name}: {message.findtext('source', '')!r}")
    return Count(language, messages, unfinished)


MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def marked_strings() -> set[str]:
    """Every literal text the code marks for translation (``self.tr``, ``translate``,
    ``QT_TRANSLATE_NOOP``), found by reading the code itself."""
    found: set[str] = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in MARKERS:
                continue
            position = 0 if name in ("tr", "QT_TR_NOOP") else 1
            if len(node.args) > position:
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def missed(folder: Path = TS_DIR) -> list[str]:
    """Texts marked in the code that lupdate did not extract (it skips a call whose count is
    not a plain name, such as ``translate("C", "%n x(s)", "", len(items))``)."""
    root = ET.parse(ts_path("ru", folder)).getroot()
    extracted = {m.findtext("source", "") for m in root.iter("message")}
    return sorted(marked_strings() - extracted)


def check(folder: Path = TS_DIR) -> int:
    """Print each catalogue's count; 1 if any message is unfinished (listed) or a marked text
    was not extracted, else 0."""
    bad = 0
    for text in missed(folder):
        print(f"not extracted by lupdate (give the count a plain name?): {text!r}")
        bad += 1
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
