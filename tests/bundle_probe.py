"""What the command line cannot show from outside the bundle, checked from inside it.

`make test-bundle` freezes this script into the bundle as `rehabtimer-probe`, beside the app
and sharing its `_internal` folder (`make bundle` leaves it out); tests/bundle_smoke.py runs it.
It checks that the Japanese translations (ours and Qt's) load; that Japanese text sorts, breaks
into lines and shows dates and time zones as it should with Qt's ICU data cut to Japanese and
English; that every sound cue decodes and one plays without FFmpeg; and that a whole session
runs in the real window in fake time, lands in the history, whose charts draw (pyqtgraph with
the numpy the bundle keeps, built without OpenBLAS), makes a PDF report and prints it
through Qt's print plugin (into a file: the printer a patient would choose), which on Linux
loads the system's CUPS library. It imports only what the app itself imports, so building it in
adds nothing to the folder but its own program.

Usage: rehabtimer-probe session DATA_DIR   (the translations and text, the session, history)
       rehabtimer-probe sound              (the cues; give it an audio output)
The session runs with its cues turned off, apart from the sound check: in fake time its cues
come microseconds apart, which Qt's PulseAudio output does not survive (a patient's come a
second or more apart).
Prints one line per check ("ok: ..." or "skipped: ..."), exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from functools import cmp_to_key, partial
from pathlib import Path

import numpy
from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    QStringDecoder,
    QTextBoundaryFinder,
    QTimeZone,
    QUrl,
)
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from rehabtimer.app import build_main_window
from rehabtimer.core.clock import FakeClock
from rehabtimer.paths import data_paths, resources_dir
from rehabtimer.settings import Settings, save_settings
from rehabtimer.ui.history.report import Report, draw_report, write_pdf
from rehabtimer.ui.history.report_builder import build_report
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.shell import MainWindow

# One short timed step without cautions or safety questions, so the session runs whatever the
# built-in routines ask before they start.
ROUTINE = {
    "format": 1, "id": "bundle-probe", "title": {"ja": "確認用", "en": "Probe"},
    "recommended": {"per_day": 1},
    "steps": [{"id": "sit", "kind": "timed", "title": {"ja": "すわる", "en": "Sit"},
               "instructions": {"ja": "いすにすわります。", "en": "Sit on a chair."},
               "duration_s": 20}],
}
# The pages before a session, in the order they may come; the pain question is skipped.
ON_THE_WAY = ("accept", "continue", "skip")


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"FAILED: {what}", flush=True)
        sys.exit(1)
    print(f"ok: {what}", flush=True)


def wait(app: QApplication, done: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    return done()


def translations(app: QApplication) -> None:
    check(install_translators(app, "ja"), "our Japanese translations load")
    ours = QCoreApplication.translate(
        "CuePlayer", "No sound: this computer has no audio output. The session runs silently.")
    check(ours.startswith("音が出ません"), f"a sentence of ours reads in Japanese: {ours}")
    qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")
    check(qt_own == "キャンセル", f"Qt's own words read in Japanese: {qt_own}")


def japanese_text() -> None:
    """What Qt asks of ICU (sorting, time zones' names, codecs), whose data the bundle carries
    for Japanese and English only, and Qt's own line breaking and dates."""
    japanese = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    collator = QCollator(japanese)
    # Japanese order puts kanji by reading (亜 before 一); without its rules they go by code.
    ordered = sorted(["一", "亜", "カ", "あ"], key=cmp_to_key(collator.compare))
    check(ordered == ["あ", "カ", "亜", "一"], f"Japanese sorts in Japanese order: {ordered}")
    tokyo = QTimeZone(b"Asia/Tokyo")
    names = [tokyo.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                               locale) for locale in (japanese, QLocale("en_US"))]
    check(names == ["日本標準時", "Japan Standard Time"], f"time zones have names: {names}")
    codecs = [name for name in ("Shift_JIS", "EUC-JP", "ISO-2022-JP")
              if QStringDecoder(name).isValid()]
    check(len(codecs) == 3, f"Japanese text codecs are there: {codecs}")
    sentence = "いすにすわります。ゆっくり「立ち」ます。"
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, sentence)
    breaks = set()
    while (at := finder.toNextBoundary()) != -1:
        breaks.add(at)
    # Between kana a line may break; never before 。, 」 or a small っ, nor after 「.
    check({1, 2, 9, 13} <= breaks and not breaks & {8, 10, 14, 16},
          f"Japanese lines break where they may: {sorted(breaks)}")
    day = japanese.toString(QDate(2026, 12, 3), QLocale.FormatType.LongFormat)
    check(day == "2026年12月3日木曜日", f"dates read in Japanese: {day}")


def history(app: QApplication, window: MainWindow, data_dir: Path) -> None:
    window.show_history()
    app.processEvents()
    screen = window.history
    check(screen is not None and screen.view.charts.isVisible(), "the history shows its charts")
    assert screen is not None
    drawn = screen.view.charts.grab()
    check(not drawn.isNull(), f"the charts draw ({drawn.width()}x{drawn.height()})")
    report = data_dir / "report.pdf"
    made = build_report(screen.ctx, screen.profile_id, None, screen.range_key, screen.today())
    pages = write_pdf(report, made)
    check(pages >= 1 and report.read_bytes().startswith(b"%PDF"),
          f"the history makes a PDF report ({pages} pages)")
    printing(made, data_dir / "printed.pdf")


def numpy_without_blas() -> None:
    built = numpy.show_config(mode="dicts")["Build Dependencies"]
    linked = {part: built[part]["name"] for part in ("blas", "lapack")}
    check(linked == {"blas": "none", "lapack": "none"},
          f"numpy {numpy.__version__} is built without OpenBLAS: {linked}")


def printing(report: Report, printed: Path) -> None:
    """What the print button does, with the print plugin loaded: on Linux it links the
    system's libcups, which the bundle leaves out."""
    printers = QPrinterInfo.availablePrinterNames()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(printed))
    pages = draw_report(printer, report)
    check(pages >= 1 and printed.read_bytes().startswith(b"%PDF"),
          f"the report prints ({pages} pages; printers here: {printers or 'none'})")
    if sys.platform.startswith("linux"):
        maps = Path("/proc/self/maps").read_text(encoding="utf-8").split()
        cups = {path for path in maps if "/libcups" in path}
        inside = Path(getattr(sys, "_MEIPASS", os.curdir)).resolve()
        check(any("cupsprintersupport" in path for path in cups)
              and any(Path(path).name.startswith("libcups.so") and inside not in Path(path).parents
                      for path in cups),
              f"Qt's print plugin runs with the system's CUPS: {sorted(cups)}")


def loading_done(effect: QSoundEffect) -> bool:
    return effect.status() != QSoundEffect.Status.Loading


def sounds(app: QApplication) -> None:
    if not QMediaDevices.audioOutputs():
        print("skipped: the sound cues (this computer has no audio output)", flush=True)
        return
    effects = []
    for path in sorted((resources_dir() / "sounds").glob("*.wav")):
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        wait(app, partial(loading_done, effect), 10)
        check(effect.status() == QSoundEffect.Status.Ready, f"the sound cue {path.name} loads")
        effects.append(effect)
    check(bool(effects), "the bundle carries sound cues")
    effects[0].play()
    device = QMediaDevices.defaultAudioOutput().description()
    check(wait(app, effects[0].isPlaying, 5), f"a cue plays on {device}")


def visible_button(window: QWidget, name: str) -> QPushButton | None:
    return next((b for b in window.findChildren(QPushButton, name) if b.isVisible()), None)


def session(app: QApplication, data_dir: Path) -> None:
    (data_dir / "routines").mkdir(parents=True, exist_ok=True)
    save_settings(data_paths(data_dir).settings, Settings(sounds=False))
    (data_dir / "routines" / "bundle-probe.json").write_text(
        json.dumps(ROUTINE, ensure_ascii=False), encoding="utf-8")
    clock = FakeClock()
    args = argparse.Namespace(data_dir=str(data_dir), lang="ja", command=None, profile=None)
    window: MainWindow = build_main_window(args, clock)
    window.resize(1200, 800)
    window.show()
    start = visible_button(window, "start-bundle-probe")
    check(start is not None, "the home screen offers the routine")
    assert start is not None
    start.click()
    for name in ON_THE_WAY:
        button = visible_button(window, name)
        if button is not None and window.controller is None:
            button.click()
    controller = window.controller
    check(controller is not None, "the session starts")
    assert controller is not None
    # Moves the fake clock from one due moment to the next, as the precise timer would.
    while window.controller is not None and (due := controller.engine.next_due()) is not None:
        clock.advance(max(0.0, due - clock.monotonic()))
        controller.wake()
        app.processEvents()
    save = visible_button(window, "save")
    check(save is not None, "the session runs to its summary")
    assert save is not None
    save.click()
    app.processEvents()
    saved = window.ctx.sessions.list()
    check(len(saved) == 1 and saved[0].status == "completed",
          f"the session is saved as completed ({[s.status for s in saved]})")
    history(app, window, data_dir)
    window.quit()


def main() -> None:
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "sound":
        sounds(app)
    else:
        translations(app)
        japanese_text()
        numpy_without_blas()
        session(app, Path(sys.argv[2]))


if __name__ == "__main__":
    main()
