"""SIGKILL at random moments of ``protect``, ``unprotect`` and ``passphrase`` (issue 16).

Each switch runs in a child process that says when it starts its work; the parent kills it
at random moments spread over 1.5 times the switch's measured duration. Afterwards
the folder is in the old state or the new one, never between: a library opens it, every
saved note is there, the database passes ``PRAGMA integrity_check``, and a protected folder
holds no plaintext copy.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzbrief.core import protection
from kzbrief.core.service import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SEED = random.randrange(1 << 30)
KILLS = 8
OLD, NEW = "old passphrase 1", "new passphrase 2"

CHILD = f"""
import sys, time
from kzbrief.core.service import Library
data_dir, action = sys.argv[1], sys.argv[2]
library = Library(data_dir)
print("ready", flush=True)
start = time.perf_counter()
if action == "protect":
    library.protect({OLD!r})
elif action == "unprotect":
    library.unprotect({OLD!r})
else:
    library.change_passphrase({OLD!r}, {NEW!r})
print(time.perf_counter() - start, flush=True)
"""


@pytest.fixture(autouse=True)
def _cheap_kdf(cheap_kdf: None) -> None:
    """A cheap Argon2id in this file's tests (tests/conftest.py)."""


def _start(data_dir: Path, action: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), action],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    return child


def _fill(data_dir: Path, tmp_path: Path) -> set[str]:
    library = Library(data_dir)
    found = library.section("overview")[1].text
    ids = {
        library.add_note("overview", found[i : i + 30], note=f"note {i} " * 40, tags=["kept"]).id
        for i in range(0, 60 * 7, 7)
    }
    report = tmp_path / "partner.md"
    # A large imported report (about 3 MB), so that a switch takes long enough to be hit.
    words = " ".join(f"word{n}" for n in range(700))
    report.write_text(
        "# Partner\n\n" + "".join(f"## Part {n}\n\n{words} {n}.\n\n" for n in range(400))
    )
    library.import_briefing(report, briefing_id="partner")
    library.close()
    return ids


def _check(data_dir: Path, saved: set[str], secrets: tuple[str, ...]) -> bool:
    """The folder opens in one state or the other with every note; True if protected."""
    library = Library(data_dir)
    protected = library.is_protected
    if protected:
        for name in protection.PLAIN_ITEMS:
            assert not (data_dir / name).exists(), f"plaintext {name} left in a protected folder"
        for secret in secrets:
            try:
                library.unlock(secret)
                break
            except protection.WrongPassphraseError:
                continue
        assert not library.is_locked, "no passphrase opens the folder"
    else:
        assert not (data_dir / "protected").exists()
    assert {n.id for n in library.notes()} == saved
    assert library.store.integrity_check() == "ok"
    assert "partner" in {b.id for b in library.briefings()}
    assert library.search("kept").total >= 1
    leftovers = {p.name for p in data_dir.iterdir()} & {
        "protected.new",
        "protected.old",
        "plain.new",
    }
    assert not leftovers
    library.close()
    (data_dir / "protected" / protection.ATTEMPTS_FILE).unlink(missing_ok=True)
    return protected


def _duration(data_dir: Path, action: str) -> float:
    child = _start(data_dir, action)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    return float(out.strip())


def _kill_during(data_dir: Path, action: str, moment: float) -> bool:
    child = _start(data_dir, action)
    time.sleep(moment)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=120)
    return child.returncode == -signal.SIGKILL


def _reset(data_dir: Path, protected: bool, want_protected: bool) -> None:
    library = Library(data_dir)
    if protected and not want_protected:
        library.unprotect(OLD)
    elif want_protected and not protected:
        library.protect(OLD)
    library.close()


@pytest.mark.parametrize("action", ["protect", "unprotect", "passphrase"])
def test_kills_during_a_switch_leave_one_state_or_the_other(
    action: str, data_dir: Path, tmp_path: Path, tally
) -> None:
    rng = random.Random(f"{SEED}-{action}")
    saved = _fill(data_dir, tmp_path)
    starts_protected = action != "protect"
    _reset(data_dir, False, starts_protected)
    # How long the switch takes here (then undone), so that kills land inside it.
    duration = _duration(data_dir, action)
    _check(data_dir, saved, (OLD, NEW))
    if action == "passphrase":
        Library(data_dir).change_passphrase(NEW, OLD)
    else:
        _reset(data_dir, action == "protect", starts_protected)
    outcomes = {"old": 0, "new": 0}
    for number in range(KILLS):
        # Spread over the switch: one kill in each eighth of 1.5 times its measured duration.
        moment = duration * 1.5 * (number + rng.random()) / KILLS
        killed = _kill_during(data_dir, action, moment)
        protected = _check(data_dir, saved, (OLD, NEW))
        if action == "passphrase":
            try:
                protection.unlock_key(data_dir, NEW)
                changed = True
            except protection.WrongPassphraseError:
                changed = False
            (data_dir / "protected" / protection.ATTEMPTS_FILE).unlink(missing_ok=True)
            outcomes["new" if changed else "old"] += 1
            if changed:
                Library(data_dir).change_passphrase(NEW, OLD)
        else:
            outcomes["new" if protected != starts_protected else "old"] += 1
            _reset(data_dir, protected, starts_protected)
        if killed:
            tally[f"kills survived ({action})"] += 1
    tally[f"{action}: kills ending in the old state"] += outcomes["old"]
    tally[f"{action}: kills ending in the new state"] += outcomes["new"]
    assert sum(outcomes.values()) == KILLS
