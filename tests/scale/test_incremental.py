"""A rebuild reusing the previous output gives exactly the bytes of a clean build."""

import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from pelican.plugins.wiredesk.build.cli import load_settings, run_build
from pelican.plugins.wiredesk.output import writer
from pelican.plugins.wiredesk.render import workers

from tools.benchdata import make_seed, write_corpus

STORIES = 200


def build(seeds: Path, output: Path, cache: Path):
    settings = load_settings(
        str(ROOT / "pelicanconf.py"), seeds=str(seeds), output=str(output)
    )
    settings["WIREDESK_CACHE_PATH"] = str(cache)
    return run_build(settings)


def tree(root: Path) -> dict[str, bytes]:
    # Pagefind's index is written by Pagefind itself over the finished pages.
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "pagefind" not in p.relative_to(root).parts
    }


def assert_same_as_clean_build(seeds: Path, output: Path, tmp: Path, name: str) -> None:
    clean = tmp / f"clean-{name}"
    build(seeds, clean, tmp / f"cache-{name}")
    incremental, expected = tree(output), tree(clean)
    assert sorted(incremental) == sorted(expected)
    assert [k for k in expected if incremental[k] != expected[k]] == []


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("incremental")
    seeds = tmp / "seeds"
    write_corpus(seeds, STORIES)
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.published == STORIES
    return tmp, seeds


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_edits_rebuild_to_the_clean_build_rendering_few_pages(site):
    tmp, seeds = site
    paths = sorted(seeds.rglob("*.txt"))
    edit(paths[50], "\n", " Officials declined to comment.\n")  # body only
    paths[120].write_text(
        "Title: A headline set by the editor\nSection: Culture\n\n"
        + paths[120].read_text()
    )
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.published == STORIES
    assert 0 < result.rendered < result.linked
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "edit")


def test_a_new_story_rebuilds_to_the_clean_build(site):
    tmp, seeds = site
    newest = make_seed(STORIES + 5)
    (seeds / newest.name).write_text(newest.text)
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.published == STORIES + 1
    assert result.linked > 0
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "add")


def test_deletions_and_old_additions_rebuild_to_the_clean_build(site):
    tmp, seeds = site
    paths = sorted(seeds.rglob("*.txt"))
    paths[10].unlink()
    paths[-1].unlink()  # the newest story: the front page moves
    old = make_seed(STORIES + 7)
    (seeds / ("2018-12-31-" + old.name[11:])).write_text(old.text)
    edit(
        paths[80],
        ", ",
        "; ",
    )
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.linked > 0
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "delete")


def files(root: Path) -> dict[Path, tuple[int, int]]:
    """Return each file below root with its inode and mtime."""
    return {
        p: (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


def test_a_rebuild_without_changes_renders_nothing_and_keeps_every_file(site):
    tmp, seeds = site
    before = files(tmp / "output")
    assert tmp / "output/theme/css/main.css" in before
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.rendered == 0
    assert files(tmp / "output") == before  # the theme's files not written again


def test_a_rebuild_restores_a_theme_file_gone_from_the_output(site):
    tmp, seeds = site
    style = tmp / "output/theme/css/main.css"
    style.unlink()
    build(seeds, tmp / "output", tmp / "cache")
    assert style.read_bytes() == (ROOT / "theme/static/css/main.css").read_bytes()


def test_a_changed_template_renders_every_page_again(site, tmp_path):
    tmp, seeds = site
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    footer = theme / "templates/partials/footer.html"
    footer.write_text(footer.read_text() + "<!-- build note -->\n")
    settings = load_settings(
        str(ROOT / "pelicanconf.py"), seeds=str(seeds), output=str(tmp / "output")
    )
    settings.update(WIREDESK_CACHE_PATH=str(tmp / "cache"), THEME=str(theme))
    result = run_build(settings)
    assert result.linked == 0
    page = next((tmp / "output").glob("20*/*/*/*/index.html"))
    assert "<!-- build note -->" in page.read_text()


def test_a_page_whose_previous_file_vanished_is_rendered_again(site):
    tmp, seeds = site
    output = tmp / "output"
    # a tag's page stands alone; a month's pages are printed as one unit
    removed = [
        sorted(output.glob("tag/*/page/2/index.html"))[0],
        output / "2019/01/page/2/index.html",
    ]
    for page in removed:
        page.unlink()
    result = build(seeds, output, tmp / "cache")
    assert result.rendered >= len(removed)
    assert all(page.is_file() for page in removed)
    assert_same_as_clean_build(seeds, output, tmp, "vanished")


def test_a_story_in_a_new_section_rebuilds_every_page_to_the_clean_build(site):
    tmp, seeds = site
    path = sorted(seeds.rglob("*.txt"))[30]
    path.write_text("Section: Weather\n\n" + path.read_text())
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.linked == 0  # the section menu on every page gains "Weather"
    front = (tmp / "output/index.html").read_text()
    assert 'href="http://127.0.0.1:8000/section/weather/">Weather</a>' in front
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "section")


def test_a_changed_content_page_builds_everything_with_pelican(site, tmp_path):
    tmp, seeds = site
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    settings = load_settings(
        str(ROOT / "pelicanconf.py"), seeds=str(seeds), output=str(tmp / "output")
    )
    settings.update(WIREDESK_CACHE_PATH=str(tmp / "cache"), PATH=str(content))
    run_build(settings)
    about = content / "pages/about.md"
    about.write_text(about.read_text() + "\nWire copy since 1904.\n")
    result = run_build(settings)
    assert result.linked == 0
    assert "Wire copy since 1904." in (tmp / "output/about/index.html").read_text()


def test_strict_with_a_report_leaves_a_built_output_untouched(site):
    tmp, seeds = site
    output = tmp / "output"
    before = tree(output)
    bad = seeds / "zz-bad.txt"
    bad.write_text("Title: A\nSave_as: ../../etc\n\nMOSCOW, May 1. /TASS/. Text.\n")
    settings = load_settings(
        str(ROOT / "pelicanconf.py"), seeds=str(seeds), output=str(output)
    )
    settings["WIREDESK_CACHE_PATH"] = str(tmp / "cache")
    try:
        result = run_build(settings, strict=True)
    finally:
        bad.unlink()
    assert not result.swapped
    assert [r.reason for r in result.reports] == ["unknown header Save_as"]
    assert tree(output) == before


def test_a_body_edit_renders_only_its_story_page_to_the_clean_build(site):
    tmp, seeds = site
    build(seeds, tmp / "output", tmp / "cache")  # whatever the tests before left
    path = sorted(seeds.rglob("*.txt"))[60]
    path.write_text(path.read_text() + "Officials declined to comment further.\n")
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.rendered == 1  # its list cards, names and neighbours are the same
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "body")


def test_a_sitemap_gone_from_the_output_is_written_again(site):
    tmp, seeds = site
    sitemap = tmp / "output/sitemap.xml"
    expected = sitemap.read_bytes()
    sitemap.unlink()
    build(seeds, tmp / "output", tmp / "cache")
    assert sitemap.read_bytes() == expected


def test_an_unreadable_state_builds_everything_to_the_clean_build(site):
    tmp, seeds = site
    path = sorted(seeds.rglob("*.txt"))[70]
    path.write_text(path.read_text() + "The talks resume next week.\n")
    for state in (tmp / "cache").glob("site-*.pickle"):
        state.write_bytes(b"not a pickle")
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.linked == 0
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "unreadable")


def test_a_new_story_takes_kept_fragments_and_rebuilds_to_the_clean_build(
    site, monkeypatch
):
    tmp, seeds = site
    monkeypatch.setattr(writer, "LEND_FROM", 1)  # this small site: any page
    build(seeds, tmp / "output", tmp / "cache")  # whatever the tests before left
    assert len(list((tmp / "cache").glob("parts-*.pickle"))) == 1
    newest = make_seed(STORIES + 9)
    (seeds / newest.name).write_text(newest.text)
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.rendered > 1  # the lists the story joins, page by page
    assert_same_as_clean_build(seeds, tmp / "output", tmp, "kept-fragments")


def test_a_rebuild_without_search_writes_feeds_while_workers_render_pages(
    site, monkeypatch
):
    tmp, seeds = site
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)  # this small site: fork anyway
    plain = tmp / "unsearched"

    def build_plain(output: Path):
        settings = load_settings(
            str(ROOT / "pelicanconf.py"), seeds=str(seeds), output=str(output)
        )
        settings["WIREDESK_CACHE_PATH"] = str(plain / "cache")
        settings["WIREDESK_SEARCH"] = False
        return run_build(settings)

    build_plain(plain / "output")
    newest = make_seed(STORIES + 11)
    (seeds / newest.name).write_text(newest.text)
    result = build_plain(plain / "output")
    assert result.rendered > 1
    assert result.linked > 0  # rebuilt in place
    build_plain(plain / "clean")
    assert tree(plain / "output") == tree(plain / "clean")


def test_a_searched_rebuild_writes_feeds_and_sitemaps_once(site, monkeypatch):
    tmp, seeds = site
    calls = []
    write = writer._write_feeds_and_others

    def counted(*args):
        calls.append(args)
        return write(*args)

    monkeypatch.setattr(writer, "_write_feeds_and_others", counted)
    newest = make_seed(STORIES + 13)
    (seeds / newest.name).write_text(newest.text)
    result = build(seeds, tmp / "output", tmp / "cache")
    assert result.linked > 0
    assert len(calls) == 1
