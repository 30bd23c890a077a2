"""Smoke test of the built bundle (`make test-bundle`), run from a folder outside the checkout.

The bundle's built-in routines (those in resources/routines) list in Japanese, each
old-schema history among the fixtures upgrades, a PDF report is written, and the window
starts offscreen as far as its home screen (it writes the home screen's cards, and a second
start finds it running). From inside the bundle, `rehabtimer-probe` (tests/bundle_probe.py)
checks the Japanese translations, Japanese text with the cut ICU data (sorting, line breaks,
dates, time zones, codecs), the sound cues and a whole session in fake time, whose history
then draws its charts, makes a PDF report and exports as CSV. The cues play into a private
PulseAudio with a silent output where PulseAudio is installed (CI), so the bundle is proven to
sound without FFmpeg.

Usage: python tests/bundle_smoke.py dist/RehabTimer
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROUTINES = [p.stem for p in sorted((REPO / "resources/routines").glob("*.json"))]
HEAD = max(p.name[:4] for p in (REPO / "rehabtimer/storage/migrations/versions").glob("0*.py"))


def run(program: Path, where: Path, data: Path, *args: str,
        sound: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "REHABTIMER", "PULSE"))}
    env.update(REHABTIMER_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", **(sound or {}))
    return subprocess.run([str(program), *args], cwd=where, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def check(condition: bool, what: str,
          result: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        told = "" if result is None else f"\nstdout: {result.stdout}\nstderr: {result.stderr}"
        raise SystemExit(f"bundle smoke test FAILED: {what}{told}")
    print(f"ok: {what}")


def silent_sound_server(where: Path) -> tuple[dict[str, str], subprocess.Popen[bytes] | None]:
    """A PulseAudio of our own with one silent output, and the environment that leads to it;
    nothing where PulseAudio is not installed."""
    pulseaudio = shutil.which("pulseaudio")
    if pulseaudio is None:
        return {}, None
    home = where / "pulse"
    home.mkdir()
    socket = home / "native"
    server = subprocess.Popen(
        [pulseaudio, "--daemonize=no", "-n", "--exit-idle-time=-1", "--use-pid-file=no",
         "--load=module-null-sink", f"--load=module-native-protocol-unix socket={socket}"],
        env={**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    if not socket.exists():
        print("PulseAudio did not start here: the sound cues are not checked")
        server.kill()
        server.wait(timeout=30)
        return {}, None
    return {"PULSE_SERVER": f"unix:{socket}", "XDG_RUNTIME_DIR": str(home)}, server


def probe_from_inside(bundle: Path, where: Path) -> None:
    probe = bundle.resolve() / ("rehabtimer-probe.exe" if os.name == "nt" else "rehabtimer-probe")
    check(probe.exists(), "the bundle was built with its probe (make test-bundle)")
    data = where / "probe"
    probed = run(probe, where, data, "session", str(data))
    print(probed.stdout, end="")
    check(probed.returncode == 0, "translations and a session in fake time work inside the bundle",
          probed)
    sound, server = silent_sound_server(where)
    try:
        probed = run(probe, where, data, "sound", sound=sound)
        print(probed.stdout, end="")
        check(probed.returncode == 0 and (server is None or "skipped" not in probed.stdout),
              "the sound cues load and play inside the bundle", probed)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    program = bundle.resolve() / ("rehabtimer.exe" if os.name == "nt" else "rehabtimer")
    table = where / "sessions.csv"
    exported = run(program, where, data, "--lang", "ja", "export", "csv", "-o", str(table))
    rows = table.read_text(encoding="utf-8-sig").splitlines() if table.exists() else []
    check(exported.returncode == 0 and len(rows) == 2 and "bundle-probe" in rows[1],
          "the session exports as CSV", exported)


def main(bundle: Path) -> None:
    program = bundle.resolve() / ("rehabtimer.exe" if os.name == "nt" else "rehabtimer")
    with tempfile.TemporaryDirectory(prefix="rehabtimer-bundle-") as temp:
        where = Path(temp)

        listed = run(program, where, where / "fresh", "--lang", "ja", "routine", "list")
        lines = listed.stdout.splitlines()
        check(listed.returncode == 0 and [line.split("\t")[0] for line in lines] == ROUTINES
              and all(any("\u3040" <= c <= "\u9fff" for c in line) for line in lines),
              f"routine list shows the {len(ROUTINES)} built-in routines in Japanese", listed)

        for fixture in sorted((REPO / "tests/fixtures").glob("schema-*.sqlite")):
            data = where / fixture.stem
            data.mkdir()
            shutil.copy(fixture, data / "rehabtimer.sqlite")
            made = run(program, where, data, "backup", "-o", str(where / f"{fixture.stem}.bak"))
            with sqlite3.connect(data / "rehabtimer.sqlite") as db:
                (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
            check(made.returncode == 0 and revision == HEAD,
                  f"{fixture.name} upgrades to {HEAD} (now {revision})", made)

        data = where / "schema-0001"
        report = where / "report.pdf"
        written = run(program, where, data, "--lang", "ja", "export", "pdf", "--since",
                      "2020-01-01", "-o", str(report))
        check(written.returncode == 0 and report.read_bytes().startswith(b"%PDF"),
              "a PDF report is written", written)

        gui_data = where / "gui"
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("PYTHON", "VIRTUAL_ENV", "REHABTIMER"))}
        env.update(REHABTIMER_DATA_DIR=str(gui_data), QT_QPA_PLATFORM="offscreen")
        window = subprocess.Popen([str(program), "--lang", "ja"], cwd=where, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while not (gui_data / "home-cards.json").exists() and window.poll() is None:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            time.sleep(1)
            check(window.poll() is None and (gui_data / "home-cards.json").exists(),
                  "the window starts offscreen and builds its home screen")
            second = run(program, where, gui_data, "restore", str(where / "schema-0001.bak"))
            check(second.returncode == 2 and "RehabTimer is open" in second.stderr,
                  "a second start finds the window running", second)
        finally:
            window.terminate()
            _, errors = window.communicate(timeout=30)
        check("Traceback" not in errors, "the window wrote no traceback")

        probe_from_inside(bundle, where)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "dist" / "RehabTimer")
