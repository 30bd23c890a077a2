"""Library entries: each routine's versions, validated once, with timelines built once."""

from __future__ import annotations

from rehabtimer.core.library import load_library
from rehabtimer.core.timeline import build_timeline
from rehabtimer.paths import builtin_routines_dir


def test_an_entry_offers_the_routine_as_written_then_each_preset(tmp_path):
    entry = load_library(builtin_routines_dir(), tmp_path).get("postpartum-back")
    routine = entry.routine

    assert [v.preset_id for v in entry.versions] == [None, *(p.id for p in routine.presets)]
    assert entry.versions[0] is entry.as_written and entry.as_written.routine is routine
    for preset in routine.presets:
        assert entry.version(preset.id).routine == routine.with_preset(preset.id)


def test_a_version_builds_its_timeline_once_for_each_get_ready_length(tmp_path):
    entry = load_library(builtin_routines_dir(), tmp_path).get("postpartum-back")
    longer = entry.version("longer")

    assert longer.timeline(5) is longer.timeline(5)
    assert longer.timeline(12) is not longer.timeline(5)
    assert longer.timeline(12) == build_timeline(longer.routine, 12)
    assert longer.timeline() == build_timeline(longer.routine)


def test_a_reloaded_library_has_new_entries(tmp_path):
    before = load_library(builtin_routines_dir(), tmp_path).get("low-back")
    after = load_library(builtin_routines_dir(), tmp_path).get("low-back")

    assert after == before
    assert after.as_written.timeline(5) is not before.as_written.timeline(5)
