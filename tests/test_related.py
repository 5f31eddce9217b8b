import multiprocessing
import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.wiredesk.site import spread
from pelican.plugins.wiredesk.site.related import (
    build_index,
    find_related,
    index_archive,
    relate_all,
    update_related,
)

# Newest first, ordered by (-stamp, key).
STORIES = [
    (900.0, "a", ("Lavrov", "Moscow", "UN")),  # 0
    (800.0, "b", ("Lavrov", "Moscow")),  # 1
    (700.0, "c", ("Wang Yi", "Beijing")),  # 2
    (600.0, "d", ("Lavrov", "UN", "Moscow")),  # 3
    (500.0, "e", ("Beijing",)),  # 4
    (400.0, "f", ()),  # 5
]


def columns(stories):
    """Return the entities, stamps and keys of (stamp, key, names) stories."""
    ordered = sorted(stories, key=lambda s: (-s[0], s[1]))
    return [s[2] for s in ordered], [s[0] for s in ordered], [s[1] for s in ordered]


def test_index_lists_each_story_once_per_entity_in_order():
    index = build_index([("a", "b", "a"), ("b",), ("c", "a")])
    assert index == {"a": [0, 2], "b": [0, 1], "c": [2]}


def test_related_ranks_by_shared_entities_then_nearness():
    related = relate_all(*columns(STORIES), limit=5)
    assert related[0] == [3, 1]  # 3 shares three, 1 shares two
    assert related[1] == [0, 3]  # both share two: the nearer in time first
    assert related[2] == [4]
    assert related[4] == [2]
    assert related[5] == []


def test_ties_go_to_the_nearest_in_time_then_the_smallest_key():
    stories = [
        (100.0, "m", ("Iran",)),
        (130.0, "z", ("Iran",)),  # 30 s newer
        (70.0, "y", ("Iran",)),  # 30 s older
        (130.0, "k", ("Iran",)),  # 30 s newer, smaller key than z
        (10.0, "x", ("Iran",)),
        (99.0, "w", ("Iran",)),  # nearest in time
    ]
    entities, stamps, keys = columns(stories)
    related = relate_all(entities, stamps, keys, limit=5)[keys.index("m")]
    assert [keys[o] for o in related] == ["w", "k", "y", "z", "x"]


def test_a_story_is_never_related_to_itself():
    stories = [(float(t % 3), f"k{t}", ("Iran", "UN")) for t in range(20)]
    related = relate_all(*columns(stories), limit=30)
    assert all(p not in r and len(r) == 19 for p, r in enumerate(related))


def test_limit_caps_the_list():
    archive = index_archive(*columns(STORIES))
    assert find_related(archive, 0, limit=1) == [3]


def test_common_entities_only_search_near_the_story():
    # 1,000 stories all naming "Iran": only neighbours within the window are candidates.
    stories = [(float(-t), f"{t:04}", ("Iran",)) for t in range(1000)]
    archive = index_archive(*columns(stories))
    related = find_related(archive, 500, limit=100, window=10)
    assert sorted(related) == [495, 496, 497, 498, 499, 501, 502, 503, 504, 505]


def test_lists_out_of_newest_first_order_are_refused():
    with pytest.raises(ValueError, match="'b' is out of"):
        relate_all([(), ()], [1.0, 2.0], ["a", "b"])


def test_stories_the_change_cannot_reach_keep_their_previous_list():
    stories = [(float(-t), f"{t:04}", ("Iran",)) for t in range(100)]
    entities, stamps, keys = columns(stories)
    previous = {key: ["0050"] for key in keys}  # deliberately not what relate_all says
    edited = (-10.0, "0010", ("Iraq",))
    entities[10] = edited[2]
    changed = [stories[10], edited]
    related = update_related(
        entities, stamps, keys, previous, changed, limit=3, window=4
    )
    fresh = relate_all(entities, stamps, keys, limit=3, window=4)
    assert related[8:13] == fresh[8:13]  # 10's window and the windows 10 was in
    assert related[:6] == [[50]] * 6
    assert related[15:] == [[50]] * 85


def plain_related(entities, stamps, keys, limit, window):
    """Return the related positions by the rule itself: count, sort, cut."""
    result = []
    for p, own in enumerate(entities):
        shared = {}
        for name in set(own):
            postings = [q for q, other in enumerate(entities) if name in other]
            at = postings.index(p)
            for o in postings[max(0, at - window // 2) : at + window // 2 + 1]:
                if o != p:
                    shared[o] = shared.get(o, 0) + 1
        ranked = sorted(
            shared, key=lambda o: (-shared[o], abs(stamps[o] - stamps[p]), keys[o])
        )
        result.append(ranked[:limit])
    return result


POOL = ["Iran", "UN", "Lavrov", "Moscow", "Beijing", "Kyiv"]
names = st.lists(st.sampled_from(POOL), max_size=4).map(tuple)
stamps = st.integers(0, 15).map(float)


@st.composite
def archives_and_changes(draw):
    """Draw an archive, then edits, removals, additions and time changes to it."""
    count = draw(st.integers(5, 60))
    old = {f"s{i:02}": (draw(stamps), draw(names)) for i in range(count)}
    new = dict(old)
    for key in draw(st.lists(st.sampled_from(sorted(old)), max_size=6)):
        action = draw(st.sampled_from(["names", "remove", "time", "both"]))
        if action == "remove":
            new.pop(key, None)
        elif action == "names":
            new[key] = (old[key][0], draw(names))
        elif action == "time":
            new[key] = (draw(stamps), old[key][1])
        else:
            new[key] = (draw(stamps), draw(names))
    for i in range(draw(st.integers(0, 4))):
        new[f"t{i}"] = (draw(stamps), draw(names))
    return old, new


def versions(stories, keys):
    """Return the (stamp, key, names) versions of keys in stories."""
    return [(stories[k][0], k, stories[k][1]) for k in keys if k in stories]


@settings(max_examples=300, deadline=None)
@given(archives_and_changes(), st.integers(1, 6), st.sampled_from([2, 3, 4, 5, 7]))
def test_update_equals_a_full_rebuild(change, limit, window):
    old, new = change
    touched = [k for k in old.keys() | new.keys() if old.get(k) != new.get(k)]
    changed = versions(old, touched) + versions(new, touched)
    before = columns(versions(old, old))
    previous = {
        before[2][p]: [before[2][o] for o in related]
        for p, related in enumerate(relate_all(*before, limit=limit, window=window))
    }
    after = columns(versions(new, new))
    updated = update_related(*after, previous, changed, limit=limit, window=window)
    fresh = relate_all(*after, limit=limit, window=window)
    assert updated == fresh == plain_related(*after, limit, window)


def test_without_changes_previous_lists_stand_and_missing_ones_are_made():
    stories = [(float(-t), f"{t:04}", ("Iran",)) for t in range(100)]
    entities, stamps, keys = columns(stories)
    previous = {key: ["0050"] for key in keys[1:]}  # the first story has none yet
    related = update_related(entities, stamps, keys, previous, [], limit=3, window=4)
    assert related[0] == relate_all(entities, stamps, keys, limit=3, window=4)[0]
    assert related[1:] == [[50]] * 99


def test_related_lists_made_on_two_cores_are_those_made_on_one(monkeypatch):
    monkeypatch.setattr(spread, "FORK_FROM", 2)
    many = [(1000.0 - i, f"k{i:03d}", (f"n{i % 7}", f"m{i % 5}")) for i in range(60)]
    alone = relate_all(*columns(many), limit=5)
    assert relate_all(*columns(many), limit=5, spread=spread.on_two_cores) == alone
    assert any(alone)  # the stories do share names


def test_a_planning_helper_that_fails_is_an_error_not_a_short_list(monkeypatch):
    monkeypatch.setattr(spread, "FORK_FROM", 2)

    def dies_past_the_middle(position):
        if position >= 5:
            os._exit(3)
        return position

    with pytest.raises(RuntimeError, match="exit code 3"):
        spread.on_two_cores(dies_past_the_middle, 10)
    assert spread.on_two_cores(lambda p: p * p, 10) == [p * p for p in range(10)]


def test_a_failure_in_this_process_stops_the_helper_and_is_raised(monkeypatch):
    monkeypatch.setattr(spread, "FORK_FROM", 2)

    def fails_first(position):
        if position == 0:
            raise ValueError("no names")
        time.sleep(30 if position == 5 else 0)  # the helper's half: still going
        return position

    with pytest.raises(ValueError, match="no names"):
        spread.on_two_cores(fails_first, 10)
    assert multiprocessing.active_children() == []  # no helper left behind
