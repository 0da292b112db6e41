from __future__ import annotations

import sys

if getattr(sys, "frozen", False):
    # In the bundle, the child processes that read imported files (kzbrief.core.isolated)
    # start this same program: freeze_support runs the child's work instead of the app.
    import multiprocessing

    multiprocessing.freeze_support()

from kzbrief.cli import main

sys.exit(main())
