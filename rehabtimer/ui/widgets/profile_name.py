"""A profile's name as shown, with nothing heavier than Qt's core: the first frame of the
home screen names the profile before the routine parser and the database are loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rehabtimer.storage.default_profile import DEFAULT_PROFILE_NAME


def profile_name(name: str, is_default: bool) -> str:
    """A profile's name as shown: the one made at first start, never renamed, is the
    patient's own ("Me"), not a technical "default"."""
    if is_default and name == DEFAULT_PROFILE_NAME:
        return QCoreApplication.translate("Profile", "Me")
    return name
