"""Seed files listed as plain strings, and named as reports and warnings name them."""

from pathlib import Path

import pytest
from pelican.plugins.wiredesk.catalog.seedfiles import (
    display_path,
    display_paths,
    list_seeds,
    seed_files,
)


@pytest.mark.parametrize(
    "rel",
    ["a.txt", "seeds/2019-01/b.txt", "../out/c.txt", "..odd/d.txt", "../../e.txt"],
)
def test_display_paths_names_each_path_as_display_path_does(tmp_path, monkeypatch, rel):
    work = tmp_path / "one" / "two"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    path = str((work / rel).resolve())
    assert display_paths([path]) == {path: display_path(Path(path))}


def test_seed_files_are_list_seeds_with_their_absolute_paths(tmp_path, monkeypatch):
    for name in ("b/2.txt", "a.txt", "b/1.txt", "b/note.md", "c/d/3.txt"):
        (tmp_path / "seeds" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "seeds" / name).write_text("x")
    monkeypatch.chdir(tmp_path)
    found = seed_files(Path("seeds"))
    assert [Path(given) for given, _ in found] == list_seeds(Path("seeds"))
    assert [given for given, _ in found] == [
        "seeds/a.txt",
        "seeds/b/1.txt",
        "seeds/b/2.txt",
        "seeds/c/d/3.txt",
    ]
    assert [absolute for _, absolute in found] == [
        str(tmp_path / given) for given, _ in found
    ]
