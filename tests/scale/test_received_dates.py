"""Seeds without a date of their own are dated when the site received them."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pelican.plugins.wiredesk.catalog import githistory
from pelican.plugins.wiredesk.catalog.catalog import scan_seeds
from pelican.plugins.wiredesk.catalog.githistory import SHALLOW, read_history
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

from tests.conftest import run_invoke
from tests.support.browser import require_tool

OPTIONS = ExtractOptions(id_authority="news.example.org,2026")
CAIRO = "CAIRO (Reuters) - Egypt's central bank held its main rate, it said.\n"
LAGOS = "LAGOS (Reuters) - Nigeria's senate passed the budget, officials said.\n"
LIMA = "LIMA (Reuters) - Peru's congress met in a special session.\n"


def require_git() -> str:
    require_tool("git")
    return shutil.which("git") or "git"


def git(repo: Path, *args: str, when: str | None = None) -> None:
    """Run git in repo; a commit is made at `when` (ISO 8601), author and committer."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo.parent),  # no user configuration (signing, hooks)
    }
    if when:
        env |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(
        [require_git(), "-C", str(repo), *args],
        check=True,
        env=env,
        capture_output=True,
    )


def commit(repo: Path, when: str, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, when=when)


@pytest.fixture
def repo(tmp_path) -> Path:
    """A site repository: Cairo committed in 2021, Lagos in 2022, then Cairo renamed."""
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    git(site, "init", "-q")
    (site / "seeds" / "cairo.txt").write_text(CAIRO)
    commit(site, "2021-03-04T10:00:00Z", "Cairo")
    (site / "seeds" / "lagos.txt").write_text(LAGOS)
    commit(site, "2022-05-06T23:30:00Z", "Lagos")
    (site / "seeds" / "desk").mkdir()
    git(site, "mv", "seeds/cairo.txt", "seeds/desk/egypt-rates.txt")
    (site / "seeds" / "lagos.txt").write_text(LAGOS + "The vote was close.\n")
    commit(site, "2023-01-01T08:00:00Z", "Move Cairo, edit Lagos")
    return site


def dates(catalog) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        Path(path).name: (story.date.date().isoformat(), story.warnings)
        for path, story in catalog.stories.items()
    }


def test_first_commit_dates_a_story_and_a_rename_keeps_it(repo):
    catalog = scan_seeds([repo / "seeds"], OPTIONS)
    assert dates(catalog) == {
        "egypt-rates.txt": ("2021-03-04", ("date from git history",)),
        # 23:30 UTC on 6 May is already 7 May in Lagos (UTC+1).
        "lagos.txt": ("2022-05-07", ("date from git history",)),
    }
    assert catalog.reports == {}


def test_an_uncommitted_seed_is_dated_by_its_file_time(repo):
    new = repo / "seeds" / "lima.txt"
    new.write_text(LIMA)
    stamp = datetime(2020, 2, 3, 12, 0, tzinfo=UTC).timestamp()
    os.utime(new, (stamp, stamp))
    story = scan_seeds([repo / "seeds"], OPTIONS).story(new)
    # Noon UTC is 07:00 in Lima, the same day.
    assert story.date.isoformat() == "2020-02-03T00:00:00-05:00"
    assert story.warnings == ("date from file time",)


def test_without_file_times_an_undated_seed_is_a_report(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lima.txt").write_text(LIMA)
    off = ExtractOptions(
        id_authority="news.example.org,2026", date_from_file_time=False
    )
    catalog = scan_seeds([seeds], off)
    assert catalog.stories == {}
    [report] = catalog.reports.values()
    assert report.reason.startswith("no date:")


def test_history_is_kept_until_head_moves(repo, tmp_path):
    cache = tmp_path / "cache"
    first = read_history(repo / "seeds", cache)
    assert len(list(cache.glob("git-*.pickle"))) == 1
    assert read_history(repo / "seeds", cache) == first
    (repo / "seeds" / "lima.txt").write_text(LIMA)
    commit(repo, "2024-07-08T09:00:00Z", "Lima")
    later = read_history(repo / "seeds", cache)
    lima = str(repo / "seeds" / "lima.txt")
    assert later.times[lima] == datetime(2024, 7, 8, 9, 0, tzinfo=UTC)


def test_commits_after_the_kept_history_read_as_a_whole_history_does(
    repo, tmp_path, monkeypatch
):
    cache = tmp_path / "cache"
    whole = read_history(repo / "seeds", cache)
    (repo / "seeds" / "lima.txt").write_text(LIMA)
    git(repo, "mv", "seeds/lagos.txt", "seeds/desk/nigeria-budget.txt")
    git(repo, "rm", "-q", "seeds/desk/egypt-rates.txt")
    commit(repo, "2024-07-08T09:00:00Z", "Lima in, Lagos moved, Cairo out")
    seeds = str(repo / "seeds")
    with monkeypatch.context() as patched:  # only the new commit is read
        patched.setattr(githistory, "_read", lambda *_: pytest.fail("read whole"))
        later = read_history(repo / "seeds", cache)
    assert later != whole
    assert later == read_history(repo / "seeds")  # the same as read without a cache
    assert later.times == {
        f"{seeds}/lima.txt": datetime(2024, 7, 8, 9, 0, tzinfo=UTC),
        f"{seeds}/desk/nigeria-budget.txt": datetime(2022, 5, 6, 23, 30, tzinfo=UTC),
    }


def test_a_rewritten_history_is_read_again_whole(repo, tmp_path):
    cache = tmp_path / "cache"
    read_history(repo / "seeds", cache)
    git(repo, "reset", "-q", "--hard", "HEAD~2")  # back to Cairo alone, then redone
    (repo / "seeds" / "lima.txt").write_text(LIMA)
    commit(repo, "2025-01-02T12:00:00Z", "Lima instead")
    seeds = str(repo / "seeds")
    assert read_history(repo / "seeds", cache).times == {
        f"{seeds}/cairo.txt": datetime(2021, 3, 4, 10, 0, tzinfo=UTC),
        f"{seeds}/lima.txt": datetime(2025, 1, 2, 12, 0, tzinfo=UTC),
    }


def test_committing_a_seed_redates_it_on_a_cached_rebuild(repo, tmp_path):
    cache = tmp_path / "cache"
    new = repo / "seeds" / "lima.txt"
    new.write_text(LIMA)
    stamp = datetime(2020, 2, 3, 12, 0, tzinfo=UTC).timestamp()
    os.utime(new, (stamp, stamp))
    assert scan_seeds([repo / "seeds"], OPTIONS, cache=cache).story(new).warnings == (
        "date from file time",
    )
    commit(repo, "2024-07-08T09:00:00Z", "Lima")
    cached = scan_seeds([repo / "seeds"], OPTIONS, cache=cache)
    clean = scan_seeds([repo / "seeds"], OPTIONS)
    assert cached.story(new).date.date().isoformat() == "2024-07-08"
    assert cached.stories == clean.stories


def shallow_clone(repo: Path, tmp_path: Path) -> Path:
    clone = tmp_path / "clone"
    subprocess.run(
        [require_git(), "clone", "-q", "--depth", "1", repo.as_uri(), str(clone)],
        check=True,
        capture_output=True,
    )
    return clone


def test_a_shallow_clone_dates_nothing_at_its_cut_off(repo, tmp_path):
    clone = shallow_clone(repo, tmp_path)
    catalog = scan_seeds([clone / "seeds"], OPTIONS)
    assert {r.reason for r in catalog.reports.values()} == {SHALLOW}
    for story in catalog.stories.values():
        assert story.warnings == ("date from file time",)


def test_strict_build_of_a_shallow_clone_fails_and_says_why(repo, tmp_path):
    clone = shallow_clone(repo, tmp_path)
    done = run_invoke(
        "build",
        "--seeds",
        str(clone / "seeds"),
        "--output",
        str(tmp_path / "out"),
        "--strict",
        check=False,
    )
    assert done.returncode != 0
    assert "git history is shallow" in done.stdout + done.stderr
    assert "fetch-depth: 0" in done.stdout + done.stderr


def test_a_shallow_clone_is_reported_when_only_a_year_needed_it(tmp_path):
    # The dateline prints the day; only its year comes from the (cut-off) history.
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    git(site, "init", "-q")
    (site / "seeds" / "lima.txt").write_text(
        "LIMA, June 8 (Reuters) - Peru's congress met in a special session.\n"
    )
    commit(site, "2024-07-08T09:00:00Z", "Lima")
    (site / "seeds" / "dated.txt").write_text("Date: 2024-07-09\n\n" + CAIRO)
    commit(site, "2024-07-09T09:00:00Z", "Cairo")
    clone = shallow_clone(site, tmp_path)
    catalog = scan_seeds([clone / "seeds"], OPTIONS)
    assert catalog.story(clone / "seeds" / "lima.txt").warnings == ()
    assert [r.reason for r in catalog.reports.values()] == [SHALLOW]
    (clone / "seeds" / "lima.txt").unlink()
    assert scan_seeds([clone / "seeds"], OPTIONS).reports == {}


def test_shipped_seeds_carry_their_own_date_and_the_site_no_default_year():
    root = Path(__file__).resolve().parents[2]
    assert "WIREDESK_DEFAULT_YEAR" not in (root / "pelicanconf.py").read_text()
    for seed in sorted((root / "seeds").glob("*.txt")):
        story = extract_story(seed.read_bytes(), name=seed.name, options=OPTIONS)
        assert story.date_source in ("header", "file name", "dateline"), seed
