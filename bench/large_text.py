"""A 30 MB plain text with 4,066 numbered chapters: sections imported, and the time and
memory to open the biggest one in the reader (issue 22, item 3).

    QT_QPA_PLATFORM=offscreen python bench/large_text.py [--mb 30] [--chapters 4066]

Writes the text and a data folder in a temporary directory (removed after); prints one
JSON line.
Before the fix this imported as 999 sections, the last holding 23.7 MB, which took 1.5 to 5
minutes and 1.7 GB to open.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "rights court protest journalist detention assembly reform election police activist law "
    "freedom report government citizen trial sentence appeal region statement authority "
    "press union religion violence climate policy"
).split()


def write_text(path: Path, size: int, chapters: int, seed: int = 22) -> None:
    """``chapters`` chapters headed "N. Chapter on …", about ``size`` characters in all."""
    rng = random.Random(seed)
    per_chapter = size // chapters
    out = ["Human rights archive", "", ""]
    for number in range(1, chapters + 1):
        out += [f"{number}. Chapter on {rng.choice(WORDS)} and {rng.choice(WORDS)}", ""]
        written = 0
        while written < per_chapter:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))
            paragraph = words.capitalize() + "."
            out += [paragraph, ""]
            written += len(paragraph) + 2
    path.write_text("\n".join(out), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=30)
    parser.add_argument("--chapters", type=int, default=4066)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.reader import ReaderView

    folder = Path(tempfile.mkdtemp(prefix="kzbrief-large-"))
    text = folder / "archive.txt"
    write_text(text, int(args.mb * 1_000_000), args.chapters)
    library = Library(folder / "data")
    started = time.perf_counter()
    report = library.import_briefing(text, briefing_id="archive")
    import_s = time.perf_counter() - started

    app = QApplication.instance() or QApplication(sys.argv[:1])
    briefing = library.briefing("archive")

    def size(section: object) -> int:
        return sum(len(p.text) for p in section.paragraphs)  # type: ignore[attr-defined]

    biggest = max(briefing.sections, key=size)
    smallest = min(briefing.sections, key=size)
    reader = ReaderView()
    reader.resize(900, 700)
    reader.show()
    # Warm up: Markdown, the sanitiser and fonts load with the first section shown.
    reader.show_section(briefing, smallest, library.section_html(smallest.id, briefing.id))
    app.processEvents()
    started = time.perf_counter()
    reader.show_section(briefing, biggest, library.section_html(biggest.id, briefing.id))
    app.processEvents()
    open_s = time.perf_counter() - started
    print(
        json.dumps(
            {
                "file_mb": round(text.stat().st_size / 1e6, 1),
                "headings": args.chapters,
                "sections": report.sections,
                "notices": list(report.notices),
                "import_s": round(import_s, 1),
                "biggest_section_chars": size(biggest),
                "open_biggest_s": round(open_s, 2),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
    )
    library.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
