"""Plain `pelican` in a copy of this repository builds what `invoke build` builds."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from tests.support.project import copy_project

POST = """Title: Council approves the new library budget
Date: 2020-01-05 10:00
Category: Society
Tags: Libraries
Author: Newsroom

The city council on Sunday approved the budget of the new central library.

Mayor John Smith said the *Bank of England* would not lend to it.
"""
POST_URL = "2020/01/05/council-approves-the-new-library-budget/"


def run(
    site: Path, *args: str, python: str = sys.executable
) -> subprocess.CompletedProcess:
    """Run a command of the project's Python (or python) in site, as a user types it."""
    return subprocess.run(
        [python, "-m", *args],
        cwd=site,
        env={**os.environ, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        check=False,
    )


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file below folder by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_same_site(a: Path, b: Path) -> None:
    left, right = tree(a), tree(b)
    assert sorted(left) == sorted(right)
    assert [n for n in left if left[n] != right[n]] == []


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("plain") / "site")


def test_pelican_and_pelican_content_build_what_invoke_build_builds(project):
    built = run(project, "invoke", "build", "--output", "by-invoke")
    assert built.returncode == 0, built.stdout + built.stderr
    plain = run(project, "pelican", "-o", "by-pelican")
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert_same_site(project / "by-invoke", project / "by-pelican")
    content = run(project, "pelican", "content", "-o", "by-content")
    assert content.returncode == 0, content.stdout + content.stderr
    assert_same_site(project / "by-invoke", project / "by-content")
    # the staging folders are swapped in: each staging area keeps only its build lock
    for area in project.glob(".*.staging"):
        assert [p.name for p in area.iterdir()] == ["lock"], area


def test_a_rebuild_after_an_edit_equals_a_clean_build(project):
    assert run(project, "pelican", "-o", "again").returncode == 0
    seed = next((project / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text().replace("phone", "telephone", 1))
    rebuilt = run(project, "pelican", "-o", "again")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    clean = run(project, "pelican", "-o", "clean")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert_same_site(project / "clean", project / "again")
    assert b"telephone" in (project / "again/feeds/all.atom.xml").read_bytes()


def _search_urls(site: Path) -> set[str]:
    urls = set()
    for fragment in site.glob("pagefind/*/fragment/*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        urls.add(json.loads(data)["url"])
    return urls


def test_a_markdown_post_is_a_story_everywhere(project):
    posts = project / "content/posts"
    posts.mkdir(parents=True, exist_ok=True)
    (posts / "library.md").write_text(POST, encoding="utf-8")
    built = run(project, "invoke", "build", "--output", "with-post")
    assert built.returncode == 0, built.stdout + built.stderr
    site = project / "with-post"
    assert (
        "Council approves the new library budget"
        in (site / POST_URL / "index.html").read_text()
    )
    for page in ("index.html", "section/society/index.html", "2020/01/index.html"):
        assert POST_URL in (site / page).read_text(), page
    assert POST_URL in (site / "tag/libraries/index.html").read_text()
    for entity in ("people/john-smith", "orgs/bank-of-england"):
        assert POST_URL in (site / entity / "index.html").read_text(), entity
    for name in ("all.atom.xml", "all.rss.xml", "section/society.atom.xml"):
        feed = feedparser.parse(str(site / "feeds" / name))
        links = [e.link for e in feed.entries]
        assert any(link.endswith(POST_URL) for link in links), name
    items = json.loads((site / "feeds/all.json").read_text())["items"]
    assert any(i["url"].endswith(POST_URL) for i in items)
    assert POST_URL in (site / "sitemap.xml").read_text()
    assert f"/{POST_URL}" in _search_urls(site)
    plain = run(project, "pelican", "-o", "with-post-plain")
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert_same_site(site, project / "with-post-plain")
    (posts / "library.md").unlink()


RECORDER = """
from pathlib import Path

from pelican import signals

SEEN = []


def seen(path, context):
    SEEN.append(path)


def done(pelican):
    Path("written.txt").write_text("\\n".join(SEEN))


def register():
    signals.content_written.connect(seen)
    signals.finalized.connect(done)
"""


def test_every_file_is_announced_on_content_written(project):
    (project / "recorder.py").write_text(RECORDER)
    (project / "recorded.py").write_text(
        "from pelicanconf import *\n"
        "PLUGIN_PATHS = ['.']\nPLUGINS = ['pelican.plugins.wiredesk', 'recorder']\n"
    )
    built = run(project, "pelican", "-s", "recorded.py", "-o", "recorded")
    assert built.returncode == 0, built.stdout + built.stderr
    # A full build writes into a staging folder, swapped in at the end.
    lines = (project / "written.txt").read_text().splitlines()
    written = {re.sub(r"^.*\.staging/build-[^/]+/", "", line) for line in lines}
    for name in ("index.html", "about/index.html", "feeds/all.atom.xml", "sitemap.xml"):
        assert name in written
    story = next((project / "recorded/2020").rglob("index.html"))
    assert story.relative_to(project / "recorded").as_posix() in written


def test_with_the_search_off_no_page_offers_a_search(project):
    conf = project / "nosearch.py"
    conf.write_text("from pelicanconf import *\n\nWIREDESK_SEARCH = False\n")
    built = run(project, "pelican", "-s", "nosearch.py", "-o", "nosearch")
    assert built.returncode == 0, built.stdout + built.stderr
    site = project / "nosearch"
    assert not (site / "pagefind").exists()
    assert not (site / "search").exists()
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text()
        assert 'role="search"' not in text and "/search/" not in text, page
    assert "/search/" not in (site / "sitemap.xml").read_text()
