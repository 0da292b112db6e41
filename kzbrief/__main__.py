from __future__ import annotations

import sys

from kzbrief.cli import main

sys.exit(main())
