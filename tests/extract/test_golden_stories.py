from pathlib import Path

import pytest
from wiredesk.goldens import story_json

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden" / "stories"
SEEDS = TESTS / "fixtures" / "seeds"


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_story_matches_its_golden(golden):
    # regenerate with `invoke goldens` and review the diff
    assert story_json(SEEDS / f"{golden.stem}.txt") == golden.read_text(
        encoding="utf-8"
    )


def test_there_are_story_goldens():
    assert len(list(GOLDEN.glob("*.json"))) >= 3
