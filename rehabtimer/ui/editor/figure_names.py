"""The library's figures as the editor names them: in the app's language, not by file name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(source: str) -> str:
    return QCoreApplication.translate("FigureNames", source)


def figure_title(name: str) -> str:
    """What a patient calls the figure; the file name itself for one the editor does not know,
    so a figure added to the library later is still offered, if not translated."""
    # Literals at each call, so the translation tools find every name.
    titles = {
        "arm-curl-seated": _tr("Arm curl with weights, sitting"),
        "belly-breathing": _tr("Belly breathing"),
        "calf-stretch-standing": _tr("Calf stretch, standing"),
        "cat-cow": _tr("Cat-cow: round and arch the back"),
        "elbow-bend-seated": _tr("Elbow bend, sitting"),
        "fingers-open-close": _tr("Open and close the fingers"),
        "glute-bridge": _tr("Hip lift (bridge)"),
        "hamstring-stretch-towel": _tr("Back of the thigh stretch, with a towel"),
        "heel-raise-seated": _tr("Heel raise, sitting"),
        "knee-extension-seated": _tr("Knee straightening, sitting"),
        "knee-to-chest": _tr("Knee to chest"),
        "march-seated": _tr("Marching, sitting"),
        "march-standing": _tr("Marching, standing"),
        "one-leg-stand-supported": _tr("Standing on one leg, holding a table"),
        "pelvic-tilt": _tr("Pelvic tilt"),
        "quad-set-towel": _tr("Knee press into a towel"),
        "shoulder-blade-squeeze": _tr("Shoulder blade squeeze"),
        "shoulder-circles-seated": _tr("Shoulder circles, sitting"),
        "squat-supported": _tr("Squat, holding a table"),
        "toe-stretch-seated": _tr("Toe stretch, sitting"),
        "walk": _tr("Walking"),
        "walk-small-steps": _tr("Walking with small steps"),
        "wall-push-up": _tr("Push-up against a wall"),
    }
    return titles.get(name, name)
