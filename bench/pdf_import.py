"""Benchmark: import a generated 300-page text PDF (issue 15), in a child process.

    python -m bench.pdf_import [--pages 300] [--json FILE]

The PDF is drawn once with QPdfWriter (a QTextDocument of chapters and paragraphs, with
running page numbers) into a temporary folder; then ``kzbrief import`` runs on it in a
fresh data folder in a child process, so that its peak RSS (``ru_maxrss`` of that child and
its parsing child, through a small launcher, ``os.wait4``) is the import's own. Reports
seconds and MB; the budget is < 30 s and < 500 MB.
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


#: Runs the command in argv, passing its stdout through; prints on stderr the peak resident
#: set (KiB) of the command and its descendants (the import's parsing child).
LAUNCH = """
import os, sys
pid = os.spawnv(os.P_NOWAIT, sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss, file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
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
            # Through a small launcher: a child forked from this process (which holds the
            # 1M-word benchmark's index by now) starts with this process's resident set,
            # and Linux keeps that high-water mark across exec; the launcher is small.
            launcher = subprocess.run(
                [sys.executable, "-c", LAUNCH, sys.executable, "-m", "kzbrief", "--data-dir",
                 str(Path(tmp) / "data"), "import", str(pdf), "--json"],
                env=env, stdout=sink, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
        seconds = time.perf_counter() - started
        if launcher.returncode:
            raise SystemExit(f"the import failed (exit {launcher.returncode})")
        peak_kb = int(launcher.stderr.strip().splitlines()[-1])
        report = json.loads(out.read_text(encoding="utf-8"))
    return {
        "pages": count,
        "import_s": round(seconds, 2),
        "rss_mb": round(peak_kb / 1024, 1),
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
