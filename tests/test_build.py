import json
import shutil
import subprocess
import sys

import feedparser
from conftest import FIXTURES, run_invoke
from lxml import html

from tests.support.project import copy_project

STORIES = 3  # the fixture seeds


def test_front_page_and_story_pages(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "404.html").is_file()
    assert (built_site / "about" / "index.html").is_file()
    slug = "russian-lawmakers-approve-bill-on-federal-budget-for-next-three-years"
    page = built_site / "2020/03/03" / slug / "index.html"
    doc = html.parse(str(page)).getroot()
    assert [h.text_content() for h in doc.iter("h1")] == [
        "Russian lawmakers approve bill on federal budget for next three years"
    ]
    meta = doc.find_class("story-meta")[0].text_content()
    assert "Moscow" in meta and "TASS" in meta
    assert doc.xpath("//article[@class='story']//time/@datetime") == ["2020-03-03"]
    assert (
        "third reading with 310 votes" in doc.find_class("story-body")[0].text_content()
    )


def test_header_slug_makes_the_url(built_site):
    assert (built_site / "2021/06/15/hand-written/index.html").is_file()


def test_feeds_parse_and_hold_every_story_once(built_site):
    for name in ("all.atom.xml", "all.rss.xml"):
        feed = feedparser.parse(str(built_site / "feeds" / name))
        assert not feed.bozo, feed.get("bozo_exception")
        ids = [e.id for e in feed.entries]
        assert len(ids) == len(set(ids)) == STORIES
        assert all(e.link.startswith("http://127.0.0.1:8000/") for e in feed.entries)
    assert 'isPermaLink="false"' in (built_site / "feeds/all.rss.xml").read_text()


def test_feeds_are_newest_first(built_site):
    feed = feedparser.parse(str(built_site / "feeds/all.atom.xml"))
    dates = [e.published_parsed for e in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_bad_seed_is_reported_and_the_rest_published(fixture_seeds, tmp_path):
    (fixture_seeds / "empty.txt").write_text("   \n")
    out = tmp_path / "out"
    result = run_invoke("build", "--seeds", str(fixture_seeds), "--output", str(out))
    assert "empty.txt: no text" in result.stdout
    assert "3 stories published, 1 reported" in result.stdout
    assert len(list(out.glob("20*/*/*/*/index.html"))) == STORIES


def test_strict_fails_on_a_report_and_keeps_the_previous_site(fixture_seeds, tmp_path):
    out = tmp_path / "out"
    run_invoke("build", "--seeds", str(fixture_seeds), "--output", str(out), "--strict")
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    (fixture_seeds / "z-dup.txt").write_bytes(
        (fixture_seeds / "tass_basic.txt").read_bytes()
    )
    result = run_invoke(
        "build",
        "--seeds",
        str(fixture_seeds),
        "--output",
        str(out),
        "--strict",
        check=False,
    )
    assert result.returncode != 0
    assert "z-dup.txt: duplicate of" in result.stdout
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before


def test_unchanged_files_keep_their_mtime(fixture_seeds, tmp_path):
    out = tmp_path / "out"
    run_invoke("build", "--seeds", str(fixture_seeds), "--output", str(out))
    feed = out / "feeds/all.atom.xml"
    first = feed.stat().st_mtime_ns
    run_invoke("build", "--seeds", str(fixture_seeds), "--output", str(out))
    assert feed.stat().st_mtime_ns == first


def test_shipped_seed_builds_strict(tmp_path):
    out = tmp_path / "out"
    result = run_invoke("build", "--output", str(out), "--strict")
    assert "1 stories published, 0 reported" in result.stdout
    page = next(out.glob("2020/01/04/*/index.html"))
    assert "Zarif" in page.read_text()


def test_inspect_prints_design_fields(tmp_path):
    shutil.copy(FIXTURES / "seeds/tass_basic.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("")
    result = run_invoke("inspect", "--path", str(tmp_path))

    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[1] == {"source": str(tmp_path / "b.txt"), "error": "no text"}
    assert set(lines[0]) == {
        "source",
        "id",
        "title",
        "date",
        "timezone",
        "city",
        "country",
        "agency",
        "lang",
        "summary",
        "section",
        "tags",
        "people",
        "places",
        "orgs",
        "encoding",
        "warnings",
    }
    assert (lines[0]["date"], lines[0]["city"], lines[0]["country"]) == (
        "2020-03-03",
        "Moscow",
        "RU",
    )


def test_clean_removes_the_site_its_staging_area_and_the_cache(tmp_path):
    project = copy_project(tmp_path / "site")
    for task in (("build",), ("clean",)):
        done = subprocess.run(
            [sys.executable, "-m", "invoke", *task],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    left = {p.name for p in project.iterdir()}
    assert not left & {"output", "cache", ".output.staging"}, left
