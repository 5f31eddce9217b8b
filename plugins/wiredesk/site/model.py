"""The site as templates see it: stories, sections, tags and agencies, built once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from ..model import Story
from .entities import RELATED_LIMIT, Entity, index_entities, link_sections
from .related import relate_all, update_related
from .spread import on_two_cores

if TYPE_CHECKING:
    from ..catalog.bodies import Bodies

from .views import (
    NavPage,
    Slugger,
    StoryView,
    Term,
    Terms,
    ViewMark,
    make_view,
    view_mark,
)


@dataclass(slots=True)
class SiteModel:
    """Every published story newest first, the others, and their groupings.

    The people, places, organisations and agencies are indexed when first read:
    a rebuild that writes no list page never reads them.
    """

    stories: list[StoryView]  # published, newest first
    unlisted: list[StoryView]  # hidden and draft stories: a page, no listing
    categories: list[tuple[Term, list[StoryView]]]
    tags: list[tuple[Term, list[StoryView]]]
    authors: list[tuple[Term, list[StoryView]]]
    related: dict[str, tuple[str, ...]]  # story id -> related story ids
    view_marks: dict[str, ViewMark] = field(default_factory=dict)  # seeds' views
    indexed: list[Entity] | None = None  # the entities, once read

    @property
    def entities(self) -> list[Entity]:
        """Return every entity of the published stories, indexed on first read."""
        if self.indexed is None:
            self.indexed = index_entities(self.stories)
        return self.indexed


class ModelEntities(Sequence[Entity]):
    """A model's entities as templates read them, indexed only when they do."""

    def __init__(self, model: SiteModel) -> None:
        """Keep the model whose entities these are."""
        self.model = model

    @overload
    def __getitem__(self, index: int) -> Entity: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entity]: ...
    def __getitem__(self, index: Any) -> Any:
        """Return the entity (or the list of them) at index."""
        return self.model.entities[index]

    def __len__(self) -> int:
        """Return how many entities there are."""
        return len(self.model.entities)

    def __iter__(self) -> Iterator[Entity]:
        """Iterate over the entities, sorted by kind and slug."""
        return iter(self.model.entities)


def _group(
    views: Iterable[StoryView], terms_of: Callable[[StoryView], Iterable[Term]]
) -> list[tuple[Term, list[StoryView]]]:
    groups: dict[str, tuple[Term, list[StoryView]]] = {}
    for view in views:
        for term in dict.fromkeys(terms_of(view)):
            groups.setdefault(term.slug, (term, []))[1].append(view)
    return [groups[slug] for slug in sorted(groups)]


def newest_first(story: Story) -> tuple[float, str]:
    """Return the sort key of the site's order: newest first, then id."""
    return (-story.date.timestamp(), story.id)


def related_names(story: Story) -> tuple[str, ...]:
    """Return what related stories share: topics, people, places, organisations."""
    return (*story.tags, *story.people, *story.places, *story.orgs)


def link_related(
    views: Sequence[StoryView],
    previous: Mapping[str, Sequence[str]] | None,
    changed: Iterable[tuple[float, str, Sequence[str]]],
    limit: int,
    marks: Mapping[str, tuple[float, tuple[str, ...]]] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Give each view .related; reuse the previous build's lists where they hold.

    marks: each story's time and related names by id, when already made.
    """
    keys = [v.story.id for v in views]
    known = [marks.get(k) for k in keys] if marks else []
    if marks and len(marks) == len(keys) and None not in known:
        stamps = [mark[0] for mark in known]
        names = [mark[1] for mark in known]
    else:
        names = [related_names(v.story) for v in views]
        stamps = [v.story.date.timestamp() for v in views]
    if previous is None:
        found = relate_all(names, stamps, keys, limit, spread=on_two_cores)
    else:
        found = update_related(names, stamps, keys, previous, changed, limit=limit)
    related = {}
    for view, positions in zip(views, found, strict=True):
        view.related = [views[i] for i in positions]
        related[view.story.id] = tuple([keys[i] for i in positions])
    return related


def view_key(key: str, story: Story) -> str:
    """Return what a view mark is kept under: the seed's content key and slug."""
    return f"{key}:{story.slug}"


def build_model(
    stories: Mapping[str, Story],
    keys: Mapping[str, str],
    settings: Mapping[str, Any],
    slug: Slugger,
    *,
    previous: Mapping[str, Sequence[str]] | None = None,
    changed: Iterable[tuple[float, str, Sequence[str]]] = (),
    limit: int = RELATED_LIMIT,
    view_marks: Mapping[str, ViewMark] | None = None,
    marks: Mapping[str, tuple[float, tuple[str, ...]]] | None = None,
    bodies: Bodies | None = None,
) -> SiteModel:
    """Return the site model of stories (by path; keys: path -> content key).

    view_marks: the previous build's view marks by view_key, reused where they
    hold; marks: each published story's time and related names by id; bodies:
    the paragraphs of stories that hold none, by content key.
    """
    terms = Terms(settings, slug)
    ordered = sorted(stories.items(), key=lambda item: newest_first(item[1]))
    view_marks = view_marks or {}
    views, kept = [], {}
    for path, story in ordered:
        key = keys.get(path, story.digest)
        mark = view_key(key, story) if path in keys else None  # seeds only
        known = view_marks.get(mark or "")
        view = make_view(story, key, settings, terms, known, bodies)
        views.append(view)
        if mark is not None:
            kept[mark] = view_mark(view)
    listed = [v for v in views if v.story.status == "published"]
    related = link_related(listed, previous, changed, limit, marks)
    link_sections(listed)
    return SiteModel(
        stories=listed,
        unlisted=[v for v in views if v.story.status != "published"],
        categories=_group(listed, lambda v: [v.category]),
        tags=_group(listed, lambda v: v.tags),
        authors=_group(listed, lambda v: [v.author] if v.author else []),
        related=related,
        view_marks=kept,
    )


__all__ = [
    "ModelEntities",
    "NavPage",
    "SiteModel",
    "StoryView",
    "Term",
    "build_model",
    "related_names",
]
