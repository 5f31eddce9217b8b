"""Section, tag and agency pages from indexes, with Pelican's templates and args.

Pelican's ArticlesGenerator finds each term's articles in date order by scanning every
article per term (quadratic in the archive); this generator writes the same pages
with the same template, context and pagination, ordering by a position index.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from pelican.generators import Generator

# (Pelican's generator method we replace, template, context key, keyword of the term)
LIST_KINDS = (
    ("generate_tags", "tag", "tags", "tag"),
    ("generate_categories", "category", "categories", "category"),
    ("generate_authors", "author", "authors", "author"),
)


def _skip(_write: Any) -> None:
    """Write nothing: ListPages writes these pages."""


def take_over_list_pages(generator: Any) -> None:
    """Stop an ArticlesGenerator from writing tag, category and author pages itself.

    Each article's URL is also fixed once here: Pelican formats it from the settings
    on every read, and a story is listed on dozens of pages.
    """
    for method, *_ in LIST_KINDS:
        setattr(generator, method, _skip)
    for article in generator.articles:
        article.override_url = article.url  # Pelican's own hook for a fixed URL


def order_articles(generator: Any) -> None:
    """Order stories newest first and stories of the same moment by id.

    Pelican lists the seed files as a set, so its stable sort by date alone leaves
    same-day stories in a different order on every run.
    """
    if generator.settings.get("ARTICLE_ORDER_BY", "reversed-date") == "reversed-date":
        generator.articles.sort(key=_newest_first)


def _newest_first(article: Any) -> tuple[float, str]:
    story = getattr(article, "story", None)
    return (-article.date.timestamp(), story.id if story else str(article.source_path))


def in_date_order(articles: list[Any], position: dict[int, int]) -> list[Any]:
    """Return articles in the order of the site's date list (position by object id)."""
    return sorted(articles, key=lambda a: position.get(id(a), len(position)))


def _terms(context: Any, key: str) -> list[tuple[Any, list[Any]]]:
    terms = context.get(key) or []
    return list(terms.items()) if isinstance(terms, dict) else list(terms)


class ListPages(Generator):
    """Write the tag, category (section) and author (agency) pages."""

    def generate_context(self) -> None:
        """Nothing to add: the terms are in the context ArticlesGenerator built."""

    def generate_output(self, writer: Any) -> None:
        """Write one paginated page per term, in Pelican's order and arguments."""
        write = partial(writer.write_file, relative_urls=self.settings["RELATIVE_URLS"])
        dates = self.context.get("dates") or []
        position = {id(a): i for i, a in enumerate(dates)}
        all_articles = self.context.get("articles") or []
        for _method, template_name, key, keyword in LIST_KINDS:
            template = self.get_template(template_name)
            for term, articles in _terms(self.context, key):
                if not term.save_as:
                    continue
                write(
                    term.save_as,
                    template,
                    self.context,
                    url=term.url,
                    articles=articles,
                    dates=in_date_order(articles, position),
                    template_name=template_name,
                    blog=True,
                    page_name=term.page_name,
                    all_articles=all_articles,
                    **{keyword: term},
                )
