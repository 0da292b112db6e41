"""Running a check in a fresh interpreter: what a module imports shows only in a process
that has imported nothing else yet (the tests' own process has imported everything)."""

from __future__ import annotations

import subprocess
import sys


def passes_in_a_fresh_interpreter(code: str) -> None:
    """Run ``code`` in a new Python process; fail with what it printed unless it exits 0."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
