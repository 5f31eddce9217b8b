"""The feeds of the fixture seeds, byte for byte (rewritten by `invoke goldens`)."""

from pathlib import Path

GOLDEN = Path(__file__).parent.parent / "golden" / "feeds"


def tree(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_feeds_match_the_goldens(built_site):
    built, golden = tree(built_site / "feeds"), tree(GOLDEN)
    assert {"all.atom.xml", "all.rss.xml", "all.json"} <= golden.keys()
    assert sorted(built) == sorted(golden)
    assert [name for name in golden if built[name] != golden[name]] == []
