"""Related stories from an inverted index of shared entities, never from all pairs."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

# Postings of very common entities are only searched near the story itself, so one story
# costs O(entities x WINDOW) whatever the size of the archive.
WINDOW = 64


def build_index(entities: Sequence[Sequence[str]]) -> dict[str, list[int]]:
    """Return entity -> ascending positions of the stories that name it."""
    index: dict[str, list[int]] = {}
    for position, names in enumerate(entities):
        for name in dict.fromkeys(names):
            index.setdefault(name, []).append(position)
    return index


def _neighbours(postings: list[int], position: int, window: int) -> list[int]:
    """Return the postings within window places of position's own place."""
    at = bisect_left(postings, position)
    return postings[max(0, at - window // 2) : at + window // 2 + 1]


def find_related(
    position: int,
    entities: Sequence[Sequence[str]],
    index: dict[str, list[int]],
    limit: int = 5,
    window: int = WINDOW,
) -> list[int]:
    """Return up to limit positions sharing most entities with position's story."""
    shared: Counter[int] = Counter()
    for name in dict.fromkeys(entities[position]):
        for other in _neighbours(index.get(name, []), position, window):
            if other != position:
                shared[other] += 1
    ranked = sorted(shared, key=lambda o: (-shared[o], abs(o - position), o))
    return ranked[:limit]


def relate_all(
    entities: Sequence[Sequence[str]], limit: int = 5, window: int = WINDOW
) -> list[list[int]]:
    """Return the related positions of every story, from one index built once."""
    index = build_index(entities)
    return [
        find_related(p, entities, index, limit, window) for p in range(len(entities))
    ]
