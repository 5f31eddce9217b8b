"""Related stories from an inverted index of shared entities, never from all pairs.

Stories come newest first, ordered by (-stamp, key). A story's related list depends only
on its own names and, for each name, on the stories within WINDOW // 2 places of it in
that name's postings; ties go to the nearest in time, then the smallest key. A rebuild
after a few edits recomputes only the stories whose windows the edits can reach.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain
from operator import neg

from .spread import Spread, in_order

# Postings of very common entities are only searched near the story itself, so one story
# costs O(entities x WINDOW) whatever the size of the archive.
WINDOW = 64


@dataclass(frozen=True)
class Archive:
    """Stories newest first with the index of who names what, built once."""

    entities: Sequence[Sequence[str]]
    stamps: Sequence[float]
    keys: Sequence[str]
    index: dict[str, list[int]]


def build_index(entities: Sequence[Sequence[str]]) -> dict[str, list[int]]:
    """Return entity -> ascending positions of the stories that name it."""
    index: dict[str, list[int]] = {}
    for position, names in enumerate(entities):
        for name in dict.fromkeys(names):
            index.setdefault(name, []).append(position)
    return index


def index_archive(
    entities: Sequence[Sequence[str]], stamps: Sequence[float], keys: Sequence[str]
) -> Archive:
    """Return the archive with its index; refuse lists not ordered by (-stamp, key)."""
    if not len(entities) == len(stamps) == len(keys):
        raise ValueError("entities, stamps and keys differ in length")
    for p in range(1, len(keys)):
        if (-stamps[p - 1], keys[p - 1]) >= (-stamps[p], keys[p]):
            raise ValueError(f"story {keys[p]!r} is out of (-stamp, key) order")
    return Archive(entities, stamps, keys, build_index(entities))


def _nearest(archive: Archive, side: list[int], count: int) -> list[int]:
    """Return the count stories of side (nearest first) nearest in time, and ties."""
    if len(side) <= count:
        return side
    stamps, end = archive.stamps, count
    while end < len(side) and stamps[side[end]] == stamps[side[count - 1]]:
        end += 1
    return side[:end]


def _closest(archive: Archive, position: int, tied: list[int], count: int) -> list[int]:
    """Return the count stories of tied nearest in time to position, then by key."""
    stamps, keys, stamp = archive.stamps, archive.keys, archive.stamps[position]
    tied.sort()
    at = bisect_left(tied, position)
    # Stamps fall with position, so the nearest in time sit nearest on either side.
    pool = _nearest(archive, tied[:at][::-1], count) + _nearest(
        archive, tied[at:], count
    )
    pool.sort(key=lambda o: (abs(stamps[o] - stamp), keys[o]))
    return pool[:count]


def _rank(
    archive: Archive, position: int, shared: Counter[int], limit: int
) -> list[int]:
    """Return the limit stories sharing most names, then nearest in time, then key."""
    if limit <= 0 or not shared:
        return []
    # Counts and stories sorted alike, most shared first, without a Python loop.
    counts = sorted(shared.values(), reverse=True)
    ordered = sorted(shared, key=shared.__getitem__, reverse=True)
    floor = counts[min(limit, len(counts)) - 1]
    split = bisect_left(counts, -floor, key=neg)
    above = ordered[:split]
    tied = ordered[split : bisect_right(counts, -floor, key=neg)]
    stamps, keys, stamp = archive.stamps, archive.keys, archive.stamps[position]
    above.sort(key=lambda o: (-shared[o], abs(stamps[o] - stamp), keys[o]))
    return above + _closest(archive, position, tied, limit - len(above))


def find_related(
    archive: Archive, position: int, limit: int = 5, window: int = WINDOW
) -> list[int]:
    """Return up to limit positions sharing most entities with position's story."""
    half, slices = window // 2, []
    for name in dict.fromkeys(archive.entities[position]):
        postings = archive.index[name]
        at = bisect_left(postings, position)
        slices.append(postings[max(0, at - half) : at + half + 1])
    shared = Counter(chain.from_iterable(slices))
    del shared[position]
    return _rank(archive, position, shared, limit)


def relate_all(
    entities: Sequence[Sequence[str]],
    stamps: Sequence[float],
    keys: Sequence[str],
    limit: int = 5,
    window: int = WINDOW,
    *,
    spread: Spread = in_order,
) -> list[list[int]]:
    """Return the related positions of every story, from one index built once.

    spread: how the loop over stories runs (see spread.py).
    """
    archive = index_archive(entities, stamps, keys)
    return spread(partial(find_related, archive, limit=limit, window=window), len(keys))


Version = tuple[float, str, Sequence[str]]


def affected(
    archive: Archive, changed: Iterable[Version], window: int = WINDOW
) -> set[int]:
    """Return the positions whose related list the changed versions can alter."""
    stamps, keys, reach = archive.stamps, archive.keys, window // 2 + 1
    where = {key: p for p, key in enumerate(keys)}
    places = range(len(keys))
    dirty: set[int] = set()
    for stamp, key, names in changed:
        if key in where:
            dirty.add(where[key])
        place = bisect_left(places, (-stamp, key), key=lambda q: (-stamps[q], keys[q]))
        for name in dict.fromkeys(names):
            postings = archive.index.get(name, [])
            at = bisect_left(postings, place)
            dirty.update(postings[max(0, at - reach) : at + reach + 1])
    return dirty


def update_related(
    entities: Sequence[Sequence[str]],
    stamps: Sequence[float],
    keys: Sequence[str],
    previous: Mapping[str, Sequence[str]],
    changed: Iterable[Version],
    *,
    limit: int = 5,
    window: int = WINDOW,
) -> list[list[int]]:
    """Return relate_all's answer, recomputing only the stories changes can reach.

    Without changes the index is built only if a story has no usable list.
    """
    changed = list(changed)
    archive = index_archive(entities, stamps, keys) if changed else None
    dirty = affected(archive, changed, window) if archive is not None else set()
    where = {key: p for p, key in enumerate(keys)}
    result = []
    for p, key in enumerate(keys):
        kept = previous.get(key)
        if p in dirty or kept is None or not all(map(where.__contains__, kept)):
            if archive is None:
                archive = index_archive(entities, stamps, keys)
            result.append(find_related(archive, p, limit, window))
        else:
            result.append([where[k] for k in kept])
    return result
