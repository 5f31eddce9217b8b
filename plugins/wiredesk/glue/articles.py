"""Stories as Pelican Articles in Pelican's context, so themes and plugins see them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape
from typing import Any

from pelican.contents import Article
from pelican.urlwrappers import Author, Category, Tag
from pelican.utils import SafeDatetime

from ..site.model import SiteModel, StoryView


def _aware(value: Any) -> SafeDatetime:
    return SafeDatetime.fromtimestamp(value.timestamp(), value.tzinfo)


class StoryArticle(Article):
    """A wire story as Pelican's Article; its HTML is made when first read."""

    def __init__(self, view: StoryView, *args: Any, **kwargs: Any) -> None:
        """Keep the story's view, then let Pelican fill in the rest."""
        self.view = view
        super().__init__(*args, **kwargs)

    @property
    def _content(self) -> str:
        return self.view.content

    @_content.setter
    def _content(self, _value: str) -> None:
        """Ignore Pelican's assignment: the body comes from the view."""


class Taxonomy:
    """Pelican's category, tag and author objects, each made once per name."""

    def __init__(self, settings: Mapping[str, Any]) -> None:
        """Keep the settings the objects' URLs come from."""
        self.settings = settings
        self.made: dict[tuple[type, str], Any] = {}

    def get(self, kind: type, name: str) -> Any:
        """Return the object of kind (Category, Tag, Author) called name."""
        key = (kind, name)
        if key not in self.made:
            self.made[key] = kind(name, self.settings)
        return self.made[key]


def story_article(
    view: StoryView, terms: Taxonomy, settings: Any, context: dict[str, Any]
) -> Article:
    """Return the Pelican Article of a wire story."""
    story = view.story
    meta: dict[str, Any] = {
        "title": story.title,
        "date": _aware(story.date),
        "modified": _aware(story.updated),
        "slug": story.slug,
        "category": terms.get(Category, story.section),
        "summary": escape(story.summary, quote=False),
        "lang": story.lang,
        "status": story.status,
        "tags": [terms.get(Tag, t) for t in story.tags],
        "story": story,
    }
    if story.agency:
        meta["author"] = terms.get(Author, story.agency)
    return StoryArticle(
        view, "", meta, settings=settings, source_path=story.key, context=context
    )


def _groups(
    articles: Iterable[Article], terms_of: Any
) -> list[tuple[Any, list[Article]]]:
    groups: dict[Any, list[Article]] = {}
    for article in articles:
        for term in terms_of(article):
            groups.setdefault(term, []).append(article)
    return sorted(groups.items())


class LazyArticles(Sequence):
    """Stories as Articles, made on first read.

    A site whose theme is Wiredesk's never reads them; a plugin that does gets
    real Articles.
    """

    def __init__(self, views: list[StoryView], make: Callable[[StoryView], Article]):
        """Keep the views and how to make the Article of one."""
        self.views, self.make = views, make
        self.made: list[Article] | None = None

    def _all(self) -> list[Article]:
        if self.made is None:
            self.made = [self.make(v) for v in self.views]
        return self.made

    def __getitem__(self, index: Any) -> Any:
        """Return the Article (or a list of them) at index."""
        return self._all()[index]

    def __len__(self) -> int:
        """Return how many stories there are, without making their Articles."""
        return len(self.views)


def story_articles(
    model: SiteModel,
    posts: Mapping[str, Article],
    context: dict[str, Any],
    *,
    lazy: bool = False,
) -> dict[str, Any]:
    """Return Pelican's context entries of every story (posts keep their Article).

    lazy: the Articles are made on first read, and the groupings are the site
    model's (its terms carry name, slug and url as Pelican's do).
    """
    terms = Taxonomy(context)

    def make(view: StoryView) -> Article:
        post = posts.get(view.story.id)
        return post or story_article(view, terms, context, context)

    statuses = {"hidden": "hidden_articles", "draft": "drafts"}
    unlisted = {
        key: [v for v in model.unlisted if v.story.status == status]
        for status, key in statuses.items()
    }
    if lazy:
        listed = LazyArticles(model.stories, make)
        return {
            "articles": listed,
            "dates": listed,
            **{k: LazyArticles(v, make) for k, v in unlisted.items()},
            "categories": model.categories,
            "tags": model.tags,
            "authors": model.authors,
        }
    articles = [make(v) for v in model.stories]
    return {
        "articles": articles,
        "dates": articles,
        **{k: [make(v) for v in views] for k, views in unlisted.items()},
        "categories": _groups(articles, lambda a: [a.category]),
        "tags": _groups(articles, lambda a: getattr(a, "tags", [])),
        "authors": _groups(articles, lambda a: getattr(a, "authors", [])),
    }


STORY_ENTRIES = (
    "articles",
    "dates",
    "hidden_articles",
    "drafts",
    "categories",
    "tags",
    "authors",
)


def release_groupings(
    context: dict[str, Any], generator: Any, *, own_theme: bool
) -> None:
    """Let the stories go once every file is written: empty their context entries.

    With the site's own theme, Pelican's article generator holds them too: its
    groupings go, its lists of articles stay for Pelican's summary.
    """
    for key in STORY_ENTRIES:
        if key in context:
            context[key] = []
    if own_theme or generator is None:
        return
    generator.dates, generator.categories, generator.authors = [], [], []
    generator.tags = {}
    periods = getattr(generator, "period_archives", None) or {}
    generator.period_archives = {period: [] for period in periods}
    context["period_archives"] = generator.period_archives
