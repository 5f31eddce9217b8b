"""The plugin as a Pelican user installs it: a wheel, discovery, the bare core."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.support.project import ROOT
from tests.support.venvs import CORE_REQUIREMENTS, venv_python

CHECK_DISCOVERY = (
    "from pelican.plugins._utils import get_namespace_plugins;"
    "print(sorted(get_namespace_plugins()))"
)


def run_python(python: Path, code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=False
    )


def test_wheel_holds_the_plugin_its_templates_and_no_tools(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    package = "pelican/plugins/wiredesk/"
    sources = {
        package + p.relative_to(ROOT / "plugins/wiredesk").as_posix()
        for p in (ROOT / "plugins/wiredesk").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert sources <= names, sorted(sources - names)
    assert any(n.startswith(package + "templates/") for n in names)
    assert not any(n.startswith(("tools/", "tests/")) for n in names)
    # namespace packages stay namespaces: the wheel never owns Pelican's own files
    assert "pelican/__init__.py" not in names
    assert "pelican/plugins/__init__.py" not in names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Name: pelican-wiredesk" in text
    for tool in ("invoke", "psutil", "watchfiles", "ghp-import"):
        required = [
            line
            for line in text.splitlines()
            if line.startswith(f"Requires-Dist: {tool}")
        ]
        assert all("extra ==" in line for line in required), required


def test_pelican_discovers_the_installed_wheel_by_namespace(wheel_venv):
    found = run_python(venv_python(wheel_venv), CHECK_DISCOVERY)
    assert found.returncode == 0, found.stderr
    assert "pelican.plugins.wiredesk" in found.stdout


def test_this_checkout_loads_the_plugin_by_its_one_name():
    code = (
        "from pelican.plugins._utils import load_plugins;"
        "[p] = load_plugins({'PLUGINS': ['pelican.plugins.wiredesk']});"
        "print(p.__name__, callable(p.register))"
    )
    loaded = run_python(Path(sys.executable), code)
    assert loaded.stdout.split() == ["pelican.plugins.wiredesk", "True"], loaded.stderr
    assert "PLUGIN_PATHS" not in (ROOT / "pelicanconf.py").read_text()


def test_the_pure_core_runs_without_pelican(core_venv):
    python = venv_python(core_venv)
    no_pelican = run_python(python, "import pelican.settings")
    assert no_pelican.returncode != 0
    code = (
        "from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story;"
        "s = extract_story(b'MOSCOW, January 4. /TASS/. Russia and China held talks "
        "on trade in Moscow on Thursday.', name='2024-01-04-talks.txt',"
        " options=ExtractOptions(id_authority='example.org,2026'));"
        "print(s.city, s.agency, s.date.date())"
    )
    story = run_python(python, code)
    assert story.returncode == 0, story.stderr
    assert story.stdout.split() == ["Moscow", "TASS", "2024-01-04"]


def test_core_requirements_are_the_declared_runtime_ones():
    pyproject = (ROOT / "pyproject.toml").read_text()
    for requirement in CORE_REQUIREMENTS:
        assert f'"{requirement}' in pyproject, requirement
