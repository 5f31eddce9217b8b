"""The bench corpus: the mix of copy a desk receives, in git, the same every time."""

from __future__ import annotations

import subprocess
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pelican.plugins.wiredesk.catalog.catalog import scan_seeds
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

from tests.support.browser import require_tool
from tools.bench import Run, warning_kinds
from tools.benchdata import (
    add_story,
    edit_story,
    make_seed,
    mix_note,
    received,
    write_corpus,
)
from tools.benchgit import BenchGitError, commit_files
from tools.benchsummary import outcome_line

OPTIONS = ExtractOptions(id_authority="bench.invalid,2026")
STORIES = 121  # three days and one story; story 121, the next, is AP copy


def git_log(repo: Path, *args: str) -> str:
    require_tool("git")
    done = subprocess.run(
        ["git", "-C", str(repo), "log", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    require_tool("git")
    seeds = tmp_path_factory.mktemp("bench") / "seeds"
    write_corpus(seeds, STORIES)
    return seeds


@pytest.fixture(scope="module")
def catalog(corpus):
    return scan_seeds([corpus], OPTIONS)


def test_every_20_stories_hold_the_desk_mix():
    kinds = Counter(
        (s.kind.agency, s.kind.language.code) for s in map(make_seed, range(200))
    )
    assert kinds == {
        ("TASS", "en"): 110,
        ("AP", "en"): 20,
        ("Reuters", "en"): 10,
        ("CP", "en"): 10,
        ("AFP", "fr"): 10,
        ("EFE", "es"): 10,
        ("dpa", "de"): 10,
        ("ANSA", "it"): 10,
        ("TASS", "ru"): 10,
    }
    note = mix_note()
    assert "55% TASS en" in note
    assert "the 25% undated are dated from git history" in note


def test_every_story_is_published_with_its_agency_and_language(catalog):
    assert catalog.reports == {}
    assert len(catalog.stories) == STORIES
    seen = Counter((s.agency, s.lang) for s in catalog.stories.values())
    assert seen[("AP", "en")] == 12  # stories 1, 12, 21, 32, ... 101, 112
    assert seen[("CP", "en")] == 6  # its credit line names the agency
    assert seen[("dpa", "de")] == 6
    assert seen[("AFP", "fr")] == seen[("EFE", "es")] == seen[("ANSA", "it")] == 6
    assert seen[("TASS", "ru")] == 6


def test_undated_copy_takes_the_day_the_desk_committed_it(corpus, catalog):
    assert git_log(corpus, "--format=%ci", "--", "2019-01/ap-000041.txt").split("\n")[
        0
    ] == ("2019-01-02 12:00:00 +0000")
    undated = {
        Path(path).name: story
        for path, story in catalog.stories.items()
        if story.date_source == "git history"
    }
    assert len(undated) == 30  # a quarter of the first 120, and story 120 (TASS)
    assert undated["ap-000041.txt"].date.date() == date(2019, 1, 2)
    assert undated["dpa-000091.txt"].date.date() == date(2019, 1, 3)
    assert undated["cp-000009.txt"].warnings == ("date from git history",)
    for story in catalog.stories.values():
        assert story.warnings in {(), ("date from git history",)}


def test_the_same_count_gives_the_same_files_and_history(corpus, tmp_path):
    again = tmp_path / "seeds"
    write_corpus(again, STORIES)
    names = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt"))
    assert names == sorted(
        p.relative_to(again).as_posix() for p in again.rglob("*.txt")
    )
    assert names[0] == "2019-01/2019-01-01-000000.txt"
    assert all((corpus / n).read_bytes() == (again / n).read_bytes() for n in names)
    assert git_log(corpus, "--format=%H %ci %s") == git_log(again, "--format=%H %ci %s")
    assert len(git_log(corpus, "--format=%H").split()) == 4  # four days


def test_an_edit_and_a_new_story_are_committed_and_dated(tmp_path):
    require_tool("git")
    seeds = tmp_path / "seeds"
    write_corpus(seeds, STORIES)
    edited = edit_story(seeds, STORIES)
    name, when = add_story(seeds, STORIES)
    assert (edited, name) == ("2019-01/2019-01-02-000060.txt", "2019-01/ap-000121.txt")
    assert when == datetime(2019, 1, 4, 12, 30, tzinfo=UTC)
    assert "Officials declined to comment further." in (seeds / edited).read_text()
    subjects = git_log(seeds, "--format=%s", "-2").split("\n")[:2]
    assert subjects == ["Copy ap-000121.txt", "Edit 2019-01-02-000060.txt"]
    story = scan_seeds([seeds], OPTIONS).story(seeds / name)
    assert story.date.date() == date(2019, 1, 4)
    assert story.warnings == ("date from git history",)


def test_the_report_counts_warnings_by_kind_and_names_the_commonest():
    warnings = (
        *(f"/s/ap-{i:06d}.txt: date from git history" for i in range(75)),
        "/s/a.txt: weekday mismatch: lede says Tuesday, date is 2019-01-06",
        "/s/b.txt: weekday mismatch: lede says Tuesday, date is 2019-01-06",
        "/s/c.txt: no dateline",
        "/s/d.txt: headline cut",
    )
    kinds = warning_kinds(warnings)
    assert next(iter(kinds.items())) == ("date from git history", 75)
    assert kinds["weekday mismatch: lede says Tuesday, date is 2019-01-06"] == 2
    info = {"published": 300, "reports": 0, "warnings": kinds}
    line = outcome_line(
        Run("full build (cold cache)", 9.0, 300.0, 250.0, info, 0, 0.0), 300
    )
    assert line.startswith(
        "full build (cold cache): published 300 of 300 seeds, 0 reports, "
        "79 warnings (75 date from git history; 2 weekday mismatch"
    )
    assert line.endswith("; 1 more kinds)")


@pytest.mark.parametrize("index", [1, 5, 9, 11, 3, 16])  # AP, Reuters, CP, dpa, AFP, ru
def test_a_seed_outside_git_is_dated_like_its_commit(index):
    seed = make_seed(index + 40 * 400)  # day 401: 2020-02-05, a Wednesday
    story = extract_story(
        seed.text.encode(), name=seed.name, options=OPTIONS, received=received(seed)
    )
    assert story.date.date() == date(2020, 2, 5)
    assert "weekday mismatch" not in " ".join(story.warnings)


def test_a_failed_commit_names_the_folder_and_the_git_command(corpus):
    when = datetime(2020, 1, 1, tzinfo=UTC)
    with pytest.raises(BenchGitError, match=r"seeds: git add failed: .*missing\.txt"):
        commit_files(corpus, ["missing.txt"], when, "Copy missing.txt")
