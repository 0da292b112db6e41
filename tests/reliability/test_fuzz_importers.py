"""The importers fed random, truncated, hostile and mis-encoded files.

Each file either imports (and search then finds its text) or is refused with BadInputError
in one line, leaving library/, staging/ and the index exactly as they were; none may hang.
The files run through Library.import_briefing in a child process (import_fuzz_worker.py)
that reports each file's start and end, so that a file over its time bound is named and the
child killed; a sample also runs through ``kzbrief import`` (exit 0 or 2, one line).
"""

from __future__ import annotations

import codecs
import json
import random
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEED = random.randrange(1 << 30)
SAMPLES = Path(__file__).resolve().parent.parent / "data" / "import"
WORKER = Path(__file__).resolve().parent / "import_fuzz_worker.py"
SUFFIXES = (".md", ".html", ".txt")
RANDOM_FILES = 20
TRUNCATIONS_PER_SAMPLE = 4
FLIPS_PER_SAMPLE = 2
CLI_FILES = 5
#: Generous: the slowest legitimate file here (a 10 MB line) takes a few seconds.
PER_FILE_S = 90


def hostile_files() -> dict[str, bytes]:
    """Shapes that break naive parsers: depth, breadth, one huge line, markup-only text."""
    return {
        "nested-100k.html": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000,
        "unclosed-10k.html": b"<div><p>x " * 10_000,
        "flat-100k.html": b"<body>" + b"".join(b"<p>item %d</p>" % i for i in range(100_000)),
        "line-10mb.md": b"detention *of* " * (10 * 1024 * 1024 // 15),
        "brackets.md": b"[" * 100_000 + b"x" + b"]" * 100_000,
        "footnote-refs.md": b"text [^" * 100_000,
        "nested-list.md": b"".join(b"  " * i + b"- item\n" for i in range(2_000)),
        "quotes.md": b">" * 100_000 + b" quoted",
        "comments.html": b"<!--" * 100_000,
        "open-tags.html": b"<" * 300_000,
        "entities.html": b"<p>" + b"&#" * 300_000,
        "headings.md": b"".join(b"# h%d\n" % i for i in range(20_000)),
    }


def encoding_garbage(rng: random.Random) -> dict[str, bytes]:
    """Byte-order marks over the wrong bytes, mixed encodings, charsets that are no charset."""
    russian = "Право на мирные собрания ограничено. ".encode("cp1251") * 20
    western = "Détention arbitraire et procès équitable. ".encode("cp1252") * 20
    files = {
        "utf16-bom-odd.txt": codecs.BOM_UTF16_LE + b"A\x00B",
        "utf32-bom-garbage.txt": codecs.BOM_UTF32_LE + bytes(rng.randrange(256) for _ in range(99)),
        "utf8-bom-cp1251.txt": codecs.BOM_UTF8 + russian,
        "utf8-then-cp1251.md": "Права человека. ".encode() * 20 + russian,
        "cp1251-then-koi8.txt": russian + "Право на собрания. ".encode("koi8-r") * 20,
        "utf16-no-bom.txt": "Human rights in 2023.".encode("utf-16-le") * 20,
        "boms-everywhere.txt": (codecs.BOM_UTF8 + b"text ") * 200,
        "cp1252-and-cp1251.html": b"<p>" + western + b"</p><p>" + russian + b"</p>",
    }
    for charset in ("base64", "rot13", "undefined", "utf-7", "idna", "unicode_escape", "zz"):
        files[f"charset-{charset}.html"] = (
            f'<meta charset="{charset}"><p>'.encode() + western + b"\\N{ +AGE- </p>"
        )
    return files


def random_bytes(rng: random.Random) -> bytes:
    size = rng.choice([1, 10, 1_000, 20_000])
    kind = rng.randrange(3)
    if kind == 0:  # anything at all
        return rng.randbytes(size)
    if kind == 1:  # text-like: printable ASCII and high bytes
        alphabet = b" \n\tabcdefghijklmnopqrstuvwxyz.,<>#*[]()&;" + bytes(range(0xC0, 0x100))
        return bytes(rng.choice(alphabet) for _ in range(size))
    return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(size)).encode(
        "utf-8", "surrogatepass"
    )


def corpus(folder: Path, rng: random.Random) -> list[Path]:
    files: dict[str, bytes] = {}
    for number in range(RANDOM_FILES):
        files[f"random-{number}{rng.choice(SUFFIXES)}"] = random_bytes(rng)
    for sample in sorted(SAMPLES.iterdir()):
        data = sample.read_bytes()
        for cut in range(TRUNCATIONS_PER_SAMPLE):
            files[f"cut{cut}-{sample.name}"] = data[: rng.randrange(len(data))]
        for flip in range(FLIPS_PER_SAMPLE):
            mutant = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                mutant[rng.randrange(len(mutant))] = rng.randrange(256)
            files[f"flip{flip}-{sample.name}"] = bytes(mutant)
    files.update(encoding_garbage(rng))
    # The large ones last: once their segments are in the index, Whoosh's merges of later
    # small commits rewrite them, and the run would spend its time there.
    files.update(hostile_files())
    folder.mkdir()
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def run_worker(data_dir: Path, files: list[Path]) -> list[dict]:
    """Run the worker over ``files``; fails the test, naming the file, on a hang or an error."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin and child.stdout and child.stderr
    child.stdin.write(json.dumps([str(p) for p in files]))
    child.stdin.close()
    results: list[dict] = []
    watch = selectors.DefaultSelector()
    watch.register(child.stdout, selectors.EVENT_READ)
    try:
        current = "start-up"
        deadline = time.monotonic() + PER_FILE_S
        while True:
            if not watch.select(timeout=max(0.0, deadline - time.monotonic())):
                pytest.fail(f"{current} took over {PER_FILE_S} s: a hang (seed {SEED})")
            line = child.stdout.readline()
            if not line:
                break
            event = json.loads(line)
            name = files[event["file"]].name
            if "error" in event:
                pytest.fail(f"{name} (seed {SEED}): {event['error']}")
            if event.get("started"):
                current, deadline = name, time.monotonic() + PER_FILE_S
            else:
                results.append({**event, "name": name})
    finally:
        watch.close()
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        errors = child.stderr.read()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == 0, errors
    return results


def test_every_fuzzed_file_imports_whole_or_is_refused_cleanly(
    tmp_path: Path, data_dir: Path, tally
) -> None:
    rng = random.Random(SEED)
    files = corpus(tmp_path / "corpus", rng)
    results = run_worker(data_dir, files)
    assert len(results) == len(files)
    outcome = {r["name"]: r["outcome"] for r in results}
    # Both paths were taken, and the shapes meant to import did.
    assert "imported" in outcome.values() and "refused" in outcome.values(), outcome
    for name in ("nested-100k.html", "flat-100k.html", "line-10mb.md"):
        assert outcome[name] == "imported", name
    assert sum(r.get("searched", False) for r in results) >= 10, results
    tally["files fuzzed (import)"] += len(files)


def test_a_sample_through_the_cli_exits_0_or_2_with_one_line(
    tmp_path: Path, data_dir: Path, kzbrief, tally
) -> None:
    rng = random.Random(SEED + 1)
    files = corpus(tmp_path / "corpus", rng)
    sample = [f for f in files if f.stat().st_size < 200_000]
    for number, path in enumerate(rng.sample(sample, CLI_FILES)):
        result = kzbrief("import", str(path), "--id", f"fuzzed-{number}", timeout=PER_FILE_S)
        assert result.code in (0, 2), (path.name, SEED, result.err)
        if result.code == 2:
            assert len(result.err.strip().splitlines()) == 1, (path.name, result.err)
            assert "Traceback" not in result.err
    tally["files fuzzed (import)"] += CLI_FILES


DOCUMENTS = Path(__file__).resolve().parent.parent / "data" / "documents"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def document_samples() -> dict[str, bytes]:
    """PDFs from tests/data/documents, and a small DOCX and EPUB (issue 15)."""
    paragraph = '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
    docx = _zip(
        {
            "word/document.xml": f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'
            + "".join(paragraph % f"Paragraph {n} of the submission." for n in range(40))
            + "</w:body></w:document>"
        }
    )
    chapter = (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        + "".join(f"<h1>Chapter {n}</h1><p>Text of chapter {n}.</p>" for n in range(10))
        + "</body></html>"
    )
    epub = _zip(
        {
            "META-INF/container.xml": '<?xml version="1.0"?><container xmlns="urn:oasis:names:'
            'tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="c.opf"/>'
            "</rootfiles></container>",
            "c.opf": '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf">'
            '<manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>'
            '</manifest><spine><itemref idref="a"/></spine></package>',
            "a.xhtml": chapter,
        }
    )
    files = {p.name: p.read_bytes() for p in sorted(DOCUMENTS.glob("*.pdf"))}
    return {**files, "submission.docx": docx, "book.epub": epub}


def test_every_fuzzed_document_imports_whole_or_is_refused_cleanly(
    tmp_path: Path, data_dir: Path, tally
) -> None:
    """PDF, DOCX and EPUB, truncated and with bytes flipped: PDFium, the ZIP reader and the
    XML parser either import or refuse in one line; none hangs or takes the process down."""
    rng = random.Random(SEED + 2)
    files: dict[str, bytes] = {}
    for name, data in document_samples().items():
        files[name] = data
        for cut in range(TRUNCATIONS_PER_SAMPLE):
            files[f"cut{cut}-{name}"] = data[: rng.randrange(len(data))]
        for flip in range(FLIPS_PER_SAMPLE * 3):
            mutant = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                mutant[rng.randrange(len(mutant))] = rng.randrange(256)
            files[f"flip{flip}-{name}"] = bytes(mutant)
    folder = tmp_path / "documents"
    folder.mkdir()
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    results = run_worker(data_dir, paths)
    assert len(results) == len(paths)
    outcome = {r["name"]: r["outcome"] for r in results}
    for name in ("report.pdf", "bulletin.pdf", "submission.docx", "book.epub"):
        assert outcome[name] == "imported", name
    assert outcome["scan.pdf"] == outcome["protected.pdf"] == "refused"
    tally["documents fuzzed (import)"] += len(paths)
