from __future__ import annotations

import os
import sys

if os.environ.get("KZBRIEF_ISOLATED_CHILD"):
    # A child process reading a risky file (kzbrief.core.isolated), not the app: the same
    # program, so that a frozen bundle needs no second executable.
    from kzbrief.core.isolated import child_main

    sys.exit(child_main())

from kzbrief.cli import main

sys.exit(main())
