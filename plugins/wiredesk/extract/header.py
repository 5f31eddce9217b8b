"""The optional header block a site owner may put at the top of a seed."""

from __future__ import annotations

import re

from ..errors import ExtractError
from ..model import Header

KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "title",
        "date",
        "modified",
        "slug",
        "id",
        "section",
        "category",
        "tags",
        "summary",
        "lang",
        "status",
        "agency",
    }
)
STATUSES: frozenset[str] = frozenset({"published", "draft", "hidden"})
LINE_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_-]{0,40}):[ \t]*(?P<value>.*)$")
SAFE_NAME_RE = re.compile(r"^(?!\.+$)[A-Za-z0-9._~-]{1,200}$")  # "." and ".." are paths
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$")  # a BCP 47 tag
BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _check_value(key: str, value: str) -> str:
    if key in ("slug", "id") and not SAFE_NAME_RE.match(value):
        reason = (
            f"invalid {key.capitalize()} {value[:40]!r}: use only A-Z a-z 0-9 . _ ~ -"
        )
        raise ExtractError(reason, value)
    if key == "status" and value.lower() not in STATUSES:
        raise ExtractError(f"invalid Status {value[:40]!r}", value)
    if key == "lang" and not LANG_RE.match(value):
        reason = f"invalid Lang {value[:40]!r}: expected a code such as en or pt-BR"
        raise ExtractError(reason, value)
    return value


def parse_header(text: str) -> tuple[Header, str]:
    """Split the header block (if the first line is a known key) from the story text."""
    first = LINE_RE.match(text.split("\n", 1)[0])
    if first is None or first["key"].lower() not in KNOWN_KEYS:
        return Header(), text
    block, body = [*BLANK_LINE_RE.split(text, maxsplit=1), ""][:2]
    values: list[tuple[str, str]] = []
    for line in block.split("\n"):
        match = LINE_RE.match(line)
        if match is None:
            raise ExtractError(
                f"malformed header line {line[:40]!r}: expected 'Key: value' lines, "
                "then an empty line",
                line,
            )
        key, value = match["key"].lower(), match["value"].strip()
        if key not in KNOWN_KEYS:
            raise ExtractError(f"unknown header {match['key']}", line)
        key = "section" if key == "category" else key
        values.append((key, _check_value(key, value)))
    return Header(tuple(values)), body
