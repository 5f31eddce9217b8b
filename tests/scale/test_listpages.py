"""Tag and section pages from Wiredesk's generator equal those Pelican writes itself."""

import subprocess
import sys

from conftest import ROOT
from wiredesk.benchdata import write_corpus

BUILD = """
import sys
import wiredesk.plugin as plugin
from wiredesk.build import load_settings, run_build
if sys.argv[4] == "pelican":
    plugin.take_over_list_pages = lambda generator: None
    plugin.ListPages.generate_output = lambda self, writer: None
settings = load_settings(sys.argv[1], seeds=sys.argv[2], output=sys.argv[3])
settings["WIREDESK_CACHE_PATH"] = sys.argv[3] + "-cache"
run_build(settings)
"""


def build(seeds, output, writer):
    subprocess.run(
        [
            sys.executable,
            "-c",
            BUILD,
            str(ROOT / "pelicanconf.py"),
            str(seeds),
            str(output),
            writer,
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "plugins"), "PATH": "/usr/bin:/bin"},
    )


def pages(root, folder):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted((root / folder).rglob("*.html"))
    }


def test_list_pages_match_pelicans_own(tmp_path):
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 90)
    build(seeds, tmp_path / "ours", "wiredesk")
    build(seeds, tmp_path / "pelican", "pelican")
    for folder in ("tag", "section"):
        ours, theirs = (
            pages(tmp_path / "ours", folder),
            pages(tmp_path / "pelican", folder),
        )
        assert len(ours) > 5
        assert ours.keys() == theirs.keys()
        assert [k for k in ours if ours[k] != theirs[k]] == []
