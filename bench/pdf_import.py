"""Benchmark: import a generated 300-page text PDF (issue 15), in a child process.

    python -m bench.pdf_import [--pages 300] [--json FILE]

The PDF is drawn once with QPdfWriter (a QTextDocument of chapters and paragraphs, with
running page numbers) into a temporary folder; then ``kzbrief import`` runs on it in a
fresh data folder in a child process, so that its peak RSS (``ru_maxrss`` of that child) is
the import's own (``os.wait4``). Reports seconds and MB; the budget is < 30 s and < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Freedom of peaceful assembly remained restricted throughout the year; the authorities "
    "detained protesters, fined journalists and blocked websites that reported on the trials. "
    "Lawyers said that detainees were denied access to counsel, and that courts accepted "
    "confessions that had been withdrawn. "
)

DRAW = """
import sys
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument
app = QGuiApplication([])
pages = int(sys.argv[2])
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
writer.setResolution(300)
doc = QTextDocument()
doc.setDefaultFont(QFont("DejaVu Serif", 10))
para = sys.argv[3]
parts = []
for chapter in range(1, pages // 10 + 1):
    parts.append(f"<h1>Chapter {chapter}: events of the year</h1>")
    parts.extend(f"<p>{para * 2} Paragraph {chapter}.{n}.</p>" for n in range(76))
doc.setHtml("".join(parts))
doc.print_(writer)
"""


def draw_pdf(path: Path, pages: int) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", DRAW, str(path), str(pages), PARAGRAPH], check=True, env=env
    )
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def measure(pages: int = 300) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kzbrief-pdf-bench-") as tmp:
        pdf = Path(tmp) / "report.pdf"
        count = draw_pdf(pdf, pages)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        out = Path(tmp) / "report.json"
        started = time.perf_counter()
        with out.open("wb") as sink:
            child = subprocess.Popen(
                [sys.executable, "-m", "kzbrief", "--data-dir", str(Path(tmp) / "data"),
                 "import", str(pdf), "--json"],
                env=env, stdout=sink,
            )  # fmt: skip
            # wait4: this child's own peak RSS (not the PDF-drawing child's).
            _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise SystemExit(f"the import failed (exit {child.returncode})")
        report = json.loads(out.read_text(encoding="utf-8"))
    return {
        "pages": count,
        "import_s": round(seconds, 2),
        "rss_mb": round(usage.ru_maxrss / 1024, 1),
        "sections": report["sections"],
        "paragraphs": report["paragraphs"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf_import", description=__doc__)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    figures = measure(args.pages)
    print(
        f"PDF import: {figures['pages']} pages in {figures['import_s']} s, peak RSS "
        f"{figures['rss_mb']} MB ({figures['sections']} sections, "
        f"{figures['paragraphs']} paragraphs)"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
