from pathlib import Path

import pytest

from tools.goldens import story_json

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden" / "stories"
SEEDS = TESTS / "fixtures" / "seeds"


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_story_matches_its_golden(seed):
    # every fixture seed has a golden: regenerate with `invoke goldens`, review the diff
    golden = GOLDEN / f"{seed.stem}.json"
    assert golden.is_file(), f"{seed.name} has no golden: run `invoke goldens`"
    assert story_json(seed) == golden.read_text(encoding="utf-8")


def test_every_golden_has_its_fixture_seed():
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(
        p.stem for p in SEEDS.glob("*.txt")
    )


def test_there_are_story_goldens():
    assert len(list(GOLDEN.glob("*.json"))) >= 3
