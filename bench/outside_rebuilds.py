"""Index rebuilds for "window open, CLI import, search in the window, next CLI command".

Issue 22 (item 6): a CLI import while a window was open made the window rebuild the index,
and then the next CLI command rebuild it again. This counts, on a fresh data folder:

- rebuilds in the "window" process (a Library kept open, as the window keeps it), by
  counting calls of ``SearchIndex.rebuild``;
- rebuilds anywhere, as index generations seen after each step (a rebuild writes a new
  generation; an incremental update keeps it).

Run: ``PYTHONPATH=. python -m bench.outside_rebuilds [DATA_DIR]`` (prints JSON). It uses
nothing but the Library facade and the CLI, so it runs on older commits too.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kzbrief.core.index import SearchIndex
from kzbrief.core.service import Library

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "import" / "annual-review.md"


def _generation(data_dir: Path) -> str:
    return str(json.loads((data_dir / "index" / "current.json").read_text())["generation"])


def measure(data_dir: Path) -> dict[str, object]:
    window_rebuilds: list[str] = []
    real = SearchIndex.rebuild

    def counting(self: SearchIndex, *args: object, **kwargs: object) -> int:
        window_rebuilds.append(str(self.root))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    SearchIndex.rebuild = counting  # type: ignore[method-assign]

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        return (
            (done.stdout + done.stderr).strip().splitlines()[-1]
            if done.stdout + done.stderr
            else ""
        )

    steps: list[dict[str, object]] = []
    window = Library(data_dir)
    window.search("Tokayev")  # the window opens and builds (or copies) its first index
    first_window_rebuilds = len(window_rebuilds)
    steps.append({"step": "window open", "generation": _generation(data_dir)})
    out = cli("import", str(SAMPLE), "--id", "review")
    steps.append({"step": "CLI import", "generation": _generation(data_dir), "said": out})
    results = window.search("Shymkent")
    steps.append(
        {
            "step": "search in the window",
            "generation": _generation(data_dir),
            "hits": results.total,
            "notices": list(results.notices),
        }
    )
    out = cli("search", "Shymkent")
    steps.append({"step": "next CLI command", "generation": _generation(data_dir), "said": out})
    window.close()
    generations = [str(s["generation"]) for s in steps]
    return {
        "window_rebuilds_after_open": len(window_rebuilds) - first_window_rebuilds,
        "rebuilds_after_open_anywhere": sum(
            1 for a, b in itertools.pairwise(generations) if a != b
        ),
        "steps": steps,
    }


def main() -> None:
    if len(sys.argv) > 1:
        data_dir = Path(sys.argv[1])
    else:
        data_dir = Path(tempfile.mkdtemp(prefix="kzbrief-outside-")) / "data"
    print(json.dumps(measure(data_dir), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
