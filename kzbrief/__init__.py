"""kzbrief: an offline desktop reader for human-rights briefings."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "kzbrief"
