"""Nothing a seed says writes outside the output; a failed build keeps the old site."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from tests.support.hostile import ROOT, build, write_settings

PATHLIKE = (
    "Title: ../../../../../../tmp/escape/../index\n"
    "Section: ../../../../outside\n"
    "Tags: ../../../../tags-escape, /etc/passwd, .., ., ~\n"
    "Summary: ../../../../summary\n"
    "Id: ..x..\n"
    "Slug: .hidden~-_.x\n\n"
    "MOSCOW, January 4. /TASS/. Paths are plain text.\n"
)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(folder).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def only_the_lock_is_left(folder: Path) -> bool:
    """Return whether the builds in folder left nothing but out/'s build lock."""
    names = sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
    return names == [".out.staging"] and [
        p.name for p in (folder / ".out.staging").iterdir()
    ] == ["lock"]


def test_hostile_seeds_write_only_inside_the_output_folder(hostile_site):
    folder = hostile_site.folder
    assert sorted(p.name for p in folder.iterdir()) == [
        ".out.staging",  # the build lock, and the work folders of a running build
        "cache",
        "out",
        "outside",
        "seeds",
    ]
    assert [p.name for p in (folder / ".out.staging").iterdir()] == ["lock"]
    out = hostile_site.out.resolve()
    for path in hostile_site.out.rglob("*"):
        assert path.resolve().is_relative_to(out), path
        assert not path.is_symlink(), path
    assert sorted(p.name for p in (folder / "outside").rglob("*")) == [
        "dir",
        "inner.txt",
        "secret.txt",
    ]


def test_path_like_header_values_stay_inside(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "..weird name ...txt").write_text(PATHLIKE)
    site = build(tmp_path, "--strict")
    assert "1 stories published, 0 reported" in site.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".out.staging",
        "cache",
        "out",
        "seeds",
    ]
    out = site.out.resolve()
    for path in site.out.rglob("*"):
        assert path.resolve().is_relative_to(out), path
    assert (site.out / "2020/01/04/.hidden~-_.x/index.html").is_file()
    assert not list(site.out.glob("**/passwd*"))


def raising_theme(folder: Path) -> Path:
    theme = folder / "theme"
    shutil.copytree(ROOT / "theme", theme)
    article = theme / "templates" / "article.html"
    text = article.read_text().replace(
        "{% block content %}", "{% block content %}{{ article.title | no_such_filter }}"
    )
    assert "no_such_filter" in text
    article.write_text(text)
    return theme


def test_a_crash_mid_build_leaves_the_previous_site(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "MOSCOW, January 4. /TASS/. First story.\n"
    )
    build(tmp_path)
    before = snapshot(tmp_path / "out")
    assert len(before) > 10
    (tmp_path / "seeds" / "b.txt").write_text(
        "MOSCOW, January 5. /TASS/. Second story.\n"
    )
    settings = write_settings(tmp_path, THEME=str(raising_theme(tmp_path)))
    site = build(tmp_path, settings=settings, check=False)
    assert "no_such_filter" in site.stdout
    assert snapshot(tmp_path / "out") == before
    assert only_the_lock_is_left(tmp_path)


def test_strict_failure_on_a_hostile_seed_leaves_the_previous_site(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "MOSCOW, January 4. /TASS/. First story.\n"
    )
    build(tmp_path)
    before = snapshot(tmp_path / "out")
    (tmp_path / "seeds" / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    site = build(tmp_path, "--strict", check=False)
    assert "report: seeds/b.txt: binary data" in site.stdout
    assert snapshot(tmp_path / "out") == before
    assert only_the_lock_is_left(tmp_path)
