"""kill -9 at random moments of every path that writes the history file as a whole:
restore, backup, a migration, and two restores at once.

Each run must end with the whole history (every session counted, the old one or the one
restored) or with a clear message naming a file the history can be recovered from. Never
an empty or shorter history with exit 0. The short versions run in `make test`, the long
ones (30, 20, 10 and 10 runs) in `make test-slow`.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from rehabtimer.cli import CANNOT, OK, main
from rehabtimer.storage.db import open_database
from tests.cli.test_cli import record_sessions

REPO = Path(__file__).resolve().parents[2]
FIXTURE_0001 = REPO / "tests" / "fixtures" / "schema-0001.sqlite"
FIXTURE_0004 = REPO / "tests" / "fixtures" / "schema-0004.sqlite"


def runs(short: int, long: int) -> list[object]:
    return [short, pytest.param(long, marks=pytest.mark.slow)]


def command(data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), *args],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run_and_kill(data_dir: Path, after_s: float, *args: str) -> None:
    child = command(data_dir, *args)
    time.sleep(after_s)
    child.kill()
    child.communicate()


def duration_of(data_dir: Path, *args: str) -> float:
    """How long the command takes whole, so the kills spread over all of it."""
    started = time.monotonic()
    child = command(data_dir, *args)
    _, err = child.communicate()
    assert child.returncode == OK, err
    return time.monotonic() - started


def sessions_in(database: Path) -> int:
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM sessions").fetchone()[0]


def next_command_sees(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> int | None:
    """What the next command finds: the number of sessions, or None after a clear message
    that names where the history can be recovered from."""
    capsys.readouterr()
    status = main(["--data-dir", str(data_dir), "export", "csv"])
    out, err = capsys.readouterr()
    if status == CANNOT:
        assert "Traceback" not in err
        named = [word.rstrip(",.") for word in err.split() if "/" in word]
        assert any(Path(word).exists() for word in named), err
        return None
    assert status == OK, err
    return len(out.splitlines()) - 1


def history_of(data_dir: Path, sessions: int) -> Path:
    record_sessions(data_dir, sessions)
    return data_dir / "rehabtimer.sqlite"


def grow(database: Path, doublings: int) -> None:
    """Copy every session `doublings` times over, so that copying the file takes a while
    and the kills can land inside it."""
    with closing(sqlite3.connect(database)) as conn:
        columns = ", ".join(row[1] for row in conn.execute("PRAGMA table_info(sessions)")
                            if row[1] != "id")
        for _ in range(doublings):
            conn.execute(f"INSERT INTO sessions ({columns}) SELECT {columns} FROM sessions")
        conn.commit()


def backup_of(sessions: int, tmp_path: Path, name: str, doublings: int = 0) -> Path:
    """A backup holding `sessions` sessions (times 2**doublings), made in a data folder of
    its own."""
    source = tmp_path / f"source-{name}"
    grow(history_of(source, sessions), doublings)
    target = tmp_path / f"{name}.sqlite"
    assert main(["--data-dir", str(source), "backup", "-o", str(target)]) == OK
    return target


@pytest.mark.parametrize("kills", runs(3, 30), ids=lambda n: f"{n} kills")
def test_kill_9_during_restore_leaves_the_old_history_or_the_restored_one(
        tmp_path, data_dir, capsys, kills):
    rng = random.Random(20261203 + kills)
    backup = backup_of(2, tmp_path, "big", doublings=14)  # 32,768 sessions, about 10 MB
    restored = 2 << 14
    history = history_of(data_dir, 5)
    old = backup_of(5, tmp_path, "five")
    whole = duration_of(data_dir, "restore", str(backup))
    shutil.copyfile(old, history)

    seen = []
    for _ in range(kills):
        # The last third holds the copy and the switch; the rest is Python starting.
        run_and_kill(data_dir, rng.uniform(whole * 0.6, whole), "restore", str(backup))
        found = next_command_sees(data_dir, capsys)
        assert found in (5, restored), f"a history of {found} sessions after a killed restore"
        seen.append(found)
        if found == restored:
            shutil.copyfile(old, history)
    assert sessions_in(history) == 5
    if kills >= 30:
        assert set(seen) == {5, restored}, "the kills should land before and after the switch"


@pytest.mark.parametrize("kills", runs(3, 20), ids=lambda n: f"{n} kills")
def test_kill_9_during_backup_leaves_the_history_and_only_good_backups(
        data_dir, capsys, kills):
    from rehabtimer.storage.recovery import is_good_backup

    rng = random.Random(20261204 + kills)
    history = history_of(data_dir, 3)
    whole = duration_of(data_dir, "backup")
    for _ in range(kills):
        run_and_kill(data_dir, rng.uniform(0.0, whole), "backup")
        assert next_command_sees(data_dir, capsys) == 3
        backups = list((data_dir / "backups").glob("*.sqlite"))
        assert all(is_good_backup(b) for b in backups)
        open_database(history, data_dir / "backups").close()  # as the app starts
        assert list((data_dir / "backups").glob("*.partial*")) == []
    assert sessions_in(history) == 3


@pytest.mark.parametrize("kills", runs(2, 10), ids=lambda n: f"{n} kills")
def test_kill_9_during_a_migration_leaves_the_old_file_or_the_upgraded_one(
        data_dir, capsys, kills):
    rng = random.Random(20261205 + kills)
    data_dir.mkdir(parents=True)
    history = data_dir / "rehabtimer.sqlite"
    shutil.copyfile(FIXTURE_0001, history)
    expected = sessions_in(history)
    whole = duration_of(data_dir, "export", "csv")
    for _ in range(kills):
        shutil.copyfile(FIXTURE_0001, history)
        run_and_kill(data_dir, rng.uniform(0.0, whole), "export", "csv")
        assert next_command_sees(data_dir, capsys) == expected
    assert sessions_in(history) == expected


def grown(fixture: Path, to: Path, days: int) -> None:
    """The fixture's two sessions again on each of `days` earlier days: a long history of
    that revision, so that a kill can land while the upgrade rewrites every session."""
    shutil.copyfile(fixture, to)
    columns = ("profile_id, snapshot_id, routine_id, started_at, ended_at, utc_offset_min, "
               "status, planned_s, active_s, paused_s, steps_total, steps_done, current_step, "
               "pain_before, pain_after, effort, stop_reason, note")
    shifted = columns.replace("started_at, ended_at", "datetime(started_at, -n || ' days'), "
                              "datetime(ended_at, -n || ' days')")
    with closing(sqlite3.connect(to)) as conn, conn:
        conn.execute(
            f"WITH RECURSIVE back(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM back "
            f"WHERE n < {days}) INSERT INTO sessions ({columns}) "
            f"SELECT {shifted} FROM sessions, back")


@pytest.mark.parametrize("kills", runs(2, 10), ids=lambda n: f"{n} kills")
def test_kill_9_while_local_days_are_filled_in_leaves_each_session_with_its_day(
        tmp_path, data_dir, capsys, kills):
    rng = random.Random(20261203 + kills)
    old = tmp_path / "long-0004.sqlite"
    grown(FIXTURE_0004, old, 2_000)
    data_dir.mkdir(parents=True)
    history = data_dir / "rehabtimer.sqlite"
    expected = sessions_in(old)
    shutil.copyfile(old, history)
    whole = duration_of(data_dir, "export", "csv")
    for _ in range(kills):
        shutil.copyfile(old, history)
        run_and_kill(data_dir, rng.uniform(0.0, whole), "export", "csv")
        assert next_command_sees(data_dir, capsys) == expected
        with closing(sqlite3.connect(history)) as conn:
            days = conn.execute("SELECT count(*) FROM sessions WHERE local_day = "
                                "julianday(datetime(started_at, utc_offset_min || ' minutes'), "
                                "'start of day') - 1721424.5").fetchone()[0]
        assert days == expected


@pytest.mark.parametrize("rounds", runs(2, 10), ids=lambda n: f"{n} rounds")
def test_two_restores_at_once_leave_one_of_the_two_and_set_nothing_aside(
        tmp_path, data_dir, capsys, rounds):
    one = backup_of(1, tmp_path, "one")
    two = backup_of(2, tmp_path, "two")
    history_of(data_dir, 4)
    for _ in range(rounds):
        first = command(data_dir, "restore", str(one))
        second = command(data_dir, "restore", str(two))
        results = [(child.wait(), child.communicate()[1].decode()) for child in (first, second)]
        for status, err in results:
            assert status == OK or (status == CANNOT and "another RehabTimer" in err), err
        assert next_command_sees(data_dir, capsys) in (1, 2)
    assert list(data_dir.glob("*.damaged-*")) == []
