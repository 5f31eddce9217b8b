"""Templates compiled by one build are kept for the next build of the same setup."""

from __future__ import annotations

from pelican.plugins.wiredesk.render.compiled import template_cache
from pelican.plugins.wiredesk.render.pages import theme_env

from tests.render.test_parts import OTHER, STORY, page_values, settings, views

__all__ = ["settings"]  # the fixture, shared


def test_pages_read_the_same_from_kept_templates(settings, tmp_path):
    values = page_values(settings, views(settings, STORY, OTHER))
    plain = theme_env(settings).get_template("archives.html").render(values)
    for _ in range(2):  # compiled, then read back
        env = theme_env(settings, template_cache(tmp_path, "setup"))
        assert env.get_template("archives.html").render(values) == plain
    (kept,) = tmp_path.iterdir()
    assert kept.name.startswith("templates-")
    assert any(kept.iterdir())


def test_another_setup_drops_the_templates_kept_for_the_last(tmp_path):
    first = template_cache(tmp_path, "setup one")
    assert template_cache(tmp_path, "setup one").directory == first.directory
    second = template_cache(tmp_path, "setup two")
    assert [p.name for p in tmp_path.iterdir()] == [second.directory.rsplit("/")[-1]]


def test_no_folder_or_setup_keeps_nothing(tmp_path):
    assert template_cache(None, "setup") is None
    assert template_cache(tmp_path, "") is None
