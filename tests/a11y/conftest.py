"""The window as a screen reader meets it: kzbrief under Xvfb, in a D-Bus session with the
AT-SPI bus (at-spi2-core), ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, read through Debian's
python3-pyatspi by ``atspi_helper.py`` (run with /usr/bin/python3) and driven with real key
presses (xdotool). ``scripts/ensure-system-deps`` installs all of it (``make test`` runs it
with WITH_A11Y=1).

Without them the tests skip, saying what is missing, except under CI=true, where a missing
bridge is a failure: the suite must not pass by not running.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
START_TIMEOUT_S = 60
ANSWER_TIMEOUT_S = 60


def missing_parts() -> list[str]:
    """What the bridge needs and this machine lacks."""
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if not shutil.which(tool)]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def cannot_run(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the accessibility bridge cannot run under CI: {reason}")
    pytest.skip(f"the accessibility bridge cannot run here: {reason}")


def free_display() -> int:
    for number in range(90, 190):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


class Session:
    """One kzbrief window and the AT-SPI helper that reads it and presses its keys."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.transcript: list[str] = []

    def ask(self, what: str, **request: Any) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"do": what, **request}) + "\n")
        self.process.stdin.flush()
        return self._answer()

    def _answer(self) -> Any:
        assert self.process.stdout is not None
        end = time.monotonic() + ANSWER_TIMEOUT_S
        while time.monotonic() < end:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the AT-SPI helper stopped")
            if line.startswith(("{", "[", "null")):  # the registry daemon prints a line too
                return json.loads(line)
        raise TimeoutError("the AT-SPI helper did not answer")

    def keys(self, *keys: str) -> dict[str, Any] | None:
        return self.ask("keys", keys=list(keys))

    def note(self, line: str) -> None:
        """One line of the transcript the closing note quotes."""
        self.transcript.append(line)
        print(line)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    missing = missing_parts()
    if missing:
        cannot_run("missing " + ", ".join(missing))
    root = tmp_path_factory.mktemp("a11y")
    display = free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    under_test = os.environ.get("KZBRIEF_A11Y_SOURCE", str(REPO))  # (the "before" count)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DISPLAY": f":{display}",
        "HOME": str(root / "home"),
        "XDG_CONFIG_HOME": str(root / "home" / ".config"),
        "XDG_DATA_HOME": str(root / "home" / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(root),
        "LANGUAGE": "en",
        "LANG": "C.UTF-8",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": under_test,
    }
    (root / "home").mkdir()
    command = [
        "dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_helper.py"), "--",
        sys.executable, "-m", "kzbrief", "--data-dir", str(root / "data"),
    ]  # fmt: skip
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.1)
        else:
            cannot_run("Xvfb did not start")
        process = subprocess.Popen(
            command,
            env=env,
            cwd=under_test,  # `python -m` imports from the folder it starts in first
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        session = Session(process)
        try:
            ready = session._answer()
        except (RuntimeError, TimeoutError) as exc:
            process.kill()
            errors = process.stderr.read()[-2000:] if process.stderr else ""
            cannot_run(f"{exc}: {errors}")
        assert ready.get("ready"), ready
        yield session
        if process.poll() is None and process.stdin is not None:
            process.stdin.write('{"do": "quit"}\n')
            process.stdin.flush()
        process.wait(20)
        transcript = os.environ.get("KZBRIEF_A11Y_TRANSCRIPT")
        if transcript:
            with open(transcript, "a", encoding="utf-8") as out:
                out.write("\n".join(session.transcript) + "\n")
    finally:
        xvfb.terminate()
        xvfb.wait(10)
