"""invoke gh-pages: the gh-pages branch gets the public site and nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.project import GIT_ENV, copy_project, git


def invoke(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args],
        cwd=repo,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def project(tmp_path) -> Path:
    """A git copy of the project whose origin is a bare repository on disk."""
    repo = copy_project(tmp_path / "project")
    git(tmp_path, "init", "--quiet", "--bare", "--initial-branch=main", "origin.git")
    git(repo, "remote", "add", "origin", (tmp_path / "origin.git").as_uri())
    git(repo, "push", "--quiet", "origin", "main")
    return repo


def published_files(repo: Path, ref: str = "gh-pages") -> set[str]:
    return set(git(repo, "ls-tree", "-r", "--name-only", ref).splitlines())


def built_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_the_branch_holds_the_public_site_and_nothing_from_the_source(project):
    with (project / "publishconf.py").open("a", encoding="utf-8") as conf:
        conf.write('WIREDESK_CNAME = "news.example.org"\n')
    git(project, "commit", "--quiet", "-am", "Custom domain")
    head = git(project, "rev-parse", "HEAD")
    origin_main = git(project.parent / "origin.git", "rev-parse", "main")
    done = invoke(project, "gh-pages", "--push")
    assert done.returncode == 0, done.stdout + done.stderr
    origin = project.parent / "origin.git"
    files = published_files(origin)
    assert files == built_files(project / "output")
    assert {".nojekyll", "CNAME", "index.html", "feeds/all.atom.xml"} <= files
    assert git(origin, "show", "gh-pages:CNAME") == "news.example.org\n"
    assert not files & {"tasks.py", "pelicanconf.py", "publishconf.py", ".gitignore"}
    assert not any(
        f.startswith(("seeds/", "plugins/", "content/", "theme/templates/"))
        for f in files
    )
    page = git(origin, "show", "gh-pages:index.html")
    assert "https://wiredesk.example.org/" in page
    assert "http://127.0.0.1:8000" not in page
    assert git(project, "rev-parse", "HEAD") == head
    assert git(project, "symbolic-ref", "--short", "HEAD") == "main\n"
    assert git(project, "status", "--porcelain") == ""
    assert git(origin, "rev-parse", "main") == origin_main


def test_a_project_site_url_and_no_custom_domain(project):
    done = invoke(project, "gh-pages", "--siteurl", "https://user.github.io/repo")
    assert done.returncode == 0, done.stdout + done.stderr
    files = published_files(project)
    assert ".nojekyll" in files
    assert "CNAME" not in files
    feed = git(project, "show", "gh-pages:feeds/all.atom.xml")
    assert "https://user.github.io/repo/20" in feed
    assert git(project.parent / "origin.git", "branch", "--list", "gh-pages") == ""


def test_a_report_publishes_nothing(project):
    (project / "seeds" / "empty.txt").write_text("  \n", encoding="utf-8")
    done = invoke(project, "gh-pages", "--push")
    assert done.returncode != 0
    assert "empty.txt: no text" in done.stdout
    assert git(project, "branch", "--list", "gh-pages") == ""
    assert git(project.parent / "origin.git", "branch", "--list", "gh-pages") == ""


def test_a_report_leaves_the_published_branch_as_it_was(project):
    assert invoke(project, "gh-pages", "--push").returncode == 0
    origin = project.parent / "origin.git"
    before = git(origin, "rev-parse", "gh-pages")
    seed = next((project / "seeds").glob("*.txt"))
    shutil.copy(seed, project / "seeds" / "zz-copy.txt")
    done = invoke(project, "gh-pages", "--push")
    assert done.returncode != 0
    assert "zz-copy.txt: duplicate of" in done.stdout
    assert git(origin, "rev-parse", "gh-pages") == before
    assert git(project, "rev-parse", "gh-pages") == before


def test_a_fresh_clone_publishes_on_top_of_the_published_branch(project, tmp_path):
    assert invoke(project, "gh-pages", "--push").returncode == 0
    origin = tmp_path / "origin.git"
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", origin.as_uri(), str(clone))
    shutil.copytree(project / "cache", clone / "cache")
    done = invoke(clone, "gh-pages", "--push")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(git(origin, "rev-list", "gh-pages").split()) == 2
