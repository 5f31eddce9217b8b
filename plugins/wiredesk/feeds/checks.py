"""Shared rules of the feed validators: dates, absolute URLs, XML-legal text."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import lxml.html
from lxml.html.defs import tags as HTML_TAGS

from .content import ILLEGAL_XML_RE

RFC3339_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$"
)
DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# RFC 822 §5 with the four-digit year RSS 2.0 asks for.
RFC822_RE = re.compile(
    rf"^(?P<day>{DAYS}), \d{{2}} (?:{MONTHS}) \d{{4}} \d{{2}}:\d{{2}}:\d{{2}} "
    r"(?:[+-]\d{4}|GMT|UT)$"
)
CHAR_REF_RE = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
NON_NETWORK_SCHEMES = ("mailto", "tel", "data", "tag", "urn")
TAG_NAME_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")


def is_rfc3339(value: str | None) -> bool:
    """Return whether value is an RFC 3339 date-time with an offset."""
    if value is None or not RFC3339_RE.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_rfc822(value: str | None) -> bool:
    """Return whether value is an RFC 822 date whose weekday fits the date."""
    match = RFC822_RE.match(value or "")
    if match is None:
        return False
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return DAYS.split("|")[when.weekday()] == match.group("day")


def is_absolute(url: str | None) -> bool:
    """Return whether url names its scheme (and host, for network schemes)."""
    parts = urlsplit((url or "").strip())
    if not parts.scheme:
        return False
    return bool(parts.netloc) or parts.scheme in NON_NETWORK_SCHEMES


def is_web_url(url: str | None) -> bool:
    """Return whether url is an absolute http(s) URL (what a permalink guid must be)."""
    parts = urlsplit((url or "").strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def relative_urls_in_html(html: str | None) -> list[str]:
    """Return the URLs in an HTML fragment that are not absolute."""
    if not html or not html.strip():
        return []
    root = lxml.html.fromstring(f"<div>{html}</div>")
    return [link for _, _, link, _ in root.iterlinks() if not is_absolute(link)]


def non_html_tags(html: str | None) -> list[str]:
    """Return the tags of an HTML fragment that HTML does not know, such as `<GE>`.

    Text escaped once where a format wants HTML reads as markup: a reader drops the
    bracketed words (the W3C validator's NotHtml).
    """
    names = TAG_NAME_RE.findall(html or "")
    return sorted({f"<{n}>" for n in names if n.lower() not in HTML_TAGS})


def illegal_characters(data: bytes) -> list[str]:
    """Return descriptions of characters (or references) XML 1.0 forbids."""
    text = data.decode("utf-8", errors="replace")
    found = [f"U+{ord(c):04X}" for c in ILLEGAL_XML_RE.findall(text)]
    for ref in CHAR_REF_RE.findall(text):
        code = int(ref[1:], 16) if ref.startswith("x") else int(ref)
        if code > sys.maxunicode or ILLEGAL_XML_RE.match(chr(code)):
            found.append(f"&#{ref};")
    return [f"XML-illegal character {c}" for c in found]
