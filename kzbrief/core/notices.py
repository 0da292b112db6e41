"""Messages about repairs done behind the user's back (an index rebuilt, a database
recovered, a damaged briefing skipped), kept until a front end shows them, once each."""

from __future__ import annotations

import threading


class Notices(list[str]):
    """A list of one-line messages that any collaborator appends to; :meth:`take` hands
    them out once (thread-safe)."""

    def __init__(self) -> None:
        super().__init__()
        self._take_lock = threading.Lock()

    def take(self) -> list[str]:
        with self._take_lock:
            taken = list(self)
            del self[:]
        return taken
