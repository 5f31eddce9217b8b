"""Output depends on the repository alone: no clock, locale, hash seed or file order."""

import shutil

import feedparser
from conftest import FIXTURES, run_invoke


def tree(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_two_builds_in_different_environments_are_byte_identical(tmp_path):
    first = tmp_path / "first"
    run_invoke(
        "build",
        "--seeds",
        str(FIXTURES / "seeds"),
        "--output",
        str(first),
        env={"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "1"},
    )
    reversed_seeds = tmp_path / "reversed"
    reversed_seeds.mkdir()
    for seed in sorted((FIXTURES / "seeds").iterdir(), reverse=True):
        shutil.copy(seed, reversed_seeds / seed.name)
    second = tmp_path / "second"
    run_invoke(
        "build",
        "--seeds",
        str(reversed_seeds),
        "--output",
        str(second),
        env={"TZ": "America/Adak", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "4242"},
    )
    a, b = tree(first), tree(second)
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def entry_ids(out):
    return [e.id for e in feedparser.parse(str(out / "feeds/all.atom.xml")).entries]


def test_ids_survive_siteurl_title_and_slug_changes(fixture_seeds, tmp_path):
    first = tmp_path / "first"
    run_invoke("build", "--seeds", str(fixture_seeds), "--output", str(first))
    seed = fixture_seeds / "tass_basic.txt"
    seed.write_text(
        "Title: A different headline\nSlug: other-slug\n" + seed.read_text()
    )
    second = tmp_path / "second"
    run_invoke(
        "build",
        "--seeds",
        str(fixture_seeds),
        "--output",
        str(second),
        "--siteurl",
        "https://elsewhere.example.com/news",
    )
    before, after = entry_ids(first), entry_ids(second)
    assert len(set(before)) == 3
    assert sorted(before) == sorted(after)
    assert (second / "2020/03/03/other-slug/index.html").is_file()
    assert (
        "https://elsewhere.example.com/news/2020/03/03/other-slug/"
        in (second / "feeds/all.atom.xml").read_text()
    )
