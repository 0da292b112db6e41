"""The interface in English, Russian and Kazakh (issue 17): complete catalogues, plural forms,
the language chosen, core's messages and exports in it, Qt's own strings, nothing clipped."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from kzbrief.core import wording
from kzbrief.core.service import Library
from kzbrief.gui import i18n
from kzbrief.gui import settings as opts
from kzbrief.gui.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kzbrief_translations", REPO / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


translations = _script()


@pytest.fixture(scope="module", autouse=True)
def _catalogues_built() -> None:
    """The .qm files the app loads (``make`` builds them; a fresh checkout may not have)."""
    qm = [REPO / "resources" / "translations" / f"kzbrief_{lang}.qm" for lang in ("en", "ru", "kk")]
    ts = [translations.ts_path(lang) for lang in ("en", "ru", "kk")]
    newest_ts = max(p.stat().st_mtime for p in ts)
    if not all(p.exists() and p.stat().st_mtime >= newest_ts for p in qm):
        translations.build()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test; back to plain English after it."""
    yield i18n.install
    i18n.uninstall()


# -- the catalogues ------------------------------------------------------------------------------
def test_every_string_of_the_code_is_translated_in_russian_and_kazakh(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """lupdate over today's sources (into copies of the .ts files): nothing unfinished, and
    nothing marked in the code that lupdate failed to extract."""
    assert translations.check_fresh() == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    for language in ("ru", "kk"):
        count = translations.count(language)
        assert count.messages > 400 and not count.unfinished, out


def test_the_check_fails_when_a_new_string_is_not_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    new_module = tmp_path / "new_panel.py"
    new_module.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewPanel(QWidget):\n"
        "    def __init__(self) -> None:\n"
        "        super().__init__()\n"
        '        self.setToolTip(self.tr("A brand-new tooltip nobody translated"))\n',
        encoding="utf-8",
    )
    real_sources = translations.sources
    monkeypatch.setattr(translations, "sources", lambda: [*real_sources(), new_module])
    assert translations.check_fresh() == 1
    out = capsys.readouterr().out
    assert "NewPanel: 'A brand-new tooltip nobody translated'" in out
    assert "ru: 449 messages, 1 unfinished" in out or ("ru:" in out and "1 unfinished" in out)


def test_a_count_that_lupdate_cannot_read_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """lupdate silently skips translate(…, n) when n is not a plain name: the check says so."""
    new_module = tmp_path / "counting.py"
    new_module.write_text(
        "from kzbrief.core.wording import translate\n\n\n"
        "def told(items: list[str]) -> str:\n"
        '    return translate("Counting", "%n thing(s) counted", "", len(items))\n',
        encoding="utf-8",
    )
    real_sources = translations.sources
    monkeypatch.setattr(translations, "sources", lambda: [*real_sources(), new_module])
    assert translations.check_fresh() == 1
    assert "not extracted by lupdate" in capsys.readouterr().out


# -- choosing the language -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"}, "ru"),
        ({"LC_ALL": "kk_KZ", "LC_MESSAGES": "ru_RU.UTF-8"}, "kk"),
        ({"LANGUAGE": "kk:ru"}, "kk"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_system_locale(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def test_the_command_line_beats_settings_which_beat_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert i18n.choose_language(None, "system") == "ru"
    assert i18n.choose_language(None, "kk") == "kk"
    assert i18n.choose_language("en", "kk") == "en"


def test_lang_option_is_on_the_command_line() -> None:
    from kzbrief.cli import build_parser

    assert build_parser(commands=False).parse_args(["--lang", "kk"]).lang == "kk"
    args = build_parser().parse_args(["selftest", "--gui", "--lang", "ru"])
    assert args.lang == "ru" and args.gui


# -- plurals, core's messages, Qt's own strings -------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["1 note", "2 notes", "5 notes", "21 notes"]),
        ("ru", ["1 заметка", "2 заметки", "5 заметок", "21 заметка"]),
        ("kk", ["1 жазба", "2 жазба", "5 жазба", "21 жазба"]),
    ],
)
def test_plural_forms_in_each_language(language, lang: str, expected: list[str]) -> None:
    language(lang)
    shown = [wording.translate("Export", "%n note(s)", "", n) for n in (1, 2, 5, 21)]
    assert shown == expected


def test_plurals_read_in_english_without_any_catalogue() -> None:
    assert wording.translate("Export", "%n note(s)", "", 1) == "1 note"
    assert wording.translate("SearchResultsModel", "%n match(es)", "", 3) == "3 matches"


def test_qt_own_buttons_are_in_the_language(language) -> None:
    language("kk")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel != "Cancel" and cancel.strip()
    language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_markdown_export_heading_and_labels_in_russian_quote_untouched(
    language,
    library: Library,
) -> None:
    language("ru")
    briefing = library.default_briefing()
    section = briefing.sections[0]
    quote = section.paragraphs[0].text.split(".")[0][:40].strip()
    library.add_note(section.id, quote, briefing_id=briefing.id, note="Моя заметка")
    from kzbrief.core.export import ExportScope

    text = library.export_text("md", ExportScope())
    assert text.startswith("# Заметки из kzbrief\n")
    assert "*Экспортировано из kzbrief " in text and "все заметки; 1 заметка.*" in text
    assert f"издание {briefing.edition}" in text and "Цвет: жёлтый" in text
    assert quote.split()[0] in text  # the quoted text is as the briefing has it
    assert "T" not in text.split("Создано ")[1].split(",")[0]  # a date, not an ISO stamp


def test_core_notices_are_translated(language) -> None:
    from kzbrief.core.query import parse_query

    language("kk")
    notices = parse_query("a\x07b").notices
    assert notices == ("Сұраудағы басқару таңбалары еленбеді.",)


# -- the window ----------------------------------------------------------------------------------
def _window(qtbot, library: Library, tmp_path: Path):
    from kzbrief.gui.main_window import MainWindow

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, Settings(store), persist=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.build_rest()
    return window


def _clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped ones wrap)."""
    found = []
    for bar in root.findChildren(QTabBar):  # the tabs of panels that share a dock
        if bar.isVisible():
            for i in range(bar.count()):
                needed = bar.tabSizeHint(i).width()  # the tab with its whole text
                if bar.tabRect(i).width() < needed:
                    found.append(f"tab {bar.tabText(i)!r}: needs {needed} px for its text")
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"label {widget.text()!r}: {widget.sizeHint().width()}>{widget.width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"button {widget.text()!r}: {widget.sizeHint().width()}>{widget.width()}"
                )
    return found


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_window_and_export_dialog_in_the_language_with_nothing_clipped(
    qtbot,
    language,
    library: Library,
    tmp_path: Path,
    lang: str,
) -> None:
    language(lang)
    window = _window(qtbot, library, tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    expected = {"ru": "&Файл", "kk": "&Файл"}[lang]
    assert titles[0] == expected and titles[2] == {"ru": "&Вид", "kk": "&Көрініс"}[lang]
    assert not _clipped(window), _clipped(window)
    dialog = window.show_export_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == {"ru": "Экспорт заметок", "kk": "Жазбаларды экспорттау"}[lang]
    assert not _clipped(dialog), _clipped(dialog)
    dialog.reject()


def test_language_menu_keeps_the_choice_for_the_next_start(
    qtbot,
    library: Library,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, library, tmp_path)
    assert window.ui_actions["language_system"].isChecked()
    window.ui_actions["language_kk"].trigger()
    assert window.settings.get(opts.LANGUAGE) == "kk"
    assert "Қазақша" in window.status.currentMessage()


def test_an_import_refusal_is_told_in_the_language(
    language,
    library: Library,
    tmp_path: Path,
) -> None:
    from kzbrief.core.errors import BadInputError

    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    language("ru")
    with pytest.raises(BadInputError, match=r"^empty\.md пуст$"):
        library.import_briefing(empty)


def test_a_pdf_refused_in_the_reading_child_is_told_in_the_language(
    language,
    library: Library,
    tmp_path: Path,
) -> None:
    """PDF, DOCX and EPUB are read in a child process: its refusal comes in the window's
    language too (the child loads the catalogue), not in the English of the code."""
    from kzbrief.core.errors import BadInputError

    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"this is plain text, not a PDF\n")
    language("kk")
    with pytest.raises(BadInputError, match=r"^fake\.pdf — PDF файлы емес \(ол бүлінген"):
        library.import_briefing(fake)
    language("ru")
    with pytest.raises(BadInputError, match=r"^fake\.pdf — не файл PDF \(он повреждён"):
        library.import_briefing(fake)
