"""The command line can never destroy the history: exports that would land on it, restores
that would lose it, an empty history started where one was lost, backups rotated away,
wrong files restored, a full disk."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rehabtimer.cli import CANNOT, INVALID, OK, main
from rehabtimer.storage.history_check import APPLICATION_ID
from tests.cli.test_cli import record_sessions

REPO = Path(__file__).resolve().parents[2]


def count_sessions(database: Path) -> int:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute("SELECT count(*) FROM sessions").fetchone()[0]


@pytest.fixture
def history(data_dir: Path) -> Path:
    record_sessions(data_dir, 2)
    return data_dir / "rehabtimer.sqlite"


# -- 1. exports never land on the history's own files ------------------------------------

def own_files(data_dir: Path, tmp_path: Path) -> dict[str, Path]:
    """Names for the history's own files, plain and in disguise."""
    database = data_dir / "rehabtimer.sqlite"
    (data_dir / "settings.json").write_text("{}", encoding="utf-8")
    assert main(["backup"]) == OK
    [backup] = (data_dir / "backups").glob("manual-*.sqlite")
    link = tmp_path / "link.csv"
    link.symlink_to(database)
    hard = tmp_path / "hard.csv"
    os.link(database, hard)
    return {
        "database": database,
        "through ..": data_dir / "backups" / ".." / "rehabtimer.sqlite",
        "wal": data_dir / "rehabtimer.sqlite-wal",
        "backup": backup,
        "settings": data_dir / "settings.json",
        "new file in the data folder": data_dir / "export.csv",
        "symlink": link,
        "hard link": hard,
    }


@pytest.mark.parametrize("command", [["export", "csv"], ["export", "pdf"], ["backup"]])
def test_no_output_may_resolve_to_the_history_or_its_folder(history, data_dir, tmp_path, capsys,
                                                           command):
    for what, target in own_files(data_dir, tmp_path).items():
        before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
        capsys.readouterr()

        assert main([*command, "-o", str(target)]) == INVALID, what
        err = capsys.readouterr().err
        assert str(target) in err and "Traceback" not in err, what
        after = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
        assert after == before, what
    assert count_sessions(history) == 2


@pytest.mark.parametrize("device", [(1, 3), (1, 7)], ids=["null", "full"])
@pytest.mark.parametrize("command", [["export", "csv"], ["export", "pdf"]])
def test_a_device_is_never_replaced(history, tmp_path, capsys, command, device):
    # Twins of /dev/null and /dev/full made for the test: code that replaced a device
    # would ruin only these, never the machine's own.
    if not hasattr(os, "mknod") or os.geteuid() != 0:
        pytest.skip("making device files takes root")
    path = tmp_path / "device"
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*device))

    assert main([*command, "-o", str(path)]) == INVALID
    assert "not an ordinary file" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat(path).st_mode)


def test_a_fifo_is_refused_at_once(history, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(history.parent), "export", "csv",
         "-o", str(fifo)], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == INVALID and "not an ordinary file" in done.stderr


def test_a_symlink_to_an_ordinary_file_is_written_through(history, tmp_path, capsys):
    real = tmp_path / "reports" / "sessions.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)

    assert main(["export", "csv", "-o", str(link)]) == OK

    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8-sig").startswith("session_id,")


# -- 2. restore: never without a history, never the history itself, one at a time --------

def test_restoring_the_history_onto_itself_is_refused_and_keeps_it(history, capsys):
    before = history.read_bytes()
    for alias in (history, history.parent / "backups" / ".." / history.name):
        assert main(["restore", str(alias)]) == INVALID
        assert "it is the history file itself" in capsys.readouterr().err
    assert history.read_bytes() == before and count_sessions(history) == 2


def test_a_restore_waits_for_another_and_then_says_so(history, data_dir, capsys, monkeypatch):
    from rehabtimer.storage import lock

    assert main(["backup"]) == OK
    [backup] = (data_dir / "backups").glob("manual-*.sqlite")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from rehabtimer.storage.lock import history_lock\n"
         f"with history_lock(Path({str(history)!r})):\n"
         "    print('held', flush=True)\n"
         "    time.sleep(60)\n"],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(lock, "WAIT_S", 0.3)
        capsys.readouterr()

        assert main(["restore", str(backup)]) == CANNOT
        assert "is being restored or backed up by another RehabTimer" in capsys.readouterr().err
        assert main(["backup"]) == CANNOT
    finally:
        holder.kill()
        holder.communicate()
    assert count_sessions(history) == 2
    assert list((data_dir / "backups").glob("pre-restore-*")) == []


def test_a_log_left_by_a_killed_app_goes_into_the_kept_copy_not_the_restored_file(
        history, data_dir, capsys):
    assert main(["backup"]) == OK
    [backup] = (data_dir / "backups").glob("manual-*.sqlite")
    # A writer that dies without closing leaves its last session only in the -wal.
    subprocess.run(
        [sys.executable, "-c",
         "import os, sqlite3\n"
         f"conn = sqlite3.connect({str(history)!r})\n"
         "conn.execute('PRAGMA wal_autocheckpoint=0')\n"
         "cols = ', '.join(row[1] for row in conn.execute('PRAGMA table_info(sessions)')"
         " if row[1] != 'id')\n"
         "conn.execute(f'INSERT INTO sessions ({cols}) SELECT {cols} FROM sessions LIMIT 1')\n"
         "conn.commit()\n"
         "os._exit(0)\n"], check=True)
    assert (data_dir / "rehabtimer.sqlite-wal").stat().st_size > 0

    assert main(["restore", str(backup)]) == OK

    [kept] = (data_dir / "backups").glob("pre-restore-*.sqlite")
    assert count_sessions(kept) == 3
    assert count_sessions(history) == 2
    with closing(sqlite3.connect(history)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- 3. never a silent empty history -------------------------------------------------------

@pytest.mark.parametrize("trace", ["backup", "damaged", "partial"])
def test_a_lost_history_is_never_replaced_by_an_empty_one(history, data_dir, capsys, trace):
    if trace == "backup":
        assert main(["backup"]) == OK
    elif trace == "damaged":
        history.rename(data_dir / "rehabtimer.sqlite.damaged-20261201T000000Z")
    else:
        (data_dir / "backups" / "rehabtimer-20261201-090000.sqlite.partial").write_bytes(b"x")
    history.unlink(missing_ok=True)
    capsys.readouterr()

    for command in (["export", "csv"], ["backup"], ["routine", "import", "nothing.json"]):
        status = main(command)
        err = capsys.readouterr().err
        if command[0] == "routine":
            continue  # routines need no history
        assert status == CANNOT, command
        assert "is missing, but this folder held a history before" in err
        assert "rehabtimer restore BACKUP_FILE" in err
    assert not history.exists()


def test_a_new_data_folder_starts_a_history_and_an_export_changes_nothing(data_dir, capsys):
    assert main(["export", "csv"]) == OK
    assert capsys.readouterr().out.startswith("session_id,")
    assert not (data_dir / "rehabtimer.sqlite").exists(), "an export only reads"

    assert main(["backup"]) == OK
    assert count_sessions(data_dir / "rehabtimer.sqlite") == 0


def test_restore_brings_a_lost_history_back(history, data_dir, capsys):
    assert main(["backup"]) == OK
    [backup] = (data_dir / "backups").glob("manual-*.sqlite")
    history.unlink()

    assert main(["restore", str(backup)]) == OK
    assert count_sessions(history) == 2


# -- 4. backups the user asked for stay --------------------------------------------------------

def test_manual_backups_are_never_rotated_away(history, data_dir, capsys):
    from datetime import datetime, timedelta

    from rehabtimer.storage.backup import daily_backup

    for _ in range(3):
        assert main(["backup"]) == OK
    for day in range(40):
        daily_backup(history, data_dir / "backups", datetime(2026, 1, 1) + timedelta(days=day))

    assert len(list((data_dir / "backups").glob("manual-*.sqlite"))) == 3


def test_a_killed_backup_leaves_nothing_at_the_next_start(history, data_dir, capsys):
    partial = data_dir / "backups" / "rehabtimer-20261201-090000.sqlite.partial"
    partial.write_bytes(b"half a copy")
    partial.with_name(partial.name + "-wal").write_bytes(b"")

    assert main(["backup"]) == OK

    assert list((data_dir / "backups").glob("*.partial*")) == []


# -- 5. only a RehabTimer history of a known schema is restored ---------------------------------

def test_a_history_from_a_newer_version_is_not_restored(history, data_dir, tmp_path, capsys):
    newer = tmp_path / "newer.sqlite"
    assert main(["backup", "-o", str(newer)]) == OK
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = history.read_bytes()

    assert main(["restore", str(newer)]) == INVALID
    assert "newer version" in capsys.readouterr().err
    assert history.read_bytes() == before


def test_another_programs_alembic_database_is_not_restored(history, tmp_path, capsys):
    foreign = tmp_path / "foreign.sqlite"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0003')")
        conn.execute("CREATE TABLE invoices (id INTEGER)")
        conn.commit()
    before = history.read_bytes()

    assert main(["restore", str(foreign)]) == INVALID
    assert "it is not a RehabTimer history" in capsys.readouterr().err
    assert history.read_bytes() == before
    assert main(["export", "csv"]) == OK


def test_histories_carry_rehabtimers_application_id(history):
    with closing(sqlite3.connect(history)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


# -- 10. a full disk ------------------------------------------------------------------------

def run_with_a_full_disk(args: list[str]) -> subprocess.CompletedProcess[str]:
    """The command line where no file may grow: writes fail as on a full disk."""
    if sys.platform == "win32":
        pytest.skip("file size limits are a POSIX feature")
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "from rehabtimer.cli import main\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        f"sys.exit(main({args!r}))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=env)


def test_a_report_on_a_full_disk_says_so_and_leaves_nothing(history, tmp_path):
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()

    # Held open here, the history's -wal and -shm exist already, so reading it needs no
    # room; the report then meets the full disk from its first byte.
    with closing(sqlite3.connect(history)) as reader:
        reader.execute("SELECT count(*) FROM sessions").fetchone()
        done = run_with_a_full_disk(["export", "pdf", "-o", str(target)])

    assert done.returncode == CANNOT, done.stderr
    assert "Traceback" not in done.stderr and "disk" in done.stderr
    assert list(target.parent.iterdir()) == []


def test_a_first_start_on_a_full_disk_leaves_no_empty_history(data_dir):
    done = run_with_a_full_disk(["--data-dir", str(data_dir), "backup"])

    assert done.returncode == CANNOT, done.stderr
    assert "Traceback" not in done.stderr
    assert not (data_dir / "rehabtimer.sqlite").exists()
    assert [p.name for p in data_dir.iterdir() if p.is_file() and p.suffix != ".lock"] == []
