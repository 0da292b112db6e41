"""Render caches (rendered.json): a start renders no Markdown, and a bad cache changes nothing
that is shown, only how fast it is shown."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kzbrief.core.briefings import (
    BRIEFING_FILE,
    EDITORIAL_FILE,
    briefing_dirs,
    briefing_from_dict,
    load_briefing_dir,
)
from kzbrief.core.model import Briefing
from kzbrief.core.prerender import main as prerender_main
from kzbrief.core.prerender import render_cache_of
from kzbrief.core.render import RENDER_VERSION, section_html
from kzbrief.core.rendercache import RENDER_FILE, size_limit, source_digest
from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library

BUNDLED = resource_path("briefings", "kazakhstan-2023")
REGENERATE = "make prerender (python -m kzbrief.core.prerender resources/briefings)"
NO_MARKDOWN = (
    "import sys\n"
    "from kzbrief.core.service import Library\n"
    "library = Library(sys.argv[1])\n"
    "shown = [library.section_html(s.id, b.id) for b in library.briefings() for s in b.sections]\n"
    "print(len(shown), sorted(m for m in sys.modules if m.split('.')[0] == 'markdown'))\n"
)


def _without_cache(folder: Path) -> Briefing:
    """The briefing in ``folder`` as it loads with no render cache: every paragraph rendered."""
    data, editorial = (
        json.loads((folder / name).read_text(encoding="utf-8"))
        if (folder / name).exists()
        else None
        for name in (BRIEFING_FILE, EDITORIAL_FILE)
    )
    return briefing_from_dict(data, editorial)


def _shown(briefing: Briefing) -> list[str]:
    return [section_html(section) for section in briefing.sections]


def _uses_cache(briefing: Briefing) -> list[bool]:
    return [section.cached_html() is not None for section in briefing.sections]


# -- the bundled briefing -------------------------------------------------------------------------
def test_opening_the_app_on_the_bundled_briefing_imports_no_markdown(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_MARKDOWN, str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    count, modules = result.stdout.split(" ", 1)
    assert int(count) >= 8 and modules.strip() == "[]"


def test_the_bundled_render_caches_are_up_to_date() -> None:
    folders = briefing_dirs(resource_path("briefings"))
    assert folders
    for folder in folders:
        committed = (folder / RENDER_FILE).read_bytes() if (folder / RENDER_FILE).exists() else b""
        wanted = render_cache_of(folder)
        if committed == wanted:
            continue
        try:
            old = json.loads(committed)
        except ValueError:
            old = {}
        same_stamp = {k: old.get(k) for k in ("render_version", "source_sha256")} == {
            "render_version": RENDER_VERSION,
            "source_sha256": source_digest((folder / BRIEFING_FILE).read_bytes()),
        }
        pytest.fail(
            f"{folder / RENDER_FILE} is stale. "
            + (
                "The same briefing now renders differently: bump RENDER_VERSION in "
                "kzbrief/core/render.py (imported briefings' caches are stale too), then run "
                if same_stamp
                else "Run "
            )
            + REGENERATE
        )


def test_the_bundled_briefing_shows_the_same_with_and_without_its_cache() -> None:
    cached, rendered = load_briefing_dir(BUNDLED, bundled=True), _without_cache(BUNDLED)
    assert all(_uses_cache(cached)) and not any(_uses_cache(rendered))
    assert cached.sections == rendered.sections  # ids, titles, Markdown, plain text
    for with_cache, without in zip(_shown(cached), _shown(rendered), strict=True):
        assert with_cache == without


# -- a cache that cannot be trusted changes nothing that is shown ---------------------------------
def _stamp(folder: Path) -> dict[str, object]:
    return json.loads((folder / RENDER_FILE).read_text(encoding="utf-8"))


def _write(folder: Path, data: object) -> None:
    (folder / RENDER_FILE).write_text(json.dumps(data), encoding="utf-8")


def _with(key: str, value: object) -> Callable[[Path], None]:
    return lambda folder: _write(folder, {**_stamp(folder), key: value})


def _first_section(change: Callable[[list], list]) -> Callable[[Path], None]:
    def spoil(folder: Path) -> None:
        data = _stamp(folder)
        sections = data["sections"]
        assert isinstance(sections, dict)
        first = next(iter(sections))
        sections[first] = change(sections[first])
        _write(folder, data)

    return spoil


def _first_entry(change: Callable[[dict], object]) -> Callable[[Path], None]:
    return _first_section(lambda entries: [change(entries[0]), *entries[1:]])


def _oversized(folder: Path) -> None:
    # A current cache, padded past the limit with (valid JSON) white space.
    padding = size_limit((folder / BRIEFING_FILE).stat().st_size)
    (folder / RENDER_FILE).write_bytes((folder / RENDER_FILE).read_bytes() + b" " * padding)


IGNORED = {
    "missing": lambda folder: (folder / RENDER_FILE).unlink(),
    "a folder": lambda folder: ((folder / RENDER_FILE).unlink(), (folder / RENDER_FILE).mkdir()),
    "empty": lambda folder: (folder / RENDER_FILE).write_bytes(b""),
    "not JSON": lambda folder: (folder / RENDER_FILE).write_bytes(b'{"render_version": 1, '),
    "not UTF-8": lambda folder: (folder / RENDER_FILE).write_bytes(b'{"\xff\xfe": 1}'),
    "nested too deep": lambda folder: (folder / RENDER_FILE).write_bytes(b"[" * 200_000),
    "a list": lambda folder: _write(folder, [_stamp(folder)]),
    "made from other bytes": _with("source_sha256", source_digest(b"{}")),
    "no stamp": _with("source_sha256", None),
    "another render version": _with("render_version", RENDER_VERSION + 1),
    "a version that only equals it": _with("render_version", float(RENDER_VERSION)),
    "sections not an object": _with("sections", []),
    "oversized": _oversized,
}
# Only the first section's entries are wrong: that section is rendered, the rest are not.
ONE_SECTION_IGNORED = {
    "html not a string": _first_entry(lambda entry: {**entry, "html": 7}),
    "no text": _first_entry(lambda entry: {"id": entry["id"], "html": entry["html"]}),
    "another paragraph's id": _first_entry(lambda entry: {**entry, "id": "elsewhere-p1"}),
    "an entry not an object": _first_entry(lambda entry: [entry["html"], entry["text"]]),
    "a paragraph short": _first_section(lambda entries: entries[1:]),
}


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(BUNDLED, tmp_path / BUNDLED.name))


@pytest.mark.parametrize("spoil", IGNORED.values(), ids=IGNORED.keys())
def test_a_cache_that_does_not_fit_is_ignored(bundled_copy: Path, spoil) -> None:
    spoil(bundled_copy)
    loaded = load_briefing_dir(bundled_copy, bundled=True)
    expected = _without_cache(BUNDLED)
    assert not any(_uses_cache(loaded))
    assert loaded.sections == expected.sections
    assert _shown(loaded) == _shown(expected)


@pytest.mark.parametrize("spoil", ONE_SECTION_IGNORED.values(), ids=ONE_SECTION_IGNORED.keys())
def test_a_section_whose_entries_do_not_fit_is_rendered(bundled_copy: Path, spoil) -> None:
    spoil(bundled_copy)
    loaded = load_briefing_dir(bundled_copy, bundled=True)
    expected = _without_cache(BUNDLED)
    used = _uses_cache(loaded)
    assert not used[0] and all(used[1:])
    assert loaded.sections == expected.sections
    assert _shown(loaded) == _shown(expected)


def test_hostile_html_in_a_current_cache_is_sanitised_away(bundled_copy: Path) -> None:
    data = _stamp(bundled_copy)
    sections = data["sections"]
    assert isinstance(sections, dict)
    for entries in sections.values():
        for entry in entries:
            entry["html"] = (
                entry["html"].replace("<p>", '<p onclick="steal()" style="color: red">', 1)
                + '<script>alert("x")</script><img src="file:///etc/passwd">'
                + '<iframe src="https://example.org/"></iframe>'
            )
    _write(bundled_copy, data)
    loaded = load_briefing_dir(bundled_copy, bundled=True)
    assert all(_uses_cache(loaded))  # used, and yet...
    shown = "\n".join(_shown(loaded))
    assert shown == "\n".join(_shown(_without_cache(BUNDLED)))
    for unsafe in ("<script", "alert", "onclick", "style=", "<img", "iframe", "file:", "https:"):
        assert unsafe not in shown


def test_an_edited_briefing_is_not_shown_with_its_old_cache(bundled_copy: Path) -> None:
    path = bundled_copy / BRIEFING_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sections"][0]["paragraphs"][0]["text"] = "A *new* first paragraph."
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_briefing_dir(bundled_copy, bundled=True)
    assert not any(_uses_cache(loaded))
    first = loaded.sections[0]
    assert first.paragraphs[0].text == "A new first paragraph."
    assert "<em>new</em>" in section_html(first)


# -- imported briefings ---------------------------------------------------------------------------
SAMPLES = ["annual-review.md", "sholu-kk.md", "news-page.html", "hostile.html", "un-submission.txt"]


def test_an_import_stores_its_rendering_and_opening_it_renders_nothing(
    library: Library, import_file, data_dir: Path
) -> None:
    for sample in SAMPLES:
        library.import_briefing(import_file(sample))
    library.close()
    folders = briefing_dirs(data_dir / "library")
    assert len(folders) == len(SAMPLES)
    for folder in folders:
        cached, rendered = load_briefing_dir(folder), _without_cache(folder)
        assert all(_uses_cache(cached)), folder.name
        assert cached.sections == rendered.sections
        assert _shown(cached) == _shown(rendered), folder.name
    result = subprocess.run(
        [sys.executable, "-c", NO_MARKDOWN, str(data_dir)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    count, modules = result.stdout.split(" ", 1)
    assert int(count) > len(SAMPLES) and modules.strip() == "[]"


def test_a_briefing_imported_before_render_caches_shows_as_before(
    library: Library, import_file, data_dir: Path
) -> None:
    library.import_briefing(import_file("annual-review.md"), briefing_id="review")
    before = [library.section_html(s.id, "review") for s in library.briefing("review").sections]
    (data_dir / "library" / "review" / RENDER_FILE).unlink()
    library.reload()
    briefing = library.briefing("review")
    assert not any(_uses_cache(briefing))
    assert [library.section_html(s.id, "review") for s in briefing.sections] == before


# -- make prerender -------------------------------------------------------------------------------
def test_prerender_writes_a_stale_cache_and_leaves_a_current_one(
    bundled_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    current = (bundled_copy / RENDER_FILE).read_bytes()
    (bundled_copy / RENDER_FILE).write_bytes(b"stale")
    assert prerender_main([str(bundled_copy.parent)]) == 0
    assert (bundled_copy / RENDER_FILE).read_bytes() == current
    assert prerender_main([str(bundled_copy)]) == 0
    cache = bundled_copy / RENDER_FILE
    assert capsys.readouterr().out.splitlines() == [f"{cache}: written", f"{cache}: up to date"]


def test_prerender_says_in_one_line_what_it_cannot_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert prerender_main([str(tmp_path)]) == 2
    (tmp_path / BRIEFING_FILE).write_text("{", encoding="utf-8")
    assert prerender_main([str(tmp_path)]) == 3
    errors = capsys.readouterr().err.splitlines()
    assert errors[0] == f"prerender: {tmp_path} holds no briefing"
    assert errors[1].startswith(f"prerender: cannot read {tmp_path / BRIEFING_FILE}:")
    assert len(errors) == 2
