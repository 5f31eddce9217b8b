"""One seed's bytes in, its Story out: every step of the core in order."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..errors import ExtractError
from ..model import FILE_TIME, Dateline, Received, Story
from ..prints import fingerprint
from .agencies import canonical_agency, find_signoff
from .datechain import story_date
from .dateline import parse_dateline
from .dates import check_weekday, parse_header_date
from .decode import decode_seed
from .entities import Entities, find_entities
from .header import parse_header
from .headline import MAX_CHARS, first_sentence, make_headline
from .hold import story_status
from .identity import make_id, make_slug
from .language import detect_language
from .nation import headline_country
from .paragraphs import split_paragraphs
from .places import Place
from .sections import choose_section
from .spelling import fix_slips
from .storyplace import StoryPlace, story_place
from .summary import make_summary
from .topics import find_tags

EXTRACTOR_VERSION = "13"
MIN_LANG_CHARS = 80  # a language guessed from fewer characters renames no place
# A byline line ("By Jane Doe") before the dateline is credit, not story text.
BYLINE_RE = re.compile(
    r"^(?:By|BY|Von|VON|Par|PAR|Por|POR)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:,\s*[^\n]{1,40})?\n+"
)


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """What the core needs from the site: nothing else reaches it."""

    id_authority: str
    site_timezone: str = "UTC"
    default_year: int | None = None
    max_bytes: int = 1024 * 1024
    sections: Mapping[str, Sequence[str]] = field(default_factory=dict)
    default_section: str = "World"
    site_lang: str = "en"
    date_from_file_time: bool = True  # off: a file time never dates a story
    hold_nameless_tables: bool = True  # a table that names no company is a draft


def _split_tags(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))


def _read_body(text: str) -> tuple[Dateline | None, list[str], str | None]:
    """Return the dateline, the paragraphs and the agency a closing sign-off names."""
    dateline, body = parse_dateline(BYLINE_RE.sub("", text.lstrip(), count=1))
    signoff, paragraphs = find_signoff(split_paragraphs(body))
    if not any(char.isalnum() for line in paragraphs for char in line):
        raise ExtractError("no text", text)  # punctuation alone makes no headline
    if dateline is not None and dateline.agency is None and signoff:
        dateline = replace(dateline, agency=signoff)
    return dateline, paragraphs, signoff


def _agency(
    value: str | None, dateline: Dateline | None, signoff: str | None
) -> str | None:
    """Return the `Agency:` header's agency, else the one the text names (or None)."""
    if value:
        return canonical_agency(value) or value
    return (dateline.agency if dateline else None) or signoff


def _first_words(paragraphs: list[str]) -> str:
    """Return the start of the first paragraph with a letter or digit (last resort)."""
    text = next(p for p in paragraphs if any(char.isalnum() for char in p))
    return text[:MAX_CHARS].rsplit(" ", 1)[0] if len(text) > MAX_CHARS else text


def _headline(paragraphs: list[str], lang: str, where: StoryPlace) -> str:
    """Return the headline the text gives, with English typing slips put right."""
    code = where.place.country if where.place else None
    country = headline_country(code, _country_name(code))
    english = lang.split("-", maxsplit=1)[0].casefold() == "en"
    lede = paragraphs[0]
    if english:  # the sentence the headline is made of, put right before tagging
        first = first_sentence(lede)
        lede = fix_slips(first) + lede[len(first) :]
    made = make_headline(
        lede, [lede, *paragraphs[1:]], lang=lang, place=where.city, country=country
    ) or _first_words(paragraphs)
    return fix_slips(made) if english else made  # and the verbs the rules made


def _country_name(code: str | None) -> str | None:
    from .countries import countries  # noqa: PLC0415 - loaded with the gazetteer

    country = countries().get(code) if code else None
    return country.name if country else None


def _entities(city: str | None, place: Place | None, text: str) -> Entities:
    first = (city,) if city else ()
    found = find_entities(text, first)
    if place is None:
        return found
    from .countries import countries  # noqa: PLC0415 - loaded with the gazetteer

    country = countries().get(place.country)
    if country is None or country.name in found.places:
        return found
    return replace(found, places=(*found.places[:1], country.name, *found.places[1:]))


def extract_story(
    data: bytes,
    *,
    name: str,
    options: ExtractOptions,
    received: Received | None = None,
) -> Story:
    """Turn the bytes of one seed (file `name`) into a Story, or raise ExtractError.

    `received` is when the site received the seed (first commit, else file time):
    the last step of the date chain, gathered by the caller.
    """
    if len(data) > options.max_bytes:
        raise ExtractError(f"too large ({len(data)} > {options.max_bytes} bytes)")
    if received and received.source == FILE_TIME and not options.date_from_file_time:
        received = None
    decoded = decode_seed(data)
    header, text = parse_header(decoded.text)
    dateline, paragraphs, signoff = _read_body(text)
    warnings = [*decoded.warnings, *(["no dateline"] if dateline is None else [])]
    full_text = "\n".join(paragraphs)
    lang = header.get("lang") or detect_language(full_text)
    known_lang = header.get("lang") or (
        lang if len(full_text) >= MIN_LANG_CHARS else None
    )
    where = story_place(dateline, lang=known_lang, site_lang=options.site_lang)
    place = where.place
    zone = place.timezone if place else options.site_timezone
    dated = story_date(
        header.get("date"),
        dateline,
        name,
        zone=zone,
        default_year=options.default_year,
        received=received,
        lede=paragraphs[0],
    )
    date, has_time = dated.when, dated.has_time
    warnings += dated.warnings
    if warning := check_weekday(paragraphs[0], date.date()):
        warnings.append(warning)
    modified = header.get("modified")
    key = header.get("id") or name.rsplit(".", 1)[0]
    status, held = story_status(header, paragraphs, hold=options.hold_nameless_tables)
    warnings += held
    title = header.get("title") or _headline(paragraphs, lang, where)
    found = _entities(where.city, place, full_text)
    return Story(
        key=key,
        id=make_id(options.id_authority, key),
        title=title,
        slug=header.get("slug") or make_slug(title, key),
        date=date,
        updated=parse_header_date(modified, zone)[0] if modified else date,
        has_time=has_time,
        timezone=zone,
        city=where.city,
        country=place.country if place else None,
        agency=_agency(header.get("agency"), dateline, signoff),
        lang=lang,
        summary=header.get("summary") or make_summary(paragraphs[0]),
        section=header.get("section")
        or choose_section(full_text, options.sections, options.default_section),
        tags=_split_tags(header.get("tags")) or find_tags(full_text),
        people=found.people,
        places=found.places,
        orgs=found.orgs,
        paragraphs=tuple(paragraphs),
        encoding=decoded.encoding,
        digest=fingerprint(text.strip()),
        status=status,
        dateline=dateline,
        warnings=tuple(warnings),
        place_id=where.place_id,
        date_source=dated.source,
    )
