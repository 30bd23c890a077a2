"""Listens on the accessibility bus as a screen reader does, and prints each announcement.

Run with the system Python, where Debian's pyatspi lives (python3-pyatspi); it prints READY
once it listens, then one line per announcement: ANNOUNCED <message>.
"""

import pyatspi


def _heard(event: "pyatspi.Event") -> None:
    print("ANNOUNCED", event.any_data, flush=True)


pyatspi.Registry.registerEventListener(_heard, "object:announcement")
print("READY", flush=True)
pyatspi.Registry.start()
