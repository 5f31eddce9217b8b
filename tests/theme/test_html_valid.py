"""The Nu HTML Checker finds no errors on a sample of every page type."""

from __future__ import annotations

import json
import subprocess

from sitetools import ROOT, require_tool, seed_story_page, story_pages

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SAMPLE = [
    "index.html",
    "page/2/index.html",
    "section/index.html",
    "section/politics/index.html",
    "tag/index.html",
    "tag/diplomacy/index.html",
    "archives/index.html",
    "2020/01/index.html",
    "2020/01/page/2/index.html",
    "2020/01/04/index.html",
    "agency/tass/index.html",
    "people/sergey-lavrov/index.html",
    "places/moscow/index.html",
    "orgs/united-nations-security-council/index.html",
    "about/index.html",
    "404.html",
    "search/index.html",
]


def check_html(paths):
    """Return the Nu checker's error messages for the given files."""
    require_tool("java")
    require_tool(str(VNU))
    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        (m.get("url", "").rsplit("output/", 1)[-1], m.get("message")) for m in messages
    ]


def test_every_page_type_is_valid_html(site):
    german = [p for p in story_pages(site) if b'lang="de"' in p.read_bytes()]
    paths = [site / rel for rel in SAMPLE] + [seed_story_page(site), *german]
    assert all(p.is_file() for p in paths)
    assert check_html(paths) == []


def test_the_checker_reports_a_broken_page(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><html lang=en><title>x</title><p><div></p></span>")
    assert check_html([page]) != []
