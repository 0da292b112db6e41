"""A large build shared with a forked helper (kzbrief.core.helperbuild): the index written
is the one a single process writes, and a helper that fails costs time, never documents."""

from __future__ import annotations

import logging
import os
from typing import Any

import pytest

from kzbrief.core import helperbuild
from kzbrief.core import index as index_module
from kzbrief.core.fastwrite import tuned_writer
from kzbrief.core.indexschema import build_schema
from tests.core.test_fastwrite import _segment_files, _synthetic

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is forked")


def _with_kazakh(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``documents`` with Kazakh text in the helper's share (stemmed as Kazakh only when
    the helper analyses each document in its own language)."""
    for document in documents[-40::4]:
        document["body"] += " Сайлаудағы сайлаулардың құқықтары құқығы Алматыда"
        document["language"] = "kk"
    return documents


def _files(documents: list[dict[str, Any]], helper: bool, progress: Any = None) -> dict:
    """The files of a one-segment index of ``documents`` written as a build child writes
    them (with a helper when ``helper``), by extension."""
    from whoosh.filedb.filestore import RamStorage

    storage = RamStorage()
    writer = tuned_writer(storage.create_index(build_schema()).writer())
    writer.compound = False
    index_module._write_all(writer, documents, progress, len(documents), helper=helper)
    return {
        name.rsplit(".", 1)[1]: storage.open_file(name).read()
        for name in storage.list()
        if name.endswith((".trm", ".pst", ".col"))
    }


@pytest.fixture
def small_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A helper for builds of 100 documents or more; the pids of the helpers forked."""
    monkeypatch.setattr(helperbuild, "FEWEST", 100)
    forked: list[int] = []
    real = helperbuild._fork

    def fork(*args: Any) -> tuple[int, Any]:
        pid, feed = real(*args)
        if pid:
            forked.append(pid)
        return pid, feed

    monkeypatch.setattr(helperbuild, "_fork", fork)
    return forked


@pytest.mark.parametrize("seed", [1, 2])
def test_a_helped_build_writes_the_files_whoosh_writes(small_builds: list[int], seed: int) -> None:
    documents = _with_kazakh(_synthetic(300, seed))
    helped = _files(documents, helper=True)
    assert len(small_builds) == 1  # (a helper did its share)
    assert set(helped) == {"trm", "pst", "col"}
    assert helped == _segment_files(documents, lambda writer: writer)
    assert helped == _files(documents, helper=False)


def test_the_helper_analyses_each_document_in_its_language(small_builds: list[int]) -> None:
    from whoosh.filedb.filestore import RamStorage

    documents = _with_kazakh(_synthetic(200, 3))
    ix = RamStorage().create_index(build_schema())
    index_module._write_all(tuned_writer(ix.writer()), documents, None, None, helper=True)
    assert small_builds
    with ix.searcher() as searcher:  # the Kazakh stem, not the Russian one
        kazakh = searcher.document_numbers(body="сайлау")
        assert sorted(kazakh) == [n for n, d in enumerate(documents) if "language" in d]


def test_progress_reaches_every_document_in_order(small_builds: list[int]) -> None:
    documents = _synthetic(400, 5)
    heard: list[int] = []
    _files(documents, helper=True, progress=lambda done, total: heard.append(done))
    assert small_builds
    assert heard == sorted(heard)
    assert heard[-1] == len(documents)


def test_a_helper_that_dies_costs_time_not_documents(
    small_builds: list[int], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    documents = _synthetic(300, 6)

    def dies(*args: Any, **kwargs: Any) -> None:
        os._exit(3)  # (in the helper: its share is never sent)

    monkeypatch.setattr(helperbuild.pickle, "dump", dies)
    with caplog.at_level(logging.WARNING, logger=helperbuild.__name__):
        files = _files(documents, helper=True)
    assert small_builds
    assert "its documents are added here" in caplog.text
    assert files == _segment_files(documents, lambda writer: writer)


def test_a_build_that_fails_leaves_no_helper_behind(small_builds: list[int]) -> None:
    from whoosh.fields import UnknownFieldError
    from whoosh.filedb.filestore import RamStorage

    documents = _synthetic(300, 7)
    documents[10]["no_such_field"] = "x"  # (in this process's share)
    ix = RamStorage().create_index(build_schema())
    with pytest.raises(UnknownFieldError):
        index_module._write_all(tuned_writer(ix.writer()), documents, None, None, helper=True)
    assert len(small_builds) == 1
    with pytest.raises(ChildProcessError):  # stopped and waited for
        os.waitpid(small_builds[0], os.WNOHANG)


def test_small_or_very_large_builds_have_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _synthetic(300, 8)
    assert helperbuild.split_point(documents) == len(documents)  # (fewer than FEWEST)
    monkeypatch.setattr(helperbuild, "FEWEST", 100)
    split = helperbuild.split_point(documents)
    assert len(documents) // 2 < split < len(documents)
    monkeypatch.setattr(helperbuild, "MOST_CHARACTERS", 1000)
    assert helperbuild.split_point(documents) == len(documents)


def test_a_rebuild_in_a_child_is_helped_and_finds_what_one_process_builds(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Through the real build child (a fresh process: FEWEST as shipped).
    documents = _with_kazakh(_synthetic(helperbuild.FEWEST + 50, 9))
    found = []
    for elsewhere in (True, False):
        monkeypatch.setattr(index_module, "BUILD_ELSEWHERE", 1 if elsewhere else 10**9)
        index = index_module.SearchIndex(tmp_path / f"index-{elsewhere}")
        assert index.rebuild("f", documents) == len(documents)
        with index._require().reader() as reader:
            found.append(
                (
                    list(reader.iter_postings()),
                    [reader.stored_fields(n) for n in range(reader.doc_count_all())],
                    {f: reader.field_length(f) for f in reader.indexed_field_names()},
                )
            )
        index.close()
    assert found[0] == found[1]


@pytest.mark.parametrize(
    ("cores", "beside", "helped"), [(2, True, False), (2, False, True), (4, True, True)]
)
def test_beside_a_window_a_build_has_a_helper_only_with_cores_to_spare(
    monkeypatch: pytest.MonkeyPatch, cores: int, beside: bool, helped: bool
) -> None:
    # (two busy processes on a two-core machine kept the window's thread waiting ~100 ms)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert helperbuild.worth_a_helper(beside) is helped


def test_a_library_shown_in_a_window_rebuilds_without_a_helper_on_two_cores(
    library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzbrief.core import isolated

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert library.index.helped_builds  # (the command line's builds may take both cores)
    library.shown_in_a_window()
    assert not library.index.helped_builds
    library._index.reset()  # (a lock or an unlock makes a new index: it keeps the rule)
    assert not library.index.helped_builds
    asked = []
    real = isolated.run_isolated
    monkeypatch.setattr(
        isolated,
        "run_isolated",
        lambda function, *a, **k: asked.append(a) or real(function, *a, **k),
    )
    monkeypatch.setattr(index_module, "BUILD_ELSEWHERE", 1)
    library.rebuild_index()
    assert asked and asked[0][3] is False  # (folder, documents, total, helper)


def test_a_helper_that_sent_its_share_ends_by_itself(
    small_builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ended: dict[int, int] = {}
    real = os.waitpid

    def waitpid(pid: int, options: int) -> tuple[int, int]:
        found, status = real(pid, options)
        if found:
            ended[found] = status
        return found, status

    monkeypatch.setattr(os, "waitpid", waitpid)
    _files(_synthetic(300, 12), helper=True)
    assert len(small_builds) == 1
    status = ended[small_builds[0]]
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0  # (not killed)
