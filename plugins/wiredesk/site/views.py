"""A story as templates read it, and the terms it is filed under, URLs made once.

Views carry every URL and relation precomputed; nothing here imports Pelican's
content classes, so a rebuild can make them without running Pelican.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..extract.identity import make_slug
from ..model import Story
from ..prints import fingerprint
from ..render.body import render_paragraphs

if TYPE_CHECKING:
    from ..catalog.bodies import Bodies

Slugger = Callable[[str, str], str]  # (name, kind) -> slug
ViewMark = tuple[str, str, str]  # a story's url, save_as and card print


@dataclass(slots=True, eq=False)
class Term:
    """A section, tag or agency under Pelican's names (name, slug, url, save_as)."""

    name: str
    slug: str
    url: str
    save_as: str
    page_name: str

    def __str__(self) -> str:
        """Return the name, as Pelican's terms print."""
        return self.name

    def __lt__(self, other: Term) -> bool:
        """Order by slug, as Pelican's terms sort."""
        return self.slug < other.slug


@dataclass(slots=True, eq=False)
class StoryView:
    """One story as templates read it (Pelican's article attributes)."""

    story: Story
    print: str  # changes whenever anything shown of the story changes
    card_print: str  # changes whenever what lists show of the story changes
    url: str
    save_as: str
    category: Term
    author: Term | None
    tags: list[Term]
    related: list[StoryView] = field(default_factory=list)
    newer_in_section: StoryView | None = None
    older_in_section: StoryView | None = None
    parts: dict[str, Any] | None = None  # its fragments (card...), once rendered
    key: str = ""  # the seed's content key: its body is kept under it
    bodies: Bodies | None = None  # where the body is, when the story holds none

    @property
    def title(self) -> str:
        """Return the headline."""
        return self.story.title

    @property
    def date(self) -> Any:
        """Return the publication date."""
        return self.story.date

    @property
    def content(self) -> str:
        """Return the body HTML."""
        if self.story.html is not None:
            return self.story.html
        return render_paragraphs(self.paragraphs())

    def paragraphs(self) -> tuple[str, ...]:
        """Return the story's paragraphs, read from the kept bodies when needed."""
        story = self.story
        if story.paragraphs or story.html is not None or self.bodies is None:
            return story.paragraphs
        return self.bodies.read(self.key)


@dataclass(slots=True)
class NavPage:
    """A hand-written page as the navigation links it."""

    title: str
    url: str


class Terms:
    """Make each term once, with URLs from the settings' patterns."""

    def __init__(self, settings: Mapping[str, Any], slug: Slugger) -> None:
        """Keep the settings and the slug function (Pelican's slugify rules)."""
        self.settings, self.slug = settings, slug
        self.made: dict[tuple[str, str], Term] = {}

    def get(self, kind: str, name: str) -> Term:
        """Return the term of kind ('category', 'tag', 'author') called name."""
        key = (kind, name)
        if key not in self.made:
            slug = self.slug(name, kind) or make_slug(name, kind)
            prefix = kind.upper()
            values = {"slug": slug, "name": name}
            save_as = self.settings.get(f"{prefix}_SAVE_AS", "").format(**values)
            url = self.settings.get(f"{prefix}_URL", "").format(**values)
            page_name = save_as.rsplit(".", 1)[0] if "." in save_as else save_as
            self.made[key] = Term(name, slug, url, save_as, page_name)
        return self.made[key]


def story_urls(
    story: Story, settings: Mapping[str, Any], terms: Terms
) -> tuple[str, str]:
    """Return (url, save_as) of a story's page from the article or draft patterns."""
    kind = "DRAFT" if story.status == "draft" else "ARTICLE"
    lang = "" if story.lang == settings.get("DEFAULT_LANG", "en") else "LANG_"
    values = {
        "slug": story.slug,
        "date": story.date,
        "lang": story.lang,
        "category": terms.get("category", story.section).slug,
        "author": terms.get("author", story.agency).slug if story.agency else "",
    }
    url = settings.get(f"{kind}_{lang}URL", settings.get(f"{kind}_URL", ""))
    save_as = settings.get(f"{kind}_{lang}SAVE_AS", settings.get(f"{kind}_SAVE_AS", ""))
    return url.format(**values), save_as.format(**values)


def card_print(story: Story, url: str) -> str:
    """Return the print of what a story card or a related link shows."""
    shown = (
        url,
        story.title,
        story.summary,
        story.city,
        story.agency,
        story.section,
        story.lang,
        story.date.isoformat(),
        story.updated.isoformat(),
        story.has_time,
    )
    return fingerprint(*shown)


def view_mark(view: StoryView) -> ViewMark:
    """Return what a rebuild reuses of a view: its URLs and card print."""
    return (view.url, view.save_as, view.card_print)


def make_view(  # noqa: PLR0917 - each part named
    story: Story,
    key: str,
    settings: Mapping[str, Any],
    terms: Terms,
    known: ViewMark | None = None,
    bodies: Bodies | None = None,
) -> StoryView:
    """Return the view of a story; key is what identifies its content.

    known: the previous build's mark of this key and slug, under the same
    settings and code: its URLs and card print, not made again; bodies: where
    the body of a story without paragraphs is kept, under key.
    """
    if known is None:
        url, save_as = story_urls(story, settings, terms)
        shown = card_print(story, url)
    else:
        url, save_as, shown = known
    return StoryView(
        story=story,
        print=f"{key}:{story.slug}:{url}",
        card_print=shown,
        url=url,
        save_as=save_as,
        category=terms.get("category", story.section),
        author=terms.get("author", story.agency) if story.agency else None,
        tags=[terms.get("tag", t) for t in story.tags],
        key=key,
        bodies=bodies,
    )
