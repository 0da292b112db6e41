"""The names of the export formats, which the CLI, the settings and the exporters share.

Apart from :mod:`kzbrief.core.export` (the exporters), which the window need not import to
open: the settings name the formats when the app starts.
"""

from __future__ import annotations

EXPORT_FORMATS = ("md", "html", "json", "csv", "pdf")
