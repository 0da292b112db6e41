"""The PySide6 desktop interface; it reaches core only through ``core.service.Library``."""
