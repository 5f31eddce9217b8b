"""Files are replaced whole or not at all, and never rewritten with the same bytes."""

from __future__ import annotations

import os

import pytest
from pelican.plugins.wiredesk.output.atomic import atomic_file, write_changed, write_new
from pelican.plugins.wiredesk.output.lock import staging_area, work_folder


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path):
    target = tmp_path / "feed.xml"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as f:
        f.write(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]


def test_a_finished_write_replaces_the_file(tmp_path):
    target = tmp_path / "feed.xml"
    target.write_bytes(b"old")
    with atomic_file(target) as f:
        f.write(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]


def test_same_bytes_keep_the_file_and_its_mtime(tmp_path):
    root = tmp_path / "site"
    assert write_changed(str(root), "a/index.html", b"<p>one</p>")
    page = root / "a" / "index.html"
    os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    assert not write_changed(str(root), "a/index.html", b"<p>one</p>")
    assert page.stat().st_mtime_ns == 1_000_000_000
    assert write_changed(str(root), "a/index.html", b"<p>two</p>")
    assert page.read_bytes() == b"<p>two</p>"


def test_writes_into_a_staging_folder_use_the_outputs_own_area(tmp_path):
    output = tmp_path / "site"
    staging = work_folder(output, "build")
    write_changed(str(staging), "feeds/all.atom.xml", b"<feed/>")
    assert (staging / "feeds" / "all.atom.xml").read_bytes() == b"<feed/>"
    area = staging_area(output)
    # no staging area of the staging folder, no temporary file left over
    assert sorted(p.name for p in area.iterdir()) == [staging.name]
    assert not staging_area(staging).exists()


def test_a_fresh_file_gets_the_folders_it_needs_at_any_depth(tmp_path):
    (tmp_path / "tag").mkdir()
    for rel in ("index.html", "tag/oil/index.html", "2026/01/02/story/index.html"):
        assert write_new(str(tmp_path), rel, rel.encode())
        assert (tmp_path / rel).read_bytes() == rel.encode()
