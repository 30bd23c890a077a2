"""How long the bundle takes to show its window, against a bare PySide6 window and the source.

    make bundle
    xvfb-run -a .venv/bin/python benchmarks/bundle_startup.py [--runs N] [--bundle DIR] [--warm]

Each run is a fresh process started on an X display (Xvfb here), timed from its start to
the moment its first window is mapped on the display, which this script hears from the X
server itself, so the bundle is measured unchanged. Three kinds, interleaved so all see the
same machine: a bare PySide6 window (one QLabel, from this virtualenv), RehabTimer from the
source (`python main.py`) and RehabTimer from the bundle (dist/RehabTimer/rehabtimer). Both
apps start on a data folder they have started on before, so the home screen comes from its
kept cards, as on every start after the first.

Cold: before every run the page cache is dropped (Linux, as root), so each start reads its
libraries from the disk, as after a reboot. Where that is not allowed the runs are warm
(everything already in memory) and the script says so. Medians are printed with ratios; the
issue's aim is bundle <= 1.3 x source. `--warm` keeps the cache, for the starts after the first.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = ("from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel('RehabTimer'); label.show(); app.exec()")
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


class MapWatcher:
    """Hears from the X server when any top-level window is mapped (shown)."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11")
        if name is None or not os.environ.get("DISPLAY"):
            raise SystemExit("Run under X, e.g. `xvfb-run -a`: the windows are watched there.")
        self.x11 = ctypes.CDLL(name)
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        for function in ("XPending", "XConnectionNumber", "XFlush"):
            getattr(self.x11, function).argtypes = [ctypes.c_void_p]
        self.x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.display = self.x11.XOpenDisplay(None)
        root = self.x11.XDefaultRootWindow(self.display)
        self.x11.XSelectInput(self.display, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x11.XFlush(self.display)
        self.event = (ctypes.c_long * 24)()  # an XEvent: its type is the first int
        self.socket = self.x11.XConnectionNumber(self.display)

    def drain(self) -> None:
        while self.x11.XPending(self.display):
            self.x11.XNextEvent(self.display, self.event)

    def wait_for_map(self, process: subprocess.Popen[bytes], timeout_s: float) -> float:
        end = time.monotonic() + timeout_s
        while time.monotonic() < end and process.poll() is None:
            while self.x11.XPending(self.display):
                self.x11.XNextEvent(self.display, self.event)
                if ctypes.cast(self.event, ctypes.POINTER(ctypes.c_int))[0] == MAP_NOTIFY:
                    return time.monotonic()
            select.select([self.socket], [], [], 0.05)
        raise SystemExit(f"no window within {timeout_s:.0f} s (exit code {process.poll()})")


def drop_page_cache() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
    except OSError:
        return False
    return True


def commands(bundle: Path, data: Path) -> dict[str, list[str]]:
    return {
        "bare": [sys.executable, "-c", BARE],
        "source": [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data / "source"),
                   "--lang", "ja"],
        "bundle": [str(bundle / "rehabtimer"), "--data-dir", str(data / "bundle"),
                   "--lang", "ja"],
    }


def child_env(data: Path) -> dict[str, str]:
    # The bundle must not see this virtualenv; each app keeps its single-instance socket in
    # the scratch folder.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "REHABTIMER"))}
    runtime = data / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime))
    return env


def start(watcher: MapWatcher, command: list[str], env: dict[str, str], cold: bool,
          settle_s: float) -> float:
    if cold:
        drop_page_cache()
    watcher.drain()
    began = time.monotonic()
    process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        shown = watcher.wait_for_map(process, 120)
        # Lets the app finish starting (history, kept cards) before the next run.
        time.sleep(settle_s)
        return shown - began
    finally:
        process.terminate()
        process.wait(timeout=30)


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--runs", type=int, default=5)
    options.add_argument("--bundle", type=Path, default=ROOT / "dist" / "RehabTimer")
    options.add_argument("--warm", action="store_true", help="keep the page cache")
    args = options.parse_args(argv)
    if not (args.bundle / "rehabtimer").exists():
        raise SystemExit(f"No bundle in {args.bundle}: run `make bundle` first.")
    watcher = MapWatcher()
    cold = not args.warm and drop_page_cache()
    with tempfile.TemporaryDirectory(prefix="rehabtimer-bench-") as scratch:
        data = Path(scratch)
        env = child_env(data)
        kinds = commands(args.bundle.resolve(), data)
        for kind in ("source", "bundle"):  # the first start ever makes the folder and the cards
            start(watcher, kinds[kind], env, cold=False, settle_s=4)
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind, command in kinds.items():
                times[kind].append(start(watcher, command, env, cold, settle_s=1.5))
    size = sum(path.stat().st_size for path in args.bundle.rglob("*")
               if path.is_file() and not path.is_symlink())
    medians = {kind: statistics.median(runs) for kind, runs in times.items()}
    print(f"{'cold (page cache dropped before each run)' if cold else 'WARM (page cache kept)'}"
          f", {args.runs} runs each, interleaved; time to the first window on the display")
    for kind, runs in times.items():
        print(f"{kind:>6}: median {medians[kind] * 1000:.0f} ms "
              f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f})")
    print(f"bundle / bare {medians['bundle'] / medians['bare']:.2f}; "
          f"bundle / source {medians['bundle'] / medians['source']:.2f} (aim <= 1.3); "
          f"source / bare {medians['source'] / medians['bare']:.2f}")
    print(f"bundle folder: {size / 2**20:.0f} MB as `du -sh` counts them (aim <= 150 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
