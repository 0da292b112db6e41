"""Importing into the library: search finds each document's sections, editions, removal,
atomic writes and the incremental index."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kzbrief.core.errors import BadInputError, DataError, NotFoundError
from kzbrief.core.importers import storage
from kzbrief.core.importers.report import NoteCounts
from kzbrief.core.service import Library


def _top(library: Library, query: str, briefing: str) -> tuple[str, str]:
    results = library.search(query, briefing=briefing)
    assert results.hits, f"{query!r} found nothing in {briefing}"
    return results.hits[0].briefing, results.hits[0].section


def _generation(data_dir: Path) -> str:
    return json.loads((data_dir / "index" / "current.json").read_text())["generation"]


# -- search finds the right section in each kind of document --------------------------------------
def test_markdown_with_tables_and_footnotes(library: Library, import_file) -> None:
    report = library.import_briefing(import_file("annual-review.md"), briefing_id="review")
    assert (report.sections, report.format, report.language) == (4, "markdown", "en")
    assert _top(library, "carbon neutrality", "review")[1] == "climate-and-environment"
    assert _top(library, "Shymkent", "review")[1] == "freedom-of-peaceful-assembly"  # a table
    assert _top(library, "trade-union", "review")[1] == "freedom-of-association"  # a footnote
    html = library.section_html("freedom-of-peaceful-assembly", "review")
    assert "<table>" in html and "<sup>[2]</sup>" in html


def test_html_news_page(library: Library, import_file) -> None:
    report = library.import_briefing(import_file("news-page.html"), briefing_id="rally")
    assert report.title == "Kazakhstan: activists jailed after peaceful Almaty rally"
    assert _top(library, "placard", "rally")[1] == "international-reaction"
    assert _top(library, '"inciting discord"', "rally")[1] == "charges-of-inciting-discord"
    assert _top(library, "unsanctioned", "rally")[1] == "sentences-handed-down"
    for furniture in ("cookies", "newsletter", "facebook", "gtag", "reserved"):
        assert not library.search(furniture, briefing="rally").hits, furniture


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-8"])
def test_russian_text_and_its_inflections(library: Library, import_file, encoding) -> None:
    path = import_file("obzor-ru.txt", encoding)
    report = library.import_briefing(path, briefing_id="obzor")
    assert (report.encoding, report.language, report.sections) == (encoding, "ru", 4)
    # The text says "выборы" and "Досрочные"; each form finds the elections section.
    for query in ("выборов", "выборами", "ВЫБОРЫ", "вы́боры", "досрочных"):
        assert _top(library, query, "obzor")[1] == "2-dosrochnye-vybory", query
    assert _top(library, "собрание", "obzor")[1] == "3-svoboda-mirnykh-sobranii"
    assert _top(library, "насилия", "obzor")[1] == "4-nasilie-v-seme"
    assert library.briefing("obzor").title == "ПРАВА ЧЕЛОВЕКА В КАЗАХСТАНЕ: ОБЗОР ЗА 2023 ГОД"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_report_with_numbered_headings(library: Library, import_file, encoding) -> None:
    path = import_file("un-submission.txt", encoding, bom=True)
    report = library.import_briefing(path, briefing_id="upr")
    assert report.encoding == "utf-16" and report.sections == 6
    assert _top(library, '"pre-trial detention"', "upr")[1] == "2-2-length-of-pre-trial-detention"
    assert _top(library, "lawyer confess", "upr")[1] == "2-1-access-to-a-lawyer"
    assert _top(library, "impartially", "upr")[1] == "recommendations"


def test_kazakh_is_detected_and_prefix_search_serves_it(library: Library, import_file) -> None:
    report = library.import_briefing(import_file("sholu-kk.md"), briefing_id="sholu")
    assert report.language == "kk"
    assert _top(library, "әкімдік*", "sholu")[1] == "beibit-zhiyndar"
    assert _top(library, "ЖУРНАЛИСТЕР", "sholu")[1] == "soz-bostandygy"


def test_search_runs_across_briefings_and_names_each(library: Library, import_file) -> None:
    library.import_briefing(import_file("news-page.html"), briefing_id="rally")
    library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    found = {hit.briefing for hit in library.search("lawyer OR peaceful", limit=50).hits}
    assert {"rally", "upr", "kazakhstan-2023"} <= found
    narrowed = library.search("(lawyer OR peaceful) briefing:upr", limit=50).hits
    assert narrowed and {hit.briefing for hit in narrowed} == {"upr"}


# -- hostile HTML ---------------------------------------------------------------------------------
class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def test_hostile_html_renders_with_no_script_handler_or_outside_reference(
    library: Library, import_file, data_dir: Path
) -> None:
    library.import_briefing(import_file("hostile.html"), briefing_id="hostile")
    briefing = library.briefing("hostile")
    html = "\n".join(library.section_html(s.id, "hostile") for s in briefing.sections)
    _assert_inert(html)
    # ... and the words of the report are all there, shown as words.
    for words in ("Police detained dozens", "Courts handed down", "Cell one", "Listed link"):
        assert words in html
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in html
    assert "[brackets](https://evil.example)" in html  # text that names a URL, not a link
    stored = json.loads((data_dir / "library" / "hostile" / "briefing.json").read_text())
    _assert_inert("\n".join(p["text"] for s in stored["sections"] for p in s["paragraphs"]))


def _assert_inert(html: str) -> None:
    """No script, no event handler, no reference to anything outside the document."""
    markup = _Markup()
    markup.feed(html)
    assert "script" not in markup.tags and "<script" not in html.lower()
    assert not [name for name, _ in markup.attributes if name.startswith("on")]
    assert not [name for name, _ in markup.attributes if name in {"style", "src", "srcset"}]
    assert not markup.tags & {
        "iframe", "frame", "object", "embed", "img", "image", "svg", "math", "link", "meta",
        "base", "style", "form", "input", "button", "video", "audio", "source", "textarea",
    }  # fmt: skip
    for name, value in markup.attributes:
        assert name in {"id", "class", "href", "colspan", "rowspan", "title", "lang"}, name
        assert name != "href" or value.startswith("#"), value
        for scheme in ("javascript:", "http:", "https:", "file:", "data:", "url("):
            assert scheme not in value.lower(), (name, value)
    assert "url(" not in html.lower()


# -- editions -------------------------------------------------------------------------------------
def test_new_edition_replaces_the_old_and_keeps_it_restorable(
    library: Library, import_file, data_dir: Path
) -> None:
    first = import_file("annual-review.md")
    library.import_briefing(first, briefing_id="review")
    with pytest.raises(BadInputError, match=r"already in the library.*--replace"):
        library.import_briefing(first, briefing_id="review")
    first.write_text(first.read_text().replace("2060", "2055"))
    report = library.import_briefing(first, briefing_id="review", replace=True)
    assert (report.edition, report.previous_edition, report.replaced) == (2, 1, True)
    assert report.notes == NoteCounts(stayed=0, moved=0, orphaned=0)  # no notes to place
    assert library.briefing("review").edition == 2
    assert library.search("2055", briefing="review").hits
    assert not library.search("2060", briefing="review").hits
    trashed = library.trashed_briefings("review")
    assert [(t.edition, t.reason) for t in trashed] == [(1, "replaced")]
    assert report.replaced_trash == trashed[0].trash_name


def test_replacing_needs_something_to_replace(library: Library, import_file) -> None:
    with pytest.raises(NotFoundError, match="no briefing 'review' to replace"):
        library.import_briefing(import_file("annual-review.md"), briefing_id="review", replace=True)


def test_a_new_edition_of_the_bundled_briefing(library: Library, import_file) -> None:
    bundled = library.briefing("kazakhstan-2023")
    report = library.import_briefing(
        import_file("annual-review.md"), briefing_id="kazakhstan-2023", replace=True
    )
    assert report.edition == bundled.edition + 1
    assert not library.briefing("kazakhstan-2023").bundled
    assert library.search("Shymkent", briefing="kazakhstan-2023").hits
    library.remove_briefing("kazakhstan-2023")  # the bundled edition comes back
    assert library.briefing("kazakhstan-2023").bundled
    assert not library.search("Shymkent", briefing="kazakhstan-2023").hits
    assert library.search('"domestic violence"', briefing="kazakhstan-2023").hits


def test_notes_stay_with_the_briefing_through_editions_and_removal(
    library: Library, import_file, data_dir: Path
) -> None:
    path = import_file("un-submission.txt")
    library.import_briefing(path, briefing_id="upr")
    note = library.add_note(
        "2-1-access-to-a-lawyer", "advised them to confess", briefing_id="upr", note="key"
    )
    generation = _generation(data_dir)
    # The new edition moves the quoted words to a later place in the same section.
    path.write_text(
        path.read_text().replace(
            "2.1 Access to a lawyer\n\n", "2.1 Access to a lawyer\n\nA new first paragraph.\n\n"
        )
    )
    library.import_briefing(path, briefing_id="upr", replace=True)
    assert _generation(data_dir) == generation and library.check_index()["ok"]
    (moved,) = library.notes(briefing_id="upr")
    assert (moved.id, moved.status, moved.section) == (note.id, "moved", "2-1-access-to-a-lawyer")
    hits = library.search("key kind:note").hits
    assert [(h.annotation, h.section) for h in hits] == [(note.id, "2-1-access-to-a-lawyer")]
    assert {r["id"]: r["notes"] for r in library.library_summary()}["upr"] == 1
    library.remove_briefing("upr")
    assert [n.id for n in library.notes()] == [note.id]  # kept, with the briefing gone
    library.restore_briefing("upr")
    assert library.search("key kind:note").hits[0].section == "2-1-access-to-a-lawyer"
    assert library.check_index()["ok"]


# -- removing -------------------------------------------------------------------------------------
def test_remove_and_restore(library: Library, import_file) -> None:
    library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    removed = library.remove_briefing("upr")
    assert (removed.id, removed.reason) == ("upr", "removed")
    assert "upr" not in {b.id for b in library.briefings()}
    assert not library.search("impartially").hits
    restored = library.restore_briefing(removed)
    assert restored.id == "upr"
    assert _top(library, "impartially", "upr")[1] == "recommendations"
    with pytest.raises(NotFoundError, match="no edition of 'upr'"):
        library.restore_briefing("upr")


def test_bundled_briefings_cannot_be_removed(library: Library) -> None:
    with pytest.raises(BadInputError, match="comes with kzbrief"):
        library.remove_briefing("kazakhstan-2023")
    with pytest.raises(NotFoundError):
        library.remove_briefing("nope")


def test_restore_refuses_when_the_id_is_taken_again(library: Library, import_file) -> None:
    library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    removed = library.remove_briefing("upr")
    library.import_briefing(import_file("annual-review.md"), briefing_id="upr")
    with pytest.raises(BadInputError, match="in the library again"):
        library.restore_briefing(removed)


# -- the library view -----------------------------------------------------------------------------
def test_library_summary(library: Library, import_file) -> None:
    library.import_briefing(import_file("obzor-ru.txt", "cp1251"), briefing_id="obzor")
    rows = {row["id"]: row for row in library.library_summary()}
    assert rows["kazakhstan-2023"]["bundled"] is True
    obzor = rows["obzor"]
    assert (obzor["edition"], obzor["sections"], obzor["notes"], obzor["language"]) == (
        1,
        4,
        0,
        "ru",
    )
    assert obzor["imported_from"] == "obzor-ru.txt" and obzor["date"] == time.strftime(
        "%Y-%m-%d", time.gmtime()
    )


# -- what is written, and how ---------------------------------------------------------------------
def test_the_original_is_kept_privately_beside_the_briefing(
    library: Library, import_file, data_dir: Path
) -> None:
    path = import_file("obzor-ru.txt", "cp1251")
    library.import_briefing(path, briefing_id="obzor")
    folder = data_dir / "library" / "obzor"
    assert (folder / "original.txt").read_bytes() == path.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == [
        "briefing.json",
        "original.txt",
        "rendered.json",
    ]
    for item in (folder, *folder.iterdir()):
        mode = stat.S_IMODE(item.stat().st_mode)
        assert mode == (0o700 if item.is_dir() else 0o600), (item, oct(mode))
    data = json.loads((folder / "briefing.json").read_text())
    assert data["source"]["encoding"] == "cp1251" and data["source"]["format"] == "text"
    assert data["sections"][1]["paragraphs"][0]["id"] == "2-dosrochnye-vybory-p1"


def test_title_id_and_language_can_be_given(library: Library, import_file) -> None:
    report = library.import_briefing(
        import_file("un-submission.txt"), title="UPR submission 2024", language="en"
    )
    assert (report.briefing_id, report.title) == ("upr-submission-2024", "UPR submission 2024")
    with pytest.raises(BadInputError, match="not a valid id"):
        library.import_briefing(import_file("un-submission.txt"), briefing_id="Bad Id!")


def test_the_index_is_updated_in_place_not_rebuilt(
    library: Library, import_file, data_dir: Path
) -> None:
    library.ensure_index()
    generation = _generation(data_dir)
    steps: list[tuple[int, int]] = []
    library.import_briefing(
        import_file("un-submission.txt"), briefing_id="upr", progress=lambda *a: steps.append(a)
    )
    library.remove_briefing("upr")
    library.restore_briefing("upr")
    assert _generation(data_dir) == generation
    assert steps == [(n, 6) for n in range(1, 7)]
    assert library.check_index()["ok"]
    fresh = Library(data_dir)
    try:
        results = fresh.search("impartially")
        assert results.hits and not results.notices  # no "Rebuilt the search index"
    finally:
        fresh.close()


def test_an_index_that_cannot_be_updated_does_not_fail_the_import(
    library: Library, import_file, monkeypatch
) -> None:
    library.ensure_index()

    def locked(fingerprint):
        raise OSError(11, "the index is locked by another kzbrief")

    monkeypatch.setattr(library.index, "writer", locked)
    report = library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    assert report.notices == (
        "The search index will be rebuilt on the next search "
        "([Errno 11] the index is locked by another kzbrief).",
    )
    monkeypatch.undo()
    results = library.search("impartially")
    assert results.hits[0].briefing == "upr"
    assert any("out of date" in n for n in results.notices)


def _fail_the_move_into_the_library(monkeypatch, error: BaseException) -> None:
    """Make the last step of an import, staging/<x> → library/<id>, raise ``error``."""
    real_rename = os.rename

    def rename(source, target):
        if Path(source).parent.name == "staging":
            raise error
        real_rename(source, target)

    monkeypatch.setattr(storage.os, "rename", rename)


def test_a_failed_import_leaves_nothing_behind(
    library: Library, import_file, data_dir: Path, monkeypatch
) -> None:
    _fail_the_move_into_the_library(monkeypatch, OSError(28, "No space left on device"))
    with pytest.raises(DataError, match="No space left on device"):
        library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    assert not (data_dir / "library" / "upr").exists()
    assert not any((data_dir / "staging").iterdir())
    assert "upr" not in {b.id for b in library.briefings()}


def test_a_failed_new_edition_keeps_the_old_one(
    library: Library, import_file, data_dir: Path, monkeypatch
) -> None:
    library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    _fail_the_move_into_the_library(monkeypatch, OSError(5, "Input/output error"))
    with pytest.raises(DataError):
        library.import_briefing(import_file("annual-review.md"), briefing_id="upr", replace=True)
    monkeypatch.undo()
    fresh = Library(data_dir)
    try:
        assert fresh.briefing("upr").edition == 1
        assert fresh.search("impartially", briefing="upr").hits
        assert not fresh.trashed_briefings("upr")
    finally:
        fresh.close()


def test_an_import_interrupted_between_its_renames_is_finished_at_the_next_start(
    library: Library, import_file, data_dir: Path, monkeypatch
) -> None:
    library.import_briefing(import_file("un-submission.txt"), briefing_id="upr")
    _fail_the_move_into_the_library(monkeypatch, KeyboardInterrupt())  # the app is killed
    monkeypatch.setattr(storage.shutil, "rmtree", lambda *a, **k: None)  # no cleanup either
    monkeypatch.setattr(storage.LibraryFolder, "restore", lambda *a: None)
    with pytest.raises(KeyboardInterrupt):
        library.import_briefing(import_file("annual-review.md"), briefing_id="upr", replace=True)
    monkeypatch.undo()
    assert not (data_dir / "library" / "upr").exists()
    fresh = Library(data_dir)
    try:
        assert fresh.briefing("upr").edition == 2
        assert any("interrupted" in n for n in fresh.notices)
        assert not any((data_dir / "staging").iterdir())
    finally:
        fresh.close()


def test_unfinished_imports_are_cleared_once_stale(data_dir: Path) -> None:
    staging = data_dir / "staging"
    old, young = staging / "old", staging / "young"
    for folder in (old, young):
        folder.mkdir(parents=True)
        (folder / "original.md").write_text("half")
    past = time.time() - storage.STALE_STAGING_SECONDS - 60
    os.utime(old, (past, past))
    library = Library(data_dir)
    try:
        library.briefings()
    finally:
        library.close()
    assert not old.exists() and young.exists()


# -- scale ----------------------------------------------------------------------------------------
def test_a_hundred_imported_briefings_and_search_still_answers(
    library: Library, tmp_path: Path
) -> None:
    for number in range(100):
        path = tmp_path / f"report-{number}.md"
        path.write_text(
            f"# Report {number}\n\n## Detention\n\nPeople were detained in region {number}.\n\n"
            f"## Marker\n\nUnique word zq{number}x appears only here.\n"
        )
        library.import_briefing(path)
    assert len(library.briefings()) == 101
    assert _top(library, "zq73x", "report-73") == ("report-73", "marker")
    results = library.search("detained", limit=200)
    assert len({hit.briefing for hit in results.hits}) >= 100
    assert len(library.search("detained briefing:report-42").hits) == 1
    assert library.check_index()["ok"]


def test_the_readers_load_with_the_first_import_not_at_start(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from kzbrief.cli import build_parser\n"
        "from kzbrief.core.service import Library\n"
        "build_parser()\n"
        f"Library({str(tmp_path)!r}).briefings()\n"
        "print(sorted(m for m in sys.modules if m.startswith('kzbrief.core.importers.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "['kzbrief.core.importers.storage']", result.stderr


def test_looking_briefings_up_does_not_wait_for_an_import_reading_its_briefing(
    library: Library, import_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import re-reads its briefing at the end (a large one takes a while): the window
    looks briefings up meanwhile, and must not wait for that read (issue 18)."""
    import threading

    from kzbrief.core import catalogue

    library.briefings()  # (read once: the import then re-reads only its own)
    reading, release = threading.Event(), threading.Event()
    load = catalogue.load_briefing_dir

    def slow_load(folder: Path, **kwargs: object) -> object:
        reading.set()
        assert release.wait(10)
        return load(folder, **kwargs)

    monkeypatch.setattr(catalogue, "load_briefing_dir", slow_load)
    worker = threading.Thread(
        target=lambda: library.import_briefing(import_file("annual-review.md"), briefing_id="r")
    )
    worker.start()
    try:
        assert reading.wait(10)  # the import is reading its briefing back
        started = time.monotonic()
        titles = [b.title for b in library.briefings()]
        assert time.monotonic() - started < 1.0
        assert library.default_briefing().title in titles
    finally:
        release.set()
        worker.join(10)
    assert "r" in [b.id for b in library.briefings()]


@pytest.mark.parametrize(
    "sample", ["annual-review.md", "news-page.html", "hostile.html", "obzor-ru.txt", "pdf"]
)
def test_the_render_cache_made_in_the_child_is_the_one_made_here(
    library: Library, import_file, sample: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (issue 18: an import's paragraphs are rendered in its child process, not on the
    # window's worker; what it writes must be what rendering them here gives)
    from kzbrief.core import rendercache
    from kzbrief.core.briefings import briefing_from_dict

    path = (
        Path(__file__).parents[1] / "data" / "documents" / "report.pdf"
        if sample == "pdf"
        else import_file(sample)
    )
    given: list[object] = []
    real = rendercache.render_cache_bytes

    def recording(briefing, digest, rendered=None):
        given.append(rendered)
        return real(briefing, digest, rendered)

    monkeypatch.setattr(storage, "render_cache_bytes", recording)
    library.import_briefing(path, briefing_id="sample")
    folder = library.data_dir / "library" / "sample"
    payload = (folder / "briefing.json").read_bytes()
    briefing = briefing_from_dict(json.loads(payload))
    [rendered] = given
    assert rendered and set(rendered) == {s.id for s in briefing.sections}  # none left to do
    made_here = real(briefing, rendercache.source_digest(payload))
    assert (folder / rendercache.RENDER_FILE).read_bytes() == made_here
