"""The values the pure core produces: one field, one meaning, one name everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, TypeVar

T = TypeVar("T")


def quick_unpickle(cls: type[T]) -> type[T]:
    """Give a frozen slots dataclass a lean __setstate__ (the cache holds 100,000s).

    The dataclass's own looks its fields up again for every object it restores;
    the state (one value per field, in order) is the same either way.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def setstate(
        self: Any, state: Sequence[Any], put: Any = object.__setattr__
    ) -> None:
        for name, value in zip(names, state, strict=True):
            put(self, name, value)

    cls.__setstate__ = setstate  # type: ignore[attr-defined]
    return cls


@quick_unpickle
@dataclass(frozen=True, slots=True)
class Dateline:
    """The place, date and agency a wire story opens with."""

    raw: str
    city: str | None = None
    region: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None


GIT_HISTORY = "git history"
FILE_TIME = "file time"


@quick_unpickle
@dataclass(frozen=True, slots=True)
class Received:
    """When the site received a seed: its first commit, else its file time."""

    when: datetime  # time-zone aware
    source: str  # GIT_HISTORY or FILE_TIME, as the warnings name it

    def tag(self) -> str:
        """Return a short text that tells two received times apart (cache keys)."""
        return f"{self.source}@{self.when.isoformat()}"


@quick_unpickle
@dataclass(frozen=True, slots=True)
class Header:
    """Header lines a site owner put at the top of a seed (keys lower-case)."""

    values: tuple[tuple[str, str], ...] = ()

    def get(self, key: str) -> str | None:
        """Return the value of a header key, or None."""
        for name, value in self.values:
            if name == key:
                return value
        return None


@quick_unpickle
@dataclass(frozen=True, slots=True)
class Story:
    """Everything a reader sees of one wire story."""

    key: str
    id: str
    title: str
    slug: str
    date: datetime
    updated: datetime
    has_time: bool
    timezone: str
    city: str | None
    country: str | None
    agency: str | None
    lang: str
    summary: str
    section: str
    tags: tuple[str, ...]
    people: tuple[str, ...]
    places: tuple[str, ...]
    orgs: tuple[str, ...]
    paragraphs: tuple[str, ...]
    encoding: str
    digest: str
    status: str = "published"
    dateline: Dateline | None = None
    warnings: tuple[str, ...] = field(default=())
    place_id: str | None = None  # the gazetteer id of the dateline place, when known
    # What settled the date: "header", "dateline", "file name", GIT_HISTORY, FILE_TIME.
    date_source: str = "dateline"
    html: str | None = None  # the body of a hand-written post, rendered by Pelican
