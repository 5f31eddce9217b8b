"""A rebuild plans only the pages of stories whose listing did not change."""

from conftest import ROOT
from pelican.plugins.wiredesk.build.cli import load_settings
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.site.listing import (
    listed_alike,
    listings,
    narrow_pages,
    own_changes,
)
from pelican.plugins.wiredesk.site.model import build_model, related_names
from pelican.plugins.wiredesk.site.pageplan import plan_pages
from pelican.plugins.wiredesk.site.shared import term_slug

OPTIONS = ExtractOptions(id_authority="a,2026", default_year=2020)
A = "MOSCOW, January 4. /TASS/. Lavrov met Wang Yi in Moscow.\n"
B = "MOSCOW, January 5. /TASS/. Putin met Xi in Beijing.\n"


def model(a=A, key_a="key-a"):
    settings = load_settings(str(ROOT / "pelicanconf.py"))
    stories = {
        "/s/a.txt": extract_story(a.encode(), name="a.txt", options=OPTIONS),
        "/s/b.txt": extract_story(B.encode(), name="b.txt", options=OPTIONS),
    }
    keys = {"/s/a.txt": key_a, "/s/b.txt": "key-b"}
    return settings, build_model(stories, keys, settings, term_slug(settings))


def shown(built):
    return listings([*built.stories, *built.unlisted])


def test_the_same_stories_change_nothing():
    _, built = model()
    assert own_changes(shown(built), shown(model()[1])) == set()


def test_a_new_body_changes_only_its_own_page():
    _, before = model()
    _, after = model(A + "No further details were given.\n", key_a="key-a2")
    story_a = next(v.story.id for v in after.stories if v.story.key == "a")
    assert own_changes(shown(before), shown(after)) == {story_a}


def test_a_new_headline_or_a_story_more_or_less_changes_listings():
    _, before = model()
    _, retitled = model("Title: Talks\n\n" + A, key_a="key-a2")
    assert own_changes(shown(before), shown(retitled)) is None
    fewer = dict(shown(before))
    fewer.popitem()
    assert own_changes(shown(before), fewer) is None


def test_narrow_pages_plans_the_changed_story_and_keeps_the_other_prints():
    settings, before = model()
    pages = {job.save_as: job.print for job in plan_pages(before, settings, "site")}
    _, after = model(A + "No further details were given.\n", key_a="key-a2")
    changed = listed_alike(after, (shown(before), shown(after)))
    jobs, kept = narrow_pages(after, "site", changed, pages)
    full = {job.save_as: job.print for job in plan_pages(after, settings, "site")}
    assert [job.template for job in jobs] == ["article"]
    assert {**kept, **{j.save_as: j.print for j in jobs}} == full
    assert jobs[0].print != pages[jobs[0].save_as]


def test_marks_made_before_give_the_same_related_lists():
    settings, plain = model()
    stories = {v.story.id: v.story for v in plain.stories}
    marks = {i: (s.date.timestamp(), related_names(s)) for i, s in stories.items()}
    keys = {f"/s/{s.key}.txt": f"key-{s.key}" for s in stories.values()}
    by_path = {f"/s/{s.key}.txt": s for s in stories.values()}
    slug = term_slug(settings)
    marked = build_model(by_path, keys, settings, slug, marks=marks)
    assert marked.related == plain.related
    assert [[r.story.id for r in v.related] for v in marked.stories] == [
        [r.story.id for r in v.related] for v in plain.stories
    ]
