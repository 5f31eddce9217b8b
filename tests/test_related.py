from wiredesk.related import build_index, find_related, relate_all

STORIES = [
    ("Lavrov", "Moscow", "UN"),  # 0
    ("Lavrov", "Moscow"),  # 1
    ("Wang Yi", "Beijing"),  # 2
    ("Lavrov", "UN", "Moscow"),  # 3
    ("Beijing",),  # 4
    (),  # 5
]


def test_index_lists_each_story_once_per_entity_in_order():
    index = build_index([("a", "b", "a"), ("b",), ("c", "a")])
    assert index == {"a": [0, 2], "b": [0, 1], "c": [2]}


def test_related_ranks_by_shared_entities_then_nearness():
    related = relate_all(STORIES, limit=5)
    assert related[0] == [3, 1]  # 3 shares three, 1 shares two
    assert related[1] == [0, 3]  # both share two: the nearer first
    assert related[2] == [4]
    assert related[4] == [2]
    assert related[5] == []


def test_a_story_is_never_related_to_itself():
    assert all(p not in r for p, r in enumerate(relate_all(STORIES)))


def test_limit_caps_the_list():
    assert find_related(0, STORIES, build_index(STORIES), limit=1) == [3]


def test_common_entities_only_search_near_the_story():
    # 1,000 stories all naming "Iran": only neighbours within the window are candidates.
    stories = [("Iran",)] * 1000
    related = find_related(500, stories, build_index(stories), limit=100, window=10)
    assert sorted(related) == [495, 496, 497, 498, 499, 501, 502, 503, 504, 505]
