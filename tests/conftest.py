from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def run_invoke(*args: str, env: dict[str, str] | None = None, check: bool = True):
    """Run `invoke ARGS` in the project root the way a user does."""
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=check,
    )


@pytest.fixture
def seed_text():
    def read(name: str) -> str:
        return (FIXTURES / "seeds" / name).read_text(encoding="utf-8")

    return read


@pytest.fixture
def fixture_seeds(tmp_path) -> Path:
    """A writable copy of the fixture seeds."""
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "seeds", seeds)
    return seeds


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """One end-to-end build of the fixture seeds into a temporary folder."""
    out = tmp_path_factory.mktemp("site") / "output"
    run_invoke("build", "--seeds", str(FIXTURES / "seeds"), "--output", str(out))
    return out


@pytest.fixture
def invoke():
    """run_invoke for tests in subfolders, where `conftest` may name another module."""
    return run_invoke


@pytest.fixture(scope="session")
def browser():
    """A headless Debian chromium driven by Playwright, shared by every browser test."""
    from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, require_tool  # noqa: PLC0415

    require_tool(CHROMIUM)
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The project's wheel, built once per test run."""
    from tests.support.venvs import build_wheel  # noqa: PLC0415

    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def wheel_venv(tmp_path_factory, wheel) -> Path:
    """A fresh venv with the wheel, Markdown and a PyPI theme, as a Pelican site has."""
    from tests.support.venvs import make_venv  # noqa: PLC0415

    folder = tmp_path_factory.mktemp("wheel-venv") / "venv"
    return make_venv(folder, str(wheel), "markdown", "pelican-theme-reflex")


@pytest.fixture(scope="session")
def core_venv(tmp_path_factory, wheel) -> Path:
    """A fresh venv with the wheel and only the pure core's dependencies: no Pelican."""
    from tests.support.venvs import CORE_REQUIREMENTS, install, make_venv  # noqa: PLC0415

    folder = make_venv(
        tmp_path_factory.mktemp("core-venv") / "venv", str(wheel), no_deps=True
    )
    install(folder, *CORE_REQUIREMENTS)
    return folder
