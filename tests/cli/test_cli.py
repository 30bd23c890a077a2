"""The command line, run in-process for speed and as a real process where it matters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehabtimer.cli import CANNOT, INVALID, OK, main
from rehabtimer.paths import builtin_routines_dir
from tests import hostile_files

REPO = Path(__file__).resolve().parents[2]
BUILTINS = sorted(builtin_routines_dir().glob("*.json"))


def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def custom_routine(routine_id="my-knee", hold_s=30):
    return {
        "format": 1,
        "id": routine_id,
        "title": {"ja": "ひざ", "en": "My knee"},
        "recommended": {"per_day": 1},
        "steps": [
            {"id": "quad", "kind": "hold", "title": {"en": "Quad set"},
             "instructions": {"en": "Press the knee down."}, "hold_s": hold_s, "reps": 3}
        ],
    }


def test_every_builtin_routine_passes_check(capsys):
    assert len(BUILTINS) >= 4
    assert main(["--lang", "en", "routine", "check", *map(str, BUILTINS)]) == OK
    out = capsys.readouterr().out
    assert out.count(": ok") == len(BUILTINS)


def test_check_names_the_file_and_place_and_exits_1(tmp_path, capsys):
    bad = custom_routine(hold_s=-3)
    path = write(tmp_path / "knee.json", bad)
    assert main(["routine", "check", str(path)]) == INVALID
    err = capsys.readouterr().err
    assert "knee.json: steps[0].hold_s: must be between 1 and 3600 seconds (got -3)" in err
    assert "Traceback" not in err


def test_check_of_a_missing_file_says_so(tmp_path, capsys):
    assert main(["routine", "check", str(tmp_path / "nope.json")]) == INVALID
    assert "nope.json: file not found" in capsys.readouterr().err


def test_import_then_list(tmp_path, data_dir, capsys):
    path = write(tmp_path / "mine.json", custom_routine())
    assert main(["--lang", "en", "routine", "import", str(path)]) == OK
    assert (data_dir / "routines" / "my-knee.json").is_file()
    capsys.readouterr()
    assert main(["--lang", "en", "routine", "list"]) == OK
    out = capsys.readouterr().out
    assert "my-knee\tMy knee\t1 steps" in out
    assert "postpartum-back" in out


def test_import_refuses_a_builtin_id_and_a_second_import_without_replace(tmp_path, capsys):
    clash = write(tmp_path / "clash.json", custom_routine("knee-oa"))
    assert main(["routine", "import", str(clash)]) == INVALID
    assert "built-in routine has this id" in capsys.readouterr().err
    mine = write(tmp_path / "mine.json", custom_routine())
    assert main(["routine", "import", str(mine)]) == OK
    write(mine, custom_routine(hold_s=45))
    assert main(["routine", "import", str(mine)]) == INVALID
    assert main(["routine", "import", "--replace", str(mine)]) == OK


def test_a_broken_user_routine_is_listed_as_skipped_not_fatal(data_dir, capsys):
    (data_dir / "routines").mkdir(parents=True)
    (data_dir / "routines" / "bad.json").write_text("{", encoding="utf-8")
    assert main(["routine", "list"]) == OK
    assert "skipped: bad.json: line 1, column 2: not valid JSON" in capsys.readouterr().err


def test_bad_arguments_are_invalid_input(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "csv", "--since", "yesterday"])
    assert exit_info.value.code == INVALID
    assert "is not a date like 2026-01-31" in capsys.readouterr().err


def test_an_unwritable_data_dir_exits_2(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--data-dir", str(blocker / "sub"), "backup"]) == CANNOT
    assert "Cannot use the data folder" in capsys.readouterr().err


def test_python_m_and_main_py_are_the_same_program(tmp_path):
    for command in ([sys.executable, "-m", "rehabtimer"], [sys.executable, str(REPO / "main.py")]):
        out = subprocess.run([*command, "routine", "check", str(BUILTINS[0])],
                             capture_output=True, text=True, cwd=tmp_path)
        assert out.returncode == OK, out.stderr
        assert ": ok" in out.stdout


def record_sessions(data_dir: Path, count: int = 2) -> None:
    """Run `count` short sessions through the real engine and recorder into the data dir."""
    from rehabtimer.core.clock import FakeClock
    from rehabtimer.core.engine import SessionEngine
    from rehabtimer.core.timeline import build_timeline
    from rehabtimer.paths import data_paths, prepare
    from rehabtimer.storage.db import open_database
    from rehabtimer.storage.profiles import ProfileRepository
    from rehabtimer.storage.recorder import SessionRecorder
    from rehabtimer.storage.sessions import SessionRepository
    from rehabtimer.storage.snapshots import SnapshotRepository
    from tests.core.routines_for_tests import routine, step

    paths = prepare(data_paths(data_dir))
    database = open_database(paths.database, paths.backups)
    clock = FakeClock()
    profile = ProfileRepository(database).ensure_default()
    for day in range(count):
        engine = SessionEngine(build_timeline(routine(step("a", "timed", duration_s=60))), clock)
        recorder = SessionRecorder(SessionRepository(database), SnapshotRepository(database),
                                   clock)
        recorder.begin(profile.id, engine.timeline, pain_before=4)
        recorder.record(engine.start())
        clock.advance(70)
        recorder.record(engine.poll())
        recorder.feedback(pain_after=2, effort=5, note="ok, 大丈夫" if day == 0 else None)
        clock.advance(24 * 3600 - 70)
    database.close()


def test_export_csv_has_the_agreed_columns_and_rows(tmp_path, data_dir):
    import csv

    record_sessions(data_dir, 3)
    target = tmp_path / "out.csv"
    assert main(["--lang", "en", "export", "csv", "-o", str(target)]) == OK
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = target.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:15] == [
        "session_id", "profile", "routine_id", "routine_title", "started_at", "ended_at",
        "status", "planned_seconds", "active_seconds", "steps_done", "steps_total",
        "pain_before", "pain_after", "effort", "note",
    ]
    assert len(rows) == 3
    first = rows[0]
    assert first["started_at"] == "2026-01-05T09:00:00+09:00"
    assert (first["status"], first["active_seconds"], first["steps_done"]) == ("completed", "60",
                                                                              "1")
    assert (first["pain_before"], first["pain_after"], first["note"]) == ("4", "2", "ok, 大丈夫")
    assert target.stat().st_mode & 0o777 == 0o600


def test_export_filters_by_local_date_and_profile(data_dir, capsys):
    record_sessions(data_dir, 3)
    capsys.readouterr()
    assert main(["export", "csv", "--since", "2026-01-06", "--until", "2026-01-06"]) == OK
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and "2026-01-06T09:00:00+09:00" in lines[1]
    assert main(["export", "csv", "--profile", "nobody"]) == INVALID
    assert "There is no profile named 'nobody'" in capsys.readouterr().err


def test_backup_writes_a_verified_private_copy(tmp_path, data_dir, capsys):
    import sqlite3

    record_sessions(data_dir, 1)
    target = tmp_path / "copy.sqlite"
    assert main(["backup", "-o", str(target)]) == OK
    assert target.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert main(["backup"]) == OK
    assert len(list((data_dir / "backups").glob("manual-*.sqlite"))) == 1


def test_a_damaged_database_is_reported_and_left_alone(data_dir, capsys):
    data_dir.mkdir(parents=True)
    damaged = data_dir / "rehabtimer.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    before = damaged.read_bytes()
    assert main(["export", "csv"]) == CANNOT
    err = capsys.readouterr().err
    assert str(damaged) in err and "Traceback" not in err
    assert "rehabtimer restore BACKUP_FILE" in err
    assert damaged.read_bytes() == before


def test_restore_puts_a_backup_back_and_keeps_the_history_it_replaces(data_dir, capsys):
    import sqlite3

    record_sessions(data_dir, 1)
    assert main(["backup"]) == OK
    [backup] = (data_dir / "backups").glob("manual-*.sqlite")
    record_sessions(data_dir, 2)
    capsys.readouterr()

    assert main(["restore", str(backup)]) == OK

    out = capsys.readouterr().out
    [kept] = (data_dir / "backups").glob("pre-restore-*.sqlite")
    assert f"Restored {backup}." in out and str(kept) in out
    with sqlite3.connect(data_dir / "rehabtimer.sqlite") as restored:
        assert restored.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    with sqlite3.connect(kept) as before:
        assert before.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, data_dir, capsys):
    record_sessions(data_dir, 1)
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a backup")
    before = (data_dir / "rehabtimer.sqlite").read_bytes()

    assert main(["restore", str(bad)]) == INVALID
    assert f"{bad} cannot be restored: it is damaged" in capsys.readouterr().err
    assert (data_dir / "rehabtimer.sqlite").read_bytes() == before


def test_restore_waits_for_the_app_to_close(qapp, data_dir, capsys):
    from rehabtimer.ui.single_instance import SingleInstance, server_name

    record_sessions(data_dir, 1)
    assert main(["backup"]) == OK
    [backup] = (data_dir / "backups").glob("manual-*.sqlite")
    running = SingleInstance(server_name(data_dir))
    assert running.claim([])

    assert main(["restore", str(backup)]) == CANNOT
    assert "RehabTimer is open" in capsys.readouterr().err
    assert list((data_dir / "backups").glob("pre-restore-*")) == []


def test_export_pdf_writes_a_readable_report(tmp_path, data_dir, capsys):
    from PySide6.QtPdf import QPdfDocument

    record_sessions(data_dir, 3)
    target = tmp_path / "report.pdf"
    assert main(["--lang", "en", "export", "pdf", "--since", "2026-01-01", "--until",
                 "2026-01-31", "-o", str(target)]) == OK
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "RehabTimer report" in text and "From 2026-01-01 to 2026-01-31" in text
    assert "2026-01-05 09:00" in text
    document.close()
    assert not list(tmp_path.glob("*.partial"))


def test_export_pdf_refuses_an_unknown_profile_and_a_backwards_range(tmp_path, data_dir,
                                                                      capsys):
    record_sessions(data_dir, 1)
    target = tmp_path / "report.pdf"
    assert main(["export", "pdf", "--profile", "nobody", "-o", str(target)]) == INVALID
    assert main(["export", "pdf", "--since", "2026-02-01", "--until", "2026-01-01",
                 "-o", str(target)]) == INVALID
    assert not target.exists()


def test_export_pdf_to_an_unwritable_place_says_so_and_leaves_nothing(tmp_path, data_dir,
                                                                      capsys):
    record_sessions(data_dir, 1)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    assert main(["export", "pdf", "-o", str(blocked / "report.pdf")]) == CANNOT
    assert "Traceback" not in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "not-a-folder"]


def test_the_pdf_report_is_private(tmp_path, data_dir):
    record_sessions(data_dir, 1)
    target = tmp_path / "report.pdf"
    assert main(["export", "pdf", "-o", str(target)]) == OK
    assert target.stat().st_mode & 0o777 == 0o600


def test_export_csv_works_while_another_program_holds_the_write_lock(data_dir):
    import csv
    import io
    import sqlite3
    from contextlib import closing

    record_sessions(data_dir, 2)
    with closing(sqlite3.connect(data_dir / "rehabtimer.sqlite", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        out = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), "export", "csv"],
            capture_output=True, text=True, encoding="utf-8", timeout=60)
        other.execute("ROLLBACK")
    assert out.returncode == OK, out.stderr
    assert len(list(csv.DictReader(io.StringIO(out.stdout)))) == 2


NOT_A_FILE = {"fifo": "is a named pipe (FIFO), not a routine file",
              "dev-zero": "is a device, not a routine file"}


@pytest.mark.parametrize("kind", hostile_files.KINDS)
@pytest.mark.parametrize("action", ["check", "import"])
def test_a_routine_file_that_never_ends_is_refused_at_once(tmp_path, kind, action):
    path = hostile_files.make(kind, tmp_path / "knee.json")
    out = hostile_files.run(["main.py", "routine", action, str(path)])
    assert out.returncode == INVALID
    assert out.stderr == f"knee.json: {NOT_A_FILE[kind]}\n"


@pytest.mark.parametrize("kind", hostile_files.KINDS)
def test_a_routine_in_the_data_folder_that_never_ends_is_skipped_and_said(data_dir, kind):
    hostile_files.make(kind, data_dir / "routines" / "odd.json")
    out = hostile_files.run(["main.py", "--lang", "en", "routine", "list"])
    assert out.returncode == OK, out.stderr
    assert "knee-oa" in out.stdout
    assert out.stderr == f"skipped: odd.json: {NOT_A_FILE[kind]}\n"


def test_settings_python_cannot_parse_stop_no_command(data_dir, capsys):
    data_dir.mkdir()
    (data_dir / "settings.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["routine", "list"]) == OK
    assert "knee-oa" in capsys.readouterr().out


@pytest.mark.parametrize("bounds", [
    ["--since", "0001-01-01"], ["--until", "9999-12-31"],
    ["--since", "0001-01-01", "--until", "9999-12-31"],
])
def test_export_csv_takes_the_first_and_the_last_day_there_are(data_dir, capsys, bounds):
    record_sessions(data_dir, 2)
    capsys.readouterr()
    assert main(["export", "csv", *bounds]) == OK
    assert len(capsys.readouterr().out.strip().splitlines()) == 1 + 2


@pytest.mark.parametrize("bounds", [
    ["--until", "0001-01-01"], ["--since", "0001-01-01", "--until", "0001-01-02"],
    ["--since", "9999-12-30", "--until", "9999-12-31"], ["--until", "9999-12-31"],
])
def test_export_pdf_takes_the_first_and_the_last_day_there_are(tmp_path, data_dir, capsys,
                                                               bounds):
    record_sessions(data_dir, 1)
    target = tmp_path / "report.pdf"
    assert main(["export", "pdf", *bounds, "-o", str(target)]) == OK
    assert "Wrote a 1-page report" in capsys.readouterr().err


@pytest.mark.parametrize("export", [["csv"], ["pdf", "-o", "report.pdf"]])
def test_since_after_until_is_refused_by_both_exports(tmp_path, data_dir, capsys, export):
    record_sessions(data_dir, 1)
    capsys.readouterr()
    output = [str(tmp_path / part) if part.endswith(".pdf") else part for part in export]
    assert main(["export", *output, "--since", "2026-01-06", "--until", "2026-01-05"]) == INVALID
    assert capsys.readouterr() == ("", "--since must not be after --until.\n")
    assert not (tmp_path / "report.pdf").exists()


def test_an_empty_data_dir_is_invalid_input_not_the_usual_folder(data_dir, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", "", "routine", "list"])
    assert exit_info.value.code == INVALID
    assert "--data-dir: an empty name is not a folder" in capsys.readouterr().err
    assert not data_dir.exists()


def test_export_csv_leaves_out_a_session_edited_into_garbage_and_keeps_the_rest(data_dir,
                                                                                capsys):
    import csv
    import io
    import sqlite3
    from contextlib import closing

    record_sessions(data_dir, 3)
    with closing(sqlite3.connect(data_dir / "rehabtimer.sqlite")) as conn:
        conn.execute("UPDATE sessions SET started_at = 'garbage' WHERE id = 2")
        conn.commit()
    capsys.readouterr()
    assert main(["export", "csv"]) == OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["session_id"] for row in rows] == ["1", "3"]
