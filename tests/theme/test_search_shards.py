"""Site search is split into one Pagefind bundle per month and merged in the browser."""

from __future__ import annotations

import gzip
import json
from collections import Counter

from sitetools import story_pages

from tests.conftest import run_invoke


def shard_list(site) -> list[str]:
    return json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))


def test_every_month_of_stories_gets_its_own_search_bundle_newest_first(site):
    assert shard_list(site) == ["2021-06/", "2020-12/", "2020-03/", "2020-01/"]
    stories = [p.relative_to(site).parts for p in story_pages(site)]
    months = Counter(f"{y}-{m}" for y, m, day, *_ in stories if day != "page")
    for month, stories in months.items():
        entry = json.loads(
            (site / "pagefind" / month / "pagefind-entry.json").read_text()
        )
        counted = sum(lang["page_count"] for lang in entry["languages"].values())
        assert counted == stories, month
    assert not (site / "pagefind" / "pagefind.js").exists()


def test_one_search_finds_stories_of_two_months(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "search/?q=Petersburg")
    page.wait_for_selector("#search-results li", timeout=10_000)
    links = page.locator("#search-results li h2 a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    titles = [links.nth(i).inner_text() for i in range(links.count())]
    context.close()
    assert any(h.startswith("/wiredesk/2021/06/15/") for h in hrefs)
    assert any(h.startswith("/wiredesk/2020/12/26/") for h in hrefs)
    assert any(h.startswith("/wiredesk/2020/01/") for h in hrefs)
    assert "Hand-written headline wins" in titles


STORIES = {
    "2020-01-10-one.txt": "MOSCOW, January 10. /TASS/. The government met on Friday.",
    "2020-02-11-two.txt": "KAZAN, February 11. /TASS/. The parliament met on Tuesday.",
    "2020-03-12-three.txt": "MOSCOW, March 12. /TASS/. The ministry met on Thursday.",
}


def bundle_files(out, month: str) -> dict[str, tuple[int, bytes]]:
    folder = out / "pagefind" / month
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def fragments_text(out, month: str) -> str:
    return " ".join(
        json.loads(gzip.decompress(p.read_bytes()).removeprefix(b"pagefind_dcd"))[
            "content"
        ]
        for p in sorted((out / "pagefind" / month / "fragment").iterdir())
    )


def test_editing_one_story_indexes_only_its_month_again(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "output"
    seeds.mkdir()
    for name, lede in STORIES.items():
        text = f"{lede}\nOfficials gave no details.\nThe talks went on.\n"
        (seeds / name).write_text(text, encoding="utf-8")
    build = ("build", "--seeds", str(seeds), "--output", str(out))
    run_invoke(*build)
    before = {m: bundle_files(out, m) for m in ("2020-01", "2020-02", "2020-03")}
    story = seeds / "2020-02-11-two.txt"
    story.write_text(
        story.read_text(encoding="utf-8").replace("went on", "ended at the quayside"),
        encoding="utf-8",
    )
    run_invoke(*build)
    after = {m: bundle_files(out, m) for m in before}
    assert (
        after["2020-01"] == before["2020-01"]
    )  # same files (inodes): not indexed again
    assert after["2020-03"] == before["2020-03"]
    assert after["2020-02"] != before["2020-02"]
    assert "quayside" in fragments_text(out, "2020-02")
    assert "quayside" not in fragments_text(out, "2020-01")
