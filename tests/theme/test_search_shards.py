"""Site search: one Pagefind bundle per ISO week, merged in the browser."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import date, timedelta

from playwright.sync_api import expect
from sitetools import story_pages

from tests.conftest import run_invoke
from tests.support.crawl import build_and_serve


def shard_list(site) -> list[str]:
    return json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))


def week(y: str, m: str, d: str) -> str:
    year, number, _ = date(int(y), int(m), int(d)).isocalendar()
    return f"{year}-W{number:02d}"


def test_every_week_of_stories_gets_its_own_search_bundle_newest_first(site):
    # 2021-06-15, 2020-12-26, 2020-03-03, 2020-01-06 (a Monday), 2020-01-01..05
    assert shard_list(site) == [
        "2021-W24/",
        "2020-W52/",
        "2020-W10/",
        "2020-W02/",
        "2020-W01/",
    ]
    stories = [p.relative_to(site).parts for p in story_pages(site)]
    weeks = Counter(week(y, m, day) for y, m, day, *_ in stories if day != "page")
    for shard, stories in weeks.items():
        entry = json.loads(
            (site / "pagefind" / shard / "pagefind-entry.json").read_text()
        )
        counted = sum(lang["page_count"] for lang in entry["languages"].values())
        assert counted == stories, shard
    assert not (site / "pagefind" / "pagefind.js").exists()


def test_one_search_finds_stories_of_several_weeks(browser, base_url):
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


def bundle_files(out, shard: str) -> dict[str, tuple[int, bytes]]:
    folder = out / "pagefind" / shard
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def fragments_text(out, shard: str) -> str:
    return " ".join(
        json.loads(gzip.decompress(p.read_bytes()).removeprefix(b"pagefind_dcd"))[
            "content"
        ]
        for p in sorted((out / "pagefind" / shard / "fragment").iterdir())
    )


def test_editing_one_story_indexes_only_its_week_again(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "output"
    seeds.mkdir()
    for name, lede in STORIES.items():
        text = f"{lede}\nOfficials gave no details.\nThe talks went on.\n"
        (seeds / name).write_text(text, encoding="utf-8")
    build = ("build", "--seeds", str(seeds), "--output", str(out))
    run_invoke(*build)
    before = {m: bundle_files(out, m) for m in ("2020-W02", "2020-W07", "2020-W11")}
    story = seeds / "2020-02-11-two.txt"
    story.write_text(
        story.read_text(encoding="utf-8").replace("went on", "ended at the quayside"),
        encoding="utf-8",
    )
    run_invoke(*build)
    after = {m: bundle_files(out, m) for m in before}
    # same files (inodes): not indexed again
    assert after["2020-W02"] == before["2020-W02"]
    assert after["2020-W11"] == before["2020-W11"]
    assert after["2020-W07"] != before["2020-W07"]
    assert "quayside" in fragments_text(out, "2020-W07")
    assert "quayside" not in fragments_text(out, "2020-W02")


def test_older_weeks_are_searched_on_request(tmp_path, browser):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(14):  # fourteen weeks, a story each; the oldest names a quayside
        day = date(2020, 1, 6) + timedelta(weeks=n)
        words = "at the quayside" if n == 0 else "in the capital"
        lede = (
            f"MOSCOW, {day:%B} {day.day}. /TASS/. Talks number {n} were held {words}."
        )
        (seeds / f"{day.isoformat()}-talks.txt").write_text(lede, encoding="utf-8")
    out = tmp_path / "output"
    with build_and_serve(seeds, out) as base:
        assert len(shard_list(out)) == 14
        page = browser.new_page()
        page.goto(base + "search/?q=quayside")
        status = page.locator("#search-status")
        expect(status).to_contain_text("quayside", timeout=10_000)
        assert "No stories found" in status.inner_text()
        assert "newest 12 weeks" in status.inner_text()
        page.get_by_role("button", name="Search older stories").click()
        page.wait_for_selector("#search-results li", timeout=10_000)
        links = page.locator("#search-results li h2 a")
        assert links.count() == 1
        assert "/2020/01/06/" in links.first.get_attribute("href")
        assert page.get_by_role("button", name="Search older stories").is_hidden()
        page.close()
