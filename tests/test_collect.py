"""A finished run leaves its objects beyond the collector until the next run."""

import gc
import shutil

from conftest import FIXTURES, ROOT
from pelican import signals
from pelican.plugins.wiredesk.build.cli import load_settings, run_build
from pelican.plugins.wiredesk.build.collect import rare_collections


def test_a_run_freezes_what_it_leaves_and_the_next_run_takes_it_back(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "seeds", seeds)
    settings = load_settings(
        str(ROOT / "pelicanconf.py"), seeds=str(seeds), output=str(tmp_path / "out")
    )
    settings["WIREDESK_CACHE_PATH"] = str(tmp_path / "cache")
    during = []

    def note(_generators):
        during.append(gc.get_freeze_count())

    signals.all_generators_finalized.connect(note)
    try:
        for _ in range(2):
            run_build(dict(settings))
            assert gc.get_freeze_count() > 0
    finally:
        signals.all_generators_finalized.disconnect(note)
        gc.unfreeze()
    assert during == [0, 0]


def test_a_build_gives_back_what_an_earlier_run_froze_before_reading_seeds():
    gc.freeze()
    try:
        with rare_collections():
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
