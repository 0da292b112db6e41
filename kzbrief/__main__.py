from __future__ import annotations

import os
import sys

if os.environ.get("KZBRIEF_ISOLATED_CHILD"):
    # A child process reading a risky file (kzbrief.core.isolated), not the app: the same
    # program, so that a frozen bundle needs no second executable.
    from kzbrief.core.isolated import LANGUAGE_ENV, child_main

    if os.environ.get(LANGUAGE_ENV, "en") != "en":
        try:  # the window's language for the refusals raised here (issue 17)
            from kzbrief.gui.i18n import install_in_child

            install_in_child(os.environ[LANGUAGE_ENV])
        except ImportError:  # no Qt at all: English, as the command line speaks
            pass

    sys.exit(child_main())

from kzbrief.launch import main

sys.exit(main())
