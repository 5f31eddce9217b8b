"""README stays true to the code: every setting, task and inspect field is in it."""

import re

import pytest
from conftest import ROOT
from invoke import Collection
from pelican.plugins.wiredesk.build.inspect import story_record
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.settings import DEFAULTS

import tasks

README = (ROOT / "README.md").read_text(encoding="utf-8")
TASKS = sorted(Collection.from_module(tasks).task_names)


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_every_setting_is_documented(key):
    assert f"`{key}`" in README


def test_every_setting_name_used_anywhere_is_a_known_one():
    """A misspelt WIREDESK_ name would silently fall back to its default."""
    files = [*(ROOT / "plugins").rglob("*.py"), *ROOT.glob("*.py"), ROOT / "README.md"]
    for path in files:
        spelled = set(
            re.findall(r"WIREDESK_[A-Z_]*[A-Z]", path.read_text(encoding="utf-8"))
        )
        assert spelled <= set(DEFAULTS), (path, spelled - set(DEFAULTS))


@pytest.mark.parametrize("name", TASKS)
def test_every_task_is_documented_with_a_docstring(name):
    assert f"invoke {name}" in README
    assert Collection.from_module(tasks)[name].__doc__.strip()


def test_every_inspect_field_is_documented(seed_text):
    story = extract_story(
        seed_text("tass_basic.txt").encode(),
        name="tass_basic.txt",
        options=ExtractOptions(id_authority="a,2026", default_year=2020),
    )
    for field in story_record("x.txt", story):
        if field != "source":
            assert f"`{field}`" in README, field
