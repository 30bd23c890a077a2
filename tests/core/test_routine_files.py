"""Routine files as people get them wrong: each broken file has exactly one mistake, and the
error names the file, the place and the mistake in words, never in pydantic's or Python's.

The corpus (routines/broken/) is the valid routines/valid/knee-basics.json with one thing
changed per file; routines/broken/expected.json lists what each file's error must say.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehabtimer.core.routine import Routine
from rehabtimer.core.routine_loading import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    load_routine,
    parse_routine,
    parse_routine_bytes,
)
from rehabtimer.core.routine_problems import RoutineError

HERE = Path(__file__).parent / "routines"
BROKEN = HERE / "broken"
VALID = HERE / "valid"
EXPECTED: dict[str, list[str]] = json.loads((BROKEN / "expected.json").read_text("utf-8"))
BROKEN_FILES = sorted(p.name for p in BROKEN.iterdir() if p.name != "expected.json")
VALID_FILES = sorted(p.name for p in VALID.glob("*.json"))

# Signs of internals leaking into a message meant for a patient or a caregiver.
LEAKS = ("Traceback", "pydantic", "ValidationError", "Input should", "{" + "{")


def error_of(path: Path) -> RoutineError:
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    return caught.value


def assert_readable(error: RoutineError, source: str) -> None:
    """One line per problem, each starting with the file name, free of internals."""
    text = str(error)
    assert error.problems, "a RoutineError must say what is wrong"
    assert len(text.splitlines()) == len(error.problems), text
    for line in text.splitlines():
        assert line.startswith(f"{source}: "), line
        for leak in LEAKS:
            assert leak not in line, line
    for problem in error.problems:
        assert problem.source == source
        assert problem.message.strip(), problem


def test_the_corpus_is_big_enough():
    assert len(BROKEN_FILES) >= 25


def test_every_broken_file_has_its_expectations_and_no_more():
    assert sorted(EXPECTED) == BROKEN_FILES
    assert all(EXPECTED[name] for name in EXPECTED)


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_file_is_refused_with_a_clear_message(name):
    error = error_of(BROKEN / name)
    text = str(error)
    for expected in EXPECTED[name]:
        assert expected in text
    assert_readable(error, name)


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_file_as_bytes_is_refused_the_same_way(name):
    raw = (BROKEN / name).read_bytes()
    with pytest.raises(RoutineError) as caught:
        parse_routine_bytes(raw, name)
    assert str(caught.value) == str(error_of(BROKEN / name))


@pytest.mark.parametrize("name", VALID_FILES)
def test_valid_file_loads(name):
    routine = load_routine(VALID / name)
    assert isinstance(routine, Routine)
    assert routine.steps
    for preset in routine.presets:
        assert routine.with_preset(preset.id).id == routine.id


def test_the_base_of_the_corpus_is_valid():
    # Every broken file is this one with one thing changed: if it broke, so would the corpus.
    assert load_routine(VALID / "knee-basics.json").id == "knee-basics"


def test_every_kind_has_every_kind():
    routine = load_routine(VALID / "every-kind.json")
    kinds = {step.kind for step in routine.steps}
    assert kinds == {"timed", "breathing", "hold", "reps"}
    assert any(getattr(step, "self_paced", False) for step in routine.steps)
    assert any(getattr(step, "phases", None) for step in routine.steps)
    assert any(getattr(step, "sides", None) for step in routine.steps)
    assert routine.presets and routine.gate


def test_the_files_are_utf8_json_indented_by_two():
    for folder, names in ((BROKEN, BROKEN_FILES), (VALID, VALID_FILES)):
        for name in names:
            raw = (folder / name).read_bytes()
            if name in ("not-utf8.json", "empty.json"):
                continue
            text = raw.decode("utf-8")
            assert text.endswith("\n"), name
            if text.startswith("{\n"):
                assert text.splitlines()[1].startswith('  "'), name


# --- Cases too big or too odd to keep as files ------------------------------------------


def test_file_over_1_mb_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    base = (VALID / "knee-basics.json").read_text("utf-8")
    path.write_text(base + " " * (MAX_FILE_BYTES + 1 - len(base.encode())), encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES + 1
    error = error_of(path)
    assert "huge.json: the file is 1,000,001 bytes; at most 1,000,000 (1 MB) are allowed" in str(
        error
    )
    assert_readable(error, "huge.json")
    with pytest.raises(RoutineError, match="at most 1,000,000"):
        parse_routine_bytes(path.read_bytes(), "huge.json")


def test_file_of_exactly_1_mb_loads(tmp_path):
    path = tmp_path / "padded.json"
    base = (VALID / "knee-basics.json").read_text("utf-8")
    path.write_text(base + " " * (MAX_FILE_BYTES - len(base.encode())), encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_routine(path).id == "knee-basics"


def test_json_nested_deeper_than_python_parses_is_refused(tmp_path):
    path = tmp_path / "deep.json"
    depth = 100_000
    base = (VALID / "knee-basics.json").read_text("utf-8")
    path.write_text(base.replace('"format": 1,', '"notes": ' + "[" * depth + "]" * depth + ","))
    error = error_of(path)
    assert "deep.json: not valid JSON: nested too deeply" in str(error)
    assert_readable(error, "deep.json")


def test_json_nested_deeper_than_a_routine_needs_is_refused_with_a_place(tmp_path):
    path = tmp_path / "deep.json"
    depth = 200  # parses, but no routine needs more than about ten levels
    data = json.loads((VALID / "knee-basics.json").read_text("utf-8"))
    nested: object = 5
    for _ in range(depth):
        nested = {"reps": nested}
    data["presets"][0]["changes"]["quad-set"]["reps"] = nested
    path.write_text(json.dumps(data), encoding="utf-8")
    error = error_of(path)
    assert (
        "deep.json: presets[0].changes.quad-set: is nested too deeply"
        f" (over {MAX_DEPTH} levels of [...] and {{...}})"
    ) in str(error)
    assert_readable(error, "deep.json")


def test_missing_file_and_folder(tmp_path):
    assert str(error_of(tmp_path / "gone.json")) == "gone.json: file not found"
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert str(error_of(folder)) == "folder.json: is a folder, not a routine file"


# --- Mistakes found while building the corpus, kept as regressions -------------------------


def knee() -> dict:
    return json.loads((VALID / "knee-basics.json").read_text("utf-8"))


def refused(data: object) -> str:
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, "knee.json")
    assert_readable(caught.value, "knee.json")
    return str(caught.value)


def test_identifier_with_a_trailing_newline_is_refused():
    data = knee()
    data["id"] = "knee-basics\n"
    assert 'knee.json: id: must be 1 to 64 characters' in refused(data)


def test_language_code_with_a_trailing_newline_is_refused():
    data = knee()
    data["title"] = {"en\n": "Knee basics"}
    assert 'is not a language code such as "ja" or "en"' in refused(data)


@pytest.mark.parametrize("image", ["C:/Users/sato/knee.png", "C:knee.png", "//server/share/a.png"])
def test_windows_paths_are_absolute_on_every_system(image):
    data = knee()
    data["steps"][0]["image"] = image
    assert "knee.json: steps[0].image: must be a file name relative to the routine file" in refused(
        data
    )


def test_whole_float_where_a_whole_number_belongs_shows_as_written():
    data = knee()
    data["steps"][1]["reps"] = 2.0
    assert "knee.json: steps[1].reps: must be a whole number (got 2.0)" in refused(data)


def test_kind_that_is_not_text_shows_as_written():
    data = knee()
    data["steps"][0]["kind"] = 3
    assert '(got 3)' in refused(data)


@pytest.mark.parametrize(
    ("place", "key", "message"),
    [
        ((), "reps", "knee.json: reps: is not a setting of the routine"),
        (("gate", 0), "kind", "knee.json: gate[0].kind: is not a setting of a gate question"),
        (
            ("steps", 2, "phases", 0),
            "id",
            "knee.json: steps[2].phases[0].id: is not a setting of a phase of a rep",
        ),
        (("steps", 1), "hold", 'knee.json: steps[1].hold: unknown key; did you mean "hold_s"?'),
    ],
)
def test_a_key_in_the_wrong_place_names_the_place(place, key, message):
    data = knee()
    target = data
    for part in place:
        target = target[part]
    target[key] = 1
    assert message in refused(data)


def test_numbers_too_big_for_python():
    data = knee()
    data["steps"][0]["duration_s"] = 10**5000  # str(int) refuses this many digits
    assert "knee.json: steps[0].duration_s: is out of range" in refused(data)
    raw = (VALID / "knee-basics.json").read_text("utf-8")
    raw = raw.replace('"per_day": 2', '"per_day": ' + "9" * 5000)
    with pytest.raises(RoutineError) as caught:
        parse_routine_bytes(raw.encode(), "knee.json")
    assert str(caught.value) == "knee.json: not valid JSON: a number has far too many digits"


def test_huge_float_is_shown_short():
    data = knee()
    data["steps"][0]["duration_s"] = 1e300
    assert "(got 1e+300)" in refused(data)


def test_deep_python_data_is_refused_without_recursion():
    data = knee()
    nested: object = []
    for _ in range(100_000):
        nested = [nested]
    data["title"] = nested
    assert "knee.json: title[0][0][0]: is nested too deeply" in refused(data)


def test_keys_that_are_not_text_are_refused():
    data = knee()
    data["title"] = {1: "Knee basics"}
    assert "knee.json: title: keys must be text (got 1)" in refused(data)


def test_key_with_a_newline_stays_on_one_line():
    data = knee()
    data["steps"][0]["dura\ntion_s"] = 60
    assert 'knee.json: steps[0]."dura\\ntion_s": unknown key' in refused(data)


def test_lone_surrogate_in_a_key_is_refused():
    data = knee()
    data["steps"][0]["\ud800"] = 60
    message = refused(data)
    assert "knee.json: steps[0]: a key contains \\ud800" in message
    message.encode("utf-8")  # the message itself must be printable


def test_preset_that_makes_the_routine_too_long():
    data = knee()
    walks = [f"walk-{i}" for i in range(5)]
    data["steps"] = [
        {"id": walk, "kind": "timed", "title": {"en": "Walk"}, "instructions": {"en": "Walk."},
         "duration_s": 2800}
        for walk in walks
    ]  # 3 h 53 min, within the limit
    longer = {walk: {"duration_s": 3000} for walk in walks}  # 4 h 10 min, over it
    data["presets"] = [{"id": "longer", "title": {"en": "Longer"}, "changes": longer}]
    assert "knee.json: presets[0]: the routine would take 4 h 1" in refused(data)


def test_breath_length_is_shown_rounded():
    data = knee()
    data["steps"][3].update(duration_s=1.5, inhale_s=1.1, exhale_s=1.2, hold_s=1)
    assert "knee.json: steps[3]: one breath (3.3 s) is longer than duration_s (1.5 s)" in refused(
        data
    )
