"""A themed site with stories enough to paginate, served on 127.0.0.1 under a path."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitetools import PREFIX, write_seeds

# Test modules collected after this file may `from conftest import ...`: pytest gives
# this file that same module name, so it hands the shared helpers on.
from tests.conftest import FIXTURES, ROOT, run_invoke  # noqa: F401
from tests.support.crawl import free_port, serve_folder


@pytest.fixture(scope="session")
def themed_site(tmp_path_factory):
    """Build the site once; yield (output folder, served base URL ending in '/')."""
    root = tmp_path_factory.mktemp("themed")
    write_seeds(root / "seeds")
    port = free_port()
    site = root / "output"
    run_invoke(
        "build",
        "--seeds",
        str(root / "seeds"),
        "--output",
        str(site),
        "--siteurl",
        f"http://127.0.0.1:{port}{PREFIX}",
    )
    with serve_folder(site, prefix=PREFIX, port=port) as base:
        yield site, base


@pytest.fixture(scope="session")
def site(themed_site) -> Path:
    return themed_site[0]


@pytest.fixture(scope="session")
def base_url(themed_site) -> str:
    return themed_site[1]
