"""The pure core: seed bytes in, Story out. No Pelican, no I/O, no clock, no locale."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from ..errors import ExtractError
from ..model import Dateline, Header, Story
from .dateline import parse_dateline
from .dates import check_weekday, filename_year, parse_header_date, resolve_date
from .decode import decode_seed
from .header import parse_header
from .headline import make_headline
from .identity import make_id, make_slug
from .language import detect_language
from .paragraphs import split_paragraphs
from .places import find_place
from .sections import choose_section
from .summary import make_summary

EXTRACTOR_VERSION = "1"


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """What the core needs from the site: nothing else reaches it."""

    id_authority: str
    site_timezone: str = "UTC"
    default_year: int | None = None
    max_bytes: int = 1024 * 1024
    sections: Mapping[str, Sequence[str]] = field(default_factory=dict)
    default_section: str = "World"


def _split_tags(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))


def _story_date(
    header: Header, dateline: Dateline | None, name: str, zone: str, opts: ExtractOptions
) -> tuple[datetime, bool]:
    value = header.get("date")
    if value:
        return parse_header_date(value, zone)
    when = resolve_date(
        dateline, file_year=filename_year(name), default_year=opts.default_year, zone=zone
    )
    return when, False


def extract_story(data: bytes, *, name: str, options: ExtractOptions) -> Story:
    """Turn the bytes of one seed (file name `name`) into a Story, or raise ExtractError."""
    if len(data) > options.max_bytes:
        raise ExtractError(f"too large ({len(data)} > {options.max_bytes} bytes)")
    decoded = decode_seed(data)
    warnings = list(decoded.warnings)
    header, text = parse_header(decoded.text)
    dateline, body = parse_dateline(text.lstrip())
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise ExtractError("no text", text)
    if dateline is None:
        warnings.append("no dateline")
    place = find_place(dateline.city) if dateline and dateline.city else None
    zone = place.timezone if place else options.site_timezone
    date, has_time = _story_date(header, dateline, name, zone, options)
    lede = paragraphs[0]
    if warning := check_weekday(lede, date.date()):
        warnings.append(warning)
    modified = header.get("modified")
    updated = parse_header_date(modified, zone)[0] if modified else date
    key = header.get("id") or name.rsplit(".", 1)[0]
    title = header.get("title") or make_headline(lede)
    full_text = "\n".join(paragraphs)
    return Story(
        key=key,
        id=make_id(options.id_authority, key),
        title=title,
        slug=header.get("slug") or make_slug(title, key),
        date=date,
        updated=updated,
        has_time=has_time,
        timezone=zone,
        city=dateline.city if dateline else None,
        country=place.country if place else None,
        agency=dateline.agency if dateline else None,
        lang=header.get("lang") or detect_language(full_text),
        summary=header.get("summary") or make_summary(lede),
        section=header.get("section")
        or choose_section(full_text, options.sections, options.default_section),
        tags=_split_tags(header.get("tags")),
        people=(),
        places=(dateline.city,) if dateline and dateline.city else (),
        orgs=(),
        paragraphs=tuple(paragraphs),
        encoding=decoded.encoding,
        digest=hashlib.sha256(text.strip().encode()).hexdigest(),
        status=(header.get("status") or "published").lower(),
        dateline=dateline,
        warnings=tuple(warnings),
    )


__all__ = ["EXTRACTOR_VERSION", "ExtractError", "ExtractOptions", "extract_story"]
