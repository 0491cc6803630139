"""Leftover temporary files of killed saves: matched by save_scenario's exact naming, removed
only when old (issue 12, item 9)."""

from __future__ import annotations

import os
import time

import pytest

from colossus_desktop.scenario import files
from colossus_desktop.scenario.leftovers import MIN_AGE_S, remove_stale_temp_files, save_temp_target
from colossus_desktop.scenario.presets import load_preset


def _touch(path, age_s):
    path.write_text("{}")
    t = time.time() - age_s
    os.utime(path, (t, t))
    return path


def test_the_pattern_is_the_one_save_scenario_writes(tmp_path, monkeypatch):
    """If save_scenario ever names its temporary file differently, this fails: the clean-up
    would otherwise silently stop finding them."""
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", spy)
    for name in ("plan.json", "a.b c.json", ".hidden.json"):
        files.save_scenario(load_preset("colossus-2"), tmp_path / name)
    assert [save_temp_target(n) for n in seen] == ["plan.json", "a.b c.json", ".hidden.json"]


def test_a_killed_save_leaves_a_file_the_clean_up_finds(tmp_path, monkeypatch):
    def killed(src, dst):
        raise KeyboardInterrupt  # stands for the kill between write and rename

    monkeypatch.setattr(files.os, "replace", killed)
    monkeypatch.setattr(files.os, "unlink", lambda p: None)  # killed: nothing runs afterwards
    with pytest.raises(KeyboardInterrupt):
        files.save_scenario(load_preset("colossus-2"), tmp_path / "plan.json")
    monkeypatch.undo()
    (left,) = list(tmp_path.iterdir())
    assert save_temp_target(left.name) == "plan.json"
    assert remove_stale_temp_files(tmp_path) == []  # too fresh: maybe a save in progress
    assert remove_stale_temp_files(tmp_path, now=time.time() + MIN_AGE_S + 1) == [left]
    assert not left.exists()


def test_only_old_files_with_our_exact_name_are_removed(tmp_path):
    old = MIN_AGE_S + 5
    ours_old = _touch(tmp_path / ".plan.json.a1b2_c3d.tmp", old)
    ours_other = _touch(tmp_path / ".other.json.zzzzzzzz.tmp", old)
    ours_fresh = _touch(tmp_path / ".plan.json.q9w8e7r6.tmp", 5)
    keep = [
        ours_fresh,
        _touch(tmp_path / "plan.json", old),  # the document itself
        _touch(tmp_path / "notes.tmp", old),
        _touch(tmp_path / ".plan.json.ABCDEFGH.tmp", old),  # mkstemp never writes upper case
        _touch(tmp_path / ".plan.json.abc.tmp", old),  # wrong length
        _touch(tmp_path / "plan.json.a1b2c3d4.tmp", old),  # no leading dot
        _touch(tmp_path / "123-deadbeef.meta.tmp", old),  # the autosave's, only when asked
    ]
    (tmp_path / ".dir.json.abcdefgh.tmp").mkdir()  # not a regular file
    os.symlink(tmp_path / "plan.json", tmp_path / ".link.json.abcdefgh.tmp")
    assert remove_stale_temp_files(tmp_path, target="plan.json") == [ours_old]
    assert sorted(remove_stale_temp_files(tmp_path)) == [ours_other]
    assert all(p.exists() for p in keep)
    assert (tmp_path / ".dir.json.abcdefgh.tmp").is_dir() and (tmp_path / ".link.json.abcdefgh.tmp").is_symlink()
    assert remove_stale_temp_files(tmp_path, autosave_meta=True) == [tmp_path / "123-deadbeef.meta.tmp"]


def test_a_folder_that_cannot_be_read_is_skipped(tmp_path):
    assert remove_stale_temp_files(tmp_path / "missing") == []
