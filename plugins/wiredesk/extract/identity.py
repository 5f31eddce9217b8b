"""Story keys, tag-URI ids and slugs."""

from __future__ import annotations

from slugify import slugify

MAX_SLUG = 80


def make_id(authority: str, key: str) -> str:
    """Return the RFC 4151 tag URI of a story: tag:<authority>:<key>."""
    return f"tag:{authority}:{key}"


def make_slug(title: str, fallback: str) -> str:
    """Return an ASCII slug of at most 80 characters, cut at a word boundary."""
    slug = slugify(title, max_length=MAX_SLUG, word_boundary=True, save_order=True)
    return slug or slugify(fallback, max_length=MAX_SLUG) or "story"
