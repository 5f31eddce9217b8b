"""A rebuild takes a story's URLs and card print from the previous build's marks."""

from conftest import ROOT
from pelican.plugins.wiredesk.build.cli import load_settings
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.site.model import build_model, view_key
from pelican.plugins.wiredesk.site.shared import term_slug

OPTIONS = ExtractOptions(id_authority="a,2026", default_year=2020)


def story(text, name):
    return extract_story(text.encode(), name=name, options=OPTIONS)


def model(marks=None):
    settings = load_settings(str(ROOT / "pelicanconf.py"))
    stories = {
        "/s/a.txt": story("MOSCOW, January 4. /TASS/. Lavrov met Wang Yi.", "a.txt"),
        "/s/b.txt": story("MOSCOW, January 5. /TASS/. Putin met Xi.", "b.txt"),
    }
    keys = {"/s/a.txt": "key-a", "/s/b.txt": "key-b"}
    return build_model(stories, keys, settings, term_slug(settings), view_marks=marks)


def test_a_build_marks_every_seed_view_by_its_content_key_and_slug():
    built = model()
    for view in built.stories:
        key = "key-a" if view.story.key == "a" else "key-b"
        mark = built.view_marks[view_key(key, view.story)]
        assert mark == (view.url, view.save_as, view.card_print)


def test_a_mark_of_the_same_key_and_slug_is_taken_as_it_is():
    first = model()
    view = next(v for v in first.stories if v.story.key == "a")
    marks = {view_key("key-a", view.story): ("u/", "u/index.html", "card")}
    again = model(marks)
    taken = next(v for v in again.stories if v.story.key == "a")
    other = next(v for v in again.stories if v.story.key == "b")
    assert (taken.url, taken.save_as, taken.card_print) == (
        "u/",
        "u/index.html",
        "card",
    )
    assert other.url == next(v for v in first.stories if v.story.key == "b").url


def test_a_mark_of_other_content_is_not_taken():
    first = model()
    view = next(v for v in first.stories if v.story.key == "a")
    marks = {view_key("key-old", view.story): ("u/", "u/index.html", "card")}
    again = model(marks)
    assert [v.url for v in again.stories] == [v.url for v in first.stories]
