"""Wiredesk's tasks: `invoke --list` shows them."""

from __future__ import annotations

import json
import logging
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from invoke import Exit, task

CONFIG = {
    "settings_base": "pelicanconf.py",
    "settings_publish": "publishconf.py",
    "output": "output",
    "cache": "cache",
    "port": 8000,
    "pages_branch": "gh-pages",
    "pages_remote": "origin",
    "watch": (
        "seeds",
        "content",
        "theme",
        "plugins",
        "pelicanconf.py",
        "publishconf.py",
    ),
}


@task
def clean(c):
    """Remove the built site, its staging area and the extraction cache."""
    from pelican.plugins.wiredesk.output.lock import (  # noqa: PLC0415
        hold_output_lock,
        staging_area,
    )

    output = Path(CONFIG["output"])
    with hold_output_lock(output):  # never while a build writes it
        for folder in (output, Path(CONFIG["cache"]), staging_area(output)):
            shutil.rmtree(folder, ignore_errors=True)


@task(
    help={
        "seeds": "folder of seed stories (default: seeds/)",
        "output": "folder to build into (default: output/)",
        "siteurl": "public base URL of the site (default: the settings' SITEURL)",
        "strict": "fail, and keep the previous output, when any seed is reported",
        "settings": "Pelican settings file (default: pelicanconf.py)",
    }
)
def build(c, seeds=None, output=None, siteurl=None, strict=False, settings=None):  # noqa: PLR0917 - invoke maps flags to parameters
    """Build the site from seeds/ into output/, listing every seed that was left out."""
    from pelican.plugins.wiredesk.build.cli import load_settings, run_build  # noqa: PLC0415

    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    conf = load_settings(
        settings or CONFIG["settings_base"], seeds=seeds, output=output, siteurl=siteurl
    )
    from pelican.plugins.wiredesk.build.progress import Progress  # noqa: PLC0415

    result = run_build(conf, strict=strict, progress=Progress())
    for warning in result.warnings:
        print(f"warning: {warning}")
    for report in result.reports:
        print(f"report: {report}")
    print(
        f"{result.published} stories published, {len(result.reports)} reported, "
        f"{len(result.warnings)} warnings in {result.seconds:.2f} s"
    )
    if strict and result.reports:
        raise Exit(
            f"--strict: {len(result.reports)} seed(s) reported; output left unchanged",
            code=1,
        )


@task
def serve(c, port=CONFIG["port"]):
    """Serve output/ on http://127.0.0.1:8000 (the pelicanconf SITEURL)."""
    c.run(
        f"{sys.executable} -m http.server {port} --bind 127.0.0.1 "
        f"--directory {CONFIG['output']}",
        pty=False,
    )


@task(help={"port": "port to serve on (default: 8000, the pelicanconf SITEURL)"})
def livereload(c, port=CONFIG["port"]):
    """Serve output/ and rebuild, then reload the browser, when sources change."""
    from tools.devserver import run_devserver  # noqa: PLC0415

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    command = [
        sys.executable,
        "-m",
        "invoke",
        "build",
        "--siteurl",
        f"http://127.0.0.1:{port}",
    ]

    def rebuild() -> bool:
        return subprocess.run(command, check=False).returncode == 0

    run_devserver(
        Path(CONFIG["output"]), int(port), [Path(p) for p in CONFIG["watch"]], rebuild
    )


@task(
    help={
        "push": "push the gh-pages branch to the remote afterwards",
        "remote": "git remote to push to (default: origin)",
        "siteurl": "public base URL (default: publishconf's SITEURL)",
    }
)
def gh_pages(c, push=False, remote=CONFIG["pages_remote"], siteurl=None):
    """Build the public site with --strict and commit output/ to the gh-pages branch."""
    branch = CONFIG["pages_branch"]
    build(c, strict=True, siteurl=siteurl, settings=CONFIG["settings_publish"])
    if push:  # start from the published branch when this clone has none yet
        c.run(
            f"git fetch --quiet {shlex.quote(remote)} {branch}:{branch}",
            warn=True,
            hide=True,
        )
    source = c.run("git rev-parse --short HEAD", warn=True, hide=True).stdout.strip()
    message = f"Publish the site built from {source or 'the working tree'}"
    command = [
        sys.executable,
        "-m",
        "ghp_import",
        "--branch",
        branch,
        "--message",
        message,
    ]
    if push:
        command += ["--push", "--remote", remote]
    c.run(shlex.join([*command, CONFIG["output"]]), pty=False)
    print(f"published {CONFIG['output']}/ to {branch}", f"on {remote}" if push else "")


@task
def test(c):
    """Run the whole test suite."""
    c.run(f"{sys.executable} -m pytest", pty=False)


@task
def lint(c):
    """Check code style with ruff."""
    c.run(
        f"{sys.executable} -m ruff check . && {sys.executable} -m ruff format --check ."
    )


@task
def fmt(c):
    """Fix what ruff can fix and format the code."""
    c.run(f"{sys.executable} -m ruff check --fix . ; {sys.executable} -m ruff format .")


@task
def goldens(c):
    """Rewrite tests/golden/ from the fixture seeds, then show the diff."""
    import tempfile  # noqa: PLC0415

    golden = Path("tests/golden/feeds")
    with tempfile.TemporaryDirectory() as tmp:
        build(c, seeds="tests/fixtures/seeds", output=f"{tmp}/output")
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(Path(tmp) / "output" / "feeds", golden)
    from tools.goldens import write_story_goldens  # noqa: PLC0415

    write_story_goldens(Path("tests/fixtures/seeds"), Path("tests/golden/stories"))
    c.run("git diff --stat -- tests/golden")


@task(iterable=["path"], help={"path": "a seed file or a folder of seeds (repeatable)"})
def inspect(c, path, settings=None):
    """Print what Wiredesk derives from each seed, one JSON object per line."""
    from pelican.plugins.wiredesk.build.cli import load_settings  # noqa: PLC0415
    from pelican.plugins.wiredesk.build.inspect import inspect_paths  # noqa: PLC0415

    if not path:
        raise Exit("give at least one --path", code=2)
    conf = load_settings(settings or CONFIG["settings_base"])
    for record in inspect_paths(path, conf):
        print(json.dumps(record, ensure_ascii=False, sort_keys=True))


@task(
    help={
        "corpus": "folder with truth.jsonl and the story files it names",
        "json": "print one JSON object instead of the table",
        "review": "write a blind review sheet of the corpus's headlines to this file",
        "key": "where the review key goes (default: key.json beside the sheet or "
        "the verdicts)",
        "score_review": "tally a file of `NUMBER VERDICT` lines against the key",
        "seed": "sample and order of the review sheet (default 0)",
    }
)
def eval(c, corpus=None, json=False, review=None, key=None, score_review=None, seed=0):  # noqa: PLR0917 - invoke maps flags to parameters
    """Measure datelines, headlines and places against a corpus with real headlines."""
    import json as json_lib  # noqa: PLC0415 - the flag shadows the module name

    from tools.evaluation import evaluate, format_table  # noqa: PLC0415

    if score_review:
        _score_review(Path(score_review), key)
        return
    if not corpus:
        raise Exit("give --corpus DIR (or --score-review VERDICTS)", code=2)
    if review:
        _write_review(Path(corpus), Path(review), key, int(seed))
        return
    scores = evaluate(Path(corpus))
    print(json_lib.dumps(scores, sort_keys=True) if json else format_table(scores))


def _write_review(corpus: Path, sheet: Path, key: str | None, seed: int) -> None:
    from tools.evalreview import pick_entries, review_key, review_sheet  # noqa: PLC0415
    from tools.evaluation import review_entries  # noqa: PLC0415

    entries = pick_entries(*review_entries(corpus), seed=seed)
    key_path = Path(key) if key else sheet.parent / "key.json"
    if key_path.resolve() == sheet.resolve():
        raise Exit("the key must not be the sheet itself", code=2)
    sheet.parent.mkdir(parents=True, exist_ok=True)
    key_path.parent.mkdir(parents=True, exist_ok=True)
    sheet.write_text(review_sheet(entries), encoding="utf-8")
    key_path.write_text(json.dumps(review_key(entries), indent=1), encoding="utf-8")
    print(f"{len(entries)} headlines: sheet {sheet}, key {key_path}")


def _score_review(verdicts: Path, key: str | None) -> None:
    from tools.evalreview import format_tally, parse_verdicts, tally  # noqa: PLC0415

    key_path = Path(key) if key else verdicts.parent / "key.json"
    try:
        table = json.loads(key_path.read_text(encoding="utf-8"))
        given = parse_verdicts(verdicts.read_text(encoding="utf-8").splitlines())
        groups = tally(table, given)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise Exit(f"{verdicts} / {key_path}: {e}", code=2) from e
    if not given:
        raise Exit(f"{verdicts}: no `NUMBER VERDICT` line", code=2)
    print(format_tally(groups, missing=len(table["items"]) - len(given)))


@task(
    help={
        "stories": "build N (or N,M,...) synthetic stories: full, no-change, edit, add",
        "anchors": "compare with vanilla Pelican and Hugo on N (or N,M,...) stories",
        "workdir": "scratch folder (default: /tmp/wiredesk-bench-N)",
        "hostile": "worst per-seed extraction time over the hostile seed set",
        "profile": "also profile a full build of the largest size; print the top 15",
    }
)
def bench(c, stories=None, anchors=None, workdir=None, hostile=False, profile=False):  # noqa: PLR0917 - invoke maps flags to parameters
    """Time full and incremental builds of a synthetic archive, or of the anchors."""
    from tools.benchrun import bench_report  # noqa: PLC0415
    from tools.benchsummary import parse_sizes  # noqa: PLC0415

    try:
        counts = parse_sizes(stories, "stories"), parse_sizes(anchors, "anchors")
    except ValueError as e:
        raise Exit(str(e), code=2) from e
    if not counts[0] and not counts[1] and not hostile:
        raise Exit("give --stories N[,M...], --anchors N[,M...] or --hostile", code=2)
    if hostile:
        from pelican.plugins.wiredesk.build.cli import load_settings  # noqa: PLC0415
        from pelican.plugins.wiredesk.settings import extract_options  # noqa: PLC0415

        from tools.hostile import measure_hostile  # noqa: PLC0415

        options = extract_options(load_settings(CONFIG["settings_base"]))
        seconds, name, count = measure_hostile(options)
        print(
            f"hostile seeds: worst per-seed extraction {seconds * 1000:.0f} ms "
            f"({name}, {count} seeds; target 50 ms)"
        )
    if counts[0] or counts[1]:
        script = (
            Path(__file__).resolve().parent.parent / "shared/bench-anchors/anchors.sh"
        )
        report = bench_report(*counts, workdir, script, profile=profile)
        print("\n".join(report))
