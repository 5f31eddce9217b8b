"""Story keys, tag-URI ids and slugs."""

from __future__ import annotations

from urllib.parse import quote

from slugify import slugify

MAX_SLUG = 80
# What a tag URI's specific part may hold as it is (RFC 4151 over RFC 3986): letters,
# digits and these marks. "%" is encoded too, so two keys never share one id.
TAG_SAFE = ";/?:@&=+$.-_!~*'(),"


def make_id(authority: str, key: str) -> str:
    """Return the RFC 4151 tag URI of a story: tag:<authority>:<key>.

    Any other character of the key (a space, a Cyrillic letter) is percent-encoded
    as UTF-8, so the id is a valid URI; a key of allowed characters is used as is.
    """
    return f"tag:{authority}:{quote(key, safe=TAG_SAFE)}"


def make_slug(title: str, fallback: str) -> str:
    """Return an ASCII slug of at most 80 characters, cut at a word boundary."""
    slug = slugify(title, max_length=MAX_SLUG, word_boundary=True, save_order=True)
    return slug or slugify(fallback, max_length=MAX_SLUG) or "story"
