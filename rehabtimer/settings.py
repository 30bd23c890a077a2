"""The patient's preferences, kept as settings.json in the data folder.

A damaged or hand-edited file never stops the app: what cannot be read falls back to the
default, and the problem is reported once.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from rehabtimer.core.atomic import write_text_atomically
from rehabtimer.core.small_file import MIB, read_small_json
from rehabtimer.language import system_language

LANGUAGE_CHOICES = ("system", "ja", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "system"
    sounds: bool = True
    volume: float = 0.8
    voice: bool = False
    voice_rate: float = 0.0
    voice_name: str = ""
    """The speech engine's voice for step names; "" lets the app choose."""
    get_ready_s: int = 5
    text_scale: int = 100
    """Percent, 100 to 200, honoured by every screen."""
    high_contrast: bool = False
    week_start: int = 0
    """0 Monday ... 6 Sunday."""
    keep_in_tray: bool = False
    """Closing the window leaves the app in the tray, so reminders still come."""

    def clamped(self) -> Settings:
        return replace(
            self,
            language=self.language if self.language in LANGUAGE_CHOICES else "system",
            volume=min(1.0, max(0.0, self.volume)),
            voice_rate=min(1.0, max(-1.0, self.voice_rate)),
            get_ready_s=min(15, max(0, self.get_ready_s)),
            text_scale=min(200, max(100, self.text_scale)),
            week_start=min(6, max(0, self.week_start)),
        )


def _accepts(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, type(default))


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The saved settings, and a sentence about anything that had to be ignored."""
    try:
        data = read_small_json(path, MIB)
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError):
        return Settings(), f"The settings file {path} could not be read; defaults are used."
    if not isinstance(data, dict):
        return Settings(), f"The settings file {path} could not be read; defaults are used."
    defaults = Settings()
    values: dict[str, Any] = {}
    ignored = []
    for field in fields(Settings):
        if field.name not in data:
            continue
        value = data[field.name]
        if _accepts(getattr(defaults, field.name), value):
            values[field.name] = value
        else:
            ignored.append(field.name)
    settings = replace(defaults, **values).clamped()
    if ignored:
        return settings, f"Some settings in {path} were not valid and were reset: " + ", ".join(
            ignored
        )
    return settings, None


def save_settings(path: Path, settings: Settings) -> None:
    write_text_atomically(
        path,
        lambda out: json.dump(asdict(settings), out, indent=2),
        mode=0o600,
    )


def effective_language(choice: str) -> str:
    """The language to speak: the one chosen, or the computer's for "system"."""
    return choice if choice in ("ja", "en") else system_language()
