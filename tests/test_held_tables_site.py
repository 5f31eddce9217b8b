"""A table that names no company is built as a draft: reachable, never listed."""

from __future__ import annotations

import json

from tests.conftest import run_invoke

STORY = (
    "MOSCOW, March 3, 1987. /TASS/. Russian lawmakers have approved a bill on the "
    "federal budget, the State Duma said.\nThe bill passed.\n"
)
TABLE = (
    "DAYTON, Ohio, March 3, 1987 - Shr 41 cts vs 38 cts\n"
    "Net 2,100,000 vs 1,950,000\nRevs 40.1 mln vs 37.7 mln\nReuter\n"
)


def test_a_nameless_table_is_a_draft_page_in_no_list_feed_or_sitemap(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "output"
    seeds.mkdir()
    (seeds / "budget.txt").write_text(STORY, encoding="utf-8")
    (seeds / "table.txt").write_text(TABLE, encoding="utf-8")
    result = run_invoke("build", "--seeds", str(seeds), "--output", str(out))
    said = result.stdout + result.stderr
    assert "table.txt: held as a draft: the table names no company" in said
    assert "1 stories published" in said

    drafts = list((out / "drafts").glob("*.html"))
    assert len(drafts) == 1
    page = drafts[0].read_text(encoding="utf-8")
    assert "Shr 41 cts vs 38 cts" in page
    assert '<meta name="robots" content="noindex">' in page  # kept out of engines
    story_page = next(out.glob("1987/03/03/*/index.html")).read_text(encoding="utf-8")
    assert "noindex" not in story_page

    everywhere = [
        out / "index.html",
        out / "sitemap.xml",
        out / "news-sitemap.xml",
        out / "feeds" / "all.atom.xml",
        out / "feeds" / "all.rss.xml",
        out / "feeds" / "all.json",
        *out.glob("places/**/index.html"),
    ]
    for path in everywhere:
        text = path.read_text(encoding="utf-8")
        assert "Shr 41" not in text and "Dayton company" not in text, path
        assert "drafts/" not in text, path
    entries = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in (out / "pagefind").glob("*/pagefind-entry.json")
    ]
    searchable = sum(
        lang["page_count"] for entry in entries for lang in entry["languages"].values()
    )
    assert searchable == 1  # the story, not the draft
