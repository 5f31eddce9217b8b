"""Cache pickles: what is read goes to the collector's oldest generation."""

import gc

from pelican.plugins.wiredesk.catalog.pickles import dump_pickle, load_pickle


def in_generation(value, generation):
    return any(o is value for o in gc.get_objects(generation))


def test_what_is_read_is_old_at_once(tmp_path):
    file = tmp_path / "x.pickle"
    dump_pickle(file, [["story", n] for n in range(1000)])  # lists: always tracked
    loaded = load_pickle(file)
    assert in_generation(loaded, 2)
    assert in_generation(loaded[500], 2)


def test_frozen_objects_stay_frozen(tmp_path):
    file = tmp_path / "x.pickle"
    dump_pickle(file, [["story", n] for n in range(10)])
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        loaded = load_pickle(file)
        assert gc.get_freeze_count() == frozen
        assert not in_generation(loaded, 2)
    finally:
        gc.unfreeze()
