from __future__ import annotations

import json
from pathlib import Path

import pytest

# Modules collected after this file may `from conftest import ...`: pytest gives this
# file that same module name, so it hands the shared helpers on.
from tests.conftest import FIXTURES, run_invoke  # noqa: F401
from tests.support.hostile import (  # noqa: F401 - ROOT is handed on too
    ROOT,
    Site,
    build,
    default_settings,
    invoke,
    make_hostile_seeds,
)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Site:
    """One build of every hostile seed."""
    folder = tmp_path_factory.mktemp("hostile")
    make_hostile_seeds(folder)
    return build(folder)


@pytest.fixture(scope="session")
def inspected(hostile_site) -> dict[str, dict]:
    """`invoke inspect` of every hostile seed, by file name."""
    done = invoke(
        hostile_site.folder,
        "inspect",
        "--settings",
        str(default_settings(hostile_site.folder)),
        "--path",
        "seeds",
    )
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {Path(r["source"]).relative_to("seeds").as_posix(): r for r in records}
