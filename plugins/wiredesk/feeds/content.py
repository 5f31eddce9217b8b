"""Text and HTML made safe for feeds: XML-legal characters and absolute URLs only."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

# XML 1.0 §2.2 Char: no C0 controls but tab, newline and carriage return;
# no surrogates, no U+FFFE/U+FFFF.
ILLEGAL_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Attributes that hold a URL in the HTML a story body may contain.
URL_ATTR_RE = re.compile(
    r"""(?P<lead>\s(?:href|src|poster|cite|action|background)\s*=\s*)"""
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+))""",
    re.IGNORECASE,
)
# Only real start tags carry attributes; escaped text (&lt;img src=..&gt;) stays.
START_TAG_RE = re.compile(r"<[A-Za-z][^<>]*>")


def xml_safe(text: str) -> str:
    """Return text without the characters XML 1.0 forbids."""
    return ILLEGAL_XML_RE.sub("", text)


def html_text(text: str) -> str:
    """Return plain text as HTML that shows it: `<GE>` is a word, never a tag."""
    return html.escape(text, quote=False)


def absolute_url(url: str, base: str) -> str:
    """Return url resolved against base (an absolute URL stays as it is)."""
    return urljoin(base, url.strip())


def absolutize_html(html: str, base: str) -> str:
    """Return html with the href/src-like attributes of its tags made absolute."""
    if "=" not in html:  # no attribute at all: most wire copy is bare paragraphs
        return html

    def attr(match: re.Match[str]) -> str:
        value = next(v for v in match.group("dq", "sq", "bare") if v is not None)
        url = absolute_url(value, base).replace('"', "&quot;")
        return f'{match.group("lead")}"{url}"'

    return START_TAG_RE.sub(lambda tag: URL_ATTR_RE.sub(attr, tag.group(0)), html)
