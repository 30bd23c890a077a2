"""The routine editor's rules, without a window: edits, checks, and saving to the user's folder."""

from __future__ import annotations

import json

import pytest

from rehabtimer.core.library import (
    delete_user_routine,
    import_routine,
    load_library,
    save_user_routine,
)
from rehabtimer.core.routine_draft import (
    RoutineDraft,
    enclosing,
    nearest,
    place,
    step_of,
    unique_id,
)
from rehabtimer.core.routine_loading import load_routine, parse_routine
from rehabtimer.core.routine_problems import RoutineError
from rehabtimer.paths import builtin_routines_dir
from tests.core.routines_for_tests import every_kind, text


def lines(problems) -> list[str]:
    return [str(p) for p in problems]


def filled(draft: RoutineDraft) -> RoutineDraft:
    """Give every required text words, so only the numbers decide."""
    draft.set_text(("title",), "en", "Mine")
    for index, _ in enumerate(draft.steps):
        draft.set_text(("steps", index, "title"), "ja", "体操")
        draft.set_text(("steps", index, "instructions"), "ja", "ゆっくり")
    return draft


def test_a_new_routine_says_what_is_missing_and_already_knows_its_length():
    draft = RoutineDraft.new({})
    check = draft.check()
    assert check.routine is None
    missing = 'must give the text in at least one language, e.g. {"ja": "...", "en": "..."}'
    assert lines(check.problems) == [
        f"title: {missing}", f"steps[0].title: {missing}", f"steps[0].instructions: {missing}"]
    assert check.timing is not None
    assert check.timing.total_s == 5 + 60  # get ready, then the one timed minute
    assert filled(draft).check().routine is not None


def test_the_messages_are_those_of_routine_check():
    draft = RoutineDraft.new({})
    draft.add_step(1)
    draft = filled(draft)
    draft.set(("steps", 0, "title"), {"ja": "  "})
    draft.set_kind(1, "breathing")
    draft.set(("steps", 1, "duration_s"), 8)
    check = draft.check()
    with pytest.raises(RoutineError) as checked:
        parse_routine(json.loads(json.dumps(draft.data)))
    assert lines(check.problems) == lines(checked.value.problems)
    assert lines(check.problems) == [
        'steps[0].title: the "ja" text is empty',
        "steps[1]: one breath (10 s) is longer than duration_s (8 s)",
    ]


def test_the_id_of_another_routine_is_refused():
    draft = filled(RoutineDraft.new({"knee-oa": True, "mine": False}))
    assert draft.data["id"] == "my-routine"
    draft.set(("id",), "knee-oa")
    assert lines(draft.check().problems) == [
        'id: "knee-oa" is used by a built-in routine; give yours another id']
    draft.set(("id",), "mine")
    assert lines(draft.check().problems) == [
        'id: "mine" is used by another of your routines; give this one another id']
    draft.set(("id",), "Mine!")
    assert draft.check().problems[0].where == "id"
    draft.set(("id",), "mine-2")
    assert draft.check().routine is not None


def test_a_copy_gets_a_new_id_and_title_and_leaves_the_original_alone():
    original = every_kind()
    before = original.to_data()
    draft = RoutineDraft.copy_of(original, {"test": True, "test-mine": False})
    assert draft.data["id"] == "test-mine-2"
    assert draft.data["title"] == {"en": "Test (my copy)", "ja": "Test(自分用)"}
    assert draft.dirty  # never saved yet
    draft.set(("steps", 0, "duration_s"), 99)
    assert original.to_data() == before
    assert draft.check().routine is not None


def test_emptying_a_language_removes_it_and_optional_texts_go_when_empty():
    draft = filled(RoutineDraft.new({}))
    draft.set_text(("summary",), "en", "For my knee", required=False)
    draft.set_text(("summary",), "ja", "ひざ", required=False)
    assert list(draft.data["summary"]) == ["ja", "en"]  # as the built-ins write them
    draft.set_text(("summary",), "ja", "", required=False)
    draft.set_text(("summary",), "en", "", required=False)
    assert "summary" not in draft.data
    draft.set_text(("title",), "en", "")
    assert draft.data["title"] == {}
    assert draft.text(("title",), "en") == ""


def test_steps_are_added_moved_and_removed():
    draft = filled(RoutineDraft.new({}))
    assert draft.add_step(1) == 1
    assert draft.add_step(0) == 0
    assert [s["id"] for s in draft.steps] == ["step-3", "step-1", "step-2"]
    assert draft.move_step(0, 5) == 2
    assert [s["id"] for s in draft.steps] == ["step-1", "step-2", "step-3"]
    assert draft.move_step(2, 1) == 1
    assert [s["id"] for s in draft.steps] == ["step-1", "step-3", "step-2"]
    draft.remove_step(0)
    assert [s["id"] for s in draft.steps] == ["step-3", "step-2"]
    assert draft.add_step(9) == 2
    assert draft.steps[2]["id"] == "step-1"


def test_changing_kind_keeps_the_words_and_shared_numbers_and_can_be_undone():
    draft = RoutineDraft(parse_routine(every_kind().to_data()).to_data())
    stretch = 2
    before = json.loads(json.dumps(draft.steps[stretch]))
    draft.set_kind(stretch, "reps")
    now = draft.steps[stretch]
    assert now["kind"] == "reps" and now["pace"] == "self"
    assert (now["title"], now["reps"], now["sides"]) == (before["title"], 2, ["right", "left"])
    assert "hold_s" not in now
    assert draft.check().routine is not None
    draft.set_kind(stretch, "breathing")
    assert "sides" not in draft.steps[stretch] and draft.steps[stretch]["inhale_s"] == 4
    draft.set_kind(stretch, "hold")
    assert draft.steps[stretch] == before


def test_switching_pace_back_brings_the_movements_back():
    draft = RoutineDraft(every_kind().to_data())
    catcow = 3
    phases = draft.steps[catcow]["phases"]
    draft.set_self_paced(catcow, True)
    assert draft.steps[catcow]["pace"] == "self" and "phases" not in draft.steps[catcow]
    assert draft.check().routine is not None
    draft.set_self_paced(catcow, False)
    assert draft.steps[catcow]["phases"] == phases and "pace" not in draft.steps[catcow]
    draft.set_self_paced(4, False)  # a step that never had movements gets one to fill in
    assert draft.steps[4]["phases"] == [{"label": {}, "seconds": 3}]
    assert draft.check().problems[0].where == "steps[4].phases[0].label"


def test_presets_follow_the_steps_they_change():
    data = every_kind().to_data()
    data["presets"] = [
        {"id": "longer", "title": text("Longer"),
         "changes": {"stretch": {"hold_s": 30, "reps": 3}, "march": {"duration_s": 40}}},
        {"id": "slow", "title": text("Slow"), "changes": {"catcow": {"phases": [
            {"label": text("round"), "seconds": 8}]}}},
    ]
    draft = RoutineDraft(parse_routine(data).to_data())
    draft.set_kind(2, "reps")  # a reps step has no hold_s
    assert draft.data["presets"][0]["changes"]["stretch"] == {"reps": 3}
    draft.set_self_paced(3, True)  # timed movements would clash with the patient's own pace
    assert [p["id"] for p in draft.data["presets"]] == ["longer"]
    draft.remove_step(0)
    assert draft.data["presets"][0]["changes"] == {"stretch": {"reps": 3}}
    assert draft.check().routine is not None
    draft.remove_step(1)
    assert "presets" not in draft.data


def test_the_length_counts_get_ready_rests_and_sides_and_needs_valid_numbers():
    draft = RoutineDraft(every_kind().to_data(), get_ready_s=3)
    timing = draft.check().timing
    assert timing is not None
    assert timing.steps_s[0] == 3 + 20 + 10
    assert timing.steps_s[2] == 3 + 2 * (15 + 5 + 15) + 5
    assert timing.total_s == sum(timing.steps_s)
    assert timing.counts == (None, 3, 4, 3, 6)  # breaths; holds and reps on both sides
    draft.set(("steps", 0, "duration_s"), -3)
    check = draft.check()
    assert check.timing is None
    assert lines(check.problems) == [
        "steps[0].duration_s: must be between 1 and 3600 seconds (got -3)"]


def test_a_routine_over_four_hours_says_so_at_the_steps_and_still_shows_its_length():
    draft = filled(RoutineDraft.new({}))
    for index in range(5):
        draft.add_step(index)
        draft.set(("steps", index, "duration_s"), 3600)
    draft = filled(draft)
    check = draft.check()
    assert lines(check.problems) == [
        "steps: the routine would take 5 h 2 min; at most 4 h is allowed"]
    assert check.timing is not None and check.timing.total_s > 5 * 3600


def test_lists_of_cautions_questions_and_movements():
    draft = filled(RoutineDraft.new({}))
    assert draft.add_caution() == 0
    assert draft.add_question() == 0
    assert draft.add_question() == 1
    assert [q["id"] for q in draft.data["gate"]] == ["question-1", "question-2"]
    wheres = {p.where for p in draft.check().problems}
    assert wheres == {"cautions[0]", "gate[0].question", "gate[0].advice", "gate[1].question",
                      "gate[1].advice"}
    draft.remove(("gate",), 0)
    draft.remove(("gate",), 0)
    draft.remove(("cautions",), 0)
    assert "gate" not in draft.data and "cautions" not in draft.data
    draft.set_kind(0, "reps")
    draft.set_self_paced(0, False)
    assert draft.add_phase(0) == 1
    draft.remove(("steps", 0, "phases"), 0)
    assert len(draft.steps[0]["phases"]) == 1


def test_the_plan_is_per_day_or_per_week():
    draft = RoutineDraft.new({})
    draft.set_plan(3, per_week=True)
    assert draft.data["recommended"] == {"per_week": 3}
    draft.set_plan(2, per_week=False)
    assert draft.data["recommended"] == {"per_day": 2}


def test_dirty_until_saved():
    draft = RoutineDraft(every_kind().to_data())
    assert not draft.dirty
    draft.set(("steps", 0, "duration_s"), 25)
    assert draft.dirty
    draft.mark_saved()
    assert not draft.dirty


def test_places_are_written_as_problems_name_them():
    assert place(("steps", 2, "phases", 0, "label")) == "steps[2].phases[0].label"
    assert list(enclosing("steps[2].phases[0].label")) == [
        "steps[2].phases[0].label", "steps[2].phases[0]", "steps[2].phases", "steps[2]",
        "steps", ""]
    assert nearest("steps[2].sides[1]", {"steps[2]", "steps[2].sides", ""}) == "steps[2].sides"
    assert nearest("presets[0].changes.x", {"", "steps"}) == ""
    assert nearest("title", {"steps"}) is None
    assert step_of("steps[12].hold_s") == 12
    assert step_of("steps") is None and step_of("presets[0]") is None


def test_unique_ids_stay_valid_identifiers():
    assert unique_id("a", {"a", "a-2"}) == "a-3"
    long = unique_id("x" * 64, {"x" * 60})
    assert len(long) <= 64 and long.endswith("-2")
    assert unique_id("ab-" + "c" * 57 + "-mine", set()) == "ab-" + "c" * 57


# -- files -----------------------------------------------------------------------------------


def test_saving_writes_the_same_format_as_import(tmp_path):
    user = tmp_path / "routines"
    routine = every_kind()
    saved = save_user_routine(routine, user)
    assert saved == user / "test.json"
    source = tmp_path / "source.json"
    source.write_text(saved.read_text(encoding="utf-8"), encoding="utf-8")
    imported = import_routine(source, load_library(tmp_path / "none", tmp_path / "none"),
                              tmp_path / "imported")
    assert imported.read_bytes() == saved.read_bytes()
    assert load_routine(saved) == routine


def test_a_renamed_routine_replaces_its_old_file(tmp_path):
    user = tmp_path / "routines"
    old = save_user_routine(every_kind(), user)
    data = every_kind().to_data() | {"id": "renamed"}
    new = save_user_routine(parse_routine(data), user, replaces=old)
    assert not old.exists() and new.name == "renamed.json"
    assert [e.routine.id for e in load_library(tmp_path / "none", user).entries] == ["renamed"]


def test_saving_never_overwrites_another_routines_file(tmp_path):
    user = tmp_path / "routines"
    user.mkdir()
    other = user / "test.json"
    other.write_text("not mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        save_user_routine(every_kind(), user)
    assert other.read_text(encoding="utf-8") == "not mine"
    assert save_user_routine(every_kind(), user, replaces=other) == other  # editing it is fine


def test_only_the_users_own_routines_can_be_deleted(tmp_path):
    user = tmp_path / "routines"
    save_user_routine(parse_routine(every_kind().to_data() | {"id": "mine"}), user)
    library = load_library(builtin_routines_dir(), user)
    builtin = library.get("knee-oa")
    with pytest.raises(ValueError):
        delete_user_routine(builtin, user)
    assert builtin.path.exists()
    delete_user_routine(library.get("mine"), user)
    assert load_library(builtin_routines_dir(), user).get("mine") is None



@pytest.mark.parametrize("loc", [("pain_advice",), ("steps", 0, "say")])
def test_a_blank_optional_text_is_dropped_and_the_length_still_shows(loc):
    draft = filled(RoutineDraft.new({}))
    draft.set_text(loc, "ja", "   ", required=False)
    assert draft.get(loc) is None
    check = draft.check()
    assert check.routine is not None
    assert check.timing is not None and check.timing.total_s == 5 + 60


@pytest.mark.parametrize("loc", [("pain_advice",), ("steps", 0, "say")])
def test_the_length_is_known_while_an_optional_text_is_wrong(loc):
    # A file may come with a blank optional text: the check names it, the sum goes on.
    draft = filled(RoutineDraft.new({}))
    draft.set(loc, {"ja": " "})
    check = draft.check()
    assert lines(check.problems) == [f"{place(loc)}: the \"ja\" text is empty"]
    assert check.timing is not None and check.timing.total_s == 5 + 60


def test_changing_kind_keeps_what_the_voice_says_and_the_figure():
    draft = filled(RoutineDraft.new({}))
    draft.set(("steps", 0, "say"), {"ja": "たいそう"})
    draft.set(("steps", 0, "figure"), "walk")
    draft.set_kind(0, "hold")
    assert draft.steps[0]["say"] == {"ja": "たいそう"}
    assert draft.steps[0]["figure"] == "walk"
    assert draft.check().routine is not None
