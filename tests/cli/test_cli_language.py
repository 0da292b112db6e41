"""The command line in Russian and Kazakh: every message translatable, the language chosen as
the window chooses it (``--lang``, then View > Language, then the locale), and the Qt-free
``.qm`` reader answering as QTranslator does."""

from __future__ import annotations

import argparse
import ast
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzbrief.commands import language
from kzbrief.commands.qm import Catalogue
from kzbrief.core import wording

REPO = Path(__file__).resolve().parents[2]
QM_DIR = REPO / "resources" / "translations"
CLI_SOURCES = [
    REPO / "kzbrief" / "cli.py",
    REPO / "kzbrief" / "desktop.py",  # --install-desktop: the command line's alone
    *sorted((REPO / "kzbrief" / "commands").glob("*.py")),
]


@pytest.fixture(scope="module", autouse=True)
def _fresh_catalogues() -> None:
    """The .qm files the CLI reads (``make`` builds them; a fresh checkout may not have)."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    newest_ts = max(p.stat().st_mtime for p in (REPO / "translations").glob("*.ts"))
    qm = [QM_DIR / f"kzbrief_{lang}.qm" for lang in language.LANGUAGES]
    if not all(p.exists() and p.stat().st_mtime >= newest_ts for p in qm):
        translations.build()


# --- no sentence is built in English ------------------------------------------------------------

#: Calls that mark a text for translation: what is inside them is the catalogue's business.
MARKERS = {"translate", "QT_TRANSLATE_NOOP", "tr"}
#: Calls whose text is for the log (English, for whoever reads it), not for the user.
LOG_CALLS = {"log_bug", "debug", "info", "warning", "error", "exception"}
#: Calls whose arguments the user reads.
SINKS = {"print", "notify", "getpass", "passphrase", "write", "UsageError"}
#: Keyword arguments the user reads (argparse's help texts).
TEXT_KEYWORDS = {"help", "description", "epilog", "usage"}
#: Exceptions that never reach the user (caught where they are raised).
INTERNAL_EXCEPTIONS = {"QmError"}
WORD = re.compile(r"[^\W\d_]{2,}")
PHRASE = re.compile(r"[^\W\d_]{2,}[ ,;:]+[^\W\d_]{2,}")
NAMES_NOT_WORDS = {"kzbrief"}


def _name(node: ast.AST | None) -> str:
    func = node.func if isinstance(node, ast.Call) else node
    if isinstance(func, ast.Attribute):
        return func.attr
    return getattr(func, "id", "")


def _texts(node: ast.AST) -> Iterator[tuple[int, str]]:
    """Literal text in ``node`` (constants and the literal parts of f-strings) outside
    translate() calls, with its line."""
    if isinstance(node, ast.Call) and _name(node) in MARKERS:
        return
    if isinstance(node, ast.Subscript):  # report["problem"]: a key, not text
        yield from _texts(node.value)
        return
    if isinstance(node, ast.Call) and _name(node) == "get":  # report.get("documents", 0)
        yield from _texts(node.func)
        return
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                yield node.lineno, part.value
            elif isinstance(part, ast.FormattedValue):
                yield from _texts(part.value)
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
        return
    for child in ast.iter_child_nodes(node):
        yield from _texts(child)


def _has_words(text: str) -> bool:
    return any(word.lower() not in NAMES_NOT_WORDS for word in WORD.findall(text))


def english_sentences(source: str, filename: str = "<source>") -> list[str]:
    """Where the code shows the user English it built itself: literal text (or an f-string or
    a concatenation with words in it) printed, raised, prompted or given as a help text
    without translate(); and any phrase of two words or more outside translate(), a
    docstring or a log call (a constant such as ``WARNING = "..."`` printed elsewhere)."""
    tree = ast.parse(source, filename)
    found: set[tuple[int, str]] = set()
    skip: set[int] = set()  # ids of nodes not to look into for phrases
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):  # a docstring
                skip.add(id(body[0].value))
        if isinstance(node, ast.Call) and (_name(node) in MARKERS or _name(node) in LOG_CALLS):
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Raise) and _name(node.exc) in INTERNAL_EXCEPTIONS:
            skip.update(id(n) for n in ast.walk(node))
    for node in ast.walk(tree):
        shown: list[ast.AST] = []
        if isinstance(node, ast.Call):
            if _name(node) in SINKS:
                shown += node.args
            shown += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if _name(node.exc) not in INTERNAL_EXCEPTIONS:
                shown += node.exc.args
        for expression in shown:
            for line, text in _texts(expression):
                if _has_words(text):
                    found.add((line, text))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in skip and PHRASE.search(node.value):
                found.add((node.lineno, node.value))
        if isinstance(node, ast.JoinedStr) and id(node) not in skip:
            literal = "".join(
                p.value for p in node.values if isinstance(p, ast.Constant) and p.value
            )
            if PHRASE.search(literal):
                found.add((node.lineno, literal))
    by_line: dict[int, str] = {}
    for line, text in found:  # one finding a line: the longest text on it
        by_line[line] = max(by_line.get(line, ""), text, key=len)
    return [f"{filename}:{line}: {text!r}" for line, text in sorted(by_line.items())]


def test_the_command_line_builds_no_sentence_in_english() -> None:
    problems = [
        problem
        for path in CLI_SOURCES
        for problem in english_sentences(path.read_text(encoding="utf-8"), path.name)
    ]
    assert problems == []


@pytest.mark.parametrize(
    "code",
    [
        'print(f"Added note {note.id}.")',
        'print("No notes.")',
        'print("Rebuilt: " + str(count))',
        'print("Imported %d" % count)',
        'raise BadInputError(f"the folder {path} does not exist")',
        'p.add_argument("--x", help="the passage")',
        'sub.add_parser("x", description=f"Import a report ({formats}).")',
        'WARNING = "Protected notes are encrypted"',
        'getpass.getpass("Passphrase: ")',
        'print(translate("C", "Added {x}").format(x=f"edition {n}"))',
    ],
)
def test_the_check_finds_english_built_in_code(code: str) -> None:
    assert english_sentences(code), code


@pytest.mark.parametrize(
    "code",
    [
        'print(translate("CliNotes", "Added note {id}.").format(id=note.id))',
        'print(f"{note.id}\\t{note.briefing}/{note.section}")',
        'print("\\t".join((b.id, b.title)))',
        'p.add_argument("--section", metavar="ID", required=True)',
        "log_bug(exc, f\"running {command or 'the window'}\", log)",
        'def f():\n    """A docstring of many words."""',
        'GROUPS = ((QT_TRANSLATE_NOOP("CliSearch", "In the briefing ({count})"), ("text",)),)',
    ],
)
def test_the_check_lets_translated_and_plain_data_through(code: str) -> None:
    assert english_sentences(code) == []


# --- the command line speaks Russian and Kazakh -------------------------------------------------


def _help(capsys, *args: str) -> str:
    """What ``kzbrief ARGS`` prints (argparse leaves by SystemExit after a help text)."""
    from kzbrief.cli import main

    with pytest.raises(SystemExit) as stop:
        main(list(args))
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_help_in_russian_and_kazakh(capsys) -> None:
    ru = _help(capsys, "--lang", "ru", "--help")
    assert ru.startswith("использование: kzbrief")
    assert "позиционные аргументы" in ru and "параметры:" in ru
    assert "перечислить обзоры в библиотеке" in ru  # a command's help
    assert "показать эту справку и выйти" in ru  # argparse's own -h
    kk = _help(capsys, "notes", "add", "--help", "--lang", "kk")  # --lang after the command
    assert kk.startswith("қолданылуы: kzbrief notes add")
    assert "үзінді, мәтінде жазылғандай" in kk  # --quote's help
    assert "usage" not in kk and "show this help" not in kk


def test_usage_errors_in_russian_and_kazakh(cli) -> None:
    ru = cli("--lang", "ru", "notes", "add")
    assert ru.code == 2 and ru.out == ""
    assert ru.err == (
        "kzbrief: ошибка: требуются аргументы: --section, --quote "
        "(см. «kzbrief notes add --help»)\n"
    )
    kk = cli("--lang=kk", "search", "x", "--kind", "bogus")
    assert kk.code == 2
    assert kk.err.startswith("kzbrief: қате: --kind аргументі: жарамсыз нұсқа: 'bogus'")
    limit = cli("--lang", "kk", "search", "x", "--limit", "0")
    assert limit.err == "kzbrief: --limit кемінде 1 болуы керек\n"


def test_results_in_russian_with_russian_plurals(cli) -> None:
    listing = cli("--lang", "ru", "briefings")
    assert listing.code == 0
    row = listing.out.splitlines()[0].split("\t")
    assert row[2].startswith("издание ") and re.fullmatch(r"\d+ раздел(а|ов)?", row[4])
    assert cli("--lang", "ru", "notes", "list").out == "Заметок нет.\n"
    assert cli("--lang", "ru", "bookmarks", "list").out == "Закладок нет.\n"
    nothing = cli("--lang", "ru", "search", "qqqqzzzz")
    assert nothing.out.startswith("Ничего не найдено.")
    found = cli("--lang", "ru", "search", "censorship")
    assert found.out.startswith("В обзоре (") and "оценка" in found.out
    rebuilt = cli("--lang", "ru", "index", "rebuild")
    assert re.fullmatch(r"Поисковый индекс перестроен: \d+ документ(а|ов)?\.\n", rebuilt.out)


def test_results_in_kazakh(cli) -> None:
    added = cli("--lang", "kk", "bookmarks", "add", "--section", "climate", "--label", "C")
    assert added.code == 0 and added.out.startswith("Бетбелгі қосылды ")
    cli("index", "rebuild")
    good = cli("--lang", "kk", "index", "check")
    assert good.out.startswith("Іздеу индексі дұрыс: ") and "құжат" in good.out


def test_cores_refusal_reaches_the_terminal_in_the_language(cli, tmp_path) -> None:
    odd = tmp_path / "report.xyz"
    odd.write_text("text", encoding="utf-8")
    result = cli("--lang", "kk", "import", str(odd))
    assert result.code == 2
    assert result.err.startswith("kzbrief: report.xyz импорттау мүмкін емес: kzbrief ")


def test_a_refusal_shared_with_the_window_is_told_in_the_language(cli) -> None:
    result = cli("--lang", "ru", "export", "--format", "md", "--annotated")
    assert result.code == 2
    assert result.err == "kzbrief: обзор с пометками экспортируется только в html или pdf\n"


def test_english_stays_as_written(cli, capsys) -> None:
    assert cli("notes", "list").out == "No notes.\n"
    assert _help(capsys, "--lang", "en", "--help").startswith("usage: kzbrief")


def test_nothing_leaks_into_the_process_after_a_command(cli) -> None:
    """In-process callers (tests, the selftest) get English back, and argparse its gettext."""
    gettext_before = argparse._  # type: ignore[attr-defined]
    cli("--lang", "ru", "notes", "list")
    assert wording.translate("CliNotes", "No notes.") == "No notes."
    assert argparse._ is gettext_before  # type: ignore[attr-defined]
    assert language.current_language() == "en"


# --- which language -----------------------------------------------------------------------------


SAVE_LANGUAGE = """
import sys
from kzbrief.gui import settings as opts
from kzbrief.gui.app import user_settings
store = user_settings()
opts.Settings(store).set(opts.LANGUAGE, sys.argv[1])
store.sync()
print(store.fileName())
"""


def _save_window_language(value: str) -> Path:
    """What View > Language does, through the GUI's own code, in a process of its own (Qt
    finds the settings folder once per process). Returns the settings file."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SAVE_LANGUAGE, value],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return Path(done.stdout.strip())


def test_the_settings_file_is_where_the_window_keeps_it() -> None:
    path = _save_window_language("kk")
    assert path == language.settings_file() and path.is_file()
    assert language.saved_language() == "kk"


@pytest.mark.parametrize(
    ("argv", "saved", "locale", "expected"),
    [
        (["--lang", "kk"], "ru", "ru_RU.UTF-8", "kk"),  # --lang beats everything
        (["notes", "list", "--lang=en"], "ru", "kk_KZ.UTF-8", "en"),
        ([], "kk", "ru_RU.UTF-8", "kk"),  # the window's choice beats the locale
        ([], "system", "ru_RU.UTF-8", "ru"),  # "as the system" is the locale
        ([], None, "kk_KZ.UTF-8", "kk"),  # no settings yet
        ([], None, "de_DE.UTF-8", "en"),  # a locale kzbrief does not speak
        (["--lang", "de"], None, "ru_RU.UTF-8", "ru"),  # argparse refuses "de" in Russian
    ],
)
def test_the_language_is_chosen_as_the_window_chooses_it(
    monkeypatch, argv: list[str], saved: str | None, locale: str, expected: str
) -> None:
    monkeypatch.setenv("LANG", locale)
    if saved is not None:
        _save_window_language(saved)
    chosen = language.choose_language(language.language_from_arguments(argv))
    assert chosen == expected


def test_a_saved_choice_and_the_locale_reach_a_real_command(monkeypatch, cli_process) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert cli_process("notes", "list").out == "Заметок нет.\n"
    _save_window_language("kk")
    assert cli_process("notes", "list").out == "Жазбалар жоқ.\n"
    assert cli_process("notes", "list", "--lang", "en").out == "No notes.\n"


def test_a_damaged_settings_file_is_no_choice(tmp_path) -> None:
    broken = tmp_path / "kzbrief.ini"
    broken.write_bytes(b"\xff\xfe[appearance\nlanguage")
    assert language.saved_language(broken) is None
    assert language.saved_language(tmp_path / "missing.ini") is None


@pytest.mark.parametrize(
    "environ",
    [
        {"LANG": "ru_RU.UTF-8"},
        {"LC_ALL": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"},
        {"LC_MESSAGES": "C", "LANG": "ru_RU.UTF-8"},
        {"LANGUAGE": "de:kk"},
        {"LANG": "C.UTF-8", "LANGUAGE": "ru"},
        {},
    ],
)
def test_the_locale_is_read_as_the_window_reads_it(environ: dict[str, str]) -> None:
    from kzbrief.gui.i18n import system_language

    assert language.system_language(environ) == system_language(environ)


def test_a_missing_catalogue_leaves_english(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(language, "catalogue_file", lambda lang: tmp_path / "none.qm")
    try:
        assert language.install("ru") == "en"
        assert wording.translate("CliNotes", "No notes.") == "No notes."
    finally:
        language.uninstall()


def test_a_pipe_that_cannot_write_kazakh_gets_english(monkeypatch) -> None:
    """On a Russian or Kazakh Windows, Python writes into a pipe in cp1251: Russian fits,
    Kazakh's own letters do not; English is better than an error at the first message."""
    assert language.streams_can_write("ru", [io.TextIOWrapper(io.BytesIO(), "cp1251")])
    assert not language.streams_can_write("kk", [io.TextIOWrapper(io.BytesIO(), "cp1251")])
    assert language.streams_can_write("kk", [io.TextIOWrapper(io.BytesIO(), "utf-8")])
    pipe = io.TextIOWrapper(io.BytesIO(), "cp1251")
    monkeypatch.setattr(sys, "stderr", pipe)
    monkeypatch.setattr(sys, "stdout", pipe)
    try:
        assert language.install("kk") == "en"
        assert language.install("ru") == "ru"
    finally:
        language.uninstall()


# --- the .qm reader agrees with QTranslator ----------------------------------------------------


def _messages(lang: str) -> Iterator[tuple[str, str, str | None, bool]]:
    root = ET.parse(REPO / "translations" / f"kzbrief_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield (
                context.findtext("name", ""),
                message.findtext("source", ""),
                message.findtext("comment") or None,
                message.get("numerus") == "yes",
            )


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_qm_reader_agrees_with_qtranslator_on_every_message(lang: str) -> None:
    from PySide6.QtCore import QTranslator

    path = QM_DIR / f"kzbrief_{lang}.qm"
    qt = QTranslator()
    assert qt.load(str(path))
    ours = Catalogue.load(path)
    checked = 0
    for context, source, comment, numerus in _messages(lang):
        for n in range(0, 125) if numerus else [-1]:
            assert ours.translate(context, source, comment, n) == (
                qt.translate(context, source, comment, n) or None
            ), (context, source, n)
            checked += 1
        # Another context, another comment: Qt finds nothing, or the message without comment.
        assert ours.translate(f"{context}X", source, comment) == (
            qt.translate(f"{context}X", source, comment) or None
        )
        assert ours.translate(context, source, "no such comment") == (
            qt.translate(context, source, "no such comment") or None
        )
    assert ours.translate("CliNotes", "not a message") is None
    assert checked > (500 if lang != "en" else 20)


def test_russian_plural_forms_from_the_catalogue() -> None:
    ours = Catalogue.load(QM_DIR / "kzbrief_ru.qm")
    forms = [ours.translate("CliReading", "%n section(s)", None, n) for n in (1, 2, 5, 11, 21, 22)]
    assert forms == [
        "%n раздел",
        "%n раздела",
        "%n разделов",
        "%n разделов",
        "%n раздел",
        "%n раздела",
    ]


# --- what it costs at start ---------------------------------------------------------------------


def test_start_up_cost_of_a_translated_command_is_small(tmp_path) -> None:
    """Choosing the language and reading the catalogue adds milliseconds, and never Qt."""
    code = (
        "import sys, time; t = time.perf_counter()\n"
        "from kzbrief.commands import language\n"
        "language.install(language.choose_language('ru'))\n"
        "from kzbrief.core.wording import translate\n"
        "assert translate('CliNotes', 'No notes.') == 'Заметок нет.'\n"
        "print(time.perf_counter() - t, any(m.startswith('PySide6') for m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    assert out[1] == "False"
    assert float(out[0]) < 0.5  # generous: measured ~10 ms (see docs: README Languages)
